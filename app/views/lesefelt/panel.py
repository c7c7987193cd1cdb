"""The right pane: the selected journalpost, task or sak, with its documents previewed."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.data import DokumentInfo, JournalpostInfo, LoggInfo, OppgaveInfo, Part, SakInfo
from app.services.dokumenter import Dokumentrad
from app.views.lesefelt.forhaandsvisning import Forhaandsvisning, kan_konverteres
from app.widgets.epostmaal import EpostMaal
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


def _tre(kolonner: list[str], navn: str) -> QTreeWidget:
    t = QTreeWidget()
    t.setObjectName(navn)
    t.setRootIsDecorated(False)
    t.setAlternatingRowColors(True)
    t.setUniformRowHeights(True)
    t.setHeaderLabels(kolonner)
    t.header().setStretchLastSection(True)
    return t


DokRolle = Qt.ItemDataRole.UserRole + 6
VariantRolle = Qt.ItemDataRole.UserRole + 7
SjekksumRolle = Qt.ItemDataRole.UserRole + 8
NavnRolle = Qt.ItemDataRole.UserRole + 9


class Lesefelt(EpostMaal, QWidget):
    sig_journalpost_aapnet = Signal(int)
    """The user double-clicked a journalpost inside a sak."""
    sig_rediger_dokument = Signal(int)
    """"Åpne for redigering" on a document: its dokument id."""
    sig_epost_sluppet = Signal(str, QMimeData)
    """E-mail was dropped on the pane of a sak or one of its journalposter: (saksnummer, mime)."""
    sig_arkiver_igjen = Signal(int)
    """"Prøv igjen" on a document whose arkivformat failed: the journalpost's id."""

    def __init__(self, hent_innhold: Callable[[int], tuple[str, bytes]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lesefelt")
        self._hent_innhold = hent_innhold
        self.feilmelding: Callable[[Exception], None] | None = None
        self.hent_dokumentrader: Callable[[int], list] | None = None
        """services.dokumenter.liste for a journalpost id (arkivformat status, who has it checked out)."""

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

        self.dokumenter = _tre([], "dokumentliste")
        self.rediger = QPushButton()
        self.rediger.setObjectName("rediger_dokument")
        self.rediger.clicked.connect(self._on_rediger_clicked)
        self.rediger_grunn: str | None = None
        self.arkiver_igjen = QPushButton()
        self.arkiver_igjen.setObjectName("arkiver_igjen")
        self.arkiver_igjen.setVisible(False)
        self.arkiver_igjen.clicked.connect(
            lambda: self.jp is not None and self.sig_arkiver_igjen.emit(self.jp.id)
        )
        self.arkivfeil = QLabel()
        self.arkivfeil.setObjectName("arkivfeil")
        self.arkivfeil.setWordWrap(True)
        self.arkivfeil.setStyleSheet("color:#c62828")
        self.arkivfeil.setVisible(False)
        self.dokumentknapper = QWidget()
        knapper = QHBoxLayout(self.dokumentknapper)
        knapper.setContentsMargins(0, 0, 0, 0)
        knapper.addWidget(self.arkivfeil, 1)
        knapper.addWidget(self.arkiver_igjen)
        knapper.addWidget(self.rediger)
        self.dokumenter.currentItemChanged.connect(self._on_dokument_valgt)
        self.dokumenter.itemDoubleClicked.connect(self._on_dokument_dobbeltklikk)
        self.forhaandsvisning = Forhaandsvisning()
        self.pdf = self.forhaandsvisning.pdf
        self.pdfvisning = self.forhaandsvisning.pdfvisning
        self.ingen_visning = self.forhaandsvisning.ingen_visning
        dokliste = QWidget()
        doklag = QVBoxLayout(dokliste)
        doklag.setContentsMargins(0, 2, 0, 0)
        doklag.setSpacing(2)
        doklag.addWidget(self.dokumentknapper)
        doklag.addWidget(self.dokumenter)
        dok = QSplitter(Qt.Orientation.Vertical)
        dok.addWidget(dokliste)
        dok.addWidget(self.forhaandsvisning)
        dok.setStretchFactor(0, 1)
        dok.setStretchFactor(1, 4)
        dok.setSizes([120, 400])

        self.oppgaver = _tre([], "oppgaveliste")
        self.merknader = _tre([], "merknadliste")
        self.merknader.setWordWrap(True)
        self.historikk = _tre([], "historikkliste")
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
        self._sak_jp: dict[int, int] = {}
        self._arkivrad: dict[int, QTreeWidgetItem] = {}
        """dokument id → its arkivformat row, which a production row previews when it exists."""
        self._antall = (0, 0, 0, 0)
        self.idag = date.today()
        self.retranslate_ui()
        self.tom()

    def retranslate_ui(self) -> None:
        self.tomt.setText(self.tr("Velg en journalpost, oppgave eller sak i listen"))
        self.forhaandsvisning.ingen_tekst = self.tr("Ingen forhåndsvisning")
        if self.forhaandsvisning.currentIndex() == 0 and not self.forhaandsvisning.konverterer:
            self.ingen_visning.setText(self.forhaandsvisning.ingen_tekst)
        self.rediger.setText(self.tr("Åpne for redigering"))
        self.arkiver_igjen.setText(self.tr("Prøv igjen"))
        self.arkiver_igjen.setToolTip(self.tr("Lag arkivformat på nytt for dokumentene der det feilet"))
        self._sett_rediger()
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
        self.dokumenter.setAccessibleName(self.tr("Dokumenter"))
        self.pdfvisning.setAccessibleName(self.tr("Forhåndsvisning av dokument"))

    # --- content ------------------------------------------------------------

    def tom(self) -> None:
        self.tomt.setText(self.tr("Velg en journalpost, oppgave eller sak i listen"))
        self.stabel.setCurrentIndex(0)
        self.saksnummer = None
        self.jp = None
        self._vis_pdf(None)

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
    ) -> None:
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
        self.dokumentknapper.setVisible(True)
        forste = self._fyll_dokumenter(jp.dokumenter)
        self._fyll_oppgaver(oppgaver)
        self._fyll_merknader(jp.merknader)
        self._fyll_historikk(historikk)
        self._antall = (len(jp.dokumenter), len(oppgaver), len(jp.merknader), len(historikk))
        self.retranslate_ui()
        if jp.skjermet_for_deg and not jp.dokumenter:
            self.forhaandsvisning.ingen_tekst = self.tr("Dokumentene er skjermet for deg")
        self.dokumenter.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dokumenter.header().setStretchLastSection(False)
        for k in (1, 2, 3):
            self.dokumenter.header().setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
        if forste is not None:
            self.dokumenter.setCurrentItem(forste)
        else:
            self._vis_pdf(None)

    def _fyll_dokumenter(self, dokumenter: list[DokumentInfo]) -> QTreeWidgetItem | None:
        """Newest version of each document and variant on top, earlier versions folded under it.

        Returns the row to preview first: the first document's production row (whose preview is
        its newest arkivformat when it has one).
        """
        self.dokumenter.clear()
        self.dokumenter.setHeaderLabels(
            [self.tr("Dokument"), self.tr("Versjon"), self.tr("Variant"), self.tr("Arkivformat")]
        )
        self._sak_jp = {}
        self._arkivrad = {}
        status = self._arkivstatus()
        grupper: dict[tuple[int, str], list[DokumentInfo]] = {}
        for d in dokumenter:
            grupper.setdefault((d.id, d.variant), []).append(d)
        rekkefolge = {dok_id: i for i, (dok_id, _v) in reversed(list(enumerate(grupper)))}
        forste = None
        for (dok_id, variant), versjoner in sorted(
            grupper.items(), key=lambda g: (rekkefolge[g[0][0]], g[0][1] == "arkivformat")
        ):
            versjoner.sort(key=lambda d: d.versjon, reverse=True)
            topp = self._dokumentrad(versjoner[0])
            self.dokumenter.addTopLevelItem(topp)
            for eldre in versjoner[1:]:
                topp.addChild(self._dokumentrad(eldre))
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
        if forste is None and self.dokumenter.topLevelItemCount():
            forste = self.dokumenter.topLevelItem(0)
        return forste

    def _arkivstatus(self) -> dict[int, Dokumentrad]:
        """services.dokumenter.liste for the journalpost shown, by dokument id (empty when unknown)."""
        if self.hent_dokumentrader is None or self.jp is None:
            return {}
        try:
            return {r.id: r for r in self.hent_dokumentrader(self.jp.id)}
        except Exception as e:  # shielded documents and the like: the list still shows what it can
            log.info("Dokumentstatus for %s ble ikke lest: %s", self.jp.journalpostnummer, e)
            return {}

    def _vis_arkivstatus(self, it: QTreeWidgetItem, rad) -> None:
        if rad is None:
            return
        tekst = {
            "ok": self.tr("laget"),
            "venter": self.tr("lages"),
            "feilet": self.tr("feilet"),
        }.get(rad.arkivstatus, "")
        it.setText(3, tekst)
        tips = []
        if rad.arkivstatus == "feilet":
            it.setForeground(3, QColor("#c62828"))
            tips.append(rad.arkivfeil or "")
        if rad.utsjekket_av:
            tips.append(
                self.tr("Sjekket ut av %1 %2")
                .replace("%1", rad.utsjekket_av)
                .replace("%2", _d(rad.utsjekket))
            )
        if tips:
            it.setToolTip(3, "\n".join(tips))

    def _dokumentrad(self, d: DokumentInfo) -> QTreeWidgetItem:
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

    def sett_redigerbar(self, grunn: str | None) -> None:
        """Whether "Åpne for redigering" may be used here, and if not, why (its tooltip)."""
        self.rediger_grunn = grunn
        self._sett_rediger()

    def _sett_rediger(self) -> None:
        it = self.dokumenter.currentItem()
        grunn = self.rediger_grunn
        if grunn is None and (it is None or it.data(0, DokRolle) is None):
            grunn = self.tr("Velg et dokument først")
        self.rediger.setEnabled(grunn is None)
        hint = self.tr("Åpner siste versjon i sitt program; lagrer du, tilbys innsjekking av ny versjon")
        self.rediger.setToolTip(hint if grunn is None else f"{hint}\n{grunn}")

    def _on_rediger_clicked(self) -> None:
        it = self.dokumenter.currentItem()
        if it is not None and it.data(0, DokRolle) is not None:
            self.sig_rediger_dokument.emit(int(it.data(0, DokRolle)))

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
        self.dokumentknapper.setVisible(False)
        self.dokumenter.clear()
        self.dokumenter.setHeaderLabels([self.tr("Journalpost"), self.tr("Type"), self.tr("Tittel")])
        self._sak_jp = {}
        for jp in sak.journalposter:
            it = QTreeWidgetItem([jp.journalpostnummer, f"{jp.type} {jp.status}", jp.tittel])
            it.setData(0, Qt.ItemDataRole.UserRole + 5, jp.id)
            self.dokumenter.addTopLevelItem(it)
        self.dokumenter.header().setStretchLastSection(True)
        self.arkivfeil.setVisible(False)
        self.arkiver_igjen.setVisible(False)
        self._fyll_oppgaver([])
        self._fyll_merknader(sak.merknader)
        self._fyll_historikk(historikk)
        self._antall = (len(sak.journalposter), 0, len(sak.merknader), len(historikk))
        self.retranslate_ui()
        self.faner.setTabText(0, self.tr("Journalposter (%1)").replace("%1", str(len(sak.journalposter))))
        self.forhaandsvisning.ingen_tekst = self.tr("Dobbeltklikk en journalpost for å åpne den")
        self._vis_pdf(None)

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

    # --- preview ------------------------------------------------------------

    def _on_dokument_valgt(self, it: QTreeWidgetItem | None, _forrige=None) -> None:
        """A PDF as it is; a document's row shows its newest arkivformat when it has one; an office
        file is converted for the preview in the background; anything else says there is none."""
        self._sett_rediger()
        if it is None or it.data(0, Qt.ItemDataRole.UserRole) is None:
            self._vis_pdf(None)
            return
        arkiv = self._arkivrad.get(it.data(0, DokRolle)) if it.parent() is None else None
        if arkiv is not None:
            it = arkiv
        format_ = str(it.data(1, Qt.ItemDataRole.UserRole) or "")
        if format_ != "pdf" and not kan_konverteres(format_):
            self._vis_pdf(None)
            return
        try:
            _navn, data = self._hent_innhold(int(it.data(0, Qt.ItemDataRole.UserRole)))
        except Exception as e:
            self._vis_pdf(None)
            if self.feilmelding:
                self.feilmelding(e)
            return
        if format_ == "pdf":
            self._vis_pdf(data)
        else:
            self.forhaandsvisning.vis_kontorfil(
                data, str(it.data(0, NavnRolle)), str(it.data(0, SjekksumRolle))
            )

    def _on_dokument_dobbeltklikk(self, it: QTreeWidgetItem, _kol: int) -> None:
        jp_id = it.data(0, Qt.ItemDataRole.UserRole + 5)
        if jp_id is not None:
            self.sig_journalpost_aapnet.emit(int(jp_id))

    def _vis_pdf(self, data: bytes | None) -> None:
        if data:
            self.forhaandsvisning.vis_pdf(data)
        else:
            self.forhaandsvisning.vis_ingen()

    @property
    def pdf_sider(self) -> int:
        """Pages in the preview (0 while nothing, or a conversion still running, is shown)."""
        return self.forhaandsvisning.sider
