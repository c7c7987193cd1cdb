"""Fil → Administrasjon: the municipality's variant rules, for the archive and systemansvarlig.

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
    QVBoxLayout,
    QWidget,
)

from app.services.innstillinger import ENDRE_ROLLER, InnstillingInfo

ROLLER = frozenset(str(r) for r in ENDRE_ROLLER)
"""Who sees Fil → Administrasjon (the service checks again)."""


def har_rolle(roller: list[str] | tuple[str, ...]) -> bool:
    return bool(ROLLER & {str(r) for r in roller})


class AdministrasjonDialog(QDialog):
    """The variant rules as an editable table; ``endringer()`` are the rows the user changed."""

    def __init__(self, regler: list[InnstillingInfo], parent: QWidget | None = None) -> None:
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
        lag.addWidget(self.tabell, 1)
        knapper = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knapper.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lagre endringene"))
        knapper.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        knapper.accepted.connect(self.accept)
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)

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
