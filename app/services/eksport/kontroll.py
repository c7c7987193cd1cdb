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
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)

from app.services.eksport import kodenavn as kn

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
HEL_VALIDERING_GRENSE = 16 * 1024 * 1024
"""Files up to this size are validated as one tree (every schema error listed); larger ones stream
(lxml's tree takes about ten times the file), and report the first schema error of that file."""


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


def _id(tekst: str | None) -> int | str:
    """A systemID as the integer of its UUID (a third of the memory of the text), else the text itself."""
    t = (tekst or "").strip()
    try:
        return uuid.UUID(t).int
    except ValueError:
        return t


def _vis_id(nokkel: int | str) -> str:
    return str(uuid.UUID(int=nokkel)) if isinstance(nokkel, int) else nokkel


def _navn(el) -> str:
    return etree.QName(el).localname


def _tekst(el, navn: str) -> str | None:
    for barn in el:
        if isinstance(barn.tag, str) and _navn(barn) == navn:
            return (barn.text or "").strip()
    return None


def _alle(el, navn: str) -> list:
    return [b for b in el if isinstance(b.tag, str) and _navn(b) == navn]


class _Kontroll:
    def __init__(self, mappe: Path, test: bool) -> None:
        self.mappe = mappe
        self.test = test
        self.r = Kontrollrapport()
        self.objekter: set[str] | None = None
        """The data objects arkivuttrekk.xml describes (None when it could not be read)."""

    def feil(self, tekst: str) -> None:
        self.r.feil.append(tekst)

    def status(self, tekst: str) -> None:
        (self.r.advarsler if self.test else self.r.feil).append(tekst)

    # --- files, checksums, schemas ---------------------------------------------------------

    def filer(self) -> None:
        for navn in ALLE_FILER:
            sti = self.mappe / navn
            if not sti.is_file() and navn in VALGFRIE and self.objekter is not None:
                if navn.removesuffix(".xml") not in self.objekter:
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

    def arkivstruktur(self) -> dict:
        sti = self.mappe / "arkivstruktur.xml"
        ut = {
            "mappe": 0,
            "registrering": 0,
            "dokumentobjekt": 0,
            "journalposter": set(),
            "datoer": [],
            "ider": set(),
        }
        if not sti.is_file() or not sti.stat().st_size:
            return ut
        sett: set[int | str] = set()
        dupl: Counter[int | str] = Counter()
        arkivdeler: set[int | str] = set()
        klasser: set[int | str] = set()
        mapper: set[int | str] = set()
        registreringer: set[int | str] = set()
        hvor_id = {"arkivdel": arkivdeler, "klasse": klasser, "mappe": mapper, "registrering": registreringer}
        referanser: list[tuple[str, str, str]] = []
        filer: set[str] = set()
        forste = siste = None
        try:
            for _hendelse, el in etree.iterparse(str(sti), events=("end",)):
                if not isinstance(el.tag, str):
                    continue
                navn = _navn(el)
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"arkivstruktur.xml linje {el.sourceline}: tomt element <{navn}>")
                if navn == "systemID":
                    sid = _id(el.text)
                    if sid in sett:
                        dupl[sid] += 1
                    sett.add(sid)
                    eier = _navn(el.getparent())
                    if eier in hvor_id:
                        hvor_id[eier].add(sid)
                elif navn in (
                    "referanseArkivdel",
                    "referanseAvskrivesAvJournalpost",
                    "referanseTilMappe",
                    "referanseTilRegistrering",
                    "referanseTilKlasse",
                    "referanseSekundaerKlassifikasjon",
                    "referanseTilMoeteregistrering",
                    "referanseFraMoeteregistrering",
                    "referanseForrigeMoete",
                    "referanseNesteMoete",
                ):
                    referanser.append((navn, (el.text or "").strip(), f"linje {el.sourceline}"))
                elif navn == "dokumentobjekt":
                    ut["dokumentobjekt"] += 1
                    self._dokumentobjekt(el, filer)
                elif navn == "dokumentbeskrivelse":
                    st = _tekst(el, "dokumentstatus")
                    if st and st not in kn.AVLEVERBAR_DOKUMENTSTATUS:
                        self.status(
                            f"arkivstruktur.xml linje {el.sourceline}: dokumentstatus «{st}» kan ikke avleveres"
                        )
                elif navn == "registrering":
                    ut["registrering"] += 1
                    sid = _id(_tekst(el, "systemID"))
                    jd = _tekst(el, "journaldato")
                    if jd:
                        ut["journalposter"].add(sid)
                        forste = jd if forste is None or jd < forste else forste
                        siste = jd if siste is None or jd > siste else siste
                    self._registrering(el, sid)
                elif navn == "mappe":
                    ut["mappe"] += 1
                    st = _tekst(el, "saksstatus")
                    if st is not None and st not in kn.AVLEVERBAR_SAKSSTATUS:
                        self.status(
                            f"arkivstruktur.xml: saksmappe {_tekst(el, 'mappeID')} har saksstatus «{st}», "
                            "som ikke kan avleveres"
                        )
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as e:
            self.feil(f"arkivstruktur.xml er ikke velformet XML: {e}")
        for sid, n in dupl.items():
            self.feil(f"arkivstruktur.xml: systemID {_vis_id(sid)} forekommer {n + 1} ganger")
        mål = {
            "referanseArkivdel": arkivdeler,
            "referanseAvskrivesAvJournalpost": registreringer,
            "referanseTilMappe": mapper,
            "referanseTilRegistrering": registreringer,
            "referanseTilKlasse": klasser,
            "referanseSekundaerKlassifikasjon": klasser,
            "referanseTilMoeteregistrering": registreringer,
            "referanseFraMoeteregistrering": registreringer,
            "referanseForrigeMoete": mapper,
            "referanseNesteMoete": mapper,
        }
        for navn, verdi, hvor in referanser:
            if _id(verdi) not in mål[navn]:
                self.feil(f"arkivstruktur.xml {hvor}: {navn} {verdi} peker ikke på noe i uttrekket")
        dokmappe = self.mappe / "DOKUMENT"
        if dokmappe.is_dir():
            for f in sorted(dokmappe.rglob("*")):
                rel = f.relative_to(self.mappe).as_posix()
                if f.is_file() and rel not in filer:
                    self.feil(f"{rel} er ikke referert fra noe dokumentobjekt")
        ut["datoer"] = [forste, siste]
        ut["ider"] = sett
        return ut

    def _dokumentobjekt(self, el, filer: set[str]) -> None:
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
        if ref in filer:
            return
        filer.add(ref)
        if sti.stat().st_size == 0:
            self.feil(f"Dokumentfilen {ref} er tom")
        if _sha256(sti) != sjekksum:
            self.feil(
                f"Dokumentfilen {ref} har en annen sjekksum enn dokumentobjektet oppgir (endret eller skadet)"
            )
        stoerrelse = _tekst(el, "filstoerrelse")
        if stoerrelse and stoerrelse.isdigit() and int(stoerrelse) != sti.stat().st_size:
            self.feil(
                f"Dokumentfilen {ref} er {sti.stat().st_size} byte, dokumentobjektet oppgir {stoerrelse}"
            )

    def _registrering(self, el, sid: int | str) -> None:
        typ = _tekst(el, "journalposttype")
        nr = _tekst(el, "registreringsID") or _vis_id(sid)
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

    def journal(self, fil: str) -> dict:
        sti = self.mappe / fil
        ut: dict = {"antall": 0, "hode": None, "start": None, "slutt": None, "ider": set(), "datoer": []}
        if not sti.is_file() or not sti.stat().st_size:
            return ut
        try:
            for _h, el in etree.iterparse(str(sti), events=("end",)):
                if not isinstance(el.tag, str):
                    continue
                navn = _navn(el)
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"{fil} linje {el.sourceline}: tomt element <{navn}>")
                if navn == "journalhode":
                    ut["hode"] = int(_tekst(el, "antallJournalposter") or -1)
                    ut["start"], ut["slutt"] = _tekst(el, "journalStartDato"), _tekst(el, "journalSluttDato")
                elif navn == "journalregistrering":
                    ut["antall"] += 1
                    jp = _alle(el, "journalpost")
                    if jp:
                        ut["ider"].add(_id(_tekst(jp[0], "systemID")))
                        ut["datoer"].append(_tekst(jp[0], "journaldato"))
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as e:
            self.feil(f"{fil} er ikke velformet XML: {e}")
        return ut

    def endringslogg(self, ider: set[int | str]) -> int:
        sti = self.mappe / "endringslogg.xml"
        antall = 0
        if not sti.is_file() or not sti.stat().st_size:
            return 0
        try:
            for _h, el in etree.iterparse(str(sti), events=("end",)):
                if not isinstance(el.tag, str):
                    continue
                if len(el) == 0 and not (el.text or "").strip():
                    self.feil(f"endringslogg.xml linje {el.sourceline}: tomt element <{_navn(el)}>")
                if _navn(el) == "endring":
                    antall += 1
                    ref = _tekst(el, "referanseArkivenhet")
                    if _id(ref) not in ider:
                        self.feil(
                            f"endringslogg.xml linje {el.sourceline}: referanseArkivenhet {ref} finnes ikke i arkivstruktur.xml"
                        )
                    el.clear()
        except etree.XMLSyntaxError as e:
            self.feil(f"endringslogg.xml er ikke velformet XML: {e}")
        return antall


def kontroller(mappe: Path | str, *, test: bool = False) -> Kontrollrapport:
    """Check an avleveringspakke the way the depot does; every finding, not just the first."""
    k = _Kontroll(Path(mappe), test)
    oppgitt = k.addml()
    k.filer()
    k.skjemaer()
    a = k.arkivstruktur()
    lj = k.journal("loependeJournal.xml")
    oj = k.journal("offentligJournal.xml")
    endringer = k.endringslogg(a["ider"])
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
        datoer = sorted(x for x in j["datoer"] if x)
        if datoer and (j["start"] > datoer[0] or j["slutt"] < datoer[-1]):
            k.feil(
                f"{fil}: journalhodets periode {j['start']}–{j['slutt']} dekker ikke {datoer[0]}–{datoer[-1]}"
            )
        for sid in sorted(map(_vis_id, (x for x in j["ider"] - a["journalposter"] if x != ""))):
            k.feil(f"{fil}: journalposten {sid} finnes ikke i arkivstruktur.xml")
    if lj["antall"] != len(a["journalposter"]):
        k.feil(
            f"loependeJournal.xml har {lj['antall']} journalposter, arkivstruktur.xml {len(a['journalposter'])}"
        )
    ldatoer = sorted(x for x in lj["datoer"] if x)
    if ldatoer and a["datoer"][0] and [ldatoer[0], ldatoer[-1]] != a["datoer"]:
        k.feil(
            f"loependeJournal.xml går {ldatoer[0]}–{ldatoer[-1]}, arkivstruktur.xml {a['datoer'][0]}–{a['datoer'][1]}"
        )
    if lj["start"] and lj["start"] != (ldatoer[0] if ldatoer else lj["start"]):
        k.feil(f"loependeJournal.xml: journalStartDato {lj['start']} er ikke første journaldato {ldatoer[0]}")
    if lj["slutt"] and lj["slutt"] != (ldatoer[-1] if ldatoer else lj["slutt"]):
        k.feil(f"loependeJournal.xml: journalSluttDato {lj['slutt']} er ikke siste journaldato {ldatoer[-1]}")
    for sid in sorted(map(_vis_id, (x for x in oj["ider"] - lj["ider"] if x != ""))):
        k.feil(f"offentligJournal.xml: journalposten {sid} står ikke i loependeJournal.xml")
    return k.r
