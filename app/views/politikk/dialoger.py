"""The political dialogs: saksgang, «Referer i utvalg», vedtak, and the saksgang tab on the S card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.politikk.felles import BehandlingRad, MoteInfo, SaksgangRad, UtvalgInfo
from app.views.dialoger.felles import Skjema


def _avkrysset(liste: QListWidget) -> list[str]:
    return [
        liste.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(liste.count())
        if liste.item(i).checkState() == Qt.CheckState.Checked
    ]


class SaksgangDialog(Skjema):
    """The behandlingsrekkefølge of a saksframlegg: utvalg ticked and put in order, hjemmel, melding om vedtak."""

    def __init__(
        self,
        jpnr: str,
        utvalg: Sequence[UtvalgInfo],
        moter: Sequence[MoteInfo],
        naa: Sequence[SaksgangRad] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Saksgang for %1").replace("%1", jpnr), parent, ok=self.tr("Lagre saksgang"))
        self.moter = list(moter)
        valgt = [r.utvalg for r in naa if r.type == "PS"]
        self.utvalg = QListWidget()
        self.utvalg.setObjectName("saksgang_utvalg")
        self.utvalg.setAccessibleName(self.tr("Utvalg i behandlingsrekkefølge"))
        for u in sorted(
            utvalg, key=lambda u: (u.kode not in valgt, valgt.index(u.kode) if u.kode in valgt else 0)
        ):
            it = QListWidgetItem(f"{u.kode} – {u.navn}")
            it.setData(Qt.ItemDataRole.UserRole, u.kode)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if u.kode in valgt else Qt.CheckState.Unchecked)
            self.utvalg.addItem(it)
        self.utvalg.itemChanged.connect(lambda _it: self._fyll_moter())
        opp, ned = QPushButton(self.tr("Flytt opp")), QPushButton(self.tr("Flytt ned"))
        opp.clicked.connect(lambda: self._flytt(-1))
        ned.clicked.connect(lambda: self._flytt(1))
        knapper = QHBoxLayout()
        knapper.addWidget(opp)
        knapper.addWidget(ned)
        boks = QVBoxLayout()
        boks.addWidget(self.utvalg)
        boks.addLayout(knapper)
        self.skjema.addRow(self.tr("Behandles i"), boks)
        self.mote = QComboBox()
        self.mote.setObjectName("onsket_mote")
        self.mote.setAccessibleName(self.tr("Ønsket møte"))
        self.skjema.addRow(self.tr("Ønsket møte"), self.mote)
        self.hjemmel = QLineEdit()
        self.hjemmel.setObjectName("hjemmel")
        self.skjema.addRow(self.tr("Hjemmel"), self.hjemmel)
        self.melding = QLineEdit()
        self.melding.setObjectName("melding_til")
        self.melding.setPlaceholderText(self.tr("Navn, skilt med komma"))
        self.skjema.addRow(self.tr("Melding om vedtak til"), self.melding)
        self._fyll_moter()
        self.ferdig()

    def _flytt(self, steg: int) -> None:
        rad = self.utvalg.currentRow()
        ny = rad + steg
        if rad < 0 or not 0 <= ny < self.utvalg.count():
            return
        it = self.utvalg.takeItem(rad)
        self.utvalg.insertItem(ny, it)
        self.utvalg.setCurrentRow(ny)
        self._fyll_moter()

    def _fyll_moter(self) -> None:
        forste = (self.valgte() or [None])[0]
        self.mote.clear()
        self.mote.addItem(self.tr("Neste møte med åpen skrivefrist"), None)
        for mt in self.moter:
            if mt.utvalg == forste and mt.status == "planlagt":
                tekst = self.tr("%1 (skrivefrist %2)").replace("%1", f"{mt.dato:%d.%m.%Y}")
                self.mote.addItem(tekst.replace("%2", f"{mt.skrivefrist:%d.%m.%Y}"), mt.dato)

    def valgte(self) -> list[str]:
        return _avkrysset(self.utvalg)

    def velg(
        self, koder: Sequence[str], *, mote: date | None = None, hjemmel: str = "", melding: str = ""
    ) -> None:
        """Tick ``koder`` in that order (what a user does with the boxes and the arrows)."""
        for i, kode in enumerate(koder):
            for r in range(self.utvalg.count()):
                if self.utvalg.item(r).data(Qt.ItemDataRole.UserRole) == kode:
                    it = self.utvalg.takeItem(r)
                    it.setCheckState(Qt.CheckState.Checked)
                    self.utvalg.insertItem(i, it)
                    break
        self._fyll_moter()
        if mote is not None:
            self.mote.setCurrentIndex(max(0, self.mote.findData(mote)))
        self.hjemmel.setText(hjemmel)
        self.melding.setText(melding)

    def sjekk(self) -> str | None:
        return None if self.valgte() else self.tr("Kryss av minst ett utvalg")

    def onsket_mote(self) -> date | None:
        return self.mote.currentData()

    def melding_til(self) -> list[str]:
        return [x.strip() for x in self.melding.text().split(",") if x.strip()]


class RefererDialog(Skjema):
    """«Referer i utvalg»: one or more møter (each in its utvalg), as referatsak or orienteringssak."""

    def __init__(self, jpnr: str, moter: Sequence[MoteInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referer %1 i utvalg").replace("%1", jpnr), parent, ok=self.tr("Referer"))
        self.moter = QListWidget()
        self.moter.setObjectName("referer_moter")
        self.moter.setAccessibleName(self.tr("Møter"))
        for mt in moter:
            if mt.status != "planlagt":
                continue
            it = QListWidgetItem(f"{mt.utvalg} – {mt.utvalg_navn} {mt.dato:%d.%m.%Y}")
            it.setData(Qt.ItemDataRole.UserRole, (mt.utvalg, mt.dato))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.moter.addItem(it)
        self.skjema.addRow(self.tr("Møter"), self.moter)
        self.rs = QRadioButton(self.tr("Referatsak (RS)"))
        self.os_ = QRadioButton(self.tr("Orienteringssak (OS)"))
        self.rs.setChecked(True)
        gruppe = QButtonGroup(self)
        gruppe.addButton(self.rs)
        gruppe.addButton(self.os_)
        typer = QHBoxLayout()
        typer.addWidget(self.rs)
        typer.addWidget(self.os_)
        self.skjema.addRow(self.tr("Som"), typer)
        self.ferdig()

    def valgte(self) -> list[tuple[str, date]]:
        return [tuple(x) for x in _avkrysset(self.moter)]  # type: ignore[misc]

    def velg(self, utvalg: str, dato: date, *, type_: str = "RS") -> None:
        for r in range(self.moter.count()):
            if tuple(self.moter.item(r).data(Qt.ItemDataRole.UserRole)) == (utvalg, dato):
                self.moter.item(r).setCheckState(Qt.CheckState.Checked)
        (self.os_ if type_ == "OS" else self.rs).setChecked(True)

    def type_(self) -> str:
        return "OS" if self.os_.isChecked() else "RS"

    def sjekk(self) -> str | None:
        return None if self.valgte() else self.tr("Kryss av minst ett møte")


class VedtakDialog(Skjema):
    """One behandling's vedtak: the innstilling as the default text, and its status."""

    STATUSER = (
        ("vedtatt", QT_TRANSLATE_NOOP("VedtakDialog", "Vedtatt")),
        ("utsatt", QT_TRANSLATE_NOOP("VedtakDialog", "Utsatt")),
        ("sendt_videre", QT_TRANSLATE_NOOP("VedtakDialog", "Sendt videre")),
    )

    def __init__(self, rad: BehandlingRad, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Vedtak i %1 %2").replace("%1", rad.utvalg).replace("%2", rad.utvalgssaksnummer),
            parent,
            ok=self.tr("Før vedtak"),
        )
        self.skjema.addRow(self.tr("Sak"), QLabel(f"{rad.journalpostnummer} {rad.tittel}"))
        self.tekst = QPlainTextEdit(rad.innstilling or "")
        self.tekst.setObjectName("vedtakstekst")
        self.tekst.setAccessibleName(self.tr("Vedtak"))
        self.tekst.setTabChangesFocus(True)
        self.skjema.addRow(self.tr("Vedtak"), self.tekst)
        self.status = QComboBox()
        self.status.setObjectName("vedtaksstatus")
        for kode, navn in self.STATUSER:
            self.status.addItem(self.tr(str(navn)), kode)
        self.skjema.addRow(self.tr("Status"), self.status)
        self.ferdig()

    def velg(self, status: str, tekst: str | None = None) -> None:
        self.status.setCurrentIndex(self.status.findData(status))
        if tekst is not None:
            self.tekst.setPlainText(tekst)

    def sjekk(self) -> str | None:
        if self.status.currentData() != "utsatt" and not self.tekst.toPlainText().strip():
            return self.tr("Skriv vedtaket (innstillingen er tom)")
        return None


class Saksgangfane(QWidget):
    """The S card's Saksgang tab: each utvalg in order, its number, status, møte and vedtak."""

    def __init__(self, rader: Sequence[SaksgangRad], endre: Callable[[], None] | None, parent=None) -> None:
        super().__init__(parent)
        lag = QVBoxLayout(self)
        self.tre = QTreeWidget()
        self.tre.setObjectName("saksgang")
        self.tre.setRootIsDecorated(False)
        self.tre.setHeaderLabels(
            [
                self.tr("Utvalg"),
                self.tr("Type"),
                self.tr("Nummer"),
                self.tr("Status"),
                self.tr("Møte"),
                self.tr("Vedtak"),
            ]
        )
        for r in rader:
            QTreeWidgetItem(
                self.tre,
                [
                    r.utvalg,
                    r.type,
                    r.utvalgssaksnummer,
                    r.status,
                    f"{r.motedato:%d.%m.%Y}" if r.motedato else "",
                    r.vedtak or "",
                ],
            )
        lag.addWidget(self.tre)
        if not rader:
            lag.addWidget(QLabel(self.tr("Ingen saksgang er registrert ennå.")))
        if endre is not None:
            knapp = QPushButton(self.tr("Endre saksgang …"))
            knapp.setObjectName("endre_saksgang")
            knapp.clicked.connect(endre)
            lag.addWidget(knapp)
