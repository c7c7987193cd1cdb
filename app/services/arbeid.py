"""The unit of work every service runs in: who is acting, one transaction, the endringslogg.

``with arbeid(ctx) as a:`` resolves the acting user (and the stedfortreder
period, if acting on someone else's desk), opens one transaction, and commits
once at the end; anything that escapes rolls back. ``a.logg(...)`` writes an
endringslogg row in the same transaction, so no change lands unlogged.
"""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, TypedDict, TypeVar, overload

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import DatabaseError, DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain import regler
from app.domain.feil import (
    Frakoblet,
    IkkeFunnet,
    IngenTilgang,
    Konflikt,
    SaksbordFeil,
    UgyldigInndata,
    UgyldigTilstand,
)
from app.domain.regler import Aktor
from app.store import models as m
from app.store.db import Database, skadet_melding


@dataclass(frozen=True)
class Kontekst:
    """Which database, who is at the keyboard and (optionally) whose desk is open.

    ``synk`` is set when the desk works on a local replica of the shared database:
    reads then use ``db`` (the replica) and every write service is handed to the
    sync client, which runs it on PostgreSQL or queues it while offline.
    """

    db: Database
    initialer: str
    som: str | None = None
    synk: Any = field(default=None, compare=False, repr=False)

    def med(self, *, initialer: str | None = None, som: str | None = None) -> Kontekst:
        return Kontekst(self.db, initialer or self.initialer, som, self.synk)


class Ider(TypedDict):
    """Where an endringslogg row belongs: ``a.logg(..., **ids)`` / ``a.endre(..., **ids)``."""

    sak_id: int | None
    journalpost_id: int | None


@dataclass(frozen=True)
class Skrivetjeneste:
    """A registered write service: the plain function and whether the outbox may replay it."""

    fn: Callable[..., Any]
    koebar: bool
    """May be queued while offline (applied provisionally to the replica, replayed in order)."""


#: The one registry of services that change the registry, by name: what the sync client may run,
#: and (``koebar``) what it may queue offline and replay. Filled by ``@skrivetjeneste``.
SKRIVETJENESTER: dict[str, Skrivetjeneste] = {}

P = ParamSpec("P")
R = TypeVar("R")
_M = TypeVar("_M", bound=m.Base)


@overload
def skrivetjeneste(fn: Callable[Concatenate[Kontekst, P], R], /) -> Callable[Concatenate[Kontekst, P], R]: ...


@overload
def skrivetjeneste(
    *, koebar: bool = False
) -> Callable[[Callable[Concatenate[Kontekst, P], R]], Callable[Concatenate[Kontekst, P], R]]: ...


def skrivetjeneste(fn: Callable[..., Any] | None = None, /, *, koebar: bool = False) -> Any:
    """Mark a service that writes; with a sync client in the context, the client runs it.

    The views call services the same way whether the desk is on the embedded
    database or on a replica of the shared one; this is the one place that differs.
    ``@skrivetjeneste(koebar=True)`` also lets the outbox queue it while offline. The
    wrapper keeps the service's signature (ParamSpec), so a type checker sees it unchanged.
    """
    if fn is None:
        return lambda f: _registrer(f, koebar=koebar)
    return _registrer(fn, koebar=koebar)


def _registrer(
    fn: Callable[Concatenate[Kontekst, P], R], *, koebar: bool
) -> Callable[Concatenate[Kontekst, P], R]:
    signatur = inspect.signature(fn)
    SKRIVETJENESTER[fn.__name__] = Skrivetjeneste(fn, koebar)

    @functools.wraps(fn)
    def kall(ctx: Kontekst, *args: P.args, **kwargs: P.kwargs) -> R:
        if ctx.synk is None:
            return fn(ctx, *args, **kwargs)
        argumenter = signatur.bind(ctx, *args, **kwargs).arguments
        argumenter.pop("ctx")
        return ctx.synk.utfor(fn.__name__, som=ctx.som, **argumenter)

    return kall


class Arbeid:
    """One user action in one transaction."""

    def __init__(self, db: Database, s: Session, aktor: Aktor) -> None:
        self.db = db
        self.s = s
        self.aktor = aktor
        self.idag: date = aktor.idag
        self.naa: datetime = datetime.combine(self.idag, datetime.now().time()).replace(microsecond=0)
        self.endrede: set[str] = set()

    def logg(
        self,
        handling: str,
        *,
        entitet: str,
        entitet_id: int | None,
        sak_id: int | None = None,
        journalpost_id: int | None = None,
        felt: str | None = None,
        fra: Any = None,
        til: Any = None,
    ) -> None:
        self.endrede.add(entitet)
        self.s.add(
            m.Endringslogg(
                tid=self.naa,
                bruker_id=self.aktor.bruker_id,
                paa_vegne_av_id=self.aktor.paa_vegne_av_id,
                handling=handling,
                entitet=entitet,
                entitet_id=entitet_id,
                sak_id=sak_id,
                journalpost_id=journalpost_id,
                felt=felt,
                fra=None if fra is None else str(fra),
                til=None if til is None else str(til),
            )
        )

    def endre(
        self,
        obj: Any,
        felt: str,
        ny: Any,
        *,
        handling: str = "endret",
        sak_id: int | None = None,
        journalpost_id: int | None = None,
    ) -> bool:
        """Set one field and log old → new; returns whether anything changed."""
        gammel = getattr(obj, felt)
        if gammel == ny:
            return False
        setattr(obj, felt, ny)
        self.logg(
            handling,
            entitet=obj.__tablename__,
            entitet_id=obj.id,
            sak_id=sak_id,
            journalpost_id=journalpost_id,
            felt=felt,
            fra=gammel,
            til=ny,
        )
        return True

    def skjerm(
        self,
        obj: Any,
        kode: str | None,
        hjemmel: str | None,
        nivaa: int | None,
        *,
        handling: str,
        sak_id: int | None = None,
        journalpost_id: int | None = None,
    ) -> None:
        """Set (or with no code clear) a sak's or journalpost's tilgangskode, hjemmel and level, each logged."""
        kode = kode or None
        ids: Ider = {"sak_id": sak_id, "journalpost_id": journalpost_id}
        self.endre(obj, "tilgangskode", kode, handling=handling, **ids)
        self.endre(obj, "hjemmel", hjemmel if kode else None, handling=handling, **ids)
        self.endre(obj, "skjermingsnivaa", nivaa if kode else None, handling=handling, **ids)

    # --- lookups used by every service ------------------------------------

    def bruker(self, initialer: str) -> m.Bruker:
        b = self.s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == initialer.strip().upper()))
        if b is None or not b.aktiv:
            raise IkkeFunnet(f"Fant ingen bruker med initialer «{initialer}»")
        return b

    def sak(self, saksnr: str | int) -> m.Sak:
        if isinstance(saksnr, int):
            sak = self.s.get(m.Sak, saksnr)
        else:
            nr = regler.les_saksnummer(saksnr)
            if nr is None:
                raise IkkeFunnet(f"«{saksnr}» er ikke et saksnummer (bruk formen 2026/123)")
            sak = self.s.scalar(select(m.Sak).where(m.Sak.saksaar == nr[0], m.Sak.sakssekvensnummer == nr[1]))
        if sak is None:
            raise IkkeFunnet(f"Fant ingen sak {saksnr}")
        return sak

    def journalpost(self, jpnr: str | int) -> m.Journalpost:
        if isinstance(jpnr, int):
            jp = self.s.get(m.Journalpost, jpnr)
        else:
            nr = regler.les_journalpostnummer(jpnr)
            if nr is None:
                raise IkkeFunnet(f"«{jpnr}» er ikke et journalpostnummer (bruk formen 2026/123-4)")
            jp = self.s.scalar(
                select(m.Journalpost)
                .join(m.Sak, m.Sak.id == m.Journalpost.sak_id)
                .where(
                    m.Sak.saksaar == nr[0],
                    m.Sak.sakssekvensnummer == nr[1],
                    m.Journalpost.dokumentnummer == nr[2],
                )
            )
        if jp is None:
            raise IkkeFunnet(f"Fant ingen journalpost {jpnr}")
        return jp

    def hent(self, modell: type[_M], nokkel: int | str | None, hva: str) -> _M:
        """The row a reference points at; IkkeFunnet if there is none, or none this user may see (RLS).

        ``hva`` names it for the message, definite form: "journalposten", "filinnholdet".
        """
        rad = None if nokkel is None else self.s.get(modell, nokkel)
        if rad is None:
            raise IkkeFunnet(f"Fant ikke {hva} ({nokkel})")
        return rad

    def neste_nummer(self, serie: str, aar: int) -> int:
        return neste_nummer(self.s, serie, aar)

    def aapne_arkivretting(self) -> None:
        """Mark this transaction as the archive's logged correction (app/services/arkivretting.py).

        PostgreSQL's lock triggers (revision 0016) let a locked post's registration change only
        where this transaction-local setting is set and the role is the archive's; the caller has
        checked the rule and logs every field it changes.
        """
        if self.db.er_postgres:
            self.s.execute(text("SELECT set_config('saksbord.arkivretting', 'ja', true)"))


def neste_nummer(s: Session, serie: str, aar: int) -> int:
    """The next number in a yearly series, gap-free and unique under concurrency.

    The UPDATE takes a row lock held to the end of the unit of work, so parallel
    registrations queue on it; a rollback returns the number with everything else. On
    PostgreSQL users may not write nummerserie: the same two statements run inside
    ``saksbord_neste_nummer()`` (SECURITY DEFINER, revision 0007).
    """
    if s.get_bind().dialect.name == "postgresql":
        return s.execute(
            text("SELECT saksbord_neste_nummer(:serie, :aar)"), {"serie": serie, "aar": aar}
        ).scalar_one()
    tabell = m.tabell(m.Nummerserie)
    s.execute(insert(tabell).prefix_with("OR IGNORE").values(serie=serie, aar=aar, siste=0))
    return s.execute(
        update(tabell)
        .where(tabell.c.serie == serie, tabell.c.aar == aar)
        .values(siste=tabell.c.siste + 1)
        .returning(tabell.c.siste)
    ).scalar_one()


def _roller(s: Session, bruker_id: int) -> frozenset[str]:
    return frozenset(s.scalars(select(m.BrukerRolle.rolle).where(m.BrukerRolle.bruker_id == bruker_id)))


def _koder(s: Session, bruker_id: int) -> frozenset[str]:
    """Authorised codes; a grant limited to a unit reads ``KODE@enhet``."""
    rader = s.execute(
        select(m.BrukerTilgang.tilgangskode, m.BrukerTilgang.enhet_id).where(
            m.BrukerTilgang.bruker_id == bruker_id
        )
    )
    return frozenset(k if e is None else f"{k}@{e}" for k, e in rader)


def _leder_for(s: Session, bruker_id: int) -> frozenset[int]:
    return frozenset(
        s.scalars(select(m.AdministrativEnhet.id).where(m.AdministrativEnhet.leder_id == bruker_id))
    )


def finn_aktor(s: Session, initialer: str, som: str | None, idag: date) -> Aktor:
    bruker = s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == initialer.strip().upper()))
    if bruker is None or not bruker.aktiv:
        raise IkkeFunnet(f"Fant ingen bruker med initialer «{initialer}»")
    if not som or som.strip().upper() == bruker.initialer.upper():
        return Aktor(
            bruker_id=bruker.id,
            initialer=bruker.initialer,
            navn=bruker.navn,
            enhet_id=bruker.enhet_id,
            roller=_roller(s, bruker.id),
            koder=_koder(s, bruker.id),
            leder_for=_leder_for(s, bruker.id),
            idag=idag,
        )
    eier = s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == som.strip().upper()))
    if eier is None:
        raise IkkeFunnet(f"Fant ingen bruker med initialer «{som}»")
    perioder = s.scalars(
        select(m.Stedfortreder).where(
            m.Stedfortreder.leder_id == eier.id, m.Stedfortreder.stedfortreder_id == bruker.id
        )
    ).all()
    gyldig = [p for p in perioder if p.fra <= idag <= p.til]
    if not gyldig:
        if perioder:
            tekst = ", ".join(f"{p.fra:%d.%m.%Y}–{p.til:%d.%m.%Y}" for p in perioder)
            raise IngenTilgang(
                f"{bruker.navn} er ikke stedfortreder for {eier.navn} i dag ({idag:%d.%m.%Y}); perioden er {tekst}"
            )
        raise IngenTilgang(f"{bruker.navn} er ikke stedfortreder for {eier.navn}")
    tildelt = {k.strip() for p in gyldig for k in p.koder.split(",") if k.strip()}
    eierkoder = _koder(s, eier.id)
    # The stedfortreder gets the owner's codes, limited to those granted in the period.
    koder = frozenset(k for k in eierkoder if k.split("@")[0] in tildelt)
    return Aktor(
        bruker_id=bruker.id,
        initialer=bruker.initialer,
        navn=bruker.navn,
        enhet_id=eier.enhet_id,
        roller=_roller(s, eier.id) | {r for r in _roller(s, bruker.id) if r == "saksbehandler"},
        koder=koder,
        leder_for=_leder_for(s, eier.id),
        paa_vegne_av_id=eier.id,
        paa_vegne_av_navn=eier.navn,
        idag=idag,
    )


#: How long a resolved acting user (roles, codes, stedfortreder period) is reused.
#: Changes made in this process clear it at once; other desktops' changes arrive within this time.
AKTOR_LEVETID_S = 30.0
_TILGANGSTABELLER = {"bruker", "bruker_rolle", "bruker_tilgang", "stedfortreder", "administrativ_enhet"}


def _aktor(ctx: Kontekst, s: Session, idag: date) -> Aktor:
    nokkel = (ctx.initialer.strip().upper(), (ctx.som or "").strip().upper(), idag)
    treff = ctx.db.aktorer.get(nokkel)
    if treff is not None and time.monotonic() - treff[1] < AKTOR_LEVETID_S:
        return treff[0]
    aktor = finn_aktor(s, ctx.initialer, ctx.som, idag)
    ctx.db.aktorer[nokkel] = (aktor, time.monotonic())
    return aktor


#: PostgreSQL's own refusals (the database defending itself, revision 0007 onwards), by SQLSTATE:
#: a rule the triggers hold, a right the role lacks, a lock or a serialisation that lost. They are
#: answers, not a lost connection, so the user sees the database's Norwegian message.
_SQLSTATE_FEIL: dict[str, type[SaksbordFeil]] = {
    "55000": UgyldigTilstand,  # object_not_in_prerequisite_state: a locked post, status backwards
    "42501": IngenTilgang,  # insufficient_privilege: RLS WITH CHECK, a table the role may not write
    "23514": UgyldigInndata,  # check_violation
    "22023": UgyldigInndata,  # invalid_parameter_value
    "40001": Konflikt,  # serialization_failure
    "40P01": Konflikt,  # deadlock_detected
    "55P03": Konflikt,  # lock_not_available
}


def _regelbrudd(e: DatabaseError) -> SaksbordFeil | None:
    """The rule refusal a PostgreSQL error stands for, or None (then it is handled as before)."""
    kode = getattr(e.orig, "sqlstate", None)
    klasse = _SQLSTATE_FEIL.get(kode or "")
    if klasse is None:
        return None
    diag = getattr(e.orig, "diag", None)
    melding = (getattr(diag, "message_primary", None) or str(e.orig).splitlines()[0]).strip()
    if klasse is Konflikt:
        melding = "Noen andre endret det samme samtidig; prøv igjen om et øyeblikk"
    elif kode == "42501" and "row-level security" in melding:
        melding = "Du har ikke tilgang til å endre dette"
    return klasse(melding)


@contextmanager
def arbeid(ctx: Kontekst, *, skriv: bool = True) -> Iterator[Arbeid]:
    """Open one unit of work for ``ctx``; commit once if ``skriv`` and nothing escaped."""
    innlogget = ctx.db.innlogget_initialer()
    if innlogget and innlogget.upper() != ctx.initialer.strip().upper():
        raise IngenTilgang(
            f"Du er logget på databasen som {innlogget} og kan ikke arbeide som {ctx.initialer}"
        )
    ctx.db.innstillinger()  # read settings before the write lock is taken
    idag = ctx.db.idag()
    with ctx.db.session(les=not skriv) as s:
        try:
            aktor = _aktor(ctx, s, idag)
            a = Arbeid(ctx.db, s, aktor)
            yield a
            if skriv:
                s.commit()
                if a.endrede & _TILGANGSTABELLER:
                    ctx.db.aktorer.clear()
            else:
                s.rollback()
        except StaleDataError as e:
            s.rollback()
            raise Konflikt("Noen andre har endret posten i mellomtiden; oppdater og prøv igjen") from e
        except OperationalError as e:
            s.rollback()
            if (brudd := _regelbrudd(e)) is not None:
                raise brudd from e
            if "locked" in str(e.orig).lower():
                raise Konflikt("Databasen er opptatt; prøv igjen om et øyeblikk") from e
            raise Frakoblet(f"Databasen svarer ikke: {e.orig}") from e
        except DataError as e:
            s.rollback()
            raise UgyldigInndata(f"Databasen avviste en verdi: {str(e.orig).splitlines()[0]}") from e
        except DatabaseError as e:
            s.rollback()
            if (brudd := _regelbrudd(e)) is not None:
                raise brudd from e
            if ctx.db.dialekt == "sqlite" and not isinstance(e, IntegrityError):
                raise UgyldigTilstand(skadet_melding(ctx.db.url, e)) from e
            raise
        except BaseException:
            s.rollback()
            raise
