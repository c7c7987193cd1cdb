"""The archive's actions: journalfør, flytt, feilregistrer, rett, angre avskrivning, avslutt and
gjenåpne a sak, post from SvarInn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.services import arkivretting, journalposter, saker, visning
from app.views.dialoger import enkle
from app.views.hovedvindu.kontekst import Vinduskontekst


class Arkivhandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def handlinger(self) -> dict[str, Callable[[], object]]:
        return {
            "journalfor": self.journalfor,
            "flytt": self.flytt,
            "feilregistrer": self.feilregistrer,
            "rett_journalpost": self.rett_journalpost,
            "angre_avskrivning": self.angre_avskrivning,
            "rett_sak": self.rett_sak,
            "under_behandling": self.under_behandling,
            "avslutt_sak": self.avslutt_sak,
            "gjenaapne_sak": self.gjenaapne_sak,
            "hent_svarinn": self.hent_svarinn,
            "vis_svarinn": self.vis_svarinn,
        }

    def journalfor(self) -> None:
        """Journalføring locks the post: ask first (issue 20), so a slip of the mouse is not final."""
        ctx = self.ctx
        sporsmal = self.tr("Journalføre %1? Journalposten låses; etterpå kan bare arkivet rette den.")
        if ctx.sporsmal(self.tr("Journalfør"), sporsmal.replace("%1", ctx.jpnr())):
            ctx.utfor("journalpost", journalposter.journalfor, ctx.jp_id())

    def flytt(self) -> None:
        ctx = self.ctx
        d = enkle.FlyttDialog(ctx.jpnr(), ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor("journalpost", journalposter.flytt, ctx.jp_id(), til_sak=d.sak.text().strip())

    def feilregistrer(self) -> None:
        ctx = self.ctx
        d = enkle.TekstDialog(
            self.tr("Feilregistrer %1").replace("%1", ctx.jpnr()),
            self.tr("Grunn"),
            ctx.forelder,
            ok=self.tr("Feilregistrer"),
        )
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor("journalpost", journalposter.feilregistrer, ctx.jp_id(), grunn=d.verdi() or None)

    def rett_journalpost(self) -> None:
        """The archive corrects a journalpost in any status: title, dates, parties, with a reason."""
        from app.views.dialoger.arkivretting import RettJournalpostDialog

        ctx = self.ctx
        d = RettJournalpostDialog(ctx.hent(visning.vis_journalpost, ctx.jp_id()), ctx.forelder)
        if ctx.kjor_dialog(d):
            ctx.utfor(
                "journalpost",
                arkivretting.rett_journalpost,
                ctx.jp_id(),
                grunn=d.grunn.text(),
                **d.endringer(),
            )

    def angre_avskrivning(self) -> None:
        ctx = self.ctx
        d = enkle.TekstDialog(
            self.tr("Angre avskrivning på %1").replace("%1", ctx.jpnr()),
            self.tr("Grunn"),
            ctx.forelder,
            paakrevd=True,
            ok=self.tr("Angre avskrivningen"),
            forklaring=self.tr("Den siste avskrivningen fjernes, og restansen kommer tilbake."),
        )
        if ctx.kjor_dialog(d):
            ctx.utfor("journalpost", arkivretting.angre_avskrivning, ctx.jp_id(), grunn=d.verdi())

    def rett_sak(self) -> None:
        from app.views.dialoger.arkivretting import RettSakDialog

        ctx = self.ctx
        saksnr = ctx.saksnr()
        d = RettSakDialog(ctx.hent(visning.vis_sak, saksnr), ctx.forelder)
        if ctx.kjor_dialog(d):
            ctx.utfor("sak", arkivretting.rett_sak, saksnr, grunn=d.grunn.text(), **d.endringer())

    def under_behandling(self) -> None:
        """R → B asks for the proposed tilgangskode (none allowed), as the archive checks the sak."""
        from app.views.dialoger.arkivretting import UnderBehandlingDialog

        ctx = self.ctx
        saksnr = ctx.saksnr()
        d = UnderBehandlingDialog(ctx.hent(visning.vis_sak, saksnr), ctx.forelder)
        if ctx.kjor_dialog(d):
            v = d.skjermingsvalg.verdi()
            ctx.utfor(
                "sak",
                saker.sett_saksstatus,
                saksnr,
                "B",
                tilgangskode=v.kode or "",
                hjemmel=v.hjemmel,
                nivaa=v.nivaa,
            )

    def avslutt_sak(self) -> None:
        ctx = self.ctx
        saksnr = ctx.saksnr()
        if ctx.sporsmal(self.tr("Avslutt sak"), self.tr("Avslutte sak %1?").replace("%1", saksnr)):
            ctx.utfor("sak", saker.sett_saksstatus, saksnr, "A")

    def gjenaapne_sak(self) -> None:
        ctx = self.ctx
        saksnr = ctx.saksnr()
        if ctx.sporsmal(self.tr("Gjenåpne sak"), self.tr("Gjenåpne sak %1?").replace("%1", saksnr)):
            ctx.utfor("sak", saker.sett_saksstatus, saksnr, "B")

    def hent_svarinn(self) -> None:
        from app.views.svarinn import hent_fra_svarinn

        hent_fra_svarinn(self.ctx)

    def vis_svarinn(self) -> None:
        from app.views.svarinn import vis_svarinn

        vis_svarinn(self.ctx)
