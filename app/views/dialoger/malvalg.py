"""The template chooser: the templates for a journalposttype, its default preselected, or none."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.maler import MalRad
from app.views.dialoger.felles import Skjema


class Malvalg(QComboBox):
    """A combo of templates; ``valgt()`` is the chosen template's name, or None for «Uten mal»."""

    def __init__(self, maler: list[MalRad], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("malvalg")
        self.setAccessibleName(self.tr("Mal for hoveddokumentet"))
        for r in maler:
            tekst = r.tittel + (self.tr(" (standard)") if r.standard else "")
            self.addItem(tekst, r.navn)
        self.addItem(self.tr("Uten mal (legg til dokument selv)"), None)
        standard = next((i for i, r in enumerate(maler) if r.standard), 0 if maler else self.count() - 1)
        self.setCurrentIndex(standard)

    def valgt(self) -> str | None:
        return self.currentData()


class MalvalgDialog(Skjema):
    """Asked after a new U/N/X/S is filled in: which template writes its hoveddokument."""

    def __init__(self, tittel: str, maler: list[MalRad], parent: QWidget | None = None) -> None:
        super().__init__(tittel, parent, ok=self.tr("Skriv dokumentet"))
        self.mal = Malvalg(maler)
        self.skjema.addRow(self.tr("Mal"), self.mal)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None
