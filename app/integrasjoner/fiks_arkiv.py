"""KS Fiks Arkiv V1 arkivmelding: read a message, validate it, and write the answer. No database.

A fagsystem (byggesak, skole, helse, HR) archives a letter by sending
``no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett``: an ``arkivmelding.xml`` payload with the
files it names (``referanseDokumentfil``). Here a message is a folder holding that payload and the
files, a .zip of the same, or the .xml alone with its files beside it.

The schemas are the published XSDs, read from a folder the archive configures (never copied into
the program): the message is checked against the opprett schema before anything is read from it,
and every answer is built to the kvittering (or ugyldigforespoersel) schema and checked against it
before it leaves, so a receipt the fagsystem cannot parse is a bug found here, not there.
"""

from __future__ import annotations

import hashlib
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled, no stubs)

from app.domain.feil import UgyldigInndata

NS_OPPRETT = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
NS_KVITTERING = (
    "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1"
)
NS_UGYLDIG = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/ugyldigforespoersel/v1"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
MELDINGSTYPE = "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett"
KVITTERINGSTYPE = MELDINGSTYPE + ".kvittering"
UGYLDIG_TYPE = "no.ks.fiks.arkiv.v1.feilmelding.ugyldigforespoersel"
PAYLOAD = "arkivmelding.xml"
#: The most a zipped message may unpack to (a zip bomb is refused before it is read).
MAKS_MELDING = 1024 * 2**20

_SKJEMAFILER = {
    MELDINGSTYPE: "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd",
    KVITTERINGSTYPE: "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd",
    UGYLDIG_TYPE: "no.ks.fiks.arkiv.v1.feilmelding.ugyldigforespoersel.xsd",
}
#: Systems' ids are UUIDs (metadatakatalog ``ID``); ours are derived from the row ids, stable per registry.
_NAVNEROM = uuid.UUID("5b1f3a52-2f6e-4c39-9d37-0d6a2b4f9e11")


class UgyldigMelding(UgyldigInndata):
    """The message is not valid arkivmelding V1: refused, with the schema's own words."""


@dataclass(frozen=True)
class Melding:
    """A message as received: its payload, the files it brought, where it came from."""

    navn: str
    xml: bytes
    filer: dict[str, bytes]

    @property
    def sjekksum(self) -> str:
        h = hashlib.sha256(self.xml)
        for navn in sorted(self.filer):
            h.update(navn.encode())
            h.update(hashlib.sha256(self.filer[navn]).digest())
        return h.hexdigest()


@dataclass(frozen=True)
class Noekkel:
    fagsystem: str
    noekkel: str


@dataclass(frozen=True)
class Part:
    rolle: str  # avsender | mottaker | kopimottaker
    navn: str
    orgnr: str | None = None
    personid: str | None = None
    adresse: str | None = None
    postnummer: str | None = None
    poststed: str | None = None
    epost: str | None = None
    referanse: str | None = None
    skjermet: bool = False


@dataclass(frozen=True)
class Dokument:
    """One dokumentbeskrivelse: its production file and, when the message brings one, its arkivformat."""

    tittel: str
    tilknytning: str  # hoveddokument | vedlegg
    dokumentnummer: int | None
    filnavn: str
    referanse: str
    arkiv_referanse: str | None = None

    @property
    def referanser(self) -> list[str]:
        return [r for r in (self.referanse, self.arkiv_referanse) if r]


@dataclass(frozen=True)
class Skjerming:
    kode: str
    hjemmel: str


@dataclass(frozen=True)
class Mappe:
    tittel: str
    offentlig_tittel: str | None
    noekkel: Noekkel | None
    saksnummer: tuple[int, int] | None
    skjerming: Skjerming | None
    klasser: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Registrering:
    type: str
    tittel: str
    offentlig_tittel: str | None
    noekkel: Noekkel | None
    forelder_saksnummer: tuple[int, int] | None
    forelder_noekkel: Noekkel | None
    dokumentdato: date | None
    mottatt_dato: date | None
    skjerming: Skjerming | None
    parter: list[Part] = field(default_factory=list)
    dokumenter: list[Dokument] = field(default_factory=list)


@dataclass(frozen=True)
class Arkivmelding:
    system: str
    mappe: Mappe | None
    registrering: Registrering | None


# --- reading a message from disk -----------------------------------------------------------


def les_melding(sti: Path) -> Melding:
    """A message from a folder, a .zip or an .xml (files beside it); UgyldigMelding if there is none."""
    if sti.is_dir():
        payload = sti / PAYLOAD
        if not payload.is_file():
            raise UgyldigMelding(f"Mappen {sti.name} har ingen {PAYLOAD}")
        filer = {p.name: p.read_bytes() for p in sti.iterdir() if p.is_file() and p.name != PAYLOAD}
        return Melding(sti.name, payload.read_bytes(), filer)
    if sti.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(sti) as z:
                navn = {Path(i.filename).name: i for i in z.infolist() if not i.is_dir()}
                if PAYLOAD not in navn:
                    raise UgyldigMelding(f"{sti.name} har ingen {PAYLOAD}")
                if sum(i.file_size for i in navn.values()) > MAKS_MELDING:
                    raise UgyldigMelding(f"{sti.name} er større enn {MAKS_MELDING // 2**20} MB pakket ut")
                data = {n: z.read(i) for n, i in navn.items()}
        except zipfile.BadZipFile as e:
            raise UgyldigMelding(f"{sti.name} er ikke en lesbar zip-fil ({e})") from e
        return Melding(sti.stem, data.pop(PAYLOAD), data)
    if sti.suffix.lower() == ".xml" and sti.is_file():
        xml = sti.read_bytes()
        referert = {r for r in _referanser(xml)}
        filer = {n: (sti.parent / n).read_bytes() for n in referert if (sti.parent / n).is_file()}
        return Melding(sti.stem, xml, filer)
    raise UgyldigMelding(f"{sti} er verken en meldingsmappe, en .zip eller en .xml")


def _referanser(xml: bytes) -> list[str]:
    try:
        rot = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError:
        return []
    return [e.text.strip() for e in rot.iter("{*}referanseDokumentfil") if e.text]


# --- schemas ---------------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    # No network, no entities: a message is data, never instructions to fetch something.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@lru_cache(maxsize=8)
def _skjema(mappe: str, meldingstype: str) -> etree.XMLSchema:
    fil = Path(mappe) / _SKJEMAFILER[meldingstype]
    if not fil.is_file():
        raise UgyldigInndata(
            f"Fant ikke Fiks Arkiv-skjemaet {fil.name} i {mappe}; sett innstillingen fiks_arkiv_skjemaer"
        )
    return etree.XMLSchema(etree.parse(str(fil)))


def _sjekk(xml: bytes | etree._Element, mappe: str, meldingstype: str) -> etree._Element:
    try:
        rot = xml if isinstance(xml, etree._Element) else etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as e:
        raise UgyldigMelding(f"Meldingen er ikke gyldig XML: {e}") from e
    skjema = _skjema(mappe, meldingstype)
    if not skjema.validate(rot):
        feil = "; ".join(f"linje {f.line}: {f.message}" for f in list(skjema.error_log)[:5])
        raise UgyldigMelding(f"Meldingen følger ikke skjemaet {_SKJEMAFILER[meldingstype]}: {feil}")
    return rot


def valider_og_tolk(melding: Melding, skjemamappe: str) -> Arkivmelding:
    """Check the payload against the opprett schema and the files it names; then read it."""
    rot = _sjekk(melding.xml, skjemamappe, MELDINGSTYPE)
    am = _tolk(rot)
    if am.registrering:
        mangler = [r for d in am.registrering.dokumenter for r in d.referanser if r not in melding.filer]
        if mangler:
            raise UgyldigMelding("Meldingen mangler filene " + ", ".join(sorted(mangler)))
    if am.mappe is None and am.registrering is None:
        raise UgyldigMelding("Meldingen har verken mappe eller registrering")
    return am


# --- reading the payload ---------------------------------------------------------------------


def _e(el: etree._Element | None, *sti: str) -> etree._Element | None:
    for navn in sti:
        if el is None:
            return None
        el = el.find(f"{{*}}{navn}")
    return el


def _t(el: etree._Element | None, *sti: str) -> str | None:
    funnet = _e(el, *sti)
    if funnet is None or funnet.text is None:
        return None
    return funnet.text.strip() or None


def _dato(tekst: str | None) -> date | None:
    if not tekst:
        return None
    return datetime.fromisoformat(tekst.replace("Z", "+00:00")[:19] if "T" in tekst else tekst[:10]).date()


def _noekkel(el: etree._Element | None) -> Noekkel | None:
    fs, nk = _t(el, "fagsystem"), _t(el, "noekkel")
    return Noekkel(fs, nk) if fs and nk else None


def _saksnummer(el: etree._Element | None) -> tuple[int, int] | None:
    aar, nr = _t(el, "saksaar"), _t(el, "sakssekvensnummer")
    return (int(aar), int(nr)) if aar and nr else None


def _skjerming(el: etree._Element | None) -> Skjerming | None:
    kode, hjemmel = (
        _t(el, "skjerming", "tilgangsrestriksjon", "kode"),
        _t(el, "skjerming", "skjermingshjemmel"),
    )
    return Skjerming(kode, hjemmel) if kode and hjemmel else None


_ROLLER = {"EA": "avsender", "EM": "mottaker", "EK": "kopimottaker", "IA": "avsender", "IM": "mottaker"}


def _tolk(rot: etree._Element) -> Arkivmelding:
    mappe = _e(rot, "mappe")
    reg = _e(rot, "registrering")
    return Arkivmelding(
        system=_t(rot, "system") or "",
        mappe=None
        if mappe is None
        else Mappe(
            tittel=_t(mappe, "tittel") or "",
            offentlig_tittel=_t(mappe, "offentligTittel"),
            noekkel=_noekkel(_e(mappe, "referanseEksternNoekkel")),
            saksnummer=_saksnummer(mappe),
            skjerming=_skjerming(mappe),
            klasser=[k for k in (_t(x, "klasseID") for x in mappe.iterfind("{*}klassifikasjon")) if k],
        ),
        registrering=None if reg is None else _registrering(reg),
    )


def _registrering(reg: etree._Element) -> Registrering:
    forelder = _e(reg, "referanseForelderMappe")
    parter = []
    for kp in reg.iterfind("{*}korrespondansepart"):
        kode = (_t(kp, "korrespondanseparttype", "kode") or "").upper()
        if kode not in _ROLLER:
            raise UgyldigMelding(
                f"Ukjent korrespondanseparttype «{kode}» (bruk EA avsender, EM mottaker eller EK kopimottaker)"
            )
        parter.append(
            Part(
                rolle=_ROLLER[kode],
                navn=_t(kp, "korrespondansepartNavn") or "",
                orgnr=_t(kp, "organisasjonid"),
                personid=_t(kp, "personid"),
                adresse=", ".join(
                    a.text.strip() for a in kp.iterfind("{*}postadresse") if a.text and a.text.strip()
                )
                or None,
                postnummer=_t(kp, "postnummer"),
                poststed=_t(kp, "poststed"),
                epost=_t(kp, "epostadresse"),
                referanse=_t(kp, "deresReferanse"),
                skjermet=(_t(kp, "erSkjermet") or "").lower() == "true",
            )
        )
    dokumenter = []
    for db in reg.iterfind("{*}dokumentbeskrivelse"):
        tilknytning = (
            "hoveddokument"
            if (_t(db, "tilknyttetRegistreringSom", "kode") or "").upper() == "H"
            else "vedlegg"
        )
        nr = _t(db, "dokumentnummer")
        objekter = {"P": [], "A": []}
        for obj in db.iterfind("{*}dokumentobjekt"):
            art = "A" if (_t(obj, "variantformat", "kode") or "P").upper() == "A" else "P"
            objekter[art].append((_t(obj, "filnavn") or "", _t(obj, "referanseDokumentfil") or ""))
        hoved = (objekter["P"] or objekter["A"])[:1]
        if not hoved:
            continue
        arkiv = objekter["A"][0][1] if objekter["P"] and objekter["A"] else None
        dokumenter.append(
            Dokument(
                tittel=_t(db, "tittel") or "",
                tilknytning=tilknytning,
                dokumentnummer=int(nr) if nr else None,
                filnavn=hoved[0][0],
                referanse=hoved[0][1],
                arkiv_referanse=arkiv,
            )
        )
    return Registrering(
        type=(_t(reg, "journalposttype", "kode") or "").upper(),
        tittel=_t(reg, "tittel") or "",
        offentlig_tittel=_t(reg, "offentligTittel"),
        noekkel=_noekkel(_e(reg, "referanseEksternNoekkel")),
        forelder_saksnummer=_saksnummer(_e(forelder, "saksnummer")),
        forelder_noekkel=_noekkel(_e(forelder, "referanseEksternNoekkel")),
        dokumentdato=_dato(_t(reg, "dokumentetsDato")),
        mottatt_dato=_dato(_t(reg, "mottattDato")),
        skjerming=_skjerming(reg),
        parter=parter,
        dokumenter=dokumenter,
    )


# --- answers -----------------------------------------------------------------------------------


def system_id(art: str, rad_id: int) -> str:
    """The systemID (a UUID) of one of our rows: stable, so Eksisterende answers with the same id."""
    return str(uuid.uuid5(_NAVNEROM, f"{art}:{rad_id}"))


@dataclass(frozen=True)
class SakSvar:
    id: int
    saksaar: int
    sakssekvensnummer: int
    saksdato: date
    noekkel: Noekkel | None
    opprettet: bool


@dataclass(frozen=True)
class JournalpostSvar:
    id: int
    journalaar: int
    journalsekvensnummer: int
    dokumentnummer: int
    type: str
    status: str
    journaldato: date
    noekkel: Noekkel | None
    opprettet: bool
    dokumenter: list[tuple[int, int]] = field(default_factory=list)  # (document id, dokumentnummer)


def _sub(forelder: etree._Element, navn: str, tekst: object | None = None) -> etree._Element:
    el = etree.SubElement(forelder, f"{{{NS_KVITTERING}}}{navn}")
    if tekst is not None:
        el.text = str(tekst)
    return el


def _noekkel_ut(forelder: etree._Element, n: Noekkel | None) -> None:
    if n is None:
        return
    el = _sub(forelder, "referanseEksternNoekkel")
    etree.SubElement(el, f"{{{_MDK}}}fagsystem").text = n.fagsystem
    etree.SubElement(el, f"{{{_MDK}}}noekkel").text = n.noekkel


_MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"


def kvittering(sak: SakSvar | None, jp: JournalpostSvar | None, *, skjemamappe: str) -> bytes:
    """The arkivmelding kvittering (Opprettet or Eksisterende), checked against its schema."""
    rot = etree.Element(
        f"{{{NS_KVITTERING}}}arkivmeldingKvittering", nsmap={None: NS_KVITTERING, "xsi": NS_XSI}
    )
    if sak is not None:
        mk = _sub(rot, "mappeKvittering")
        mk.set(f"{{{NS_XSI}}}type", "saksmappeKvittering")
        _sub(mk, "systemID", system_id("sak", sak.id))
        _noekkel_ut(mk, sak.noekkel)
        _sub(mk, "opprettetEllerEksisterende", "Opprettet" if sak.opprettet else "Eksisterende")
        _sub(mk, "saksaar", sak.saksaar)
        _sub(mk, "sakssekvensnummer", sak.sakssekvensnummer)
        _sub(mk, "saksdato", sak.saksdato.isoformat())
    if jp is not None:
        rk = _sub(rot, "registreringKvittering")
        rk.set(f"{{{NS_XSI}}}type", "journalpostKvittering")
        _sub(rk, "systemID", system_id("journalpost", jp.id))
        for dok_id, nr in jp.dokumenter:
            dk = _sub(rk, "dokumentbeskrivelseKvittering")
            _sub(dk, "systemID", system_id("dokument", dok_id))
            _sub(dk, "dokumentnummer", nr)
        _noekkel_ut(rk, jp.noekkel)
        _sub(rk, "opprettetEllerEksisterende", "Opprettet" if jp.opprettet else "Eksisterende")
        _sub(rk, "journalaar", jp.journalaar)
        _sub(rk, "journalsekvensnummer", jp.journalsekvensnummer)
        _sub(rk, "journalpostnummer", jp.dokumentnummer)
        _kode(_sub(rk, "journalposttype"), jp.type)
        _kode(_sub(rk, "journalstatus"), jp.status)
        _sub(rk, "journaldato", jp.journaldato.isoformat())
    _sjekk(rot, skjemamappe, KVITTERINGSTYPE)
    return etree.tostring(rot, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _kode(el: etree._Element, kode: str) -> None:
    etree.SubElement(el, f"{{{_MDK}}}kode").text = kode


def ugyldig_svar(feilmelding: str, *, skjemamappe: str | None) -> bytes:
    """The ugyldigforespoersel answer carrying the refusal (schema error) in its own words."""
    rot = etree.Element(f"{{{NS_UGYLDIG}}}ugyldigforespoersel", nsmap={None: NS_UGYLDIG})
    feil_ns = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/feil/feilmelding/v1"
    etree.SubElement(rot, f"{{{feil_ns}}}feilId").text = str(uuid.uuid4())
    etree.SubElement(rot, f"{{{feil_ns}}}feilmelding").text = feilmelding
    if skjemamappe and (Path(skjemamappe) / _SKJEMAFILER[UGYLDIG_TYPE]).is_file():
        _sjekk(rot, skjemamappe, UGYLDIG_TYPE)
    return etree.tostring(rot, xml_declaration=True, encoding="UTF-8", pretty_print=True)
