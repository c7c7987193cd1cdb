"""The workbench: kurver on the left, the list in the middle, the reading pane on the right (like Outlook).

The window only calls services and shows what they return. Every action goes
through ``_utfor``: a service call whose SaksbordFeil is shown in a message
box with its Norwegian text, and whose success emits the one app-wide
``sig_data_changed``. Dialogs run through ``kjor_dialog`` so tests can fill
and accept them without a modal event loop.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import (
    avskrivning,
    brukere,
    handlinger,
    innstillinger,
    journalposter,
    kurver,
    oppgaver,
    paaminnelser,
    saker,
    sok,
    visning,
)
from app.services import synk as synktjeneste
from app.services.arbeid import Kontekst
from app.services.data import BrukerInfo, JournalpostInfo, KurvInfo, KurvRad, Resultat
from app.services.journalposter import NyJournalpost
from app.store.db import Database
from app.views.dialoger import enkle
from app.views.dialoger.ekspeder import EkspederDialog
from app.views.dialoger.hjelp import HjelpDialog
from app.views.dialoger.kort import JournalpostKortDialog, SakKort
from app.views.handlinger import DEF_ETTER_NOKKEL, DEFS, lag_handlinger, oversett
from app.views.konflikter import ART as KONFLIKT
from app.views.konflikter import KonfliktDialog, KonfliktFelt, KonfliktRad, konflikt_ider, konflikt_rader
from app.views.kurver.liste import KurvListe
from app.views.kurver.tre import KONFLIKTER, KurvTre
from app.views.lesefelt.panel import Lesefelt
from app.widgets.arbeidskopier import Arbeidskopi, Arbeidskopier
from app.widgets.hendelser import hendelser
from app.widgets.outlook_drop import DropFeil, filer_fra_mime

log = logging.getLogger(__name__)

DialogKjorer = Callable[[QDialog], bool]

STIL = """
QMainWindow { background: #f3f5f8; }
QToolBar#baand { background: #ffffff; border-bottom: 1px solid #d5dbe3; spacing: 2px; padding: 2px 6px; }
QToolBar#baand QToolButton { padding: 3px 4px; min-width: 64px; color: #1f2d3d; }
QToolBar#baand QToolButton:disabled { color: #9aa5b1; }
QToolBar#baand QToolButton:hover { background: #e6eef8; border-radius: 4px; }
QTreeWidget#kurvtre { background: #eef2f7; border: none; font-size: 10pt; }
QTreeWidget#kurvtre::item { padding: 3px 2px; }
QTreeWidget#kurvtre::item:selected { background: #cfe0f5; color: #0f2540; }
QTableView#kurvliste { border: none; selection-background-color: #cfe0f5; selection-color: #0f2540;
                       alternate-background-color: #f7f9fb; }
QHeaderView::section { background: #f3f5f8; border: none; border-bottom: 1px solid #d5dbe3;
                       border-right: 1px solid #e3e8ee; padding: 4px 6px; font-weight: 600; color: #3b4a5a; }
QLabel#listetittel { font-size: 12pt; font-weight: 600; color: #1f2d3d; }
QLabel#listeantall { color: #5f6b7a; padding-left: 8px; }
QLabel#skrivebordlinje { background: #c62828; color: white; font-weight: 600; padding: 4px 10px; }
QLabel#paavegne { color: #c62828; font-weight: 600; }
QLabel#statuspaaminnelse { color: #8a4b00; font-weight: 600; }
QWidget#lesefelt { background: #ffffff; }
QTabBar::tab { padding: 4px 9px; }
QLineEdit#globaltsok { padding: 4px 6px; border: 1px solid #c3ccd7; border-radius: 4px; background: #fff; }
QSplitter::handle { background: #d5dbe3; }
"""


class Hovedvindu(QMainWindow):
    def __init__(
        self,
        db: Database,
        initialer: str,
        *,
        som: str | None = None,
        synk: object | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.ctx = Kontekst(db, initialer, som, synk)
        self.kjor_dialog: DialogKjorer = _kjor_modal
        self.aapne_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """Opens a working copy in its program; tests replace it."""
        self.arbeidskopier = Arbeidskopier(self)
        self._innsjekk_kopi: Arbeidskopi | None = None
        self._paaminnelse = ""
        self.valg: KurvRad | None = None
        self.mulige: dict[str, str | None] = {}
        self._brukere: list[BrukerInfo] | None = None
        self._meg: dict = {}
        self.setObjectName("hovedvindu")
        self.setStyleSheet(STIL)
        self.resize(1400, 850)

        self.tre = KurvTre()
        self.tre.feilmelding = self.vis_feil
        self.liste = KurvListe(self._hent_rader)
        self.liste.feilmelding = self.vis_feil
        self.lesefelt = Lesefelt(lambda oid: visning.hent_innhold(self.ctx, oid))
        self.lesefelt.feilmelding = self.vis_feil
        # On a replica the right pane also shows a conflict (both versions, keep mine / use the server's).
        self.konfliktfelt = KonfliktFelt()
        self.konfliktfelt.sig_valgt.connect(self._loes_konflikt)
        self.hoyre = QStackedWidget()
        self.hoyre.setObjectName("hoyrerute")
        self.hoyre.addWidget(self.lesefelt)
        self.hoyre.addWidget(self.konfliktfelt)
        self._antall_konflikter: int | None = None
        self._synkstatus: str | None = None
        if synk is not None:
            replika = synk.replika
            self.liste.modell.forelopige = lambda ider: synktjeneste.forelopige_numre(replika, ider)
        self.deler = QSplitter(Qt.Orientation.Horizontal)
        self.deler.setObjectName("hoveddeler")
        self.deler.addWidget(self.tre)
        self.deler.addWidget(self.liste)
        self.deler.addWidget(self.hoyre)
        self.deler.setStretchFactor(0, 0)
        self.deler.setStretchFactor(1, 3)
        self.deler.setStretchFactor(2, 2)
        self.tre.setMinimumWidth(260)
        self.deler.setSizes([305, 680, 415])
        self.deler.setChildrenCollapsible(False)
        self.skrivebordlinje = QLabel()
        self.skrivebordlinje.setObjectName("skrivebordlinje")
        sentral = QWidget()
        lag = QVBoxLayout(sentral)
        lag.setContentsMargins(0, 0, 0, 0)
        lag.setSpacing(0)
        lag.addWidget(self.skrivebordlinje)
        lag.addWidget(self.deler, 1)
        self.setCentralWidget(sentral)

        self.handlinger = lag_handlinger(self)
        self._bygg_baand()
        self._bygg_meny()
        self._bygg_statuslinje()
        self._bygg_tastatur()

        self.tre.sig_kurv_valgt.connect(self._on_kurv_valgt)
        self.tre.sig_sak_valgt.connect(self._on_sak_valgt)
        self.liste.sig_valg_endret.connect(self._on_valg_endret)
        self.liste.sig_aktivert.connect(lambda _r: self._rediger())
        self.liste.sig_kontekstmeny.connect(self._on_kontekstmeny)
        self.lesefelt.sig_journalpost_aapnet.connect(self._aapne_journalpost)
        self.lesefelt.sig_rediger_dokument.connect(lambda d: self._trygt(lambda: self._rediger_dokument(d)))
        self.lesefelt.innsjekk.sig_handling.connect(lambda: self._trygt(self._on_sjekk_inn_clicked))
        self.lesefelt.innsjekk.sig_lukket.connect(self._vis_neste_innsjekk)
        self.arbeidskopier.sig_endret.connect(self._on_arbeidskopi_endret)
        for maal in (self.tre, self.liste, self.lesefelt):
            maal.sig_epost_sluppet.connect(self._on_epost_sluppet)
        hendelser().sig_data_changed.connect(self._on_data_changed)
        self._koble_handlinger()
        self.retranslate_ui()
        self._ny_bruker()
        # Everything built so far lives as long as the window: keep it out of the cyclic GC's
        # full collections, which otherwise stall scrolling for ~50 ms now and then (bench/run.py).
        gc.freeze()

    # --- building -------------------------------------------------------------

    def _bygg_baand(self) -> None:
        b = QToolBar()
        b.setObjectName("baand")
        b.setMovable(False)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        b.setIconSize(QSize(26, 26))
        grupper = [
            ["ny_sak", "ny_journalpost", "importer_epost"],
            ["avskriv", "besvar", "forelopig_svar"],
            ["send_oppgave", "behandle_oppgave"],
            ["ferdigstill", "ekspeder", "fordel"],
            ["journalfor", "avslutt_sak"],
            ["oppdater"],
        ]
        self._baand_arkiv: list[QAction] = []
        for i, g in enumerate(grupper):
            if i:
                b.addSeparator()
            for n in g:
                b.addAction(self.handlinger[n])
                if DEF_ETTER_NOKKEL[n].arkiv:
                    self._baand_arkiv.append(self.handlinger[n])
        fyll = QWidget()
        fyll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        b.addWidget(fyll)
        self.sokefelt = QLineEdit()
        self.sokefelt.setObjectName("globaltsok")
        self.sokefelt.setClearButtonEnabled(True)
        self.sokefelt.setMinimumWidth(200)
        self.sokefelt.setMaximumWidth(280)
        self.sokefelt.returnPressed.connect(self._on_sok)
        b.addWidget(self.sokefelt)
        self.brukerknapp = QToolButton()
        self.brukerknapp.setObjectName("brukerknapp")
        self.brukerknapp.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.brukerknapp.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.brukerknapp.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_DirHomeIcon))
        self.brukermeny = QMenu(self)
        self.brukermeny.aboutToShow.connect(self._fyll_brukermeny)
        self.brukerknapp.setMenu(self.brukermeny)
        b.addWidget(self.brukerknapp)
        self.addToolBar(b)
        self.baand = b

    def _bygg_meny(self) -> None:
        mb = self.menuBar()
        self.meny_fil = mb.addMenu("")
        for n in ("ny_sak", "ny_journalpost", "oppdater"):
            self.meny_fil.addAction(self.handlinger[n])
        self.meny_fil.addSeparator()
        self.meny_fil.addAction(self.handlinger["offentlig_journal"])
        self.meny_fil.addAction(self.handlinger["koble_til"])
        self.handlinger["koble_til"].setVisible(_profildialog() is not None)
        self.meny_fil.addSeparator()
        self.handling_avslutt = self.meny_fil.addAction("", self.close)
        self.handling_avslutt.setShortcut(QKeySequence.StandardKey.Quit)
        self.meny_jp = mb.addMenu("")
        for n in (
            "rediger",
            "importer_epost",
            None,
            "avskriv",
            "besvar",
            "forelopig_svar",
            "besvar_uten",
            None,
            "send_oppgave",
            "ferdigstill",
            "ekspeder",
            "fordel",
            "merknad",
            None,
            "bruk_foreslatt_avsender",
            "be_arkivet_rette",
            "feilregistrer",
        ):
            self.meny_jp.addAction(self.handlinger[n]) if n else self.meny_jp.addSeparator()
        self.meny_oppg = mb.addMenu("")
        for n in ("behandle_oppgave", "deaktiver_oppgave", "fjern_oppgave"):
            self.meny_oppg.addAction(self.handlinger[n])
        self.meny_sak = mb.addMenu("")
        for n in ("ny_journalpost", "obs", "merknad", "meld_utgaar", "be_om_avslutning"):
            self.meny_sak.addAction(self.handlinger[n])
        self.meny_arkiv = mb.addMenu("")
        for n in ("journalfor", "flytt", "feilregistrer", "avslutt_sak", "gjenaapne_sak"):
            self.meny_arkiv.addAction(self.handlinger[n])
        self.meny_bruker = mb.addMenu("")
        self.meny_bruker.aboutToShow.connect(lambda: self._fyll_brukermeny(self.meny_bruker))
        self.meny_hjelp = mb.addMenu("")
        self.meny_hjelp.addAction(self.handlinger["hjelp"])
        for m in (self.meny_jp, self.meny_oppg, self.meny_sak, self.meny_arkiv):
            m.setToolTipsVisible(True)

    def _bygg_statuslinje(self) -> None:
        sb = self.statusBar()
        self.status_db = QLabel()
        self.status_db.setObjectName("statusdb")
        self.status_synk = QLabel()
        self.status_synk.setObjectName("statussynk")
        self.status_bruker = QLabel()
        self.status_bruker.setObjectName("statusbruker")
        self.status_paavegne = QLabel()
        self.status_paavegne.setObjectName("paavegne")
        self.status_paaminnelse = QLabel()
        self.status_paaminnelse.setObjectName("statuspaaminnelse")
        self.status_paaminnelse.setVisible(False)
        sb.addWidget(self.status_paaminnelse)
        for w in (self.status_db, self.status_synk, self.status_bruker, self.status_paavegne):
            w.setContentsMargins(8, 0, 8, 0)
            sb.addPermanentWidget(w)

    def _bygg_tastatur(self) -> None:
        self._ruter = [self.tre, self.liste.tabell, self.lesefelt.faner]
        for i, w in enumerate(self._ruter, start=1):
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, activated=lambda w=w: w.setFocus())
        QShortcut(QKeySequence("F6"), self, activated=lambda: self._neste_rute(1))
        QShortcut(QKeySequence("Shift+F6"), self, activated=lambda: self._neste_rute(-1))
        QShortcut(QKeySequence("Ctrl+F3"), self, activated=self._til_filter)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.sokefelt.setFocus)
        self.handlinger["rediger"].setShortcuts([QKeySequence("Ctrl+Return")])

    def _neste_rute(self, steg: int) -> None:
        naa = next(
            (
                i
                for i, w in enumerate(self._ruter)
                if w.isAncestorOf(self.focusWidget()) or w is self.focusWidget()
            ),
            -1,
        )
        self._ruter[(naa + steg) % len(self._ruter)].setFocus()

    def _til_filter(self) -> None:
        self.liste.filter.setFocus()
        self.liste.filter.selectAll()

    def retranslate_ui(self) -> None:
        oversett(self.handlinger)
        self.meny_fil.setTitle(self.tr("&Fil"))
        self.meny_jp.setTitle(self.tr("&Journalpost"))
        self.meny_oppg.setTitle(self.tr("&Oppgave"))
        self.meny_sak.setTitle(self.tr("&Sak"))
        self.meny_arkiv.setTitle(self.tr("&Arkiv"))
        self.meny_bruker.setTitle(self.tr("&Bruker"))
        self.meny_hjelp.setTitle(self.tr("&Hjelp"))
        self.handling_avslutt.setText(self.tr("Avslutt"))
        self.sokefelt.setPlaceholderText(self.tr("Søk: saksnr, ord, navn (Ctrl+E)"))
        self.sokefelt.setAccessibleName(self.tr("Globalt søk"))
        self.tre.setAccessibleName(self.tr("Kurver"))
        self.liste.retranslate_ui()
        self.lesefelt.retranslate_ui()
        if not self.status_synk.text():
            self.status_synk.setText(self.tr("Lokal database"))
        self._vis_bruker()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif e.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.arbeidskopier.sjekk()  # back from the editor: whatever way it saved, look now
        super().changeEvent(e)

    # --- who is working -------------------------------------------------------

    def brukerliste(self) -> list[BrukerInfo]:
        if self._brukere is None:
            self._brukere = brukere.liste_brukere(self.db)
        return self._brukere

    def bytt_bruker(self, initialer: str, som: str | None = None) -> bool:
        """Switch who is working or whose desk is open; a refused period is shown, nothing changes."""
        ny = Kontekst(self.db, initialer, som, self.ctx.synk)
        try:
            brukere.hvem_er_jeg(ny)
        except SaksbordFeil as e:
            self.vis_feil(e)
            return False
        self.ctx = ny
        self._ny_bruker()
        return True

    def _ny_bruker(self) -> None:
        try:
            self._meg = brukere.hvem_er_jeg(self.ctx)
        except SaksbordFeil as e:
            self.vis_feil(e)
            self._meg = {"initialer": self.ctx.initialer, "navn": self.ctx.initialer, "roller": []}
        arkiv = "arkiv" in self._meg.get("roller", [])
        for n, d in DEF_ETTER_NOKKEL.items():
            if d.arkiv:
                self.handlinger[n].setVisible(arkiv)
        self.meny_arkiv.menuAction().setVisible(arkiv)
        self.liste.idag = self.db.idag()
        self.liste.modell.paaminnelse_dager = innstillinger.les(self.db).paaminnelse_godkjenning_dager
        self.lesefelt.idag = self.db.idag()
        self._vis_bruker()
        self.valg = None
        self.tre.nullstill()
        self.oppdater_kurver()
        self._sett_handlinger()
        self.vis_paaminnelser()

    def _vis_bruker(self) -> None:
        navn = self._meg.get("navn", self.ctx.initialer)
        paa_vegne = self._meg.get("paa_vegne_av")
        tittel = f"Saksbord — {navn} ({self.ctx.initialer.upper()})"
        if paa_vegne:
            tittel += " — " + self.tr("på vegne av %1").replace("%1", paa_vegne)
        self.setWindowTitle(tittel)
        self.brukerknapp.setText(
            self.ctx.initialer.upper() + (f" → {self.ctx.som.upper()}" if paa_vegne else "")
        )
        self.brukerknapp.setToolTip(f"{navn}" + (f" → {paa_vegne}" if paa_vegne else ""))
        self.status_db.setText(self.db.beskrivelse() + ("  ·  " + self.tr("DEMO") if self.db.er_demo else ""))
        self.status_bruker.setText(
            self.tr("Innlogget: %1").replace("%1", f"{navn} ({self.ctx.initialer.upper()})")
        )
        self.status_paavegne.setText(self.tr("På vegne av %1").replace("%1", paa_vegne) if paa_vegne else "")
        self.status_paavegne.setVisible(bool(paa_vegne))
        self.skrivebordlinje.setText(
            self.tr("Du arbeider som stedfortreder på skrivebordet til %1").replace("%1", paa_vegne or "")
        )
        self.skrivebordlinje.setVisible(bool(paa_vegne))
        self.skrivebordlinje.setAccessibleName(self.skrivebordlinje.text())

    def _fyll_brukermeny(self, meny: QMenu | None = None) -> None:
        meny = meny or self.brukermeny
        meny.clear()
        meny.setToolTipsVisible(True)
        meg = self.ctx.med(som=None)
        eget = meny.addAction(self.tr("Mitt skrivebord"), lambda: self.bytt_bruker(self.ctx.initialer))
        eget.setCheckable(True)
        eget.setChecked(not self.ctx.som)
        try:
            bord = brukere.skrivebord(meg)
        except SaksbordFeil as e:
            self.vis_feil(e)
            bord = []
        if bord:
            meny.addSection(self.tr("Stedfortreder for"))
        for d in bord:
            tekst = f"{d['navn']} ({d['initialer']})  {d['fra']} – {d['til']}"
            a = meny.addAction(tekst, lambda ini=d["initialer"]: self.bytt_bruker(self.ctx.initialer, ini))
            a.setCheckable(True)
            a.setChecked((self.ctx.som or "").upper() == d["initialer"].upper())
            if not d["aktiv"]:
                a.setToolTip(self.tr("Perioden gjelder ikke i dag"))
        if self.db.er_demo:
            sub = meny.addMenu(self.tr("Bytt bruker (demo)"))
            for b in self.brukerliste():
                sub.addAction(f"{b.navn} ({b.initialer})", lambda ini=b.initialer: self.bytt_bruker(ini))

    def sett_synkstatus(self, tekst: str) -> None:
        """Show the sync state (driven by the replica/outbox work); a new conflict shows in its kurv at once."""
        self.status_synk.setText(tekst)
        if self.ctx.synk is None or tekst == synktjeneste.SYNKRONISERER:
            return
        forrige, self._synkstatus = self._synkstatus, tekst
        if tekst == synktjeneste.TILKOBLET and forrige not in (None, synktjeneste.TILKOBLET):
            # Back online and the outbox replayed: real numbers replace the provisional ones.
            hendelser().sig_data_changed.emit("alt")
            return
        try:
            antall = len(synktjeneste.konflikter(self.ctx.synk.replika))
        except Exception:  # the status text matters more than the count
            log.exception("Kunne ikke telle konflikter")
            return
        if antall != self._antall_konflikter:
            self.oppdater_kurver()
            if self.tre.valgt_kurv() == KONFLIKTER:
                self.liste.last_paa_nytt()

    # --- loading ------------------------------------------------------------------

    def oppdater_kurver(self) -> None:
        ctx = self.ctx

        def hent() -> list[KurvInfo]:
            ut = kurver.kurver(ctx)
            if ctx.synk is not None:
                antall = len(synktjeneste.konflikter(ctx.synk.replika))
                self._antall_konflikter = antall
                ut.append(KurvInfo(KONFLIKTER, "Konflikter", KONFLIKT, antall, "mine"))
            return ut

        self.tre.last(
            hent,
            lambda: kurver.kurv_rader(ctx, "mine-saker", kurver.kurv_ider(ctx, "mine-saker")),
        )

    def _hent_rader(self, art: str, ider: list[int]) -> list[KurvRad]:
        """The list model's page fetch: conflicts come from the sync client, everything else from kurver."""
        if art == KONFLIKT and self.ctx.synk is not None:
            return konflikt_rader(self.ctx, self.ctx.synk.replika, ider)
        return kurver.kurv_rader(self.ctx, art, ider)

    def oppdater(self) -> None:
        """F5: counts, the list and the reading pane, and the reminders."""
        self._on_data_changed("alt")
        self.vis_paaminnelser()

    def vis_paaminnelser(self) -> None:
        """Approvals waiting longer than the setting: in the status bar and atop Mottatt for godkjenning."""
        try:
            n = len(paaminnelser.ventende_godkjenninger(self.ctx))
        except SaksbordFeil as e:
            log.warning("Påminnelser: %s", e)
            n = 0
        dager = str(self.liste.modell.paaminnelse_dager)
        if n == 1:
            self._paaminnelse = self.tr("1 godkjenning har ventet mer enn %1 dager").replace("%1", dager)
        elif n:
            self._paaminnelse = (
                self.tr("%2 godkjenninger har ventet mer enn %1 dager")
                .replace("%1", dager)
                .replace("%2", str(n))
            )
        else:
            self._paaminnelse = ""
        self.status_paaminnelse.setText(self._paaminnelse)
        self.status_paaminnelse.setVisible(bool(n))
        self._sett_paaminnelseslinje()

    def _sett_paaminnelseslinje(self) -> None:
        if self._paaminnelse and self.tre.valgt_kurv() == "mottatt-for-godkjenning":
            self.liste.paaminnelse.vis(self._paaminnelse)
        else:
            self.liste.paaminnelse.setVisible(False)

    def _on_data_changed(self, _kind: str) -> None:
        self.oppdater_kurver()
        self.liste.last_paa_nytt()

    def _on_kurv_valgt(self, navn: str, art: str, tittel: str) -> None:
        ctx = self.ctx
        if navn == KONFLIKTER and ctx.synk is not None:
            replika = ctx.synk.replika
            self.liste.vis_kurv(art, tittel, lambda filter=None, **_kw: konflikt_ider(replika, filter))
        else:
            self.liste.vis_kurv(art, tittel, lambda **kw: kurver.kurv_ider(ctx, navn, **kw))
        self._sett_paaminnelseslinje()

    def _on_sak_valgt(self, sak_id: int, tekst: str) -> None:
        ctx = self.ctx

        def ider(filter=None, sorter=None, synkende=False) -> list[int]:
            return [jp.id for jp in visning.vis_sak(ctx, sak_id).journalposter]

        self.liste.vis_kurv("journalpost", tekst, ider)
        self._sett_paaminnelseslinje()

    def velg_kurv(self, navn: str) -> None:
        """Open a kurv by key (tests, the help text, future deep links)."""
        self.tre.velg_kurv(navn)

    def _on_sok(self) -> None:
        tekst = self.sokefelt.text().strip()
        if not tekst:
            return
        try:
            treff = sok.sok(self.ctx, tekst)
        except SaksbordFeil as e:
            self.vis_feil(e)
            return
        self.tre.blockSignals(True)
        self.tre.setCurrentItem(None)
        self.tre.blockSignals(False)
        self.liste.vis_sok(tekst, treff.saker, treff.journalposter)

    # --- selection and the reading pane -----------------------------------------------

    def _on_valg_endret(self, rad: KurvRad | None) -> None:
        self.valg = rad
        self.mulige = {}
        if isinstance(rad, KonfliktRad):
            self.konfliktfelt.vis(rad)
            self.hoyre.setCurrentWidget(self.konfliktfelt)
            self._sett_handlinger()
            return
        self.hoyre.setCurrentWidget(self.lesefelt)
        if rad is None:
            self.lesefelt.tom()
            self._sett_handlinger()
            return
        try:
            self.mulige = handlinger.mulige_handlinger(
                self.ctx,
                journalpost_id=rad.journalpost_id,
                sak_id=rad.sak_id,
                oppgave_id=rad.id if rad.art == "oppgave" else None,
            )
            self.lesefelt.sett_redigerbar(self._kan_redigere_dokument(rad))
            if rad.art == "sak":
                self.lesefelt.vis_sak(
                    visning.vis_sak(self.ctx, rad.id), historikk=visning.historikk(self.ctx, rad.saksnummer)
                )
            elif rad.journalpost_id:
                oppg = oppgaver.vis_oppgave(self.ctx, rad.id) if rad.art == "oppgave" else None
                jp = visning.vis_journalpost(self.ctx, rad.journalpost_id)
                self.lesefelt.vis_journalpost(
                    self._med_forelopig_nummer(jp),
                    oppgaver=visning.oppgaver_for_journalpost(self.ctx, jp.id),
                    historikk=visning.historikk(self.ctx, jp.journalpostnummer),
                    oppgave=oppg,
                )
            elif rad.sak_id:
                self.lesefelt.vis_sak(
                    visning.vis_sak(self.ctx, rad.sak_id),
                    historikk=visning.historikk(self.ctx, rad.saksnummer),
                )
        except SaksbordFeil as e:
            self.lesefelt.tom()
            self.lesefelt.tomt.setText(
                str(e)
            )  # e.g. shielded for you: said in place, not in a popup per click
            self.statusBar().showMessage(str(e), 8000)
        self._sett_handlinger()

    def _med_forelopig_nummer(self, jp: JournalpostInfo) -> JournalpostInfo:
        """Made offline and not yet on the server: show "2026/12-(foreløpig 1)", not the replica's number."""
        if self.ctx.synk is None:
            return jp
        nr = synktjeneste.forelopig_nummer(self.ctx.synk.replika, jp.id)
        return dataclasses.replace(jp, journalpostnummer=nr, lopenummer=self.tr("foreløpig")) if nr else jp

    def _kan_redigere_dokument(self, rad: KurvRad) -> str | None:
        """Why the documents cannot be edited here, or None (the service's own check-in rule)."""
        return self.mulige.get("sjekk_inn", self.tr("Velg en journalpost først"))

    def _sett_handlinger(self) -> None:
        rad = self.valg
        for d in DEFS:
            a = self.handlinger[d.nokkel]
            grunn: str | None = None
            if d.regel == "merknad":
                regel = "merknad_jp" if rad and rad.journalpost_id else "merknad_sak"
            else:
                regel = d.regel
            if d.gjelder == "valgt" and rad is None:
                grunn = self.tr("Velg noe i listen først")
            elif regel is not None:
                if regel not in self.mulige:
                    grunn = {
                        "journalpost": self.tr("Velg en journalpost først"),
                        "sak": self.tr("Velg en sak eller en journalpost i saken først"),
                        "oppgave": self.tr("Velg en oppgave først"),
                    }.get(d.gjelder, self.tr("Ikke tilgjengelig her"))
                else:
                    grunn = self.mulige[regel]
            a.setEnabled(grunn is None)
            hint = a.text().replace("&", "")
            if a.shortcut().toString():
                hint += f" ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            a.setToolTip(hint if grunn is None else f"{hint}\n{grunn}")
            a.setStatusTip("" if grunn is None else grunn)

    def grunn(self, nokkel: str) -> str | None:
        """Why an action is disabled (its tooltip's second line), or None when enabled."""
        a = self.handlinger[nokkel]
        return None if a.isEnabled() else a.statusTip()

    def _on_kontekstmeny(self, pos: QPoint) -> None:
        self.kontekstmeny().popup(pos)

    def kontekstmeny(self) -> QMenu:
        """The right-click menu for the selected row: every action for its kind, disabled ones with reason."""
        m = QMenu(self)
        m.setObjectName("kontekstmeny")
        m.setToolTipsVisible(True)
        rad = self.valg
        if rad is None:
            for n in ("ny_sak", "ny_journalpost", "oppdater"):
                m.addAction(self.handlinger[n])
            return m
        grupper: list[list[str]] = [["rediger"]]
        if rad.art == "oppgave":
            grupper.append(["behandle_oppgave", "deaktiver_oppgave", "fjern_oppgave"])
        if rad.journalpost_id:
            grupper += [
                ["avskriv", "besvar", "forelopig_svar", "besvar_uten"],
                ["send_oppgave", "ferdigstill", "ekspeder", "fordel", "merknad"],
                ["offentlighetsvurder", "be_arkivet_rette", "journalfor", "flytt", "feilregistrer"],
            ]
            if (
                self.mulige.get("bruk_foreslatt_avsender", "") is None
            ):  # only when a forwarded mail offers one
                grupper.insert(-1, ["bruk_foreslatt_avsender"])
        sak = ["ny_journalpost", "obs", "meld_utgaar", "be_om_avslutning", "avslutt_sak", "gjenaapne_sak"]
        if rad.art == "sak":
            grupper.append(["merknad", *sak])
        for i, g in enumerate(grupper):
            if i:
                m.addSeparator()
            for n in g:
                if self.handlinger[n].isVisible():
                    m.addAction(self.handlinger[n])
        if rad.art != "sak" and rad.sak_id:
            under = m.addMenu(self.tr("Sak %1").replace("%1", rad.saksnummer or ""))
            under.setToolTipsVisible(True)
            for n in sak:
                if self.handlinger[n].isVisible():
                    under.addAction(self.handlinger[n])
        return m

    # --- running actions ---------------------------------------------------------------

    def vis_feil(self, e: BaseException | str) -> None:
        """Show a refusal in a message box with the service's Norwegian message; nothing is lost."""
        if isinstance(e, SaksbordFeil | str):
            tekst = str(e)
        else:
            log.error("Uventet feil", exc_info=e)
            tekst = self.tr("Uventet feil: %1").replace("%1", f"{type(e).__name__}: {e}")
        boks = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Saksbord"), tekst, QMessageBox.StandardButton.Ok, self
        )
        boks.setObjectName("feilmelding")
        self.kjor_dialog(boks)

    def _sporsmal(self, tittel: str, tekst: str) -> bool:
        boks = QMessageBox(
            QMessageBox.Icon.Question,
            tittel,
            tekst,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        boks.setObjectName("sporsmal")
        return self.kjor_dialog(boks)

    def _utfor(self, kind: str, kall: Callable[[], Resultat | Any]) -> Any:
        """Run one service call; show its refusal, or announce the change and the result."""
        try:
            res = kall()
        except SaksbordFeil as e:
            self.vis_feil(e)
            return None
        except Exception as e:  # a bug: show it, keep the traceback in the log
            self.vis_feil(e)
            return None
        if isinstance(res, Resultat):
            self.statusBar().showMessage(res.melding, 10000)
            if res.advarsler:
                boks = QMessageBox(
                    QMessageBox.Icon.Information,
                    self.tr("Merk"),
                    res.melding + "\n\n" + "\n".join(f"– {a}" for a in res.advarsler),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                boks.setObjectName("advarsler")
                self.kjor_dialog(boks)
        hendelser().sig_data_changed.emit(kind)
        return res if res is not None else True

    def _koble_handlinger(self) -> None:
        h = self.handlinger
        kobling: dict[str, Callable[[], None]] = {
            "ny_sak": self._ny_sak,
            "ny_journalpost": self._ny_journalpost,
            "rediger": self._rediger,
            "avskriv": self._avskriv,
            "besvar": lambda: self._besvar("avskriv"),
            "forelopig_svar": lambda: self._besvar("forelopig"),
            "besvar_uten": lambda: self._besvar("uten"),
            "send_oppgave": self._send_oppgave,
            "behandle_oppgave": self._behandle_oppgave,
            "deaktiver_oppgave": lambda: self._utfor(
                "oppgave", lambda: oppgaver.deaktiver_oppgave(self.ctx, self.valg.id)
            ),
            "fjern_oppgave": lambda: self._utfor(
                "oppgave", lambda: oppgaver.fjern_oppgave(self.ctx, self.valg.id)
            ),
            "ferdigstill": lambda: self._utfor(
                "journalpost", lambda: journalposter.ferdigstill(self.ctx, self._jp_id())
            ),
            "ekspeder": self._ekspeder,
            "fordel": self._fordel,
            "obs": self._obs,
            "merknad": self._merknad,
            "be_arkivet_rette": self._be_arkivet_rette,
            "bruk_foreslatt_avsender": lambda: self._utfor(
                "journalpost", lambda: journalposter.bruk_foreslatt_avsender(self.ctx, self._jp_id())
            ),
            "meld_utgaar": self._meld_utgaar,
            "be_om_avslutning": self._be_om_avslutning,
            "journalfor": lambda: self._utfor(
                "journalpost", lambda: journalposter.journalfor(self.ctx, self._jp_id())
            ),
            "flytt": self._flytt,
            "offentlighetsvurder": self._offentlighetsvurder,
            "feilregistrer": self._feilregistrer,
            "avslutt_sak": self._avslutt_sak,
            "gjenaapne_sak": self._gjenaapne_sak,
            "oppdater": self.oppdater,
            "importer_epost": self._importer_epost,
            "offentlig_journal": self._offentlig_journal,
            "koble_til": self._koble_til,
            "hjelp": lambda: self.kjor_dialog(HjelpDialog(self)),
        }
        for n, f in kobling.items():
            h[n].triggered.connect(lambda _c=False, f=f: self._trygt(f))

    def _trygt(self, f: Callable[[], None]) -> None:
        """An action slot: a refusal or a bug is shown, never swallowed."""
        try:
            f()
        except SaksbordFeil as e:
            self.vis_feil(e)
        except Exception as e:
            self.vis_feil(e)

    def _jp_id(self) -> int:
        return int(self.valg.journalpost_id)

    def _jp_rader(self) -> list[KurvRad]:
        return [r for r in self.liste.valgte() if r.journalpost_id and r.art == "journalpost"] or [self.valg]

    def _saksnr(self) -> str:
        return self.valg.saksnummer or visning.vis_sak(self.ctx, self.valg.sak_id).saksnummer

    # --- the actions --------------------------------------------------------------------

    def _ny_sak(self) -> None:
        d = SakKort(
            self.brukerliste(),
            self,
            lignende=lambda t: saker.lignende_saker(self.ctx, t),
            meg=self._meg.get("initialer"),
        )
        if not self.kjor_dialog(d):
            return
        v = d.verdier()
        self._utfor(
            "sak",
            lambda: saker.opprett_sak(
                self.ctx,
                tittel=v.tittel,
                tittel2=v.tittel2,
                sakstype=v.sakstype,
                saksansvarlig=v.saksansvarlig,
                klasse=v.klasse,
                tilgangskode=v.skjerming.kode,
                hjemmel=v.skjerming.hjemmel,
                nivaa=v.skjerming.nivaa,
            ),
        )

    def _ny_journalpost(self) -> None:
        saksnr = self.valg.saksnummer if self.valg else None
        if self.valg and self.mulige.get("ny_journalpost"):
            saksnr = None
        d = JournalpostKortDialog(self.brukerliste(), self, saksnr=saksnr)
        if not self.kjor_dialog(d):
            return
        v = d.verdier()
        self._utfor(
            "journalpost",
            lambda: journalposter.registrer_journalpost(
                self.ctx,
                NyJournalpost(
                    sak=v.sak,
                    type=v.type,
                    tittel=v.tittel,
                    tittel2=v.tittel2,
                    avsendere=v.parter["avsender"],
                    mottakere=v.parter["mottaker"],
                    kopimottakere=v.parter["kopimottaker"],
                    saksbehandler=v.saksbehandler,
                    forfallsdato=v.forfallsdato,
                    dokumentdato=v.dokumentdato,
                    tilgangskode=v.skjerming.kode,
                    hjemmel=v.skjerming.hjemmel,
                    nivaa=v.skjerming.nivaa,
                ),
            ),
        )

    def _rediger(self) -> None:
        rad = self.valg
        if rad is None:
            return
        if isinstance(rad, KonfliktRad):
            self._aapne_konflikt(rad)
        elif rad.art == "sak":
            self._rediger_sak(rad.id)
        elif rad.journalpost_id:
            self._aapne_journalpost(rad.journalpost_id)
        elif rad.sak_id:
            self._rediger_sak(rad.sak_id)

    def _aapne_konflikt(self, rad: KonfliktRad) -> None:
        """Enter or double-click on a conflict: both versions in a dialog, settled from there."""
        d = KonfliktDialog(rad, self)
        if self.kjor_dialog(d) and d.valg:
            self._loes_konflikt(rad.id, d.valg)

    def _loes_konflikt(self, konflikt_id: int, valg: str) -> None:
        """Keep mine (replayed on the server as it is now) or use the server's; a refusal keeps it listed."""
        klient = self.ctx.synk
        if klient is None:
            return
        self._utfor("alt", lambda: synktjeneste.loes_konflikt_i_vinduet(klient, konflikt_id, valg))

    def _rediger_sak(self, sak_id: int) -> None:
        sak = visning.vis_sak(self.ctx, sak_id)
        laast = handlinger.mulige_handlinger(self.ctx, sak_id=sak_id).get("endre_sak")
        d = SakKort(
            self.brukerliste(),
            self,
            sak=sak,
            historikk=visning.historikk(self.ctx, sak.saksnummer),
            laast=laast,
        )
        if not self.kjor_dialog(d) or laast:
            return
        v = d.verdier()

        def lagre() -> Resultat:
            res = saker.endre_sak(
                self.ctx,
                sak.saksnummer,
                tittel=v.tittel,
                tittel2=v.tittel2 or "",
                sakstype=v.sakstype,
                saksansvarlig=v.saksansvarlig,
            )
            if v.skjerming_endret:
                saker.skjerm_sak(
                    self.ctx,
                    sak.saksnummer,
                    kode=v.skjerming.kode,
                    hjemmel=v.skjerming.hjemmel,
                    nivaa=v.skjerming.nivaa,
                )
            return res

        self._utfor("sak", lagre)

    def _aapne_journalpost(self, jp_id: int) -> None:
        jp = visning.vis_journalpost(self.ctx, jp_id)
        laast = handlinger.mulige_handlinger(self.ctx, journalpost_id=jp_id).get("endre_journalpost")
        d = JournalpostKortDialog(
            self.brukerliste(),
            self,
            jp=jp,
            historikk=visning.historikk(self.ctx, jp.journalpostnummer),
            laast=laast,
        )
        if not self.kjor_dialog(d):
            return
        v = d.verdier()

        def lagre() -> Resultat | None:
            res = None
            if not laast:
                p = v.parter if v.parter_endret else {}
                res = journalposter.endre_journalpost(
                    self.ctx,
                    jp.id,
                    tittel=v.tittel,
                    tittel2=v.tittel2 or "",
                    dokumentdato=v.dokumentdato,
                    forfallsdato=v.forfallsdato,
                    avsendere=p.get("avsender"),
                    mottakere=p.get("mottaker"),
                    kopimottakere=p.get("kopimottaker"),
                    versjon=jp.versjon,
                )
            if v.skjerming_endret:
                res = journalposter.skjerm_journalpost(
                    self.ctx,
                    jp.id,
                    kode=v.skjerming.kode,
                    hjemmel=v.skjerming.hjemmel,
                    nivaa=v.skjerming.nivaa,
                )
            return res

        self._utfor("journalpost", lagre)

    def _avskriv(self) -> None:
        rader = self._jp_rader()
        typer = {r.type for r in rader}
        koder = avskrivning.gyldige_koder(self.ctx, rader[0].type or "I")
        if len(typer) > 1:
            koder = [k for k in koder if all(t in _typer_for(k["kode"]) for t in typer)]
        d = enkle.AvskrivDialog([r.journalpostnummer for r in rader], koder, self)
        if not self.kjor_dialog(d):
            return
        kode, merknad = d.kode.currentData(), d.merknad.toPlainText().strip() or None
        self._utfor(
            "journalpost",
            lambda: avskrivning.avskriv(
                self.ctx, [r.journalpost_id for r in rader], kode=kode, merknad=merknad
            ),
        )

    def _besvar(self, maate: str) -> None:
        rader = self._jp_rader()
        navn = {
            "avskriv": self.tr("Besvar og avskriv"),
            "forelopig": self.tr("Foreløpig svar"),
            "uten": self.tr("Besvar uten å avskrive"),
        }[maate]
        standard = (self.tr("Foreløpig svar: ") if maate == "forelopig" else self.tr("Svar: ")) + rader[
            0
        ].tittel
        d = enkle.BesvarDialog(f"{navn} – {', '.join(r.journalpostnummer for r in rader)}", standard, self)
        if not self.kjor_dialog(d):
            return
        tittel, merknad = d.tittel.text().strip(), d.merknad.toPlainText().strip() or None
        self._utfor(
            "journalpost",
            lambda: avskrivning.besvar(
                self.ctx, [r.journalpost_id for r in rader], tittel=tittel, maate=maate, merknad=merknad
            ),
        )

    def _send_oppgave(self) -> None:
        rad = self.valg
        meg = self.ctx.initialer.upper()
        d = enkle.SendOppgaveDialog(
            rad.journalpostnummer or rad.saksnummer or "",
            [b for b in self.brukerliste() if b.initialer != meg],
            self,
        )
        if not self.kjor_dialog(d):
            return
        type_, til = d.type.currentData(), d.til.currentData()
        merknad, gul = d.merknad.toPlainText().strip() or None, d.gul.text().strip() or None
        self._utfor(
            "oppgave",
            lambda: oppgaver.send_oppgave(
                self.ctx, type_=type_, til=til, jpnr=rad.journalpost_id, merknad=merknad, gul_merknad=gul
            ),
        )

    def _behandle_oppgave(self) -> None:
        o = oppgaver.vis_oppgave(self.ctx, self.valg.id)
        d = enkle.BehandleOppgaveDialog(
            o, [b for b in self.brukerliste() if b.initialer != self.ctx.initialer.upper()], self
        )
        if not self.kjor_dialog(d):
            return
        svar, til, merknad = d.valgt_svar(), d.til.currentData(), d.merknad.toPlainText().strip() or None
        self._utfor(
            "oppgave", lambda: oppgaver.svar_oppgave(self.ctx, o.id, svar=svar, til=til, merknad=merknad)
        )

    def _ekspeder(self) -> None:
        """Check the mottakere first (DESIGN §7), then let the user fix what is missing in the dialog."""
        jp_id = self._jp_id()
        mangler = journalposter.sjekk_ekspedering(self.ctx, jp_id)
        for _forsok in range(5):
            jp = visning.vis_journalpost(self.ctx, jp_id)
            kan_endre = (
                handlinger.mulige_handlinger(self.ctx, journalpost_id=jp_id).get("endre_journalpost") is None
            )
            d = EkspederDialog(
                jp, mangler, kan_endre=kan_endre, kan_rette_adresse=jp.status == "F", parent=self
            )
            if not self.kjor_dialog(d):
                return
            parter, kanaler, rettet = d.endrede_parter(), d.kanaler(), d.rettede_adresser()
            try:
                for part_id, felt in rettet.items():
                    # Approved (F) posts are locked; only the addresses a letter needs may change.
                    journalposter.rett_mottaker(self.ctx, jp_id, part_id=part_id, **felt)
                if rettet:
                    hendelser().sig_data_changed.emit("journalpost")
                if parter:
                    journalposter.endre_journalpost(
                        self.ctx, jp_id, mottakere=parter["mottaker"], kopimottakere=parter["kopimottaker"]
                    )
                    hendelser().sig_data_changed.emit("journalpost")
                    ny = visning.vis_journalpost(self.ctx, jp_id)
                    kanaler = {
                        ny_p.id: kanaler.get(gml.id)
                        for gml, ny_p in zip(
                            jp.mottakere + jp.kopimottakere, ny.mottakere + ny.kopimottakere, strict=False
                        )
                        if kanaler.get(gml.id)
                    }
                mangler = journalposter.sjekk_ekspedering(self.ctx, jp_id) if parter or rettet else []
            except SaksbordFeil as e:
                self.vis_feil(e)
                return
            if self._utfor(
                "journalpost", lambda k=kanaler: journalposter.ekspeder(self.ctx, jp_id, kanaler=k)
            ):
                return
            mangler = journalposter.sjekk_ekspedering(self.ctx, jp_id) or mangler

    def _fordel(self) -> None:
        d = enkle.FordelDialog(self.valg.journalpostnummer, self.brukerliste(), self)
        if not self.kjor_dialog(d):
            return
        til = d.til.currentData()
        self._utfor("journalpost", lambda: journalposter.fordel(self.ctx, self._jp_id(), til=til))

    def _obs(self) -> None:
        sak = visning.vis_sak(self.ctx, self.valg.sak_id)
        d = enkle.ObsDialog(sak.saksnummer, sak.obs_dato, sak.obs_kommentar, self)
        if not self.kjor_dialog(d):
            return
        dato_, kommentar = d.verdi(), d.kommentar.text().strip() or None
        self._utfor("sak", lambda: saker.sett_obs(self.ctx, sak.saksnummer, dato=dato_, kommentar=kommentar))

    def _merknad(self) -> None:
        rad = self.valg
        paa_jp = bool(rad.journalpost_id)
        d = enkle.MerknadDialog(rad.journalpostnummer if paa_jp else self._saksnr(), self, gul_mulig=paa_jp)
        if not self.kjor_dialog(d):
            return
        tekst, gul = d.tekst.toPlainText().strip(), d.gul.isChecked()
        if paa_jp:
            self._utfor(
                "journalpost",
                lambda: saker.legg_til_merknad(self.ctx, tekst=tekst, jpnr=rad.journalpostnummer, gul=gul),
            )
        else:
            self._utfor("sak", lambda: saker.legg_til_merknad(self.ctx, tekst=tekst, saksnr=self._saksnr()))

    def _be_arkivet_rette(self) -> None:
        d = enkle.TekstDialog(
            self.tr("Be arkivet rette %1").replace("%1", self.valg.journalpostnummer),
            self.tr("Hva skal rettes?"),
            self,
            paakrevd=True,
            sak_etikett=self.tr("Flytt til sak (valgfritt)"),
            ok=self.tr("Send til arkivet"),
            forklaring=self.tr("Arkivet får en oppgave i Beskjed til dokumentsenteret."),
        )
        if not self.kjor_dialog(d):
            return
        hva, til_sak = d.verdi(), d.sak.text().strip() or None
        self._utfor(
            "oppgave", lambda: oppgaver.be_arkivet_rette(self.ctx, self._jp_id(), hva=hva, til_sak=til_sak)
        )

    def _meld_utgaar(self) -> None:
        saksnr = self._saksnr()
        d = enkle.TekstDialog(
            self.tr("Meld sak %1 utgår").replace("%1", saksnr),
            self.tr("Grunn"),
            self,
            ok=self.tr("Meld utgår"),
        )
        if not self.kjor_dialog(d):
            return
        grunn = d.verdi() or None
        self._utfor("sak", lambda: saker.meld_utgaar(self.ctx, saksnr, grunn=grunn))

    def _be_om_avslutning(self) -> None:
        saksnr = self._saksnr()
        d = enkle.TekstDialog(
            self.tr("Be om avslutning av sak %1").replace("%1", saksnr),
            self.tr("Merknad"),
            self,
            ok=self.tr("Send til arkivet"),
        )
        if not self.kjor_dialog(d):
            return
        merknad = d.verdi() or None
        self._utfor("sak", lambda: saker.be_om_avslutning(self.ctx, saksnr, merknad=merknad))

    def _offentlighetsvurder(self) -> None:
        """The leader's offentlighetsvurdering of an M/XX post: the right code, or none."""
        d = enkle.OffentlighetDialog(self.valg.journalpostnummer, self)
        if not self.kjor_dialog(d):
            return
        v = d.skjerming.verdi()
        self._utfor(
            "journalpost",
            lambda: journalposter.offentlighetsvurder(
                self.ctx, self._jp_id(), kode=v.kode, hjemmel=v.hjemmel, nivaa=v.nivaa
            ),
        )

    def _flytt(self) -> None:
        d = enkle.FlyttDialog(self.valg.journalpostnummer, self)
        if not self.kjor_dialog(d):
            return
        til = d.sak.text().strip()
        self._utfor("journalpost", lambda: journalposter.flytt(self.ctx, self._jp_id(), til_sak=til))

    def _feilregistrer(self) -> None:
        d = enkle.TekstDialog(
            self.tr("Feilregistrer %1").replace("%1", self.valg.journalpostnummer),
            self.tr("Grunn"),
            self,
            ok=self.tr("Feilregistrer"),
        )
        if not self.kjor_dialog(d):
            return
        grunn = d.verdi() or None
        self._utfor("journalpost", lambda: journalposter.feilregistrer(self.ctx, self._jp_id(), grunn=grunn))

    def _avslutt_sak(self) -> None:
        saksnr = self._saksnr()
        if not self._sporsmal(self.tr("Avslutt sak"), self.tr("Avslutte sak %1?").replace("%1", saksnr)):
            return
        self._utfor("sak", lambda: saker.sett_saksstatus(self.ctx, saksnr, "A"))

    def _gjenaapne_sak(self) -> None:
        saksnr = self._saksnr()
        if not self._sporsmal(self.tr("Gjenåpne sak"), self.tr("Gjenåpne sak %1?").replace("%1", saksnr)):
            return
        self._utfor("sak", lambda: saker.sett_saksstatus(self.ctx, saksnr, "B"))

    # --- e-mail: drops and the menu --------------------------------------------------------

    def _on_epost_sluppet(self, saksnr: str, mime: QMimeData) -> None:
        """Take the files out while the drop lasts; import once the drag has ended (Outlook waits otherwise)."""
        mappe = Path(tempfile.mkdtemp(prefix="saksbord-slipp-"))
        feil: str | None = None
        try:
            filer = filer_fra_mime(mime, tmp_dir=mappe)
        except DropFeil as e:
            filer, feil = [], str(e)
        if not filer and feil is None:
            feil = self.tr("Det som ble sluppet inneholder ingen e-post (.msg eller .eml).")
        QTimer.singleShot(0, lambda: self._importer_sluppet(saksnr, filer, mappe, feil))

    def _importer_sluppet(self, saksnr: str, filer: list[Path], mappe: Path, feil: str | None) -> None:
        from app.views.epost import importer_med_dialog

        try:
            if feil:
                self.vis_feil(feil)
            else:
                importer_med_dialog(self, self.ctx, saksnr, filer)
        except Exception as e:
            self.vis_feil(e)
        finally:
            shutil.rmtree(mappe, ignore_errors=True)

    def _importer_epost(self) -> None:
        from app.views.epost import velg_sak_og_importer

        velg_sak_og_importer(self, self.ctx)

    # --- working copies: edit, watch, check in ----------------------------------------------

    def _rediger_dokument(self, dokument_id: int) -> None:
        """Write the newest production version to a working copy and open it in its program."""
        jp = self.lesefelt.jp
        if jp is None:
            return
        egne = [d for d in jp.dokumenter if d.id == dokument_id]
        siste = max([d for d in egne if d.variant == "produksjonsformat"] or egne, key=lambda d: d.versjon)
        _navn, data = visning.hent_innhold(self.ctx, siste.objekt_id)
        try:
            kopi = self.arbeidskopier.lag(
                jpnr=jp.journalpostnummer, dokument_id=dokument_id, filnavn=siste.filnavn, data=data
            )
        except OSError as e:
            self.vis_feil(self.tr("Arbeidskopien kunne ikke skrives: %1").replace("%1", str(e)))
            return
        if not self.aapne_url(QUrl.fromLocalFile(str(kopi.sti))):
            self.vis_feil(self.tr("Fant ikke et program som kan åpne %1").replace("%1", str(kopi.sti)))
            return
        self.statusBar().showMessage(
            self.tr(
                "%1 er åpnet for redigering. Lagre i programmet, så tilbyr Saksbord å sjekke inn."
            ).replace("%1", kopi.filnavn),
            15000,
        )

    def _on_arbeidskopi_endret(self, kopi: Arbeidskopi) -> None:
        self._innsjekk_kopi = kopi
        self.lesefelt.innsjekk.vis(
            self.tr("«%1» (%2) er endret i arbeidskopien.")
            .replace("%1", kopi.filnavn)
            .replace("%2", kopi.jpnr),
            knapp=self.tr("Sjekk inn ny versjon"),
            lukk=self.tr("Ikke nå"),
        )

    def _vis_neste_innsjekk(self) -> None:
        neste = next((k for k in self.arbeidskopier.endrede() if k is not self._innsjekk_kopi), None)
        if neste is None:
            self._innsjekk_kopi = None
            self.lesefelt.innsjekk.setVisible(False)
        else:
            self._on_arbeidskopi_endret(neste)

    def _on_sjekk_inn_clicked(self) -> None:
        kopi = self._innsjekk_kopi
        if kopi is not None and self._sjekk_inn(kopi):
            self._innsjekk_kopi = None
            self._vis_neste_innsjekk()

    def _sjekk_inn(self, kopi: Arbeidskopi) -> bool:
        data = kopi.les()
        if data is None:
            self.vis_feil(
                self.tr("Arbeidskopien %1 kan ikke leses nå. Lukk den i programmet og prøv igjen.").replace(
                    "%1", str(kopi.sti)
                )
            )
            return False
        res = self._utfor(
            "journalpost",
            lambda: journalposter.sjekk_inn(
                self.ctx, kopi.jpnr, dokument_id=kopi.dokument_id, filnavn=kopi.filnavn, data=data
            ),
        )
        if res:
            self.arbeidskopier.sjekket_inn(kopi, data)
        return bool(res)

    def _sporsmal_ved_lukking(self) -> bool:
        """Un-checked-in edits: check them in, leave them, or stay open. True lets the window close."""
        endrede = self.arbeidskopier.endrede()
        if not endrede:
            return True
        boks = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Endringer som ikke er sjekket inn"),
            self.tr("Disse dokumentene er endret, men ikke sjekket inn:")
            + "\n"
            + "\n".join(f"– {k.filnavn} ({k.jpnr})" for k in endrede)
            + "\n\n"
            + self.tr("Sjekke dem inn som nye versjoner nå?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        boks.setObjectName("ikke_sjekket_inn")
        if self.kjor_dialog(boks):
            return all(self._sjekk_inn(k) for k in endrede)
        return boks.clickedButton() is not boks.button(QMessageBox.StandardButton.Cancel)

    # --- reports and connection -----------------------------------------------------------

    def _offentlig_journal(self) -> None:
        from app.views.rapporter.postliste import PostlisteDialog

        self.kjor_dialog(PostlisteDialog(self.ctx, self))

    def _koble_til(self) -> None:
        dialog = _profildialog()
        if dialog is None or dialog(self) is None:
            return
        boks = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Koble til felles database"),
            self.tr("Tilkoblingen er lagret. Start Saksbord på nytt for å bruke den felles databasen."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        boks.setObjectName("omstart")
        self.kjor_dialog(boks)

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._sporsmal_ved_lukking():
            e.ignore()
            return
        with contextlib.suppress(RuntimeError, TypeError):
            hendelser().sig_data_changed.disconnect(self._on_data_changed)
        super().closeEvent(e)


def _profildialog() -> Callable[[QWidget], object] | None:
    """The first-run connection dialog, when this build has it."""
    try:
        from app.views import profil
    except ImportError:
        return None
    return getattr(profil, "forste_oppstart_dialog", None)


def _typer_for(kode: str) -> str:
    from app.domain.koder import AVSKRIVNINGSMAATER

    return next((a.typer for a in AVSKRIVNINGSMAATER if a.kode == kode), "")


def _kjor_modal(d: QDialog) -> bool:
    svar = d.exec()
    if isinstance(d, QMessageBox):
        return svar in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    return svar == QDialog.DialogCode.Accepted
