"""Small painted icons: list markers and toolbar icons that Qt's standard set lacks."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

RESTANSE = "#d9822b"
FORELOPIG = "#2b7bd9"
SKJERMET = "#7a4fb5"
FORFALT = "#c62828"


def _pixmap(storrelse: int = 16) -> tuple[QPixmap, QPainter]:
    pm = QPixmap(storrelse, storrelse)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p


@cache
def prikk(farge: str) -> QIcon:
    """A filled dot: restanse (orange), foreløpig svar (blue)."""
    pm, p = _pixmap()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(farge))
    p.drawEllipse(QRectF(4, 4, 8, 8))
    p.end()
    return QIcon(pm)


@cache
def laas() -> QIcon:
    """A padlock: the record is skjermet."""
    pm, p = _pixmap()
    p.setPen(QPen(QColor(SKJERMET), 1.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(5, 2, 6, 8), 0, 180 * 16)
    p.drawLine(QPointF(5, 6), QPointF(5, 8))
    p.drawLine(QPointF(11, 6), QPointF(11, 8))
    p.setBrush(QBrush(QColor(SKJERMET)))
    p.drawRoundedRect(QRectF(3.5, 7.5, 9, 7), 1.5, 1.5)
    p.end()
    return QIcon(pm)


@cache
def bokstav(tekst: str, farge: str = "#37618e", storrelse: int = 32) -> QIcon:
    """A rounded tile with one or two letters, for toolbar actions without a standard icon."""
    pm, p = _pixmap(storrelse)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(farge))
    p.drawRoundedRect(QRectF(2, 2, storrelse - 4, storrelse - 4), 6, 6)
    f = p.font()
    f.setBold(True)
    f.setPixelSize(int(storrelse * (0.5 if len(tekst) <= 1 else 0.38)))
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, storrelse, storrelse), Qt.AlignmentFlag.AlignCenter, tekst)
    p.end()
    return QIcon(pm)


@cache
def hake(farge: str = "#2e7d32", storrelse: int = 32) -> QIcon:
    """A check mark, for Godkjent / Ferdigstill / Journalfør."""
    pm, p = _pixmap(storrelse)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(farge))
    p.drawRoundedRect(QRectF(2, 2, storrelse - 4, storrelse - 4), 6, 6)
    sti = QPainterPath(QPointF(storrelse * 0.26, storrelse * 0.52))
    sti.lineTo(QPointF(storrelse * 0.44, storrelse * 0.70))
    sti.lineTo(QPointF(storrelse * 0.76, storrelse * 0.32))
    p.setPen(QPen(QColor("white"), storrelse / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(sti)
    p.end()
    return QIcon(pm)
