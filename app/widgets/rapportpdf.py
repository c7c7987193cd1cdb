"""A report as an A4 PDF through Qt's own PDF writer: a header on every page, page numbers below.

The body is the report's HTML (``app.services.rapporter.format.som_html``), laid out by a
QTextDocument on the writer's page and painted page by page, so the window and the command line
print the same document. Without a running Qt application (the CLI) one is started offscreen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.services.rapporter.format import som_html, topptekst
from app.services.rapporter.modell import Rapport

_app: QApplication | None = None


def _sikre_qt() -> None:
    """A Qt application for fonts and layout. A QApplication (not a bare QGuiApplication), so a
    window opened later in the same process (a test run, the CLI in-process) can still make widgets."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QApplication(["saksbord", "-platform", "offscreen"])


def skriv_pdf(r: Rapport, sti: Path | str) -> Path:
    """Write ``r`` to ``sti`` as A4 (landscape for wide tables); returns the path."""
    _sikre_qt()
    sti = Path(sti)
    skriver = QPdfWriter(str(sti))
    skriver.setResolution(96)
    liggende = len(r.kolonner) > 6
    skriver.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if liggende else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    skriver.setTitle(f"{r.kommune} – {r.tittel}")
    skriver.setCreator("Saksbord")
    flate = skriver.pageLayout().paintRectPixels(skriver.resolution())
    hode_h, fot_h = 28.0, 22.0
    dok = QTextDocument()
    dok.documentLayout().setPaintDevice(skriver)
    dok.setDefaultFont(QFont("DejaVu Sans", 8))
    dok.setHtml(som_html(r))
    side_h = flate.height() - hode_h - fot_h
    dok.setPageSize(QSizeF(flate.width(), side_h))
    sider = max(1, dok.pageCount())
    maler = QPainter(skriver)
    try:
        liten = QFont("DejaVu Sans", 7)
        for nr in range(sider):
            if nr:
                skriver.newPage()
            maler.setFont(liten)
            maler.drawText(
                QRectF(0, 0, flate.width(), hode_h - 6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                topptekst(r),
            )
            maler.drawLine(0, int(hode_h - 4), int(flate.width()), int(hode_h - 4))
            maler.drawText(
                QRectF(0, flate.height() - fot_h + 4, flate.width(), fot_h - 4),
                int(Qt.AlignmentFlag.AlignCenter),
                f"Side {nr + 1} av {sider}",
            )
            maler.save()
            maler.translate(0, hode_h - nr * side_h)
            dok.drawContents(maler, QRectF(0, nr * side_h, flate.width(), side_h))
            maler.restore()
    finally:
        maler.end()
    return sti
