"""The møtesekretær's Møtebord: a møte's saksliste (fill, order, take off, lock), vedtak, and the
møteinnkalling and møteprotokoll as PDF (public or members' version).

Every button calls a service through the window's Vinduskontekst, so a refusal is shown as the
service words it and the change reaches the kurver; the table is read again after each action.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.regler import politikk as regler
from app.services.politikk import behandling, mote
from app.services.politikk.felles import BehandlingRad, MoteInfo
from app.views.politikk.dialoger import VedtakDialog

if TYPE_CHECKING:
    from app.views.hovedvindu.kontekst import Vinduskontekst


#: Status names from app/domain/regler/politikk.py, shown in this dialog.
_STATUSER = (
    QT_TRANSLATE_NOOP("MotebordDialog", "Planlagt"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Saksliste låst"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Avholdt"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Satt opp"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Vedtatt"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Utsatt"),
    QT_TRANSLATE_NOOP("MotebordDialog", "Sendt videre"),
)


class MotebordDialog(QDialog):
    def __init__(self, ctx: Vinduskontekst, *, mote_id: int | None = None) -> None:
        super().__init__(ctx.forelder)
        self.ctx = ctx
        self.setObjectName("motebord")
        self.setWindowTitle(self.tr("Møtebord"))
        self.resize(900, 560)
        self.velg_fil: Callable[[str], Path | None] = self._velg_fil
        """Asks where a PDF goes; tests replace it."""
        self.rader: list[BehandlingRad] = []
        lag = QVBoxLayout(self)
        topp = QHBoxLayout()
        self.mote = QComboBox()
        self.mote.setObjectName("mote")
        self.mote.setAccessibleName(self.tr("Møte"))
        topp.addWidget(QLabel(self.tr("Møte")))
        topp.addWidget(self.mote, 1)
        self.info = QLabel()
        self.info.setObjectName("moteinfo")
        topp.addWidget(self.info, 2)
        lag.addLayout(topp)
        self.tabell = QTableWidget(0, 5)
        self.tabell.setObjectName("saksliste")
        self.tabell.setAccessibleName(self.tr("Saksliste"))
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Nummer"),
                self.tr("Journalpost"),
                self.tr("Tittel"),
                self.tr("Status"),
                self.tr("Innstilling / vedtak"),
            ]
        )
        self.tabell.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabell.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lag.addWidget(self.tabell, 1)
        self.knapper: dict[str, QPushButton] = {}
        rutenett = QGridLayout()
        for i, (navn, tekst, f) in enumerate(
            (
                ("fyll", self.tr("Sett opp klare saker"), self.fyll),
                ("opp", self.tr("Flytt opp"), lambda: self.flytt(-1)),
                ("ned", self.tr("Flytt ned"), lambda: self.flytt(1)),
                ("ta_av", self.tr("Ta av sakslisten"), self.ta_av),
                ("las", self.tr("Lås sakslisten"), self.las),
                ("vedtak", self.tr("Før vedtak …"), self.vedtak),
                ("innkalling", self.tr("Møteinnkalling (PDF) …"), lambda: self.pdf("innkalling")),
                ("protokoll", self.tr("Møteprotokoll (PDF) …"), lambda: self.pdf("protokoll")),
            )
        ):
            k = QPushButton(tekst)
            k.setObjectName(navn)
            k.clicked.connect(lambda _c=False, f=f: self.ctx.trygt(f))
            self.knapper[navn] = k
            rutenett.addWidget(k, i // 4, i % 4)
        lag.addLayout(rutenett)
        self.medlemsversjon = QCheckBox(self.tr("Medlemsversjon (med saker unntatt offentlighet)"))
        self.medlemsversjon.setObjectName("medlemsversjon")
        lag.addWidget(self.medlemsversjon)
        lukk = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lukk.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        lukk.rejected.connect(self.reject)
        lag.addWidget(lukk)
        self._moter: list[MoteInfo] = []
        self._last_moter(mote_id)
        self.mote.currentIndexChanged.connect(lambda _i: self.last())
        self.tabell.itemSelectionChanged.connect(self._sett_knapper)
        self.last()

    # --- reading ----------------------------------------------------------------------

    def _last_moter(self, mote_id: int | None) -> None:
        self._moter = self.ctx.hent(mote.liste_moter)
        self.mote.blockSignals(True)
        self.mote.clear()
        for mt in self._moter:
            self.mote.addItem(f"{mt.utvalg} {mt.dato:%d.%m.%Y} – {mt.sted}", mt.id)
        valgt = (
            self.mote.findData(mote_id)
            if mote_id
            else next((i for i, mt in enumerate(self._moter) if mt.status != "avholdt"), 0)
        )
        self.mote.setCurrentIndex(max(0, valgt))
        self.mote.blockSignals(False)

    def valgt_mote(self) -> MoteInfo | None:
        mid = self.mote.currentData()
        return self.ctx.hent(mote.vis_mote, mid) if mid else None

    def velg_mote(self, utvalg: str, dato) -> None:
        for i, mt in enumerate(self._moter):
            if mt.utvalg == utvalg and mt.dato == dato:
                self.mote.setCurrentIndex(i)
                return
        raise LookupError(f"Ingen møte {utvalg} {dato}")

    def last(self) -> None:
        mt = self.valgt_mote()
        self.rader = self.ctx.hent(mote.saksliste, mt.id) if mt else []
        if mt:
            self.info.setText(
                self.tr("%1 · skrivefrist %2 · innkalling %3")
                .replace("%1", self.tr(regler.MOTESTATUSER[mt.status]))
                .replace("%2", f"{mt.skrivefrist:%d.%m.%Y}")
                .replace("%3", f"{mt.innkallingsfrist:%d.%m.%Y}")
            )
        self.tabell.setRowCount(len(self.rader))
        for i, r in enumerate(self.rader):
            tittel = r.tittel + (" " + self.tr("(unntatt offentlighet)") if r.skjermet else "")
            tekst = r.vedtak or r.innstilling or ""
            status = self.tr(regler.BEHANDLINGSSTATUSER.get(r.status, r.status))
            for j, v in enumerate((r.utvalgssaksnummer, r.journalpostnummer, tittel, status, tekst)):
                self.tabell.setItem(i, j, QTableWidgetItem(v))
        self._sett_knapper()

    def _sett_knapper(self) -> None:
        mt = self.valgt_mote()
        planlagt = mt is not None and mt.status == "planlagt"
        rad = self.valgt_rad()
        for navn in ("fyll", "las"):
            self.knapper[navn].setEnabled(planlagt)
        for navn in ("opp", "ned", "ta_av"):
            self.knapper[navn].setEnabled(planlagt and rad is not None)
        self.knapper["vedtak"].setEnabled(
            mt is not None and not planlagt and rad is not None and rad.status == "satt_opp"
        )
        self.knapper["innkalling"].setEnabled(mt is not None and not planlagt)
        self.knapper["protokoll"].setEnabled(mt is not None and not planlagt)

    def valgt_rad(self) -> BehandlingRad | None:
        i = self.tabell.currentRow()
        return self.rader[i] if 0 <= i < len(self.rader) else None

    def velg_rad(self, journalpostnummer: str) -> None:
        for i, r in enumerate(self.rader):
            if r.journalpostnummer == journalpostnummer:
                self.tabell.selectRow(i)
                return
        raise LookupError(f"{journalpostnummer} står ikke på sakslisten")

    # --- actions ----------------------------------------------------------------------

    def _mote_id(self) -> int:
        mid = self.mote.currentData()
        if mid is None:
            raise RuntimeError("Ingen møte er valgt")  # the buttons are disabled without one
        return mid

    def _etter(self, velg: str | None = None) -> None:
        self.last()
        if velg:
            self.velg_rad(velg)

    def fyll(self) -> None:
        self.ctx.utfor("alt", mote.fyll_saksliste, self._mote_id(), etter=lambda _r: self._etter())

    def flytt(self, steg: int) -> None:
        rad = self.valgt_rad()
        i = self.tabell.currentRow()
        if rad is None or not 0 <= i + steg < len(self.rader):
            return
        ider = [r.id for r in self.rader]
        ider[i], ider[i + steg] = ider[i + steg], ider[i]
        self.ctx.utfor(
            "alt", mote.sett_rekkefolge, self._mote_id(), behandlinger=ider,
            etter=lambda _r: self._etter(rad.journalpostnummer),
        )  # fmt: skip

    def ta_av(self) -> None:
        rad = self.valgt_rad()
        if rad is not None:
            self.ctx.utfor("alt", behandling.ta_av, rad.id, etter=lambda _r: self._etter())

    def las(self) -> None:
        self.ctx.utfor("alt", mote.las_mote, self._mote_id(), etter=lambda _r: self._etter())

    def vedtak(self) -> None:
        rad = self.valgt_rad()
        if rad is None:
            return
        d = VedtakDialog(rad, self)
        if not self.ctx.kjor_dialog(d):
            return
        self.ctx.utfor(
            "alt", behandling.fatt_vedtak, rad.id, status=d.status.currentData(), tekst=d.tekst.toPlainText(),
            etter=lambda _r: self._etter(),
        )  # fmt: skip

    def pdf(self, hva: str) -> None:
        offentlig = not self.medlemsversjon.isChecked()
        lag = mote.innkalling if hva == "innkalling" else mote.protokoll
        navn, data = self.ctx.hent(lag, self._mote_id(), offentlig=offentlig)
        sti = self.velg_fil(navn)
        if sti is None:
            return
        sti.write_bytes(data)
        self.ctx.melding(self.tr("Lagret %1").replace("%1", str(sti)))

    def _velg_fil(self, navn: str) -> Path | None:
        sti, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre PDF"), navn, "PDF (*.pdf)")
        return Path(sti) if sti else None
