"""Build Saksbord's default templates (the .docx files beside this script) and their manifest.

    python app/resources/maler/lag_maler.py

The .docx files are committed, so a checkout works without running this; run
it again after changing a layout here, and commit the result. The fields are
Jinja for docxtpl (see app/dokumenter/maler.py for the names). The font is
Calibri: Word has it, and LibreOffice lays it out with the metric-compatible
Carlito, so line breaks and page breaks hold on both.

Letter layout (A4): the municipality's logo and name top left; the address
block at the window-envelope position (C5/E65 window, 20 mm from the left
edge, 45 mm from the top) in a fixed-height table row, so a long name cannot
push it; Vår ref / Deres ref / dato beside it; the title in bold; the body; the
signature. Continuation pages carry a small header with the reference.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as Dokument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import _Cell

MAPPE = Path(__file__).resolve().parent
SKRIFT = "Calibri"
BODY = "{% if tekst %}{{ tekst }}{% else %}[Skriv teksten her.]{% endif %}"


def _avsnittstil(doc: Dokument, navn: str) -> ParagraphStyle:
    stil = doc.styles[navn]
    assert isinstance(stil, ParagraphStyle), f"{navn} er ingen avsnittsstil"  # Word's built-in ones are
    return stil


def nytt_dokument(tittel: str) -> Dokument:
    doc = Document()
    for navn, storrelse, fet in (
        ("Normal", 11, False),
        ("Heading 1", 14, True),
        ("Heading 2", 12, True),
        ("Title", 18, True),
    ):
        stil = _avsnittstil(doc, navn)
        stil.font.name = SKRIFT
        stil.font.size = Pt(storrelse)
        stil.font.bold = fet
        stil.font.color.rgb = RGBColor(0, 0, 0)
        rpr = stil.element.get_or_add_rPr()
        fonter = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonter.set(qn(attr), SKRIFT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonter.attrib.pop(qn(attr), None)
    _avsnittstil(doc, "Normal").paragraph_format.space_after = Pt(0)
    _avsnittstil(doc, "Heading 1").paragraph_format.space_before = Pt(12)
    _avsnittstil(doc, "Heading 2").paragraph_format.space_before = Pt(10)
    for navn in ("Heading 1", "Heading 2"):
        _avsnittstil(doc, navn).paragraph_format.space_after = Pt(3)

    s = doc.sections[0]
    s.start_type = WD_SECTION.NEW_PAGE
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin, s.bottom_margin = Mm(15), Mm(22)
    s.header_distance, s.footer_distance = Mm(8), Mm(8)
    s.different_first_page_header_footer = True
    hode = s.header.paragraphs[0]
    _kjøring(hode, "{{ kommune_navn }}", størrelse=8, fet=True)
    _kjøring(hode, "    Vår ref.: {{ var_ref }}    {{ dato }}", størrelse=8)
    hode.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for fot in (s.footer, s.first_page_footer):
        p = fot.paragraphs[0]
        _kjøring(
            p,
            "{{ kommune_navn }} · {{ kommune_adresse }}, {{ kommune_postnummer }} {{ kommune_poststed }}"
            " · Telefon {{ kommune_telefon }} · {{ kommune_epost }} · Org.nr. {{ kommune_orgnr }}",
            størrelse=8,
        )
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.core_properties.title = tittel
    doc.core_properties.author = "Saksbord"
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.core_properties.revision = 1
    return doc


def _kjøring(avsnitt, tekst: str, *, størrelse: float | None = None, fet: bool = False):
    r = avsnitt.add_run(tekst)
    if størrelse:
        r.font.size = Pt(størrelse)
    r.bold = fet or None
    return r


def _celle(celle: _Cell, linjer: list[tuple[str, dict]]) -> None:
    """Fill a table cell with one paragraph per line; the cell's first (empty) paragraph is reused."""
    for nr, (tekst, format_) in enumerate(linjer):
        p = celle.paragraphs[0] if nr == 0 else celle.add_paragraph()
        _kjøring(p, tekst, **format_)


def _bredder(tabell, bredder: list) -> None:
    """Fixed column widths: Word reads the cells', LibreOffice the grid's, so set both."""
    tabell.autofit = False
    for kolonne, bredde in zip(tabell.columns, bredder, strict=True):
        kolonne.width = bredde
        for celle in kolonne.cells:
            celle.width = bredde


def _uten_kanter(tabell) -> None:
    tblpr = tabell._tbl.tblPr
    kanter = tblpr.find(qn("w:tblBorders"))
    if kanter is None:
        kanter = tblpr.makeelement(qn("w:tblBorders"), {})
        tblpr.append(kanter)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = kanter.makeelement(qn(f"w:{side}"), {qn("w:val"): "nil"})
        kanter.append(e)


def brevhode(doc: Dokument, *, referanser: list[tuple[str, str]]) -> None:
    """Logo and name, then the address block at 45 mm from the top with the references beside it."""
    t = doc.add_table(rows=2, cols=2)
    _uten_kanter(t)
    _bredder(t, [Mm(100), Mm(70)])
    for rad, høyde in zip(t.rows, (Mm(30), Mm(42)), strict=True):
        rad.height = høyde
        rad.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    _celle(
        t.cell(0, 0),
        [("{{ logo }}", {}), ("{{ kommune_navn }}", {"størrelse": 15, "fet": True}), ("{{ enhet }}", {})],
    )
    _celle(
        t.cell(1, 0),
        [("{{ mottaker.navn }}", {}), ("{{ mottaker.adresse }}", {}), ("{{ mottaker.postadresse }}", {})],
    )
    ref = t.cell(1, 1)
    _celle(ref, [(f"{etikett}:\t{felt}", {"størrelse": 9}) for etikett, felt in referanser])
    for p in ref.paragraphs:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(24))


BREVREFERANSER = [
    ("Vår ref.", "{{ var_ref }}"),
    ("Deres ref.", "{{ deres_ref }}"),
    ("Deres dato", "{{ deres_dato }}"),
    ("Saksbehandler", "{{ saksbehandler.navn }}"),
    ("Telefon", "{{ saksbehandler.telefon }}"),
    ("E-post", "{{ saksbehandler.epost }}"),
    ("Dato", "{{ dato }}"),
]


def tittel(doc: Dokument, tekst: str = "{{ tittel }}") -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(12)
    _kjøring(p, tekst, størrelse=13, fet=True)


def avsnitt(doc: Dokument, tekst: str) -> None:
    doc.add_paragraph(tekst).paragraph_format.space_after = Pt(8)


def signatur(doc: Dokument, *, med_leder: bool = False) -> None:
    doc.add_paragraph("Med hilsen").paragraph_format.space_before = Pt(12)
    doc.add_paragraph()
    if med_leder:
        t = doc.add_table(rows=1, cols=2)
        _uten_kanter(t)
        _celle(t.cell(0, 0), [("{{ leder.navn }}", {}), ("leder", {"størrelse": 9})])
        _celle(t.cell(0, 1), [("{{ saksbehandler.navn }}", {}), ("saksbehandler", {"størrelse": 9})])
    else:
        doc.add_paragraph("{{ saksbehandler.navn }}")
        doc.add_paragraph("{{ enhet }}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    _kjøring(p, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", størrelse=9)


def mottakerlister(doc: Dokument) -> None:
    """«Likelydende brev til» when there are several mottakere, and «Kopi til»."""
    doc.add_paragraph("{%p if mottakere|length > 1 %}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    _kjøring(p, "Likelydende brev til:", størrelse=9, fet=True)
    doc.add_paragraph("{%p for m in mottakere %}")
    _kjøring(doc.add_paragraph(), "{{ m.navn }}, {{ m.postadresse }}", størrelse=9)
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if kopimottakere %}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    _kjøring(p, "Kopi til:", størrelse=9, fet=True)
    doc.add_paragraph("{%p for k in kopimottakere %}")
    _kjøring(doc.add_paragraph(), "{{ k.navn }}, {{ k.postadresse }}", størrelse=9)
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")


def metatabell(doc: Dokument, rader: list[tuple[str, str]]) -> None:
    """A label/value table (notat, saksframlegg, delegert vedtak heads)."""
    t = doc.add_table(rows=len(rader), cols=2)
    _uten_kanter(t)
    _bredder(t, [Mm(32), Mm(138)])
    for (etikett, verdi), rad in zip(rader, t.rows, strict=True):
        _celle(rad.cells[0], [(f"{etikett}:", {"fet": True})])
        _celle(rad.cells[1], [(verdi, {})])


def kommunehode(doc: Dokument, dokumenttype: str) -> None:
    t = doc.add_table(rows=1, cols=2)
    _uten_kanter(t)
    _bredder(t, [Mm(100), Mm(70)])
    _celle(t.cell(0, 0), [("{{ logo }}", {}), ("{{ kommune_navn }}", {"størrelse": 15, "fet": True})])
    _celle(t.cell(0, 1), [(dokumenttype, {"størrelse": 20, "fet": True})])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()


NAVNELISTE = "{% for m in mottakere %}{{ m.navn }}{% if not loop.last %}; {% endif %}{% endfor %}"
KOPILISTE = "{% for k in kopimottakere %}{{ k.navn }}{% if not loop.last %}; {% endif %}{% endfor %}"


def lag_brev() -> Dokument:
    doc = nytt_dokument("Brev")
    brevhode(doc, referanser=BREVREFERANSER)
    tittel(doc)
    avsnitt(doc, BODY)
    signatur(doc)
    mottakerlister(doc)
    return doc


def lag_forelopig_svar() -> Dokument:
    doc = nytt_dokument("Foreløpig svar")
    brevhode(doc, referanser=BREVREFERANSER)
    tittel(doc, "Foreløpig svar – {{ tittel }}")
    avsnitt(
        doc,
        "Vi viser til henvendelsen din{% if deres_dato %} datert {{ deres_dato }}{% endif %}"
        "{% if deres_ref %} med referanse {{ deres_ref }}{% endif %}, som vi har registrert med"
        " saksnummer {{ saksnummer }}.",
    )
    avsnitt(
        doc,
        "Saken er under behandling. Vi tar sikte på å gi deg svar"
        "{% if svar_innen %} innen {{ svar_innen }}{% else %} så snart som mulig{% endif %}."
        " Saksbehandler er {{ saksbehandler.navn }}, som du når på telefon {{ saksbehandler.telefon }}"
        " eller e-post {{ saksbehandler.epost }}. Oppgi saksnummeret når du kontakter oss.",
    )
    avsnitt(doc, BODY)
    signatur(doc)
    mottakerlister(doc)
    return doc


def lag_vedtaksbrev() -> Dokument:
    doc = nytt_dokument("Vedtak")
    brevhode(doc, referanser=BREVREFERANSER)
    tittel(doc, "Vedtak – {{ tittel }}")
    doc.add_heading("Vedtak", level=2)
    avsnitt(doc, BODY)
    doc.add_heading("Saksopplysninger", level=2)
    avsnitt(doc, "[Beskriv saken og det vedtaket bygger på.]")
    doc.add_heading("Begrunnelse", level=2)
    avsnitt(doc, "[Begrunn vedtaket og vis til hjemmelen.]")
    doc.add_heading("Klageadgang", level=2)
    avsnitt(
        doc,
        "Du kan klage på vedtaket. Fristen for å klage er tre uker fra du mottok dette brevet"
        " (forvaltningsloven § 28 og § 29). Klagen sendes til {{ kommune_navn }}. Oppgi saksnummer"
        " {{ saksnummer }}, hva du klager på og hvorfor. Du har rett til å se dokumentene i saken"
        " (forvaltningsloven § 18 og § 19).",
    )
    signatur(doc, med_leder=True)
    mottakerlister(doc)
    return doc


def lag_notat() -> Dokument:
    doc = nytt_dokument("Notat")
    kommunehode(doc, "Notat")
    metatabell(
        doc,
        [
            ("Til", NAVNELISTE),
            ("Fra", "{{ saksbehandler.navn }}, {{ enhet }}"),
            ("Kopi", KOPILISTE),
            ("Dato", "{{ dato }}"),
            ("Saksnr.", "{{ journalpostnummer }}"),
            ("Arkivkode", "{{ arkivkode }}"),
        ],
    )
    tittel(doc)
    avsnitt(doc, BODY)
    return doc


def lag_saksframlegg() -> Dokument:
    doc = nytt_dokument("Saksframlegg")
    kommunehode(doc, "Saksframlegg")
    metatabell(
        doc,
        [
            ("Saksbehandler", "{{ saksbehandler.navn }}"),
            ("Enhet", "{{ enhet }}"),
            ("Arkivkode", "{{ arkivkode }}"),
            ("Saksnr.", "{{ journalpostnummer }}"),
            ("Dato", "{{ dato }}"),
        ],
    )
    doc.add_paragraph()
    utvalg = doc.add_table(rows=3, cols=3)
    utvalg.style = "Table Grid"
    for celle, tekst in zip(utvalg.rows[0].cells, ("Utvalg", "Utvalgssak", "Møtedato"), strict=True):
        _celle(celle, [(tekst, {"fet": True})])
    # The headings the ferdigstilling check reads (app/domain/regler/politikk.py); the text
    # under each is a placeholder until the saksbehandler writes it.
    doc.add_heading("Overskrift", level=2)
    tittel(doc)
    doc.add_heading("Kommunedirektørens innstilling", level=2)
    avsnitt(doc, "{% if tekst %}{{ tekst }}{% else %}[Forslag til vedtak.]{% endif %}")
    doc.add_heading("Dokumentliste/vedlegg", level=2)
    avsnitt(doc, "[Liste over vedlegg og andre dokumenter i saken.]")
    doc.add_heading("Sammendrag", level=2)
    avsnitt(doc, "[Kort om saken og innstillingen.]")
    doc.add_heading("Bakgrunn", level=2)
    avsnitt(doc, "[Hvorfor saken kommer opp, og tidligere behandling.]")
    doc.add_heading("Saksopplysninger", level=2)
    avsnitt(doc, "[Fakta i saken.]")
    doc.add_heading("Økonomiske konsekvenser", level=2)
    avsnitt(doc, "[Kostnader, inntekter og finansiering.]")
    doc.add_heading("Vurdering", level=2)
    avsnitt(doc, "[Kommunedirektørens vurdering av alternativene.]")
    return doc


def lag_delegert_vedtak() -> Dokument:
    doc = nytt_dokument("Delegert vedtak")
    kommunehode(doc, "Delegert vedtak")
    metatabell(
        doc,
        [
            ("Saksnr.", "{{ journalpostnummer }}"),
            ("Arkivkode", "{{ arkivkode }}"),
            ("Enhet", "{{ enhet }}"),
            ("Saksbehandler", "{{ saksbehandler.navn }}"),
            ("Vedtaksdato", "{{ dato }}"),
            ("Part", NAVNELISTE),
        ],
    )
    tittel(doc)
    doc.add_heading("Saksopplysninger", level=2)
    avsnitt(doc, "[Bakgrunn for saken.]")
    doc.add_heading("Vurdering", level=2)
    avsnitt(doc, "[Vurdering.]")
    doc.add_heading("Vedtak", level=2)
    avsnitt(doc, BODY)
    avsnitt(doc, "Vedtaket er fattet etter delegert myndighet. [Hjemmel og delegeringsvedtak.]")
    signatur(doc, med_leder=True)
    return doc


def _moteside(doc: Dokument, dokumenttype: str) -> None:
    kommunehode(doc, dokumenttype)
    metatabell(
        doc,
        [
            ("Utvalg", "{{ utvalg }}"),
            ("Møtested", "{{ sted }}"),
            ("Møtedato", "{{ dato }}{% if klokkeslett %} kl. {{ klokkeslett }}{% endif %}"),
            ("Møtenummer", "{{ motenummer }}"),
            ("Versjon", "{{ versjon }}"),
        ],
    )


def lag_moteinnkalling() -> Dokument:
    """The møteinnkalling: the members, then the saksliste with each innstilling (Jinja loops)."""
    doc = nytt_dokument("Møteinnkalling")
    _moteside(doc, "Møteinnkalling")
    doc.add_heading("Medlemmer", level=2)
    avsnitt(doc, "{%p for m in medlemmer %}")
    avsnitt(doc, "{{ m.navn }}, {{ m.rolle }}{% if m.parti %} ({{ m.parti }}){% endif %}")
    avsnitt(doc, "{%p endfor %}")
    avsnitt(
        doc, "Forfall meldes til møtesekretæren, {{ sekretar }}. Varamedlemmer møter etter nærmere beskjed."
    )
    doc.add_heading("Saksliste", level=2)
    avsnitt(doc, "{%p for s in saker %}")
    doc.add_heading("{{ s.nummer }} {{ s.tittel }}", level=3)
    avsnitt(doc, "{{ s.saksnummer }}{% if s.skjerming %} – {{ s.skjerming }}{% endif %}")
    avsnitt(doc, "{% if s.innstilling %}Innstilling: {{ s.innstilling }}{% endif %}")
    avsnitt(doc, "{%p endfor %}")
    avsnitt(doc, "{% if utelatt %}{{ utelatt }}{% endif %}")
    return doc


def lag_moteprotokoll() -> Dokument:
    """The møteprotokoll: who met, then per behandling the vedtak and its status."""
    doc = nytt_dokument("Møteprotokoll")
    _moteside(doc, "Møteprotokoll")
    doc.add_heading("Medlemmer", level=2)
    avsnitt(doc, "{%p for m in medlemmer %}")
    avsnitt(doc, "{{ m.navn }}, {{ m.rolle }}{% if m.parti %} ({{ m.parti }}){% endif %}")
    avsnitt(doc, "{%p endfor %}")
    doc.add_heading("Behandlede saker", level=2)
    avsnitt(doc, "{%p for s in saker %}")
    doc.add_heading("{{ s.nummer }} {{ s.tittel }}", level=3)
    avsnitt(doc, "{{ s.saksnummer }} – {{ s.status }}{% if s.skjerming %} – {{ s.skjerming }}{% endif %}")
    avsnitt(doc, "{% if s.vedtak %}Vedtak: {{ s.vedtak }}{% endif %}")
    avsnitt(doc, "{%p endfor %}")
    avsnitt(doc, "Møtesekretær: {{ sekretar }}")
    return doc


#: The møte documents (not journalpost templates, so not in the manifest).
MOTEMALER: list[tuple[str, Callable[[], Dokument]]] = [
    ("moteinnkalling.docx", lag_moteinnkalling),
    ("moteprotokoll.docx", lag_moteprotokoll),
]


MALER: list[tuple[str, str, str, list[str], list[str], Callable[[], Dokument]]] = [
    ("brev", "Brev", "brev.docx", ["U"], ["U"], lag_brev),
    (
        "forelopig-svar",
        "Foreløpig svar",
        "forelopig_svar.docx",
        ["U"],
        ["forelopig-svar"],
        lag_forelopig_svar,
    ),
    ("vedtaksbrev", "Vedtaksbrev", "vedtaksbrev.docx", ["U"], ["vedtak"], lag_vedtaksbrev),
    ("notat", "Notat", "notat.docx", ["N", "X"], ["N", "X"], lag_notat),
    ("saksframlegg", "Saksframlegg", "saksframlegg.docx", ["S"], ["S"], lag_saksframlegg),
    (
        "delegert-vedtak",
        "Delegert vedtak",
        "delegert_vedtak.docx",
        ["S", "X"],
        ["delegert-vedtak"],
        lag_delegert_vedtak,
    ),
]


def main(mappe: Path = MAPPE) -> None:
    manifest = []
    for navn, tittel_, fil, typer, standard, lag in MALER:
        lag().save(str(mappe / fil))
        manifest.append(
            {"navn": navn, "tittel": tittel_, "fil": fil, "journalposttyper": typer, "standard_for": standard}
        )
    for fil, lag in MOTEMALER:
        lag().save(str(mappe / fil))
    (mappe / "maler.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"{len(manifest)} maler skrevet til {mappe}")


if __name__ == "__main__":
    main()
