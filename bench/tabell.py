"""Write the README's bench table from run.py's JSON files (one column per registry size).

    python bench/tabell.py /tmp/bench-100k.json /tmp/bench-1m.json [--generert /tmp/gen-5m.json …] --readme README.md

Each JSON is one ``bench/run.py --json`` run; ``--generert`` adds ``bench/generate.py --json`` results
(generation time and load, also for a size whose bench was not run). With ``--readme`` the table
replaces what stands between the markers ``<!-- benk-tabell start -->`` and ``<!-- benk-tabell slutt -->``;
without it the table is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

START, SLUTT = "<!-- benk-tabell start -->", "<!-- benk-tabell slutt -->"


def _tall(x, des: int = 0) -> str:
    if x is None:
        return "–"
    s = f"{x:,.{des}f}".replace(",", " ").replace(".", ",")
    return s


def _storrelse(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000} 000 000"
    return _tall(n)


def _forhold(tall: dict, navn: str) -> str:
    f = tall.get("detaljer", {}).get("ratios", {}).get(navn)
    if not f or f.get("ratio") is None:
        return ""
    dom = "" if f["ok"] else ", ikke nådd"
    return f"{_tall(f['ratio'], 1)}×{dom}"


def _kurv_figur(tall: dict) -> str:
    """The figure the kurv floor belongs to (older JSON: the Ubehandlet kurv's)."""
    return tall.get("detaljer", {}).get("gulv", {}).get("kurv_figur", "kurv_first_rows_ms")


def _med_antall(tall: dict) -> str:
    s = tall["detaljer"]["sok"]
    if "search_with_count_p95_ms" not in s:
        return ""
    return f"med antall p95 {_tall(s['search_with_count_p95_ms'])} ms; «bø» {_tall(s.get('bo_ms'))} ms; "


def _last(liste) -> str:
    return "/".join(_tall(x, 1) for x in liste) if liste else "–"


def rader(kjoringer: list[dict], genererte: dict[int, dict]) -> tuple[list[str], list[list[str]]]:
    storrelser = sorted({k["detaljer"]["registeret"]["journalposter"] for k in kjoringer} | set(genererte))
    per: dict[int, dict] = {k["detaljer"]["registeret"]["journalposter"]: k for k in kjoringer}
    kolonner = [f"{_storrelse(n)} journalposter" for n in storrelser]

    def celle(n: int, fn) -> str:
        k = per.get(n)
        if k is None:
            return "ikke kjørt"
        try:
            return fn(k)
        except (KeyError, TypeError, ZeroDivisionError):
            return "–"

    def gen(n: int) -> str:
        g = genererte.get(n)
        if g is None:
            return "–"
        cpu = f", {_tall(g['cpu_s'])} s CPU" if g.get("cpu_s") else ""
        return (
            f"{_tall(g['sekunder'])} s{cpu}, {_tall((g.get('bytes') or 0) / 1e9, 1)} GB; last "
            f"{_last((g.get('lastsnitt') or {}).get('start'))} → {_last((g.get('lastsnitt') or {}).get('slutt'))}"
        )

    def reg(n: int) -> str:
        g = genererte.get(n)
        if g is None:
            k = per[n]["detaljer"]["registeret"]
            return f"{_tall(k['saker'])} saker, {_tall(k['brukere'])} brukere"
        topp = g["last_per_saksbehandler"]
        return (
            f"{_tall(g['saker'])} saker; {_tall(g['fulltekst'])} e-poster med tekst ({_tall(g['fulltekst_mb'])} MB); "
            f"{_tall(100 * g['skjermet_andel'], 1)} % skjermet; travleste saksbehandler {_tall(topp['storste'][0])} "
            f"journalposter, median {_tall(topp['median'])}"
        )

    tabell: list[list[str]] = [
        ["Registeret (`generate.py`)", "–", *[reg(n) for n in storrelser]],
        ["Generering, hele registeret med indekser", "< 10 min ved 5 000 000", *[gen(n) for n in storrelser]],
        [
            "Kaldstart til første kurv er tegnet (gulv: tomt PySide6-vindu)",
            "< 1,5 s; ≤ 2× gulvet",
            *[
                celle(n, lambda k: f"{_tall(k['cold_start_s'], 2)} s (gulv {_tall(k['detaljer']['gulv']['cold_start_floor_s'], 2)} s: "
                f"{_forhold(k, 'cold_start_vs_floor')})")
                for n in storrelser
            ],
        ],
        [
            "Åpne den travleste saksbehandlerens Ubehandlet (10 000 rader ved 1 000 000), første rader tegnet",
            "< 150 ms",
            *[celle(n, lambda k: f"{_tall(k['kurv_first_rows_ms'])} ms, {_tall(k['detaljer']['kurv']['rader'])} rader"
                    + ("" if _kurv_figur(k) != "kurv_first_rows_ms" else
                       f" (SQL {_tall(k['detaljer']['gulv']['kurv_sql_ms'])} ms: {_forhold(k, 'kurv_vs_sql')})"))
              for n in storrelser],
        ],
        [
            "Åpne arkivets Til journalføring (100 000 rader ved 1 000 000), første rader tegnet "
            "(gulv: kurvens SQL bart på sqlite3)",
            "< 200 ms; ≤ 2× gulvet",
            *[
                celle(n, lambda k: f"{_tall(k['archive_kurv_first_rows_ms'])} ms, {_tall(k['detaljer']['arkivkurv']['rader'])} "
                f"rader (SQL {_tall(k['detaljer']['gulv']['kurv_sql_ms'])} ms: {_forhold(k, 'kurv_vs_sql')})"
                if _kurv_figur(k) == "archive_kurv_first_rows_ms" else "ikke målt")
                for n in storrelser
            ],
        ],
        [
            "Lengste blokkering av UI-tråden ved rulling til slutten",
            "< 50 ms",
            *[celle(n, lambda k: f"{_tall(k['scroll_max_block_ms'])} ms") for n in storrelser],
        ],
        [
            "Globalt søk p50 / p95, blandingen av ~100 søk, treffene vinduet tegner (gulv: søkets indeks-SQL bart, p95)",
            "p95 < 200 ms; ≤ 2× gulvet",
            *[
                celle(n, lambda k: f"{_tall(k['search_p50_ms'])} / {_tall(k['search_p95_ms'])} ms (SQL p95 "
                f"{_tall(k['detaljer']['gulv']['search_index_p95_ms'])} ms: {_forhold(k, 'search_vs_index')}); "
                f"{_med_antall(k)}tregeste {_tall(k['detaljer']['sok']['tregeste'][0][0])} ms "
                f"(«{k['detaljer']['sok']['tregeste'][0][1]}»)")
                for n in storrelser
            ],
        ],
        [
            "Søketreff lik fasiten (talt uten søkeindeksene)",
            "alle",
            *[
                celle(n, lambda k: f"{k['detaljer']['sok']['fasit']['riktige']} av {k['detaljer']['sok']['sporsmaal']}")
                for n in storrelser
            ],
        ],
        [
            "Registrere en journalpost p50 / p95",
            "–",
            *[celle(n, lambda k: f"{_tall(k['register_p50_ms'])} / {_tall(k['register_p95_ms'])} ms") for n in storrelser],
        ],
        [
            "Største minnebruk, arkivets Til journalføring åpen",
            "< 250 MB",
            *[
                celle(n, lambda k: f"{_tall(k['peak_rss_mb'])} MB ({_tall(k['detaljer']['rss']['rader'])} rader)")
                for n in storrelser
            ],
        ],
        [
            "Import av ulike e-poster (gulv: å lese de samme filene)",
            "≥ 20/s; ≤ 2× gulvet",
            *[
                celle(n, lambda k: f"{_tall(k['detaljer']['import']['import_per_s'], 1)}/s: {k['detaljer']['import']['importert']} "
                f"meldinger på {_tall(k['import_s'], 1)} s (lesing {_tall(k['detaljer']['gulv']['import_parse_s'], 2)} s: "
                f"{_forhold(k, 'import_vs_parse')})")
                for n in storrelser
            ],
        ],
        [
            "Maskinens last (1/5/15 min) ved start → slutt av målingen",
            "–",
            *[
                celle(n, lambda k: f"{_last(k['detaljer']['last']['start'])} → {_last(k['detaljer']['last']['slutt'])}")
                for n in storrelser
            ],
        ],
    ]  # fmt: skip
    return kolonner, tabell


def som_markdown(kolonner: list[str], tabell: list[list[str]]) -> str:
    linjer = ["| Mål | Krav | " + " | ".join(kolonner) + " |", "| --- | --- | " + " | ".join("---" for _ in kolonner) + " |"]
    linjer += ["| " + " | ".join(r) + " |" for r in tabell]
    return "\n".join(linjer)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("json", nargs="*", type=Path, help="bench/run.py --json files")
    p.add_argument("--generert", nargs="*", type=Path, default=[], help="bench/generate.py --json files")
    p.add_argument("--readme", type=Path)
    a = p.parse_args(argv)
    kjoringer = [json.loads(f.read_text()) for f in a.json]
    genererte = {}
    for f in a.generert:
        g = json.loads(f.read_text())
        genererte[g["journalposter"]] = g
    tekst = som_markdown(*rader(kjoringer, genererte))
    if a.readme is None:
        print(tekst)
        return 0
    r = a.readme.read_text()
    if START not in r or SLUTT not in r:
        print(f"{a.readme} mangler merkene {START} … {SLUTT}", file=sys.stderr)
        return 2
    foran, rest = r.split(START, 1)
    _, bak = rest.split(SLUTT, 1)
    a.readme.write_text(f"{foran}{START}\n{tekst}\n{SLUTT}{bak}")
    print(f"skrev tabellen i {a.readme}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
