"""Is this PDF really PDF/A? The checks an archive depends on, with pikepdf.

Not a full validator (veraPDF is that): it checks what converters get wrong
in practice and what makes a file useless in fifty years: the PDF/A
identification in the XMP metadata (part and conformance), an output intent
with an ICC profile (without it colours have no meaning, and Ghostscript drops
it silently), every font embedded (else the text is drawn with whatever the
reader has), and no encryption. Each problem is one Norwegian sentence, so the
window can show the list on the document.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pikepdf

_GYLDIGE_NIVAER = {"A", "B", "U"}
"""Level a and u files also meet level b."""


def sjekk_pdfa(data: bytes, *, del_: int | None = 2) -> list[str]:
    """The problems that keep ``data`` from being PDF/A (part ``del_``, level b or better); [] if none.

    ``del_=None`` accepts any part (1, 2 or 3).
    """
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        return ["Fila er passordbeskyttet (kryptert); PDF/A tillater ikke kryptering."]
    except pikepdf.PdfError as e:
        return [f"Fila er ikke en lesbar PDF: {e}"]
    with pdf:
        problemer: list[str] = []
        if pdf.is_encrypted:
            problemer.append("Fila er kryptert; PDF/A tillater ikke kryptering.")
        problemer += _identifikasjon(pdf, del_)
        problemer += _utdataintensjon(pdf)
        problemer += [f"Skrifta «{navn}» er ikke innebygd." for navn in sorted(_ikke_innebygde(pdf))]
        return problemer


def pdfa_del(data: bytes) -> tuple[str, str] | None:
    """(part, conformance) from the XMP metadata, e.g. ("2", "B"); None when the file does not claim PDF/A."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            meta = pdf.open_metadata()
            del_, nivaa = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
    except (pikepdf.PdfError, pikepdf.PasswordError):
        return None
    return (str(del_), str(nivaa or "").upper()) if del_ else None


def _identifikasjon(pdf: pikepdf.Pdf, del_: int | None) -> list[str]:
    try:
        meta = pdf.open_metadata()
        funnet, nivaa = meta.get("pdfaid:part"), (meta.get("pdfaid:conformance") or "").upper()
    except Exception as e:  # a broken XMP packet: pikepdf raises lxml's and its own errors
        return [f"XMP-metadataene kan ikke leses: {e}"]
    if not funnet:
        return ["XMP-metadataene sier ikke at fila er PDF/A (pdfaid:part mangler)."]
    problemer = []
    if del_ is not None and str(funnet) != str(del_):
        problemer.append(f"Fila er PDF/A-{funnet}, ikke PDF/A-{del_}.")
    if nivaa not in _GYLDIGE_NIVAER:
        problemer.append(f"PDF/A-samsvarsnivået «{nivaa or 'mangler'}» er ikke A, B eller U.")
    return problemer


def _utdataintensjon(pdf: pikepdf.Pdf) -> list[str]:
    intensjoner = pdf.Root.get("/OutputIntents")
    if not isinstance(intensjoner, pikepdf.Array) or len(intensjoner) == 0:
        return ["Fila mangler utdataintensjon (OutputIntent med ICC-fargeprofil)."]
    for i in intensjoner:
        if i.get("/S") == "/GTS_PDFA1" and isinstance(i.get("/DestOutputProfile"), pikepdf.Stream):
            return []
    return ["Utdataintensjonen er ikke for PDF/A (GTS_PDFA1) eller mangler ICC-fargeprofilen."]


def _ikke_innebygde(pdf: pikepdf.Pdf) -> set[str]:
    mangler: set[str] = set()
    sett: set[tuple[int, int]] = set()
    for side in pdf.pages:
        for font in _fonter(side.obj, sett):
            if not _innebygd(font):
                mangler.add(str(font.get("/BaseFont", "uten navn")).lstrip("/"))
    return mangler


def _fonter(objekt: pikepdf.Object, sett: set[tuple[int, int]]) -> Iterator[pikepdf.Dictionary]:
    """Every font a page uses: its resources, form XObjects, annotation appearances, Type3 glyphs."""
    if objekt.is_indirect:
        if objekt.objgen in sett:
            return
        sett.add(objekt.objgen)
    ressurser = objekt.get("/Resources")
    if isinstance(ressurser, pikepdf.Dictionary):
        fonter = ressurser.get("/Font")
        if isinstance(fonter, pikepdf.Dictionary):
            for _, font in fonter.items():
                if isinstance(font, pikepdf.Dictionary):
                    yield font
                    if font.get("/Subtype") == "/Type3":
                        yield from _fonter(font, sett)
        xobjekter = ressurser.get("/XObject")
        if isinstance(xobjekter, pikepdf.Dictionary):
            for _, x in xobjekter.items():
                if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form":
                    yield from _fonter(x, sett)
    for annotasjon in objekt.get("/Annots", pikepdf.Array()) if objekt.get("/Type") == "/Page" else ():
        utseende = annotasjon.get("/AP") if isinstance(annotasjon, pikepdf.Dictionary) else None
        if isinstance(utseende, pikepdf.Dictionary):
            for _, strøm in utseende.items():
                if isinstance(strøm, pikepdf.Stream):
                    yield from _fonter(strøm, sett)
                elif isinstance(strøm, pikepdf.Dictionary):
                    for _, s in strøm.items():
                        if isinstance(s, pikepdf.Stream):
                            yield from _fonter(s, sett)


def _innebygd(font: pikepdf.Dictionary) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # its glyphs are content streams in the file
    if subtype == "/Type0":
        etterkommere = font.get("/DescendantFonts")
        return (
            isinstance(etterkommere, pikepdf.Array)
            and len(etterkommere) > 0
            and all(isinstance(f, pikepdf.Dictionary) and _innebygd(f) for f in etterkommere)
        )
    beskrivelse = font.get("/FontDescriptor")
    return isinstance(beskrivelse, pikepdf.Dictionary) and any(
        k in beskrivelse for k in ("/FontFile", "/FontFile2", "/FontFile3")
    )
