"""Import e-mail into a sak from the window: progress with Avbryt, a question per duplicate, a summary.

The import itself is ``app.services.epostimport.importer_filer``, run on
the shared worker adapter (``app.widgets.arbeider.Arbeider``) so the window
stays responsive. The summary offers "Marker som ekspedert" for imported sent
mail, which would otherwise be forgotten in Dokumenter i arbeid (DESIGN §7).
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QMimeData, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import dokumenter, ekspedering
from app.services.arbeid import Kontekst
from app.services.epostimport import FilResultat, ImportRapport, importer_filer
from app.widgets import arkivpdf
from app.widgets.arbeider import Arbeider
from app.widgets.hendelser import hendelser

log = logging.getLogger(__name__)

DialogKjorer = Callable[[QDialog], bool]
"""Runs a dialog and says whether it was accepted (Ja/OK); the main window's ``kjor_dialog``."""


def _tr(tekst: str) -> str:
    return QCoreApplication.translate("epost", tekst)


def kjor_modal(d: QDialog) -> bool:
    """The default ``DialogKjorer``: exec() the dialog."""
    svar = d.exec()
    if isinstance(d, QMessageBox):
        return svar in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    return svar == QDialog.DialogCode.Accepted


def dialogkjorer(parent: QWidget | None, kjor_dialog: DialogKjorer | None) -> DialogKjorer:
    """The given runner, else the parent window's own (so its tests can answer), else exec()."""
    return kjor_dialog or getattr(parent, "kjor_dialog", None) or kjor_modal


def importer_med_dialog(
    parent: QWidget | None,
    ctx: Kontekst,
    saksnr: str,
    paths: Sequence[str | Path],
    *,
    kjor_dialog: DialogKjorer | None = None,
    besvar: Callable[[str], None] | None = None,
) -> ImportRapport | None:
    """Import ``paths`` into ``saksnr`` off the UI thread; ask about duplicates; show the summary.

    With ``besvar``, the summary offers "Besvar og avskriv" on a single imported incoming post
    and hands its journalpostnummer to ``besvar`` once the summary is closed.

    Returns the report (only importert and avvist remain once duplicates are
    answered), or None when nothing could be imported at all (unknown or
    closed sak: the reason is shown). Blocks in a local event loop while the
    worker runs, like a modal dialog.
    """
    kjor = dialogkjorer(parent, kjor_dialog)
    filer = [Path(p) for p in paths]
    if not filer:
        return None
    try:
        rapport = _i_bakgrunnen(
            parent,
            _tr("Importerer %n e-post(er) til sak %1 …").replace("%n", str(len(filer))).replace("%1", saksnr),
            lambda progress, cancelled: importer_filer(
                ctx,
                saksnr,
                filer,
                progress=progress,
                cancelled=cancelled,
                duplikat="spor",
                render_pdf=arkivpdf.lag_arkiv_pdf,
                pdf_tekst=arkivpdf.pdf_tekst,
            ),
        )
        if rapport.duplikater:
            rapport = _spør_om_duplikater(parent, ctx, rapport, kjor)
    except Exception as e:
        vis_feil(parent, e, kjor)
        return None
    if rapport.importerte:
        hendelser().sig_data_changed.emit("journalpost")
    oppsummering = ImportOppsummering(rapport, ctx, parent, kan_besvare=besvar is not None)
    kjor(oppsummering)
    if besvar is not None and oppsummering.besvar:
        besvar(oppsummering.besvar)
    return rapport


def importer_slipp(
    parent: QWidget | None,
    ctx: Kontekst,
    saksnr: str,
    mime: QMimeData,
    *,
    kjor_dialog: DialogKjorer | None = None,
) -> ImportRapport | None:
    """Import what a drop carries: .msg/.eml files from Explorer or mail items dragged from Outlook.

    Outlook's items are written to a temporary folder that is removed again
    once they are registered.
    """
    from app.widgets.outlook_drop import DropFeil, filer_fra_mime

    kjor = dialogkjorer(parent, kjor_dialog)
    with tempfile.TemporaryDirectory(prefix="saksbord-slipp-") as mappe:
        try:
            filer = filer_fra_mime(mime, tmp_dir=Path(mappe))
        except DropFeil as e:
            vis_feil(parent, str(e), kjor)
            return None
        if not filer:
            vis_feil(parent, _tr("Det som ble sluppet inneholder ingen e-post (.msg eller .eml)."), kjor)
            return None
        return importer_med_dialog(parent, ctx, saksnr, filer, kjor_dialog=kjor)


# ---------------------------------------------------------------------------


def _i_bakgrunnen(
    parent: QWidget | None,
    tekst: str,
    jobb: Callable[[Callable[[int], None], Callable[[], bool]], ImportRapport],
) -> ImportRapport:
    """Run ``jobb(progress, cancelled)`` on the worker with a progress dialog; re-raise its error.

    Avbryt stops after the message being registered, so what is done stays
    done and is reported; the worker's own cancel would drop the result.
    """
    stopp = threading.Event()
    fremdrift = QProgressDialog(tekst, _tr("Avbryt"), 0, 100, parent)
    fremdrift.setObjectName("importfremdrift")
    fremdrift.setWindowTitle(_tr("Importer e-post"))
    fremdrift.setWindowModality(Qt.WindowModality.WindowModal)
    fremdrift.setMinimumDuration(400)
    fremdrift.setAutoClose(False)
    fremdrift.setAutoReset(False)
    fremdrift.setValue(0)

    def avbryt() -> None:
        stopp.set()
        fremdrift.setLabelText(_tr("Avbryter etter meldingen som registreres nå …"))

    fremdrift.canceled.connect(avbryt)
    arbeider = Arbeider(fremdrift)
    rapport: list[ImportRapport] = []
    feil: list[BaseException] = []
    løkke = QEventLoop()
    arbeider.sig_progress.connect(fremdrift.setValue)
    arbeider.sig_result.connect(lambda r: (rapport.append(r), løkke.quit()))
    arbeider.sig_error.connect(lambda e: (feil.append(e), løkke.quit()))
    arbeider.start(lambda progress, avbrutt: jobb(progress, lambda: stopp.is_set() or avbrutt()))
    løkke.exec()
    fremdrift.canceled.disconnect(avbryt)
    fremdrift.close()
    fremdrift.deleteLater()
    if feil:
        raise feil[0]
    return rapport[0]


def _spør_om_duplikater(
    parent: QWidget | None, ctx: Kontekst, rapport: ImportRapport, kjor: DialogKjorer
) -> ImportRapport:
    """Ja/Nei per message already in the sak; the Ja ones are registered again."""
    svar: dict[int, bool] = {}
    for nr, r in enumerate(rapport.resultater):
        if r.status != "duplikat":
            continue
        boks = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Allerede registrert"),
            (
                _tr("«%1» (%2) er allerede registrert i saken som %3.\n\nVil du registrere den en gang til?")
                if (r.journalpostnummer or "").startswith(f"{rapport.saksnummer}-")
                else _tr(
                    "«%1» (%2) er allerede registrert i en annen sak, som %3.\n\nVil du registrere den en gang til?"
                )
            )
            .replace("%1", r.emne or "")
            .replace("%2", Path(r.fil).name)
            .replace("%3", r.journalpostnummer or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        boks.setObjectName("duplikat")
        boks.setDefaultButton(QMessageBox.StandardButton.No)
        svar[nr] = kjor(boks)
    ja = [rapport.resultater[nr].fil for nr, j in svar.items() if j]
    igjen = iter(())
    ikke_behandlet: tuple[str, ...] = ()
    avbrutt = rapport.avbrutt
    if ja:
        andre = _i_bakgrunnen(
            parent,
            _tr("Registrerer %n e-post(er) på nytt …").replace("%n", str(len(ja))),
            lambda progress, cancelled: importer_filer(
                ctx,
                rapport.saksnummer,
                ja,
                progress=progress,
                cancelled=cancelled,
                duplikat="importer",
                render_pdf=arkivpdf.lag_arkiv_pdf,
                pdf_tekst=arkivpdf.pdf_tekst,
            ),
        )
        igjen, ikke_behandlet, avbrutt = (
            iter(andre.resultater),
            andre.ikke_behandlet,
            avbrutt or andre.avbrutt,
        )
    resultater: list[FilResultat] = []
    for nr, r in enumerate(rapport.resultater):
        if nr not in svar:
            resultater.append(r)
        elif svar[nr]:
            ny = next(igjen, None)  # None when Avbryt stopped the second round before it
            if ny is not None:
                resultater.append(ny)
        else:
            resultater.append(
                dataclasses.replace(r, status="avvist", melding=r.melding + _tr("; ikke registrert på nytt"))
            )
    return dataclasses.replace(
        rapport,
        resultater=tuple(resultater),
        avbrutt=avbrutt,
        ikke_behandlet=rapport.ikke_behandlet + ikke_behandlet,
    )


def vis_feil(parent: QWidget | None, e: BaseException | str, kjor: DialogKjorer) -> None:
    if isinstance(e, SaksbordFeil | str):
        tekst = str(e)
    else:
        log.error("Uventet feil under import av e-post", exc_info=e)
        tekst = _tr("Uventet feil: %1").replace("%1", f"{type(e).__name__}: {e}")
    boks = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Importer e-post"), tekst, QMessageBox.StandardButton.Ok, parent
    )
    boks.setObjectName("feilmelding")
    kjor(boks)


# ---------------------------------------------------------------------------


class ImportOppsummering(QDialog):
    """What was imported and what was refused, and why; sent mail can be marked ekspedert here."""

    def __init__(
        self,
        rapport: ImportRapport,
        ctx: Kontekst,
        parent: QWidget | None = None,
        *,
        kan_besvare: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importoppsummering")
        #: The one incoming post the user chose to answer at once ("Besvar og avskriv" here).
        self.besvar: str | None = None
        innkomne = [r.journalpostnummer for r in rapport.importerte if r.type == "I" and r.journalpostnummer]
        self.setModal(True)
        self.setMinimumSize(760, 320)
        self.rapport = rapport
        self.ctx = ctx
        self.ekspedert: list[str] = []
        self._ventende = [r.journalpostnummer for r in rapport.sendte_i_arbeid if r.journalpostnummer]

        lag = QVBoxLayout(self)
        self.overskrift = QLabel()
        self.overskrift.setObjectName("overskrift")
        self.overskrift.setStyleSheet("font-size: 11pt; font-weight: 600")
        lag.addWidget(self.overskrift)
        self.avbrutt = QLabel()
        self.avbrutt.setObjectName("avbrutt")
        self.avbrutt.setStyleSheet("color:#8e1c1c")
        self.avbrutt.setVisible(rapport.avbrutt)
        lag.addWidget(self.avbrutt)

        self.tabell = QTableWidget(len(rapport.resultater), 6)
        self.tabell.setObjectName("resultater")
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabell.setWordWrap(True)
        self.tabell.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lag.addWidget(self.tabell)
        # Outlook's In/Sent decides the type, and it is only a guess: correct it here (issue 20).
        self.typevalg: dict[str, QComboBox] = {}
        for rad, res in enumerate(rapport.resultater):
            if res.status == "importert" and res.journalpostnummer and res.type in ("I", "U", "N", "X"):
                valg = QComboBox()
                valg.setObjectName(f"type_{rad}")
                for t in ("I", "U", "N", "X"):
                    valg.addItem(t, t)
                valg.setCurrentIndex(valg.findData(res.type))
                valg.currentIndexChanged.connect(
                    lambda _i, nr=res.journalpostnummer, r=rad: self._endre_type(nr, r)
                )
                self.tabell.setCellWidget(rad, 4, valg)
                self.typevalg[res.journalpostnummer] = valg
        # The message is the hoveddokument to begin with; often the letter is an attachment (issue 20).
        self.hovedvalg: dict[str, QComboBox] = {}
        for rad, res in enumerate(rapport.resultater):
            if res.status != "importert" or not res.journalpostnummer or not res.vedlegg:
                continue
            hoved = QComboBox()
            hoved.setObjectName(f"hoveddokument_{rad}")
            for d in dokumenter.liste(ctx, res.journalpostnummer):
                hoved.addItem(d.tittel, d.id)
                if d.tilknytning == "hoveddokument":
                    hoved.setCurrentIndex(hoved.count() - 1)
            hoved.currentIndexChanged.connect(
                lambda _i, nr=res.journalpostnummer, r=rad: self._velg_hoveddokument(nr, r)
            )
            self.tabell.setCellWidget(rad, 5, hoved)
            self.hovedvalg[res.journalpostnummer] = hoved

        self.sendt_info = QLabel()
        self.sendt_info.setObjectName("sendt_info")
        self.sendt_info.setWordWrap(True)
        self.marker = QPushButton()
        self.marker.setObjectName("marker_ekspedert")
        self.marker.clicked.connect(self._on_marker_clicked)
        lag.addWidget(self.sendt_info)

        self.knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.knapper.addButton(self.marker, QDialogButtonBox.ButtonRole.ActionRole)
        # One incoming letter imported: answer it from here, as the next step always is (issue 20).
        self.besvar_knapp = QPushButton()
        self.besvar_knapp.setObjectName("besvar_og_avskriv")
        self.knapper.addButton(self.besvar_knapp, QDialogButtonBox.ButtonRole.ActionRole)
        self.besvar_knapp.clicked.connect(lambda: self._on_besvar(innkomne[0]))
        self.besvar_knapp.setVisible(kan_besvare and len(innkomne) == 1)
        self.sendt_info.setVisible(bool(self._ventende))
        self.marker.setVisible(bool(self._ventende))  # after addButton, which shows it
        self.knapper.rejected.connect(self.accept)
        self.knapper.accepted.connect(self.accept)
        lag.addWidget(self.knapper)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        r = self.rapport
        self.setWindowTitle(self.tr("Import til sak %1").replace("%1", r.saksnummer))
        self.besvar_knapp.setText(self.tr("Besvar og avskriv"))
        self.overskrift.setText(
            self.tr("Importert: %1    Avvist: %2")
            .replace("%1", str(len(r.importerte)))
            .replace("%2", str(len(r.avviste)))
        )
        self.avbrutt.setText(
            self.tr("Importen ble avbrutt; %1 fil(er) ble ikke importert.").replace(
                "%1", str(len(r.ikke_behandlet))
            )
        )
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Fil"),
                self.tr("Journalpost"),
                self.tr("Vedlegg"),
                self.tr("Merknad"),
                self.tr("Type"),
                self.tr("Hoveddokument"),
            ]
        )
        for rad, res in enumerate(r.resultater):
            importert = res.status == "importert"
            nummer = f"{res.journalpostnummer} ({res.type})" if importert else self.tr("Avvist")
            merknad = "\n".join(res.advarsler) if importert else res.melding
            celler = [Path(res.fil).name, nummer, str(res.vedlegg) if importert else "", merknad]
            for kol, tekst in enumerate(celler):
                celle = QTableWidgetItem(tekst)
                celle.setToolTip(tekst)
                if not importert:
                    celle.setForeground(Qt.GlobalColor.darkRed)
                self.tabell.setItem(rad, kol, celle)
        self.tabell.resizeColumnsToContents()
        self.tabell.resizeRowsToContents()
        self.knapper.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        self.marker.setText(self.tr("Marker som ekspedert (%1)").replace("%1", str(len(self._ventende))))
        if not self.ekspedert:
            self.sendt_info.setText(
                self.tr(
                    "%1 sendt(e) e-post(er) ligger nå i Dokumenter i arbeid. De er allerede sendt: "
                    "marker dem som ekspedert, så blir de ikke liggende der."
                ).replace("%1", str(len(self._ventende)))
            )

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(e)

    def _endre_type(self, jpnr: str, rad: int) -> None:
        from app.services import journalposter

        ny = self.typevalg[jpnr].currentData()
        try:
            journalposter.endre_journalpost(self.ctx, jpnr, type=ny)
        except SaksbordFeil as e:
            self.tabell.setItem(rad, 3, QTableWidgetItem(str(e)))
            return
        self.tabell.setItem(rad, 1, QTableWidgetItem(f"{jpnr} ({ny})"))
        hendelser().sig_data_changed.emit("journalpost")

    def _velg_hoveddokument(self, jpnr: str, rad: int) -> None:
        from app.services import dokumentordning

        try:
            dokumentordning.velg_hoveddokument(self.ctx, jpnr, dokument_id=self.hovedvalg[jpnr].currentData())
        except SaksbordFeil as e:
            self.tabell.setItem(rad, 3, QTableWidgetItem(str(e)))
            return
        hendelser().sig_data_changed.emit("journalpost")

    def _on_besvar(self, jpnr: str) -> None:
        self.besvar = jpnr
        self.accept()

    def _on_marker_clicked(self) -> None:
        """Ekspeder each imported sent message (status E, nothing is sent again)."""
        feil = []
        for jpnr in list(self._ventende):
            try:
                ekspedering.ekspeder(self.ctx, jpnr, kanal="epost")
            except SaksbordFeil as e:
                feil.append(f"{jpnr}: {e}")
                continue
            self.ekspedert.append(jpnr)
            self._ventende.remove(jpnr)
        if self.ekspedert:
            hendelser().sig_data_changed.emit("journalpost")
        tekst = self.tr("%1 journalpost(er) er markert som ekspedert.").replace(
            "%1", str(len(self.ekspedert))
        )
        if feil:
            tekst += (
                "\n" + self.tr("Ikke ekspedert (bruk Ekspeder på journalposten):") + "\n" + "\n".join(feil)
            )
        self.sendt_info.setText(tekst)
        self.marker.setEnabled(bool(self._ventende) and not feil)
