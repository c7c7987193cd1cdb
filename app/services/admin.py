"""Administration of the shared database: init-db and users with their own database role.

These run on the administrator's connection (the owner of the tables), not in a
user's unit of work: they create the schema, the PostgreSQL roles and the users.
On SQLite there are no roles; the user rows are made all the same.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Sequence

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata
from app.domain.koder import ROLLER
from app.services.brukere import admin_aktor, opprett_bruker
from app.services.data import BrukerInfo, Resultat
from app.store import models as m
from app.store.db import Database
from app.store.pg import ddl as pgddl
from app.store.pg import roller as pgroller

PASSORD_MILJO = "SAKSBORD_PASSORD"

log = logging.getLogger("saksbord.admin")
"""Every administrative change, with who made it, goes to the log file too (app/bootstrap.py)."""


def _passord(passord: str | None) -> str | None:
    return passord if passord is not None else (os.environ.get(PASSORD_MILJO) or None)


def _admin_feil(e: DBAPIError) -> IngenTilgang:
    return IngenTilgang(
        "Databasen avviste endringen; bare databaseadministratoren (eieren av tabellene) kan gjøre dette"
        f" ({str(e.orig).splitlines()[0]})"
    )


def init_db(db: str | os.PathLike) -> Resultat:
    """Create or upgrade the schema; on PostgreSQL also the group role and its grants, and prune
    the replay request ids older than 90 days."""
    database = Database.aapne(db)
    try:
        if database.er_postgres:
            try:
                with database.engine.begin() as conn:
                    pgroller.installer(conn)
                    pgddl.rydd_utfort(conn)
            except ProgrammingError as e:
                raise _admin_feil(e) from e
        fra = f", oppgradert fra {database.oppgradert_fra}" if database.oppgradert_fra else ""
        res = Resultat(
            f"Databasen er klar ({database.beskrivelse()}, skjemaversjon {database.skjema_versjon()}{fra})"
        )
        log.info("init-db av %s: %s", admin_aktor(db), res.melding)
        return res
    finally:
        database.lukk()


def opprett_bruker_med_rolle(
    db: Database,
    *,
    initialer: str,
    navn: str,
    enhet: str | None = None,
    epost: str | None = None,
    roller: Sequence[str] = ("saksbehandler",),
    koder: Sequence[str] = (),
    passord: str | None = None,
) -> BrukerInfo:
    """A new user and, on PostgreSQL, their own LOGIN role ``sb_<database>_<initialer>`` (password required)."""
    passord = _passord(passord)
    if db.er_postgres and not passord:
        raise UgyldigInndata(
            f"Oppgi et passord for databasebrukeren (sett {PASSORD_MILJO}, eller svar når kommandoen spør)"
        )
    _sjekk_koder(db, koder)
    ny = functools.partial(
        opprett_bruker, initialer=initialer, navn=navn, enhet=enhet, epost=epost, roller=list(roller),
        koder=list(koder),
    )  # fmt: skip
    try:
        if not db.er_postgres:
            return ny(db)
        assert passord  # required on PostgreSQL, checked above
        # CREATE ROLE is transactional in PostgreSQL: the user row and the login role commit
        # together, or (a clash, a refused grant) neither is left behind.
        with db.engine.connect() as conn, conn.begin():
            felles = db.i_transaksjon(conn)
            info = ny(felles)
            _sett_rolle(felles, info.initialer, passord, ny=True)
    except ProgrammingError as e:
        log.info("Bruker %s ble ikke opprettet (%s): %s", initialer, admin_aktor(db), e.orig)
        raise _admin_feil(e) from e
    except Exception:
        log.info("Bruker %s ble ikke opprettet (%s); alt er rullet tilbake", initialer, admin_aktor(db))
        raise
    return info


def _sjekk_koder(db: Database, koder) -> None:
    with db.session() as s:
        gyldige = set(s.scalars(select(m.Tilgangskode.kode)))
    ukjente = [k for k in koder if k not in gyldige]
    if ukjente:
        raise UgyldigInndata(
            f"Ukjent tilgangskode: {', '.join(ukjente)} (velg blant {', '.join(sorted(gyldige))})"
        )


def _sett_rolle(db: Database, initialer: str, passord: str, *, ny: bool = False) -> str:
    with db.session() as s, s.begin():
        b = s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == initialer.upper()))
        if b is None:
            raise IkkeFunnet(f"Fant ingen bruker med initialer «{initialer}»")
        # A user keeps the role they have; a new one gets a role named for this database.
        rolle = b.db_rolle or pgroller.rollenavn(initialer, s.scalar(text("SELECT current_database()")))
        brukt = s.scalar(select(m.Bruker.initialer).where(m.Bruker.db_rolle == rolle, m.Bruker.id != b.id))
        if brukt:
            raise UgyldigInndata(f"Databaserollen {rolle} tilhører allerede {brukt}")
        pgroller.sett_innlogging(s.connection(), rolle, passord, ny=ny)
        b.db_rolle = rolle
        ini = b.initialer
        s.add(
            m.Endringslogg(
                tid=func.now(), handling="databaserolle", entitet="bruker", entitet_id=b.id, felt="db_rolle",
                til=rolle,
            )
        )  # fmt: skip
    log.info("Databaserolle %s satt for %s av %s", rolle, ini, admin_aktor(db))
    return rolle


def endre_tilgang(
    db: Database,
    *,
    initialer: str,
    legg_til_koder: Sequence[str] = (),
    fjern_koder: Sequence[str] = (),
    roller: list[str] | None = None,
    passord: str | None = None,
) -> BrukerInfo:
    """Add/remove access codes, replace the roles, and (PostgreSQL) set the login role's password.

    A user made before roles existed (the demo) gets their login role here.
    """
    from app.services.brukere import _info

    if roller is not None:
        ukjente = [r for r in roller if r not in ROLLER]
        if ukjente:
            raise UgyldigInndata(f"Ukjent rolle: {', '.join(ukjente)} (velg blant {', '.join(ROLLER)})")
    db.aktorer.clear()  # access changes take effect at once in this process
    _sjekk_koder(db, list(legg_til_koder))
    passord = _passord(passord)
    endringer: list[str] = []
    try:
        with db.session() as s, s.begin():
            b = s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == initialer.strip().upper()))
            if b is None:
                raise IkkeFunnet(f"Fant ingen bruker med initialer «{initialer}»")
            har = {t.tilgangskode for t in b.tilganger if t.enhet_id is None}
            for k in dict.fromkeys(legg_til_koder):
                if k not in har:
                    s.add(m.BrukerTilgang(bruker_id=b.id, tilgangskode=k))
                    _logg(s, b, "tilgangskode", til=k, endringer=endringer)
            for k in dict.fromkeys(fjern_koder):
                if k in {t.tilgangskode for t in b.tilganger}:
                    s.execute(
                        delete(m.BrukerTilgang).where(
                            m.BrukerTilgang.bruker_id == b.id, m.BrukerTilgang.tilgangskode == k
                        )
                    )
                    _logg(s, b, "tilgangskode", fra=k, endringer=endringer)
            if roller is not None:
                gamle = sorted(r.rolle for r in b.roller)
                if gamle != sorted(set(roller)):
                    s.execute(delete(m.BrukerRolle).where(m.BrukerRolle.bruker_id == b.id))
                    for r in dict.fromkeys(roller):
                        s.add(m.BrukerRolle(bruker_id=b.id, rolle=r))
                    _logg(
                        s, b, "roller", fra=",".join(gamle), til=",".join(dict.fromkeys(roller)),
                        endringer=endringer,
                    )  # fmt: skip
            ini = b.initialer
        if endringer:
            log.info("Tilgang for %s endret av %s: %s", ini, admin_aktor(db), "; ".join(endringer))
        if passord and db.er_postgres:
            _sett_rolle(db, ini, passord)
        with db.session() as s:
            return _info(s, s.scalars(select(m.Bruker).where(m.Bruker.initialer == ini)).one())
    except ProgrammingError as e:
        raise _admin_feil(e) from e


def _logg(
    s, b: m.Bruker, felt: str, *, fra: str | None = None, til: str | None = None, endringer: list[str]
) -> None:
    endringer.append(f"{felt} {fra or ''} → {til or ''}".replace("  ", " "))
    s.add(
        m.Endringslogg(
            tid=func.now(), handling="tilgang endret", entitet="bruker", entitet_id=b.id, felt=felt, fra=fra,
            til=til,
        )
    )  # fmt: skip
