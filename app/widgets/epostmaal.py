"""Drop targets for e-mail: which sak a drag is over, and the drag events that go with it.

A widget that shows saker mixes in ``EpostMaal`` and answers ``_slippsak(pos)``
with the saksnummer under the cursor (or None). Only drags that carry a
message (``outlook_drop.kan_motta``) are accepted, and only over a sak; the
drop emits ``sig_epost_sluppet(saksnr, mime)`` while the mime data still lives,
so the receiver must take the files out before it returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.widgets.outlook_drop import kan_motta

# The checker sees the mixin as the QWidget it is always mixed into; at run time it is a plain class.
_Widget = QWidget if TYPE_CHECKING else object


class EpostMaal(_Widget):
    """Mixin for a QWidget (or an item view: positions are in its viewport)."""

    #: Each widget declares it as ``Signal(str, QMimeData)`` (a Signal belongs to a QObject class).
    sig_epost_sluppet: ClassVar[Signal]

    def _slippsak(self, pos: QPoint) -> str | None:
        """The saksnummer under ``pos``; each widget answers for its own rows (by default: none)."""
        return None

    def _marker_slipp(self, pos: QPoint | None) -> None:
        """Highlight what a drop at ``pos`` would land on; None clears it."""

    def _epost_sluppet(self, saksnr: str, mime: QMimeData) -> None:
        self.sig_epost_sluppet.emit(saksnr, mime)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if kan_motta(e.mimeData()):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        pos = e.position().toPoint()
        if kan_motta(e.mimeData()) and self._slippsak(pos):
            self._marker_slipp(pos)
            e.acceptProposedAction()
        else:
            self._marker_slipp(None)
            e.ignore()

    def dragLeaveEvent(self, e: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._marker_slipp(None)
        e.accept()

    def dropEvent(self, e: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._marker_slipp(None)
        saksnr = self._slippsak(e.position().toPoint())
        if not saksnr or not kan_motta(e.mimeData()):
            e.ignore()
            return
        e.acceptProposedAction()
        self._epost_sluppet(saksnr, e.mimeData())
