"""The far end of the sync: a small interface, and today's implementation on PostgreSQL.

The client (``klient.SynkKlient``) only asks the far end to run a service, to say
whether a request id already ran, to pull what changed into the replica and to
wake it on a change. Whatever cannot reach the far end raises ``Frakoblet``;
a refusal by the rules raises the service's own ``SaksbordFeil``. So the client
never looks at a driver's exceptions and does not care whether the far end is
PostgreSQL with row-level security (``PgTransport``) or the Saksbord server over
HTTPS (``http.HttpTransport``, which sends ``kodek.til_json`` of the arguments and
gets the pull as ``Endringer`` for ``Bokforing`` to apply). The server itself runs
``PgTransport.paa`` on its own engine, so both ends share one write path.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Protocol

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.domain import regler
from app.domain.feil import Frakoblet, Konflikt, UgyldigInndata
from app.services.arbeid import SKRIVETJENESTER, Kontekst, arbeid
from app.services.data import Resultat
from app.store.db import Database
from app.store.models import Journalpost
from app.store.pg.ddl import UTFORT
from app.store.sync.lytter import Lytter
from app.store.sync.pull import Underveis, synk_ned

log = logging.getLogger(__name__)


class Vekker(Protocol):
    """A thread that calls its ``vekk`` on every change at the far end (and after each reconnect)."""

    tilkoblet: threading.Event
    """Set while it is connected and listening."""

    def start(self) -> None: ...
    def stopp(self) -> None: ...
    def join(self, timeout: float | None = None) -> None: ...


class Transport(Protocol):
    """What the sync client needs from the far end, for one user."""

    def utfor(
        self,
        tjeneste: str,
        kwargs: dict[str, Any],
        *,
        som: str | None = None,
        foresporsel: str | None = None,
        versjoner: Mapping[str, int] | None = None,
    ) -> Resultat:
        """Run a write service there in one transaction. ``foresporsel`` is recorded with it (a replay
        after a crash is skipped); ``versjoner`` (journalpost → versjon the user saw) must still hold,
        else ``Konflikt``."""
        ...

    def utfort(self, foresporsel: str) -> str | None:
        """None if the request never arrived, else the number of the journalpost it made ("" if none)."""
        ...

    def rydd(self) -> None:
        """After a replay: let the far end forget old request ids (best effort)."""
        ...

    def hent(
        self, replika: Database, *, tilbakestill: list[tuple[str, dict]], underveis: Underveis | None = None
    ) -> int:
        """Pull what changed into the replica (``tilbakestill``: provisional rows to read again).
        An empty replica is filled batch by batch first; ``underveis`` hears of each batch."""
        ...

    def hent_innhold(self, jpnr: str, dokument_id: int, versjon: int, variant: str) -> bytes:
        """One document version's bytes, fetched through its journalpost (not in the first sync)."""
        ...

    def vekker(self, vekk: Callable[[], None]) -> Vekker:
        """A (not yet started) thread that calls ``vekk`` on a change there."""
        ...

    def lukk(self) -> None: ...


def er_frakoblet(e: BaseException) -> bool:
    """A lost or refused connection (as opposed to a refusal by the rules or a bug)."""
    return isinstance(e, Frakoblet | OperationalError) or (
        isinstance(e, DBAPIError) and e.connection_invalidated
    )


@contextlib.contextmanager
def _naar_frakoblet() -> Iterator[None]:
    try:
        yield
    except Frakoblet:
        raise
    except Exception as e:
        if not er_frakoblet(e):
            raise
        raise Frakoblet(f"Den felles databasen svarer ikke: {e}") from e


#: The request being run on the server: {"id": uuid, "jp": first new journalpost id, "skrevet": bool}.
_foresporsel: ContextVar[dict | None] = ContextVar("saksbord_foresporsel", default=None)


@event.listens_for(Session, "after_flush")
def _husk_ny_journalpost(session: Session, _flush_context: Any) -> None:
    """The journalpost an action creates, so a skipped replay can still hand on its real number."""
    f = _foresporsel.get()
    if f is None or f["jp"] is not None:
        return
    for obj in session.new:
        if isinstance(obj, Journalpost):
            f["jp"] = obj.id
            return


@event.listens_for(Session, "before_commit")
def _skriv_foresporsel(session: Session) -> None:
    """Record the request id in the action's own transaction, just before it commits.

    The service's unit of work commits once; flushing first here lets the new journalpost's
    id in, and the row commits or rolls back together with the action. Only a session on
    PostgreSQL inside ``_som_foresporsel`` does anything here.
    """
    f = _foresporsel.get()
    if f is None or f["skrevet"] or session.get_bind().dialect.name != "postgresql":
        return
    session.flush()
    session.execute(
        text(
            f"INSERT INTO {UTFORT} (id, journalpost_id) VALUES (CAST(:id AS uuid), :jp) ON CONFLICT DO NOTHING"
        ),
        {"id": f["id"], "jp": f["jp"]},
    )
    f["skrevet"] = True


@contextlib.contextmanager
def _som_foresporsel(foresporsel_id: str | None) -> Iterator[None]:
    if foresporsel_id is None:
        yield
        return
    token = _foresporsel.set({"id": foresporsel_id, "jp": None, "skrevet": False})
    try:
        yield
    finally:
        _foresporsel.reset(token)


def _conninfo(url: str) -> dict:
    u = make_url(url)
    info = {"host": u.host, "port": u.port or 5432, "dbname": u.database, "user": u.username}
    if u.password:
        info["password"] = u.password
    return info


class PgTransport:
    """The shared PostgreSQL on the user's own login role: RLS decides what the user may see and do."""

    def __init__(self, url: str, initialer: str, *, tidsavbrudd_s: int = 5) -> None:
        u = make_url(url)
        if "connect_timeout" not in u.query:
            u = u.update_query_dict({"connect_timeout": str(tidsavbrudd_s)})
        self.db = Database(u.render_as_string(hide_password=False))
        self.initialer = initialer

    @classmethod
    def paa(cls, db: Database, initialer: str) -> PgTransport:
        """On a Database someone else owns (the application server's engine, shared by requests)."""
        t = cls.__new__(cls)
        t.db = db
        t.initialer = initialer
        return t

    def _ctx(self, som: str | None = None) -> Kontekst:
        return Kontekst(self.db, self.initialer, som)

    def utfor(
        self,
        tjeneste: str,
        kwargs: dict[str, Any],
        *,
        som: str | None = None,
        foresporsel: str | None = None,
        versjoner: Mapping[str, int] | None = None,
    ) -> Resultat:
        registrert = SKRIVETJENESTER.get(tjeneste)
        if registrert is None:
            raise UgyldigInndata(f"«{tjeneste}» er ikke en tjeneste som endrer registeret")
        with _naar_frakoblet():
            if versjoner:
                self._sjekk_versjoner(versjoner)
            with _som_foresporsel(foresporsel):
                return registrert.fn(self._ctx(som), **kwargs)

    def _sjekk_versjoner(self, versjoner: Mapping[str, int]) -> None:
        with arbeid(self._ctx(), skriv=False) as a:
            for nr, sett in versjoner.items():
                naa = a.journalpost(int(nr) if nr.isdigit() else nr).versjon
                if naa != sett:
                    raise Konflikt(
                        f"Journalpost {nr} er endret på serveren mens du var frakoblet "
                        f"(versjon {sett} → {naa}); velg din eller serverens utgave"
                    )

    def utfort(self, foresporsel: str) -> str | None:
        if not self.db.er_postgres:
            return None
        with _naar_frakoblet(), arbeid(self._ctx(), skriv=False) as a:
            rad = a.s.execute(
                text(f"SELECT journalpost_id FROM {UTFORT} WHERE id = CAST(:id AS uuid)"), {"id": foresporsel}
            ).first()
            if rad is None:
                return None
            jp = a.s.get(Journalpost, rad[0]) if rad[0] is not None else None
            return (
                regler.journalpostnummer(jp.sak.saksaar, jp.sak.sakssekvensnummer, jp.dokumentnummer)
                if jp
                else ""
            )

    def rydd(self) -> None:
        """Users may not delete request ids; the SECURITY DEFINER function does it as the owner.

        A failure here costs nothing but a larger table, so it is only logged.
        """
        if not self.db.er_postgres:
            return
        try:
            with self.db.engine.begin() as conn:
                conn.execute(text("SELECT saksbord_rydd_utfort()"))
        except DBAPIError as e:
            log.warning("kunne ikke rydde %s: %s", UTFORT, e)

    def hent(
        self, replika: Database, *, tilbakestill: list[tuple[str, dict]], underveis: Underveis | None = None
    ) -> int:
        with _naar_frakoblet():
            return synk_ned(replika, self.db, tilbakestill=tilbakestill, underveis=underveis)

    def hent_innhold(self, jpnr: str, dokument_id: int, versjon: int, variant: str) -> bytes:
        from app.services import dokumenter

        with _naar_frakoblet():
            return dokumenter.hent(
                self._ctx(), jpnr, dokument_id=dokument_id, versjon=versjon, variant=variant
            ).data

    def vekker(self, vekk: Callable[[], None]) -> Lytter:
        return Lytter(_conninfo(self.db.url), vekk)

    def lukk(self) -> None:
        self.db.lukk()
