"""The window's refresh after a data change, one for a burst of changes (issue 11).

Every change (a write's answer, each pull of the sync, F5) used to start the kurv counts and the
list's ids at once, and the list's answer the selection's reads: a burst of changes tens of
milliseconds apart started a round of reads for each, all running beside the UI thread, which waits
for the GIL behind them. ``Oppfrisking`` runs the refresh ``OPPFRISK_MS`` after the first change,
once for every change in between, with the kinds that changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

OPPFRISK_MS = 50
"""How long after a change the refresh runs (a sync's pulls of one change come 20-50 ms apart)."""


class Oppfrisking(QObject):
    """``endret(kind)`` asks for a refresh; ``oppfrisk(kinds)`` runs once per pause, ``naa`` at once."""

    def __init__(self, oppfrisk: Callable[[set[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._oppfrisk = oppfrisk
        self._endret: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=OPPFRISK_MS)
        self._timer.timeout.connect(self._kjor)

    @property
    def venter(self) -> bool:
        """A change is waiting for its refresh."""
        return self._timer.isActive()

    def endret(self, kind: str) -> None:
        self._endret.add(kind)
        if not self._timer.isActive():
            self._timer.start()

    def naa(self, kind: str) -> None:
        """Refresh now (F5), with whatever was waiting."""
        self._endret.add(kind)
        self._timer.stop()
        self._kjor()

    def stopp(self) -> None:
        """The window closes: no refresh after it."""
        self._timer.stop()
        self._endret.clear()

    def _kjor(self) -> None:
        endret, self._endret = self._endret, set()
        self._oppfrisk(endret)
