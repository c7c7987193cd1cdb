"""The archive rendering of an e-mail (PDF/A-1b) and PDF text for indexing.

A journalpost made from an e-mail keeps the message itself as
produksjonsformat and a PDF as arkivformat (Noark 5 wants PDF/A). Qt's text
engine renders a message in milliseconds and needs no external converter,
which is why this lives with the widgets rather than in app/services or
app/epost: what the page says (header block, body) is ``app.epost.arkivvisning``,
this module only draws it. The import service receives ``lag_arkiv_pdf`` and
``pdf_tekst`` as arguments, so neither it nor app/epost imports Qt.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPdf import QPdfDocument

from app.epost import Epost
from app.epost.arkivvisning import brodtekst_html, hode_html

_BILDEBREDDE = 640
"""Widest inline image, in document pixels: about the A4 text width."""
_FONTER = ["Segoe UI", "Arial", "Liberation Sans", "DejaVu Sans", "Helvetica"]
_eget_program: QGuiApplication | None = None


def sikre_qt() -> None:
    """Make sure a QGuiApplication exists, creating one only if none does.

    Lets the CLI and tests render without a window. Off-screen is chosen when
    nothing else is configured and there is no display to talk to.
    """
    global _eget_program
    program = QCoreApplication.instance()
    if program is not None:
        if not isinstance(program, QGuiApplication):
            raise RuntimeError(
                "PDF-visning trenger QGuiApplication, men programmet har bare QCoreApplication"
            )
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("Qt må startes i hovedtråden før PDF-er kan lages i en arbeidstråd")
    argv = ["saksbord"]
    if not _har_skjerm():
        argv += ["-platform", "offscreen"]
    _eget_program = QGuiApplication(argv)


def _har_skjerm() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform; respect it
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Dokument(QTextDocument):
    """Loads nothing from outside: a message must not pull local files or URLs into the archive.

    Only the images added from the message's own attachments are drawn. Any
    other image gets a blank stand-in, because for a missing image Qt falls
    back on reading the named file from disk.
    """

    _blank: QImage | None = None

    def loadResource(self, type_: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        if type_ == QTextDocument.ResourceType.ImageResource.value:
            if _Dokument._blank is None:
                _Dokument._blank = QImage(1, 1, QImage.Format.Format_RGB32)
                _Dokument._blank.fill(Qt.GlobalColor.white)
            return _Dokument._blank
        return QByteArray()


def lag_arkiv_pdf(epost: Epost) -> bytes:
    """A4 PDF/A-1b of the message: a header block (Fra, Sendt, Til, …) and the body.

    The body is the HTML part when there is one, so tables and emphasis
    survive; inline images referenced as cid: are drawn from the attachments.
    """
    sikre_qt()
    dokument = _Dokument()
    skrift = QFont()
    skrift.setFamilies(_FONTER)
    skrift.setPointSizeF(10)
    dokument.setDefaultFont(skrift)
    _legg_til_bilder(dokument, epost)

    dokument.setHtml(hode_html(epost))
    markør = QTextCursor(dokument)
    markør.movePosition(QTextCursor.MoveOperation.End)
    markør.insertHtml(brodtekst_html(epost))

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    skriver = QPdfWriter(buffer)
    skriver.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    skriver.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margin (and the page numbers in it).
    skriver.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    skriver.setTitle(epost.emne or "E-post")
    skriver.setCreator("Saksbord")
    if epost.avsender:
        skriver.setAuthor(str(epost.avsender))
    dokument.print_(skriver)
    del skriver  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def _legg_til_bilder(dokument: QTextDocument, epost: Epost) -> None:
    for v in epost.vedlegg:
        if not (v.content_id and v.mimetype.startswith("image/")):
            continue
        bilde = QImage.fromData(v.data)
        if bilde.isNull():
            continue
        if bilde.width() > _BILDEBREDDE:
            bilde = bilde.scaledToWidth(_BILDEBREDDE, Qt.TransformationMode.SmoothTransformation)
        # Outlook writes src="cid:x"; some clients write the bare content id.
        for navn in (f"cid:{v.content_id}", v.content_id):
            dokument.addResource(QTextDocument.ResourceType.ImageResource, QUrl(navn), bilde)


def pdf_tekst(data: bytes) -> str:
    """All text of a PDF, page by page, for the full-text index.

    An encrypted or broken PDF gives "": the index is then simply without it.
    """
    sikre_qt()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    dokument = QPdfDocument(None)  # pyright: ignore[reportArgumentType] - stub: parent may be None
    try:
        dokument.load(buffer)
        if dokument.status() != QPdfDocument.Status.Ready:
            return ""
        return "\n".join(dokument.getAllText(side).text() for side in range(dokument.pageCount()))
    finally:
        dokument.close()
        buffer.close()
