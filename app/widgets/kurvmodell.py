"""The kurv list model: it holds only the ordered ids and fetches rows a page at a time.

``rowCount()`` is the number of ids held; ``data()`` looks the row up in a page
cache and on a miss asks ``hent_rader(art, ids)`` for the page around it
(Anki's browser table, calibre's BooksModel). Sorting and filtering replace
the id list; ``data()`` never raises.

An archive-sized kurv does not hand over all its ids: ``sett_ider(..., flere=)`` gets the
first ``ID_SIDE`` of them and a function for the next ones, and the view asks for those
(``canFetchMore``/``fetchMore``) as the user scrolls near the end; they are read off the UI
thread and appended when they land.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.koder import OPPGAVETYPER
from app.services.data import KurvRad
from app.widgets import ikoner
from app.widgets.arbeider import Arbeider
from app.widgets.oversetting import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SIDE = 200
"""Rows fetched per cache miss."""
ID_SIDE = 1000
"""Ids of a kurv read at a time (the first when it opens, then one more page per fetchMore)."""
VENTET_LENGE = "#ffd27a"
"""Amber: an approval has waited as long as the reminder setting."""


def _tr(tekst: str) -> str:
    return QCoreApplication.translate("KurvModell", tekst)


@dataclass(frozen=True)
class Kolonne:
    navn: str  # source text of the header (bokmål)
    verdi: Callable[[KurvRad], object]
    sorter: str | None = None  # key for kurver.kurv_ider(sorter=)
    bredde: int = 100


def _dato(d: date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


KOLONNER: dict[str, list[Kolonne]] = {
    "journalpost": [
        Kolonne(
            QT_TRANSLATE_NOOP("KurvModell", "Saksnr-doknr"), lambda r: r.journalpostnummer, "nummer", 112
        ),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Tittel"), lambda r: r.tittel, "tittel", 330),
        Kolonne(
            QT_TRANSLATE_NOOP("KurvModell", "Avsender/Mottaker"), lambda r: r.avsender_mottaker, None, 140
        ),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Type"), lambda r: r.type, "type", 42),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Status"), lambda r: r.status, "status", 60),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Forfall"), lambda r: _dato(r.forfallsdato), "forfall", 84),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Saksbeh."), lambda r: r.saksbehandler, "saksbehandler", 74),
    ],
    "oppgave": [
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Oppgave"), lambda r: r.oppgavetype, "type", 140),
        Kolonne(
            QT_TRANSLATE_NOOP("KurvModell", "Saksnr-doknr"),
            lambda r: r.journalpostnummer or r.saksnummer,
            None,
            110,
        ),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Tittel"), lambda r: r.tittel, None, 330),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Fra"), lambda r: r.fra, None, 60),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Til"), lambda r: r.til, None, 60),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Sendt"), lambda r: _dato(r.dato), "dato", 90),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Ventet (dager)"), lambda r: r.ventet_dager, None, 112),
    ],
    "sak": [
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Saksnr"), lambda r: r.saksnummer, "nummer", 100),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Tittel"), lambda r: r.tittel, "tittel", 380),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Status"), lambda r: r.status, "status", 60),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Ansvarlig"), lambda r: r.saksbehandler, None, 80),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "OBS-dato"), lambda r: _dato(r.forfallsdato), "forfall", 84),
    ],
    # The Konflikter kurv (app/views/konflikter): KonfliktRad adds handling, melding and tid.
    "konflikt": [
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Handling"), lambda r: getattr(r, "handling", ""), None, 120),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Saksnr-doknr"), lambda r: r.journalpostnummer, None, 112),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Din endring"), lambda r: r.tittel, None, 220),
        Kolonne(
            QT_TRANSLATE_NOOP("KurvModell", "Serverens melding"),
            lambda r: getattr(r, "melding", ""),
            None,
            300,
        ),
        Kolonne(QT_TRANSLATE_NOOP("KurvModell", "Tid"), lambda r: getattr(r, "tid", ""), None, 110),
    ],
}

IdRolle = Qt.ItemDataRole.UserRole + 1
RadRolle = Qt.ItemDataRole.UserRole + 2


class KurvModell(QAbstractTableModel):
    sig_sortering_bedt = Signal(str, bool)
    """The user clicked a sortable header: (sorter key, descending)."""

    def __init__(self, hent_rader: Callable[[str, list[int]], Sequence[KurvRad]], parent=None) -> None:
        super().__init__(parent)
        self._hent_rader = hent_rader
        self.art = "journalpost"
        self.ider: list[int] = []
        self._cache: dict[int, KurvRad | None] = {}  # None: fetched, but gone or hidden
        self.hentinger = 0
        self.idag = date.today()
        self.paaminnelse_dager = 3  # approvals waiting this long show amber (DESIGN §7)
        self.forelopige: Callable[[list[int]], dict[int, str]] | None = None
        """On a replica: journalpost ids → provisional numbers ("2026/12-(foreløpig 1)"), asked once per page."""
        self._flere: Callable[[int, int], list[int]] | None = None
        self._henter_flere = False
        self.idhentinger = 0
        """How many further id pages were asked for (fetchMore)."""
        self._idarbeider = Arbeider(self, lesing=True)
        self._idarbeider.sig_result.connect(self._on_flere)
        self._idarbeider.sig_error.connect(self._on_flere_feil)

    # --- content -------------------------------------------------------------

    def sett_ider(
        self,
        art: str,
        ider: list[int],
        *,
        flere: Callable[[int, int], list[int]] | None = None,
        forhaand: dict[int, KurvRad | None] | None = None,
    ) -> None:
        """Show a new id list (a kurv, a filtered or re-sorted kurv, search hits).

        ``flere(fra, antall)`` reads further ids (off the UI thread) when ``ider`` is only the
        first page: given only when that page came back full. ``forhaand``: rows already read
        (``les_side`` on the worker that read the ids), so the first paint reads nothing.
        """
        self._idarbeider.avbryt()
        self._henter_flere = False
        self.beginResetModel()
        ny_art = art != self.art
        self.art = art
        self.ider = list(ider)
        self._flere = flere
        self._cache = dict(forhaand or {})
        self.endResetModel()
        if ny_art:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.kolonner) - 1)

    def glem_rader(self) -> None:
        """Drop the cached rows (after a change) and repaint; the ids stay."""
        self._cache = {}
        if self.ider:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ider) - 1, len(self.kolonner) - 1))

    @property
    def kolonner(self) -> list[Kolonne]:
        return KOLONNER[self.art]

    def rad(self, row: int) -> KurvRad | None:
        if not 0 <= row < len(self.ider):
            return None
        i = self.ider[row]
        rad = self._cache.get(i)
        if rad is None and i not in self._cache:
            self._hent_side(row)
            rad = self._cache.get(i)
        return rad

    def _hent_side(self, row: int) -> None:
        start = (row // SIDE) * SIDE
        self.hentinger += 1
        self._cache.update(self.les_side(self.art, self.ider[start : start + SIDE]))

    def les_side(self, art: str, side: list[int]) -> dict[int, KurvRad | None]:
        """The rows of ``side`` (a page of ids), None for one gone or hidden; any thread.

        The list reads the page it will paint first together with the ids, off the UI thread
        (``sett_ider(…, forhaand=)``); a page scrolled to later is read here when painted.
        """
        try:
            rader = {r.id: r for r in self._hent_rader(art, side)}
        except Exception:  # data() must never raise; the row shows empty
            log.exception("Kunne ikke hente rader")
            rader = {}
        if self.forelopige is not None and rader:
            rader = self._med_forelopige(rader, self.forelopige)
        return {i: rader.get(i) for i in side}

    def _med_forelopige(
        self, rader: dict[int, KurvRad], forelopige: Callable[[list[int]], dict[int, str]]
    ) -> dict[int, KurvRad]:
        """Offline-made journalposter show their provisional number until the sync gives the real one."""
        try:
            nr = forelopige([r.journalpost_id for r in rader.values() if r.journalpost_id])
        except Exception:  # the numbers are a nicety; the rows still show
            log.exception("Kunne ikke hente foreløpige numre")
            return rader
        if not nr:
            return rader
        return {
            i: replace(r, journalpostnummer=nr[r.journalpost_id]) if r.journalpost_id in nr else r
            for i, r in rader.items()
        }

    # --- the ids of a long kurv, a page at a time -----------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._flere is not None and not self._henter_flere

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        flere, fra = self._flere, len(self.ider)
        assert flere is not None
        self._henter_flere = True
        self.idhentinger += 1
        self._idarbeider.start(lambda progress, avbrutt: flere(fra, ID_SIDE))

    @property
    def henter_flere(self) -> bool:
        return self._henter_flere

    def _on_flere(self, ny: list[int]) -> None:
        self._henter_flere = False
        kjent = set(self.ider)
        ny = [i for i in ny if i not in kjent]  # a row that moved up while we read
        if len(ny) < ID_SIDE:
            self._flere = None
        if ny:
            self.beginInsertRows(QModelIndex(), len(self.ider), len(self.ider) + len(ny) - 1)
            self.ider.extend(ny)
            self.endInsertRows()

    def _on_flere_feil(self, e: object) -> None:
        log.error("Kunne ikke hente flere rader: %s", e)
        self._henter_flere = False
        self._flere = None

    # --- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ider)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kolonner)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.kolonner):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.kolonner[section].navn)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        try:
            return self._data(index, role)
        except Exception:
            log.exception("Feil i KurvModell.data")
            return None

    def _data(self, index, role):
        if not index.isValid():
            return None
        if role == IdRolle:
            return self.ider[index.row()]
        rad = self.rad(index.row())
        if rad is None:
            return None
        kol = self.kolonner[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = kol.verdi(rad)
            return "" if v is None else str(v)
        if role == RadRolle:
            return rad
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            if rad.skjermet:
                return ikoner.laas()
            if rad.forelopig_svar and rad.restanse:
                return ikoner.prikk(ikoner.FORELOPIG)
            if rad.restanse:
                return ikoner.prikk(ikoner.RESTANSE)
            return None
        if kol.navn == "Ventet (dager)" and self._har_ventet_lenge(rad):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(VENTET_LENGE))
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
        if role == Qt.ItemDataRole.ForegroundRole and self._forfalt(rad, kol):
            return QBrush(QColor(ikoner.FORFALT))
        if role == Qt.ItemDataRole.FontRole and self._forfalt(rad, kol):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips(rad)
        if role == Qt.ItemDataRole.TextAlignmentRole and kol.navn == "Ventet (dager)":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _har_ventet_lenge(self, rad: KurvRad) -> bool:
        """An approval request waiting at least the reminder setting's days (DESIGN §7)."""
        return (
            rad.oppgavetype == OPPGAVETYPER["godkjenning"]
            and (rad.ventet_dager or 0) >= self.paaminnelse_dager
        )

    def _forfalt(self, rad: KurvRad, kol: Kolonne) -> bool:
        if kol.navn not in ("Forfall", "OBS-dato"):
            return False
        if rad.art == "journalpost" and not rad.restanse:
            return False
        return rad.forfallsdato is not None and rad.forfallsdato <= self.idag

    def _tips(self, rad: KurvRad) -> str:
        deler = [rad.tittel]
        if rad.restanse:
            deler.append(QCoreApplication.translate("KurvModell", "Restanse (ikke avskrevet)"))
        if rad.forelopig_svar:
            deler.append(QCoreApplication.translate("KurvModell", "Foreløpig svar sendt"))
        if rad.skjermet:
            deler.append(QCoreApplication.translate("KurvModell", "Skjermet"))
        if rad.merknad:
            deler.append(rad.merknad)
        return "\n".join(deler)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.kolonner) and self.kolonner[column].sorter:
            self.sig_sortering_bedt.emit(self.kolonner[column].sorter, order == Qt.SortOrder.DescendingOrder)
