"""A report as CSV (UTF-8 with BOM, semicolons: what Norwegian Excel opens) and as HTML.

The HTML is also what the window previews and what ``app.widgets.rapportpdf`` lays out on A4, so
the three never show different rows. Every value is escaped; nothing in a title can become markup.
"""

from __future__ import annotations

import csv
import html
import io

from app.services.rapporter.modell import ALDERSGRUPPER, Rapport

BOM = "\ufeff"


def som_csv(r: Rapport) -> bytes:
    ut = io.StringIO()
    w = csv.writer(ut, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(r.kolonner)
    w.writerows(r.rader)
    return (BOM + ut.getvalue()).encode("utf-8")


def topptekst(r: Rapport) -> str:
    """One line for a page header: kommune, report, criteria, when and for whom."""
    kriterier = ", ".join(f"{k}: {v}" for k, v in r.kriterier)
    deler = [r.kommune, r.tittel, kriterier, f"{r.laget:%d.%m.%Y %H:%M}", f"tatt ut av {r.leser}"]
    return " – ".join(d for d in deler if d)


def som_html(r: Rapport, *, med_hode: bool = True) -> str:
    e = html.escape
    deler = ["<!DOCTYPE html>", '<html lang="nb"><head><meta charset="utf-8">', f"<title>{e(r.tittel)}</title>",
             "<style>body{font-family:sans-serif;font-size:9pt} table{border-collapse:collapse;width:100%}"
             " th,td{border:1px solid #999;padding:2px 4px;text-align:left;vertical-align:top}"
             " th{background:#e8e8e8} .hode{color:#444}</style></head><body>"]  # fmt: skip
    if med_hode:
        deler.append(f"<p class='hode'>{e(r.kommune)}</p><h1>{e(r.tittel)}</h1>")
        kriterier = "".join(f"<li>{e(k)}: {e(v)}</li>" for k, v in r.kriterier)
        deler.append(f"<ul>{kriterier}</ul>" if kriterier else "")
        deler.append(
            f"<p class='hode'>Tatt ut {r.laget:%d.%m.%Y %H:%M} av {e(r.leser)}. {len(r.rader)} rader.</p>"
        )
    if r.grupper:
        hode = "".join(f"<th>{e(g)}</th>" for g, _f, _t in ALDERSGRUPPER)
        deler.append(f"<h2>Per saksbehandler</h2><table><tr><th>Saksbehandler</th><th>Antall</th>{hode}"
                     "<th>Eldste (dager)</th></tr>")  # fmt: skip
        for g in r.grupper:
            celler = "".join(f"<td>{g.per_alder.get(n, 0)}</td>" for n, _f, _t in ALDERSGRUPPER)
            deler.append(f"<tr><td>{e(g.navn)}</td><td>{g.antall}</td>{celler}<td>{g.eldste_dager}</td></tr>")
        deler.append("</table><h2>Restanser</h2>")
    deler.append(
        "<table><thead><tr>" + "".join(f"<th>{e(k)}</th>" for k in r.kolonner) + "</tr></thead><tbody>"
    )
    for rad in r.rader:
        deler.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in rad) + "</tr>")
    deler.append("</tbody></table>")
    if r.merknad:
        deler.append(f"<p><i>{e(r.merknad)}</i></p>")
    deler.append("</body></html>")
    return "\n".join(deler)
