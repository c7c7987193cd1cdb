"""Images and plain text drawn as PDF with Qt, the renderer app.dokumenter.konvertering asks for.

The documents core has no Qt, so the window (and the CLI, off-screen) passes
``tegn_pdf`` in; Ghostscript then makes the result PDF/A-2b like any other PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.dokumenter.feil import KonverteringFeil
from app.widgets.arkivpdf import sikre_qt

_TEKSTFONTER = ["Consolas", "Liberation Mono", "DejaVu Sans Mono", "Courier New"]


def tegn_pdf(data: bytes, filnavn: str) -> bytes:
    """An A4 PDF of an image (scaled to fit the page) or a text file (UTF-8 or Windows-1252)."""
    sikre_qt()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    skriver = QPdfWriter(buffer)
    skriver.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    skriver.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    skriver.setTitle(Path(filnavn).stem)
    skriver.setCreator("Saksbord")
    if Path(filnavn).suffix.lower() == ".txt":
        _tekst(skriver, data)
    else:
        _bilde(skriver, data, filnavn)
    del skriver  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def _tekst(skriver: QPdfWriter, data: bytes) -> None:
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        tekst = data.decode("cp1252", "replace")
    dokument = QTextDocument()
    skrift = QFont()
    skrift.setFamilies(_TEKSTFONTER)
    skrift.setPointSizeF(9.5)
    dokument.setDefaultFont(skrift)
    dokument.setPlainText(tekst)
    # QTextDocument.print_ adds its own 2 cm margin.
    skriver.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    dokument.print_(skriver)


def _bilde(skriver: QPdfWriter, data: bytes, filnavn: str) -> None:
    bilde = QImage.fromData(data)
    if bilde.isNull():
        raise KonverteringFeil(f"«{filnavn}» kan ikke leses som bilde; filen er kanskje skadet.")
    if bilde.width() > bilde.height():
        skriver.setPageOrientation(QPageLayout.Orientation.Landscape)
    skriver.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    maler = QPainter(skriver)
    try:
        flate = QRectF(skriver.pageLayout().paintRectPixels(skriver.resolution()))
        flate.moveTo(0, 0)
        størrelse = bilde.size().toSizeF().scaled(flate.size(), Qt.AspectRatioMode.KeepAspectRatio)
        mål = QRectF(flate.topLeft(), størrelse)
        mål.moveCenter(flate.center())
        maler.drawImage(mål, bilde)
    finally:
        maler.end()
