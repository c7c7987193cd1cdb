"""The registration stamp on the first page of an incoming PDF, like the archive's rubber stamp.

The stamp (kommune, mottatt dato, saksnr/doknr, løpenr, saksbehandler,
arkivkode) is drawn as a small one-page PDF and laid over page 1, top right,
with pypdf, so the original page is untouched underneath and the text stays
searchable. The stamp uses the standard Helvetica, which a PDF/A file may not
leave unembedded; so when the input was PDF/A the result is checked and, if
the stamp broke it, run through Ghostscript once more, which embeds the font
and gives back PDF/A-2b. Stamping the arkivformat, never the production copy,
keeps the document as it came.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from app.dokumenter.feil import KonverteringFeil
from app.dokumenter.konvertering import pdf_til_pdfa
from app.dokumenter.pdfa import pdfa_del, sjekk_pdfa

_MM = 72 / 25.4
_STØRRELSE = 7.5
_LINJEAVSTAND = 9.5
_FARGE = "0.62 0.05 0.05"
"""Stamp red, as on paper."""


@dataclass(frozen=True)
class Stempel:
    """What the stamp says; ``saksnr`` is saksnummer/dokumentnummer, e.g. 2026/1234-3."""

    kommune: str
    mottatt: date
    saksnr: str
    lopenr: str
    saksbehandler: str = ""
    arkivkode: str = ""

    def linjer(self) -> list[str]:
        """The stamp's lines, the municipality first."""
        linjer = [
            self.kommune,
            f"Mottatt: {self.mottatt.strftime('%d.%m.%Y')}",
            f"Saksnr.: {self.saksnr}",
            f"Løpenr.: {self.lopenr}",
        ]
        if self.saksbehandler:
            linjer.append(f"Saksbehandler: {self.saksbehandler}")
        if self.arkivkode:
            linjer.append(f"Arkivkode: {self.arkivkode}")
        return linjer


def stemple(pdf: bytes, stempel: Stempel, *, navn: str = "dokument.pdf") -> bytes:
    """``pdf`` with the stamp on page 1, top right; PDF/A in gives PDF/A-2b out."""
    try:
        skriver = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        if not skriver.pages:
            raise KonverteringFeil(f"«{navn}» har ingen sider å stemple.")
        side = skriver.pages[0]
        side.transfer_rotation_to_content()
        side.merge_page(_stempelside(side, stempel))
        ut = io.BytesIO()
        skriver.write(ut)
    except PyPdfError as e:
        raise KonverteringFeil(f"«{navn}» kan ikke stemples: PDF-en kan ikke leses ({e}).") from e
    stemplet = ut.getvalue()
    if pdfa_del(pdf) is not None and sjekk_pdfa(stemplet, del_=None):
        stemplet = pdf_til_pdfa(stemplet, navn=navn)
    return stemplet


def _stempelside(side: PageObject, stempel: Stempel) -> PageObject:
    boks = side.cropbox
    linjer = stempel.linjer()
    bredde = max(_bredde(linje, fet=nr == 0) for nr, linje in enumerate(linjer)) + 4 * _MM
    høyde = len(linjer) * _LINJEAVSTAND + 3 * _MM
    høyre, topp = float(boks.right) - 12 * _MM, float(boks.top) - 10 * _MM
    venstre, bunn = høyre - bredde, topp - høyde

    strøm = [f"q {_FARGE} RG {_FARGE} rg 0.8 w {venstre:.2f} {bunn:.2f} {bredde:.2f} {høyde:.2f} re S"]
    y = topp - 1.5 * _MM - _STØRRELSE
    for nr, linje in enumerate(linjer):
        font = "/SbF2" if nr == 0 else "/SbF1"
        strøm.append(
            f"BT {font} {_STØRRELSE} Tf {venstre + 2 * _MM:.2f} {y:.2f} Td {_pdf_streng(linje)} Tj ET"
        )
        y -= _LINJEAVSTAND
    strøm.append("Q")

    overlegg = PageObject.create_blank_page(
        width=float(side.mediabox.width), height=float(side.mediabox.height)
    )
    overlegg.mediabox = side.mediabox
    innhold = DecodedStreamObject()
    innhold.set_data("\n".join(strøm).encode("latin-1"))
    overlegg[NameObject("/Contents")] = innhold
    overlegg[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {NameObject("/SbF1"): _font("/Helvetica"), NameObject("/SbF2"): _font("/Helvetica-Bold")}
            )
        }
    )
    return overlegg


def _font(navn: str) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(navn),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def _bredde(tekst: str, *, fet: bool) -> float:
    """A generous estimate of Helvetica's width (no metrics file needed for a box)."""
    return len(tekst) * _STØRRELSE * (0.6 if fet else 0.55)


def _pdf_streng(tekst: str) -> str:
    rå = tekst.encode("cp1252", "replace").decode("latin-1")
    return "(" + rå.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
