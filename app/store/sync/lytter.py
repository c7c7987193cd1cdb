"""LISTEN saksbord_endring on a dedicated autocommit connection; every notification wakes the client."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from app.store.pg.ddl import KANAL

log = logging.getLogger(__name__)


class Lytter(threading.Thread):
    """Calls ``vekk()`` on each NOTIFY (and after every (re)connect, to catch up); reconnects by itself."""

    def __init__(self, conninfo: dict, vekk: Callable[[], None], *, pause: float = 2.0) -> None:
        super().__init__(name="saksbord-lytter", daemon=True)
        self._conninfo = conninfo
        self._vekk = vekk
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
                    self.tilkoblet.set()
                    self._vekk()
                    while not self._stopp.is_set():
                        for _ in conn.notifies(timeout=0.5):
                            self._vekk()
                            break  # one wake-up is enough; the pull reads everything
            except psycopg.Error as e:
                log.debug("lytter frakoblet: %s", e)
            finally:
                self.tilkoblet.clear()
            self._stopp.wait(self._pause)
