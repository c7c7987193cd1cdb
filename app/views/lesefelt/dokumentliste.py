"""The reading pane's Dokumenter tab: each document's versions and variants, and its preview.

The newest version of each document and variant is on top with the earlier
ones folded under it; a production row previews its newest arkivformat when it
has one. The bytes of what is previewed are read off the UI thread (with the
conversion of an office file, in forhaandsvisning.py), so clicking through the
documents never waits on the disk or the replica. The buttons above the list
act on the selected document: "Åpne for redigering", "Prøv igjen" for a failed
arkivformat, and the arranging actions (rekkefølge, tittel, lenke, kopi) that the
window wires to app/views/operasjoner/dokument.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.data import DokumentInfo, JournalpostInfo
from app.services.dokumenter import Dokumentrad
from app.views.lesefelt.forhaandsvisning import Forhaandsvisning, kan_konverteres

DokRolle = Qt.ItemDataRole.UserRole + 6
VariantRolle = Qt.ItemDataRole.UserRole + 7
SjekksumRolle = Qt.ItemDataRole.UserRole + 8
NavnRolle = Qt.ItemDataRole.UserRole + 9
JpRolle = Qt.ItemDataRole.UserRole + 5


def tre(kolonner: list[str], navn: str) -> QTreeWidget:
    t = QTreeWidget()
    t.setObjectName(navn)
    t.setRootIsDecorated(False)
    t.setAlternatingRowColors(True)
    t.setUniformRowHeights(True)
    t.setHeaderLabels(kolonner)
    t.header().setStretchLastSection(True)
    return t


def _tid(v) -> str:
    return f"{v:%d.%m.%Y %H:%M}" if v else ""


class Dokumentliste(QWidget):
    sig_rediger_dokument = Signal(int)
    """"Åpne for redigering" on a document: its dokument id."""
    sig_arkiver_igjen = Signal()
    """"Prøv igjen" on the journalpost's failed arkivformat."""
    sig_journalpost_aapnet = Signal(int)
    """A journalpost of the sak shown was double-clicked: its id."""
    sig_skriv_ut = Signal()
    """"Skriv ut …": print the journalpost's documents."""

    def __init__(self, hent_innhold: Callable[[int], tuple[str, bytes]], parent=None) -> None:
        super().__init__(parent)
        self._hent_innhold = hent_innhold
        self.tre = tre([], "dokumentliste")
        self.rediger = QPushButton()
        self.rediger.setObjectName("rediger_dokument")
        self.rediger.clicked.connect(self._on_rediger_clicked)
        self.rediger_grunn: str | None = None
        self.arkiver_igjen = QPushButton()
        self.arkiver_igjen.setObjectName("arkiver_igjen")
        self.arkiver_igjen.setVisible(False)
        self.arkiver_igjen.clicked.connect(self.sig_arkiver_igjen)
        self.skriv_ut = QPushButton()
        self.skriv_ut.setObjectName("skriv_ut")
        self.skriv_ut.clicked.connect(self.sig_skriv_ut)
        self.arkivfeil = QLabel()
        self.arkivfeil.setObjectName("arkivfeil")
        self.arkivfeil.setWordWrap(True)
        self.arkivfeil.setStyleSheet("color:#c62828")
        self.arkivfeil.setVisible(False)
        self.knapper = QWidget()
        self.knapperad = QHBoxLayout(self.knapper)
        self.knapperad.setContentsMargins(0, 0, 0, 0)
        self.knapperad.addWidget(self.arkivfeil, 1)
        self.knapperad.addWidget(self.arkiver_igjen)
        self.knapperad.addWidget(self.skriv_ut)
        self.knapperad.addWidget(self.rediger)
        self.tre.currentItemChanged.connect(self._on_dokument_valgt)
        self.tre.itemDoubleClicked.connect(self._on_dobbeltklikk)
        self.forhaandsvisning = Forhaandsvisning()
        liste = QWidget()
        lag = QVBoxLayout(liste)
        lag.setContentsMargins(0, 2, 0, 0)
        lag.setSpacing(2)
        lag.addWidget(self.knapper)
        lag.addWidget(self.tre)
        deler = QSplitter(Qt.Orientation.Vertical)
        deler.addWidget(liste)
        deler.addWidget(self.forhaandsvisning)
        deler.setStretchFactor(0, 1)
        deler.setStretchFactor(1, 4)
        deler.setSizes([120, 400])
        ytre = QVBoxLayout(self)
        ytre.setContentsMargins(0, 0, 0, 0)
        ytre.addWidget(deler)
        self._arkivrad: dict[int, QTreeWidgetItem] = {}
        """dokument id → its arkivformat row, which a production row previews when it exists."""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.rediger.setText(self.tr("Åpne for redigering"))
        self.skriv_ut.setText(self.tr("Skriv ut …"))
        self.skriv_ut.setToolTip(self.tr("Skriv ut dokumentene, i valgte versjoner, og merknadene (innsyn)"))
        self.arkiver_igjen.setText(self.tr("Prøv igjen"))
        self.arkiver_igjen.setToolTip(self.tr("Lag arkivformat på nytt for dokumentene der det feilet"))
        self.tre.setAccessibleName(self.tr("Dokumenter"))
        self._sett_rediger()

    # --- a journalpost's documents ----------------------------------------------------------

    def vis_journalpost(self, jp: JournalpostInfo, dokumentrader: list[Dokumentrad]) -> None:
        """The documents of ``jp``, the first previewed; ``dokumentrader`` carry arkivformat and check-out."""
        self.knapper.setVisible(True)
        forste = self._fyll(jp.dokumenter, {r.id: r for r in dokumentrader})
        header = self.tre.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for k in (1, 2, 3):
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
        if forste is not None:
            self.tre.setCurrentItem(forste)
        else:
            self.vis_pdf(None)

    def _fyll(self, dokumenter: list[DokumentInfo], status: dict[int, Dokumentrad]) -> QTreeWidgetItem | None:
        self.tre.clear()
        self.tre.setHeaderLabels(
            [self.tr("Dokument"), self.tr("Versjon"), self.tr("Variant"), self.tr("Arkivformat")]
        )
        self._arkivrad = {}
        grupper: dict[tuple[int, str], list[DokumentInfo]] = {}
        for d in dokumenter:
            grupper.setdefault((d.id, d.variant), []).append(d)
        rekkefolge = {dok_id: i for i, (dok_id, _v) in reversed(list(enumerate(grupper)))}
        forste = None
        for (dok_id, variant), versjoner in sorted(
            grupper.items(), key=lambda g: (rekkefolge[g[0][0]], g[0][1] == "arkivformat")
        ):
            versjoner.sort(key=lambda d: d.versjon, reverse=True)
            topp = self._rad(versjoner[0])
            self.tre.addTopLevelItem(topp)
            for eldre in versjoner[1:]:
                topp.addChild(self._rad(eldre))
            if variant == "arkivformat":
                self._arkivrad[dok_id] = topp
            else:
                self._vis_arkivstatus(topp, status.get(dok_id))
                if forste is None:
                    forste = topp
        feilet = [r for r in status.values() if r.arkivstatus == "feilet"]
        self.arkivfeil.setVisible(bool(feilet))
        self.arkiver_igjen.setVisible(bool(feilet))
        self.arkivfeil.setText(
            "\n".join(
                self.tr("Arkivformat feilet for «%1»: %2")
                .replace("%1", r.tittel)
                .replace("%2", (r.arkivfeil or "").splitlines()[0] if r.arkivfeil else "")
                for r in feilet
            )
        )
        if forste is None and self.tre.topLevelItemCount():
            forste = self.tre.topLevelItem(0)
        return forste

    def _vis_arkivstatus(self, it: QTreeWidgetItem, rad: Dokumentrad | None) -> None:
        if rad is None:
            return
        tekst = {"ok": self.tr("laget"), "venter": self.tr("lages"), "feilet": self.tr("feilet")}
        it.setText(3, tekst.get(rad.arkivstatus, ""))
        tips = []
        if rad.arkivstatus == "feilet":
            it.setForeground(3, QColor("#c62828"))
            tips.append(rad.arkivfeil or "")
        if rad.utsjekket_av:
            tips.append(
                self.tr("Sjekket ut av %1 %2")
                .replace("%1", rad.utsjekket_av)
                .replace("%2", _tid(rad.utsjekket))
            )
        if tips:
            it.setToolTip(3, "\n".join(tips))

    def _rad(self, d: DokumentInfo) -> QTreeWidgetItem:
        variant = self.tr("arkiv") if d.variant == "arkivformat" else self.tr("produksjon")
        it = QTreeWidgetItem([d.tittel, f"v{d.versjon}", variant])
        it.setToolTip(0, f"{d.filnavn} ({d.storrelse // 1024 + 1} kB)")
        it.setData(0, Qt.ItemDataRole.UserRole, d.objekt_id)
        it.setData(1, Qt.ItemDataRole.UserRole, d.format)
        it.setData(0, DokRolle, d.id)
        it.setData(0, VariantRolle, d.variant)
        it.setData(0, SjekksumRolle, d.sjekksum)
        it.setData(0, NavnRolle, d.filnavn)
        it.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return it

    def valgt_dokument(self) -> int | None:
        """The dokument id of the selected row (None: none, or a sak's journalpost row)."""
        it = self.tre.currentItem()
        return None if it is None or it.data(0, DokRolle) is None else int(it.data(0, DokRolle))

    def dokument_ider(self) -> list[int]:
        """The documents in the order shown (each once: its production row, else its arkivformat row)."""
        ut: list[int] = []
        for i in range(self.tre.topLevelItemCount()):
            it = self.tre.topLevelItem(i)
            d = it.data(0, DokRolle) if it is not None else None
            if d is not None and int(d) not in ut:
                ut.append(int(d))
        return ut

    # --- a sak's journalposter ---------------------------------------------------------------

    def vis_sak(self, journalposter) -> None:
        self.knapper.setVisible(False)
        self.tre.clear()
        self.tre.setHeaderLabels([self.tr("Journalpost"), self.tr("Type"), self.tr("Tittel")])
        for jp in journalposter:
            it = QTreeWidgetItem([jp.journalpostnummer, f"{jp.type} {jp.status}", jp.tittel])
            it.setData(0, JpRolle, jp.id)
            self.tre.addTopLevelItem(it)
        self.tre.header().setStretchLastSection(True)
        self.arkivfeil.setVisible(False)
        self.arkiver_igjen.setVisible(False)
        self.vis_pdf(None)

    # --- editing ------------------------------------------------------------------------------

    def sett_redigerbar(self, grunn: str | None) -> None:
        """Whether "Åpne for redigering" may be used here, and if not, why (its tooltip)."""
        self.rediger_grunn = grunn
        self._sett_rediger()

    def _sett_rediger(self) -> None:
        grunn = self.rediger_grunn
        if grunn is None and self.valgt_dokument() is None:
            grunn = self.tr("Velg et dokument først")
        self.rediger.setEnabled(grunn is None)
        hint = self.tr("Åpner siste versjon i sitt program; lagrer du, tilbys innsjekking av ny versjon")
        self.rediger.setToolTip(hint if grunn is None else f"{hint}\n{grunn}")

    def _on_rediger_clicked(self) -> None:
        if (d := self.valgt_dokument()) is not None:
            self.sig_rediger_dokument.emit(d)

    def _on_dobbeltklikk(self, it: QTreeWidgetItem, _kol: int) -> None:
        jp_id = it.data(0, JpRolle)
        if jp_id is not None:
            self.sig_journalpost_aapnet.emit(int(jp_id))

    # --- preview ------------------------------------------------------------------------------

    def _on_dokument_valgt(self, it: QTreeWidgetItem | None, _forrige=None) -> None:
        """A PDF as it is; a document's row shows its newest arkivformat when it has one; an office
        file is converted; anything else says there is none. The bytes are read in the background."""
        self._sett_rediger()
        if it is None or it.data(0, Qt.ItemDataRole.UserRole) is None:
            self.vis_pdf(None)
            return
        arkiv = self._arkivrad.get(it.data(0, DokRolle)) if it.parent() is None else None
        if arkiv is not None:
            it = arkiv
        format_ = str(it.data(1, Qt.ItemDataRole.UserRole) or "")
        if format_ != "pdf" and not kan_konverteres(format_):
            self.vis_pdf(None)
            return
        objekt_id = int(it.data(0, Qt.ItemDataRole.UserRole))
        hent = self._hent_innhold
        self.forhaandsvisning.vis_fil(
            lambda: hent(objekt_id)[1],
            filnavn=str(it.data(0, NavnRolle)),
            sjekksum=str(it.data(0, SjekksumRolle)),
            pdf=format_ == "pdf",
        )

    def vis_pdf(self, data: bytes | None) -> None:
        if data:
            self.forhaandsvisning.vis_pdf(data)
        else:
            self.forhaandsvisning.vis_ingen()
