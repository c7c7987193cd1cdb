"""arkivuttrekk.xml: the ADDML description of the package, in the order of Arkivverket's template.

Arkade reads this file by position, so it is built element for element as the template in
Arkivverket's "Noark 5-arkivuttrekk" (arkivuttrekk-template.xml) lays it out; a test compares the
element paths with the template. The only addition is a numberOfOccurrences for dokumentobjekt
after the template's two (mappe, registrering), where it shifts no position the template has.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)

NS = "http://www.arkivverket.no/standarder/addml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def sha256(sti: Path) -> str:
    h = hashlib.sha256()
    with sti.open("rb") as f:
        for bit in iter(lambda: f.read(1 << 20), b""):
            h.update(bit)
    return h.hexdigest().upper()


@dataclass(frozen=True)
class Beskrivelse:
    arkivskaper: str
    system: str
    arkiv: str
    start: date
    slutt: date
    skjermet: bool
    dokumentfiler: int
    mapper: int
    registreringer: int
    dokumentobjekter: int
    endringer: int
    loepende: int
    offentlige: int


def _el(forelder, navn: str, **attrib: str):
    return etree.SubElement(forelder, f"{{{NS}}}{navn}", attrib)


def _verdi(forelder, tekst: str) -> None:
    _el(forelder, "value").text = tekst


def _prop(forelder, navn: str, verdi: str | None = None, *, datatype: str | None = None):
    attrib = {"dataType": datatype, "name": navn} if datatype else {"name": navn}
    p = _el(forelder, "property", **attrib)
    if verdi is not None:
        _verdi(p, verdi)
    return p


def _props(forelder):
    return _el(forelder, "properties")


def _ekstra(forelder, navn: str):
    return _el(forelder, "additionalElement", name=navn)


def _format_xml(forelder) -> None:
    fmt = _prop(forelder, "format", "XML")
    _prop(_props(fmt), "version", "1.0")


def _sjekksum(forelder, verdi: str) -> None:
    cs = _props(_prop(forelder, "checksum"))
    _prop(cs, "algorithm", "SHA-256")
    _prop(cs, "value", verdi)


def _fil(forelder, navn: str, sum_: str | None) -> None:
    f = _props(_prop(forelder, "file"))
    _prop(f, "name", navn)
    if sum_ is not None:
        _format_xml(f)
        _sjekksum(f, sum_)


def _skjema(forelder, navn: str, sum_: str | None, *, hoved: bool) -> None:
    s = _prop(forelder, "schema", "main" if hoved else None)
    sp = _props(s)
    _fil(sp, navn, sum_)
    if sum_ is not None:
        t = _prop(sp, "type", "XML Schema")
        _prop(_props(t), "version", "1.0")


def _forekomster(forelder, element: str, antall: int) -> None:
    n = _prop(forelder, "numberOfOccurrences", element)
    np_ = _props(n)
    _prop(np_, "elementPath", f"//{element}")
    _prop(np_, "value", str(antall), datatype="integer")


def _dataobjekt(objekter, navn: str, ut: Path, telling: list[tuple[str, int]], *, mdk_full: bool) -> None:
    do = _el(objekter, "dataObject", name=navn)
    p = _props(do)
    _fil(p, f"{navn}.xml", sha256(ut / f"{navn}.xml"))
    _skjema(p, f"{navn}.xsd", sha256(ut / f"{navn}.xsd"), hoved=True)
    _skjema(p, "metadatakatalog.xsd", sha256(ut / "metadatakatalog.xsd") if mdk_full else None, hoved=False)
    info = _props(_prop(p, "info"))
    for element, antall in telling:
        _forekomster(info, element, antall)


def skriv_arkivuttrekk(ut: Path, b: Beskrivelse) -> Path:
    rot = etree.Element(
        f"{{{NS}}}addml",
        {f"{{{XSI}}}schemaLocation": f"{NS} addml.xsd", "name": "Noark 5-arkivuttrekk"},
        nsmap={None: NS, "xsi": XSI},
    )
    ds = _el(rot, "dataset")
    _el(ds, "description").text = "Noark 5-arkivuttrekk"
    ref = _el(ds, "reference")
    ctx = _el(_el(ref, "context"), "additionalElements")
    skapere = _el(_ekstra(ctx, "recordCreators"), "additionalElements")
    _verdi(_ekstra(skapere, "recordCreator"), b.arkivskaper)
    _verdi(_ekstra(ctx, "systemType"), "Sakarkiv (Noark-5)")
    _verdi(_ekstra(ctx, "systemName"), b.system)
    _verdi(_ekstra(ctx, "archive"), b.arkiv)
    innh = _el(_el(ref, "content"), "additionalElements")
    periode = _props(_ekstra(innh, "archivalPeriod"))
    _prop(periode, "startDate", b.start.isoformat())
    _prop(periode, "endDate", b.slutt.isoformat())
    topp = _el(_el(ds, "dataObjects"), "dataObject", name="Noark 5-arkivuttrekk")
    info = _props(_prop(_props(topp), "info"))
    typ = _prop(info, "type", "Noark 5")
    _prop(_props(typ), "version", "5.0")
    tillegg = _props(_prop(info, "additionalInfo"))
    per = _props(_prop(tillegg, "periode"))
    _prop(per, "inngaaendeSkille", "skarpt")
    _prop(per, "utgaaendeSkille", "skarpt")
    _prop(tillegg, "inneholderSkjermetInformasjon", "true" if b.skjermet else "false", datatype="boolean")
    _prop(tillegg, "omfatterDokumenterSomErKassert", "false", datatype="boolean")
    _prop(tillegg, "inneholderDokumenterSomSkalKasseres", "false", datatype="boolean")
    _prop(tillegg, "inneholderVirksomhetsspesifikkeMetadata", "false", datatype="boolean")
    _prop(tillegg, "antallDokumentfiler", str(b.dokumentfiler), datatype="integer")
    objekter = _el(topp, "dataObjects")
    _dataobjekt(
        objekter,
        "arkivstruktur",
        ut,
        [("mappe", b.mapper), ("registrering", b.registreringer), ("dokumentobjekt", b.dokumentobjekter)],
        mdk_full=True,
    )
    _dataobjekt(objekter, "endringslogg", ut, [("endring", b.endringer)], mdk_full=False)
    # A journal with nothing to list is not in the package (its schema demands one journalregistrering).
    if b.loepende:
        _dataobjekt(objekter, "loependeJournal", ut, [("journalregistrering", b.loepende)], mdk_full=False)
    if b.offentlige:
        _dataobjekt(objekter, "offentligJournal", ut, [("journalregistrering", b.offentlige)], mdk_full=False)
    sti = ut / "arkivuttrekk.xml"
    etree.ElementTree(rot).write(str(sti), encoding="utf-8", xml_declaration=True, pretty_print=True)
    return sti
