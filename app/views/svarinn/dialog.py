"""Hent fra SvarInn: the fetch off the UI thread, then what came and what was kept.

The fetch is ``app.services.svarinn.hent``, run on the shared worker adapter with a progress
dialog; Avbryt stops after the forsendelse being registered, so what is done stays done. The
settings and the key are read first, on the UI thread, so a missing setting is said at once.
The dialog lists this fetch's results and, below, every forsendelse that could not be registered
(kept with its payload; «Lagre innhold …» saves it as downloaded).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import svarinn
from app.services.arbeid import Kontekst
from app.services.svarinn import MottakRad, SvarInnRapport
from app.views.hovedvindu.kontekst import Vinduskontekst
from app.widgets.arbeider import Arbeider

#: Picks the file a kept payload is saved to (tests replace it).
Filvelger = Callable[[QWidget, str, str], str]


def _velg_fil(forelder: QWidget, tittel: str, forslag: str) -> str:
    return QFileDialog.getSaveFileName(forelder, tittel, forslag)[0]


def hent_fra_svarinn(ctx: Vinduskontekst) -> SvarInnRapport | None:
    """Fetch from SvarInn with progress, announce the new journalposter, show the result."""
    tjeneste = ctx.tjeneste
    nokkel = svarinn.privat_nokkel(tjeneste)  # a missing setting or key is said before anything runs
    klient = svarinn.klient(tjeneste)
    stopp = threading.Event()
    fremdrift = QProgressDialog(
        QCoreApplication.translate("SvarInnDialog", "Henter post fra SvarInn …"),
        QCoreApplication.translate("SvarInnDialog", "Avbryt"),
        0,
        100,
        ctx.forelder,
    )
    fremdrift.setObjectName("svarinnfremdrift")
    fremdrift.setWindowTitle(QCoreApplication.translate("SvarInnDialog", "Hent fra SvarInn"))
    fremdrift.setWindowModality(Qt.WindowModality.WindowModal)
    fremdrift.setMinimumDuration(400)
    fremdrift.setAutoClose(False)
    fremdrift.setAutoReset(False)
    fremdrift.setValue(0)

    def avbryt() -> None:
        stopp.set()
        fremdrift.setLabelText(
            QCoreApplication.translate("SvarInnDialog", "Avbryter etter forsendelsen som registreres nå …")
        )

    fremdrift.canceled.connect(avbryt)
    arbeider = Arbeider(fremdrift)
    ut: list[SvarInnRapport] = []
    feil: list[BaseException] = []
    lokke = QEventLoop()
    arbeider.sig_progress.connect(fremdrift.setValue)
    arbeider.sig_result.connect(lambda r: (ut.append(r), lokke.quit()))
    arbeider.sig_error.connect(lambda e: (feil.append(e), lokke.quit()))
    arbeider.start(
        lambda progress, avbrutt: svarinn.hent(
            tjeneste,
            klient=klient,
            nokkel=nokkel,
            progress=progress,
            cancelled=lambda: stopp.is_set() or avbrutt(),
        )
    )
    lokke.exec()
    fremdrift.canceled.disconnect(avbryt)
    fremdrift.close()
    fremdrift.deleteLater()
    klient.close()
    if feil:
        raise feil[0]
    rapport = ut[0]
    if rapport.med("registrert"):
        ctx.varsle("journalpost")
    ctx.melding(rapport.melding)
    ctx.kjor_dialog(SvarInnDialog(tjeneste, rapport, ctx.forelder))
    return rapport


def vis_svarinn(ctx: Vinduskontekst) -> None:
    """Post fra SvarInn…: what has come, and what was kept without being registered."""
    ctx.kjor_dialog(SvarInnDialog(ctx.tjeneste, None, ctx.forelder))


class SvarInnDialog(QDialog):
    """This fetch's results (if any) and every forsendelse kept without being registered."""

    def __init__(self, ctx: Kontekst, rapport: SvarInnRapport | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("svarinndialog")
        self.setModal(True)
        self.setMinimumSize(820, 420)
        self.ctx = ctx
        self.rapport = rapport
        self.velg_fil: Filvelger = _velg_fil
        self.feilede: list[MottakRad] = svarinn.mottak(ctx, status="feilet")

        lag = QVBoxLayout(self)
        self.overskrift = QLabel()
        self.overskrift.setObjectName("overskrift")
        self.overskrift.setStyleSheet("font-size: 11pt; font-weight: 600")
        self.overskrift.setWordWrap(True)
        lag.addWidget(self.overskrift)
        self.resultater = self._tabell("resultater", 4, len(rapport.resultater) if rapport else 0)
        self.resultater.setVisible(rapport is not None)
        lag.addWidget(self.resultater)
        self.feilet_tittel = QLabel()
        self.feilet_tittel.setObjectName("feilet_tittel")
        lag.addWidget(self.feilet_tittel)
        self.feilet = self._tabell("feilet", 4, len(self.feilede))
        self.feilet.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.feilet.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        lag.addWidget(self.feilet)
        self.lagre = QPushButton()
        self.lagre.setObjectName("lagre_innhold")
        self.lagre.clicked.connect(self._on_lagre_clicked)
        self.feilet.itemSelectionChanged.connect(self._on_valg_changed)
        self.knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.knapper.addButton(self.lagre, QDialogButtonBox.ButtonRole.ActionRole)
        self.knapper.rejected.connect(self.accept)
        self.knapper.accepted.connect(self.accept)
        lag.addWidget(self.knapper)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        lag.addWidget(self.status)
        self.retranslate_ui()
        self._on_valg_changed()

    @staticmethod
    def _tabell(navn: str, kolonner: int, rader: int) -> QTableWidget:
        t = QTableWidget(rader, kolonner)
        t.setObjectName(navn)
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.setWordWrap(True)
        t.horizontalHeader().setSectionResizeMode(kolonner - 1, QHeaderView.ResizeMode.Stretch)
        return t

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Post fra SvarInn"))
        r = self.rapport
        if r is None:
            self.overskrift.setText(self.tr("Forsendelser fra SvarInn som ikke kunne registreres"))
        elif not r.resultater:
            self.overskrift.setText(self.tr("Ingen nye forsendelser i SvarInn"))
        else:
            tekst = (
                self.tr(
                    "Registrert: %1    Feilet (tatt vare på): %2    Allerede registrert: %3    Ikke hentet: %4"
                )
                .replace("%1", str(len(r.med("registrert"))))
                .replace("%2", str(len(r.med("feilet"))))
                .replace("%3", str(len(r.med("kjent"))))
                .replace("%4", str(len(r.med("ikke hentet"))))
            )
            if r.avbrutt:
                tekst += "\n" + self.tr("Hentingen ble avbrutt; resten hentes neste gang.")
            self.overskrift.setText(tekst)
        utfall = {
            "registrert": self.tr("Registrert"),
            "feilet": self.tr("Feilet"),
            "kjent": self.tr("Allerede registrert"),
            "ikke hentet": self.tr("Ikke hentet"),
        }
        self.resultater.setHorizontalHeaderLabels(
            [self.tr("Utfall"), self.tr("Journalpost"), self.tr("Avsender"), self.tr("Tittel og merknad")]
        )
        for i, res in enumerate(r.resultater if r else ()):
            merknad = "\n".join(
                [res.tittel, *([res.melding] if res.utfall != "registrert" else []), *res.advarsler]
            )
            for k, v in enumerate((utfall[res.utfall], res.journalpostnummer or "", res.avsender, merknad)):
                self.resultater.setItem(i, k, QTableWidgetItem(v))
        self.resultater.resizeRowsToContents()
        self.feilet_tittel.setText(
            self.tr("Ikke registrert, tatt vare på for arkivet (%1):").replace("%1", str(len(self.feilede)))
        )
        self.feilet.setHorizontalHeaderLabels(
            [self.tr("Mottatt"), self.tr("Avsender"), self.tr("Tittel"), self.tr("Hvorfor")]
        )
        for i, rad in enumerate(self.feilede):
            hvorfor = (rad.feilmelding or "") + (
                "\n" + self.tr("SvarInn er ikke varslet ennå.") if not rad.kvittert else ""
            )
            for k, v in enumerate((f"{rad.mottatt:%d.%m.%Y %H:%M}", rad.avsender or "", rad.tittel, hvorfor)):
                self.feilet.setItem(i, k, QTableWidgetItem(v))
        self.feilet.resizeRowsToContents()
        self.lagre.setText(self.tr("Lagre innhold …"))
        self.lagre.setToolTip(self.tr("Lagre forsendelsen slik den ble lastet ned fra SvarInn (kryptert)"))

    def _valgt(self) -> MottakRad | None:
        rader = {i.row() for i in self.feilet.selectedItems()}
        return self.feilede[rader.pop()] if len(rader) == 1 else None

    def _on_valg_changed(self) -> None:
        rad = self._valgt()
        self.lagre.setEnabled(rad is not None and rad.storrelse is not None)

    def _on_lagre_clicked(self) -> None:
        rad = self._valgt()
        if rad is None:
            return
        try:
            navn, data = svarinn.feilet_innhold(self.ctx, rad.id)
            sti = self.velg_fil(self, self.tr("Lagre forsendelsen"), navn)
            if not sti:
                return
            Path(sti).write_bytes(data)
        except Exception as e:  # a refusal or a full disk is said here, never swallowed
            self.status.setText(str(e))
            return
        self.status.setText(self.tr("Lagret som %1").replace("%1", sti))
