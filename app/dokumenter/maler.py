"""Fill a .docx template with a journalpost's data: ours with docxtpl, a municipality's with MERGEFIELDs.

Saksbord's own templates (app/resources/maler/) carry Jinja fields,
``{{ saksnummer }}``, ``{% for k in kopimottakere %}``, filled by docxtpl so
that loops and conditions work and the Word styling of each field is kept. A
municipality moving from another system brings Word templates with real
MERGEFIELDs (``Sett inn flettefelt`` in Word); docx-mailmerge2 fills those
unchanged, so nobody has to rewrite them. A template may hold both kinds.

A MERGEFIELD is matched to our field by its name without case, spaces,
underscores or Norwegian letters (``Vår_ref``, ``VarRef`` and ``var ref`` are
one field), with a few aliases the old systems use (``Saksnr``, ``Postnr`` …);
a field we do not know is left empty and named in ``FlettetDokument.ukjente_felt``
so the caller can say so instead of sending a letter with a hole in silence.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from app.dokumenter.feil import MalFeil

MALMAPPE = Path(__file__).resolve().parents[1] / "resources" / "maler"
"""The shipped default set and its manifest, ``maler.json`` (package data)."""

Maltype = Literal["jinja", "mergefield", "begge", "ingen"]

_DELER = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_MERGEFIELD = re.compile(r"\bMERGEFIELD\b")
_JINJA = re.compile(r"\{\{|\{%")
_TAGGER = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Mottaker:
    """A mottaker or kopimottaker as the letter addresses it; ``adresse`` may have several lines."""

    navn: str
    adresse: str = ""
    postnummer: str = ""
    poststed: str = ""
    epost: str = ""

    @property
    def postadresse(self) -> str:
        """«0150 Oslo»: the address block's last line."""
        return " ".join(d for d in (self.postnummer, self.poststed) if d)


@dataclass(frozen=True)
class Person:
    """Saksbehandler or leder: the signature and the contact line."""

    navn: str = ""
    telefon: str = ""
    epost: str = ""


@dataclass(frozen=True)
class Kommune:
    """The municipality's letterhead, from the settings; ``logo`` is an image file (PNG/JPEG)."""

    navn: str = ""
    logo: Path | None = None
    adresse: str = ""
    postnummer: str = ""
    poststed: str = ""
    telefon: str = ""
    epost: str = ""
    orgnr: str = ""
    nettside: str = ""


@dataclass(frozen=True)
class Flettedata:
    """Everything a template may ask for, for one journalpost.

    The service builds it from the sak, the journalpost, its korrespondanseparter
    and the settings; ``mottaker`` fields come from ``mottakere`` (one letter per
    mottaker when ``fyll_mal(..., per_mottaker=True)``, else the first).
    """

    saksnummer: str
    journalpostnummer: str
    dato: date
    tittel: str
    sakstittel: str = ""
    mottakere: tuple[Mottaker, ...] = ()
    kopimottakere: tuple[Mottaker, ...] = ()
    saksbehandler: Person = field(default_factory=Person)
    enhet: str = ""
    leder: Person = field(default_factory=Person)
    deres_ref: str = ""
    var_ref: str = ""
    deres_dato: date | None = None
    svar_innen: date | None = None
    arkivkode: str = ""
    tekst: str = ""
    kommune: Kommune = field(default_factory=Kommune)


@dataclass(frozen=True)
class FlettetDokument:
    """One filled .docx; ``ukjente_felt`` are the template's fields Saksbord has no value for."""

    data: bytes
    mottaker: Mottaker | None
    ukjente_felt: tuple[str, ...] = ()


@dataclass(frozen=True)
class MalInfo:
    """One entry of a template manifest: which journalposttyper it serves and where it is the default."""

    navn: str
    tittel: str
    fil: Path
    journalposttyper: tuple[str, ...]
    standard_for: tuple[str, ...] = ()
    """Journalposttyper (``U``, ``N`` …) or handlinger (``forelopig-svar``) that preselect it."""


def datotekst(d: date | None) -> str:
    """The Norwegian short date letters use: 05.03.2026."""
    return d.strftime("%d.%m.%Y") if d else ""


def felter(data: Flettedata, mottaker: Mottaker | None = None) -> dict[str, str]:
    """Every field as text, by its canonical name: what a MERGEFIELD gets, and what tests look for."""
    m = mottaker or (data.mottakere[0] if data.mottakere else Mottaker(""))
    k = data.kommune
    return {
        "saksnummer": data.saksnummer,
        "journalpostnummer": data.journalpostnummer,
        "dato": datotekst(data.dato),
        "tittel": data.tittel,
        "sakstittel": data.sakstittel,
        "mottaker_navn": m.navn,
        "mottaker_adresse": m.adresse,
        "mottaker_postnummer": m.postnummer,
        "mottaker_poststed": m.poststed,
        "mottaker_postadresse": m.postadresse,
        "mottaker_epost": m.epost,
        "mottakere": "; ".join(x.navn for x in data.mottakere),
        "kopimottakere": "; ".join(x.navn for x in data.kopimottakere),
        "saksbehandler_navn": data.saksbehandler.navn,
        "saksbehandler_telefon": data.saksbehandler.telefon,
        "saksbehandler_epost": data.saksbehandler.epost,
        "enhet": data.enhet,
        "leder_navn": data.leder.navn,
        "deres_ref": data.deres_ref,
        "var_ref": data.var_ref or data.journalpostnummer,
        "deres_dato": datotekst(data.deres_dato),
        "svar_innen": datotekst(data.svar_innen),
        "arkivkode": data.arkivkode,
        "tekst": data.tekst,
        "kommune_navn": k.navn,
        "kommune_adresse": k.adresse,
        "kommune_postnummer": k.postnummer,
        "kommune_poststed": k.poststed,
        "kommune_telefon": k.telefon,
        "kommune_epost": k.epost,
        "kommune_orgnr": k.orgnr,
        "kommune_nettside": k.nettside,
    }


_ALIASER = {
    "saksnr": "saksnummer",
    "sak": "saksnummer",
    "journalpostnr": "journalpostnummer",
    "jpnr": "journalpostnummer",
    "doknr": "journalpostnummer",
    "dokumentnummer": "journalpostnummer",
    "brevdato": "dato",
    "dokumentdato": "dato",
    "overskrift": "tittel",
    "innhold": "tittel",
    "navn": "mottaker_navn",
    "mottaker": "mottaker_navn",
    "adresse": "mottaker_adresse",
    "postnr": "mottaker_postnummer",
    "mottakerpostnr": "mottaker_postnummer",
    "postnummer": "mottaker_postnummer",
    "poststed": "mottaker_poststed",
    "sted": "mottaker_poststed",
    "kopitil": "kopimottakere",
    "kopi": "kopimottakere",
    "saksbehandler": "saksbehandler_navn",
    "sbh": "saksbehandler_navn",
    "telefon": "saksbehandler_telefon",
    "tlf": "saksbehandler_telefon",
    "saksbehandlertlf": "saksbehandler_telefon",
    "epost": "saksbehandler_epost",
    "saksbehandlerepostadresse": "saksbehandler_epost",
    "avdeling": "enhet",
    "leder": "leder_navn",
    "kommune": "kommune_navn",
    "virksomhet": "kommune_navn",
    "deresreferanse": "deres_ref",
    "varreferanse": "var_ref",
}


def _nokkel(navn: str) -> str:
    """«Vår_ref» → «varref»: one spelling for a field name in any template."""
    navn = navn.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    navn = unicodedata.normalize("NFKD", navn)
    return re.sub(r"[^a-z0-9]", "", navn)


def _mergefelt_verdier(navn: set[str], verdier: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    etter_nokkel = {_nokkel(k): v for k, v in verdier.items()}
    for alias, kanonisk in _ALIASER.items():
        etter_nokkel.setdefault(alias, verdier[kanonisk])
    fylt, ukjente = {}, []
    for n in sorted(navn):
        nokkel = _nokkel(n)
        if nokkel in etter_nokkel:
            fylt[n] = etter_nokkel[nokkel]
        else:
            fylt[n] = ""
            ukjente.append(n)
    return fylt, ukjente


def maltype(mal: bytes | Path, *, navn: str | None = None) -> Maltype:
    """Which engine a template needs: Jinja fields, Word MERGEFIELDs, both, or none."""
    data, navn = _les(mal, navn)
    har_jinja = har_merge = False
    with _zip(data, navn) as z:
        for delnavn in z.namelist():
            if not _DELER.match(delnavn):
                continue
            xml = z.read(delnavn).decode("utf-8", "replace")
            har_merge = har_merge or bool(_MERGEFIELD.search(xml))
            har_jinja = har_jinja or bool(_JINJA.search(_TAGGER.sub("", xml)))
    if har_jinja and har_merge:
        return "begge"
    return "jinja" if har_jinja else "mergefield" if har_merge else "ingen"


def fyll_mal(
    mal: bytes | Path,
    data: Flettedata,
    *,
    per_mottaker: bool = False,
    navn: str | None = None,
) -> list[FlettetDokument]:
    """The filled document(s): one, or one per mottaker when ``per_mottaker`` and there are several.

    Raises ``MalFeil`` (Norwegian) for a file that is not a readable .docx, a
    Jinja field with a syntax error, or a logo that cannot be read.
    """
    innhold, navn = _les(mal, navn)
    type_ = maltype(innhold, navn=navn)
    mottakere: list[Mottaker | None] = list(data.mottakere) if per_mottaker and data.mottakere else [None]
    ut = []
    for m in mottakere:
        verdier = felter(data, m)
        dokument, ukjente = innhold, []
        if type_ in ("mergefield", "begge"):
            dokument, ukjente = _fyll_mergefelt(dokument, verdier, navn)
        if type_ in ("jinja", "begge"):
            dokument, ukjente_jinja = _fyll_jinja(dokument, data, verdier, m, navn)
            ukjente += ukjente_jinja
        ut.append(FlettetDokument(dokument, m, tuple(ukjente)))
    return ut


def _fyll_mergefelt(innhold: bytes, verdier: Mapping[str, str], navn: str) -> tuple[bytes, list[str]]:
    from mailmerge import MailMerge

    try:
        dokument = MailMerge(io.BytesIO(innhold))
    except Exception as e:  # lxml, zipfile and KeyError all mean a damaged file here
        raise _skadet(navn, e) from e
    with dokument:
        fylt, ukjente = _mergefelt_verdier(dokument.get_merge_fields(), verdier)
        dokument.merge(**fylt)
        ut = io.BytesIO()
        dokument.write(ut)
    return ut.getvalue(), ukjente


def _fyll_jinja(
    innhold: bytes, data: Flettedata, verdier: Mapping[str, str], m: Mottaker | None, navn: str
) -> tuple[bytes, list[str]]:
    import jinja2
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

    try:
        mal = DocxTemplate(io.BytesIO(innhold))
        mal.init_docx()
    except Exception as e:
        raise _skadet(navn, e) from e
    kontekst: dict[str, Any] = dict(verdier)
    kontekst.update(
        mottaker=m or (data.mottakere[0] if data.mottakere else Mottaker("")),
        mottakere=list(data.mottakere),
        kopimottakere=list(data.kopimottakere),
        saksbehandler=data.saksbehandler,
        leder=data.leder,
        kommune=data.kommune,
        logo="",
    )
    if data.kommune.logo is not None:
        logo = Path(data.kommune.logo)
        if not logo.is_file():
            raise MalFeil(f"Kommunelogoen finnes ikke: {logo}. Velg en annen bildefil i innstillingene.")
        kontekst["logo"] = InlineImage(mal, str(logo), height=Mm(16))
    miljo = jinja2.Environment(autoescape=True)
    try:
        ukjente = sorted(mal.get_undeclared_template_variables(miljo, kontekst))
        mal.render(kontekst, miljo)
        ut = io.BytesIO()
        mal.save(ut)
    except jinja2.TemplateSyntaxError as e:
        raise MalFeil(
            f"Malen «{navn}» har en skrivefeil i et flettefelt og kan ikke brukes.",
            detaljer=[f"{e.message}", "Rett feltet i Word ({{ feltnavn }}) og legg malen inn på nytt."],
        ) from e
    except jinja2.TemplateError as e:
        raise MalFeil(f"Malen «{navn}» kunne ikke flettes: {e}") from e
    except UnrecognizedImageError as e:
        raise MalFeil(
            f"Kommunelogoen {data.kommune.logo} er ikke et bilde Word kan vise (bruk PNG eller JPEG)."
        ) from e
    return ut.getvalue(), ukjente


def _les(mal: bytes | Path, navn: str | None) -> tuple[bytes, str]:
    if isinstance(mal, bytes | bytearray):
        return bytes(mal), navn or "mal"
    sti = Path(mal)
    try:
        return sti.read_bytes(), navn or sti.stem
    except OSError as e:
        raise MalFeil(f"Malen «{navn or sti.name}» kan ikke leses: {e.strerror or e}") from e


def _zip(data: bytes, navn: str) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        if "word/document.xml" not in z.namelist():
            raise KeyError("word/document.xml")
        return z
    except (zipfile.BadZipFile, KeyError) as e:
        raise _skadet(navn, e) from e


def _skadet(navn: str, årsak: BaseException) -> MalFeil:
    return MalFeil(
        f"Malen «{navn}» er ikke en gyldig Word-fil (.docx) eller er skadet, og kan ikke flettes.",
        detaljer=[f"Teknisk årsak: {type(årsak).__name__}: {årsak}"],
    )


def les_manifest(mappe: Path = MALMAPPE) -> list[MalInfo]:
    """The templates a manifest (``maler.json``) lists, in its order, with their files' full paths."""
    try:
        rader = json.loads((mappe / "maler.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise MalFeil(f"Malkatalogen i {mappe} kan ikke leses: {e}") from e
    return [
        MalInfo(
            navn=r["navn"],
            tittel=r["tittel"],
            fil=mappe / r["fil"],
            journalposttyper=tuple(r["journalposttyper"]),
            standard_for=tuple(r.get("standard_for", ())),
        )
        for r in rader
    ]


def standardmal(maler: list[MalInfo], nokkel: str) -> MalInfo | None:
    """The template preselected for a journalposttype or a handling (``forelopig-svar``), if any."""
    return next((m for m in maler if nokkel in m.standard_for), None)


def maler_for(maler: list[MalInfo], journalposttype: str) -> list[MalInfo]:
    """The templates offered for a journalposttype, the default first."""
    aktuelle = [m for m in maler if journalposttype in m.journalposttyper]
    return sorted(aktuelle, key=lambda m: journalposttype not in m.standard_for)
