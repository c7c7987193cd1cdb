"""The leader's restanse chart: one stacked bar per saksbehandler, coloured by the age of each restanse.

Drawn with QPainter (no QtCharts): the bars are the report's ``Gruppe`` rows, so the chart and the
table beside it come from the same numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.rapporter.modell import ALDERSGRUPPER, Gruppe

FARGER = ("#6aa84f", "#f1c232", "#e69138", "#cc0000")
"""Young to old: green, yellow, orange, red."""


class Restansediagram(QWidget):
    """Stacked horizontal bars; ``stolper()`` gives what is drawn, for tests and the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restansediagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._grupper: list[Gruppe] = []

    def sett_grupper(self, grupper: list[Gruppe]) -> None:
        self._grupper = list(grupper)
        self.setToolTip(
            "\n".join(
                f"{g.navn}: {g.antall} ("
                + ", ".join(f"{n} {g.per_alder.get(n, 0)}" for n, _f, _t in ALDERSGRUPPER)
                + ")"
                for g in self._grupper
            )
        )
        self.updateGeometry()
        self.update()

    def stolper(self) -> list[tuple[str, list[int]]]:
        """Per person, the count in each age bucket (left to right)."""
        return [(g.navn, [g.per_alder.get(n, 0) for n, _f, _t in ALDERSGRUPPER]) for g in self._grupper]

    def sizeHint(self) -> QSize:
        return QSize(480, 36 + 22 * max(1, len(self._grupper)))

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            fm = p.fontMetrics()
            venstre = max([fm.horizontalAdvance(g.navn) for g in self._grupper] + [40]) + 12
            hoyest = max([g.antall for g in self._grupper] + [1])
            bredde = max(10, self.width() - venstre - 50)
            x = float(venstre)
            for i, (navn, _f, _t) in enumerate(ALDERSGRUPPER):  # legend
                p.fillRect(QRectF(x, 4, 10, 10), QColor(FARGER[i]))
                p.drawText(int(x + 14), 14, navn)
                x += 24 + fm.horizontalAdvance(navn)
            for rad, (navn, tall) in enumerate(self.stolper()):
                y = 26 + rad * 22
                p.drawText(
                    QRectF(0, y, venstre - 6, 18),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    navn,
                )
                x = float(venstre)
                for i, n in enumerate(tall):
                    w = bredde * n / hoyest
                    p.fillRect(QRectF(x, y, w, 18), QColor(FARGER[i]))
                    x += w
                p.drawText(int(x + 4), y + 14, str(sum(tall)))
        finally:
            p.end()
