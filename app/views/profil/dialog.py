"""The first-run dialog (and Fil → Koble til felles database…): a Saksbord server or a PostgreSQL database.

The server kind (the default) takes the server's address, the user and the password, signs in
there, and keeps only the token the server gives back (in the keyring); the password is
forgotten when the dialog closes. The PostgreSQL kind (administrators, installations without a
server) keeps the database password in the keyring as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from app.widgets.arbeider import Arbeider

SERVER, POSTGRES = 0, 1
"""The kinds in ``ProfilDialog.type``."""


class ProfilDialog(QDialog):
    """A server address, user and password (signs in, keeps the token); or a PostgreSQL login."""

    sig_test_ferdig = Signal(str)
    """A connection test or a save finished; the text shown (``Tilkoblet``, an error, or "" when saved).

    Signing in and testing talk to the network, so they run on a worker thread: the dialog stays
    responsive (and can be cancelled) while a slow or unreachable server is tried.
    """

    def __init__(self, parent: QWidget | None = None, profil: Profil | None = None) -> None:
        super().__init__(parent)
        self.profil: Profil | None = None
        self.navn = QLineEdit(profil.navn if profil else "Kommunen")
        self.type = QComboBox()
        self.type.addItems(["", ""])
        self.adresse = QLineEdit(profil.adresse if profil else "")
        self.adresse.setPlaceholderText("https://saksbord.kommune.no")
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
        self.knapp_oidc = QPushButton()
        self.knapp_oidc.clicked.connect(self._on_oidc_clicked)
        self._stopp = threading.Event()
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_bakgrunn_ferdig)
        self._arbeider.sig_error.connect(lambda e: self._on_bakgrunn_ferdig(str(e)))
        self._neste: Callable[[str | None], None] | None = None
        self.skjema = skjema = QFormLayout()
        self._felt = (
            self.navn, self.type, self.adresse, self.server, self.port, self.database, self.bruker,
            self.initialer, self.passord,
        )  # fmt: skip
        self._etiketter = [QLabel() for _ in self._felt]
        for etikett, felt in zip(self._etiketter, self._felt, strict=True):
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
        lag.addWidget(self.knapp_oidc)
        lag.addWidget(self.status)
        lag.addWidget(self.knapper)
        self.type.setCurrentIndex(POSTGRES if profil is not None and not profil.er_server else SERVER)
        self.type.currentIndexChanged.connect(self._on_type_changed)
        self.retranslate_ui()
        self._on_type_changed()

    @property
    def er_server(self) -> bool:
        return self.type.currentIndex() == SERVER

    def _on_type_changed(self, *_a) -> None:
        server = self.er_server
        for felt in (self.server, self.port, self.database, self.bruker):
            self.skjema.setRowVisible(felt, not server)
        self.skjema.setRowVisible(self.adresse, server)
        self.knapp_oidc.setVisible(server)
        self.retranslate_ui()
        self.status.clear()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Koble til den felles databasen"))
        self.type.setItemText(SERVER, self.tr("Saksbord-server"))
        self.type.setItemText(POSTGRES, self.tr("PostgreSQL direkte (administrator)"))
        if self.type.currentIndex() == SERVER:
            self.forklaring.setText(
                self.tr(
                    "Fyll inn adressen til kommunens Saksbord-server, brukeren din og passordet. Saksbord "
                    "logger inn og tar vare på innloggingen i operativsystemets nøkkelring; passordet "
                    "lagres ikke. Uten server brukes en lokal database på denne maskinen."
                )
            )
        else:
            self.forklaring.setText(
                self.tr(
                    "Fyll inn databaseserveren og databasebrukeren. Passordet lagres i operativsystemets "
                    "nøkkelring, ikke i en fil. Uten server brukes en lokal database på denne maskinen."
                )
            )
        for etikett, tekst in zip(
            self._etiketter,
            (
                self.tr("Profilnavn"), self.tr("Tilkobling"), self.tr("Serveradresse"), self.tr("Server"),
                self.tr("Port"), self.tr("Database"), self.tr("Databasebruker"),
                self.tr("Bruker") if self.type.currentIndex() == SERVER else self.tr("Initialer"),
                self.tr("Passord"),
            ),
            strict=True,
        ):  # fmt: skip
            etikett.setText(tekst)
        self.knapp_test.setText(self.tr("Test forbindelsen"))
        self.knapp_oidc.setText(self.tr("Logg inn med kommunens konto i nettleseren"))
        self.knapp_oidc.setToolTip(
            self.tr(
                "OpenID Connect: du logger inn hos kommunens identitetsleverandør (for eksempel Entra ID)"
            )
        )
        self.knapp_lokal.setText(self.tr("Bruk lokal database"))

    def _fra_felt(self) -> Profil:
        if self.er_server:
            return Profil(
                navn=self.navn.text().strip(), server="", adresse=self.adresse.text().strip(),
                initialer=self.initialer.text().strip().upper(),
            )  # fmt: skip
        return Profil(
            navn=self.navn.text().strip(),
            server=self.server.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            bruker=self.bruker.text().strip(),
            initialer=self.initialer.text().strip().upper(),
        )

    def _i_bakgrunnen(
        self, status: str, fn: Callable[[], str | None], neste: Callable[[str | None], None]
    ) -> None:
        """Run ``fn`` (a message or None) off the UI thread with the buttons off; then ``neste(svar)``."""
        self.status.setText(status)
        self.knapp_test.setEnabled(False)
        self.knapp_oidc.setEnabled(False)
        self.knapper.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._neste = neste
        self._arbeider.start(lambda progress, avbrutt: fn())

    def _on_bakgrunn_ferdig(self, svar: object) -> None:
        self.knapp_test.setEnabled(True)
        self.knapp_oidc.setEnabled(True)
        self.knapper.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        neste, self._neste = self._neste, None
        if neste is not None:
            neste(svar if isinstance(svar, str) else None)

    def _ferdig(self, tekst: str) -> None:
        self.status.setText(tekst)
        self.sig_test_ferdig.emit(tekst)

    def reject(self) -> None:
        self._stopp.set()  # a browser sign-in stops waiting for the provider
        self._arbeider.avbryt()  # a sign-in still running is dropped, not applied later
        super().reject()

    def _on_test_clicked(self) -> None:
        profil, passord = self._fra_felt(), self.passord.text()
        if self.er_server:  # the real test of a server profile is signing in (nothing is kept)
            jobb = lambda: tjeneste.logg_inn_server(profil, passord, lagre=False)  # noqa: E731
        else:
            jobb = lambda: tjeneste.test_forbindelse(profil, passord or None)  # noqa: E731
        self._i_bakgrunnen(
            self.tr("Kobler til …"), jobb, lambda feil: self._ferdig(feil or self.tr("Tilkoblet"))
        )

    def _on_lagre_clicked(self) -> None:
        profil = self._fra_felt()
        if self.er_server:
            self._lagre_server(profil)
            return
        passord = self.passord.text() or None

        def etter_test(feil: str | None) -> None:
            if feil:
                self._ferdig(feil)
                return
            try:
                self.profil = tjeneste.lagre_profil(profil, passord)
            except SaksbordFeil as e:
                self._ferdig(str(e))
                return
            self._ferdig("")
            self.accept()

        self._i_bakgrunnen(
            self.tr("Kobler til …"), lambda: tjeneste.test_forbindelse(profil, passord), etter_test
        )

    def _on_oidc_clicked(self) -> None:
        """Sign in with the municipality's account: the browser opens, the server says who it is."""
        from dataclasses import replace

        from app.services.synk.oidc import logg_inn_og_lagre

        profil = self._fra_felt()
        try:
            adresse = tjeneste.sjekk_adresse(profil.adresse)
        except SaksbordFeil as e:
            self._ferdig(str(e))
            return
        svar: dict[str, str] = {}

        def jobb() -> str | None:
            try:
                svar["initialer"] = logg_inn_og_lagre(adresse, avbrutt=self._stopp.is_set)
            except SaksbordFeil as e:
                return str(e)
            return None

        def etter(feil: str | None) -> None:
            if feil:
                self._ferdig(feil)
                return
            ny = replace(profil, adresse=adresse, initialer=svar["initialer"], navn=profil.navn or "Kommunen")
            self.profil = tjeneste.lagre_profil(ny)
            self.initialer.setText(ny.initialer)
            self._ferdig("")
            self.accept()

        self._i_bakgrunnen(self.tr("Fullfør innloggingen i nettleseren …"), jobb, etter)

    def _lagre_server(self, profil: Profil) -> None:
        if not profil.adresse:
            self._ferdig(
                self.tr("Oppgi adressen til Saksbord-serveren, for eksempel https://saksbord.kommune.no")
            )
            return
        try:
            profil = tjeneste.lagre_profil(profil, aktiv=False)  # checks the fields before signing in
        except SaksbordFeil as e:
            self._ferdig(str(e))
            return
        passord = self.passord.text()
        self.passord.clear()  # the password is not kept, not even in the dialog

        def etter_innlogging(feil: str | None) -> None:
            if feil:
                self._ferdig(feil)
                return
            self.profil = tjeneste.lagre_profil(profil)  # now the active profile; the token is in the keyring
            self._ferdig("")
            self.accept()

        self._i_bakgrunnen(
            self.tr("Logger inn …"), lambda: tjeneste.logg_inn_server(profil, passord), etter_innlogging
        )


def forste_oppstart_dialog(parent: QWidget | None = None) -> Profil | None:
    """Ask for a connection profile; None means: keep the embedded SQLite database."""
    dialog = ProfilDialog(parent)
    return dialog.profil if dialog.exec() == QDialog.DialogCode.Accepted else None
