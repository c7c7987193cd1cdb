"""Run a plain function on a QThreadPool and hand back progress, result and error as signals.

The function takes its inputs plus ``progress(int)`` and ``avbrutt() -> bool``
(Orange's TaskState, calibre's threaded jobs). Starting a new task on the same
runner cancels the old one and drops its signals, so a stale result never lands.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bro(QObject):
    """Carries signals from the worker thread to the UI thread (queued)."""

    progress = Signal(int, int)
    result = Signal(int, object)
    error = Signal(int, object)


class _Jobb(QRunnable):
    def __init__(
        self, nr: int, fn: Callable[..., Any], bro: _Bro, avbrutt: threading.Event, *, hopp_over: bool
    ) -> None:
        super().__init__()
        self.nr, self.fn, self.bro, self.avbrutt, self.hopp_over = nr, fn, bro, avbrutt, hopp_over

    def run(self) -> None:
        if self.hopp_over and self.avbrutt.is_set():
            return  # a read replaced before a thread took it: its answer would be dropped, so it is not run
        try:
            ut = self.fn(
                progress=lambda p: self.bro.progress.emit(self.nr, int(p)), avbrutt=self.avbrutt.is_set
            )
        except BaseException as e:  # reported to the UI thread, never lost
            if not isinstance(e, Exception):
                raise
            if not self.avbrutt.is_set():
                self.bro.error.emit(self.nr, e)
            return
        if not self.avbrutt.is_set():
            self.bro.result.emit(self.nr, ut)


class Arbeider(QObject):
    """One lane of background work: ``start(fn)``; only the newest task reports."""

    sig_progress = Signal(int)
    """Progress of the current task, 0–100."""
    sig_result = Signal(object)
    """The current task's return value."""
    sig_error = Signal(object)
    """The exception the current task raised."""

    def __init__(
        self, parent: QObject | None = None, *, pool: QThreadPool | None = None, lesing: bool = False
    ) -> None:
        """``lesing``: the tasks are pure reads, so one cancelled while it still waits for a thread is
        not run at all (a burst of changes then costs one read, not one per change). Without it every
        task started runs to its end, as a write must, and only its answer is dropped."""
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._lesing = lesing
        self._bro = _Bro()
        self._bro.progress.connect(self._on_progress)
        self._bro.result.connect(self._on_result)
        self._bro.error.connect(self._on_error)
        self._nr = 0
        self._avbrutt: threading.Event | None = None
        self.opptatt = False

    def start(self, fn: Callable[..., Any]) -> None:
        """Run ``fn(progress=, avbrutt=)`` off the UI thread; cancels the task before it."""
        self.avbryt()
        self._avbrutt = threading.Event()
        self.opptatt = True
        self._pool.start(_Jobb(self._nr, fn, self._bro, self._avbrutt, hopp_over=self._lesing))

    def avbryt(self) -> None:
        """Cancel the current task; a result it already queued is dropped too."""
        if self._avbrutt is not None:
            self._avbrutt.set()
        self._nr += 1
        self.opptatt = False

    def _on_progress(self, nr: int, p: int) -> None:
        if nr == self._nr:
            self.sig_progress.emit(p)

    def _on_result(self, nr: int, ut: object) -> None:
        if nr == self._nr:
            self.opptatt = False
            self.sig_result.emit(ut)

    def _on_error(self, nr: int, e: object) -> None:
        if nr == self._nr:
            self.opptatt = False
            if isinstance(e, BaseException) and not hasattr(e, "melding"):
                log.error("Feil i bakgrunnsarbeid", exc_info=e)  # a bug: keep the traceback
            self.sig_error.emit(e)
