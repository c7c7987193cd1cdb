"""The workbench frame: kurver on the left, the list in the middle, the reading pane on the right.

The window holds the panes, the ribbon and menus (menyer.py), the status bar,
the keyboard shortcuts and the refresh on ``sig_data_changed``. What the user
does lives in app/views/operasjoner, one module per noun; each gets the
window's Vinduskontekst (kontekst.py), through which every service call goes.
Dialogs run through ``kjor_dialog`` so tests can fill and accept them without
a modal event loop.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import handlinger as tillatt
from app.services import kurver, oppgaver, paaminnelser, sok, visning
from app.services import synk as synktjeneste
from app.services.arbeid import Kontekst
from app.services.data import BrukerInfo, KurvInfo, KurvRad
from app.store.db import Database
from app.views.dialoger.hjelp import HjelpDialog
from app.views.handlinger import lag_handlinger, oversett
from app.views.hovedvindu import menyer, systemmeny
from app.views.hovedvindu.brukerbytte import Brukerbytte
from app.views.hovedvindu.kontekst import DialogKjorer, Vinduskontekst
from app.views.hovedvindu.oppfrisking import Oppfrisking
from app.views.hovedvindu.statuslinje import Statuslinje
from app.views.hovedvindu.stil import STIL
from app.views.integrasjoner import koble_inn
from app.views.konflikter import ART as KONFLIKT
from app.views.konflikter import KonfliktDialog, KonfliktFelt, KonfliktRad, konflikt_ider, konflikt_rader
from app.views.kurver import tekster
from app.views.kurver.egne import EgneKurver
from app.views.kurver.liste import KurvListe
from app.views.kurver.sokeleder import Sokeleder
from app.views.kurver.tre import KONFLIKTER, KurvTre
from app.views.lesefelt.lesing import ALLE_HANDLINGER, Lesestoff, Valgleser
from app.views.lesefelt.panel import Lesefelt
from app.views.operasjoner.arkiv import Arkivhandlinger
from app.views.operasjoner.dokument import Dokumenthandlinger
from app.views.operasjoner.dokumentordning import Dokumentordning
from app.views.operasjoner.ekspedering import Ekspederingshandling
from app.views.operasjoner.epost import Eposthandlinger
from app.views.operasjoner.journalpost import Journalposthandlinger
from app.views.operasjoner.oppgave import Oppgavehandlinger
from app.views.operasjoner.sak import Sakshandlinger
from app.views.operasjoner.utskrift import Utskrifthandlinger
from app.views.politikk import koble_til
from app.widgets.arbeider import Arbeider
from app.widgets.hendelser import hendelser

log = logging.getLogger(__name__)


class Hovedvindu(Brukerbytte, QMainWindow):
    """The main window; ``ctx`` is the services' context of the acting user, ``kontekst`` the actions'."""

    sig_valg_lest = Signal()
    """The reading pane and the actions now show the current row (or nothing)."""

    def __init__(
        self,
        db: Database,
        initialer: str,
        *,
        som: str | None = None,
        synk: synktjeneste.SynkKlient | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.kontekst = Vinduskontekst(
            Kontekst(db, initialer, som, synk),
            self,
            valgte=lambda: self.liste.valgte(),
            statusmelding=lambda tekst, ms: self.statusBar().showMessage(tekst, ms),
        )
        self._paaminnelse = ""
        self.setObjectName("hovedvindu")
        self.setStyleSheet(STIL)
        self.resize(1400, 850)

        self.tre = KurvTre()
        self.tre.feilmelding = self.vis_feil
        self.liste = KurvListe(self._hent_rader)
        self.liste.feilmelding = self.vis_feil
        self.lesefelt = Lesefelt(lambda oid: visning.hent_innhold(self.ctx, oid))
        # On a replica the right pane also shows a conflict (both versions, keep mine / use the server's).
        self.konfliktfelt = KonfliktFelt()
        self.konfliktfelt.sig_valgt.connect(self._loes_konflikt)
        self.hoyre = QStackedWidget()
        self.hoyre.setObjectName("hoyrerute")
        self.hoyre.addWidget(self.lesefelt)
        self.hoyre.addWidget(self.konfliktfelt)
        self._antall_konflikter: int | None = None
        self._konfliktteller = Arbeider(self, lesing=True)
        self._konfliktteller.sig_result.connect(self._on_konflikter_talt)
        self._konfliktteller.sig_error.connect(lambda e: log.error("Kunne ikke telle konflikter: %s", e))
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
        self.deler.setSizes([300, 735, 365])  # the list widest: its title column stretches (issue 20)
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
        self.baand = menyer.Baand(self.handlinger, self)
        self.sokefelt, self.brukerknapp, self.brukermeny = (
            self.baand.sokefelt,
            self.baand.brukerknapp,
            self.baand.brukermeny,
        )
        self.sokeleder = Sokeleder(self.sokefelt, lambda: self.ctx, self)
        self.sokeleder.sig_treff.connect(self._on_sok)
        self.sokeleder.sig_talt.connect(self.liste.vis_sokeantall)
        self.sokeleder.sig_feil.connect(self.vis_feil)
        self.brukermeny.aboutToShow.connect(self._fyll_brukermeny)
        self.addToolBar(self.baand)
        self.menyer = menyer.bygg_menyer(
            self, self.menuBar(), self.handlinger, koble_til=menyer.profildialog() is not None
        )
        self.meny_fil, self.meny_jp, self.meny_sak = self.menyer.fil, self.menyer.jp, self.menyer.sak
        self.menyer.bruker.aboutToShow.connect(lambda: self._fyll_brukermeny(self.menyer.bruker))
        self.statuslinje = Statuslinje(self.statusBar())
        self.status_synk = self.statuslinje.synk
        self.status_paavegne = self.statuslinje.paavegne
        self.status_paaminnelse = self.statuslinje.paaminnelse
        self.status_venter = self.statuslinje.venter
        self.skriver = self.kontekst.skriver
        self.skriver.sig_venter.connect(self.statuslinje.vis_venter)
        self._merket_lest: set[int] = set()
        self._bygg_tastatur()

        ctx = self.kontekst
        self.journalposter = Journalposthandlinger(ctx)
        self.ekspedering = Ekspederingshandling(ctx)
        self.saker = Sakshandlinger(ctx)
        self.oppgaver = Oppgavehandlinger(ctx)
        self.arkiv = Arkivhandlinger(ctx)
        self.epost = Eposthandlinger(ctx)
        self.dokumenter = Dokumenthandlinger(ctx, self.lesefelt)
        self.dokumentordning = Dokumentordning(ctx)
        self.journalposter.lag_dokumentfane = self.dokumentordning.fane
        self.lesefelt.sig_filer_sluppet.connect(self.dokumentordning.filer_sluppet)
        self.utskrift = Utskrifthandlinger(ctx)
        self.lesefelt.sig_skriv_ut.connect(
            lambda: ctx.trygt(lambda: self.utskrift.skriv_ut(self.lesefelt.jp))
        )
        self.arbeidskopier = self.dokumenter.arbeidskopier
        self.epost.besvar = self.journalposter.besvar_paa  # the import summary's Besvar og avskriv
        self.egne_kurver = EgneKurver(ctx, self.tre)  # own kurver: the tree's context menu
        ctx.vis_rad = self._vis_rad
        self.tre.sig_kurv_valgt.connect(self._on_kurv_valgt)
        self.tre.sig_sak_valgt.connect(self._on_sak_valgt)
        self.leser = Valgleser(self)
        self.leser.sig_lest.connect(self._on_valg_lest)
        self.leser.sig_feil.connect(self._on_valg_feilet)
        self.liste.sig_valg_endret.connect(self._on_valg_endret)
        self.liste.sig_aktivert.connect(lambda _r: self._rediger())
        self.liste.sig_kontekstmeny.connect(self._on_kontekstmeny)
        self.lesefelt.sig_journalpost_aapnet.connect(lambda i: ctx.trygt(lambda: self.journalposter.aapne(i)))
        self.lesefelt.sig_rediger_dokument.connect(
            lambda d: ctx.trygt(lambda: self.dokumenter.rediger(self.lesefelt.jp, d))
        )
        for maal in (self.tre, self.liste, self.lesefelt):
            maal.sig_epost_sluppet.connect(self.epost.sluppet)
        self._oppfrisk = Oppfrisking(self._oppfrisk_naa, self)  # one refresh for a burst of changes
        hendelser().sig_data_changed.connect(self._oppfrisk.endret)
        self._koble_handlinger()
        self.politikk = koble_til(self)  # the «Politisk behandling» menu (app/views/politikk)
        self.integrasjoner = koble_inn(self)
        self.retranslate_ui()
        self._ny_bruker()
        self.systemmeny = systemmeny.koble_til(self)
        # Everything built so far lives as long as the window: keep it out of the cyclic GC's
        # full collections, which otherwise stall scrolling for ~50 ms now and then (bench/run.py).
        gc.freeze()
        # Reads run on worker threads (lesing.py, previews, counts): a Qt call on the UI thread waits for
        # the GIL up to the switch interval (5 ms by default, tens of ms per click); 1 ms keeps its share.
        sys.setswitchinterval(0.001)

    # --- building -------------------------------------------------------------

    def _bygg_tastatur(self) -> None:
        self._ruter = [self.tre, self.liste.tabell, self.lesefelt.faner]
        for i, w in enumerate(self._ruter, start=1):
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, lambda w=w: w.setFocus())
        QShortcut(QKeySequence("F6"), self, lambda: self._neste_rute(1))
        QShortcut(QKeySequence("Shift+F6"), self, lambda: self._neste_rute(-1))
        QShortcut(QKeySequence("Ctrl+F3"), self, self._til_filter)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.sokefelt.setFocus())
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
        menyer.retranslate_menyer(self.menyer)
        self.sokefelt.setPlaceholderText(self.tr("Søk: saksnr, ord, navn (Ctrl+E)"))
        self.sokefelt.setAccessibleName(self.tr("Globalt søk"))
        self.tre.setAccessibleName(self.tr("Kurver"))
        self.liste.retranslate_ui()
        self.lesefelt.retranslate_ui()
        self.statuslinje.retranslate_ui()
        self._vis_bruker()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif e.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.dokumenter.sjekk()  # back from the editor: whatever way it saved, look now
        super().changeEvent(e)

    # --- who is working -------------------------------------------------------

    @property
    def ctx(self) -> Kontekst:
        """The services' context: database, acting user, whose desk is open, sync client."""
        return self.kontekst.tjeneste

    @property
    def valg(self) -> KurvRad | None:
        """The list's current row (what the reading pane shows and the actions act on)."""
        return self.kontekst.valg

    @property
    def kjor_dialog(self) -> DialogKjorer:
        """Runs every dialog the window and its actions open; tests replace it."""
        return self.kontekst.kjor_dialog

    @kjor_dialog.setter
    def kjor_dialog(self, kjorer: DialogKjorer) -> None:
        self.kontekst.kjor_dialog = kjorer

    @property
    def aapne_url(self) -> Callable[[QUrl], bool]:
        """Opens a working copy in its program; tests replace it."""
        return self.kontekst.aapne_url

    @aapne_url.setter
    def aapne_url(self, aapne: Callable[[QUrl], bool]) -> None:
        self.kontekst.aapne_url = aapne

    def brukerliste(self) -> list[BrukerInfo]:
        return self.kontekst.brukerliste()

    def _vis_bruker(self) -> None:
        meg = self.kontekst.meg
        navn = meg.get("navn", self.ctx.initialer)
        paa_vegne = meg.get("paa_vegne_av")
        tittel = f"Saksbord — {navn} ({self.ctx.initialer.upper()})"
        if paa_vegne:
            tittel += " — " + self.tr("på vegne av %1").replace("%1", paa_vegne)
        self.setWindowTitle(tittel)
        self.brukerknapp.setText(
            self.ctx.initialer.upper() + (f" → {self.ctx.som.upper()}" if paa_vegne and self.ctx.som else "")
        )
        self.brukerknapp.setToolTip(f"{navn}" + (f" → {paa_vegne}" if paa_vegne else ""))
        self.statuslinje.vis_bruker(
            db=self.db.beskrivelse() + ("  ·  " + self.tr("DEMO") if self.db.er_demo else ""),
            navn=navn,
            initialer=self.ctx.initialer.upper(),
            paa_vegne=paa_vegne,
        )
        self.skrivebordlinje.setText(
            self.tr("Du arbeider som stedfortreder på skrivebordet til %1").replace("%1", paa_vegne or "")
        )
        self.skrivebordlinje.setVisible(bool(paa_vegne))
        self.skrivebordlinje.setAccessibleName(self.skrivebordlinje.text())

    def _fyll_brukermeny(self, meny: QMenu | None = None) -> None:
        menyer.fyll_brukermeny(meny or self.brukermeny, self.kontekst, self.bytt_bruker)

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
        replika = self.ctx.synk.replika
        # Counted off the UI thread: the sync reports after every round, while the user works.
        self._konfliktteller.start(lambda progress, avbrutt: len(synktjeneste.konflikter(replika)))

    @property
    def opptatt(self) -> bool:
        """A read the window started is still running (kurver, the list, the selection, counts)."""
        return any(
            (self.tre._arbeider.opptatt, self.liste._arbeider.opptatt, self.liste._teller.opptatt,
             self.liste.modell.henter_flere, self.leser.leser, self.sokeleder.opptatt,
             self.politikk.leser, self._konfliktteller.opptatt, self._oppfrisk.venter,
             self.kontekst.leser_brukere)
        )  # fmt: skip

    def _on_konflikter_talt(self, antall: int) -> None:
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

    def _hent_rader(self, art: str, ider: list[int]) -> Sequence[KurvRad]:
        """The list model's page fetch: conflicts come from the sync client, everything else from kurver."""
        if art == KONFLIKT and self.ctx.synk is not None:
            return konflikt_rader(self.ctx, self.ctx.synk.replika, ider)
        return kurver.kurv_rader(self.ctx, art, ider)

    def oppdater(self) -> None:
        """F5: counts, the list and the reading pane, and the reminders (at once, not after a pause)."""
        self._oppfrisk.naa("alt")
        self.vis_paaminnelser()

    def vis_paaminnelser(self) -> None:
        """Approvals waiting longer than the setting: in the status bar and atop Mottatt for godkjenning."""
        try:
            n = len(paaminnelser.ventende_godkjenninger(self.ctx))
        except SaksbordFeil as e:
            log.warning("Påminnelser: %s", e)
            n = 0
        self._paaminnelse = self.statuslinje.vis_paaminnelse(n, self.liste.modell.paaminnelse_dager)
        self._sett_paaminnelseslinje()

    def _sett_paaminnelseslinje(self) -> None:
        if self._paaminnelse and self.tre.valgt_kurv() == "mottatt-for-godkjenning":
            self.liste.paaminnelse.vis(self._paaminnelse)
        else:
            self.liste.paaminnelse.setVisible(False)

    def _oppfrisk_naa(self, endret: set[str]) -> None:
        """The counts and the list; the list's answer re-reads the selection (and its politics actions)."""
        if "alt" in endret:  # the sync or F5: users may have changed too
            self.kontekst.les_brukere()
        self.oppdater_kurver()
        self.liste.last_paa_nytt()

    def _on_kurv_valgt(self, navn: str, art: str, tittel: str) -> None:
        ctx = self.ctx
        if navn == KONFLIKTER and ctx.synk is not None:
            replika = ctx.synk.replika
            self.liste.vis_kurv(art, tittel, lambda filter=None, **_kw: konflikt_ider(replika, filter))
        else:
            self.liste.vis_kurv(
                art,
                tittel,
                lambda **kw: kurver.kurv_ider(ctx, navn, **kw),
                lambda **kw: kurver.kurv_antall(ctx, navn, **kw),
                tom_tekst=tekster.tom_kurv(navn),
            )
        self._sett_paaminnelseslinje()

    def _on_sak_valgt(self, sak_id: int, tekst: str) -> None:
        ctx = self.ctx

        def ider(filter=None, sorter=None, synkende=False, **_side) -> list[int]:
            return [jp.id for jp in visning.vis_sak(ctx, sak_id).journalposter]

        self.liste.vis_kurv("journalpost", tekst, ider)
        self._sett_paaminnelseslinje()

    def _vis_rad(self, kurv: str, id_: int) -> None:
        """Open ``kurv`` with the row ``id_`` selected (a new answer lands in Dokumenter i arbeid)."""
        self.liste.velg_etter_lasting(id_)
        self.velg_kurv(kurv)

    def velg_kurv(self, navn: str) -> None:
        """Open a kurv by key (tests, the help text, future deep links)."""
        self.tre.velg_kurv(navn)

    def _on_sok(self, treff: sok.SokTreff) -> None:
        """Hits of the global search (Sokeleder runs it off the UI thread)."""
        self.tre.blockSignals(True)
        self.tre.setCurrentItem(None)  # pyright: ignore[reportArgumentType] - stub: item may be None
        self.tre.blockSignals(False)
        self.liste.vis_sok(treff.tekst, treff.saker, treff.journalposter)
        self.liste.vis_sokeantall(treff)

    # --- selection and the reading pane -----------------------------------------------

    def _on_valg_endret(self, rad: KurvRad | None) -> None:
        """A new row: its actions wait and the pane keeps what it shows until the read lands (lesing.py)."""
        self.kontekst.valg = rad
        self.kontekst.mulige, self.kontekst.oppgave = {}, None
        if rad is None or isinstance(rad, KonfliktRad):
            self.leser.avbryt()
            if rad is None:
                self.hoyre.setCurrentWidget(self.lesefelt)
                self.lesefelt.tom()
            else:
                self.konfliktfelt.vis(rad)
                self.hoyre.setCurrentWidget(self.konfliktfelt)
            self._sett_handlinger()
            self.sig_valg_lest.emit()
            return
        self.hoyre.setCurrentWidget(self.lesefelt)
        venter = self.tr("Leser inn det valgte …")
        self.kontekst.mulige = dict.fromkeys(ALLE_HANDLINGER, venter)
        self._sett_handlinger()
        self.leser.les(self.ctx, rad, merket_lest=frozenset(self._merket_lest))

    def _on_valg_lest(self, stoff: Lesestoff) -> None:
        if stoff.rad is not self.kontekst.valg:
            return  # the selection moved on while this was read
        self.kontekst.mulige, self.kontekst.oppgave = stoff.mulige, stoff.oppgave
        # The actions first: the pane starts the preview's read last, and a Python thread running
        # beside the UI thread makes every Qt call after that wait its turn for the GIL.
        self._sett_handlinger()
        self.lesefelt.sett_redigerbar(self._kan_redigere_dokument(stoff.rad))
        if stoff.feil is not None:
            self.statusBar().showMessage(str(stoff.feil), 8000)
        if stoff.merk_lest is not None and stoff.merk_lest not in self._merket_lest:
            self._merket_lest.add(stoff.merk_lest)
            QTimer.singleShot(0, lambda o=stoff.merk_lest: self._merk_lest(o))
        self.lesefelt.vis_lest(stoff, forelopig=self.tr("foreløpig"))
        self.sig_valg_lest.emit()

    def _on_valg_feilet(self, e: object) -> None:
        self.lesefelt.tom()
        self._sett_handlinger()
        self.sig_valg_lest.emit()
        self.vis_feil(e if isinstance(e, BaseException) else str(e))

    def _kan_redigere_dokument(self, rad: KurvRad) -> str | None:
        """Why the documents cannot be edited here, or None (the service's own check-in rule)."""
        return self.kontekst.mulige.get("sjekk_inn", self.tr("Velg en journalpost først"))

    def _sett_handlinger(self) -> None:
        menyer.sett_handlinger(self.handlinger, self.valg, self.kontekst.mulige)

    def grunn(self, nokkel: str) -> str | None:
        """Why an action is disabled (its tooltip's second line), or None when enabled."""
        a = self.handlinger[nokkel]
        return None if a.isEnabled() else a.statusTip()

    def _on_kontekstmeny(self, pos: QPoint) -> None:
        self.kontekstmeny().popup(pos)

    def kontekstmeny(self) -> QMenu:
        """The right-click menu for the selected row: every action for its kind, disabled ones with reason."""
        return menyer.kontekstmeny(self, self.handlinger, self.valg, self.kontekst.mulige)

    # --- running actions ---------------------------------------------------------------

    def vis_feil(self, e: BaseException | str) -> None:
        """Show a refusal in a message box with the service's Norwegian message; nothing is lost."""
        self.kontekst.vis_feil(e)

    def _koble_handlinger(self) -> None:
        kobling: dict[str, Callable[[], object]] = {
            **self.journalposter.handlinger(),
            **self.ekspedering.handlinger(),
            **self.saker.handlinger(),
            **self.oppgaver.handlinger(),
            **self.arkiv.handlinger(),
            **self.epost.handlinger(),
            "rediger": self._rediger,
            "oppdater": self.oppdater,
            "offentlig_journal": self._offentlig_journal,
            "koble_til": self._koble_til,
            "hjelp": lambda: self.kjor_dialog(HjelpDialog(self)),
        }
        for n, f in kobling.items():
            self.handlinger[n].triggered.connect(lambda _c=False, f=f: self.kontekst.trygt(f))

    def _rediger(self) -> None:
        """Enter or double-click: the registreringsbilde of what the row is (or the conflict's two versions);
        on a task the user may answer, the task itself (Behandle oppgave), its one way to be answered."""
        rad = self.valg
        if rad is None:
            return
        if isinstance(rad, KonfliktRad):
            self._aapne_konflikt(rad)
        elif rad.art == "oppgave" and self._kan_behandle(rad):
            self.oppgaver.behandle()
        elif rad.art == "sak":
            self.saker.rediger(rad.id)
        elif rad.journalpost_id:
            self.journalposter.aapne(rad.journalpost_id)
        elif rad.sak_id:
            self.saker.rediger(rad.sak_id)

    def _kan_behandle(self, rad: KurvRad) -> bool:
        """Asked at once (the reading pane's own check may still be on its way)."""
        mulige = self.kontekst.hent(
            tillatt.mulige_handlinger, journalpost_id=rad.journalpost_id, sak_id=rad.sak_id, oppgave_id=rad.id
        )
        return bool(mulige) and "behandle_oppgave" in mulige and mulige["behandle_oppgave"] is None

    def _aapne_konflikt(self, rad: KonfliktRad) -> None:
        """Enter or double-click on a conflict: both versions in a dialog, settled from there."""
        d = KonfliktDialog(rad, self)
        if self.kjor_dialog(d) and d.valg:
            self._loes_konflikt(rad.id, d.valg)

    def _loes_konflikt(self, konflikt_id: int, valg: str) -> None:
        """Keep mine (replayed on the server as it is now) or use the server's; a refusal keeps it listed."""
        if self.ctx.synk is None:
            return
        self.kontekst.utfor(
            "alt", lambda ctx: synktjeneste.loes_konflikt_i_vinduet(ctx.synk, konflikt_id, valg)
        )

    # --- reports and connection -----------------------------------------------------------

    def _offentlig_journal(self) -> None:
        from app.views.rapporter.postliste import PostlisteDialog

        self.kjor_dialog(PostlisteDialog(self.ctx, self))

    def _koble_til(self) -> None:
        menyer.koble_til(self)

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self.dokumenter.kan_lukke():
            e.ignore()
            return
        with contextlib.suppress(RuntimeError, TypeError):
            hendelser().sig_data_changed.disconnect(self._oppfrisk.endret)
        self._oppfrisk.stopp()
        self.leser.avbryt()
        self.leser.vent()
        self.kontekst.vent()
        self.skriver.stopp()  # writes already sent finish before the sync client closes
        super().closeEvent(e)

    def _merk_lest(self, oppgave_id: int) -> None:
        """The recipient opened the task: record it (queued offline); quietly, it is no action of theirs."""
        ctx = self.ctx
        self.skriver.kjor(
            lambda: oppgaver.merk_oppgave_lest(ctx, oppgave_id),
            ferdig=lambda _r: hendelser().sig_data_changed.emit("oppgave"),
            feil=lambda e: log.info("Oppgave %s ble ikke merket som lest: %s", oppgave_id, e),
        )
