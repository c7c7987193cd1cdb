"""Demo and training: choose who to be when the window opens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from app.domain.koder import ROLLER
from app.services.data import BrukerInfo
from app.views.dialoger.felles import Skjema


class BrukerValg(Skjema):
    def __init__(self, brukere: list[BrukerInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Velg bruker (demo)"), parent, ok=self.tr("Start"))
        self.setMinimumSize(480, 420)
        info = QLabel(self.tr("Dette er en demodatabase. Velg hvem du vil arbeide som:"))
        info.setWordWrap(True)
        self.lag.addWidget(info)
        self.liste = QListWidget()
        self.liste.setObjectName("brukerliste")
        self.liste.setAccessibleName(self.tr("Brukere"))
        for b in brukere:
            roller = ", ".join(self.tr(ROLLER.get(r, r)) for r in b.roller)
            it = QListWidgetItem(f"{b.navn} ({b.initialer}) – {b.enhet or ''} – {roller}")
            it.setData(256, b.initialer)
            self.liste.addItem(it)
        self.liste.setCurrentRow(0)
        self.liste.itemDoubleClicked.connect(lambda _it: self.accept())
        self.lag.addWidget(self.liste)
        self.ferdig()

    def velg(self, initialer: str) -> None:
        for i in range(self.liste.count()):
            if self.liste.item(i).data(256) == initialer:
                self.liste.setCurrentRow(i)

    def valgt(self) -> str | None:
        it = self.liste.currentItem()
        return it.data(256) if it else None
