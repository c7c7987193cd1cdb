"""Actions on a journalpost: register, edit, avskriv, besvar, ferdigstill, fordel, skjerm (ekspeder: ekspedering.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.domain.koder import AVSKRIVNINGSMAATER
from app.services import avskrivning, handlinger, journalposter, kurver, maler, visning
from app.services.arbeid import Kontekst
from app.services.data import Resultat
from app.services.journalposter import NyJournalpost
from app.views import politikk
from app.views.dialoger import enkle, partoppslag
from app.views.dialoger.dokumentfane import Dokumentfane
from app.views.dialoger.kort import JournalpostKortDialog
from app.views.dialoger.malvalg import MalvalgDialog
from app.views.hovedvindu.kontekst import Vinduskontekst


def _typer_for(kode: str) -> str:
    """The journalposttyper an avskrivningskode applies to (e.g. "IUN")."""
    return next((a.typer for a in AVSKRIVNINGSMAATER if a.kode == kode), "")


class Journalposthandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.lag_dokumentfane: Callable[[int, str | None], Dokumentfane] | None = None
        """Builds the card's Dokumenter tab (operasjoner/dokumentordning.py; the window wires it)."""

    def handlinger(self) -> dict[str, Callable[[], object]]:
        ctx = self.ctx
        return {
            "ny_journalpost": self.ny,
            "avskriv": self.avskriv,
            "besvar": lambda: self.besvar("avskriv"),
            "forelopig_svar": lambda: self.besvar("forelopig"),
            "besvar_uten": lambda: self.besvar("uten"),
            "ferdigstill": self.ferdigstill,
            "fordel": self.fordel,
            "bruk_foreslatt_avsender": lambda: ctx.utfor(
                "journalpost", journalposter.bruk_foreslatt_avsender, ctx.jp_id()
            ),
            "offentlighetsvurder": self.offentlighetsvurder,
        }

    def ferdigstill(self) -> None:
        """Ferdigstill; then its documents get arkivformat in the background."""
        ctx = self.ctx
        jp_id = ctx.jp_id()
        ctx.utfor("journalpost", journalposter.ferdigstill, jp_id, etter=lambda _r: ctx.sig_laast.emit(jp_id))

    def ny(self) -> None:
        """Ny journalpost: in the selected sak when the user may add to it, otherwise the sak is asked for."""
        ctx = self.ctx
        saksnr = ctx.valg.saksnummer if ctx.valg else None
        if ctx.valg and ctx.mulige.get("ny_journalpost"):
            saksnr = None
        d = JournalpostKortDialog(ctx.brukerliste(), ctx.forelder, saksnr=saksnr)
        partoppslag.koble_til(d.parter, ctx.tjeneste)
        if not ctx.kjor_dialog(d):
            return
        v = d.verdier()
        ny = NyJournalpost(
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
        )
        mal = None
        if ny.type in "UNXS":
            valg = MalvalgDialog(
                self.tr("Hoveddokument fra mal"), ctx.hent(maler.liste, type_=ny.type), ctx.forelder
            )
            if not ctx.kjor_dialog(valg):
                return
            mal = valg.mal.valgt()
        ctx.utfor("journalpost", journalposter.registrer_journalpost, ny, mal=mal)

    def aapne(self, jp_id: int) -> None:
        """The registreringsbilde: edit what the status allows, skjerming where the user may set it."""
        ctx = self.ctx
        jp = ctx.hent(visning.vis_journalpost, jp_id)
        mulige = ctx.hent(handlinger.mulige_handlinger, journalpost_id=jp_id)
        laast = mulige.get("endre_journalpost")
        d = JournalpostKortDialog(
            ctx.brukerliste(),
            ctx.forelder,
            jp=jp,
            historikk=ctx.hent(visning.historikk, jp.journalpostnummer),
            laast=laast,
            dokumentfane=self._dokumentfane(jp_id, mulige.get("sjekk_inn")),
        )
        partoppslag.koble_til(d.parter, ctx.tjeneste)
        if jp.type == "S":  # the saksgang of a saksframlegg (app/views/politikk)
            fane = politikk.saksgangfane(
                ctx, jp.journalpostnummer, kan_endre=not mulige.get("endre_journalpost")
            )
            d.faner.insertTab(3, fane, self.tr("Saksgang"))
        if not ctx.kjor_dialog(d):
            return
        v = d.verdier()

        def lagre(tjeneste: Kontekst) -> Resultat | None:
            res = None
            if not laast:
                p = v.parter if v.parter_endret else {}
                res = journalposter.endre_journalpost(
                    tjeneste,
                    jp.id,
                    tittel=v.tittel,
                    tittel2=v.tittel2 or "",
                    dokumentdato=v.dokumentdato,
                    forfallsdato=v.forfallsdato,
                    avsendere=p.get("avsender"),
                    mottakere=p.get("mottaker"),
                    kopimottakere=p.get("kopimottaker"),
                    versjon=jp.versjon,
                    type=v.type if v.type != jp.type else None,
                )
            if v.skjerming_endret:
                res = journalposter.skjerm_journalpost(
                    tjeneste,
                    jp.id,
                    kode=v.skjerming.kode,
                    hjemmel=v.skjerming.hjemmel,
                    nivaa=v.skjerming.nivaa,
                )
            return res

        ctx.utfor("journalpost", lagre)

    def _dokumentfane(self, jp_id: int, grunn: str | None) -> Dokumentfane:
        """The card's Dokumenter tab; adding and arranging store at once (operasjoner/dokumentordning.py)."""
        if self.lag_dokumentfane is None:
            raise RuntimeError("Dokumentfanen er ikke koblet til")  # a bug: the window wires it
        return self.lag_dokumentfane(jp_id, grunn)

    def avskriv(self) -> None:
        """Avskriv one or several journalposter; with mixed types only the codes valid for all are offered."""
        ctx = self.ctx
        rader = ctx.jp_rader()
        typer = {r.type for r in rader if r.type}
        koder = ctx.hent(avskrivning.gyldige_koder, rader[0].type or "I")
        if len(typer) > 1:
            koder = [k for k in koder if all(t in _typer_for(k["kode"]) for t in typer)]
        d = enkle.AvskrivDialog([ctx.jpnr(r) for r in rader], koder, ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        kode, merknad = d.kode.currentData(), d.merknad.toPlainText().strip() or None
        ider = [r.journalpost_id for r in rader]
        ctx.utfor("journalpost", avskrivning.avskriv, ider, kode=kode, merknad=merknad)

    def besvar_paa(self, jpnr: str) -> None:
        """Besvar og avskriv on a post named by number (the import summary's button)."""
        jp = self.ctx.hent(visning.vis_journalpost, jpnr)
        rader = self.ctx.hent(kurver.kurv_rader, "journalpost", [jp.id]) if jp else None
        if rader:
            self.besvar("avskriv", rader=rader)

    def besvar(self, maate: str, *, rader: list | None = None) -> None:
        """Besvar og avskriv, Foreløpig svar or Besvar uten å avskrive: a new U in Dokumenter i arbeid.

        The new answer is then shown selected in Dokumenter i arbeid, ready for the next step.
        """
        ctx = self.ctx
        rader = rader or ctx.jp_rader()
        navn = {
            "avskriv": self.tr("Besvar og avskriv"),
            "forelopig": self.tr("Foreløpig svar"),
            "uten": self.tr("Besvar uten å avskrive"),
        }[maate]
        forslag = self.tr("Foreløpig svar: ") if maate == "forelopig" else self.tr("Svar: ")
        svartype = "U" if any(r.type == "I" for r in rader) else "N"
        handling = "forelopig-svar" if maate == "forelopig" else None
        d = enkle.BesvarDialog(
            f"{navn} – {', '.join(ctx.jpnr(r) for r in rader)}",
            forslag + rader[0].tittel,
            ctx.forelder,
            maler=ctx.hent(maler.liste, type_=svartype, handling=handling),
        )
        if not ctx.kjor_dialog(d):
            return
        tittel, merknad = d.tittel.text().strip(), d.merknad.toPlainText().strip() or None
        ider = [r.journalpost_id for r in rader]
        ctx.utfor(
            "journalpost",
            avskrivning.besvar,
            ider,
            tittel=tittel,
            maate=maate,
            merknad=merknad,
            mal=d.mal.valgt(),
            etter=lambda r: ctx.vis_i_kurv("dokumenter-i-arbeid", getattr(r, "id", None)),
        )

    def fordel(self) -> None:
        ctx = self.ctx
        d = enkle.FordelDialog(ctx.jpnr(), ctx.brukerliste(), ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        ctx.utfor("journalpost", journalposter.fordel, ctx.jp_id(), til=d.til.currentData())

    def offentlighetsvurder(self) -> None:
        """The leader's offentlighetsvurdering of an M/XX post: the right code, or none."""
        ctx = self.ctx
        d = enkle.OffentlighetDialog(ctx.jpnr(), ctx.forelder)
        if not ctx.kjor_dialog(d):
            return
        v = d.skjerming.verdi()
        ctx.utfor(
            "journalpost",
            journalposter.offentlighetsvurder,
            ctx.jp_id(),
            kode=v.kode,
            hjemmel=v.hjemmel,
            nivaa=v.nivaa,
        )
