"""Skriv ut journalpost: which documents, which version of each, and whether the merknader go along."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.dokumenter import Dokumentrad
from app.views.dialoger.felles import Skjema


class UtskriftDialog(Skjema):
    """Every document checked, at its newest version; a version with arkivformat prints that."""

    def __init__(self, jpnr: str, rader: list[Dokumentrad], *, merknader: int, parent: QWidget | None = None):
        super().__init__(self.tr("Skriv ut %1").replace("%1", jpnr), parent, ok=self.tr("Skriv ut …"))
        self.setMinimumWidth(560)
        self.dokumenter = QTreeWidget()
        self.dokumenter.setObjectName("utskriftsdokumenter")
        self.dokumenter.setRootIsDecorated(False)
        self.dokumenter.setHeaderLabels([self.tr("Dokument"), self.tr("Versjon")])
        self.dokumenter.setAccessibleName(self.tr("Dokumentene som skrives ut"))
        self.versjoner: dict[int, QComboBox] = {}
        for r in rader:
            it = QTreeWidgetItem([r.tittel, ""])
            it.setData(0, Qt.ItemDataRole.UserRole, r.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(0, Qt.CheckState.Checked)
            self.dokumenter.addTopLevelItem(it)
            valg = QComboBox()
            valg.setObjectName(f"versjon_{r.id}")
            arkiv = {v.versjon for v in r.versjoner if v.variant == "arkivformat"}
            for nr in sorted({v.versjon for v in r.versjoner}, reverse=True):
                tekst = self.tr("v%1 (arkivformat)") if nr in arkiv else self.tr("v%1 (produksjon)")
                valg.addItem(tekst.replace("%1", str(nr)), nr)
            self.versjoner[r.id] = valg
            self.dokumenter.setItemWidget(it, 1, valg)
        self.dokumenter.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dokumenter.header().setStretchLastSection(False)
        self.dokumenter.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.merknader = QCheckBox(self.tr("Ta med merknadene (%1)").replace("%1", str(merknader)))
        self.merknader.setObjectName("med_merknader")
        self.merknader.setEnabled(merknader > 0)
        self.skjema.addRow(self.dokumenter)
        self.skjema.addRow(self.merknader)
        self.ferdig()

    def velg(self, dokument_id: int, *, med: bool = True, versjon: int | None = None) -> None:
        """Check or uncheck a document, and pick its version (tests and keyboard users)."""
        for i in range(self.dokumenter.topLevelItemCount()):
            it = self.dokumenter.topLevelItem(i)
            if it is not None and it.data(0, Qt.ItemDataRole.UserRole) == dokument_id:
                it.setCheckState(0, Qt.CheckState.Checked if med else Qt.CheckState.Unchecked)
        if versjon is not None:
            boks = self.versjoner[dokument_id]
            boks.setCurrentIndex(boks.findData(versjon))

    def valg(self) -> list[tuple[int, int]]:
        """(dokument id, versjon) of each checked document, in the journalpost's order."""
        ut = []
        for i in range(self.dokumenter.topLevelItemCount()):
            it = self.dokumenter.topLevelItem(i)
            if it is not None and it.checkState(0) == Qt.CheckState.Checked:
                dok = int(it.data(0, Qt.ItemDataRole.UserRole))
                ut.append((dok, int(self.versjoner[dok].currentData())))
        return ut

    def sjekk(self) -> str | None:
        if not self.valg() and not self.merknader.isChecked():
            return self.tr("Velg minst ett dokument eller merknadene")
        return None
