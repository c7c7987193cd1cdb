"""The right pane: the selected journalpost, task or sak, with its documents previewed."""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.data import JournalpostInfo, LoggInfo, OppgaveInfo, Part, SakInfo
from app.services.dokumenter import Dokumentrad
from app.views.lesefelt.dokumentliste import Dokumentliste, tre
from app.views.lesefelt.lesing import Lesestoff
from app.widgets.epostmaal import EpostMaal
from app.widgets.filslipp import vedleggsfiler
from app.widgets.meldingslinje import Meldingslinje

log = logging.getLogger(__name__)


def _d(v: date | datetime | None) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return f"{v:%d.%m.%Y %H:%M}"
    return f"{v:%d.%m.%Y}"


def _e(v: object) -> str:
    return html.escape("" if v is None else str(v))


class Lesefelt(EpostMaal, QWidget):
    sig_journalpost_aapnet = Signal(int)
    """The user double-clicked a journalpost inside a sak."""
    sig_rediger_dokument = Signal(int)
    """"Åpne for redigering" on a document: its dokument id."""
    sig_epost_sluppet = Signal(str, QMimeData)
    """E-mail was dropped on the pane of a sak or one of its journalposter: (saksnummer, mime)."""
    sig_arkiver_igjen = Signal(int)
    """"Prøv igjen" on a document whose arkivformat failed: the journalpost's id."""
    sig_skriv_ut = Signal()
    """"Skriv ut …" on the journalpost shown."""
    sig_filer_sluppet = Signal(int, list)
    """Files (not e-mail) were dropped on a journalpost's pane: (journalpost id, [Path]) to add as vedlegg."""

    def __init__(self, hent_innhold: Callable[[int], tuple[str, bytes]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lesefelt")

        self.overskrift = QLabel()
        self.overskrift.setObjectName("leseoverskrift")
        self.overskrift.setWordWrap(True)
        self.overskrift.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.oppgavefelt = QLabel()
        self.oppgavefelt.setObjectName("oppgavefelt")
        self.oppgavefelt.setWordWrap(True)
        self.metadata = QLabel()
        self.metadata.setObjectName("metadata")
        self.metadata.setWordWrap(True)
        self.metadata.setTextFormat(Qt.TextFormat.RichText)
        self.metadata.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metadata.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.dokumentliste = dok = Dokumentliste(hent_innhold)
        dok.sig_rediger_dokument.connect(self.sig_rediger_dokument)
        dok.sig_journalpost_aapnet.connect(self.sig_journalpost_aapnet)
        dok.sig_skriv_ut.connect(self.sig_skriv_ut)
        dok.sig_arkiver_igjen.connect(lambda: self.jp is not None and self.sig_arkiver_igjen.emit(self.jp.id))
        # The document tab's parts, by the names the window and its tests use.
        self.dokumenter, self.rediger, self.arkiver_igjen = dok.tre, dok.rediger, dok.arkiver_igjen
        self.arkivfeil, self.dokumentknapper, self.forhaandsvisning = (
            dok.arkivfeil,
            dok.knapper,
            dok.forhaandsvisning,
        )
        self.pdfvisning = self.forhaandsvisning.pdfvisning
        self.ingen_visning = self.forhaandsvisning.ingen_visning

        self.oppgaver = tre([], "oppgaveliste")
        self.merknader = tre([], "merknadliste")
        self.merknader.setWordWrap(True)
        self.historikk = tre([], "historikkliste")
        self.faner = QTabWidget()
        self.faner.setObjectName("lesefaner")
        self.faner.addTab(dok, "")
        self.faner.addTab(self.oppgaver, "")
        self.faner.addTab(self.merknader, "")
        self.faner.addTab(self.historikk, "")

        self.tomt = QLabel()
        self.tomt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tomt.setObjectName("tomtlesefelt")
        innhold = QWidget()
        lag = QVBoxLayout(innhold)
        lag.setContentsMargins(12, 10, 12, 8)
        lag.setSpacing(6)
        lag.addWidget(self.overskrift)
        lag.addWidget(self.oppgavefelt)
        lag.addWidget(self.metadata)
        lag.addWidget(self.faner, 1)
        self.stabel = QStackedWidget()
        self.stabel.addWidget(self.tomt)
        self.stabel.addWidget(innhold)
        self.innsjekk = Meldingslinje("innsjekkingslinje", stil="advarsel")
        ytre = QVBoxLayout(self)
        ytre.setContentsMargins(0, 0, 0, 0)
        ytre.setSpacing(0)
        ytre.addWidget(self.innsjekk)
        ytre.addWidget(self.stabel)
        self.setAcceptDrops(True)
        self.saksnummer: str | None = None
        self.jp: JournalpostInfo | None = None
        self._antall = (0, 0, 0, 0)
        self.idag = date.today()
        self.retranslate_ui()
        self.tom()

    @property
    def pdf(self) -> QPdfDocument:
        """The preview's document (a new one per file shown)."""
        return self.forhaandsvisning.pdf

    def retranslate_ui(self) -> None:
        self.tomt.setText(self.tr("Velg en journalpost, oppgave eller sak i listen"))
        self.forhaandsvisning.ingen_tekst = self.tr("Ingen forhåndsvisning")
        if self.forhaandsvisning.currentIndex() == 0 and not self.forhaandsvisning.konverterer:
            self.ingen_visning.setText(self.forhaandsvisning.ingen_tekst)
        self.dokumentliste.retranslate_ui()
        d, o, m, h = self._antall
        self.faner.setTabText(0, self.tr("Dokumenter (%1)").replace("%1", str(d)))
        self.faner.setTabText(1, self.tr("Oppgaver (%1)").replace("%1", str(o)))
        self.faner.setTabText(2, self.tr("Merknader (%1)").replace("%1", str(m)))
        self.faner.setTabText(3, self.tr("Historikk"))
        self.oppgaver.setHeaderLabels(
            [
                self.tr("Oppgave"),
                self.tr("Fra"),
                self.tr("Til"),
                self.tr("Sendt"),
                self.tr("Status"),
                self.tr("Merknad"),
            ]
        )
        self.merknader.setHeaderLabels([self.tr("Tid"), self.tr("Av"), self.tr("Type"), self.tr("Merknad")])
        self.historikk.setHeaderLabels(
            [
                self.tr("Tid"),
                self.tr("Bruker"),
                self.tr("Handling"),
                self.tr("Felt"),
                self.tr("Fra"),
                self.tr("Til"),
            ]
        )
        self.setAccessibleName(self.tr("Lesefelt"))
        self.faner.setAccessibleName(self.tr("Faner i lesefeltet"))
        self.pdfvisning.setAccessibleName(self.tr("Forhåndsvisning av dokument"))

    # --- content ------------------------------------------------------------

    def tom(self) -> None:
        self.tomt.setText(self.tr("Velg en journalpost, oppgave eller sak i listen"))
        self.stabel.setCurrentIndex(0)
        self.saksnummer = None
        self.jp = None
        self.dokumentliste.vis_pdf(None)

    def _metadata(self, rader: list[tuple[str, str]]) -> None:
        celler = "".join(
            f"<tr><td style='color:#5f6b7a; padding-right:10px; white-space:nowrap'>{_e(k)}</td>"
            f"<td style='padding-right:22px'>{v}</td></tr>"
            for k, v in rader
        )
        self.metadata.setText(f"<table cellspacing='0' cellpadding='1'>{celler}</table>")

    @staticmethod
    def _parter(parter: list[Part]) -> str:
        ut = []
        for p in parter:
            tillegg = p.epost or ", ".join(x for x in (p.adresse, p.postnummer, p.poststed) if x)
            ekstra = f" <span style='color:#5f6b7a'>({_e(tillegg)})</span>" if tillegg else ""
            ut.append(f"{_e(p.navn)}{ekstra}")
        return "<br>".join(ut) or "–"

    def vis_journalpost(
        self,
        jp: JournalpostInfo,
        *,
        oppgaver: list[OppgaveInfo],
        historikk: list[LoggInfo],
        oppgave: OppgaveInfo | None = None,
        dokumentrader: list[Dokumentrad] | None = None,
    ) -> None:
        """``dokumentrader``: services.dokumenter.liste for ``jp`` (arkivformat status, check-outs)."""
        self.stabel.setCurrentIndex(1)
        tittel = _e(jp.tittel) + (
            f"<br><span style='font-size:10pt;color:#5f6b7a'>{_e(jp.tittel2)}</span>" if jp.tittel2 else ""
        )
        self.overskrift.setText(f"<span style='font-size:13pt;font-weight:600'>{tittel}</span>")
        self._vis_oppgave(oppgave)
        restanse = ""
        if jp.restanse:
            restanse = f" <b style='color:#d9822b'>{_e(self.tr('Restanse'))}</b>"
            if jp.forelopig_svar:
                restanse += f" <span style='color:#2b7bd9'>({_e(self.tr('foreløpig svar sendt'))})</span>"
        forfall = _d(jp.forfallsdato)
        if jp.forfallsdato and jp.restanse and jp.forfallsdato <= self.idag:
            forfall = f"<b style='color:#c62828'>{forfall}</b>"
        skj = ""
        if jp.skjerming:
            skj = f"{_e(jp.skjerming.tilgangskode)} – {_e(jp.skjerming.hjemmel)}"
            if jp.skjerming.arvet_fra_sak:
                skj += " " + _e(self.tr("(fra saken)"))
        rader = [
            (self.tr("Journalpost"), f"<b>{_e(jp.journalpostnummer)}</b> ({_e(jp.lopenummer)})"),
            (self.tr("Sak"), f"{_e(jp.saksnummer)} {_e(jp.sakstittel)}"),
            (self.tr("Type / status"), f"{_e(jp.type)} / {_e(jp.status)} {_e(jp.statusnavn)}{restanse}"),
            (
                self.tr("Avsender") if jp.type == "I" else self.tr("Mottaker"),
                self._parter(jp.avsender if jp.type == "I" else jp.mottakere),
            ),
        ]
        if jp.kopimottakere:
            rader.append((self.tr("Kopi til"), self._parter(jp.kopimottakere)))
        rader += [
            (self.tr("Saksbehandler"), _e(f"{jp.saksbehandler_navn or '–'} ({jp.enhet or ''})")),
            (
                self.tr("Dokumentdato"),
                _d(jp.dokumentdato) + "&nbsp;&nbsp; " + _e(self.tr("Journaldato")) + " " + _d(jp.journaldato),
            ),
            (self.tr("Forfall"), forfall or "–"),
        ]
        if jp.avskrivning:
            a = jp.avskrivning
            tekst = f"{_e(a.kode)} {_e(a.navn)} {_d(a.dato)} {_e(a.av)}"
            if a.svar:
                tekst += " – " + _e(self.tr("svar")) + " " + _e(a.svar)
            if a.ventende:
                tekst += " " + _e(self.tr("(når svaret er ekspedert)"))
            rader.append((self.tr("Avskrivning"), tekst))
        if skj:
            rader.append((self.tr("Skjerming"), f"<span style='color:#7a4fb5'>{skj}</span>"))
        for adv in jp.advarsler:
            rader.append((self.tr("Advarsel"), f"<span style='color:#c62828'>{_e(adv)}</span>"))
        if jp.foreslatt_avsender:
            rader.append(
                (
                    self.tr("Forslag"),
                    _e(self.tr("Opprinnelig avsender: %1 (Journalpost → Bruk opprinnelig avsender)")).replace(
                        "%1", _e(jp.foreslatt_avsender)
                    ),
                )
            )
        self._metadata(rader)

        self.saksnummer = jp.saksnummer
        self.jp = jp
        self._fyll_oppgaver(oppgaver)
        self._fyll_merknader(jp.merknader)
        self._fyll_historikk(historikk)
        self._antall = (len(jp.dokumenter), len(oppgaver), len(jp.merknader), len(historikk))
        self.retranslate_ui()
        if jp.skjermet_for_deg and not jp.dokumenter:
            self.forhaandsvisning.ingen_tekst = self.tr("Dokumentene er skjermet for deg")
        self.dokumentliste.vis_journalpost(jp, dokumentrader or [])

    def vis_lest(self, stoff: Lesestoff, *, forelopig: str) -> None:
        """Show what lesing.py read for the selected row: a refusal in place, a sak or a journalpost.

        ``forelopig``: the word shown for the løpenummer of a journalpost made offline.
        """
        if stoff.feil is not None:
            self.tom()
            self.tomt.setText(str(stoff.feil))  # e.g. shielded for you: said in place, not in a popup
        elif stoff.sak is not None:
            self.vis_sak(stoff.sak, historikk=stoff.historikk)
        elif stoff.jp is not None:
            jp = stoff.jp
            if stoff.forelopig_nummer:  # not yet on the server: "2026/12-(foreløpig 1)"
                jp = dataclasses.replace(jp, journalpostnummer=stoff.forelopig_nummer, lopenummer=forelopig)
            self.vis_journalpost(
                jp,
                oppgaver=stoff.oppgaver,
                historikk=stoff.historikk,
                oppgave=stoff.oppgave,
                dokumentrader=stoff.dokumentrader,
            )

    def sett_redigerbar(self, grunn: str | None) -> None:
        """Whether "Åpne for redigering" may be used here, and if not, why (its tooltip)."""
        self.dokumentliste.sett_redigerbar(grunn)

    def _slippsak(self, pos: QPoint) -> str | None:
        return self.saksnummer

    def _vis_oppgave(self, o: OppgaveInfo | None) -> None:
        self.oppgavefelt.setVisible(o is not None)
        if o is None:
            return
        farge = "#c62828" if o.ventet_dager >= 3 and o.status == "aktiv" else "#37618e"
        tekst = (
            f"<div style='background:#eef3f9; padding:6px'><b style='color:{farge}'>{_e(o.typenavn)}</b> "
            + _e(self.tr("fra %1 sendt %2").replace("%1", o.fra_navn).replace("%2", _d(o.sendt)))
            + " &nbsp; "
            + _e(self.tr("ventet %n dag(er)", "", o.ventet_dager))
        )
        if o.merknad:
            tekst += f"<br><i>{_e(o.merknad)}</i>"
        if o.gul_merknad:
            tekst += f"<br><span style='background:#fff3a6'>{_e(o.gul_merknad)}</span>"
        self.oppgavefelt.setText(tekst + "</div>")

    def vis_sak(self, sak: SakInfo, *, historikk: list[LoggInfo]) -> None:
        self.stabel.setCurrentIndex(1)
        self._vis_oppgave(None)
        tittel = _e(sak.tittel) + (
            f"<br><span style='font-size:10pt;color:#5f6b7a'>{_e(sak.tittel2)}</span>" if sak.tittel2 else ""
        )
        self.overskrift.setText(f"<span style='font-size:13pt;font-weight:600'>{tittel}</span>")
        rader = [
            (self.tr("Sak"), f"<b>{_e(sak.saksnummer)}</b>"),
            (
                self.tr("Status"),
                f"{_e(sak.status)} {_e(sak.statusnavn)}"
                + (" – " + _e(self.tr("avslutning bedt om")) if sak.avslutning_bedt else ""),
            ),
            (self.tr("Saksansvarlig"), _e(f"{sak.saksansvarlig_navn or '–'} ({sak.enhet or ''})")),
            (self.tr("Sakstype / dato"), f"{_e(sak.sakstype or '–')} / {_d(sak.saksdato)}"),
        ]
        if sak.klasseringer:
            rader.append(
                (
                    self.tr("Klassering"),
                    ", ".join(_e(f"{k['ordningsprinsipp']} {k['ordningsverdi']}") for k in sak.klasseringer),
                )
            )
        if sak.obs_dato:
            rader.append((self.tr("OBS-dato"), f"{_d(sak.obs_dato)} {_e(sak.obs_kommentar or '')}"))
        if sak.skjerming:
            rader.append(
                (
                    self.tr("Skjerming"),
                    f"<span style='color:#7a4fb5'>{_e(sak.skjerming.tilgangskode)} – "
                    f"{_e(sak.skjerming.hjemmel)}</span>",
                )
            )
        self._metadata(rader)
        self.saksnummer = sak.saksnummer
        self.jp = None
        self.dokumentliste.vis_sak(sak.journalposter)
        self._fyll_oppgaver([])
        self._fyll_merknader(sak.merknader)
        self._fyll_historikk(historikk)
        self._antall = (len(sak.journalposter), 0, len(sak.merknader), len(historikk))
        self.retranslate_ui()
        self.faner.setTabText(0, self.tr("Journalposter (%1)").replace("%1", str(len(sak.journalposter))))
        self.forhaandsvisning.ingen_tekst = self.tr("Dobbeltklikk en journalpost for å åpne den")
        self.dokumentliste.vis_pdf(None)

    def _fyll_oppgaver(self, oppgaver: list[OppgaveInfo]) -> None:
        self.oppgaver.clear()
        for o in oppgaver:
            it = QTreeWidgetItem([o.typenavn, o.fra, o.til, _d(o.sendt), o.svar or o.status, o.merknad or ""])
            if o.status in ("deaktivert", "fjernet"):
                f = it.font(0)
                f.setStrikeOut(True)
                for k in range(6):
                    it.setFont(k, f)
            self.oppgaver.addTopLevelItem(it)

    def _fyll_merknader(self, merknader) -> None:
        self.merknader.clear()
        for mk in merknader:
            it = QTreeWidgetItem(
                [_d(mk.tid), mk.av, self.tr("Gul lapp") if mk.type == "gul" else self.tr("Merknad"), mk.tekst]
            )
            if mk.type == "gul":
                for k in range(4):
                    it.setBackground(k, Qt.GlobalColor.yellow)
            self.merknader.addTopLevelItem(it)

    def _fyll_historikk(self, logg: list[LoggInfo]) -> None:
        self.historikk.clear()
        for r in reversed(logg):
            hvem = r.bruker or ""
            if r.paa_vegne_av:
                hvem += " " + self.tr("for %1").replace("%1", r.paa_vegne_av)
            self.historikk.addTopLevelItem(
                QTreeWidgetItem([_d(r.tid), hvem, r.handling, r.felt or "", r.fra or "", r.til or ""])
            )
        for k in range(5):
            self.historikk.resizeColumnToContents(k)

    # --- files dropped on a journalpost -----------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.jp is not None and vedleggsfiler(e.mimeData()):
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self.jp is not None and vedleggsfiler(e.mimeData()):
            e.acceptProposedAction()
        else:
            super().dragMoveEvent(e)

    def dropEvent(self, e: QDropEvent) -> None:  # noqa: N802 - Qt override
        filer = vedleggsfiler(e.mimeData())
        if self.jp is not None and filer:
            e.acceptProposedAction()
            self.sig_filer_sluppet.emit(self.jp.id, filer)
        else:
            super().dropEvent(e)

    @property
    def pdf_sider(self) -> int:
        """Pages in the preview (0 while nothing, or a conversion still running, is shown)."""
        return self.forhaandsvisning.sider
