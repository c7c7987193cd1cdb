"""The small dialogs for arranging a journalpost's documents: a new title, and the journalpost a
document is linked or copied to."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.views.dialoger.felles import Skjema


class DokumenttittelDialog(Skjema):
    """Retitle one document (the service cleans and checks it)."""

    def __init__(self, tittel: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Endre tittel på dokument"), parent, ok=self.tr("Lagre"))
        self.tittel = QLineEdit(tittel)
        self.tittel.setObjectName("dokumenttittel")
        self.tittel.setAccessibleName(self.tr("Tittel"))
        self.skjema.addRow(self.tr("Tittel"), self.tittel)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None if self.tittel.text().strip() else self.tr("Dokumentet må ha en tittel")


class VelgJournalpostDialog(Skjema):
    """The journalpost a document goes to: linked (the same document) or copied (another sak)."""

    def __init__(self, *, tittel: str, dokument: str, kopi: bool, parent: QWidget | None = None) -> None:
        super().__init__(tittel, parent, ok=self.tr("Lag kopi") if kopi else self.tr("Lenk"))
        self.jpnr = QLineEdit()
        self.jpnr.setObjectName("til_journalpost")
        self.jpnr.setPlaceholderText(self.tr("f.eks. 2026/12-3"))
        self.jpnr.setAccessibleName(self.tr("Til journalpost"))
        forklaring = QLabel(
            self.tr("«%1» kopieres, med alle versjoner, til en journalpost i en annen sak.")
            if kopi
            else self.tr("«%1» lenkes til journalposten: det er samme dokument, ikke en kopi.")
        )
        forklaring.setText(forklaring.text().replace("%1", dokument))
        forklaring.setWordWrap(True)
        self.skjema.addRow(forklaring)
        self.skjema.addRow(self.tr("Til journalpost"), self.jpnr)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None if self.jpnr.text().strip() else self.tr("Skriv journalpostnummeret")
