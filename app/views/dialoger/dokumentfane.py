"""The journalpost card's Dokumenter tab: each document with its versions, who has it checked out,
its arkivformat status, and "Legg til fil".

The tab only shows ``services.dokumenter.liste`` rows and asks for a file; the
caller (app/views/operasjoner/journalpost.py) stores it through the window's
one write seam and hands back the new rows. A file added here is stored at once,
like a check-in: it does not wait for the card's Lagre.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.dokumenter import Dokumentrad


def _tid(v: datetime | None) -> str:
    return f"{v:%d.%m.%Y %H:%M}" if v else ""


class Dokumentfane(QWidget):
    """``legg_til(sti)`` stores the file on the journalpost; ``grunn``: why adding is refused (or None)."""

    def __init__(
        self,
        rader: list[Dokumentrad],
        *,
        legg_til: Callable[[Path], None] | None = None,
        grunn: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dokumentfane")
        self._legg_til = legg_til
        self.liste = QTreeWidget()
        self.liste.setObjectName("kortdokumenter")
        self.liste.setAlternatingRowColors(True)
        self.liste.setHeaderLabels(
            [
                self.tr("Dokument"),
                self.tr("Tilknytning"),
                self.tr("Versjon"),
                self.tr("Sjekket ut av"),
                self.tr("Arkivformat"),
            ]
        )
        self.liste.setAccessibleName(self.tr("Dokumentene i journalposten"))
        self.legg_til_knapp = QPushButton(self.tr("Legg til fil …"))
        self.legg_til_knapp.setObjectName("legg_til_fil")
        self.legg_til_knapp.setEnabled(legg_til is not None and grunn is None)
        self.legg_til_knapp.setToolTip(grunn or self.tr("Legg til en fil som hoveddokument eller vedlegg"))
        self.legg_til_knapp.clicked.connect(self._on_legg_til_clicked)
        self.velg_fil: Callable[[], Path | None] = self._velg_fil
        """Asks for the file (a QFileDialog); tests replace it."""
        knapper = QHBoxLayout()
        knapper.addStretch(1)
        knapper.addWidget(self.legg_til_knapp)
        lag = QVBoxLayout(self)
        lag.addWidget(self.liste, 1)
        lag.addLayout(knapper)
        self.vis(rader)

    def vis(self, rader: list[Dokumentrad]) -> None:
        self.liste.clear()
        status = {
            "ok": self.tr("laget"),
            "venter": self.tr("lages"),
            "feilet": self.tr("feilet"),
            "ikke ennå": self.tr("ikke ennå"),
        }
        for r in rader:
            hvem = f"{r.utsjekket_av} ({_tid(r.utsjekket)})" if r.utsjekket_av else ""
            tilknytning = self.tr("hoveddokument") if r.tilknytning == "hoveddokument" else self.tr("vedlegg")
            if r.lenket:
                tilknytning += " " + self.tr("(lenket)")
            it = QTreeWidgetItem(
                [r.tittel, tilknytning, f"v{r.versjon}", hvem, status.get(r.arkivstatus, r.arkivstatus)]
            )
            it.setData(0, Qt.ItemDataRole.UserRole, r.id)
            it.setToolTip(0, r.filnavn)
            if r.arkivstatus == "feilet":
                it.setForeground(4, QColor("#c62828"))
                it.setToolTip(4, r.arkivfeil or "")
            for v in sorted(r.versjoner, key=lambda v: (v.versjon, v.variant), reverse=True):
                variant = self.tr("arkiv") if v.variant == "arkivformat" else self.tr("produksjon")
                barn = QTreeWidgetItem(
                    [v.filnavn, variant, f"v{v.versjon}", _tid(v.opprettet), f"{v.storrelse // 1024 + 1} kB"]
                )
                it.addChild(barn)
            self.liste.addTopLevelItem(it)
        self.liste.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.liste.header().setStretchLastSection(False)
        for k in range(1, 5):
            self.liste.header().setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)

    def _velg_fil(self) -> Path | None:
        navn, _filter = QFileDialog.getOpenFileName(self, self.tr("Legg til fil"))
        return Path(navn) if navn else None

    def _on_legg_til_clicked(self) -> None:
        sti = self.velg_fil()
        if sti is not None and self._legg_til is not None:
            self._legg_til(sti)
