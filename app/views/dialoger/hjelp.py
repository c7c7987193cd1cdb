"""F2: the shortcuts and the daily routines, in the words the handbooks use."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HjelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hjelp – Saksbord"))
        self.resize(680, 600)
        lag = QVBoxLayout(self)
        self.tekst = QTextBrowser()
        self.tekst.setObjectName("hjelpetekst")
        self.tekst.setOpenExternalLinks(False)
        lag.addWidget(self.tekst)
        knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knapper.rejected.connect(self.reject)
        knapper.accepted.connect(self.accept)
        lag.addWidget(knapper)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        snarveier = [
            ("F2", self.tr("Denne hjelpen")),
            ("F5", self.tr("Oppdater kurvene og listen")),
            ("Ctrl+F3", self.tr("Hurtigfilter i kurven som er åpen")),
            ("Ctrl+E", self.tr("Globalt søk: saksnummer, 2026/12-3, tittelord, navn")),
            ("Ctrl+Shift+S", self.tr("Ny sak")),
            ("Ctrl+Shift+D", self.tr("Ny journalpost i valgt sak")),
            ("F6 / Shift+F6", self.tr("Neste / forrige rute")),
            ("Ctrl+1 / 2 / 3", self.tr("Kurver / liste / lesefelt")),
            ("Enter", self.tr("Åpne registreringsbildet")),
            (self.tr("Menytasten / høyreklikk"), self.tr("Alle handlinger for det valgte")),
        ]
        rutiner = [
            (
                self.tr("Besvare et brev"),
                self.tr(
                    "Velg brevet i Ubehandlet eller Forfall og velg Besvar og avskriv. Svaret legges i Dokumenter i "
                    "arbeid med mottaker fra avsenderen. Restansen avskrives (BU) når svaret ekspederes."
                ),
            ),
            (
                self.tr("Avskrive uten svar"),
                self.tr(
                    "Avskriv gir bare kodene som passer dokumenttypen. TLF (besvart per telefon) krever merknad."
                ),
            ),
            (
                self.tr("Godkjenning"),
                self.tr(
                    "Send oppgave Til godkjenning fra et reservert dokument. Lederen finner den i Mottatt for "
                    "godkjenning og velger Behandle oppgave: Godkjent, Ikke godkjent eller Videresendt. Godkjent "
                    "ferdigstiller dokumentet, og du får oppgaven Godkjent; ekspeder da dokumentet."
                ),
            ),
            (
                self.tr("Ekspedere"),
                self.tr(
                    "Mottakerne sjekkes før dialogen åpnes. Mangler en adresse, rett den i dialogen eller velg en "
                    "annen kanal."
                ),
            ),
            (
                self.tr("Stedfortreder"),
                self.tr(
                    "Åpne lederens skrivebord fra brukermenyen. Navnet på den du arbeider for står i rødt i "
                    "tittellinjen og statuslinjen."
                ),
            ),
            (
                self.tr("Feil på en låst journalpost"),
                self.tr("Velg Be arkivet rette og skriv hva som er feil; arkivet får en oppgave."),
            ),
            (
                self.tr("Sak opprettet ved en feil"),
                self.tr("Velg Meld saken utgår i stedet for å endre tittelen."),
            ),
            (
                self.tr("Avslutte en sak"),
                self.tr(
                    "Velg Be om avslutning; arkivet finner saken i Saker til avslutning. Saken kan ikke avsluttes "
                    "mens noe står åpent, og arkivet får listen over det."
                ),
            ),
        ]
        rader = "".join(
            f"<tr><td style='padding-right:16px'><b>{k}</b></td><td>{v}</td></tr>" for k, v in snarveier
        )
        avsnitt = "".join(f"<h3>{t}</h3><p>{v}</p>" for t, v in rutiner)
        self.tekst.setHtml(
            f"<h2>{self.tr('Hurtigtaster')}</h2><table>{rader}</table><h2>{self.tr('Rutiner')}</h2>{avsnitt}"
        )
