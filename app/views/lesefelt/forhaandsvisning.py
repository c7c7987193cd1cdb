"""The reading pane's document preview: a PDF as it is, an office file as a PDF made off the UI thread.

What is shown is chosen by the pane (the newest arkivformat when the document has
one); this widget draws a PDF, or converts a .docx (and the other office formats)
with LibreOffice through app/dokumenter/konvertering.py on a background lane
(app/widgets/arbeider.py). Conversions are cached by the content's checksum, so
going back to a document, or to the same version from another journalpost, is
instant; a new selection cancels a conversion still running, and its result is
dropped. A failed conversion says why in place of the preview.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget

from app.dokumenter.konvertering import KONTORFORMATER
from app.widgets.arbeider import Arbeider

_MAKS_BUFRET = 16
"""Converted previews kept in memory (a letter is some 30–100 kB as PDF)."""
_bufret: OrderedDict[str, bytes] = OrderedDict()
"""sjekksum → PDF of the content, shared by every window of the process."""


def kan_konverteres(format_: str) -> bool:
    """An office format LibreOffice turns into a PDF for the preview."""
    return f".{format_.lower().lstrip('.')}" in KONTORFORMATER


def _lag_dokument(data: bytes) -> QPdfDocument:
    """A loaded QPdfDocument over ``data``, made in any thread and handed to the UI thread.

    PDFium parses the file under Qt's one process-wide PDFium lock; done on a worker, the UI
    thread never waits for the parse, nor for a page another preview is rendering meanwhile.
    """
    dok = QPdfDocument()
    buf = QBuffer(dok)  # a child: it lives, and moves to the UI thread, with the document
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    dok.load(buf)
    app = QCoreApplication.instance()
    if app is not None:
        dok.moveToThread(app.thread())
    return dok


def _konverter(data: bytes, filnavn: str) -> bytes:
    from app.dokumenter.konvertering import til_arkivformat

    return til_arkivformat(data, filnavn)


class Forhaandsvisning(QStackedWidget):
    """Page 0: a message ("Ingen forhåndsvisning", "Lager forhåndsvisning …", a failure); page 1: the PDF."""

    def __init__(self, parent=None, *, konverter: Callable[[bytes, str], bytes] = _konverter) -> None:
        super().__init__(parent)
        self._konverter = konverter
        self._venter_paa: str | None = None
        self._dok = QPdfDocument(self)
        self.pdfvisning = QPdfView()
        self.pdfvisning.setObjectName("pdfvisning")
        self.pdfvisning.setDocument(self._dok)
        self.pdfvisning.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdfvisning.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ingen_visning = QLabel()
        self.ingen_visning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ingen_visning.setWordWrap(True)
        self.ingen_visning.setObjectName("ingenvisning")
        self.addWidget(self.ingen_visning)
        self.addWidget(self.pdfvisning)
        self._arbeider = Arbeider(self, lesing=True)
        self._arbeider.sig_result.connect(self._on_konvertert)
        self._arbeider.sig_error.connect(self._on_konvertering_feilet)
        self.ingen_tekst = ""
        """What page 0 says when there is nothing to preview (the pane sets it)."""

    @property
    def konverterer(self) -> bool:
        """A preview is being made right now."""
        return self._arbeider.opptatt

    @property
    def pdf(self) -> QPdfDocument:
        """The document shown (an empty one on page 0)."""
        return self._dok

    @property
    def sider(self) -> int:
        return self.pdf.pageCount() if self.currentIndex() == 1 else 0

    def vis_ingen(self, tekst: str | None = None) -> None:
        self.vis_pdf(None)
        self.ingen_visning.setText(tekst or self.ingen_tekst)

    def vis_pdf(self, data: bytes | None) -> None:
        """Show this PDF (None: page 0); a conversion still running is cancelled."""
        self._arbeider.avbryt()
        self._venter_paa = None
        self._tegn(data)

    def vis_fil(self, hent: Callable[[], bytes], *, filnavn: str, sjekksum: str, pdf: bool) -> None:
        """Read the file with ``hent`` off the UI thread and show it: a PDF as it is, an office file
        converted (or from the cache at once). A newer call drops this one's answer."""
        ferdig = None if pdf else _bufret.get(sjekksum)
        if ferdig is not None:
            _bufret.move_to_end(sjekksum)
        self.vis_pdf(None)
        if pdf:
            self.ingen_visning.setText(self.tr("Henter %1 …").replace("%1", filnavn))
        else:
            self.ingen_visning.setText(self.tr("Lager forhåndsvisning av %1 …").replace("%1", filnavn))
        self._venter_paa = sjekksum
        konverter = self._konverter

        def jobb(progress, avbrutt) -> tuple[str, bytes, bool, QPdfDocument]:
            if ferdig is not None:
                return sjekksum, ferdig, True, _lag_dokument(ferdig)
            data = hent()
            if not pdf:
                data = konverter(data, filnavn)
            return sjekksum, data, pdf, _lag_dokument(data)

        self._arbeider.start(jobb)

    def _on_konvertert(self, ut: tuple[str, bytes, bool, QPdfDocument]) -> None:
        sjekksum, pdf, som_den_er, dok = ut
        if not som_den_er:
            _bufret[sjekksum] = pdf
            while len(_bufret) > _MAKS_BUFRET:
                _bufret.popitem(last=False)
        if sjekksum == self._venter_paa:
            self._venter_paa = None
            self._vis_dokument(dok)
        else:
            dok.deleteLater()

    def _on_konvertering_feilet(self, e: object) -> None:
        self._venter_paa = None
        self._tegn(None)
        self.ingen_visning.setText(self.tr("Kunne ikke lage forhåndsvisning: %1").replace("%1", str(e)))

    def _tegn(self, data: bytes | None) -> None:
        """Show ``data`` now, parsed on this thread (a dialog's preview; the pane uses ``vis_fil``)."""
        self._vis_dokument(_lag_dokument(data) if data else None)

    def _vis_dokument(self, dok: QPdfDocument | None) -> None:
        gammel = self._dok
        self._dok = dok if dok is not None else QPdfDocument(self)
        self._dok.setParent(self)
        self.pdfvisning.setDocument(self._dok)
        # The old document (and its buffer, a child) goes now: a reference kept by Python alone
        # would hold every PDF previewed until the window closes.
        gammel.deleteLater()
        if dok is None:
            self.setCurrentIndex(0)
            return
        self.setCurrentIndex(1)
        self.pdfvisning.setZoomMode(QPdfView.ZoomMode.FitToWidth)
