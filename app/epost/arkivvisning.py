"""What the archive rendering (arkivformat) of a message says, as HTML; drawing it is someone else's.

A journalpost made from an e-mail keeps a PDF of the message as arkivformat. Which fields the
header block shows, in which order and with which local time, is e-mail knowledge and lives
here; turning the HTML into PDF/A pages needs Qt's text engine and lives in
``app/widgets/arkivpdf.py``, which the import service receives as a renderer function.
"""

from __future__ import annotations

import html
from datetime import datetime

from app.epost.modell import Adresse, Epost


def hode_html(epost: Epost) -> str:
    """The header block (Fra, Sendt/Mottatt, Til, Kopi, Emne, Vedlegg) as an HTML table."""
    rader: list[tuple[str, str]] = []
    if epost.avsender:
        rader.append(("Fra", _adresser((epost.avsender,))))
    if epost.sendt:
        rader.append(("Sendt", _tid(epost.sendt)))
    elif epost.mottatt:
        rader.append(("Mottatt", _tid(epost.mottatt)))
    rader.append(("Til", _adresser(epost.mottakere)))
    if epost.kopi:
        rader.append(("Kopi", _adresser(epost.kopi)))
    rader.append(("Emne", f"<b>{html.escape(epost.emne)}</b>"))
    vedlegg = [
        html.escape(v.filnavn) + (f" (i «{html.escape(v.fra_melding)}»)" if v.fra_melding else "")
        for v in epost.vedlegg
        if not v.innebygd
    ]
    if vedlegg:
        rader.append(("Vedlegg", "; ".join(vedlegg)))
    # A bottom border on the last row separates header and body; Qt draws <hr> too thin to see in PDF.
    celler = []
    for nr, (etikett, verdi) in enumerate(rader, start=1):
        kant = "border-bottom: 1px solid #888; padding-bottom: 6px;" if nr == len(rader) else ""
        celler.append(
            f'<tr><td width="1%" style="{kant} font-weight: bold; white-space: nowrap"'
            f' valign="top">{etikett}:&nbsp;&nbsp;&nbsp;</td>'
            f'<td style="{kant}">{verdi}</td></tr>'
        )
    # The empty paragraph takes the body's first block, so it does not merge into the table.
    return (
        '<table width="100%" cellspacing="0" cellpadding="1" style="border-collapse: collapse">'
        + "".join(celler)
        + "</table><p></p>"
    )


def brodtekst_html(epost: Epost) -> str:
    """The body: the HTML part when there is one (tables and emphasis survive), else the plain text."""
    if epost.html and epost.html.strip():
        return epost.html
    return '<p style="white-space: pre-wrap">' + html.escape(epost.tekst).replace("\n", "<br>") + "</p>"


def _adresser(adresser: tuple[Adresse, ...]) -> str:
    return html.escape("; ".join(str(a) for a in adresser))


def _tid(tid: datetime) -> str:
    """Local time, as the case handler saw it in Outlook."""
    return tid.astimezone().strftime("%d.%m.%Y kl. %H:%M")
