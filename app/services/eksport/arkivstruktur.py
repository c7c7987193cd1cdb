"""arkivstruktur.xml: arkiv → arkivdel → klassifikasjonssystem → klasse → saksmappe → journalpost.

Written with ``lxml.etree.xmlfile``: the outer elements are open contexts, and each saksmappe is
built as a small tree, written and dropped, so memory holds one page of saker whatever the size
of the registry. Element order follows Arkivverket's arkivstruktur.xsd exactly (Arkade and the
schema read by position), including the standard's quirk that a saksmappe's own fields
(saksaar … saksstatus) come after its registreringer, and a journalpost's after its documents.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import select

from app.services.eksport import kodenavn as kn
from app.services.eksport.utvalg import Side, systemid
from app.store import models as m

NS = "http://www.arkivverket.no/standarder/noark5/arkivstruktur"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XSI_TYPE = f"{{{XSI}}}type"


def dt(verdi: datetime | date | None) -> str | None:
    """xs:dateTime; a date alone is taken at midnight."""
    if verdi is None:
        return None
    if not isinstance(verdi, datetime):
        verdi = datetime.combine(verdi, time())
    return verdi.replace(microsecond=0).isoformat()


def d(verdi: date | datetime | None) -> str | None:
    if verdi is None:
        return None
    return (verdi.date() if isinstance(verdi, datetime) else verdi).isoformat()


class Bygger:
    """Appends children in the order they are given; a None or empty value is left out entirely."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self._tagger: dict[str, str] = {}

    def _tag(self, navn: str) -> str:
        tag = self._tagger.get(navn)
        if tag is None:
            tag = self._tagger[navn] = f"{{{self.ns}}}{navn}"
        return tag

    def el(self, forelder: etree._Element | None, navn: str, **attrib: str) -> etree._Element:
        if forelder is None:
            return etree.Element(self._tag(navn), attrib, nsmap={None: self.ns})
        return etree.SubElement(forelder, self._tag(navn), attrib)

    def felt(self, forelder: etree._Element, navn: str, verdi: Any) -> None:
        """A million calls per 100,000 journalposter: kept to one dict lookup and one SubElement."""
        if verdi is None:
            return
        tekst = (verdi if isinstance(verdi, str) else str(verdi)).strip()
        if tekst:
            etree.SubElement(forelder, self._tagger.get(navn) or self._tag(navn)).text = tekst


@dataclass
class Tellere:
    mapper: int = 0
    registreringer: int = 0
    dokumentobjekter: int = 0
    dokumentfiler: int = 0
    skjermet: bool = False
    forste_journaldato: date | None = None
    siste_journaldato: date | None = None


class Navneregister:
    """Users' and units' names, read once (a few thousand rows at most)."""

    def __init__(self, s) -> None:
        self.brukere = dict(s.execute(select(m.Bruker.id, m.Bruker.navn)).all())
        self.enheter = dict(s.execute(select(m.AdministrativEnhet.id, m.AdministrativEnhet.navn)).all())

    def bruker(self, bruker_id: int | None, reserve: str = "Ukjent") -> str:
        return self.brukere.get(bruker_id, reserve) if bruker_id is not None else reserve

    def enhet(self, enhet_id: int | None) -> str | None:
        return self.enheter.get(enhet_id) if enhet_id is not None else None


def full_tittel(tittel: str, tittel2: str | None) -> str:
    return f"{tittel} – {tittel2}" if tittel2 else tittel


def skjerming(
    b: Bygger,
    forelder: etree._Element,
    kode: str | None,
    hjemmel: str | None,
    nivaa: int | None,
    *,
    sak: bool,
) -> None:
    """The skjerming element: what each level withholds, as skjermingMetadata (DESIGN §1)."""
    if not kode:
        return
    s = b.el(forelder, "skjerming")
    b.felt(s, "tilgangsrestriksjon", kode)
    b.felt(s, "skjermingshjemmel", hjemmel or "Ikke oppgitt")
    nivaa = nivaa or 1
    metadata = ["Dokumentbeskrivelse"]
    if nivaa >= 2:
        metadata.append(
            "Tittel mappe - unntatt første linje" if sak else "Tittel registrering - unntatt første linje"
        )
    if nivaa >= 3:
        metadata += ["KlasseID"] if sak else ["Navn avsender", "Navn mottaker"]
    for x in metadata:
        b.felt(s, "skjermingMetadata", x)
    b.felt(s, "skjermingDokument", "Hele dokumentet")


class Arkivstrukturskriver:
    """Writes saksmapper into an open arkivstruktur.xml and their files into DOKUMENT/."""

    def __init__(
        self,
        *,
        navnerom,
        navn: Navneregister,
        ut: Path,
        arkivdel_sid: str,
        innhold: Callable[[str], bytes],
        naa: datetime,
        test: bool,
        tellere: Tellere,
    ) -> None:
        self.ns = navnerom
        self.b = Bygger(NS)
        self.navn = navn
        self.ut = ut
        self.arkivdel_sid = arkivdel_sid
        self.innhold = innhold
        self.naa = naa
        self.test = test
        self.t = tellere
        self._mapper: set[Path] = set()
        self.i_uttrekket: set[int] = set()
        """Ids of the saker already written or in the current page (an avskrivning's answer must resolve)."""

    def sid(self, art: str, nokkel: object) -> str:
        return systemid(self.ns, art, nokkel)

    def saksmappe(self, sak: m.Sak, side: Side) -> etree._Element:
        b, n = self.b, self.navn
        self.t.mapper += 1
        mappe = b.el(None, "mappe", **{_XSI_TYPE: "saksmappe"})
        b.felt(mappe, "systemID", self.sid("sak", sak.id))
        b.felt(mappe, "mappeID", f"{sak.saksaar}/{sak.sakssekvensnummer}")
        b.felt(mappe, "tittel", full_tittel(sak.tittel, sak.tittel2))
        if sak.tittel2 and sak.tilgangskode and (sak.skjermingsnivaa or 1) >= 2:
            b.felt(mappe, "offentligTittel", sak.tittel)
        b.felt(mappe, "dokumentmedium", "Elektronisk arkiv")
        b.felt(mappe, "opprettetDato", dt(sak.saksdato))
        b.felt(mappe, "opprettetAv", n.bruker(sak.opprettet_av_id or sak.saksansvarlig_id))
        avsl = side.avsluttet.get(sak.id)
        if sak.status in ("A", "U") and (avsl or sak.avsluttet_dato):
            b.felt(mappe, "avsluttetDato", dt(avsl[0] if avsl else sak.avsluttet_dato))
            b.felt(mappe, "avsluttetAv", n.bruker(avsl[1] if avsl else None))
        elif sak.status == "U":
            b.felt(mappe, "avsluttetDato", dt(sak.endret or sak.saksdato))
            b.felt(mappe, "avsluttetAv", n.bruker(sak.saksansvarlig_id))
        else:  # only in a test uttrekk: the refusal stops a real one before any file is written
            b.felt(mappe, "avsluttetDato", dt(self.naa))
            b.felt(mappe, "avsluttetAv", "Testuttrekk: saken er ikke avsluttet")
        for mk in side.sak_merknader.get(sak.id, []):
            self._merknad(mappe, mk)
        if sak.tilgangskode:
            self.t.skjermet = True
        skjerming(b, mappe, sak.tilgangskode, sak.hjemmel, sak.skjermingsnivaa, sak=True)
        for jp in side.journalposter.get(sak.id, []):
            self._journalpost(mappe, sak, jp, side)
        b.felt(mappe, "saksaar", sak.saksaar)
        b.felt(mappe, "sakssekvensnummer", sak.sakssekvensnummer)
        b.felt(mappe, "saksdato", d(sak.saksdato))
        b.felt(mappe, "administrativEnhet", n.enhet(sak.enhet_id) or "Ikke oppgitt")
        b.felt(mappe, "saksansvarlig", n.bruker(sak.saksansvarlig_id, "Ikke oppgitt"))
        b.felt(mappe, "saksstatus", kn.SAKSSTATUS.get(sak.status, sak.status))
        for p in side.presedenser.get(sak.id, []):
            pr = b.el(mappe, "presedens")
            b.felt(pr, "presedensDato", d(p.dato))
            b.felt(pr, "opprettetDato", dt(p.dato))
            b.felt(pr, "opprettetAv", n.bruker(p.av_id))
            b.felt(pr, "tittel", p.stikkord)
            b.felt(pr, "beskrivelse", p.tekst)
            b.felt(pr, "rettskildefaktor", p.type)
        return mappe

    def _merknad(self, forelder: etree._Element, mk: m.Merknad) -> None:
        b = self.b
        x = b.el(forelder, "merknad")
        b.felt(x, "merknadstekst", mk.tekst)
        b.felt(x, "merknadstype", "Merknad")
        b.felt(x, "merknadsdato", dt(mk.tid))
        b.felt(x, "merknadRegistrertAv", self.navn.bruker(mk.av_id))

    def _journalpost(self, mappe: etree._Element, sak: m.Sak, jp: m.Journalpost, side: Side) -> None:
        b, n = self.b, self.navn
        self.t.registreringer += 1
        if self.t.forste_journaldato is None or jp.journaldato < self.t.forste_journaldato:
            self.t.forste_journaldato = jp.journaldato
        if self.t.siste_journaldato is None or jp.journaldato > self.t.siste_journaldato:
            self.t.siste_journaldato = jp.journaldato
        r = b.el(mappe, "registrering", **{_XSI_TYPE: "journalpost"})
        b.felt(r, "systemID", self.sid("journalpost", jp.id))
        b.felt(r, "opprettetDato", dt(jp.opprettet))
        b.felt(r, "opprettetAv", n.bruker(jp.opprettet_av_id))
        ark = side.arkivert.get(jp.id)
        if ark:
            b.felt(r, "arkivertDato", dt(ark[0]))
            b.felt(r, "arkivertAv", n.bruker(ark[1]))
        elif jp.status in ("J", "A", "U"):
            b.felt(r, "arkivertDato", dt(jp.journaldato))
            b.felt(r, "arkivertAv", n.bruker(jp.opprettet_av_id))
        else:
            b.felt(r, "arkivertDato", dt(self.naa))
            b.felt(r, "arkivertAv", "Testuttrekk: journalposten er ikke arkivert")
        if jp.tilgangskode:
            self.t.skjermet = True
        skjerming(b, r, jp.tilgangskode, jp.hjemmel, jp.skjermingsnivaa, sak=False)
        ferdig = jp.status in ("F", "E", "J", "A", "U") or jp.type == "I"
        for link, dok in side.dokumenter.get(jp.id, []):
            self._dokument(r, jp, link, dok, side, ferdig)
        b.felt(r, "registreringsID", f"{sak.saksaar}/{sak.sakssekvensnummer}-{jp.dokumentnummer}")
        b.felt(r, "tittel", full_tittel(jp.tittel, jp.tittel2))
        if jp.tittel2 and (jp.tilgangskode or sak.tilgangskode):
            b.felt(r, "offentligTittel", jp.tittel)
        b.felt(r, "forfatter", n.bruker(jp.saksbehandler_id, "") if jp.type != "I" else None)
        b.felt(r, "dokumentmedium", "Elektronisk arkiv")
        for mk in side.jp_merknader.get(jp.id, []):
            self._merknad(r, mk)
        for p in side.parter.get(jp.id, []):
            self._part(r, p)
        b.felt(r, "journalaar", jp.journalaar)
        b.felt(r, "journalsekvensnummer", jp.journalsekvensnummer)
        b.felt(r, "journalpostnummer", jp.dokumentnummer)
        b.felt(r, "journalposttype", kn.JOURNALPOSTTYPE.get(jp.type, jp.type))
        b.felt(r, "journalstatus", kn.JOURNALSTATUS.get(jp.status, jp.status))
        b.felt(r, "journaldato", d(jp.journaldato))
        b.felt(r, "dokumentetsDato", d(jp.dokumentdato))
        b.felt(r, "mottattDato", dt(jp.mottatt_dato))
        b.felt(r, "sendtDato", dt(jp.ekspedert_dato))
        b.felt(r, "forfallsdato", d(jp.forfallsdato))
        b.felt(r, "antallVedlegg", jp.antall_vedlegg)
        for av in side.avskrivninger.get(jp.id, []):
            if av.dato is None or av.kode == "***":
                continue  # a pending answer or a foreløpig svar is no avskrivning yet
            x = b.el(r, "avskrivning")
            b.felt(x, "avskrivningsdato", d(av.dato))
            b.felt(x, "avskrevetAv", n.bruker(av.av_id))
            b.felt(x, "avskrivningsmaate", kn.AVSKRIVNINGSMAATE.get(av.kode, av.kode))
            if av.svar_journalpost_id and side.svar_sak.get(av.svar_journalpost_id) in self.i_uttrekket:
                b.felt(x, "referanseAvskrivesAvJournalpost", self.sid("journalpost", av.svar_journalpost_id))

    def _part(self, r: etree._Element, p: m.Korrespondansepart) -> None:
        b, n = self.b, self.navn
        intern = p.intern_bruker_id is not None or p.intern_enhet_id is not None
        x = b.el(r, "korrespondansepart")
        b.felt(x, "korrespondanseparttype", kn.KORRESPONDANSEPARTTYPE.get((p.rolle, intern), p.rolle))
        b.felt(x, "korrespondansepartNavn", p.navn or n.bruker(p.intern_bruker_id))
        b.felt(x, "postadresse", p.adresse)
        b.felt(x, "postnummer", p.postnummer)
        b.felt(x, "poststed", p.poststed)
        b.felt(x, "epostadresse", p.epost)
        if intern:
            b.felt(x, "administrativEnhet", n.enhet(p.intern_enhet_id))
            b.felt(x, "saksbehandler", n.bruker(p.intern_bruker_id, "") if p.intern_bruker_id else None)

    def _dokument(
        self,
        r: etree._Element,
        jp: m.Journalpost,
        link: m.JournalpostDokument,
        dok: m.Dokumentbeskrivelse,
        side: Side,
        ferdig: bool,
    ) -> None:
        b, n = self.b, self.navn
        db_ = b.el(r, "dokumentbeskrivelse")
        # One document linked to several journalposter appears under each; the systemID is per link.
        b.felt(db_, "systemID", self.sid("dokumentbeskrivelse", f"{jp.id}:{dok.id}"))
        b.felt(db_, "dokumenttype", kn.DOKUMENTTYPE.get(jp.type, "Brev"))
        b.felt(db_, "dokumentstatus", kn.DOKUMENT_FERDIG if ferdig else kn.DOKUMENT_UNDER_REDIGERING)
        b.felt(db_, "tittel", dok.tittel)
        b.felt(db_, "opprettetDato", dt(dok.opprettet))
        b.felt(db_, "opprettetAv", n.bruker(dok.opprettet_av_id))
        b.felt(db_, "tilknyttetRegistreringSom", kn.TILKNYTTET.get(link.tilknytning, link.tilknytning))
        b.felt(db_, "dokumentnummer", link.rekkefolge)
        b.felt(db_, "tilknyttetDato", dt(dok.opprettet))
        b.felt(db_, "tilknyttetAv", n.bruker(dok.opprettet_av_id))
        for o in side.objekter.get(dok.id, []):
            self.t.dokumentobjekter += 1
            rel = self._fil(o)
            x = b.el(db_, "dokumentobjekt")
            b.felt(x, "systemID", self.sid("dokumentobjekt", f"{jp.id}:{o.id}"))
            b.felt(x, "versjonsnummer", o.versjonsnummer)
            b.felt(x, "variantformat", kn.VARIANTFORMAT.get(o.variantformat, o.variantformat))
            b.felt(x, "format", (o.format or "ukjent").upper())
            b.felt(x, "opprettetDato", dt(o.opprettet))
            b.felt(x, "opprettetAv", n.bruker(dok.opprettet_av_id))
            b.felt(x, "referanseDokumentfil", rel)
            b.felt(x, "sjekksum", o.sjekksum)
            b.felt(x, "sjekksumAlgoritme", "SHA256")
            b.felt(x, "filstoerrelse", o.storrelse)

    def _fil(self, o: m.Dokumentobjekt) -> str:
        """The object's file under DOKUMENT/, written once even when several journalposter link it."""
        endelse = "".join(c for c in (o.format or "bin").lower() if c.isalnum()) or "bin"
        # A thousand documents per folder: few folders to make, none too large to list.
        rel = f"DOKUMENT/{o.dokument_id // 1000:04d}/{o.dokument_id}_{o.id}_v{o.versjonsnummer}_{o.variantformat}.{endelse}"
        sti = self.ut / rel
        if sti.parent not in self._mapper:
            sti.parent.mkdir(parents=True, exist_ok=True)
            self._mapper.add(sti.parent)
        # One system call when the file is already there (a document linked to several journalposter);
        # no temporary name: the whole package is a .delvis folder until it is complete.
        try:
            f = open(sti, "xb")  # noqa: SIM115
        except FileExistsError:
            return rel
        with f:
            f.write(self.innhold(o.sjekksum))
        self.t.dokumentfiler += 1
        return rel


def kopier_skjemaer(kilde: Path, ut: Path, navn: tuple[str, ...]) -> None:
    """The official schemas beside the XML files, byte for byte."""
    for fil in navn:
        shutil.copyfile(kilde / fil, ut / fil)
