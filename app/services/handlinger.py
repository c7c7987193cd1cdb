"""Which actions the acting user may take on a journalpost, a sak or a task, and why not.

The window enables a button only when the action would pass, and shows the
refusal as its tooltip. Every answer comes from the same rule functions the
services call (app/domain/regler.py, app/services/tilgang.py); a check that
fails raises the same ``SaksbordFeil`` the service would raise, and its
message becomes the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import IngenTilgang, SaksbordFeil, UgyldigInndata, UgyldigTilstand
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.avskrivning import sjekk_kan_besvare
from app.services.dokumenter import sjekk_kan_sjekke_inn
from app.services.ekspedering import sjekk_kan_ekspedere
from app.services.ekspedering.forsendelse import kan_sende_paa_nytt
from app.services.journalposter import (
    sjekk_kan_bruke_foreslatt_avsender,
    sjekk_kan_ferdigstille,
    sjekk_kan_fordele,
    sjekk_kan_offentlighetsvurdere,
)
from app.services.oppgaver import sjekk_kan_behandle, sjekk_kan_deaktivere, sjekk_kan_fjerne
from app.services.saker import sjekk_kan_meld_utgaar
from app.services.tilgang import krev_arkiv, krev_skrive_jp, krev_skrive_sak
from app.store import models as m

#: Every key ``mulige_handlinger`` may return, grouped by what it acts on.
JP_HANDLINGER = (
    "endre_journalpost",
    "avskriv",
    "besvar",
    "forelopig_svar",
    "besvar_uten",
    "send_oppgave",
    "ferdigstill",
    "sjekk_inn",
    "bruk_foreslatt_avsender",
    "ekspeder",
    "fordel",
    "merknad_jp",
    "flytt",
    "feilregistrer",
    "journalfor",
    "be_arkivet_rette",
    "offentlighetsvurder",
)
SAK_HANDLINGER = (
    "endre_sak",
    "ny_journalpost",
    "obs",
    "merknad_sak",
    "avslutt_sak",
    "gjenaapne_sak",
    "meld_utgaar",
    "be_om_avslutning",
)
OPPGAVE_HANDLINGER = ("behandle_oppgave", "deaktiver_oppgave", "fjern_oppgave")


def _pruv(ut: dict[str, str | None], navn: str, sjekk: Callable[[], object]) -> None:
    try:
        sjekk()
    except SaksbordFeil as e:
        ut[navn] = str(e)
    else:
        ut[navn] = None


def _jp(a: Arbeid, jp: m.Journalpost, ut: dict[str, str | None]) -> None:
    skriv = lambda: krev_skrive_jp(a, jp)  # noqa: E731

    def endre() -> None:
        skriv()
        regler.sjekk_kan_endre(jp.status, a.aktor)

    def avskriv() -> None:
        skriv()
        koder = a.s.scalars(select(m.Avskrivningskode).where(m.Avskrivningskode.kode != "***")).all()
        gyldig = next((k for k in koder if jp.type in k.typer), None)
        regler.sjekk_avskrivning(
            jp.type,
            jp.status,
            kode=gyldig.kode if gyldig else "-",
            gyldige_typer=gyldig.typer if gyldig else None,
            krever_merknad=False,
            merknad=None,
            har_restanse=jp.restanse,
        )

    def besvar(maate: str) -> Callable[[], None]:
        return lambda: sjekk_kan_besvare(a, jp, maate)

    def ferdigstill() -> None:
        sjekk_kan_ferdigstille(a, jp)

    def ekspeder() -> None:
        if jp.status == "E" and kan_sende_paa_nytt(a, jp):
            krev_skrive_jp(a, jp)  # a SvarUt letter came back undelivered: Ekspeder offers papir
            return
        sjekk_kan_ekspedere(a, jp)

    def fordel() -> None:
        sjekk_kan_fordele(a, jp)

    def feilregistrer() -> None:
        if not a.aktor.er_arkiv:
            skriv()
        regler.sjekk_feilregistrer(jp.status, a.aktor)

    def flytt() -> None:
        krev_arkiv(a, "flytte journalposter mellom saker")
        if jp.status == "U":
            raise UgyldigTilstand("Journalposten er feilregistrert")

    def offentlighetsvurder() -> None:
        sjekk_kan_offentlighetsvurdere(a, jp)

    def send_oppgave() -> None:
        if jp.status == "U":
            raise UgyldigTilstand("Journalposten er feilregistrert")

    def be_arkivet_rette() -> None:
        if a.aktor.er_arkiv:
            raise UgyldigInndata("Du er arkivet; rett journalposten selv")

    _pruv(ut, "endre_journalpost", endre)
    _pruv(ut, "avskriv", avskriv)
    _pruv(ut, "besvar", besvar("avskriv"))
    _pruv(ut, "forelopig_svar", besvar("forelopig"))
    _pruv(ut, "besvar_uten", besvar("uten"))
    _pruv(ut, "send_oppgave", send_oppgave)
    _pruv(ut, "ferdigstill", ferdigstill)
    _pruv(ut, "sjekk_inn", lambda: sjekk_kan_sjekke_inn(a, jp))
    _pruv(ut, "bruk_foreslatt_avsender", lambda: sjekk_kan_bruke_foreslatt_avsender(a, jp))
    _pruv(ut, "ekspeder", ekspeder)
    _pruv(ut, "fordel", fordel)
    _pruv(ut, "merknad_jp", lambda: None)
    _pruv(ut, "flytt", flytt)
    _pruv(ut, "feilregistrer", feilregistrer)
    _pruv(ut, "journalfor", lambda: regler.sjekk_journalfor(jp.status, a.aktor))
    _pruv(ut, "be_arkivet_rette", be_arkivet_rette)
    _pruv(ut, "offentlighetsvurder", offentlighetsvurder)


def _sak(a: Arbeid, sak: m.Sak, ut: dict[str, str | None]) -> None:
    desk = a.aktor.skrivebord_id
    ansvarlig = sak.saksansvarlig_id in (desk, a.aktor.bruker_id)

    def endre() -> None:
        krev_skrive_sak(a, sak)
        if sak.status in "AU":
            raise UgyldigTilstand(
                f"Saken er {'avsluttet' if sak.status == 'A' else 'utgått'} og kan ikke endres"
            )

    def ny_jp() -> None:
        regler.sjekk_sak_aapen(sak.status)
        if sak.tilgangskode and not regler.autorisert(
            a.aktor, sak.tilgangskode, sak.enhet_id, eier_ids=(sak.saksansvarlig_id,)
        ):
            raise IngenTilgang(f"Saken er skjermet med kode {sak.tilgangskode}, og du har ikke tilgang")

    def meld_utgaar() -> None:
        sjekk_kan_meld_utgaar(a, sak)

    def be_om_avslutning() -> None:
        krev_skrive_sak(a, sak)
        if sak.status in "AU":
            raise UgyldigTilstand("Saken er allerede avsluttet")
        if sak.avslutning_bedt:
            raise UgyldigTilstand("Arkivet er allerede bedt om å avslutte saken")

    def avslutt() -> None:
        # The outstanding-work check runs when the user asks, so the refusal lists it (DESIGN §6).
        regler.sjekk_saksstatus(sak.status, "A", a.aktor, er_saksansvarlig=ansvarlig)

    def gjenaapne() -> None:
        if sak.status != "A":
            raise UgyldigTilstand("Saken er ikke avsluttet")
        regler.sjekk_saksstatus(sak.status, "B", a.aktor, er_saksansvarlig=ansvarlig)

    _pruv(ut, "endre_sak", endre)
    _pruv(ut, "ny_journalpost", ny_jp)
    _pruv(ut, "obs", lambda: krev_skrive_sak(a, sak))
    _pruv(ut, "merknad_sak", lambda: None)
    _pruv(ut, "avslutt_sak", avslutt)
    _pruv(ut, "gjenaapne_sak", gjenaapne)
    _pruv(ut, "meld_utgaar", meld_utgaar)
    _pruv(ut, "be_om_avslutning", be_om_avslutning)


def _oppgave(a: Arbeid, o: m.Oppgave, ut: dict[str, str | None]) -> None:
    _pruv(ut, "behandle_oppgave", lambda: sjekk_kan_behandle(a, o))
    _pruv(ut, "deaktiver_oppgave", lambda: sjekk_kan_deaktivere(a, o))
    _pruv(ut, "fjern_oppgave", lambda: sjekk_kan_fjerne(a, o))


def mulige_handlinger(
    ctx: Kontekst,
    *,
    journalpost_id: int | None = None,
    sak_id: int | None = None,
    oppgave_id: int | None = None,
) -> dict[str, str | None]:
    """Action key -> None when the acting user may take it, else the Norwegian reason.

    Keys for the objects not given are absent. A task's journalpost and sak
    are checked too when their ids are passed.
    """
    ut: dict[str, str | None] = {}
    with arbeid(ctx, skriv=False) as a:
        if journalpost_id is not None:
            jp = a.journalpost(int(journalpost_id))
            _jp(a, jp, ut)
            if sak_id is None:
                sak_id = jp.sak_id
        if sak_id is not None:
            _sak(a, a.sak(int(sak_id)), ut)
        if oppgave_id is not None:
            o = a.s.get(m.Oppgave, int(oppgave_id))
            if o is not None:
                _oppgave(a, o, ut)
    return ut
