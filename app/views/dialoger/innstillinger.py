"""Fil → Innstillinger: the user's own choices (app.services.mine_innstillinger), in five tabs.

Language and text size change the window at once when OK is pressed; the shared database
profile counts from the next start (the open registry is not swapped under open work), and the
dialog says so beside each choice. The SMTP password goes to the OS keyring: an empty field keeps
the one stored.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import mine_innstillinger as mine
from app.services import profil
from app.services.kurver import KURVER
from app.views.dialoger.felles import Skjema
from app.widgets.arbeidskopier import rotmappe

#: The kurv groups each role sees (the tree's grouping, app.services.kurver).
_GRUPPER = {"leder": "leder", "arkiv": "arkiv"}


def _merknad(tekst: str) -> QLabel:
    m = QLabel(tekst)
    m.setWordWrap(True)
    m.setStyleSheet("color:#555")
    return m


class InnstillingerDialog(Skjema):
    """The user's choices; ``resultat`` is what was saved (None until OK succeeds)."""

    def __init__(self, roller: list[str] | tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Innstillinger"), parent, ok=self.tr("Lagre"))
        self.setObjectName("innstillinger")
        self.setMinimumWidth(560)
        self.gammel = mine.les()
        self.resultat: mine.MineInnstillinger | None = None
        self.gammel_profil = p.navn if (p := profil.aktiv_profil()) else None
        self.faner = QTabWidget()
        self.faner.setObjectName("innstillingsfaner")
        self.lag.addWidget(self.faner)
        self._generelt(roller)
        self._database()
        self._epost()
        self._dokumenter()
        self._oppdateringer()
        self.ferdig()

    # --- tabs ---------------------------------------------------------------------

    def _fane(self, tittel: str) -> QFormLayout:
        w = QWidget()
        skjema = QFormLayout(w)
        self.faner.addTab(w, tittel)
        return skjema

    def _generelt(self, roller: list[str] | tuple[str, ...]) -> None:
        f = self._fane(self.tr("Generelt"))
        self.sprak = QComboBox()
        self.sprak.setObjectName("sprak")
        self.sprak.addItem(self.tr("Som systemet"), "")
        for kode, navn in mine.SPRAK.items():
            if kode:
                self.sprak.addItem(navn, kode)  # a language is named in its own words, untranslated
        self.sprak.setCurrentIndex(max(0, self.sprak.findData(self.gammel.sprak)))
        f.addRow(self.tr("Språk"), self.sprak)
        f.addRow("", _merknad(self.tr("Språket byttes med en gang du trykker Lagre.")))
        self.skrift = QSpinBox()
        self.skrift.setObjectName("skriftstorrelse")
        self.skrift.setRange(mine.MIN_SKRIFT - 1, mine.MAKS_SKRIFT)
        self.skrift.setSpecialValueText(self.tr("Som systemet"))
        self.skrift.setSuffix(self.tr(" pkt"))
        self.skrift.setValue(self.gammel.skriftstorrelse or mine.MIN_SKRIFT - 1)
        f.addRow(self.tr("Skriftstørrelse"), self.skrift)
        self.kurv = QComboBox()
        self.kurv.setObjectName("standard_kurv")
        grupper = {"mine"} | {g for r, g in _GRUPPER.items() if r in roller}
        for k in KURVER:
            if k.gruppe in grupper:
                self.kurv.addItem(QCoreApplication.translate("KurvTre", k.tittel), k.navn)
        self.kurv.setCurrentIndex(max(0, self.kurv.findData(self.gammel.standard_kurv)))
        f.addRow(self.tr("Kurv ved oppstart"), self.kurv)

    def _database(self) -> None:
        f = self._fane(self.tr("Database"))
        self.profil = QComboBox()
        self.profil.setObjectName("profil")
        self.profil.addItem(self.tr("Lokal database på denne maskinen"), None)
        for p in profil.profiler():
            self.profil.addItem(f"{p.navn} – {p.beskrivelse()}", p.navn)
        self.profil.setCurrentIndex(max(0, self.profil.findData(self.gammel_profil)))
        f.addRow(self.tr("Felles database"), self.profil)
        f.addRow(
            "",
            _merknad(
                self.tr(
                    "Gjelder neste gang Saksbord starter. En ny tilkobling legger du til med "
                    "Fil → Koble til felles database."
                )
            ),
        )

    def _epost(self) -> None:
        f = self._fane(self.tr("E-post"))
        self.klient = QComboBox()
        self.klient.setObjectName("epostklient")
        navn = {
            "standard": self.tr("Systemets e-postprogram"),
            "outlook": "Microsoft Outlook",
            "smtp": self.tr("Send direkte med SMTP"),
        }
        for kode in mine.EPOSTKLIENTER:
            self.klient.addItem(navn.get(kode, kode), kode)
        self.klient.setCurrentIndex(max(0, self.klient.findData(self.gammel.epostklient)))
        f.addRow(self.tr("E-postprogram"), self.klient)
        self.smtp_server = QLineEdit(self.gammel.smtp_server)
        self.smtp_server.setObjectName("smtp_server")
        self.smtp_server.setPlaceholderText("smtp.kommune.no")
        f.addRow(self.tr("SMTP-server"), self.smtp_server)
        self.smtp_port = QSpinBox()
        self.smtp_port.setObjectName("smtp_port")
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(self.gammel.smtp_port)
        self.smtp_sikkerhet = QComboBox()
        for kode, navn in (
            ("starttls", "STARTTLS"), ("ssl", "SSL/TLS"), ("ingen", self.tr("Ingen (bare internt nett)"))
        ):  # fmt: skip
            self.smtp_sikkerhet.addItem(navn, kode)
        self.smtp_sikkerhet.setCurrentIndex(max(0, self.smtp_sikkerhet.findData(self.gammel.smtp_sikkerhet)))
        rad = QHBoxLayout()
        rad.addWidget(self.smtp_port)
        rad.addWidget(self.smtp_sikkerhet, 1)
        f.addRow(self.tr("Port og sikkerhet"), rad)
        self.smtp_bruker = QLineEdit(self.gammel.smtp_bruker)
        self.smtp_bruker.setObjectName("smtp_bruker")
        f.addRow(self.tr("SMTP-bruker"), self.smtp_bruker)
        self.smtp_passord = QLineEdit()
        self.smtp_passord.setObjectName("smtp_passord")
        self.smtp_passord.setEchoMode(QLineEdit.EchoMode.Password)
        lagret = False
        try:
            lagret = bool(mine.smtp_passord(self.gammel))
        except Exception:  # no keyring on this machine: the field still works, saving will say why
            lagret = False
        self.smtp_passord.setPlaceholderText(
            self.tr("(lagret i nøkkelringen; tomt felt beholder det)") if lagret else ""
        )
        f.addRow(self.tr("SMTP-passord"), self.smtp_passord)
        self.avsender = QLineEdit(self.gammel.avsenderadresse)
        self.avsender.setObjectName("avsenderadresse")
        self.avsender.setPlaceholderText("postmottak@kommune.no")
        f.addRow(self.tr("Avsenderadresse"), self.avsender)
        f.addRow("", _merknad(self.tr("Passordet lagres i operativsystemets nøkkelring, aldri i en fil.")))

    def _dokumenter(self) -> None:
        f = self._fane(self.tr("Dokumenter"))
        self.arbeidsmappe = QLineEdit(self.gammel.arbeidsmappe)
        self.arbeidsmappe.setObjectName("arbeidsmappe")
        self.arbeidsmappe.setPlaceholderText(str(rotmappe()) if not self.gammel.arbeidsmappe else "")
        velg = QPushButton(self.tr("Velg …"))
        velg.clicked.connect(self._velg_mappe)
        rad = QHBoxLayout()
        rad.addWidget(self.arbeidsmappe, 1)
        rad.addWidget(velg)
        f.addRow(self.tr("Arbeidsmappe"), rad)
        f.addRow(
            "",
            _merknad(
                self.tr(
                    "Her legges arbeidskopiene når du redigerer et dokument. Tomt felt bruker standardmappen. "
                    "Gjelder dokumenter du åpner etter at du har lagret."
                )
            ),
        )

    def _oppdateringer(self) -> None:
        f = self._fane(self.tr("Oppdateringer"))
        self.se_etter = QCheckBox(self.tr("Se etter nye versjoner når Saksbord starter"))
        self.se_etter.setObjectName("se_etter_oppdateringer")
        self.se_etter.setChecked(self.gammel.se_etter_oppdateringer)
        f.addRow(self.se_etter)
        self.oppdatering_url = QLineEdit(self.gammel.oppdatering_url)
        self.oppdatering_url.setObjectName("oppdatering_url")
        self.oppdatering_url.setPlaceholderText("https://saksbord.kommune.no/versjon.json")
        f.addRow(self.tr("Adresse"), self.oppdatering_url)
        f.addRow(
            "",
            _merknad(
                self.tr(
                    "Saksbord spør bare adressen om hvilken versjon som er den nyeste, og sier fra når det "
                    "finnes en nyere. Ingenting lastes ned uten at du ber om det."
                )
            ),
        )

    def _velg_mappe(self) -> None:
        mappe = QFileDialog.getExistingDirectory(
            self, self.tr("Velg arbeidsmappe"), self.arbeidsmappe.text() or str(rotmappe())
        )
        if mappe:
            self.arbeidsmappe.setText(mappe)

    # --- saving -------------------------------------------------------------------

    def valg(self) -> mine.MineInnstillinger:
        skrift = self.skrift.value()
        return replace(
            self.gammel,
            sprak=self.sprak.currentData() or "",
            skriftstorrelse=0 if skrift < mine.MIN_SKRIFT else skrift,
            standard_kurv=self.kurv.currentData() or "ubehandlet",
            epostklient=self.klient.currentData(),
            smtp_server=self.smtp_server.text(),
            smtp_port=self.smtp_port.value(),
            smtp_sikkerhet=self.smtp_sikkerhet.currentData(),
            smtp_bruker=self.smtp_bruker.text(),
            avsenderadresse=self.avsender.text(),
            arbeidsmappe=self.arbeidsmappe.text(),
            se_etter_oppdateringer=self.se_etter.isChecked(),
            oppdatering_url=self.oppdatering_url.text(),
        )

    @property
    def profil_endret(self) -> bool:
        return self.profil.currentData() != self.gammel_profil

    def sjekk(self) -> str | None:
        """Save on OK; a bad value keeps the dialog open with the reason."""
        try:
            self.resultat = mine.lagre(self.valg(), smtp_passord=self.smtp_passord.text() or None)
            if self.profil_endret:
                mine.velg_profil(self.profil.currentData())
        except SaksbordFeil as e:
            return str(e)
        except Exception as e:  # a keyring that refuses: say so, keep what was typed
            return self.tr("Kunne ikke lagre: %1").replace("%1", str(e))
        return None
