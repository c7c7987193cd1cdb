"""Print PDFs, and a page of merknader, on a printer Qt knows (or a PDF file, for tests and "Lagre som PDF").

Each PDF page is rendered by QtPdf at the printer's resolution (capped, so a
600 dpi printer does not get 35 MB bitmaps per page) and scaled into the
printable area with its proportions kept, one printed page per PDF page. The
merknader are laid out as real text by QTextDocument, so they stay text in a PDF.
``til_pdf`` turns the production file of a version without arkivformat into a
PDF first (LibreOffice for office files, Qt for images and text); it runs on a
background lane, the printing itself on the UI thread (QPainter on a printer).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtPdf import QPdfDocument

from app.dokumenter.feil import KonverteringFeil
from app.services.data import MerknadInfo
from app.services.utskrift import Utskrift, Utskriftsdel

_MAKS_DPI = 200
"""Pages are rendered at most this fine: sharp on paper, and a few MB per page at most."""


def til_pdf(del_: Utskriftsdel, *, tegner: Callable[[bytes, str], bytes] | None = None) -> bytes:
    """The version as a PDF: an arkivformat or a PDF as it is, an office file through LibreOffice,
    an image or a text file through ``tegner``. Raises ``KonverteringFeil`` (Norwegian)."""
    if del_.format == "pdf" or del_.data[:5] == b"%PDF-":
        return del_.data
    from app.dokumenter.konvertering import KONTORFORMATER, TEGNEFORMATER, til_arkivformat

    endelse = "." + del_.filnavn.rsplit(".", 1)[-1].lower() if "." in del_.filnavn else ""
    if endelse in KONTORFORMATER:
        return til_arkivformat(del_.data, del_.filnavn)
    if endelse in TEGNEFORMATER and tegner is not None:
        return tegner(del_.data, del_.filnavn)
    raise KonverteringFeil(f"«{del_.filnavn}» kan ikke skrives ut: filtypen kan ikke gjøres om til PDF.")


def merknadside(
    utskrift: Utskrift, merknader: Sequence[MerknadInfo], *, overskrift: str, typer: dict[str, str]
) -> str:
    """The merknader page as HTML: the journalpost, then one row per merknad (time, who, type, text)."""
    rader = "".join(
        f"<tr><td>{m.tid:%d.%m.%Y %H:%M}</td><td>{html.escape(m.av)}</td>"
        f"<td>{html.escape(typer.get(m.type, m.type))}</td><td>{html.escape(m.tekst)}</td></tr>"
        for m in merknader
    )
    return (
        f"<h3>{html.escape(overskrift)}</h3>"
        f"<p>{html.escape(utskrift.journalpostnummer)} {html.escape(utskrift.tittel)}</p>"
        f"<table cellpadding='4' border='1' cellspacing='0' width='100%'>{rader}</table>"
    )


def skriv_ut(skriver: QPagedPaintDevice, pdfer: Sequence[bytes], *, merknader_html: str | None = None) -> int:
    """Print every page of every PDF, then the merknader page; returns the number of pages printed."""
    maler = QPainter()
    if not maler.begin(skriver):
        raise KonverteringFeil("Skriveren kunne ikke startes.")
    sider = 0
    try:
        layout = skriver.pageLayout()
        dpi = min(skriver.logicalDpiX(), _MAKS_DPI)
        flate = QRectF(layout.paintRectPixels(skriver.logicalDpiX()))
        flate.moveTo(0, 0)
        for data in pdfer:
            for bilde_side in _sider(data, dpi):
                if sider:
                    skriver.newPage()
                storrelse = QSizeF(bilde_side.size()).scaled(flate.size(), Qt.AspectRatioMode.KeepAspectRatio)
                maal = QRectF(flate.topLeft(), storrelse)
                maler.drawImage(maal, bilde_side)
                sider += 1
        if merknader_html is not None:
            if sider:
                skriver.newPage()
            dok = QTextDocument()
            dok.setHtml(merknader_html)
            dok.setPageSize(flate.size())
            dok.drawContents(maler, flate)
            sider += 1
    finally:
        maler.end()
    return sider


def _sider(data: bytes, dpi: int) -> Iterator[QImage]:
    """Each page of the PDF as an image at ``dpi``."""
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    pdf.load(buf)
    if pdf.status() != QPdfDocument.Status.Ready:
        raise KonverteringFeil("En PDF i utskriften kunne ikke leses.")
    try:
        for i in range(pdf.pageCount()):
            punkt = pdf.pagePointSize(i)
            yield pdf.render(i, QSize(int(punkt.width() * dpi / 72), int(punkt.height() * dpi / 72)))
    finally:
        pdf.close()
        buf.close()
