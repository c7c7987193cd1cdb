"""Skriv ut: a journalpost's documents (chosen versions) and merknader on paper, for an innsyn request.

The dialog chooses; the versions are read through services/utskrift.py, the ones
without arkivformat are made PDF on a background lane (LibreOffice can take a few
seconds), then the system's print dialog picks the printer and app/widgets/utskrift.py
prints. A failure says which document and why; nothing is printed half.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.services import dokumenter, utskrift
from app.services.data import JournalpostInfo
from app.views.dialoger.utskrift import UtskriftDialog
from app.views.hovedvindu.kontekst import Vinduskontekst
from app.widgets import utskrift as skriver
from app.widgets.arbeider import Arbeider


class Utskrifthandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_klar)
        self._arbeider.sig_error.connect(self._on_feil)
        self._arbeider.sig_progress.connect(
            lambda p: ctx.melding(self.tr("Gjør klar utskriften … %1 %").replace("%1", str(p)), 0)
        )
        self.printer: QPrinter | None = None
        self.sider = 0
        """Pages in the last printout (the status bar says it too)."""

    @property
    def forbereder(self) -> bool:
        return self._arbeider.opptatt

    def skriv_ut(self, jp: JournalpostInfo | None) -> None:
        """Ask what to print, make it PDF off the UI thread, then print it through the print dialog."""
        ctx = self.ctx
        if jp is None:
            return
        d = UtskriftDialog(
            jp.journalpostnummer,
            ctx.hent(dokumenter.liste, jp.id),
            merknader=len(jp.merknader),
            parent=ctx.forelder,
        )
        if not ctx.kjor_dialog(d):
            return
        innhold = ctx.hent(utskrift.hent_utskrift, jp.id, valg=d.valg(), merknader=d.merknader.isChecked())
        typer = {"gul": self.tr("Gul lapp"), "formell": self.tr("Merknad")}
        html = (
            skriver.merknadside(innhold, innhold.merknader, overskrift=self.tr("Merknader"), typer=typer)
            if d.merknader.isChecked()
            else None
        )

        def jobb(progress, avbrutt):
            from app.widgets.pdfskriver import tegn_pdf

            pdfer = []
            for nr, del_ in enumerate(innhold.deler):
                if avbrutt():
                    return None
                pdfer.append(skriver.til_pdf(del_, tegner=tegn_pdf))
                progress((nr + 1) * 100 // max(1, len(innhold.deler)))
            return pdfer, html

        self._arbeider.start(jobb)

    def _on_klar(self, ut: tuple[list[bytes], str | None] | None) -> None:
        ctx = self.ctx
        if ut is None:
            return
        pdfer, html = ut
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, ctx.forelder)
        dialog.setWindowTitle(self.tr("Skriv ut"))
        if not ctx.kjor_dialog(dialog):
            ctx.melding(self.tr("Utskriften ble avbrutt"))
            return
        try:
            self.sider = skriver.skriv_ut(printer, pdfer, merknader_html=html)
        except Exception as e:
            ctx.vis_feil(e)
            return
        ctx.melding(self.tr("Skrev ut %n side(r)", "", self.sider))

    def _on_feil(self, e: object) -> None:
        self.ctx.melding("")
        self.ctx.vis_feil(e if isinstance(e, BaseException) else str(e))
