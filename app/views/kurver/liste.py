"""The middle pane: one kurv (or search hits) as a sortable list with a quick filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.data import KurvRad
from app.views.kurver import tekster
from app.widgets.arbeider import Arbeider
from app.widgets.epostmaal import EpostMaal
from app.widgets.kurvmodell import ID_SIDE, SIDE, KurvModell
from app.widgets.meldingslinje import Meldingslinje


class _Tabell(EpostMaal, QTableView):
    """The list itself; e-mail dropped on a sak row is imported into that sak."""

    sig_epost_sluppet = Signal(str, QMimeData)
    """(saksnummer, what was dropped)."""

    def __init__(self, modell: KurvModell) -> None:
        super().__init__()
        self.setModel(modell)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._modell = modell
        self._slipprad: int | None = None

    def _slippsak(self, pos: QPoint) -> str | None:
        rad = self._modell.rad(self.rowAt(pos.y()))
        return rad.saksnummer if rad is not None and rad.art == "sak" else None

    def _marker_slipp(self, pos: QPoint | None) -> None:
        rad = self.rowAt(pos.y()) if pos is not None else None
        self._slipprad = rad if rad is not None and rad >= 0 else None
        self.viewport().update()

    def paintEvent(self, e: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(e)
        if self._slipprad is None:
            return
        y, h = self.rowViewportPosition(self._slipprad), self.rowHeight(self._slipprad)
        p = QPainter(self.viewport())
        p.setPen(QPen(QColor("#2b7bd9"), 2))
        p.drawRect(1, y + 1, self.viewport().width() - 3, h - 3)
        p.end()


TELL_ETTER_MS = 100
"""A long kurv is counted this long after its first page lands (its rows paint first)."""


class KurvListe(QWidget):
    sig_valg_endret = Signal(object)
    """The current row changed: the KurvRad, or None."""
    sig_aktivert = Signal(object)
    """A row was double-clicked or Enter was pressed: the KurvRad."""
    sig_kontekstmeny = Signal(QPoint)
    """Right-click on the list, in global coordinates."""
    sig_lastet = Signal(int)
    """A new id list is shown: its length."""
    sig_epost_sluppet = Signal(str, QMimeData)
    """E-mail was dropped on a sak row: (saksnummer, what was dropped)."""

    def __init__(self, hent_rader: Callable[[str, list[int]], Sequence[KurvRad]], parent=None) -> None:
        super().__init__(parent)
        self.modell = KurvModell(hent_rader, self)
        self.modell.sig_sortering_bedt.connect(self._on_sortering_bedt)
        self._arbeider = Arbeider(self, lesing=True)
        self._arbeider.sig_result.connect(self._on_ider_lastet)
        self._arbeider.sig_error.connect(self._on_feil)
        self._teller = Arbeider(self, lesing=True)
        self._teller.sig_result.connect(self._on_talt)
        self._teller.sig_error.connect(self._on_feil)
        self._tell_ider: Callable[..., int] | None = None
        self._hentet: tuple = (None, None, None, False)
        self.feilmelding: Callable[[Exception], None] | None = None
        self._hent_ider: Callable[..., list[int]] | None = None
        self._kilde: tuple[str, str] | None = None  # (art, title) of what is shown
        self._sorter: str | None = None
        self._synkende = False
        self._behold_id: int | None = None
        self._onsket_id: int | None = None  # select this row when it arrives (a new answer)
        self._sok: dict[str, list[int]] = {}
        self._sokeantall: dict[str, int | None] = {}
        self._soketekst = ""

        self.tittel = QLabel()
        self.tittel.setObjectName("listetittel")
        self.antall = QLabel()
        self.antall.setObjectName("listeantall")
        self.filter = QLineEdit()
        self.filter.setObjectName("hurtigfilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self._filtertid = QTimer(self, singleShot=True, interval=250)
        self._filtertid.timeout.connect(self.last_paa_nytt)
        self.filter.textChanged.connect(lambda _t: self._filtertid.start())
        self.sok_jp = QToolButton()
        self.sok_sak = QToolButton()
        for knapp in (self.sok_jp, self.sok_sak):
            knapp.setCheckable(True)
            knapp.setAutoExclusive(True)
        self.sok_jp.clicked.connect(lambda: self._vis_sok("journalpost"))
        self.sok_sak.clicked.connect(lambda: self._vis_sok("sak"))
        for b in (self.sok_jp, self.sok_sak):
            b.setVisible(False)

        self.tabell = _Tabell(self.modell)
        self.tabell.setObjectName("kurvliste")
        self.tabell.sig_epost_sluppet.connect(self.sig_epost_sluppet)
        self.paaminnelse = Meldingslinje("paaminnelseslinje")
        self.tom = QLabel()
        self.tom.setObjectName("tomliste")
        self.tom.setWordWrap(True)
        self.tom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tom.setVisible(False)
        self._tom_tekst = ""
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabell.setSortingEnabled(True)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setShowGrid(False)
        self.tabell.setWordWrap(False)
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.verticalHeader().setDefaultSectionSize(24)
        self.tabell.horizontalHeader().setHighlightSections(False)
        self.tabell.horizontalHeader().setSortIndicatorShown(False)
        self.tabell.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabell.customContextMenuRequested.connect(
            lambda p: self.sig_kontekstmeny.emit(self.tabell.viewport().mapToGlobal(p))
        )
        # activated is Enter and the platform's open gesture (a double click, or a single one where the
        # style says so); doubleClicked as well would open the row twice.
        self.tabell.activated.connect(self._on_dobbeltklikk)
        self.tabell.selectionModel().currentRowChanged.connect(self._on_rad_endret)

        topp = QHBoxLayout()
        topp.setContentsMargins(8, 6, 8, 4)
        topp.addWidget(self.tittel)
        topp.addWidget(self.antall)
        topp.addStretch(1)
        topp.addWidget(self.sok_jp)
        topp.addWidget(self.sok_sak)
        topp.addWidget(self.filter)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        lag.setSpacing(0)
        lag.addLayout(topp)
        paaminnelse = QHBoxLayout()
        paaminnelse.setContentsMargins(8, 0, 8, 4)
        paaminnelse.addWidget(self.paaminnelse)
        lag.addLayout(paaminnelse)
        lag.addWidget(self.tom)
        lag.addWidget(self.tabell)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filtrer kurven (Ctrl+F3)"))
        self.filter.setAccessibleName(self.tr("Hurtigfilter"))
        self.tabell.setAccessibleName(self.tr("Liste"))
        self.sok_jp.setText(self.tr("Journalposter (%n)", "", len(self._sok.get("journalpost", []))))
        self.sok_sak.setText(self.tr("Saker (%n)", "", len(self._sok.get("sak", []))))

    # --- what is shown --------------------------------------------------------

    def vis_kurv(
        self,
        art: str,
        tittel: str,
        hent_ider: Callable[..., list[int]],
        tell_ider: Callable[..., int] | None = None,
        *,
        tom_tekst: str = "",
    ) -> None:
        """Show a kurv: ``hent_ider(filter=, sorter=, synkende=, fra=, grense=)`` runs off the UI thread.

        Only the first ``ID_SIDE`` ids are read when the kurv opens; the model asks for more as
        the user scrolls. ``tell_ider(filter=)`` counts the kurv apart, after the first page is shown.
        ``tom_tekst`` says what the kurv is for, shown when it is empty.
        """
        self._tom_tekst = tom_tekst
        endret = self._kilde != (art, tittel)
        self._kilde = (art, tittel)
        self._hent_ider = hent_ider
        self._tell_ider = tell_ider
        self._sok = {}
        for b in (self.sok_jp, self.sok_sak):
            b.setVisible(False)
        self.filter.setEnabled(True)
        if endret:
            self._sorter, self._synkende = None, False
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self.modell.sett_ider(art, [])
            self._tilpass_kolonner()
        self.tittel.setText(tittel)
        self.last_paa_nytt()

    def velg_etter_lasting(self, id_: int) -> None:
        """Select the row with this id when the next id list lands (or at once if it is shown)."""
        if (
            self.modell.art in ("journalpost", "oppgave", "sak")
            and id_ in self.modell.ider
            and not (self._arbeider.opptatt)
        ):
            self.tabell.selectRow(self.modell.ider.index(id_))
            return
        self._onsket_id = id_

    def nullstill(self) -> None:
        """A new desk: no filter or search carries over from the last one (a colleague's desk is not empty)."""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._kilde, self._hent_ider, self._sok = None, None, {}
        self._sorter, self._synkende = None, False

    def vis_sok(
        self,
        tekst: str,
        saker: list[int],
        journalposter: list[int],
    ) -> None:
        """Show search hits; two toggles switch between journalposter and saker (counts follow apart)."""
        self._tom_tekst = tekster.ingen_treff(tekst)
        self._arbeider.avbryt()
        self._teller.avbryt()
        self._hent_ider = None
        self._kilde = None
        self._sok = {"journalpost": journalposter, "sak": saker}
        self._sokeantall = {}
        self._soketekst = tekst
        self.tittel.setText(self.tr("Søk: «%1»").replace("%1", tekst))
        self.filter.setEnabled(False)
        for b in (self.sok_jp, self.sok_sak):
            b.setVisible(True)
        self.retranslate_ui()
        art = "journalpost" if journalposter or not saker else "sak"
        (self.sok_jp if art == "journalpost" else self.sok_sak).setChecked(True)
        self._vis_sok(art)

    def _vis_sok(self, art: str) -> None:
        self.modell.sett_ider(art, self._sok.get(art, []))
        self._tilpass_kolonner()
        self._etter_lasting()

    def vis_sokeantall(self, treff) -> None:
        """The count beside search hits (a SokTreff); says when the list stops at its limit."""
        if not self._sok or treff.tekst != self._soketekst:
            return  # another kurv or search is shown by now
        self._sokeantall = {"journalpost": treff.antall_journalposter, "sak": treff.antall_saker}
        self._vis_sokeantall()

    def _vis_sokeantall(self) -> None:
        vist = len(self.modell.ider)
        alle = self._sokeantall.get(self.modell.art, vist)
        if alle is None:
            self.antall.setText(
                self.tr("viser de første %1 treff, teller …").replace("%1", tekster.tall(vist))
            )
        else:
            self.antall.setText(tekster.antall_treff(vist, alle))

    def last_paa_nytt(self, *, behold: bool = True) -> None:
        """Re-query the ids (filter, sort, F5, a change elsewhere); keeps the selected row if it is still there."""
        if self._hent_ider is None:
            if self._sok:
                self.modell.glem_rader()
                self.sig_valg_endret.emit(self.valgt())
            return
        rad = self.valgt()
        self._behold_id = rad.id if (behold and rad) else None
        hent, filt, sorter, synk = (
            self._hent_ider,
            self.filter.text().strip() or None,
            self._sorter,
            self._synkende,
        )
        self.antall.setText(self.tr("henter …"))
        self._teller.avbryt()
        self._hentet = (hent, filt, sorter, synk)
        art = self._kilde[0] if self._kilde else "journalpost"
        beholdt, les_side = self._behold_id, self.modell.les_side

        def jobb(progress, avbrutt) -> tuple[list[int], dict[int, KurvRad | None]]:
            ider = hent(filter=filt, sorter=sorter, synkende=synk, fra=0, grense=ID_SIDE)
            # The page the list will paint and select first, read here and not in the first paint.
            start = (ider.index(beholdt) // SIDE) * SIDE if beholdt in ider else 0
            return ider, les_side(art, ider[start : start + SIDE])

        self._arbeider.start(jobb)

    def _on_feil(self, e: Exception) -> None:
        self.antall.setText("")
        if self.feilmelding:
            self.feilmelding(e)

    def _on_ider_lastet(self, svar: tuple[list[int], dict[int, KurvRad | None]]) -> None:
        ider, forhaand = svar
        if self._behold_id is not None and (valgt := self.valgt()) is not None:
            self._behold_id = valgt.id  # the user may have clicked another row while the ids were read
        hent, filt, sorter, synk = self._hentet
        flere: Callable[[int, int], list[int]] | None = None
        if len(ider) == ID_SIDE:  # a full first page: more to read as the user scrolls, and to count

            def neste(fra: int, antall: int) -> list[int]:
                return hent(filter=filt, sorter=sorter, synkende=synk, fra=fra, grense=antall)

            flere = neste

            tell = self._tell_ider
            if tell is not None:  # started once the first rows have painted, so it does not slow them
                self._teller.opptatt = True
                QTimer.singleShot(TELL_ETTER_MS, lambda: self._tell(tell, filt))
        self.modell.sett_ider(
            self._kilde[0] if self._kilde else "journalpost", ider, flere=flere, forhaand=forhaand
        )
        self._etter_lasting()
        if flere is not None and self._teller.opptatt:
            self.antall.setText(self.tr("henter …"))

    def _tell(self, tell: Callable[..., int], filt: str | None) -> None:
        if self._tell_ider is tell and self._hentet[1] == filt and self._teller.opptatt:
            self._teller.start(lambda progress, avbrutt: tell(filter=filt))

    def _on_talt(self, n: int) -> None:
        self.antall.setText(tekster.antall_elementer(n))

    def _etter_lasting(self) -> None:
        if self.idag is not None:
            self.modell.idag = self.idag
        n = len(self.modell.ider)
        if self._sok:
            self._vis_sokeantall()
        else:
            self.antall.setText(tekster.antall_elementer(n))
        filtrert = bool(self.filter.text().strip()) and not self._sok
        self.tom.setText(self.tr("Ingenting passer filteret.") if filtrert else self._tom_tekst)
        self.tom.setVisible(n == 0 and bool(self.tom.text()))
        rad = 0
        if self._onsket_id is not None and self._onsket_id in self.modell.ider:
            rad, self._onsket_id = self.modell.ider.index(self._onsket_id), None
        elif self._behold_id is not None and self._behold_id in self.modell.ider:
            rad = self.modell.ider.index(self._behold_id)
        self._behold_id = None
        for_rad = self.tabell.currentIndex().row()
        if n:
            self.tabell.selectionModel().setCurrentIndex(
                self.modell.index(rad, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tabell.scrollTo(self.modell.index(rad, 0))
        if not n or self.tabell.currentIndex().row() == for_rad:
            # Once per new list: when the current row moved, setCurrentIndex has already sent it
            # (currentRowChanged), and a second send would start a second read beside the first paint.
            self.sig_valg_endret.emit(self.valgt())
        self.sig_lastet.emit(n)

    idag: date | None = None

    def _tilpass_kolonner(self) -> None:
        h = self.tabell.horizontalHeader()
        kol = self.modell.kolonner
        for i, k in enumerate(kol):
            h.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.tabell.setColumnWidth(i, k.bredde)
        tittel = next((i for i, k in enumerate(kol) if k.navn == "Tittel"), None)
        if tittel is not None:
            h.setSectionResizeMode(tittel, QHeaderView.ResizeMode.Stretch)

    def _on_sortering_bedt(self, sorter: str, synkende: bool) -> None:
        self._sorter, self._synkende = sorter, synkende
        h = self.tabell.horizontalHeader()
        h.setSortIndicatorShown(True)
        self.last_paa_nytt()

    # --- selection --------------------------------------------------------------

    def valgt(self) -> KurvRad | None:
        idx = self.tabell.currentIndex()
        return self.modell.rad(idx.row()) if idx.isValid() else None

    def valgte(self) -> list[KurvRad]:
        rader = sorted({i.row() for i in self.tabell.selectionModel().selectedRows()})
        ut = [self.modell.rad(r) for r in rader]
        valgt = self.valgt()
        return [r for r in ut if r is not None] or ([valgt] if valgt else [])

    def velg_id(self, art: str, id_: int) -> bool:
        if self.modell.art != art or id_ not in self.modell.ider:
            return False
        self.tabell.selectRow(self.modell.ider.index(id_))
        return True

    def _on_rad_endret(self, cur: QModelIndex, _prev: QModelIndex) -> None:
        self.sig_valg_endret.emit(self.valgt())

    def _on_dobbeltklikk(self, idx: QModelIndex) -> None:
        rad = self.modell.rad(idx.row())
        if rad is not None:
            self.sig_aktivert.emit(rad)
