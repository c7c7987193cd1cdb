"""The left pane: the acting user's kurver with counts; Mine saker opens into a tree of saker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from app.services.data import KurvInfo, KurvRad
from app.views.kurver import tekster
from app.widgets.arbeider import Arbeider
from app.widgets.epostmaal import EpostMaal

NavnRolle = Qt.ItemDataRole.UserRole + 1
ArtRolle = Qt.ItemDataRole.UserRole + 2
SakRolle = Qt.ItemDataRole.UserRole + 3
SaksnrRolle = Qt.ItemDataRole.UserRole + 4

MINE_SAKER = "mine-saker"
KONFLIKTER = "konflikter"
"""Offline actions the shared database refused; only on a replica (the window adds it)."""
FORFALT = "#c62828"
GRAATT = "#9aa5b1"

#: The kurv titles the services send, registered for translation in this context.
_TITLER = (
    QT_TRANSLATE_NOOP("KurvTre", "Ubehandlet"),
    QT_TRANSLATE_NOOP("KurvTre", "Forfall"),
    QT_TRANSLATE_NOOP("KurvTre", "Dokumenter i arbeid"),
    QT_TRANSLATE_NOOP("KurvTre", "Mottatte oppgaver"),
    QT_TRANSLATE_NOOP("KurvTre", "Sendt til godkjenning"),
    QT_TRANSLATE_NOOP("KurvTre", "Mottatt for godkjenning"),
    QT_TRANSLATE_NOOP("KurvTre", "Kopier"),
    QT_TRANSLATE_NOOP("KurvTre", "OBS-saker"),
    QT_TRANSLATE_NOOP("KurvTre", "Mine saker"),
    QT_TRANSLATE_NOOP("KurvTre", "Til fordeling"),
    QT_TRANSLATE_NOOP("KurvTre", "Til offentlighetsvurdering"),
    QT_TRANSLATE_NOOP("KurvTre", "Restanser for enheten"),
    QT_TRANSLATE_NOOP("KurvTre", "Dokumenter i arbeid (enheten)"),
    QT_TRANSLATE_NOOP("KurvTre", "Til journalføring"),
    QT_TRANSLATE_NOOP("KurvTre", "Mottatt fra SvarInn"),
    QT_TRANSLATE_NOOP("KurvTre", "Reserverte saker"),
    QT_TRANSLATE_NOOP("KurvTre", "Saker til avslutning"),
    QT_TRANSLATE_NOOP("KurvTre", "Beskjed til dokumentsenteret"),
    QT_TRANSLATE_NOOP("KurvTre", "Konflikter"),
)


def forste_kurv(roller) -> str:
    """The kurv a desk opens in: the archive's Til journalføring, a leader's Til fordeling, else Ubehandlet."""
    roller = set(roller)
    if "arkiv" in roller:
        return "til-journalforing"
    if roller & {"leder", "radmann"} and "saksbehandler" not in roller:
        return "til-fordeling"
    return "ubehandlet"


class KurvTre(EpostMaal, QTreeWidget):
    sig_kurv_valgt = Signal(str, str, str)
    """A kurv was chosen: (navn, art, tittel)."""
    sig_sak_valgt = Signal(int, str)
    """A sak under Mine saker was chosen: (sak id, "2026/12 Tittel")."""
    sig_lastet = Signal()
    """The counts arrived and the tree is rebuilt."""
    sig_epost_sluppet = Signal(str, QMimeData)
    """E-mail was dropped on a sak under Mine saker: (saksnummer, what was dropped)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kurvtre")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._slippmarkert: QTreeWidgetItem | None = None
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._arbeider = Arbeider(self, lesing=True)
        self._arbeider.sig_result.connect(self._on_kurver_lastet)
        self._arbeider.sig_error.connect(self._on_feil)
        self._hent_kurver: Callable[[], list[KurvInfo]] | None = None
        self._hent_saker: Callable[[], list[KurvRad]] | None = None
        self._valgt: tuple[str, int | None] = ("ubehandlet", None)
        self._vist: tuple[str, int | None] | None = None
        self.info: dict[str, KurvInfo] = {}
        self.feilmelding: Callable[[Exception], None] | None = None
        self.currentItemChanged.connect(self._on_item_endret)
        self.itemExpanded.connect(self._on_utvidet)

    def last(
        self, hent_kurver: Callable[[], list[KurvInfo]], hent_saker: Callable[[], list[KurvRad]]
    ) -> None:
        """Count the kurver off the UI thread, then rebuild the tree (keeps the chosen kurv)."""
        self._hent_kurver, self._hent_saker = hent_kurver, hent_saker
        self._arbeider.start(lambda progress, avbrutt: hent_kurver())

    def nullstill(self, forste: str = "ubehandlet") -> None:
        """Forget the tree (a new desk): the next load selects and shows the role's first kurv."""
        self.clear()
        self._slippmarkert = None
        self._forste = forste
        self._valgt, self._vist = (forste, None), None

    def velg_kurv(self, navn: str) -> bool:
        for it in self._alle():
            if it.data(0, NavnRolle) == navn and it.data(0, SakRolle) is None:
                self.setCurrentItem(it)
                return True
        self._valgt = (navn, None)
        return False

    def valgt_kurv(self) -> str | None:
        it = self.currentItem()
        return it.data(0, NavnRolle) if it else None

    def _alle(self) -> list[QTreeWidgetItem]:
        ut = []
        for gruppe in _barn(self.invisibleRootItem()):
            for kurv in _barn(gruppe):
                ut.append(kurv)
                ut.extend(_barn(kurv))
        return ut

    def _on_feil(self, e: Exception) -> None:
        if self.feilmelding:
            self.feilmelding(e)

    def _on_kurver_lastet(self, kurver: list[KurvInfo]) -> None:
        navn, sak = self._valgt
        aapen = {it.data(0, NavnRolle) for it in self._alle() if it.isExpanded()}
        self.blockSignals(True)
        self.clear()
        self._slippmarkert = None
        self.info = {k.navn: k for k in kurver}
        grupper = {
            "mine": self.tr("Mitt arbeidsbord"),
            "leder": self.tr("Leder"),
            "arkiv": self.tr("Arkiv"),
            "motesekretar": self.tr("Møtesekretær"),
            "egne": self.tr("Mine kurver"),
        }
        noder: dict[str, QTreeWidgetItem] = {}
        fet = QFont()
        fet.setBold(True)
        for k in kurver:
            if k.gruppe not in noder:
                g = QTreeWidgetItem(self, [grupper.get(k.gruppe, k.gruppe), ""])
                g.setFlags(Qt.ItemFlag.ItemIsEnabled)
                g.setFont(0, fet)
                g.setForeground(0, QBrush(QColor("#37618e")))
                g.setExpanded(True)
                noder[k.gruppe] = g
            it = QTreeWidgetItem(
                noder[k.gruppe], [self.tr(k.tittel), tekster.tall(k.antall) if k.antall else ""]
            )
            it.setData(0, NavnRolle, k.navn)
            it.setData(0, ArtRolle, k.art)
            it.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            it.setToolTip(0, f"{self.tr(k.tittel)}: {tekster.antall_elementer(k.antall)}")
            if k.antall and k.navn not in (MINE_SAKER,):
                it.setFont(0, fet)
                it.setFont(1, fet)
            if k.navn == "forfall" and k.antall:
                it.setForeground(1, QBrush(QColor(FORFALT)))
            if k.navn == KONFLIKTER:
                # Red while something waits for the user's choice; greyed (still there) at zero.
                farge = QBrush(QColor(FORFALT if k.antall else GRAATT))
                it.setForeground(0, farge)
                it.setForeground(1, farge)
            if k.navn == MINE_SAKER and k.antall:
                it.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self.blockSignals(False)
        for it in self._alle():
            if it.data(0, NavnRolle) in aapen:
                it.setExpanded(True)
        valgt = None
        for it in self._alle():
            if it.data(0, NavnRolle) == navn and it.data(0, SakRolle) == sak:
                valgt = it
        if valgt is None:
            forste = getattr(self, "_forste", "ubehandlet")
            valgt = next((it for it in self._alle() if it.data(0, NavnRolle) == forste), None) or next(
                (it for it in self._alle() if it.data(0, NavnRolle) == "ubehandlet"), None
            )
        self.blockSignals(True)
        if valgt is not None:
            self.setCurrentItem(valgt)
        self.blockSignals(False)
        if valgt is not None and (valgt.data(0, NavnRolle), valgt.data(0, SakRolle)) != self._vist:
            self._on_item_endret(valgt)
        self.sig_lastet.emit()

    def _on_utvidet(self, it: QTreeWidgetItem) -> None:
        if it.data(0, NavnRolle) != MINE_SAKER or it.childCount() or self._hent_saker is None:
            return
        try:
            saker = self._hent_saker()
        except Exception as e:
            self._on_feil(e)
            return
        for s in saker:
            barn = QTreeWidgetItem(it, [f"{s.saksnummer}  {s.tittel}", ""])
            barn.setData(0, NavnRolle, MINE_SAKER)
            barn.setData(0, SakRolle, s.id)
            barn.setData(0, SaksnrRolle, s.saksnummer)
            barn.setToolTip(0, f"{s.saksnummer} {s.tittel}")

    def _slippsak(self, pos: QPoint) -> str | None:
        it = self.itemAt(pos)
        return it.data(0, SaksnrRolle) if it is not None else None

    def _marker_slipp(self, pos: QPoint | None) -> None:
        it = self.itemAt(pos) if pos is not None else None
        if it is self._slippmarkert:
            return
        if self._slippmarkert is not None:
            self._slippmarkert.setBackground(0, QBrush())
        self._slippmarkert = it
        if it is not None:
            it.setBackground(0, QBrush(QColor("#cfe0f5")))

    def _on_item_endret(self, it: QTreeWidgetItem | None, _forrige=None) -> None:
        if it is None or it.data(0, NavnRolle) is None:
            return
        sak = it.data(0, SakRolle)
        self._valgt = self._vist = (it.data(0, NavnRolle), sak)
        if sak is not None:
            self.sig_sak_valgt.emit(int(sak), it.text(0))
        else:
            self.sig_kurv_valgt.emit(it.data(0, NavnRolle), it.data(0, ArtRolle), it.text(0))


def _barn(it: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An item's children (``child(i)`` is None only outside 0 … childCount() - 1)."""
    return [b for b in (it.child(i) for i in range(it.childCount())) if b is not None]
