"""Engines per dialect, the schema (through alembic) and the seeded code lists.

This is the one bootstrap module: SQLite gets foreign keys, WAL and a busy
timeout on connect; PostgreSQL gets pre-ping and READ COMMITTED. Everything
else asks a ``Database`` for sessions.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, String, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.domain import koder
from app.domain.feil import Frakoblet, IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler.inndata import krev_dato, krev_lengde
from app.domain.regler.sok import fold
from app.store import models as m

APP_NAME = "Saksbord"
MIGRATIONS = Path(__file__).with_name("migrations")
#: The alembic head; a database already there skips alembic entirely (fast start). A test keeps it
#: true, and since every schema or policy change is a new frozen revision, "at head" means "as new".
SKJEMA_VERSJON = "0018"


def standard_datakatalog() -> Path:
    return Path(user_data_dir(APP_NAME, APP_NAME, roaming=False))


def standard_db_sti() -> Path:
    return standard_datakatalog() / "saksbord.sqlite"


def til_url(db: str | os.PathLike | None) -> str:
    """Turn ``--db`` (a SQLite path or a URL) into a SQLAlchemy URL."""
    if db is None:
        return f"sqlite:///{standard_db_sti().as_posix()}"
    tekst = os.fspath(db)
    if tekst == ":memory:":
        return "sqlite://"
    if "://" in tekst:
        if tekst.startswith("postgresql://") or tekst.startswith("postgres://"):
            tekst = "postgresql+psycopg://" + tekst.split("://", 1)[1]
        return tekst
    return f"sqlite:///{Path(tekst).expanduser().resolve().as_posix()}"


_SQLITE_HODE = b"SQLite format 3\x00"


def sjekk_url(url: str) -> None:
    """Refuse, with a message, what Saksbord cannot open: another database system, a folder, a
    file that is not SQLite. A damaged SQLite file is found when it is first read (``skadet_melding``)."""
    try:
        u = make_url(url)
    except ArgumentError as e:
        raise UgyldigInndata(f"«{url}» er verken en filsti eller en databaseadresse") from e
    backend = u.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise UgyldigInndata(
            f"Saksbord kan ikke bruke {backend}-databaser; oppgi en SQLite-fil eller en postgresql://-adresse"
        )
    if backend == "postgresql" and u.get_driver_name() != "psycopg":
        raise UgyldigInndata(f"Saksbord kobler til PostgreSQL med psycopg, ikke {u.get_driver_name()}")
    if backend != "sqlite" or u.database in (None, "", ":memory:"):
        return
    sti = Path(u.database)
    if sti.is_dir():
        raise UgyldigInndata(f"{sti} er en mappe; oppgi en databasefil")
    if not sti.exists() or sti.stat().st_size == 0:
        return
    try:
        with sti.open("rb") as f:
            hode = f.read(len(_SQLITE_HODE))
    except OSError as e:
        raise UgyldigInndata(f"Kan ikke lese {sti}: {e.strerror}") from e
    if hode != _SQLITE_HODE:
        raise UgyldigInndata(f"{sti} er ikke en Saksbord-database (ikke en SQLite-fil)")


def skadet_melding(url: str, e: DatabaseError) -> str:
    """The message for a SQLite file that cannot be read: damaged, cut short or not a database."""
    grunn = str(getattr(e, "orig", None) or e).splitlines()[0]
    return (
        f"Databasefilen {make_url(url).database} er skadet eller ufullstendig og kan ikke åpnes ({grunn}); "
        "hent den fra sikkerhetskopien"
    )


def sok_fold(tekst: object) -> str | None:
    """SQLite's ``sok_fold(x)``: the search's folding (app/domain/regler/sok.py) for triggers and fills."""
    return None if tekst is None else fold(str(tekst))


def registrer_funksjoner(dbapi_conn) -> None:
    """The SQL functions the search tables' triggers call (migration 0018): on every SQLite connection."""
    dbapi_conn.create_function("sok_fold", 1, sok_fold, deterministic=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    registrer_funksjoner(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin(conn) -> None:
    # Take the write lock at the start of each writing unit of work, so two writers
    # queue instead of failing half-way with "database is locked"; reads never wait.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("les") else "BEGIN IMMEDIATE")


def lag_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        minne = u.database in (None, "", ":memory:")
        if u.database and not minne:
            mappe = Path(u.database).parent
            if not mappe.exists():
                raise UgyldigInndata(f"Mappen {mappe} finnes ikke; databasen kan ikke opprettes der")
        engine = create_engine(
            url,
            poolclass=StaticPool if minne else None,
            connect_args={"check_same_thread": False, "timeout": 30},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling must step aside for BEGIN IMMEDIATE.
        event.listen(engine, "connect", lambda c, r: setattr(c, "isolation_level", None))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        url, pool_pre_ping=True, isolation_level="READ COMMITTED", pool_size=5, max_overflow=5
    )


def _sjekk_lengder(session: Session, _kontekst, _objekter) -> None:
    """Refuse a string longer than its column before it is written, on SQLite as on PostgreSQL.

    SQLite would store it and PostgreSQL (or the server, on sync) refuse it later; checking every
    new or changed row here gives one rule and one message, whichever store is underneath.
    """
    for obj in (*session.new, *session.dirty):
        tilstand = inspect(obj)
        for attr in tilstand.mapper.column_attrs:
            kolonne = attr.columns[0]
            lengde = getattr(kolonne.type, "length", None)
            verdi = tilstand.dict.get(attr.key)
            if lengde and isinstance(kolonne.type, String) and isinstance(verdi, str):
                krev_lengde(verdi, lengde, attr.key)


class Database:
    """One registry database: engine, sessions, schema and the training clock."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = lag_engine(url)
        self.dialekt = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._lese_sessions = sessionmaker(self.engine.execution_options(les=True), expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _sjekk_lengder)
        self._innstillinger: dict[str, str] | None = None
        #: A fixed "today" for building training data (demo only); None means the real clock.
        self.kursklokke: date | None = None
        #: Resolved acting users, filled and cleared by app.services.arbeid.
        self.aktorer: dict = {}
        self._innlogget: tuple[str | None] | None = None
        #: The schema version opprett_skjema upgraded from (None: nothing to do, or a new database).
        self.oppgradert_fra: str | None = None

    @classmethod
    def aapne(cls, db: str | os.PathLike | None = None, *, opprett: bool = True) -> Database:
        url = til_url(db)
        sjekk_url(url)
        database = cls(url)
        if opprett:
            try:
                database.opprett_skjema()
            except DatabaseError as e:
                database.lukk()
                if database.er_postgres:
                    raise
                raise UgyldigTilstand(skadet_melding(url, e)) from e
        return database

    @property
    def er_postgres(self) -> bool:
        return self.dialekt == "postgresql"

    def innlogget_initialer(self) -> str | None:
        """On PostgreSQL, whose own login role this connection uses (bruker.db_rolle = current_user).

        None for SQLite and for the administrator's connection, which may act as anyone.
        """
        if not self.er_postgres:
            return None
        if self._innlogget is None:
            try:
                with self.engine.connect() as conn:
                    ini = conn.exec_driver_sql(
                        "SELECT initialer FROM bruker WHERE db_rolle = current_user"
                    ).scalar()
            except OperationalError as e:
                raise Frakoblet(f"Databasen svarer ikke: {e.orig}") from e
            self._innlogget = (ini,)
        return self._innlogget[0]

    def beskrivelse(self) -> str:
        u = make_url(self.url)
        if u.get_backend_name() == "sqlite":
            return f"SQLite {u.database or 'i minnet'}"
        return f"PostgreSQL {u.host}/{u.database}"

    def i_transaksjon(self, conn: Connection) -> Database:
        """This database with every session joining the transaction open on ``conn`` (a session's
        own begin/commit becomes a savepoint): several services' work, then one commit or none."""
        kopi = copy.copy(self)
        kopi._sessions = kopi._lese_sessions = sessionmaker(
            bind=conn, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        return kopi

    @contextmanager
    def session(self, *, les: bool = False) -> Iterator[Session]:
        """A session; ``les=True`` for read-only work (no write lock on SQLite)."""
        try:
            s = (self._lese_sessions if les else self._sessions)()
        except OperationalError as e:  # pragma: no cover - depends on the network
            raise Frakoblet("Databasen svarer ikke") from e
        try:
            yield s
        finally:
            s.close()

    # --- schema ------------------------------------------------------------

    def skjema_versjon(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError as e:
            if "no such table" in str(e.orig) or "does not exist" in str(e.orig):
                return None
            raise Frakoblet(f"Kan ikke åpne databasen: {e.orig}") from e
        except Exception:
            return None

    def opprett_skjema(self) -> None:
        """Create the schema, or upgrade it to head, through alembic; then seed missing codes.

        Every change of the schema (tables, indexes, PostgreSQL policies, functions, triggers)
        is a frozen revision under ``migrations/versions``, so a database that stands at
        :data:`SKJEMA_VERSJON` holds exactly what a new one does and alembic is skipped; any
        other version is upgraded. ``oppgradert_fra`` tells afterwards from which version.
        """
        versjon = self.skjema_versjon()
        if versjon == SKJEMA_VERSJON:
            return
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        if versjon is not None:
            try:
                ScriptDirectory.from_config(cfg).get_revision(versjon)
            except CommandError as e:
                raise UgyldigTilstand(
                    f"Databasen har skjemaversjon {versjon}, som denne utgaven av Saksbord ikke kjenner "
                    f"(den kjenner opp til {SKJEMA_VERSJON}); oppgrader Saksbord"
                ) from e
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as e:
            if versjon is None:
                raise Frakoblet(f"Kan ikke åpne databasen: {e.orig}") from e
            raise Frakoblet(self._kan_ikke_oppgradere(versjon, e)) from e
        except DBAPIError as e:
            if versjon is None:
                raise
            ingen_rett = self.er_postgres and getattr(e.orig, "sqlstate", None) == "42501"
            feil = IngenTilgang if ingen_rett else UgyldigTilstand
            raise feil(self._kan_ikke_oppgradere(versjon, e)) from e
        self.oppgradert_fra = versjon
        self.seed_koder()

    def _kan_ikke_oppgradere(self, versjon: str, e: DBAPIError) -> str:
        grunn = str(e.orig).splitlines()[0] if e.orig is not None else str(e)
        tekst = f"Databasen har skjemaversjon {versjon} og må oppgraderes til {SKJEMA_VERSJON}, men "
        if self.er_postgres and getattr(e.orig, "sqlstate", None) == "42501":
            return tekst + (
                "bare eieren av tabellene kan gjøre det. Be databaseadministratoren kjøre "
                f"«saksbord init-db --db …» mot {self.beskrivelse()} som eier ({grunn})"
            )
        return tekst + f"oppgraderingen stoppet: {grunn}"

    def seed_koder(self) -> None:
        """Insert the DESIGN defaults for code lists and settings that are not there yet."""
        with self.session() as s, s.begin():

            def fyll(modell, rader):
                finnes = set(s.scalars(select(modell.__mapper__.primary_key[0])))
                for rad in rader:
                    if rad["kode" if "kode" in rad else "navn"] not in finnes:
                        s.add(modell(**rad))

            fyll(m.Journalposttype, [{"kode": k, "navn": v} for k, v in koder.JOURNALPOSTTYPER.items()])
            fyll(m.Journalstatus, [{"kode": k, "navn": v} for k, v in koder.JOURNALSTATUSER.items()])
            fyll(m.Saksstatus, [{"kode": k, "navn": v} for k, v in koder.SAKSSTATUSER.items()])
            fyll(m.Sakstype, [{"kode": k, "navn": v} for k, v in koder.SAKSTYPER.items()])
            fyll(
                m.Tilgangskode,
                [
                    {"kode": k, "navn": v, "hjemmel": koder.STANDARD_HJEMMEL.get(k)}
                    for k, v in koder.TILGANGSKODER.items()
                ],
            )
            fyll(
                m.Avskrivningskode,
                [
                    {
                        "kode": a.kode,
                        "navn": a.navn,
                        "typer": a.typer,
                        "krever_merknad": a.krever_merknad,
                        "beholder_restanse": a.beholder_restanse,
                    }
                    for a in koder.AVSKRIVNINGSMAATER
                ],
            )
            fyll(m.Innstilling, [{"navn": k, "verdi": v} for k, v in koder.STANDARDINNSTILLINGER.items()])
            if s.scalar(select(m.Arkiv.id).limit(1)) is None:
                arkiv = m.Arkiv(tittel="Kommunens arkiv")
                s.add(arkiv)
                s.flush()
                s.add(m.Arkivdel(arkiv_id=arkiv.id, tittel="Saksarkiv"))
        self._innstillinger = None

    # --- settings and clock ---------------------------------------------------

    def innstillinger(self) -> dict[str, str]:
        if self._innstillinger is None:
            with self.session(les=True) as s:
                self._innstillinger = {i.navn: i.verdi for i in s.scalars(select(m.Innstilling))}
        return self._innstillinger

    def glem_innstillinger(self) -> None:
        """Read the settings again on next use (rows changed outside this object, e.g. by a sync pull)."""
        self._innstillinger = None

    def innstilling(self, navn: str) -> str:
        return self.innstillinger().get(navn, koder.STANDARDINNSTILLINGER.get(navn, ""))

    def sett_innstilling(self, navn: str, verdi: str) -> None:
        with self.session() as s, s.begin():
            rad = s.get(m.Innstilling, navn)
            if rad is None:
                s.add(m.Innstilling(navn=navn, verdi=verdi))
            else:
                rad.verdi = verdi
        self._innstillinger = None

    @property
    def er_demo(self) -> bool:
        return self.innstilling("demo") == "ja"

    def idag(self) -> date:
        """Today, or SAKSBORD_IDAG on a demo/training database (refused elsewhere)."""
        if self.kursklokke is not None:
            return self.kursklokke
        fast = os.environ.get("SAKSBORD_IDAG")
        if not fast:
            return date.today()
        if not self.er_demo:
            raise UgyldigInndata(
                "SAKSBORD_IDAG kan bare brukes mot en demo- eller kursdatabase; fjern variabelen for produksjon"
            )
        try:
            return krev_dato(date.fromisoformat(fast), "SAKSBORD_IDAG")
        except ValueError as e:
            raise UgyldigInndata(f"SAKSBORD_IDAG må være en dato på formen ÅÅÅÅ-MM-DD (fikk «{fast}»)") from e

    def lukk(self) -> None:
        self.engine.dispose()
