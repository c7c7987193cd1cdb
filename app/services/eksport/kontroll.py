"""The depot's check of an arkivuttrekk, built in: what Arkade runs, every error reported.

``kontroller(mappe)`` never stops at the first finding. It checks that the files are there and
not empty, every checksum in arkivuttrekk.xml, every XML file against its schema (lxml), the
counts in arkivuttrekk.xml against arkivstruktur.xml, that saks-, journal- and dokumentstatus
are what a deposit may hold, that systemIDs are unique, that every reference resolves
(arkivdel, klasse, mappe, registrering, dokumentfil), that no document file is unreferenced,
empty or changed, that the journals agree with each other and with arkivstruktur, that no
element is empty, and that every journalpost whose type needs a korrespondansepart has one.

The structural checks stream with ``iterparse`` and drop each saksmappe once read. A test
uttrekk (``test=True``) reports the status findings as warnings: it may hold open saker.
This module reads files only; it needs no database.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)

from app.services.eksport import idlager
from app.services.eksport import kodenavn as kn
from app.services.eksport.idlager import Idlager, nokkel, vis

XML_FILER = ("arkivstruktur.xml", "endringslogg.xml", "loependeJournal.xml", "offentligJournal.xml")
SKJEMA_FOR = {
    "arkivstruktur.xml": "arkivstruktur.xsd",
    "endringslogg.xml": "endringslogg.xsd",
    "loependeJournal.xml": "loependeJournal.xsd",
    "offentligJournal.xml": "offentligJournal.xsd",
    "arkivuttrekk.xml": "addml.xsd",
}
ALLE_FILER = ("arkivuttrekk.xml", *XML_FILER, *sorted(set(SKJEMA_FOR.values()) | {"metadatakatalog.xsd"}))
VALGFRIE = {
    "loependeJournal.xml": "loependeJournal.xml er ikke med: uttrekket har ingen journalposter "
    "(skjemaet krever minst én journalregistrering), og arkivuttrekk.xml beskriver den ikke",
    "offentligJournal.xml": "offentligJournal.xml er ikke med: ingen journalpost i uttrekket er offentlig "
    "(skjemaet krever minst én journalregistrering), og arkivuttrekk.xml beskriver den ikke",
}
"""The journals an uttrekk may leave out, when there is nothing to list and arkivuttrekk.xml agrees."""
MAKS_ADVARSLER = 1000
"""Status warnings of a test uttrekk kept one by one; the rest are counted."""
HEL_VALIDERING_GRENSE = 4 * 1024 * 1024
"""Files up to this size are validated as one tree (every schema error listed); larger ones stream,
and report the first schema error of that file. lxml's tree takes 10–15 times the file: at 16 MB
one journal file's tree was the check's whole peak (240 MB at 10,000 and at 100,000 journalposter,
66 MB with every file streamed), so the limit is kept small."""


@dataclass
class Kontrollrapport:
    """Every finding, grouped by check; ``ok`` when there are no errors (warnings allowed)."""

    feil: list[str] = field(default_factory=list)
    advarsler: list[str] = field(default_factory=list)
    tall: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.feil

    def tekst(self) -> str:
        linjer = [f"Kontroll av uttrekket: {'bestått' if self.ok else f'{len(self.feil)} feil'}"]
        linjer += [f"  {k}: {v}" for k, v in self.tall.items()]
        linjer += [f"FEIL: {f}" for f in self.feil]
        linjer += [f"Advarsel: {a}" for a in self.advarsler]
        return "\n".join(linjer)


def _sha256(sti: Path) -> str:
    h = hashlib.sha256()
    with sti.open("rb") as f:
        for bit in iter(lambda: f.read(1 << 20), b""):
            h.update(bit)
    return h.hexdigest()


_LOKAL: dict[str, str] = {}


def _lokal(tag: str) -> str:
    """An element's local name (``{ns}mappe`` → ``mappe``), cached: millions of elements, few names."""
    n = _LOKAL.get(tag)
    if n is None:
        n = _LOKAL[tag] = tag.rpartition("}")[2]
    return n


def _ns(el) -> str:
    tag = el.tag
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def _tekst(el, navn: str) -> str | None:
    """The stripped text of the first child ``navn`` (in the element's namespace), None if there is none."""
    t = el.findtext(_ns(el) + navn)
    return t.strip() if t is not None else None


def _alle(el, navn: str) -> list:
    return el.findall(_ns(el) + navn)


_REG = (idlager.REGISTRERING, idlager.JOURNALPOST)
REFERANSER: dict[str, tuple[int, ...]] = {
    "referanseArkivdel": (idlager.ARKIVDEL,),
    "referanseAvskrivesAvJournalpost": _REG,
    "referanseTilMappe": (idlager.MAPPE,),
    "referanseTilRegistrering": _REG,
    "referanseTilKlasse": (idlager.KLASSE,),
    "referanseSekundaerKlassifikasjon": (idlager.KLASSE,),
    "referanseTilMoeteregistrering": _REG,
    "referanseFraMoeteregistrering": _REG,
    "referanseForrigeMoete": (idlager.MAPPE,),
    "referanseNesteMoete": (idlager.MAPPE,),
}
"""The references arkivstruktur.xml may hold, and the kinds of element each must point to."""


class _Kontroll:
    def __init__(self, mappe: Path, test: bool) -> None:
        self.mappe = mappe
        self.test = test
        self.r = Kontrollrapport()
        self._statusvarsler = self._flere = 0
        self.objekter: set[str] | None = None
        """The data objects arkivuttrekk.xml describes (None when it could not be read)."""

    def feil(self, tekst: str) -> None:
        self.r.feil.append(tekst)

    def status(self, tekst: str) -> None:
        """A status a deposit may not hold: an error, or in a test uttrekk a warning. A test uttrekk
        of open saker has one per sak, journalpost and document; past ``MAKS_ADVARSLER`` they are
        counted, not kept (a million of them would be the check's largest use of memory)."""
        if not self.test:
            self.r.feil.append(tekst)
        elif self._statusvarsler < MAKS_ADVARSLER:
            self.r.advarsler.append(tekst)
            self._statusvarsler += 1
        else:
            self._flere += 1

    def avslutt(self) -> None:
        if self._flere:
            self.r.advarsler.append(f"… og {self._flere} advarsler til om statuser som ikke kan avleveres")

    # --- files, checksums, schemas ---------------------------------------------------------

    def filer(self) -> None:
        for navn in ALLE_FILER:
            sti = self.mappe / navn
            utelatt = self.objekter is not None and navn.removesuffix(".xml") not in self.objekter
            if not sti.is_file() and navn in VALGFRIE and utelatt:
                self.r.advarsler.append(VALGFRIE[navn])
                continue
            if not sti.is_file():
                self.feil(f"{navn} mangler i uttrekket")
            elif sti.stat().st_size == 0:
                self.feil(f"{navn} er tom")

    def addml(self) -> dict[str, dict[str, int]]:
        """Checksums of the files arkivuttrekk.xml names; the counts it states, per data object."""
        tall: dict[str, dict[str, int]] = {}
        sti = self.mappe / "arkivuttrekk.xml"
        if not sti.is_file() or not sti.stat().st_size:
            return tall
        try:
            rot = etree.parse(str(sti)).getroot()
        except etree.XMLSyntaxError as e:
            self.feil(f"arkivuttrekk.xml kan ikke leses: {e}")
            return tall
        ns = {"a": rot.nsmap.get(None, "")}
        self.objekter = {do.get("name", "") for do in rot.iterfind(".//a:dataObject", ns)}
        for fil in rot.iterfind(".//a:property[@name='file']", ns):
            navn = fil.findtext("a:properties/a:property[@name='name']/a:value", namespaces=ns)
            verdi = fil.findtext(
                "a:properties/a:property[@name='checksum']/a:properties/a:property[@name='value']/a:value",
                namespaces=ns,
            )
            if not navn or verdi is None:
                continue
            fsti = self.mappe / navn
            if fsti.is_file() and _sha256(fsti).lower() != verdi.strip().lower():
                self.feil(f"Sjekksummen for {navn} i arkivuttrekk.xml stemmer ikke med filen")
        for do in rot.iterfind(".//a:dataObject", ns):
            navn = do.get("name", "")
            for n in do.iterfind(
                "a:properties/a:property[@name='info']/a:properties/a:property[@name='numberOfOccurrences']",
                ns,
            ):
                element = n.findtext("a:value", namespaces=ns) or ""
                verdi = n.findtext("a:properties/a:property[@name='value']/a:value", namespaces=ns) or ""
                try:
                    tall.setdefault(navn, {})[element.strip()] = int(verdi)
                except ValueError:
                    self.feil(f"arkivuttrekk.xml: antallet {element} for {navn} er ikke et tall («{verdi}»)")
        return tall

    def skjemaer(self) -> None:
        for xml, xsd in SKJEMA_FOR.items():
            xsti, ssti = self.mappe / xml, self.mappe / xsd
            if not xsti.is_file() or not ssti.is_file() or not xsti.stat().st_size:
                continue
            try:
                skjema = etree.XMLSchema(etree.parse(str(ssti)))
            except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as e:
                self.feil(f"{xsd} kan ikke brukes som skjema: {e}")
                continue
            if xsti.stat().st_size <= HEL_VALIDERING_GRENSE:
                try:
                    tre = etree.parse(str(xsti))
                except etree.XMLSyntaxError as e:
                    self.feil(f"{xml} er ikke velformet XML: {e}")
                    continue
                if not skjema.validate(tre):
                    for e in skjema.error_log:
                        self.feil(f"{xml} linje {e.line}: ugyldig etter {xsd}: {e.message}")
            else:
                try:
                    for _h, el in etree.iterparse(str(xsti), schema=skjema, events=("end",)):
                        el.clear(keep_tail=True)  # validated as parsed; the tree is not kept
                        while el.getprevious() is not None:
                            del el.getparent()[0]
                except etree.XMLSyntaxError as e:
                    self.feil(
                        f"{xml}: ugyldig etter {xsd} (første feil; filen er for stor til å liste alle): {e}"
                    )

    # --- arkivstruktur ----------------------------------------------------------------------

    def arkivstruktur(self, lager: Idlager) -> dict:
        """Stream arkivstruktur.xml; systemIDs and references go to ``lager``, counts come back."""
        sti = self.mappe / "arkivstruktur.xml"
        ut: dict = {"mappe": 0, "registrering": 0, "dokumentobjekt": 0, "datoer": [None, None]}
        if not sti.is_file() or not sti.stat().st_size:
            return ut
        forste = siste = None
        try:
            for _hendelse, el in etree.iterparse(str(sti), events=("end",)):
                tag = el.tag
                if not isinstance(tag, str):
                    continue
                navn = _lokal(tag)
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"arkivstruktur.xml linje {el.sourceline}: tomt element <{navn}>")
                if navn == "systemID":
                    art = idlager.EIER.get(_lokal(el.getparent().tag), idlager.ANNET)
                    if art != idlager.REGISTRERING:  # a registrering's is stored at its end, with its kind
                        lager.systemid(nokkel(el.text), art)
                elif navn in REFERANSER:
                    lager.referanse(navn, nokkel(el.text), f"linje {el.sourceline}")
                elif navn == "dokumentobjekt":
                    ut["dokumentobjekt"] += 1
                    self._dokumentobjekt(el, lager)
                elif navn == "dokumentbeskrivelse":
                    st = _tekst(el, "dokumentstatus")
                    if st and st not in kn.AVLEVERBAR_DOKUMENTSTATUS:
                        self.status(
                            f"arkivstruktur.xml linje {el.sourceline}: dokumentstatus «{st}» kan ikke avleveres"
                        )
                elif navn == "registrering":
                    ut["registrering"] += 1
                    sid = _tekst(el, "systemID")
                    jd = _tekst(el, "journaldato")
                    lager.systemid(nokkel(sid), idlager.JOURNALPOST if jd else idlager.REGISTRERING)
                    if jd:
                        forste = jd if forste is None or jd < forste else forste
                        siste = jd if siste is None or jd > siste else siste
                    self._registrering(el, sid)
                elif navn in ("mappe", "klasse", "klassifikasjonssystem"):
                    if navn == "mappe":
                        ut["mappe"] += 1
                        st = _tekst(el, "saksstatus")
                        if st is not None and st not in kn.AVLEVERBAR_SAKSSTATUS:
                            self.status(
                                f"arkivstruktur.xml: saksmappe {_tekst(el, 'mappeID')} har saksstatus «{st}», "
                                "som ikke kan avleveres"
                            )
                    # Read and checked: drop it and what came before it (a klasse per sak is common).
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as e:
            self.feil(f"arkivstruktur.xml er ikke velformet XML: {e}")
        for k, n in lager.duplikater():
            self.feil(f"arkivstruktur.xml: systemID {vis(k)} forekommer {n} ganger")
        for navn, arter in REFERANSER.items():
            for k, hvor in lager.uloste(navn, arter):
                self.feil(f"arkivstruktur.xml {hvor}: {navn} {vis(k)} peker ikke på noe i uttrekket")
        dokmappe = self.mappe / "DOKUMENT"
        if dokmappe.is_dir():
            for rot, mapper, filer in os.walk(dokmappe):
                mapper.sort()
                for f in sorted(filer):
                    rel = Path(rot, f).relative_to(self.mappe).as_posix()
                    if not lager.har_fil(rel):
                        self.feil(f"{rel} er ikke referert fra noe dokumentobjekt")
        ut["datoer"] = [forste, siste]
        return ut

    def _dokumentobjekt(self, el, lager: Idlager) -> None:
        ref = _tekst(el, "referanseDokumentfil") or ""
        sjekksum = (_tekst(el, "sjekksum") or "").lower()
        if not ref:
            return
        if ref.startswith("/") or ".." in ref.split("/") or ":" in ref:
            self.feil(
                f"arkivstruktur.xml linje {el.sourceline}: referanseDokumentfil «{ref}» er ikke relativ"
            )
            return
        sti = self.mappe / ref
        if not sti.is_file():
            self.feil(f"arkivstruktur.xml linje {el.sourceline}: dokumentfilen {ref} finnes ikke")
            return
        if not lager.ny_fil(ref):
            return
        stoerrelse_fil = sti.stat().st_size
        if stoerrelse_fil == 0:
            self.feil(f"Dokumentfilen {ref} er tom")
        if _sha256(sti) != sjekksum:
            self.feil(
                f"Dokumentfilen {ref} har en annen sjekksum enn dokumentobjektet oppgir (endret eller skadet)"
            )
        stoerrelse = _tekst(el, "filstoerrelse")
        if stoerrelse and stoerrelse.isdigit() and int(stoerrelse) != stoerrelse_fil:
            self.feil(f"Dokumentfilen {ref} er {stoerrelse_fil} byte, dokumentobjektet oppgir {stoerrelse}")

    def _registrering(self, el, sid: str | None) -> None:
        typ = _tekst(el, "journalposttype")
        nr = _tekst(el, "registreringsID") or (sid or "")
        st = _tekst(el, "journalstatus")
        if st is not None and st not in kn.AVLEVERBAR_JOURNALSTATUS:
            self.status(
                f"arkivstruktur.xml: journalpost {nr} har journalstatus «{st}», som ikke kan avleveres"
            )
        krav = kn.KREVER_KORRESPONDANSEPART.get(typ or "")
        if krav:
            typer = {_tekst(k, "korrespondanseparttype") for k in _alle(el, "korrespondansepart")}
            if not typer & set(krav):
                self.feil(
                    f"arkivstruktur.xml: journalpost {nr} ({typ}) mangler korrespondansepart ({' eller '.join(krav)})"
                )

    # --- the journals and the endringslogg ----------------------------------------------------

    def journal(self, fil: str, nr: int, lager: Idlager) -> dict:
        sti = self.mappe / fil
        ut: dict = {"antall": 0, "hode": None, "start": None, "slutt": None, "forste": None, "siste": None}
        if not sti.is_file() or not sti.stat().st_size:
            return ut
        try:
            for _h, el in etree.iterparse(str(sti), events=("end",)):
                if not isinstance(el.tag, str):
                    continue
                navn = _lokal(el.tag)
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"{fil} linje {el.sourceline}: tomt element <{navn}>")
                if navn == "journalhode":
                    ut["hode"] = int(_tekst(el, "antallJournalposter") or -1)
                    ut["start"], ut["slutt"] = _tekst(el, "journalStartDato"), _tekst(el, "journalSluttDato")
                elif navn == "journalregistrering":
                    ut["antall"] += 1
                    jp = _alle(el, "journalpost")
                    if jp:
                        lager.journal(nr, nokkel(_tekst(jp[0], "systemID")))
                        jd = _tekst(jp[0], "journaldato")
                        if jd:
                            ut["forste"] = jd if ut["forste"] is None or jd < ut["forste"] else ut["forste"]
                            ut["siste"] = jd if ut["siste"] is None or jd > ut["siste"] else ut["siste"]
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as e:
            self.feil(f"{fil} er ikke velformet XML: {e}")
        return ut

    def endringslogg(self, lager: Idlager) -> int:
        sti = self.mappe / "endringslogg.xml"
        antall = 0
        if not sti.is_file() or not sti.stat().st_size:
            return 0
        try:
            for _h, el in etree.iterparse(str(sti), events=("end",)):
                if not isinstance(el.tag, str):
                    continue
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"endringslogg.xml linje {el.sourceline}: tomt element <{_lokal(el.tag)}>")
                if _lokal(el.tag) == "endring":
                    antall += 1
                    lager.referanse("referanseArkivenhet", nokkel(_tekst(el, "referanseArkivenhet")),
                                    f"linje {el.sourceline}")  # fmt: skip
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as e:
            self.feil(f"endringslogg.xml er ikke velformet XML: {e}")
        for k, hvor in lager.uloste("referanseArkivenhet", None):
            self.feil(
                f"endringslogg.xml {hvor}: referanseArkivenhet {vis(k)} finnes ikke i arkivstruktur.xml"
            )
        return antall


def kontroller(mappe: Path | str, *, test: bool = False) -> Kontrollrapport:
    """Check an avleveringspakke the way the depot does; every finding, not just the first.

    Memory is bounded: systemIDs, references and journal entries go to a temporary SQLite file
    (app/services/eksport/idlager.py), not to Python sets.
    """
    k = _Kontroll(Path(mappe), test)
    oppgitt = k.addml()
    k.filer()
    k.skjemaer()
    with Idlager() as lager:
        a = k.arkivstruktur(lager)
        lj = k.journal("loependeJournal.xml", 1, lager)
        oj = k.journal("offentligJournal.xml", 2, lager)
        endringer = k.endringslogg(lager)
        journalposter = lager.antall(idlager.JOURNALPOST)
        for fil, nr in (("loependeJournal.xml", 1), ("offentligJournal.xml", 2)):
            for sid in lager.journal_uten(nr, None):
                k.feil(f"{fil}: journalposten {vis(sid)} finnes ikke i arkivstruktur.xml")
        for sid in lager.journal_uten(2, 1):
            k.feil(f"offentligJournal.xml: journalposten {vis(sid)} står ikke i loependeJournal.xml")
    k.r.tall = {
        "mapper": a["mappe"],
        "registreringer": a["registrering"],
        "dokumentobjekter": a["dokumentobjekt"],
        "løpende journal": lj["antall"],
        "offentlig journal": oj["antall"],
        "endringer": endringer,
    }
    faktisk = {
        "arkivstruktur": {
            "mappe": a["mappe"],
            "registrering": a["registrering"],
            "dokumentobjekt": a["dokumentobjekt"],
        },
        "endringslogg": {"endring": endringer},
        "loependeJournal": {"journalregistrering": lj["antall"]},
        "offentligJournal": {"journalregistrering": oj["antall"]},
    }
    for objekt, tall in faktisk.items():
        for element, verdi in tall.items():
            if element not in oppgitt.get(objekt, {}):
                if k.objekter is not None and objekt not in k.objekter and verdi == 0:
                    continue  # a journal left out for having nothing to list
                if element != "dokumentobjekt":
                    k.feil(f"arkivuttrekk.xml oppgir ikke antall {element} for {objekt}")
            elif oppgitt[objekt][element] != verdi:
                k.feil(
                    f"arkivuttrekk.xml oppgir {oppgitt[objekt][element]} {element} i {objekt}, filen har {verdi}"
                )
    for fil, j in (("loependeJournal.xml", lj), ("offentligJournal.xml", oj)):
        if j["hode"] is not None and j["hode"] != j["antall"]:
            k.feil(f"{fil}: journalhodet oppgir {j['hode']} journalposter, filen har {j['antall']}")
        if j["forste"] and (j["start"] > j["forste"] or j["slutt"] < j["siste"]):
            k.feil(
                f"{fil}: journalhodets periode {j['start']}–{j['slutt']} dekker ikke {j['forste']}–{j['siste']}"
            )
    if lj["antall"] != journalposter:
        k.feil(f"loependeJournal.xml har {lj['antall']} journalposter, arkivstruktur.xml {journalposter}")
    forste, siste = lj["forste"], lj["siste"]
    if forste and a["datoer"][0] and [forste, siste] != a["datoer"]:
        k.feil(
            f"loependeJournal.xml går {forste}–{siste}, arkivstruktur.xml {a['datoer'][0]}–{a['datoer'][1]}"
        )
    if lj["start"] and forste and lj["start"] != forste:
        k.feil(f"loependeJournal.xml: journalStartDato {lj['start']} er ikke første journaldato {forste}")
    if lj["slutt"] and siste and lj["slutt"] != siste:
        k.feil(f"loependeJournal.xml: journalSluttDato {lj['slutt']} er ikke siste journaldato {siste}")
    k.avslutt()
    return k.r
