"""What the political services share: plain data for the window and the CLI, and lookups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.domain.feil import IkkeFunnet
from app.domain.regler import politikk as regler
from app.domain.regler.inndata import krev_lengde
from app.services.arbeid import Arbeid
from app.services.visning import jp_nummer
from app.store import models as m
from app.store.modeller import politikk as pm


@dataclass(frozen=True)
class MedlemInfo:
    id: int
    navn: str
    rolle: str
    parti: str | None
    epost: str | None
    fra: date | None = None
    til: date | None = None


@dataclass(frozen=True)
class UtvalgInfo:
    id: int
    kode: str
    navn: str
    sekretar: str | None
    fullmaktsorgan: str | None
    medlemmer: list[MedlemInfo]


@dataclass(frozen=True)
class MoteInfo:
    id: int
    utvalg: str
    utvalg_navn: str
    motenummer: str
    dato: date
    klokkeslett: str | None
    sted: str
    skrivefrist: date
    innkallingsfrist: date
    status: str
    antall_saker: int


@dataclass(frozen=True)
class BehandlingRad:
    """One line of a saksliste, or of a kurv on the møtesekretær's desk."""

    id: int
    """The behandling's id (on a saksliste) or the utvalgssak's (Klar til behandling)."""
    utvalgssak_id: int
    utvalg: str
    type: str
    utvalgssaksnummer: str
    journalpostnummer: str
    tittel: str
    saksbehandler: str | None
    status: str
    skjermet: bool
    mote_id: int | None
    motedato: date | None
    innstilling: str | None = None
    vedtak: str | None = None


@dataclass(frozen=True)
class SaksgangRad:
    """One step of an S journalpost's saksgang, for the card."""

    utvalgssak_id: int
    rekkefolge: int | None
    utvalg: str
    type: str
    utvalgssaksnummer: str
    status: str
    motedato: date | None
    vedtak: str | None


def tekst(verdi: str | None, maks: int, hva: str) -> str:
    """A stripped text field, refused (naming ``hva``) when longer than its column."""
    t = (verdi or "").strip()
    krev_lengde(t, maks, hva)
    return t


def utvalg_(a: Arbeid, kode: str) -> pm.Utvalg:
    """An utvalg by its short name or full name (case-insensitive)."""
    t = (kode or "").strip()
    u = a.s.scalar(
        select(pm.Utvalg).where(
            (func.upper(pm.Utvalg.kode) == t.upper()) | (func.upper(pm.Utvalg.navn) == t.upper())
        )
    )
    if u is None:
        raise IkkeFunnet(f"Fant ikke utvalget «{kode}»")
    return u


def mote_(a: Arbeid, mote: int | str | date, utvalg: str | None = None) -> pm.Mote:
    """A møte by id, or by date (``2026-12-10``) within ``utvalg``."""
    if isinstance(mote, int) or (isinstance(mote, str) and mote.isdigit()):
        return a.hent(pm.Mote, int(mote), "møtet")
    dato = mote if isinstance(mote, date) else _dato(str(mote))
    q = select(pm.Mote).where(pm.Mote.dato == dato)
    if utvalg:
        q = q.where(pm.Mote.utvalg_id == utvalg_(a, utvalg).id)
    treff = a.s.scalars(q).all()
    if not treff:
        raise IkkeFunnet(f"Fant ikke noe møte {dato:%d.%m.%Y}" + (f" i {utvalg}" if utvalg else ""))
    if len(treff) > 1:
        raise IkkeFunnet(f"Flere utvalg har møte {dato:%d.%m.%Y}; oppgi utvalget")
    return treff[0]


def _dato(tekst: str) -> date:
    from app.domain.feil import UgyldigInndata

    try:
        return date.fromisoformat(tekst.strip())
    except ValueError:
        raise UgyldigInndata(f"«{tekst}» er ikke en dato på formen ÅÅÅÅ-MM-DD") from None


def motenummer(mt: pm.Mote) -> str:
    return f"{mt.nummer}/{mt.aar}"


def mote_info(a: Arbeid, mt: pm.Mote) -> MoteInfo:
    u = a.hent(pm.Utvalg, mt.utvalg_id, "utvalget")
    antall = a.s.scalar(select(func.count()).where(pm.Behandling.mote_id == mt.id)) or 0
    return MoteInfo(
        id=mt.id,
        utvalg=u.kode,
        utvalg_navn=u.navn,
        motenummer=motenummer(mt),
        dato=mt.dato,
        klokkeslett=mt.klokkeslett,
        sted=mt.sted,
        skrivefrist=mt.skrivefrist,
        innkallingsfrist=mt.innkallingsfrist,
        status=mt.status,
        antall_saker=antall,
    )


def nummer(us: pm.Utvalgssak) -> str:
    return regler.utvalgssaksnummer(us.type, us.nummer, us.aar)


def skjermet(jp: m.Journalpost) -> str | None:
    """The code shielding a sakspapir (its own, else its sak's); None when public."""
    return jp.tilgangskode or jp.sak.tilgangskode


def rad(a: Arbeid, us: pm.Utvalgssak, b: pm.Behandling | None = None) -> BehandlingRad:
    jp = a.hent(m.Journalpost, us.journalpost_id, "sakspapiret")
    u = a.hent(pm.Utvalg, us.utvalg_id, "utvalget")
    mt = a.s.get(pm.Mote, b.mote_id if b else us.onsket_mote_id) if (b or us.onsket_mote_id) else None
    sbh = a.s.get(m.Bruker, jp.saksbehandler_id) if jp.saksbehandler_id else None
    return BehandlingRad(
        id=b.id if b else us.id,
        utvalgssak_id=us.id,
        utvalg=u.kode,
        type=us.type,
        utvalgssaksnummer=nummer(us),
        journalpostnummer=jp_nummer(jp.sak, jp),
        tittel=jp.tittel,
        saksbehandler=sbh.initialer if sbh else None,
        status=b.status if b else us.status,
        skjermet=bool(b.tilgangskode if b else skjermet(jp)),
        mote_id=mt.id if mt else None,
        motedato=mt.dato if mt else None,
        innstilling=b.innstilling if b else None,
        vedtak=b.vedtak if b else None,
    )


def moter_for(a: Arbeid, utvalg_id: int) -> list[regler.MoteValg]:
    return [
        regler.MoteValg(mt.id, mt.dato, mt.skrivefrist, mt.status)
        for mt in a.s.scalars(select(pm.Mote).where(pm.Mote.utvalg_id == utvalg_id))
    ]


def siste_vedtak(a: Arbeid, sak_id: int) -> str | None:
    """The latest vedtak (vedtatt) of any behandling in the sak: what a vedtaksbrev merges as its text."""
    return a.s.scalar(
        select(pm.Behandling.vedtak)
        .join(m.Journalpost, m.Journalpost.id == pm.Behandling.journalpost_id)
        .where(
            m.Journalpost.sak_id == sak_id,
            pm.Behandling.status == "vedtatt",
            pm.Behandling.vedtak.is_not(None),
        )
        .order_by(pm.Behandling.vedtaksdato.desc(), pm.Behandling.id.desc())
        .limit(1)
    )
