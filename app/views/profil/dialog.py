"""The first-run dialog: set up a connection to the shared database, test it, or stay local."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import profil as tjeneste
from app.services.profil import Profil


class ProfilDialog(QDialog):
    """Server, port, database, login and initials; the password goes to the keyring on save."""

    sig_test_ferdig = Signal(str)
    """The connection test finished; the text shown (``Tilkoblet`` or the error)."""

    def __init__(self, parent: QWidget | None = None, profil: Profil | None = None) -> None:
        super().__init__(parent)
        self.profil: Profil | None = None
        self.navn = QLineEdit(profil.navn if profil else "Kommunen")
        self.server = QLineEdit(profil.server if profil else "")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(profil.port if profil else 5432)
        self.database = QLineEdit(profil.database if profil else "saksbord")
        self.bruker = QLineEdit(profil.bruker if profil else "")
        self.initialer = QLineEdit(profil.initialer if profil else "")
        self.passord = QLineEdit()
        self.passord.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.knapp_test = QPushButton()
        self.knapp_test.clicked.connect(self._on_test_clicked)
        skjema = QFormLayout()
        self._etiketter = [QLabel() for _ in range(7)]
        for etikett, felt in zip(
            self._etiketter,
            (self.navn, self.server, self.port, self.database, self.bruker, self.initialer, self.passord),
            strict=True,
        ):
            skjema.addRow(etikett, felt)
        self.knapper = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.knapp_lokal = self.knapper.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.knapper.accepted.connect(self._on_lagre_clicked)
        self.knapper.rejected.connect(self.reject)
        lag = QVBoxLayout(self)
        self.forklaring = QLabel()
        self.forklaring.setWordWrap(True)
        lag.addWidget(self.forklaring)
        lag.addLayout(skjema)
        lag.addWidget(self.knapp_test)
        lag.addWidget(self.status)
        lag.addWidget(self.knapper)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Koble til den felles databasen"))
        self.forklaring.setText(
            self.tr(
                "Fyll inn adressen til kommunens Saksbord-server. Passordet lagres i operativsystemets "
                "nøkkelring, ikke i en fil. Uten server brukes en lokal database på denne maskinen."
            )
        )
        for etikett, tekst in zip(
            self._etiketter,
            (
                self.tr("Profilnavn"), self.tr("Server"), self.tr("Port"), self.tr("Database"),
                self.tr("Databasebruker"), self.tr("Initialer"), self.tr("Passord"),
            ),
            strict=True,
        ):  # fmt: skip
            etikett.setText(tekst)
        self.knapp_test.setText(self.tr("Test forbindelsen"))
        self.knapp_lokal.setText(self.tr("Bruk lokal database"))

    def _fra_felt(self) -> Profil:
        return Profil(
            navn=self.navn.text().strip(),
            server=self.server.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            bruker=self.bruker.text().strip(),
            initialer=self.initialer.text().strip().upper(),
        )

    def _on_test_clicked(self) -> None:
        self.status.setText(self.tr("Kobler til …"))
        feil = tjeneste.test_forbindelse(self._fra_felt(), self.passord.text() or None)
        tekst = feil or self.tr("Tilkoblet")
        self.status.setText(tekst)
        self.sig_test_ferdig.emit(tekst)

    def _on_lagre_clicked(self) -> None:
        profil = self._fra_felt()
        feil = tjeneste.test_forbindelse(profil, self.passord.text() or None)
        if feil:
            self.status.setText(feil)
            return
        try:
            self.profil = tjeneste.lagre_profil(profil, self.passord.text() or None)
        except SaksbordFeil as e:
            self.status.setText(str(e))
            return
        self.accept()


def forste_oppstart_dialog(parent: QWidget | None = None) -> Profil | None:
    """Ask for a connection profile; None means: keep the embedded SQLite database."""
    dialog = ProfilDialog(parent)
    return dialog.profil if dialog.exec() == QDialog.DialogCode.Accepted else None
