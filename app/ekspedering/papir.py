"""Paper: one printable PDF per mottaker, the address where the envelope's window is.

The letter templates (app/resources/maler/lag_maler.py) put the mottaker's address block
20 mm from the left and 45 mm from the top of an A4 page, 100 × 42 mm, which is the window of
a C5/C4 window envelope. A letter written for several mottakere carries only the first one's
address there, so for each mottaker that block is covered with white and their own address
drawn in its place, on page 1 of the hoveddokument; the vedlegg follow unchanged
(``app.dokumenter.flett.slå_sammen``). The text stays text (standard Helvetica), so the PDF
prints sharp and can be searched.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from typing import TYPE_CHECKING

from app.dokumenter.flett import slå_sammen
from app.ekspedering.feil import KanalFeil

if TYPE_CHECKING:
    from pypdf import PageObject

# pypdf is imported where it is used: the window imports this module (through the ekspedering
# service) before its first paint, which never prints a letter.

_MM = 72 / 25.4

#: The window of the letter templates, in mm from the page's top left corner.
VINDU_VENSTRE_MM = 20.0
VINDU_TOPP_MM = 45.0
VINDU_BREDDE_MM = 100.0
VINDU_HOYDE_MM = 42.0
_STORRELSE = 11.0
_LINJEAVSTAND = 14.0


def adresselinjer(navn: str, adresse: str | None, postnummer: str | None, poststed: str | None) -> list[str]:
    """The lines of the address block, as a letter shows them."""
    sted = " ".join(x for x in (postnummer, poststed) if x)
    return [x for x in (navn, *(adresse or "").splitlines(), sted) if x and x.strip()]


def med_adresse(pdf: bytes, linjer: Sequence[str], *, navn: str = "dokument.pdf") -> bytes:
    """``pdf`` with ``linjer`` in the envelope window of page 1 (whatever was there covered)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        skriver = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        if not skriver.pages:
            raise KanalFeil(f"«{navn}» har ingen sider å skrive adressen på", permanent=True)
        side = skriver.pages[0]
        side.transfer_rotation_to_content()
        side.merge_page(_adresseside(side, linjer))
        ut = io.BytesIO()
        skriver.write(ut)
    except PyPdfError as e:
        raise KanalFeil(f"«{navn}» kan ikke leses som PDF ({e})", permanent=True) from e
    return ut.getvalue()


def lag_papir(
    dokumenter: Sequence[tuple[bytes, str]], linjer: Sequence[str], *, tittel: str | None = None
) -> bytes:
    """The hoveddokument with the mottaker's address, then every vedlegg: one PDF to print."""
    if not dokumenter:
        raise KanalFeil("Journalposten har ingen dokumenter i arkivformat å skrive ut", permanent=True)
    (hoved, hovednavn), *vedlegg = dokumenter
    return slå_sammen([(med_adresse(hoved, linjer, navn=hovednavn), hovednavn), *vedlegg], tittel=tittel)


def _adresseside(side: PageObject, linjer: Sequence[str]) -> PageObject:
    from pypdf import PageObject
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    boks = side.mediabox
    venstre = float(boks.left) + VINDU_VENSTRE_MM * _MM
    topp = float(boks.top) - VINDU_TOPP_MM * _MM
    bredde, hoyde = VINDU_BREDDE_MM * _MM, VINDU_HOYDE_MM * _MM
    strom = [f"q 1 1 1 rg {venstre:.2f} {topp - hoyde:.2f} {bredde:.2f} {hoyde:.2f} re f Q", "q 0 0 0 rg"]
    y = topp - 4 * _MM - _STORRELSE
    for linje in linjer[:6]:
        strom.append(
            f"BT /SbA1 {_STORRELSE} Tf {venstre + 2 * _MM:.2f} {y:.2f} Td {_pdf_streng(linje)} Tj ET"
        )
        y -= _LINJEAVSTAND
    strom.append("Q")
    overlegg = PageObject.create_blank_page(width=float(boks.width), height=float(boks.height))
    overlegg.mediabox = boks
    innhold = DecodedStreamObject()
    innhold.set_data("\n".join(strom).encode("latin-1"))
    overlegg[NameObject("/Contents")] = innhold
    overlegg[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {
                    NameObject("/SbA1"): DictionaryObject(
                        {
                            NameObject("/Type"): NameObject("/Font"),
                            NameObject("/Subtype"): NameObject("/Type1"),
                            NameObject("/BaseFont"): NameObject("/Helvetica"),
                            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                        }
                    )
                }
            )
        }
    )
    return overlegg


def _pdf_streng(tekst: str) -> str:
    raa = tekst.encode("cp1252", "replace").decode("latin-1")
    return "(" + raa.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def sider(pdf: bytes) -> int:
    """How many pages a PDF has (the preview and the tests count them)."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)
