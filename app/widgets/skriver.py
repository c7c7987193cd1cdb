"""The window's one writer: every write service call runs here, in order, and answers as a signal.

In sync mode a write talks to the shared database, so it runs on a single
background thread (Anki's ``taskman``: a one-worker executor): the UI thread
only hands the call over and gets the result or the refusal back as a queued
signal. One thread means the writes keep their order and never race each other.
On the embedded database (``bakgrunn=False``) a write is a local transaction and
runs at once, so the window behaves exactly as before.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Bro(QObject):
    """Carries an answer from the writer thread to the UI thread (queued)."""

    svar = Signal(int, bool, object)


class Skriver(QObject):
    """``kjor(kall, ferdig=, feil=)``: run ``kall`` on the writer; ``ferdig``/``feil`` run on the UI thread."""

    sig_venter = Signal(int)
    """How many writes are sent but not yet answered (0: all confirmed)."""

    def __init__(self, parent: QObject | None = None, *, bakgrunn: bool = True) -> None:
        super().__init__(parent)
        self.bakgrunn = bakgrunn
        self._utforer = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="saksbord-skriver") if bakgrunn else None
        )
        if self._utforer is not None:
            # The thread starts now, not in the first click that writes (a few ms of the UI thread's).
            self._utforer.submit(lambda: None)
        self._bro = _Bro()
        self._bro.svar.connect(self._on_svar)
        self._nr = itertools.count(1)
        self._ventende: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}

    @property
    def venter(self) -> int:
        """Writes handed over and not yet answered."""
        return len(self._ventende)

    def kjor(
        self,
        kall: Callable[[], Any],
        *,
        ferdig: Callable[[Any], None],
        feil: Callable[[BaseException], None],
    ) -> None:
        if self._utforer is None:
            try:
                ut = kall()
            except Exception as e:  # shown by the caller, never lost
                feil(e)
                return
            ferdig(ut)
            return
        nr = next(self._nr)
        self._ventende[nr] = (ferdig, feil)
        self.sig_venter.emit(len(self._ventende))
        self._utforer.submit(self._i_bakgrunnen, nr, kall)

    def _i_bakgrunnen(self, nr: int, kall: Callable[[], Any]) -> None:
        try:
            ut = kall()
        except Exception as e:
            self._bro.svar.emit(nr, False, e)
            return
        self._bro.svar.emit(nr, True, ut)

    def _on_svar(self, nr: int, ok: bool, verdi: object) -> None:
        ferdig, feil = self._ventende.pop(nr)
        self.sig_venter.emit(len(self._ventende))
        if ok:
            ferdig(verdi)
            return
        assert isinstance(verdi, Exception)  # _i_bakgrunnen sends the exception when ok is False
        if not hasattr(verdi, "melding"):
            log.error("Feil i en skriving", exc_info=verdi)  # a bug: keep the traceback
        feil(verdi)

    def stopp(self) -> None:
        """Let the writes already handed over finish (the window is closing), then end the thread."""
        if self._utforer is not None:
            self._utforer.shutdown(wait=True)
