"""Tasks (oppgaver): send, read, answer (one way per type), deactivate, remove; the approval chain."""

from __future__ import annotations

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.koder import OPPGAVESVAR, OPPGAVESVAR_NAVN, OPPGAVETYPER
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import OppgaveInfo, Resultat
from app.services.journalposter import _ferdigstill
from app.services.visning import jp_nummer, kan_se_jp, oppgave_info
from app.store import models as m

SENDBARE = ("godkjenning", "uttalelse", "beskjed", "intern-kopi", "dokumentsenter", "avslutt-sak")


def _arkivmottaker(a: Arbeid) -> m.Bruker:
    b = a.s.scalar(
        select(m.Bruker)
        .join(m.BrukerRolle, m.BrukerRolle.bruker_id == m.Bruker.id)
        .where(m.BrukerRolle.rolle == "arkiv", m.Bruker.aktiv.is_(True))
        .order_by(m.Bruker.id)
        .limit(1)
    )
    if b is None:
        raise IkkeFunnet("Ingen bruker har arkivrollen; oppgaven kan ikke sendes til dokumentsenteret")
    return b


def _ny_oppgave(
    a: Arbeid,
    *,
    type_: str,
    til: m.Bruker,
    journalpost_id: int | None = None,
    sak_id: int | None = None,
    merknad: str | None = None,
    gul_merknad: str | None = None,
    gul_for_alle: bool = False,
    forrige: m.Oppgave | None = None,
) -> m.Oppgave:
    o = m.Oppgave(
        type=type_,
        journalpost_id=journalpost_id,
        sak_id=sak_id,
        fra_id=a.aktor.bruker_id,
        paa_vegne_av_id=a.aktor.paa_vegne_av_id,
        til_id=til.id,
        merknad=(merknad or "").strip() or None,
        gul_merknad=(gul_merknad or "").strip() or None,
        gul_for_alle=gul_for_alle,
        status="aktiv",
        sendt=a.naa,
        forrige_id=forrige.id if forrige else None,
        kjede_start_id=(forrige.kjede_start_id or forrige.id) if forrige else None,
    )
    a.s.add(o)
    a.s.flush()
    jp = a.s.get(m.Journalpost, journalpost_id) if journalpost_id else None
    sak_ref = jp.sak_id if jp else sak_id
    if o.merknad and journalpost_id:
        # A task's merknad is kept as a formal merknad on the journalpost (DESIGN §6).
        a.s.add(
            m.Merknad(
                journalpost_id=journalpost_id,
                oppgave_id=o.id,
                type="formell",
                tekst=o.merknad,
                for_alle=True,
                av_id=a.aktor.bruker_id,
                tid=a.naa,
            )
        )
    if o.gul_merknad and journalpost_id:
        a.s.add(
            m.Merknad(
                journalpost_id=journalpost_id,
                oppgave_id=o.id,
                type="gul",
                tekst=o.gul_merknad,
                for_alle=gul_for_alle,
                av_id=a.aktor.bruker_id,
                tid=a.naa,
            )
        )
    a.logg(
        "oppgave sendt",
        entitet="oppgave",
        entitet_id=o.id,
        sak_id=sak_ref,
        journalpost_id=journalpost_id,
        felt=type_,
        til=f"{OPPGAVETYPER.get(type_, type_)} til {til.initialer}",
    )
    return o


@skrivetjeneste(koebar=True)
def send_oppgave(
    ctx: Kontekst,
    *,
    type_: str,
    til: str | None = None,
    jpnr: str | int | None = None,
    saksnr: str | None = None,
    merknad: str | None = None,
    gul_merknad: str | None = None,
    gul_for_alle: bool = False,
) -> Resultat:
    """Send a task about a journalpost (or a sak); Til godkjenning only from status R."""
    if type_ not in SENDBARE:
        raise UgyldigInndata(f"Ukjent oppgavetype «{type_}»; velg en av {', '.join(SENDBARE)}")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr) if jpnr is not None else None
        sak = jp.sak if jp else (a.sak(saksnr) if saksnr else None)
        if jp is None and sak is None:
            raise UgyldigInndata("Oppgi journalpost eller sak for oppgaven")
        if type_ in ("dokumentsenter", "avslutt-sak") and not til:
            mottaker = _arkivmottaker(a)
        elif not til:
            raise UgyldigInndata("Velg mottaker for oppgaven")
        else:
            mottaker = a.bruker(til)
        if mottaker.id == a.aktor.bruker_id:
            raise UgyldigInndata("Du kan ikke sende en oppgave til deg selv")
        if type_ == "godkjenning":
            if jp is None:
                raise UgyldigInndata("Til godkjenning gjelder en journalpost")
            regler.sjekk_til_godkjenning(jp.status)
            if a.s.scalar(
                select(m.Oppgave.id).where(
                    m.Oppgave.journalpost_id == jp.id,
                    m.Oppgave.type == "godkjenning",
                    m.Oppgave.status == "aktiv",
                )
            ):
                raise UgyldigTilstand("Journalposten ligger allerede til godkjenning")
        if type_ == "avslutt-sak" and sak is not None and not sak.avslutning_bedt:
            a.endre(sak, "avslutning_bedt", True, handling="bedt om avslutning", sak_id=sak.id)
        o = _ny_oppgave(
            a,
            type_=type_,
            til=mottaker,
            journalpost_id=jp.id if jp else None,
            sak_id=sak.id if jp is None and sak is not None else None,
            merknad=merknad,
            gul_merknad=gul_merknad,
            gul_for_alle=gul_for_alle,
        )
        return Resultat(
            f"{OPPGAVETYPER[type_]} er sendt til {mottaker.navn}",
            oppgave=o.id,
            journalpostnummer=jp_nummer(jp.sak, jp) if jp else None,
        )


def _hent(a: Arbeid, oppgave_id: int) -> m.Oppgave:
    o = a.s.get(m.Oppgave, int(oppgave_id))
    if o is None:
        raise IkkeFunnet(f"Fant ingen oppgave {oppgave_id}")
    return o


def _er_mottaker(a: Arbeid, o: m.Oppgave) -> bool:
    if o.til_id in (a.aktor.skrivebord_id, a.aktor.bruker_id):
        return True
    # Tasks for the document centre are the whole archive's queue.
    return o.type in ("dokumentsenter", "avslutt-sak") and a.aktor.er_arkiv


def vis_oppgave(ctx: Kontekst, oppgave_id: int) -> OppgaveInfo:
    """Open a task: a pure read, so Mottatte oppgaver open offline too.

    Opening it as the recipient is recorded separately by ``merk_oppgave_lest``, which the
    outbox can queue; the window sends it when the recipient opens an unread task.
    """
    with arbeid(ctx, skriv=False) as a:
        o = _hent(a, oppgave_id)
        if not (_er_mottaker(a, o) or o.fra_id in (a.aktor.bruker_id, a.aktor.skrivebord_id)):
            jp = a.s.get(m.Journalpost, o.journalpost_id) if o.journalpost_id else None
            if jp is not None and not kan_se_jp(a, jp, jp.sak):
                raise IngenTilgang("Oppgaven gjelder en skjermet journalpost")
        return oppgave_info(a, o)


def ma_merkes_lest(ctx: Kontekst, o: OppgaveInfo) -> bool:
    """Whether opening ``o`` at this desk should send ``merk_oppgave_lest`` (unread, active, mine)."""
    if o.lest is not None or o.status != "aktiv":
        return False
    with arbeid(ctx, skriv=False) as a:
        return _er_mottaker(a, _hent(a, o.id))


@skrivetjeneste(koebar=True)
def merk_oppgave_lest(ctx: Kontekst, oppgave_id: int) -> Resultat:
    """The recipient has opened the task: from now on the sender can no longer deactivate it.

    Only the first opening by the recipient counts; anything else (the sender looking, a task
    already read, answered or withdrawn meanwhile) changes nothing, so a replay never conflicts.
    """
    with arbeid(ctx) as a:
        o = _hent(a, oppgave_id)
        if not (_er_mottaker(a, o) and o.lest is None and o.status == "aktiv"):
            return Resultat("Oppgaven er åpnet", oppgave=o.id)
        o.lest = a.naa
        a.logg("oppgave lest", entitet="oppgave", entitet_id=o.id, journalpost_id=o.journalpost_id)
        return Resultat("Oppgaven er merket som lest", oppgave=o.id)


def _godkjenningens_jp(jp: m.Journalpost | None) -> m.Journalpost:
    """An approval is about a journalpost (send_oppgave requires one); None: gone, or hidden (RLS)."""
    if jp is None:
        raise IkkeFunnet("Fant ikke journalposten oppgaven gjelder")
    return jp


@skrivetjeneste(koebar=True)
def svar_oppgave(
    ctx: Kontekst, oppgave_id: int, *, svar: str, til: str | None = None, merknad: str | None = None
) -> Resultat:
    """Answer a task the one way its type allows: Godkjent, Ikke godkjent, Videresendt, Uttalt, Utført."""
    with arbeid(ctx) as a:
        o = _hent(a, oppgave_id)
        sjekk_kan_behandle(a, o)
        gyldige = OPPGAVESVAR[o.type]
        if svar not in gyldige:
            navn = ", ".join(OPPGAVESVAR_NAVN[g] for g in gyldige)
            raise UgyldigInndata(f"Svaret «{svar}» passer ikke; velg {navn}")
        jp = a.s.get(m.Journalpost, o.journalpost_id) if o.journalpost_id else None
        if jp is not None and not kan_se_jp(a, jp, jp.sak):
            raise IngenTilgang(
                f"Journalposten er skjermet med kode {jp.tilgangskode or jp.sak.tilgangskode}, som du ikke har tilgang til"
                + (" som stedfortreder" if a.aktor.paa_vegne_av_id else "")
            )
        o.status = "besvart"
        o.svar = svar
        o.besvart = a.naa
        o.lest = o.lest or a.naa
        ids = {"sak_id": jp.sak_id if jp else o.sak_id, "journalpost_id": o.journalpost_id}
        a.logg(
            "oppgave besvart",
            entitet="oppgave",
            entitet_id=o.id,
            felt="svar",
            til=OPPGAVESVAR_NAVN[svar],
            **ids,
        )
        if merknad and jp is not None:
            a.s.add(
                m.Merknad(
                    journalpost_id=jp.id,
                    oppgave_id=o.id,
                    type="formell",
                    tekst=merknad.strip(),
                    for_alle=True,
                    av_id=a.aktor.bruker_id,
                    tid=a.naa,
                )
            )
        start = a.hent(m.Oppgave, o.kjede_start_id, "den første oppgaven i kjeden") if o.kjede_start_id else o
        ny: m.Oppgave | None = None
        if svar == "videresendt":
            if not til:
                raise UgyldigInndata("Velg hvem oppgaven skal videresendes til")
            ny = _ny_oppgave(
                a,
                type_=o.type,
                til=a.bruker(til),
                journalpost_id=o.journalpost_id,
                sak_id=o.sak_id,
                merknad=merknad,
                forrige=o,
            )
            tekst = f"Oppgaven er videresendt til {a.bruker(til).navn}"
        elif svar == "godkjent":
            jp = _godkjenningens_jp(jp)
            if jp.status == "R":
                _ferdigstill(a, jp)
            saksbehandler = a.hent(m.Bruker, start.fra_id, "saksbehandleren")
            ny = _ny_oppgave(
                a, type_="godkjent", til=saksbehandler, journalpost_id=jp.id, merknad=merknad, forrige=o
            )
            tekst = f"Journalpost {jp_nummer(jp.sak, jp)} er godkjent og ferdigstilt"
        elif svar == "ikke-godkjent":
            jp = _godkjenningens_jp(jp)
            tilbake = a.bruker(til) if til else a.hent(m.Bruker, o.fra_id, "avsenderen")
            ny = _ny_oppgave(
                a, type_="ikke-godkjent", til=tilbake, journalpost_id=jp.id, merknad=merknad, forrige=o
            )
            tekst = f"Journalposten er sendt tilbake til {tilbake.navn} som ikke godkjent"
        elif svar == "uttalt":
            ny = _ny_oppgave(
                a,
                type_="uttalelse-svar",
                til=a.hent(m.Bruker, o.fra_id, "avsenderen"),
                journalpost_id=o.journalpost_id,
                sak_id=o.sak_id,
                merknad=merknad,
                forrige=o,
            )
            tekst = "Uttalelsen er sendt"
        else:
            tekst = "Oppgaven er utført"
        return Resultat(
            tekst, oppgave=ny.id if ny else o.id, journalpostnummer=jp_nummer(jp.sak, jp) if jp else None
        )


@skrivetjeneste
def deaktiver_oppgave(ctx: Kontekst, oppgave_id: int) -> Resultat:
    """Withdraw a task sent by mistake, allowed until the recipient has opened it."""
    with arbeid(ctx) as a:
        o = _hent(a, oppgave_id)
        sjekk_kan_deaktivere(a, o)
        o.status = "deaktivert"
        a.logg(
            "oppgave deaktivert",
            entitet="oppgave",
            entitet_id=o.id,
            journalpost_id=o.journalpost_id,
            felt="status",
            fra="aktiv",
            til="deaktivert",
        )
        return Resultat("Oppgaven er deaktivert", oppgave=o.id)


@skrivetjeneste
def fjern_oppgave(ctx: Kontekst, oppgave_id: int) -> Resultat:
    """Remove a read task from Mottatte oppgaver; a task that asks for an answer must be answered."""
    with arbeid(ctx) as a:
        o = _hent(a, oppgave_id)
        sjekk_kan_fjerne(a, o)
        o.status = "fjernet"
        o.lest = o.lest or a.naa
        a.logg(
            "oppgave fjernet",
            entitet="oppgave",
            entitet_id=o.id,
            journalpost_id=o.journalpost_id,
            felt="status",
            fra="aktiv",
            til="fjernet",
        )
        return Resultat("Oppgaven er fjernet fra kurven", oppgave=o.id)


@skrivetjeneste
def be_arkivet_rette(ctx: Kontekst, jpnr: str | int, *, hva: str, til_sak: str | None = None) -> Resultat:
    """ "Be arkivet rette": a prefilled task in the archive's queue for a locked or misfiled journalpost."""
    if not (hva or "").strip():
        raise UgyldigInndata("Skriv hva arkivet skal rette")
    tekst = hva.strip() + (f" (flytt til sak {til_sak})" if til_sak else "")
    return send_oppgave(ctx, type_="dokumentsenter", jpnr=jpnr, merknad=tekst)


# --- the checks each action makes, shared with app.services.handlinger ---------------


def _sjekk_aktiv(o: m.Oppgave) -> None:
    if o.status != "aktiv":
        raise UgyldigTilstand(f"Oppgaven er {o.status} og kan ikke behandles")


def sjekk_kan_behandle(a: Arbeid, o: m.Oppgave) -> None:
    if not _er_mottaker(a, o):
        raise IngenTilgang("Bare mottakeren av oppgaven kan behandle den")
    _sjekk_aktiv(o)
    if not OPPGAVESVAR.get(o.type):
        raise UgyldigTilstand(
            f"En oppgave av typen {OPPGAVETYPER[o.type]} besvares ikke; fjern den fra kurven når den er lest"
        )


def sjekk_kan_deaktivere(a: Arbeid, o: m.Oppgave) -> None:
    if (
        o.fra_id not in (a.aktor.bruker_id, a.aktor.skrivebord_id)
        and o.paa_vegne_av_id != a.aktor.skrivebord_id
    ):
        raise IngenTilgang("Bare avsenderen kan deaktivere oppgaven")
    _sjekk_aktiv(o)
    if o.lest is not None:
        raise UgyldigTilstand(
            f"Mottakeren åpnet oppgaven {o.lest:%d.%m.%Y %H:%M}; den kan ikke lenger deaktiveres"
        )


def sjekk_kan_fjerne(a: Arbeid, o: m.Oppgave) -> None:
    if not _er_mottaker(a, o):
        raise IngenTilgang("Bare mottakeren kan fjerne oppgaven fra kurven")
    _sjekk_aktiv(o)
    if OPPGAVESVAR.get(o.type):
        raise UgyldigTilstand(f"En oppgave av typen {OPPGAVETYPER[o.type]} må behandles, ikke fjernes")
