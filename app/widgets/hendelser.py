"""The one application-wide "something changed" signal (Anki's operation_did_execute).

After a service call succeeds the window emits ``sig_data_changed(kind)``;
each view decides whether to refresh. No view reaches into another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hendelser(QObject):
    sig_data_changed = Signal(str)
    """Data of this kind changed: "journalpost", "sak", "oppgave", "skrivebord" or "alt"."""


_hendelser: Hendelser | None = None


def hendelser() -> Hendelser:
    """The process-wide instance (created on first use, after the QApplication)."""
    global _hendelser
    if _hendelser is None:
        _hendelser = Hendelser()
    return _hendelser
