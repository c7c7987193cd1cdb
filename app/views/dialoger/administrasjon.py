"""Fil → Administrasjon: the municipality's variant rules (and its template library), for the archive.

Each rule is one row (name, value, default, what it does), read through
``app.services.innstillinger.vis`` and changed through ``sett_innstilling``, the same service
``saksbord innstilling sett`` uses: the role check, the validation and the endringslogg are the
service's, so a refusal here is the service's Norwegian message. Only changed rows are sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.innstillinger import ENDRE_ROLLER, InnstillingInfo
from app.services.maler import MalRad

ROLLER = frozenset(str(r) for r in ENDRE_ROLLER)
"""Who sees Fil → Administrasjon (the service checks again)."""


def har_rolle(roller: list[str] | tuple[str, ...]) -> bool:
    return bool(ROLLER & {str(r) for r in roller})


class AdministrasjonDialog(QDialog):
    """The variant rules as an editable table; ``endringer()`` are the rows the user changed."""

    def __init__(
        self,
        regler: list[InnstillingInfo],
        parent: QWidget | None = None,
        *,
        maler: list[MalRad] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("administrasjon")
        self.setWindowTitle(self.tr("Administrasjon – kommunens regler"))
        self.resize(900, 520)
        self.regler = regler
        lag = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Reglene gjelder alle brukere fra neste handling. Hver endring skrives i endringsloggen med "
                "hvem som gjorde den. Dobbeltklikk en verdi for å endre den."
            )
        )
        info.setWordWrap(True)
        lag.addWidget(info)
        self.tabell = QTableWidget(len(regler), 4)
        self.tabell.setObjectName("regeltabell")
        self.tabell.setHorizontalHeaderLabels(
            [self.tr("Regel"), self.tr("Verdi"), self.tr("Standard"), self.tr("Hva den gjør")]
        )
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for i, r in enumerate(regler):
            for j, tekst in enumerate((r.navn, r.verdi, r.standard, r.beskrivelse)):
                it = QTableWidgetItem(tekst)
                if j != 1:
                    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                it.setToolTip(r.beskrivelse)
                self.tabell.setItem(i, j, it)
        h = self.tabell.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.faner = QTabWidget()
        self.faner.addTab(self.tabell, self.tr("Regler"))
        if maler is not None:
            self.faner.addTab(self._malfane(maler), self.tr("Maler"))
        lag.addWidget(self.faner, 1)
        knapper = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knapper.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lagre endringene"))
        knapper.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        knapper.accepted.connect(self.accept)
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)

    def _malfane(self, maler: list[MalRad]) -> QWidget:
        """The template library as it is (read only): changing it is ``saksbord mal``, with its checks."""
        w = QWidget()
        lag = QVBoxLayout(w)
        self.maltabell = QTableWidget(len(maler), 5)
        self.maltabell.setObjectName("maltabell")
        self.maltabell.setHorizontalHeaderLabels(
            [
                self.tr("Mal"),
                self.tr("Tittel"),
                self.tr("Journalposttyper"),
                self.tr("Versjon"),
                self.tr("Status"),
            ]
        )
        self.maltabell.verticalHeader().setVisible(False)
        self.maltabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, mal in enumerate(maler):
            status = (
                self.tr("levert")
                if mal.levert
                else (self.tr("i bruk") if mal.aktiv else self.tr("trukket tilbake"))
            )
            for j, tekst in enumerate(
                (mal.navn, mal.tittel, ", ".join(mal.journalposttyper), str(mal.versjon), status)
            ):
                self.maltabell.setItem(i, j, QTableWidgetItem(tekst))
        for j in range(5):
            self.maltabell.horizontalHeader().setSectionResizeMode(
                j, QHeaderView.ResizeMode.Stretch if j == 1 else QHeaderView.ResizeMode.ResizeToContents
            )
        lag.addWidget(self.maltabell, 1)
        merk = QLabel(
            self.tr(
                "Maler legges til, byttes og trekkes tilbake med kommandoen «saksbord mal» (se «saksbord mal --help»)."
            )
        )
        merk.setWordWrap(True)
        lag.addWidget(merk)
        return w

    def sett_verdi(self, navn: str, verdi: str) -> None:
        """Type a value into a rule's row (as double-click and typing would)."""
        for i, r in enumerate(self.regler):
            if r.navn == navn:
                it = self.tabell.item(i, 1)
                if it is not None:
                    it.setText(verdi)
                return
        raise KeyError(navn)

    def endringer(self) -> list[tuple[str, str]]:
        ut = []
        for i, r in enumerate(self.regler):
            it = self.tabell.item(i, 1)
            ny = it.text().strip() if it is not None else r.verdi
            if ny != r.verdi:
                ut.append((r.navn, ny))
        return ut
