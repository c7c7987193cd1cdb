"""Use cases on a journalpost's documents: write from a template, check out and in, versions, arkivformat.

A document (dokumentbeskrivelse) has versions of its production file and, per
version, at most one arkivformat (PDF/A-2b). Nothing here overwrites: a
check-in is the next version, and an older one can always be read back.

Checking out records who has a document and since when; a second user cannot
check in over it. The window's "Rediger" (app/views/operasjoner/dokument.py)
checks out, copies the current version to a working folder and offers the
saved file for check-in.

Arkivformat is made when a journalpost is ferdigstilt or ekspedert (or
registered in a locked status, as the archive's incoming post is): a document
"needs" one while a linked journalpost is in F/E/J/A and its newest version
has none. ``lag_arkivformat`` is the long work (LibreOffice, Ghostscript) in
the shape of the e-mail import: it reads in one unit of work, converts outside
any transaction, and stores each result, or the failure and its reason, in
its own. The window runs it in the background; closing a sak is refused while
a document lacks one (``saker.utestaende``).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from app.domain import regler
from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler.inndata import rens_linje
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.tilgang import krev_skrive_jp
from app.services.innhold import les_innhold
from app.services.visning import aktiv_godkjenning, jp_nummer
from app.store import models as m

PRODUKSJON = "produksjonsformat"
ARKIV = "arkivformat"
LAASTE = "FEJA"
"""Statuses whose documents are read-only and need arkivformat."""


@dataclass(frozen=True)
class FilInn:
    filnavn: str
    data: bytes
    tittel: str | None = None
    tilknytning: str = "vedlegg"  # hoveddokument | vedlegg
    variant: str = PRODUKSJON
    sider: int | None = None
    kryptert: bool = False
    arkivformat: bytes | None = None  # a PDF rendering kept beside the production file


@dataclass(frozen=True)
class Versjon:
    versjon: int
    variant: str
    filnavn: str
    format: str
    storrelse: int
    opprettet: datetime


@dataclass(frozen=True)
class Dokumentrad:
    """One document of a journalpost as the card's Dokumenter tab lists it."""

    id: int
    tittel: str
    tilknytning: str
    rekkefolge: int
    versjon: int
    """The newest production version."""
    filnavn: str
    versjoner: list[Versjon] = field(default_factory=list)
    utsjekket_av: str | None = None
    utsjekket: datetime | None = None
    arkivstatus: str = "ikke ennå"
    """«ok», «venter», «feilet» or «ikke ennå» (the journalpost is still being written)."""
    arkivfeil: str | None = None
    lenket: bool = False
    """Linked from another journalpost as well (one document, several journalposter)."""


@dataclass(frozen=True)
class Fil:
    filnavn: str
    data: bytes
    versjon: int
    variant: str


# --- storing files ------------------------------------------------------------------------


def lagre_innhold(a: Arbeid, data: bytes) -> str:
    """Store file bytes once by SHA-256 and return the checksum.

    INSERT … ON CONFLICT DO NOTHING rather than a lookup first: under row-level
    security the same bytes may already exist in a row this user cannot see.
    """
    sjekksum = hashlib.sha256(data).hexdigest()
    rad = {"sjekksum": sjekksum, "storrelse": len(data), "data": data}
    tabell = m.tabell(m.Innhold)
    if a.s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        a.s.execute(pg_insert(tabell).values(**rad).on_conflict_do_nothing())
    else:
        a.s.execute(tabell.insert().prefix_with("OR IGNORE").values(**rad))
    return sjekksum


def _format(navn: str, ellers: str = "bin") -> str:
    return navn.rsplit(".", 1)[-1].lower() if "." in navn else ellers


def legg_til_fil(a: Arbeid, jp: m.Journalpost, fil: FilInn, rekkefolge: int) -> m.Dokumentbeskrivelse:
    from app.epost.filnavn import trygt_filnavn

    navn = trygt_filnavn(fil.filnavn)
    dok = m.Dokumentbeskrivelse(
        tittel=rens_linje(fil.tittel) or navn, opprettet=a.naa, opprettet_av_id=a.aktor.bruker_id
    )
    a.s.add(dok)
    a.s.flush()
    dok.objekter.append(
        m.Dokumentobjekt(
            versjonsnummer=1,
            variantformat=fil.variant,
            format=_format(navn),
            filnavn=navn,
            sjekksum=lagre_innhold(a, fil.data),
            storrelse=len(fil.data),
            sider=fil.sider,
            kryptert=fil.kryptert,
            opprettet=a.naa,
        )
    )
    if fil.arkivformat is not None:
        dok.objekter.append(nytt_arkivobjekt(a, 1, navn, fil.arkivformat))
    a.s.add(
        m.JournalpostDokument(
            journalpost_id=jp.id, dokument_id=dok.id, tilknytning=fil.tilknytning, rekkefolge=rekkefolge
        )
    )
    a.logg(
        "dokument", entitet="dokument", entitet_id=dok.id, sak_id=jp.sak_id, journalpost_id=jp.id, til=navn
    )
    return dok


def nytt_arkivobjekt(a: Arbeid, versjon: int, navn: str, pdf: bytes) -> m.Dokumentobjekt:
    """The arkivformat object of ``versjon`` (its PDF stored by checksum), not yet attached."""
    return m.Dokumentobjekt(
        versjonsnummer=versjon,
        variantformat=ARKIV,
        format="pdf",
        filnavn=navn.rsplit(".", 1)[0] + ".pdf",
        sjekksum=lagre_innhold(a, pdf),
        storrelse=len(pdf),
        opprettet=a.naa,
    )


def neste_rekkefolge(a: Arbeid, jp: m.Journalpost) -> int:
    """The place after the journalpost's last document."""
    return (
        a.s.scalar(
            select(func.max(m.JournalpostDokument.rekkefolge)).where(
                m.JournalpostDokument.journalpost_id == jp.id
            )
        )
        or 0
    ) + 1


def dokumentlenke(a: Arbeid, jp: m.Journalpost, dokument_id: int | None) -> m.JournalpostDokument:
    """The journalpost's document ``dokument_id``, or its hoveddokument (else its first) when None."""
    if dokument_id is not None:
        link = a.s.get(m.JournalpostDokument, (jp.id, dokument_id))
        if link is None:
            raise UgyldigInndata(f"Dokument {dokument_id} hører ikke til journalpost {jp_nummer(jp.sak, jp)}")
        return link
    link = a.s.scalar(
        select(m.JournalpostDokument)
        .where(m.JournalpostDokument.journalpost_id == jp.id)
        .order_by((m.JournalpostDokument.tilknytning != "hoveddokument"), m.JournalpostDokument.rekkefolge)
        .limit(1)
    )
    if link is None:
        raise UgyldigInndata(f"Journalpost {jp_nummer(jp.sak, jp)} har ingen dokumenter")
    return link


def siste_objekt(dok: m.Dokumentbeskrivelse, variant: str = PRODUKSJON) -> m.Dokumentobjekt | None:
    """The newest version of ``variant``, or None when the document has none."""
    objekter = [o for o in dok.objekter if o.variantformat == variant]
    return max(objekter, key=lambda o: o.versjonsnummer) if objekter else None


def arkivobjekt_for(dok: m.Dokumentbeskrivelse, versjon: int) -> m.Dokumentobjekt | None:
    """The arkivformat made from ``versjon``, if any."""
    return next((o for o in dok.objekter if o.variantformat == ARKIV and o.versjonsnummer == versjon), None)


def trenger_arkivformat(dok: m.Dokumentbeskrivelse) -> bool:
    """The newest version has no arkivformat of its own (an arkivformat-only document needs none)."""
    siste = siste_objekt(dok)
    return siste is not None and arkivobjekt_for(dok, siste.versjonsnummer) is None


def _er_god_docx(a: Arbeid, obj: m.Dokumentobjekt) -> bool:
    """Never replace a working Word file by a damaged one (a save cut short, a sync tool's stub)."""
    return obj.format == "docx" and not _er_docx_skadet(les_innhold(a, obj))


def _er_docx_skadet(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" not in z.namelist() or z.testzip() is not None
    except (zipfile.BadZipFile, OSError):
        return True


# --- add, list, read ----------------------------------------------------------------------


@skrivetjeneste
def legg_til_dokument(ctx: Kontekst, jpnr: str | int, fil: FilInn) -> Resultat:
    """Add a hoveddokument or vedlegg from any file to a journalpost that may still be edited."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        if not fil.data:
            raise UgyldigInndata(f"«{fil.filnavn}» er tom og kan ikke legges til")
        dok = legg_til_fil(a, jp, fil, neste_rekkefolge(a, jp))
        if fil.tilknytning == "vedlegg":
            jp.antall_vedlegg += 1
        jp.endret = a.naa
        return Resultat(
            f"Dokumentet {fil.filnavn} er lagt til", journalpostnummer=jp_nummer(jp.sak, jp), id=dok.id
        )


def _arkivstatus(a: Arbeid, dok: m.Dokumentbeskrivelse, laast: bool) -> str:
    if not trenger_arkivformat(dok):
        return "ok"
    if dok.arkivstatus == "feilet":
        return "feilet"
    return "venter" if laast else "ikke ennå"


def _laast(a: Arbeid, dokument_id: int) -> bool:
    """Is any journalpost this document belongs to ferdigstilt or later?"""
    return bool(
        a.s.scalar(
            select(func.count())
            .select_from(m.JournalpostDokument)
            .join(m.Journalpost, m.Journalpost.id == m.JournalpostDokument.journalpost_id)
            .where(m.JournalpostDokument.dokument_id == dokument_id, m.Journalpost.status.in_(tuple(LAASTE)))
        )
    )


def dokumentrader(a: Arbeid, jp: m.Journalpost) -> list[Dokumentrad]:
    lenker = a.s.scalars(
        select(m.JournalpostDokument)
        .where(m.JournalpostDokument.journalpost_id == jp.id)
        .order_by((m.JournalpostDokument.tilknytning != "hoveddokument"), m.JournalpostDokument.rekkefolge)
    ).all()
    ut = []
    for link in lenker:
        dok = link.dokument
        siste = siste_objekt(dok) or siste_objekt(dok, ARKIV)
        hvem = a.s.get(m.Bruker, dok.utsjekket_av_id) if dok.utsjekket_av_id else None
        antall = a.s.scalar(select(func.count()).where(m.JournalpostDokument.dokument_id == dok.id))
        ut.append(
            Dokumentrad(
                id=dok.id,
                tittel=dok.tittel,
                tilknytning=link.tilknytning,
                rekkefolge=link.rekkefolge,
                versjon=siste.versjonsnummer if siste else 0,
                filnavn=siste.filnavn if siste else "",
                versjoner=[
                    Versjon(o.versjonsnummer, o.variantformat, o.filnavn, o.format, o.storrelse, o.opprettet)
                    for o in dok.objekter
                ],
                utsjekket_av=hvem.navn if hvem else None,
                utsjekket=dok.utsjekket,
                arkivstatus=_arkivstatus(a, dok, jp.status in LAASTE or _laast(a, dok.id)),
                arkivfeil=dok.arkivfeil if dok.arkivstatus == "feilet" else None,
                lenket=(antall or 0) > 1,
            )
        )
    return ut


def liste(ctx: Kontekst, jpnr: str | int) -> list[Dokumentrad]:
    """The journalpost's documents, hoveddokument first, with versions, check-out and arkivformat."""
    with arbeid(ctx, skriv=False) as a:
        return dokumentrader(a, a.journalpost(jpnr))


def hent(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    dokument_id: int | None = None,
    versjon: int | None = None,
    variant: str = PRODUKSJON,
) -> Fil:
    """One version (the newest when None) of one variant of a document, as bytes."""
    variant = {"arkiv": ARKIV, "produksjon": PRODUKSJON}.get(variant, variant)
    if variant not in (ARKIV, PRODUKSJON):
        raise UgyldigInndata("Variant må være «arkiv» eller «produksjon»")
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        dok = dokumentlenke(a, jp, dokument_id).dokument
        if versjon is None:
            obj = siste_objekt(dok, variant)
        else:
            obj = next(
                (o for o in dok.objekter if o.variantformat == variant and o.versjonsnummer == versjon), None
            )
        if obj is None:
            hva = "arkivformat" if variant == ARKIV else "produksjonsformat"
            v = f" versjon {versjon}" if versjon is not None else ""
            raise UgyldigInndata(f"«{dok.tittel}» har ikke{v} i {hva}")
        return Fil(obj.filnavn, les_innhold(a, obj), obj.versjonsnummer, obj.variantformat)


# --- check out and in ---------------------------------------------------------------------


def _hvem_og_siden(a: Arbeid, dok: m.Dokumentbeskrivelse) -> str:
    hvem = a.s.get(m.Bruker, dok.utsjekket_av_id)
    siden = dok.utsjekket.strftime("%d.%m.%Y kl. %H:%M") if dok.utsjekket else "ukjent tid"
    return f"{hvem.navn if hvem else 'en annen bruker'} siden {siden}"


def _min(a: Arbeid, bruker_id: int | None) -> bool:
    return bruker_id in (a.aktor.bruker_id, a.aktor.skrivebord_id)


def sjekk_kan_sjekke_inn(a: Arbeid, jp: m.Journalpost) -> None:
    """The editors of the post, and the approver holding its Til godkjenning task, may check in.

    F, E, J and A are locked: their documents open read-only, and a change is a new journalpost.
    """
    oppg = aktiv_godkjenning(a, jp)
    if oppg is None or oppg.til_id not in (a.aktor.skrivebord_id, a.aktor.bruker_id):
        krev_skrive_jp(a, jp)
    if jp.status in LAASTE:
        raise UgyldigTilstand(
            f"Journalposten er {regler.statusnavn(jp.status).lower()} og kan ikke endres: dokumentene er låst "
            "og åpnes bare for lesing. Lag en ny journalpost om noe må rettes."
        )
    regler.sjekk_kan_endre(jp.status, a.aktor)


@skrivetjeneste
def sjekk_ut(ctx: Kontekst, jpnr: str | int, *, dokument_id: int | None = None) -> Resultat:
    """Take a document for editing; refused while someone else has it."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_sjekke_inn(a, jp)
        dok = dokumentlenke(a, jp, dokument_id).dokument
        if dok.utsjekket_av_id and not _min(a, dok.utsjekket_av_id):
            raise UgyldigTilstand(f"«{dok.tittel}» er sjekket ut av {_hvem_og_siden(a, dok)}")
        ids = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        if not dok.utsjekket_av_id:
            dok.utsjekket_av_id = a.aktor.bruker_id
            dok.utsjekket = a.naa
            a.logg(
                "sjekket ut",
                entitet="dokument",
                entitet_id=dok.id,
                felt="utsjekket",
                til=a.aktor.initialer,
                **ids,
            )
        return Resultat(
            f"«{dok.tittel}» er sjekket ut til deg", journalpostnummer=jp_nummer(jp.sak, jp), id=dok.id
        )


@skrivetjeneste
def angre_utsjekk(ctx: Kontekst, jpnr: str | int, *, dokument_id: int | None = None) -> Resultat:
    """Give a checked-out document back without a new version (the holder, or the archive)."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        dok = dokumentlenke(a, jp, dokument_id).dokument
        if not dok.utsjekket_av_id:
            raise UgyldigTilstand(f"«{dok.tittel}» er ikke sjekket ut")
        if not (_min(a, dok.utsjekket_av_id) or a.aktor.er_arkiv):
            raise IngenTilgang(f"«{dok.tittel}» er sjekket ut av {_hvem_og_siden(a, dok)}")
        a.logg(
            "utsjekk angret",
            entitet="dokument",
            entitet_id=dok.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="utsjekket",
            fra=dok.utsjekket_av_id,
        )
        dok.utsjekket_av_id = dok.utsjekket = None
        return Resultat(f"«{dok.tittel}» er ikke lenger sjekket ut", journalpostnummer=jp_nummer(jp.sak, jp))


@skrivetjeneste
def sjekk_inn(
    ctx: Kontekst, jpnr: str | int, *, dokument_id: int | None = None, filnavn: str, data: bytes
) -> Resultat:
    """Check in an edited working copy as the document's next version (the new current one).

    Allowed while the journalpost is editable (R, S); the approver of an R post may edit too,
    since the task puts it on their desk. The earlier versions are kept; a check-out by someone
    else blocks it; a damaged .docx is refused and the current version stays.
    """
    from app.epost.filnavn import trygt_filnavn

    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_sjekke_inn(a, jp)
        dok = dokumentlenke(a, jp, dokument_id).dokument
        if dok.utsjekket_av_id and not _min(a, dok.utsjekket_av_id):
            raise UgyldigTilstand(
                f"«{dok.tittel}» er sjekket ut av {_hvem_og_siden(a, dok)}; du kan ikke sjekke inn over det"
            )
        siste = siste_objekt(dok)
        if siste is None:
            raise UgyldigInndata(f"«{dok.tittel}» har ingen produksjonsfil å lage ny versjon av")
        navn = trygt_filnavn(filnavn)
        if _format(navn, siste.format) == "docx" and _er_docx_skadet(data) and _er_god_docx(a, siste):
            raise UgyldigInndata(
                f"«{navn}» er ikke en gyldig Word-fil (.docx) eller er skadet, og ble ikke sjekket inn. "
                f"Versjon {siste.versjonsnummer} er beholdt; lagre dokumentet på nytt i Word og prøv igjen."
            )
        ids = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        if dok.utsjekket_av_id:
            dok.utsjekket_av_id = dok.utsjekket = None
            a.logg("sjekket inn", entitet="dokument", entitet_id=dok.id, felt="utsjekket", **ids)
        if hashlib.sha256(data).hexdigest() == siste.sjekksum:
            return Resultat(
                "Dokumentet er uendret; ingen ny versjon", journalpostnummer=jp_nummer(jp.sak, jp), id=dok.id
            )
        ny = m.Dokumentobjekt(
            versjonsnummer=siste.versjonsnummer + 1,
            variantformat=PRODUKSJON,
            format=_format(navn, siste.format),
            filnavn=navn,
            sjekksum=lagre_innhold(a, data),
            storrelse=len(data),
            opprettet=a.naa,
        )
        dok.objekter.append(ny)
        dok.arkivstatus = dok.arkivfeil = None
        a.logg(
            "ny versjon",
            entitet="dokument",
            entitet_id=dok.id,
            felt="versjon",
            fra=siste.versjonsnummer,
            til=ny.versjonsnummer,
            **ids,
        )
        jp.endret = a.naa
        return Resultat(
            f"Versjon {ny.versjonsnummer} av {navn} er sjekket inn",
            journalpostnummer=jp_nummer(jp.sak, jp),
            id=dok.id,
        )
