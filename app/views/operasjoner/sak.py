"""Actions on a sak: create, edit, OBS, merknad (on the sak or a journalpost), meld utgår, be om avslutning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.services import handlinger, saker, visning
from app.services.arbeid import Kontekst
from app.services.data import Resultat
from app.views.dialoger import enkle
from app.views.dialoger.kort import SakKort
from app.views.hovedvindu.kontekst import Vinduskontekst


class Sakshandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def handlinger(self) -> dict[str, Callable[[], object]]:
        return {
            "ny_sak": self.ny,
            "obs": self.obs,
            "merknad": self.merknad,
            "meld_utgaar": self.meld_utgaar,
            "be_om_avslutning": self.be_om_avslutning,
        }

    def ny(self) -> None:
        """Ny sak; similar titles are shown while the user types, so a duplicate is seen before it exists."""
        ctx = self.ctx
        d = SakKort(
            ctx.brukerliste(),
            ctx.forelder,
            lignende=lambda t: ctx.hent(saker.lignende_saker, t),
            meg=ctx.meg.get("initialer"),
        )
        if not ctx.kjor_dialog(d):
            return
        v = d.verdier()
        ctx.utfor(
            "sak",
            saker.opprett_sak,
            tittel=v.tittel,
            tittel2=v.tittel2,
            sakstype=v.sakstype,
            saksansvarlig=v.saksansvarlig,
            klasse=v.klasse,
            ordningsprinsipp=v.ordningsprinsipp,
            tilgangskode=v.skjerming.kode,
            hjemmel=v.skjerming.hjemmel,
            nivaa=v.skjerming.nivaa,
        )

    def rediger(self, sak_id: int) -> None:
        """The sak card: edit what the user may, or read it (with the reason) when it is locked."""
        ctx = self.ctx
        sak = ctx.hent(visning.vis_sak, sak_id)
        laast = ctx.hent(handlinger.mulige_handlinger, sak_id=sak_id).get("endre_sak")
        d = SakKort(
            ctx.brukerliste(),
            ctx.forelder,
            sak=sak,
            historikk=ctx.hent(visning.historikk, sak.saksnummer),
            laast=laast,
        )
        if not ctx.kjor_dialog(d) or laast:
            return
        v = d.verdier()

        def lagre(tjeneste: Kontekst) -> Resultat:
            res = saker.endre_sak(
                tjeneste,
                sak.saksnummer,
                tittel=v.tittel,
                tittel2=v.tittel2 or "",
                sakstype=v.sakstype,
                saksansvarlig=v.saksansvarlig,
            )
            if v.skjerming_endret:
                saker.skjerm_sak(
                    tjeneste,
                    sak.saksnummer,
                    kode=v.skjerming.kode,
                    hjemmel=v.skjerming.hjemmel,
                    nivaa=v.skjerming.nivaa,
                )
            return res

        ctx.utfor("sak", lagre)

    def obs(self) -> None:
        ctx = self.ctx
        sak = ctx.hent(visning.vis_sak, ctx.rad.sak_id)
        d = enkle.ObsDialog(sak.saksnummer, sak.obs_dato, sak.obs_kommentar, ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        dato, kommentar = d.verdi(), d.kommentar.text().strip() or None
        ctx.utfor("sak", saker.sett_obs, sak.saksnummer, dato=dato, kommentar=kommentar)

    def merknad(self) -> None:
        """A merknad on the selected journalpost (formal or a yellow note), or on the sak."""
        ctx = self.ctx
        rad = ctx.rad
        paa_jp = bool(rad.journalpost_id)
        d = enkle.MerknadDialog(ctx.jpnr(rad) if paa_jp else ctx.saksnr(), ctx.forelder, gul_mulig=paa_jp)
        if not ctx.kjor_dialog(d):
            return
        tekst, gul = d.tekst.toPlainText().strip(), d.gul.isChecked()
        if paa_jp:
            ctx.utfor("journalpost", saker.legg_til_merknad, tekst=tekst, jpnr=rad.journalpostnummer, gul=gul)
        else:
            ctx.utfor("sak", saker.legg_til_merknad, tekst=tekst, saksnr=ctx.saksnr())

    def meld_utgaar(self) -> None:
        ctx = self.ctx
        saksnr = ctx.saksnr()
        d = enkle.TekstDialog(
            self.tr("Meld sak %1 utgår").replace("%1", saksnr),
            self.tr("Grunn"),
            ctx.forelder,
            ok=self.tr("Meld utgår"),
        )
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor("sak", saker.meld_utgaar, saksnr, grunn=d.verdi() or None)

    def be_om_avslutning(self) -> None:
        ctx = self.ctx
        saksnr = ctx.saksnr()
        d = enkle.TekstDialog(
            self.tr("Be om avslutning av sak %1").replace("%1", saksnr),
            self.tr("Merknad"),
            ctx.forelder,
            ok=self.tr("Send til arkivet"),
        )
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor("sak", saker.be_om_avslutning, saksnr, merknad=d.verdi() or None)
