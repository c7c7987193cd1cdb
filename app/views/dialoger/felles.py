"""What every small dialog shares: a form, OK/Avbryt, and an inline reason when OK is refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.data import BrukerInfo


class Skjema(QDialog):
    """A dialog with a form; ``sjekk()`` returns a reason to refuse OK, shown in red."""

    def __init__(self, tittel: str, parent: QWidget | None = None, *, ok: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tittel)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.lag = QVBoxLayout(self)
        self.skjema = QFormLayout()
        self.lag.addLayout(self.skjema)
        self.feil = QLabel()
        self.feil.setObjectName("skjemafeil")
        self.feil.setStyleSheet("color:#c62828")
        self.feil.setWordWrap(True)
        self.feil.setVisible(False)
        self.knapper = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok:
            self.knapper.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.knapper.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.knapper.accepted.connect(self.accept)
        self.knapper.rejected.connect(self.reject)

    def ferdig(self) -> None:
        """Call last in a subclass's __init__: puts the error line and buttons below the form."""
        self.lag.addWidget(self.feil)
        self.lag.addWidget(self.knapper)

    def sjekk(self) -> str | None:
        return None

    def accept(self) -> None:
        grunn = self.sjekk()
        if grunn:
            self.feil.setText(grunn)
            self.feil.setVisible(True)
            return
        super().accept()


def brukervelger(brukere: list[BrukerInfo], *, tom: str | None = None, valgt: str | None = None) -> QComboBox:
    """A combo of users as "Navn (INI) – enhet"; itemData is the initials."""
    c = QComboBox()
    c.setObjectName("brukervelger")
    if tom is not None:
        c.addItem(tom, None)
    for b in brukere:
        c.addItem(f"{b.navn} ({b.initialer}) – {b.enhet or ''}", b.initialer)
    if valgt:
        i = c.findData(valgt)
        if i >= 0:
            c.setCurrentIndex(i)
    return c


def datofelt(verdi: date | None = None) -> QDateEdit:
    d = QDateEdit()
    d.setCalendarPopup(True)
    d.setDisplayFormat("dd.MM.yyyy")
    v = verdi or date.today()
    d.setDate(QDate(v.year, v.month, v.day))
    return d


def dato(felt: QDateEdit) -> date:
    q = felt.date()
    return date(q.year(), q.month(), q.day())
