"""The background sync: keeps a client's replica fresh off the UI thread.

A change at the far end wakes it (NOTIFY through the transport's ``vekker``), a
write by this client wakes it (``SynkKlient.koble_bakgrunn``), and polling every
30 s is the fallback. Each round replays the outbox and pulls, under the client's
lock; the status text and "rows arrived" go to the client's callbacks.
"""

from __future__ import annotations

import logging
import threading

from app.services.synk.klient import SynkKlient

log = logging.getLogger(__name__)


class Synkroniserer:
    """One thread that runs ``klient.synk()`` whenever it is woken, or every ``intervall`` seconds."""

    def __init__(self, klient: SynkKlient, *, intervall: float = 30.0) -> None:
        self.klient = klient
        self.intervall = intervall
        self._vekk = threading.Event()
        self._stopp = threading.Event()
        self.lytter = klient.transport.vekker(self.vekk)
        self._arbeider = threading.Thread(target=self._loop, name="saksbord-synk", daemon=True)

    def vekk(self) -> None:
        self._vekk.set()

    def start(self) -> Synkroniserer:
        self.klient.koble_bakgrunn(self.vekk)
        self.lytter.start()
        self._arbeider.start()
        return self

    def _loop(self) -> None:
        while not self._stopp.is_set():
            self._vekk.wait(self.intervall)
            if self._stopp.is_set():
                break
            self._vekk.clear()
            try:
                self.klient.synk()
            except Exception:
                log.exception("synkroniseringen feilet")

    def stopp(self) -> None:
        self.klient.koble_bakgrunn(None)
        self._stopp.set()
        self._vekk.set()
        self.lytter.stopp()
        self._arbeider.join(timeout=5)
        self.lytter.join(timeout=5)
