"""One LISTEN per server process, fanned out to every desktop's event stream.

Before the server each desktop held its own LISTEN connection to PostgreSQL; now the server's
``Lytter`` thread wakes an asyncio queue per open ``/api/hendelser`` stream. A notification
carries no ids (only that something changed), so every stream gets the same wake-up and each
client pulls what *it* may see.
"""

from __future__ import annotations

import asyncio
import threading

from app.store.sync.lytter import Lytter


class Hendelser:
    def __init__(self, conninfo: dict) -> None:
        self._conninfo = conninfo
        self._laas = threading.Lock()
        self._koer: set[asyncio.Queue] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lytter: Lytter | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lytter = Lytter(self._conninfo, self._vekk)
        self._lytter.start()

    def stopp(self) -> None:
        if self._lytter is not None:
            self._lytter.stopp()
            self._lytter.join(5)

    @property
    def tilkoblet(self) -> bool:
        return self._lytter is not None and self._lytter.tilkoblet.is_set()

    def abonner(self) -> asyncio.Queue:
        kø: asyncio.Queue = asyncio.Queue(maxsize=1)
        with self._laas:
            self._koer.add(kø)
        return kø

    def avslutt(self, kø: asyncio.Queue) -> None:
        with self._laas:
            self._koer.discard(kø)

    @staticmethod
    def _legg(kø: asyncio.Queue) -> None:
        if not kø.full():  # one pending wake-up is enough; the pull reads everything
            kø.put_nowait(None)

    def _vekk(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with self._laas:
            koer = list(self._koer)
        for kø in koer:
            loop.call_soon_threadsafe(self._legg, kø)
