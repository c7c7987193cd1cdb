"""Actions on tasks: send one, answer (behandle) it, deactivate or remove it, ask the archive to correct."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.services import oppgaver
from app.views.dialoger import enkle
from app.views.hovedvindu.kontekst import Vinduskontekst


class Oppgavehandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def handlinger(self) -> dict[str, Callable[[], object]]:
        ctx = self.ctx
        return {
            "send_oppgave": self.send,
            "behandle_oppgave": self.behandle,
            "deaktiver_oppgave": lambda: ctx.utfor("oppgave", oppgaver.deaktiver_oppgave, ctx.rad.id),
            "fjern_oppgave": lambda: ctx.utfor("oppgave", oppgaver.fjern_oppgave, ctx.rad.id),
            "be_arkivet_rette": self.be_arkivet_rette,
        }

    def send(self) -> None:
        """Send a task (godkjenning, uttalelse, kopi …) on the selected journalpost or sak to a colleague."""
        ctx = self.ctx
        rad = ctx.rad
        d = enkle.SendOppgaveDialog(
            rad.journalpostnummer or rad.saksnummer or "",
            ctx.andre_brukere(),
            ctx.forelder,
            enhet=ctx.min_enhet(),
        )
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor(
            "oppgave",
            oppgaver.send_oppgave,
            type_=d.type.currentData(),
            til=d.til.currentData(),
            jpnr=rad.journalpost_id,
            merknad=d.merknad.toPlainText().strip() or None,
            gul_merknad=d.gul.text().strip() or None,
        )

    def behandle(self) -> None:
        """Answer the selected task (Godkjent, Ikke godkjent, Videresend …); an approval that ferdigstiller
        starts its arkivformat."""
        ctx = self.ctx
        o = ctx.oppgave  # read on the reading lane with the action's verdict; at once only before it lands
        if o is None or o.id != ctx.rad.id:
            o = ctx.hent(oppgaver.vis_oppgave, ctx.rad.id)
        d = enkle.BehandleOppgaveDialog(o, ctx.andre_brukere(), ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        svar, til, merknad = d.valgt_svar(), d.til.currentData(), d.merknad.toPlainText().strip() or None
        ctx.utfor(
            "oppgave",
            oppgaver.svar_oppgave,
            o.id,
            svar=svar,
            til=til,
            merknad=merknad,
            etter=lambda _r: self._kanskje_laast(o.journalpost_id),  # an approval may have ferdigstilt it
        )

    def be_arkivet_rette(self) -> None:
        """A locked journalpost is wrong: the archive gets a task in Beskjed til dokumentsenteret."""
        ctx = self.ctx
        d = enkle.TekstDialog(
            self.tr("Be arkivet rette %1").replace("%1", ctx.jpnr()),
            self.tr("Hva skal rettes?"),
            ctx.forelder,
            paakrevd=True,
            sak_etikett=self.tr("Flytt til sak (valgfritt)"),
            ok=self.tr("Send til arkivet"),
            forklaring=self.tr("Arkivet får en oppgave i Beskjed til dokumentsenteret."),
        )
        if not ctx.kjor_dialog(d):
            return
        hva, til_sak = d.verdi(), d.sak.text().strip() or None
        ctx.utfor("oppgave", oppgaver.be_arkivet_rette, ctx.jp_id(), hva=hva, til_sak=til_sak)

    def _kanskje_laast(self, jp_id: int | None) -> None:
        """After a task answer: the journalpost may now be locked, so its arkivformat may be due."""
        if jp_id is not None:
            self.ctx.sig_laast.emit(jp_id)
