"""The political actions in the window: a «Politisk behandling» menu on the selected journalpost
(Saksgang, Referer i utvalg, Sett opp på møte, Før vedtak, Bekreft vedtaksoppfølging, Delegert
vedtak), the Møtebord, the register of utvalg and the delegasjonsliste (app/views/politikk/register.py).

Each action is enabled from ``lesing.mulige`` (the same checks the services raise from) when
the selection changes, read off the UI thread; a disabled action says why in its status tip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.domain.feil import SaksbordFeil
from app.domain.regler import politikk as regler
from app.services.data import KurvRad
from app.services.politikk import behandling, lesing, mote, utvalg
from app.services.politikk.felles import BehandlingRad
from app.views.politikk.dialoger import RefererDialog, SaksgangDialog, Saksgangfane, VedtakDialog
from app.views.politikk.motebord import MotebordDialog
from app.views.politikk.register import DelegasjonslisteDialog, DelegertVedtakDialog, UtvalgDialog
from app.widgets.arbeider import Arbeider

if TYPE_CHECKING:
    from app.views.hovedvindu.kontekst import Vinduskontekst


#: The møtesekretær's kurv titles and group, as the services send them, for the left pane.
_KURVER = (
    QT_TRANSLATE_NOOP("KurvTre", "Klar til behandling"),
    QT_TRANSLATE_NOOP("KurvTre", "Neste møte"),
    QT_TRANSLATE_NOOP("KurvTre", "Til oppfølging"),
)


class Politikkhandlinger(QObject):
    """Owns the menu and its actions; ``oppdater(rad)`` follows the list's selection."""

    def __init__(self, ctx: Vinduskontekst, vindu: QMainWindow) -> None:
        super().__init__(vindu)
        self.ctx = ctx
        self.meny = QMenu(vindu)
        self.meny.setObjectName("meny_politikk")
        vindu.menuBar().addMenu(self.meny)
        self.handlinger: dict[str, QAction] = {}
        for navn, f in (
            ("saksgang", self.saksgang),
            ("referer", self.referer),
            ("sett_opp", self.sett_opp),
            ("vedtak", self.vedtak),
            ("oppfolging", self.oppfolging),
            ("delegert_vedtak", self.delegert_vedtak),
            ("motebord", self.motebord),
            ("utvalg", self.utvalgsregister),
            ("delegasjonsliste", self.delegasjonsliste),
        ):
            a = QAction(vindu)
            a.setObjectName(f"politikk_{navn}")
            a.triggered.connect(lambda _c=False, f=f: self.ctx.trygt(f))
            self.meny.addAction(a)
            if navn == "motebord":
                self.meny.insertSeparator(a)
            self.handlinger[navn] = a
        self.handlinger["motebord"].setShortcut(QKeySequence("Ctrl+Shift+M"))
        self._mulige: dict[str, BehandlingRad | str] = {}
        self._rad_naa: KurvRad | None = None
        self._arbeider = Arbeider(self, lesing=True)
        self._arbeider.sig_result.connect(self._on_lest)
        self._arbeider.sig_error.connect(lambda e: self.ctx.vis_feil(e if isinstance(e, BaseException) else str(e)))
        self.retranslate_ui()
        self.oppdater(None)

    def retranslate_ui(self) -> None:
        self.meny.setTitle(self.tr("&Politisk behandling"))
        for navn, tekst in (
            ("saksgang", self.tr("Saksgang …")),
            ("referer", self.tr("Referer i utvalg …")),
            ("sett_opp", self.tr("Sett opp på møte")),
            ("vedtak", self.tr("Før vedtak …")),
            ("oppfolging", self.tr("Bekreft vedtaksoppfølging")),
            ("delegert_vedtak", self.tr("Delegert vedtak …")),
            ("motebord", self.tr("Møtebord …")),
            ("utvalg", self.tr("Utvalg og medlemmer …")),
            ("delegasjonsliste", self.tr("Delegasjonsliste …")),
        ):
            self.handlinger[navn].setText(tekst)

    # --- enabling ---------------------------------------------------------------------

    def _on_data_changed(self, _art: str) -> None:
        """Something changed: the row's verdicts may have changed with it, so they wait (disabled) now.

        They are read again when the list, which the window reloads on every change, sends its row
        again (``oppdater``): one read per change, for the data after it, not a second one here.
        """
        rad, self._rad_naa = self._rad_naa, None  # a read under way is of the data before the change
        self._mulige = {}
        if rad is not None and rad.journalpost_id:
            venter = self.tr("Leser inn det valgte …")
            for navn in ("sett_opp", "vedtak", "oppfolging"):
                self._sett(navn, venter)

    @property
    def leser(self) -> bool:
        """The actions' verdicts for the current selection are being read."""
        return self._arbeider.opptatt

    def oppdater(self, rad: KurvRad | None) -> None:
        """Follow the selection: the verdicts are read off the UI thread (issue 11), the newest wins.

        Until they land the row's actions wait, disabled; the Møtebord keeps its last verdict.
        """
        self._rad_naa = rad
        jp_id = rad.journalpost_id if rad is not None else None
        self._mulige = {}
        ingen = self.tr("Velg en journalpost først")
        venter = self.tr("Leser inn det valgte …")
        self._sett(
            "saksgang",
            None if rad is not None and rad.type == "S" else self.tr("Saksgang gjelder et saksframlegg (S)"),
        )
        self._sett("referer", None if jp_id else ingen)
        ds = regler.TYPER_FOR["DS"]
        self._sett(
            "delegert_vedtak",
            ingen
            if not jp_id
            else None
            if rad is not None and (rad.type or "-") in ds
            else self.tr("Et delegert vedtak er en U, S eller X"),
        )
        self._sett("utvalg", None)
        self._sett("delegasjonsliste", None)
        for navn in ("sett_opp", "vedtak", "oppfolging"):
            self._sett(navn, venter if jp_id else ingen)
        tjeneste = self.ctx.tjeneste

        def les(progress, avbrutt) -> tuple[KurvRad | None, dict[str, BehandlingRad | str], bool]:
            mulige: dict[str, BehandlingRad | str] = {}
            if jp_id:
                try:
                    mulige = lesing.mulige(tjeneste, jp_id)
                except SaksbordFeil as e:
                    mulige = {n: str(e) for n in ("sett_opp", "vedtak", "oppfolging")}
            try:
                bord = lesing.motebord(tjeneste)
            except SaksbordFeil:
                bord = False
            return rad, mulige, bord

        self._arbeider.start(les)

    def _on_lest(self, svar: tuple[KurvRad | None, dict[str, BehandlingRad | str], bool]) -> None:
        rad, mulige, bord = svar
        if rad is not self._rad_naa:
            return  # the selection moved on while this was read
        self._mulige = mulige
        if rad is not None and rad.journalpost_id:
            ingen = self.tr("Velg en journalpost først")
            for navn in ("sett_opp", "vedtak", "oppfolging"):
                verdi = mulige.get(navn, ingen)
                self._sett(navn, verdi if isinstance(verdi, str) else None)
        self._sett("motebord", None if bord else self.tr("Bare for møtesekretæren"))

    def _sett(self, navn: str, grunn: str | None) -> None:
        a = self.handlinger[navn]
        a.setEnabled(grunn is None)
        a.setStatusTip(grunn or "")
        a.setToolTip(a.text().replace("&", "") + (f"\n{grunn}" if grunn else ""))

    def grunn(self, navn: str) -> str | None:
        a = self.handlinger[navn]
        return None if a.isEnabled() else a.statusTip()

    def _rad(self, navn: str) -> BehandlingRad:
        verdi = self._mulige.get(navn)
        if not isinstance(verdi, BehandlingRad):
            raise RuntimeError(f"{navn} er ikke mulig her")  # a bug: the action is disabled then
        return verdi

    # --- actions ----------------------------------------------------------------------

    def saksgang(self) -> None:
        endre_saksgang(self.ctx, self.ctx.jpnr())

    def referer(self) -> None:
        ctx = self.ctx
        jpnr = ctx.jpnr()
        d = RefererDialog(jpnr, ctx.hent(mote.liste_moter, fra=ctx.tjeneste.db.idag()), ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        for kode, dato in d.valgte():
            ctx.utfor("journalpost", behandling.referer, jpnr, utvalg=[kode], mote=dato, type_=d.type_())

    def sett_opp(self) -> None:
        self.ctx.utfor("journalpost", behandling.sett_opp, self._rad("sett_opp").utvalgssak_id)

    def vedtak(self) -> None:
        rad = self._rad("vedtak")
        d = VedtakDialog(rad, self.ctx.forelder)
        if self.ctx.kjor_dialog(d):
            self.ctx.utfor(
                "journalpost", behandling.fatt_vedtak, rad.id, status=d.status.currentData(),
                tekst=d.tekst.toPlainText(),
            )  # fmt: skip

    def oppfolging(self) -> None:
        self.ctx.utfor("alt", behandling.bekreft_oppfolging, self._rad("oppfolging").id)

    def motebord(self) -> None:
        rad = self._mulige.get("vedtak")
        self.ctx.kjor_dialog(
            MotebordDialog(self.ctx, mote_id=rad.mote_id if isinstance(rad, BehandlingRad) else None)
        )

    def delegert_vedtak(self) -> None:
        ctx = self.ctx
        jpnr = ctx.jpnr()
        d = DelegertVedtakDialog(jpnr, ctx.hent(utvalg.liste_utvalg), ctx.forelder)
        if ctx.kjor_dialog(d):
            ctx.utfor(
                "journalpost", behandling.ny_behandling, jpnr, utvalg=d.utvalg.currentData(), type_="DS"
            )

    def utvalgsregister(self) -> None:
        self.ctx.kjor_dialog(UtvalgDialog(self.ctx))

    def delegasjonsliste(self) -> None:
        self.ctx.kjor_dialog(DelegasjonslisteDialog(self.ctx))


def endre_saksgang(ctx: Vinduskontekst, jpnr: str) -> None:
    """The saksgang dialog for ``jpnr``, saved through the service (from the menu or the S card)."""
    d = SaksgangDialog(
        jpnr, ctx.hent(utvalg.liste_utvalg), ctx.hent(mote.liste_moter, fra=ctx.tjeneste.db.idag()),
        ctx.hent(lesing.saksgang, jpnr), ctx.forelder,
    )  # fmt: skip
    if ctx.kjor_dialog(d):
        ctx.utfor(
            "journalpost", behandling.sett_saksgang, jpnr, utvalg=d.valgte(), hjemmel=d.hjemmel.text(),
            melding_til=d.melding_til(), onsket_mote=d.onsket_mote(),
        )  # fmt: skip


def saksgangfane(ctx: Vinduskontekst, jpnr: str, *, kan_endre: bool) -> Saksgangfane:
    """The S card's Saksgang tab; «Endre saksgang» opens the same dialog as the menu."""
    return Saksgangfane(
        ctx.hent(lesing.saksgang, jpnr),
        (lambda: ctx.trygt(lambda: endre_saksgang(ctx, jpnr))) if kan_endre else None,
    )
