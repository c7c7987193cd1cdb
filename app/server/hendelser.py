"""One LISTEN per server process, fanned out to the event streams of the desktops concerned.

Before the server each desktop held its own LISTEN connection to PostgreSQL; now the server's
listener thread wakes an asyncio queue per open ``/api/hendelser`` stream. A change of a row
(``saksbord_endring``, the table name only) wakes every stream, and each client pulls what *it*
may see. A change of one user's access (``saksbord_synlighet``, revision 0017: the user's id,
nothing else) wakes only that user's streams; so does the row change of an access table itself
(a code, a role, a stedfortreder period): nobody else's replica has anything to re-check, and
they take the row with their next pull.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading

from app.store.pg.ddl import KANAL

log = logging.getLogger(__name__)

#: ``NOTIFY`` with a user's id when that user's access changed (revision 0017).
SYNLIGHETSKANAL = "saksbord_synlighet"
#: Row changes here concern only the users whose access they change (they get a synlighet mark).
TILGANGSTABELLER = frozenset({"bruker_tilgang", "bruker_rolle", "stedfortreder"})


class _Lytter(threading.Thread):
    """LISTEN on both channels; hands (channel, payload) on, and ``None`` after every (re)connect."""

    def __init__(self, conninfo: dict, varsle, *, pause: float = 2.0) -> None:
        super().__init__(name="saksbord-server-lytter", daemon=True)
        self._conninfo = conninfo
        self._varsle = varsle
        self._pause = pause
        self._stopp = threading.Event()
        self.tilkoblet = threading.Event()

    def stopp(self) -> None:
        self._stopp.set()

    def run(self) -> None:
        import psycopg

        while not self._stopp.is_set():
            try:
                with psycopg.connect(**self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {KANAL}")
                    conn.execute(f"LISTEN {SYNLIGHETSKANAL}")
                    self.tilkoblet.set()
                    self._varsle(None)
                    while not self._stopp.is_set():
                        for n in conn.notifies(timeout=0.5):
                            self._varsle((n.channel, n.payload))
            except psycopg.Error as e:
                log.debug("lytter frakoblet: %s", e)
            finally:
                self.tilkoblet.clear()
            self._stopp.wait(self._pause)


def _hvem_gjelder(kanal: str, innhold: str) -> int | None | str:
    """A user's id (only their streams), "alle", or None (nobody now)."""
    if kanal == SYNLIGHETSKANAL:
        return int(innhold) if innhold.isdigit() else "alle"
    try:
        tabell = json.loads(innhold).get("tabell") if innhold else None
    except (ValueError, AttributeError):
        tabell = None
    return None if tabell in TILGANGSTABELLER else "alle"


class Hendelser:
    def __init__(self, conninfo: dict) -> None:
        self._conninfo = conninfo
        self._laas = threading.Lock()
        self._koer: dict[asyncio.Queue, int | None] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lytter: _Lytter | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lytter = _Lytter(self._conninfo, self._varsel)
        self._lytter.start()

    def stopp(self) -> None:
        if self._lytter is not None:
            self._lytter.stopp()
            self._lytter.join(5)

    @property
    def tilkoblet(self) -> bool:
        return self._lytter is not None and self._lytter.tilkoblet.is_set()

    def abonner(self, bruker_id: int | None = None) -> asyncio.Queue:
        kø: asyncio.Queue = asyncio.Queue(maxsize=1)
        with self._laas:
            self._koer[kø] = bruker_id
        return kø

    def avslutt(self, kø: asyncio.Queue) -> None:
        with self._laas:
            self._koer.pop(kø, None)

    @staticmethod
    def _legg(kø: asyncio.Queue) -> None:
        if not kø.full():  # one pending wake-up is enough; the pull reads everything
            kø.put_nowait(None)

    def _varsel(self, varsel: tuple[str, str] | None) -> None:
        hvem: int | None | str = "alle" if varsel is None else _hvem_gjelder(*varsel)
        if hvem is None:
            return
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with self._laas:
            koer = [k for k, b in self._koer.items() if hvem == "alle" or b == hvem]
        for kø in koer:
            loop.call_soon_threadsafe(self._legg, kø)

    def _vekk(self) -> None:
        """Wake every stream (kept for callers that only know that something changed)."""
        self._varsel(None)
