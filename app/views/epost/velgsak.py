"""The menu action "Importer e-post…": choose the sak first, as in WebSak Fokus (seed 003, 10.3).

Three ways to the sak: Søk etter sak (global search), Ny saksmappe (a new sak
titled after the message) and Siste saksmapper (the user's own newest saker,
from Mine saker). Then the import runs as for a drop on the sak.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import regler
from app.domain.feil import SaksbordFeil
from app.epost import EpostFeil, les_epost
from app.services import kurver, saker, sok
from app.services.arbeid import Kontekst
from app.services.data import KurvRad
from app.services.epostimport import ImportRapport
from app.views.dialoger.felles import Skjema
from app.views.epost.importdialog import DialogKjorer, dialogkjorer, importer_med_dialog, vis_feil
from app.widgets.hendelser import hendelser

SISTE = 15
"""How many of the user's newest saker "Siste saksmapper" lists."""
_TREFF = 50
_SVARPREFIKS = re.compile(r"^\s*(?:(?:sv|re|vs|fw|fwd|aw|wg|vb)\s*:\s*)+", re.I)


def velg_sak_og_importer(
    parent: QWidget | None,
    ctx: Kontekst,
    paths: Sequence[str | Path] | None = None,
    *,
    kjor_dialog: DialogKjorer | None = None,
) -> ImportRapport | None:
    """Ask for the files (when ``paths`` is None) and the sak, then import as ``importer_med_dialog``.

    Returns None when the user cancels or the new sak could not be made.
    """
    kjor = dialogkjorer(parent, kjor_dialog)
    if paths is None:
        valgt, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("epost", "Importer e-post"),
            "",
            QCoreApplication.translate("epost", "E-post (*.msg *.eml);;Alle filer (*)"),
        )
        paths = valgt
    filer = [Path(p) for p in paths]
    if not filer:
        return None
    d = VelgSakDialog(ctx, emne=_første_emne(filer), antall=len(filer), parent=parent)
    if not kjor(d):
        return None
    saksnr = d.valgt_sak()
    if saksnr is None:
        try:
            saksnr = saker.opprett_sak(
                ctx,
                tittel=d.ny_tittel.text().strip(),
                klasse=d.ny_klasse.text().strip(),
                ordningsprinsipp=d.ny_ordningsprinsipp.currentData() or "K-kode",
            ).krev_saksnummer()
        except SaksbordFeil as e:
            vis_feil(parent, e, kjor)
            return None
        hendelser().sig_data_changed.emit("sak")
    return importer_med_dialog(parent, ctx, saksnr, filer, kjor_dialog=kjor)


def _første_emne(filer: list[Path]) -> str:
    """The first message's subject without SV:/VS: prefixes: the proposed title of a new sak."""
    for sti in filer:
        try:
            return _SVARPREFIKS.sub("", les_epost(sti).emne).strip()
        except EpostFeil:
            continue
    return ""


class VelgSakDialog(Skjema):
    """Søk etter sak / Ny saksmappe / Siste saksmapper; ``valgt_sak()`` is None for a new sak."""

    def __init__(self, ctx: Kontekst, *, emne: str, antall: int, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("velgsak")
        self.setMinimumSize(620, 440)
        self.ctx = ctx
        self.antall = antall

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.lag.addWidget(self.info)
        self.faner = QTabWidget()
        self.faner.setObjectName("faner")
        self.lag.addWidget(self.faner)

        sokefane = QWidget()
        sokelag = QVBoxLayout(sokefane)
        linje = QHBoxLayout()
        self.sokefelt = QLineEdit()
        self.sokefelt.setObjectName("sokefelt")
        # Enter in the search field searches, and only that: it never reaches the Importer button.
        self.sokefelt.installEventFilter(self)
        self.sokeknapp = QPushButton()
        self.sokeknapp.clicked.connect(self._on_sok)
        linje.addWidget(self.sokefelt)
        linje.addWidget(self.sokeknapp)
        sokelag.addLayout(linje)
        self.treff = self._liste("sokeresultat")
        sokelag.addWidget(self.treff)

        nyfane = QWidget()
        nylag = QVBoxLayout(nyfane)
        self.ny_etikett = QLabel()
        self.ny_tittel = QLineEdit(emne)
        self.ny_tittel.setObjectName("ny_tittel")
        self.ny_hjelp = QLabel()
        self.ny_hjelp.setWordWrap(True)
        self.ny_klasse_etikett = QLabel()
        klasselinje = QHBoxLayout()
        self.ny_ordningsprinsipp = QComboBox()
        self.ny_ordningsprinsipp.setObjectName("ny_ordningsprinsipp")
        for k, v in regler.ORDNINGSPRINSIPPER.items():
            self.ny_ordningsprinsipp.addItem(v, k)
        self.ny_klasse = QLineEdit()
        self.ny_klasse.setObjectName("ny_klasse")
        klasselinje.addWidget(self.ny_ordningsprinsipp)
        klasselinje.addWidget(self.ny_klasse, 1)
        nylag.addWidget(self.ny_etikett)
        nylag.addWidget(self.ny_tittel)
        nylag.addWidget(self.ny_klasse_etikett)
        nylag.addLayout(klasselinje)
        nylag.addWidget(self.ny_hjelp)
        nylag.addStretch(1)

        self.siste = self._liste("siste")
        self._fyll(self.siste, self._siste_saker())

        self.faner.addTab(sokefane, "")
        self.faner.addTab(nyfane, "")
        self.faner.addTab(self.siste, "")
        self.faner.setCurrentIndex(2 if self.siste.count() else 0)
        self.ferdig()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Importer e-post"))
        self.info.setText(
            self.tr("Velg saken %1 e-post(er) skal registreres i.").replace("%1", str(self.antall))
        )
        self.sokefelt.setPlaceholderText(self.tr("Saksnummer, ord fra tittel, avsender eller innhold"))
        self.sokeknapp.setText(self.tr("Søk"))
        self.ny_etikett.setText(self.tr("Tittel på ny saksmappe:"))
        self.ny_klasse_etikett.setText(self.tr("Primær ordningsverdi (K-kode, gårds- og bruksnummer …):"))
        self.ny_klasse.setPlaceholderText(self.tr("K-kode, f.eks. 611"))
        self.ny_hjelp.setText(
            self.tr("Saken opprettes med deg som saksansvarlig. Tittel linje 1 er offentlig.")
        )
        self.faner.setTabText(0, self.tr("Søk etter sak"))
        self.faner.setTabText(1, self.tr("Ny saksmappe"))
        self.faner.setTabText(2, self.tr("Siste saksmapper"))
        self.knapper.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importer"))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            obj is self.sokefelt
            and e.type() == QEvent.Type.KeyPress
            and isinstance(e, QKeyEvent)
            and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_sok()
            return True
        return super().eventFilter(obj, e)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(e)

    # --- the choice -------------------------------------------------------------------

    def er_ny_sak(self) -> bool:
        return self.faner.currentIndex() == 1

    def valgt_sak(self) -> str | None:
        """The chosen saksnummer; None when a new sak is to be made (or nothing is chosen)."""
        if self.er_ny_sak():
            return None
        liste = self.treff if self.faner.currentIndex() == 0 else self.siste
        element = liste.currentItem()
        return element.data(Qt.ItemDataRole.UserRole) if element is not None else None

    def sjekk(self) -> str | None:
        if self.er_ny_sak():
            if not self.ny_tittel.text().strip():
                return self.tr("Skriv en tittel på den nye saken")
            if not self.ny_klasse.text().strip():
                return self.tr("En ny sak må ha en primær ordningsverdi (K-kode, gårds- og bruksnummer …)")
            return None
        if self.valgt_sak() is None:
            return self.tr("Velg en sak i listen")
        return None

    # --- lists -------------------------------------------------------------------------

    def _liste(self, navn: str) -> QListWidget:
        liste = QListWidget()
        liste.setObjectName(navn)
        liste.itemDoubleClicked.connect(lambda _e: self.accept())
        return liste

    def _fyll(self, liste: QListWidget, rader: list[KurvRad], *, velg_forste: bool = True) -> None:
        liste.clear()
        for r in rader:
            element = QListWidgetItem(f"{r.saksnummer}   {r.tittel}")
            element.setData(Qt.ItemDataRole.UserRole, r.saksnummer)
            if r.status in ("A", "U"):
                element.setFlags(element.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                element.setToolTip(self.tr("Saken er avsluttet eller utgått"))
            liste.addItem(element)
        if not velg_forste:
            return
        for i in range(liste.count()):
            if liste.item(i).flags() & Qt.ItemFlag.ItemIsEnabled:
                liste.setCurrentRow(i)
                break

    def _siste_saker(self) -> list[KurvRad]:
        try:
            return kurver.kurv_rader(self.ctx, "mine-saker", kurver.kurv_ider(self.ctx, "mine-saker")[:SISTE])
        except SaksbordFeil:
            return []

    def _on_sok(self) -> None:
        """Saker that match, and the saker of journalposter that match (title, party or content)."""
        try:
            treff = sok.sok(self.ctx, self.sokefelt.text())
            ider = list(treff.saker)
            if treff.journalposter:
                jp = kurver.kurv_rader(self.ctx, "journalpost", treff.journalposter[:_TREFF])
                ider += [r.sak_id for r in jp if r.sak_id is not None]
            rader = kurver.kurv_rader(self.ctx, "sak", list(dict.fromkeys(ider))[:_TREFF])
        except SaksbordFeil as e:
            self.feil.setText(str(e))
            self.feil.setVisible(True)
            return
        self.feil.setVisible(False)
        # Search hits are not chosen for the user: the import goes only into a sak they picked.
        self._fyll(self.treff, rader, velg_forste=False)
        if not rader:
            self.feil.setText(self.tr("Ingen saker passer"))
            self.feil.setVisible(True)
