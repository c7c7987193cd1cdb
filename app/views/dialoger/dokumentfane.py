"""The journalpost card's Dokumenter tab: each document with its versions, who has it checked out,
its arkivformat status, "Legg til fil" (or files dropped on the tab), and arranging: up and down,
a new title, a link to another journalpost, a copy into another sak.

The tab only shows ``services.dokumenter.liste`` rows and says what the user asked
for (signals); the caller (app/views/operasjoner/dokument.py) asks for what is
missing, stores it through the window's one write seam and hands back the new rows.
Everything done here is stored at once, like a check-in: it does not wait for the
card's Lagre.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
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
from app.widgets.filslipp import vedleggsfiler


def _tid(v: datetime | None) -> str:
    return f"{v:%d.%m.%Y %H:%M}" if v else ""


class Dokumentfane(QWidget):
    """``grunn``: why the journalpost's documents cannot be changed (or None): adding and arranging
    are then disabled with it as the tooltip; linking and copying out stay (they change the target)."""

    sig_legg_til = Signal(list)
    """Files to add ([Path]): from "Legg til fil" or dropped on the tab."""
    sig_rekkefolge = Signal(list)
    """The documents in their new order ([dokument id])."""
    sig_endre_tittel = Signal(int, str)
    """"Endre tittel …" on a document: (dokument id, its title now)."""
    sig_lenk = Signal(int, str)
    """"Lenk til …": (dokument id, title)."""
    sig_kopier = Signal(int, str)
    """"Kopier til …": (dokument id, title)."""

    def __init__(
        self,
        rader: list[Dokumentrad],
        *,
        grunn: str | None = None,
        kopi_grunn: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dokumentfane")
        self.grunn = grunn
        self.kopi_grunn = kopi_grunn
        """Why this user may not copy a document into another sak (only the archive does), or None."""
        self.rader: list[Dokumentrad] = []
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
        self.legg_til_knapp.setToolTip(
            grunn or self.tr("Legg til en fil som hoveddokument eller vedlegg (eller slipp filer her)")
        )
        self.legg_til_knapp.clicked.connect(self._on_legg_til_clicked)
        self.velg_fil: Callable[[], Path | None] = self._velg_fil
        """Asks for the file (a QFileDialog); tests replace it."""
        self.opp = self._knapp("dokument_opp", self.tr("Flytt opp"), lambda: self._flytt(-1))
        self.ned = self._knapp("dokument_ned", self.tr("Flytt ned"), lambda: self._flytt(1))
        self.tittel_knapp = self._knapp(
            "dokument_tittel", self.tr("Endre tittel …"), lambda: self._valgt_signal(self.sig_endre_tittel)
        )
        self.lenk_knapp = self._knapp(
            "dokument_lenk", self.tr("Lenk til …"), lambda: self._valgt_signal(self.sig_lenk)
        )
        self.kopier_knapp = self._knapp(
            "dokument_kopier", self.tr("Kopier til …"), lambda: self._valgt_signal(self.sig_kopier)
        )
        self.lenk_knapp.setToolTip(self.tr("Samme dokument også på en annen journalpost (ikke en kopi)"))
        self.kopier_knapp.setToolTip(
            kopi_grunn or self.tr("En kopi med alle versjoner i en journalpost i en annen sak")
        )
        self.liste.currentItemChanged.connect(lambda *_: self._sett_knapper())
        knapper = QHBoxLayout()
        for k in (self.opp, self.ned, self.tittel_knapp, self.lenk_knapp, self.kopier_knapp):
            knapper.addWidget(k)
        knapper.addStretch(1)
        knapper.addWidget(self.legg_til_knapp)
        self.setAcceptDrops(True)
        lag = QVBoxLayout(self)
        lag.addWidget(self.liste, 1)
        lag.addLayout(knapper)
        self.vis(rader)

    def _knapp(self, navn: str, tekst: str, klikk: Callable[[], None]) -> QPushButton:
        k = QPushButton(tekst)
        k.setObjectName(navn)
        k.clicked.connect(klikk)
        return k

    def vis(self, rader: list[Dokumentrad]) -> None:
        valgt = self.valgt()
        self.rader = list(rader)
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
        if valgt is not None:
            self.velg(valgt)
        self._sett_knapper()

    def valgt(self) -> int | None:
        """The selected document's id."""
        it = self.liste.currentItem()
        while it is not None and it.parent() is not None:
            it = it.parent()
        return None if it is None else int(it.data(0, Qt.ItemDataRole.UserRole))

    def velg(self, dokument_id: int) -> None:
        for i in range(self.liste.topLevelItemCount()):
            it = self.liste.topLevelItem(i)
            if it is not None and it.data(0, Qt.ItemDataRole.UserRole) == dokument_id:
                self.liste.setCurrentItem(it)

    def _sett_knapper(self) -> None:
        ider = [r.id for r in self.rader]
        valgt = self.valgt()
        endres = self.grunn is None
        self.legg_til_knapp.setEnabled(endres)
        self.opp.setEnabled(endres and valgt in ider and ider.index(valgt) > 0)
        self.ned.setEnabled(endres and valgt in ider and ider.index(valgt) < len(ider) - 1)
        self.tittel_knapp.setEnabled(endres and valgt is not None)
        self.lenk_knapp.setEnabled(valgt is not None)
        self.kopier_knapp.setEnabled(valgt is not None and self.kopi_grunn is None)
        if self.grunn:
            for k in (self.opp, self.ned, self.tittel_knapp):
                k.setToolTip(self.grunn)

    def _flytt(self, steg: int) -> None:
        ider = [r.id for r in self.rader]
        valgt = self.valgt()
        if valgt not in ider:
            return
        i = ider.index(valgt)
        if 0 <= i + steg < len(ider):
            ider[i], ider[i + steg] = ider[i + steg], ider[i]
            self.sig_rekkefolge.emit(ider)

    def _valgt_signal(self, signal) -> None:
        valgt = self.valgt()
        rad = next((r for r in self.rader if r.id == valgt), None)
        if rad is not None:
            signal.emit(rad.id, rad.tittel)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self.dragMoveEvent(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self.grunn is None and vedleggsfiler(e.mimeData()):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e: QDropEvent) -> None:  # noqa: N802 - Qt override
        filer = vedleggsfiler(e.mimeData()) if self.grunn is None else []
        if not filer:
            e.ignore()
            return
        e.acceptProposedAction()
        self.sig_legg_til.emit(filer)

    def _velg_fil(self) -> Path | None:
        navn, _filter = QFileDialog.getOpenFileName(self, self.tr("Legg til fil"))
        return Path(navn) if navn else None

    def _on_legg_til_clicked(self) -> None:
        sti = self.velg_fil()
        if sti is not None:
            self.sig_legg_til.emit([sti])
