"""Kurver (DESIGN §3): saved queries over the registry, counted and read page by page.

Each kurv is one ``SELECT id … ORDER BY …`` over the desk owner's rows; the
window keeps only those ids and asks ``kurv_rader`` for a page when it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.sql.selectable import Join

from app.domain.feil import IkkeFunnet, IngenTilgang
from app.domain.koder import UTEN_OPPFOLGING_SAKSSTATUSER
from app.domain.regler import les_journalpostnummer, les_saksnummer
from app.domain.regler.mottak import SVARINN_PREFIKS
from app.services import egne_kurver, innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.data import KurvInfo, KurvRad, KurvSide
from app.services.kurvrader import rader
from app.services.kurvvilkaar import egen_avskrivning, i_oppfolging
from app.services.politikk import kurvsporring as politisk
from app.store import models as m

JP, SAK, OPPG = m.Journalpost, m.Sak, m.Oppgave


@dataclass(frozen=True)
class KurvDef:
    navn: str
    tittel: str
    art: str  # journalpost | oppgave | sak
    gruppe: str  # mine | leder | arkiv
    sporring: Callable[[Arbeid], Select]


def _interne(desk: int, *roller: str):
    """Ids of journalposter where ``desk`` is an internal party in one of ``roller`` (index on the user)."""
    kp = m.Korrespondansepart
    return select(kp.journalpost_id).where(kp.intern_bruker_id == desk, kp.rolle.in_(roller))


def _restanse_for(desk: int):
    """Restanser that belong to a desk: my I (and U with own svarfrist) and N addressed to me.

    Each branch of the OR is indexable on its own (saksbehandler; the desk's internal
    parties), so SQLite unions two small index lookups instead of walking every restanse.
    Each internal mottaker of an N has their own restanse: one mottaker's avskrivning leaves
    the other's in place.
    """
    return or_(
        and_(JP.saksbehandler_id == desk, JP.restanse.is_(True), JP.type.in_(("I", "U"))),
        and_(
            JP.id.in_(_interne(desk, "mottaker")),
            JP.restanse.is_(True),
            JP.type == "N",
            JP.status.in_(("E", "J", "A")),
            ~egen_avskrivning(desk),
        ),
    )


def _forfall_grense(a: Arbeid):
    return a.idag + timedelta(days=innstillinger.les(a).forfall_vindu_dager)


def _ubehandlet(a: Arbeid) -> Select:
    grense = _forfall_grense(a)
    return (
        select(JP.id)
        .where(
            _restanse_for(a.aktor.skrivebord_id),
            or_(JP.forfallsdato.is_(None), JP.forfallsdato > grense),
            i_oppfolging(),
        )
        .order_by(JP.journaldato.desc(), JP.id.desc())
    )


def _forfall(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(_restanse_for(a.aktor.skrivebord_id), JP.forfallsdato <= _forfall_grense(a), i_oppfolging())
        .order_by(JP.forfallsdato, JP.id)
    )


def _dokumenter_i_arbeid(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(
            JP.saksbehandler_id == a.aktor.skrivebord_id,
            JP.type.in_(("U", "N", "X", "S")),
            JP.status.in_(("R", "F")),
        )
        .order_by(JP.journaldato.desc(), JP.id.desc())
    )


def _mottatte_oppgaver(a: Arbeid) -> Select:
    # A Godkjent task has done its work once the journalpost is ekspedert (or later): it leaves.
    ekspedert = exists(
        select(JP.id).where(JP.id == OPPG.journalpost_id, JP.status.in_(("E", "J", "A")))
    ).correlate(OPPG)
    return (
        select(OPPG.id)
        .where(
            OPPG.til_id == a.aktor.skrivebord_id,
            OPPG.status == "aktiv",
            ~and_(OPPG.type == "godkjent", ekspedert),
        )
        .order_by(OPPG.sendt.desc(), OPPG.id.desc())
    )


def _sendt_til_godkjenning(a: Arbeid) -> Select:
    start = m.Oppgave.__table__.alias("start")
    desk = a.aktor.skrivebord_id
    return (
        select(OPPG.id)
        .outerjoin(start, start.c.id == OPPG.kjede_start_id)
        .where(
            OPPG.type == "godkjenning",
            OPPG.status == "aktiv",
            or_(and_(OPPG.kjede_start_id.is_(None), OPPG.fra_id == desk), start.c.fra_id == desk),
        )
        .order_by(OPPG.sendt, OPPG.id)
    )


def _mottatt_for_godkjenning(a: Arbeid) -> Select:
    return (
        select(OPPG.id)
        .where(OPPG.til_id == a.aktor.skrivebord_id, OPPG.type == "godkjenning", OPPG.status == "aktiv")
        .order_by(OPPG.sendt, OPPG.id)
    )


def _kopier(a: Arbeid) -> Select:
    desk = a.aktor.skrivebord_id
    # Start from the desk's own internal parties (a few hundred rows) and join the journalposter,
    # rather than testing every ferdigstilt journalpost for a matching party.
    mine = _interne(desk, "kopimottaker", "mottaker").distinct().subquery("mine_kopier")
    return (
        select(JP.id)
        .join(mine, mine.c.journalpost_id == JP.id)
        .where(
            or_(JP.type == "X", JP.id.in_(_interne(desk, "kopimottaker"))),
            JP.status.in_(("F", "E", "J", "A")),
        )
        .order_by(JP.journaldato.desc(), JP.id.desc())
    )


def _obs_saker(a: Arbeid) -> Select:
    grense = a.idag + timedelta(days=innstillinger.les(a).obs_vindu_dager)
    return (
        select(SAK.id)
        .where(
            SAK.saksansvarlig_id == a.aktor.skrivebord_id,
            SAK.obs_dato.is_not(None),
            SAK.obs_dato <= grense,
            SAK.status.not_in(sorted(UTEN_OPPFOLGING_SAKSSTATUSER)),
        )
        .order_by(SAK.obs_dato, SAK.id)
    )


def _mine_saker(a: Arbeid) -> Select:
    return (
        select(SAK.id)
        .where(SAK.saksansvarlig_id == a.aktor.skrivebord_id, SAK.status.in_(("R", "B")))
        .order_by(SAK.saksaar.desc(), SAK.sakssekvensnummer.desc())
    )


def _enheter(a: Arbeid) -> list[int]:
    return sorted(a.aktor.leder_for)


def _ikke_fra_svarinn():
    """Not a SvarInn post the archive still holds (regler/mottak.py): NULL-safe, for the leaders' kurver."""
    return or_(
        JP.message_id.is_(None), ~JP.message_id.startswith(SVARINN_PREFIKS), JP.saksbehandler_id.is_not(None)
    )


def _til_fordeling(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(
            JP.saksbehandler_id.is_(None),
            or_(JP.enhet_id.in_(_enheter(a)), JP.enhet_id.is_(None)),
            JP.status.in_(("M", "S")),
            _ikke_fra_svarinn(),
        )
        .order_by(JP.journaldato, JP.id)
    )


def _til_offentlighetsvurdering(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(
            or_(JP.status == "M", JP.tilgangskode == "XX"),
            or_(JP.enhet_id.in_(_enheter(a)), JP.enhet_id.is_(None)),
            _ikke_fra_svarinn(),
        )
        .order_by(JP.journaldato, JP.id)
    )


def _restanser_enhet(a: Arbeid) -> Select:
    """The unit's restanser; an N is filed under its internal mottakere's units (their leader follows
    it up), not under the sender's, while any of them in the unit still has it open."""
    kp = m.Korrespondansepart
    enheter = _enheter(a)
    har_interne = exists(
        select(kp.id).where(
            kp.journalpost_id == JP.id, kp.rolle == "mottaker", kp.intern_bruker_id.is_not(None)
        )
    )
    mottaker_i_enheten = exists(
        select(kp.id).where(
            kp.journalpost_id == JP.id,
            kp.rolle == "mottaker",
            kp.intern_enhet_id.in_(enheter),
            kp.intern_bruker_id.is_not(None),
            ~egen_avskrivning(kp.intern_bruker_id),
        )
    )
    return (
        select(JP.id)
        .where(
            JP.restanse.is_(True),
            JP.status != "M",
            i_oppfolging(),
            or_(
                and_(JP.enhet_id.in_(enheter), or_(JP.type != "N", ~har_interne)),
                and_(JP.type == "N", JP.status.in_(("E", "J", "A")), mottaker_i_enheten),
            ),
        )
        .order_by(JP.forfallsdato, JP.id)
    )


def _dokumenter_i_arbeid_enhet(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(JP.enhet_id.in_(_enheter(a)), JP.type.in_(("U", "N", "X", "S")), JP.status.in_(("R", "F")))
        .order_by(JP.journaldato.desc(), JP.id.desc())
    )


def _til_journalforing(a: Arbeid) -> Select:
    return (
        select(JP.id)
        .where(JP.status.in_(("S", "F", "E")), or_(JP.tilgangskode.is_(None), JP.tilgangskode != "XX"))
        .order_by(JP.journaldato, JP.id)
    )


def _mottatt_fra_svarinn(a: Arbeid) -> Select:
    """SvarInn posts the archive has not yet passed on (regler/mottak.py)."""
    return (
        select(JP.id)
        .where(
            JP.message_id.startswith(SVARINN_PREFIKS),
            JP.saksbehandler_id.is_(None),
            JP.status.in_(("M", "S")),
        )
        .order_by(JP.journaldato, JP.id)
    )


def _reserverte_saker(a: Arbeid) -> Select:
    return select(SAK.id).where(SAK.status == "R").order_by(SAK.saksdato, SAK.id)


def _saker_til_avslutning(a: Arbeid) -> Select:
    return select(SAK.id).where(SAK.avslutning_bedt.is_(True), SAK.status.in_(("R", "B"))).order_by(SAK.id)


def _beskjed_dokumentsenter(a: Arbeid) -> Select:
    return (
        select(OPPG.id)
        .where(OPPG.type.in_(("dokumentsenter", "avslutt-sak")), OPPG.status == "aktiv")
        .order_by(OPPG.sendt, OPPG.id)
    )


KURVER: tuple[KurvDef, ...] = (
    KurvDef("ubehandlet", "Ubehandlet", "journalpost", "mine", _ubehandlet),
    KurvDef("forfall", "Forfall", "journalpost", "mine", _forfall),
    KurvDef("dokumenter-i-arbeid", "Dokumenter i arbeid", "journalpost", "mine", _dokumenter_i_arbeid),
    KurvDef("mottatte-oppgaver", "Mottatte oppgaver", "oppgave", "mine", _mottatte_oppgaver),
    KurvDef("sendt-til-godkjenning", "Sendt til godkjenning", "oppgave", "mine", _sendt_til_godkjenning),
    KurvDef(
        "mottatt-for-godkjenning", "Mottatt for godkjenning", "oppgave", "mine", _mottatt_for_godkjenning
    ),
    KurvDef("kopier", "Kopier", "journalpost", "mine", _kopier),
    KurvDef("obs-saker", "OBS-saker", "sak", "mine", _obs_saker),
    KurvDef("mine-saker", "Mine saker", "sak", "mine", _mine_saker),
    KurvDef("til-fordeling", "Til fordeling", "journalpost", "leder", _til_fordeling),
    KurvDef(
        "til-offentlighetsvurdering",
        "Til offentlighetsvurdering",
        "journalpost",
        "leder",
        _til_offentlighetsvurdering,
    ),
    KurvDef("restanser-enhet", "Restanser for enheten", "journalpost", "leder", _restanser_enhet),
    KurvDef(
        "dokumenter-i-arbeid-enhet",
        "Dokumenter i arbeid (enheten)",
        "journalpost",
        "leder",
        _dokumenter_i_arbeid_enhet,
    ),
    KurvDef("til-journalforing", "Til journalføring", "journalpost", "arkiv", _til_journalforing),
    KurvDef("mottatt-fra-svarinn", "Mottatt fra SvarInn", "journalpost", "arkiv", _mottatt_fra_svarinn),
    KurvDef("reserverte-saker", "Reserverte saker", "sak", "arkiv", _reserverte_saker),
    KurvDef("saker-til-avslutning", "Saker til avslutning", "sak", "arkiv", _saker_til_avslutning),
    KurvDef(
        "beskjed-til-dokumentsenteret",
        "Beskjed til dokumentsenteret",
        "oppgave",
        "arkiv",
        _beskjed_dokumentsenter,
    ),
    # The møtesekretær's desk (issue 15): app/services/politikk/kurvsporring.py.
    KurvDef(
        "klar-til-behandling",
        "Klar til behandling",
        "journalpost",
        "motesekretar",
        politisk.klar_til_behandling,
    ),
    KurvDef("neste-mote", "Neste møte", "journalpost", "motesekretar", politisk.neste_mote),
    KurvDef("til-oppfolging", "Til oppfølging", "journalpost", "motesekretar", politisk.til_oppfolging),
)
KURV_ETTER_NAVN = {k.navn: k for k in KURVER}


def _tilgjengelig(a: Arbeid, k: KurvDef) -> bool:
    if k.gruppe == "leder":
        return a.aktor.er_leder and bool(a.aktor.leder_for)
    if k.gruppe == "arkiv":
        return a.aktor.er_arkiv
    if k.gruppe == "motesekretar":
        return politisk.har_motebord(a)
    return True


def _def(a: Arbeid, navn: str) -> KurvDef:
    k = KURV_ETTER_NAVN.get(navn)
    if k is None and (egen := egne_kurver.kurvdef(a, navn)) is not None:
        k = KurvDef(*egen[:2], "journalpost", egne_kurver.GRUPPE, egen[2])
    if k is None:
        raise IkkeFunnet(f"Ukjent kurv «{navn}»; velg en av: {', '.join(KURV_ETTER_NAVN)}")
    if not _tilgjengelig(a, k):
        rolle = {"leder": "ledere", "motesekretar": "møtesekretæren"}.get(k.gruppe, "arkivet")
        raise IngenTilgang(f"Kurven {k.tittel} er bare for {rolle}")
    return k


_SORTERING = {
    "journalpost": {
        "nummer": (SAK.saksaar, SAK.sakssekvensnummer, JP.dokumentnummer),
        "tittel": (func.lower(JP.tittel),),
        "type": (JP.type,),
        "status": (JP.status,),
        "forfall": (JP.forfallsdato,),
        "dato": (JP.journaldato,),
        "saksbehandler": (JP.saksbehandler_id,),
    },
    "sak": {
        "nummer": (SAK.saksaar, SAK.sakssekvensnummer),
        "tittel": (func.lower(SAK.tittel),),
        "status": (SAK.status,),
        "dato": (SAK.saksdato,),
        "forfall": (SAK.obs_dato,),
    },
    "oppgave": {"dato": (OPPG.sendt,), "type": (OPPG.type,), "status": (OPPG.status,)},
}


def _filtrert(q: Select, art: str, tekst: str) -> Select:
    tekst = tekst.strip().lower()
    jpnr, saksnr = les_journalpostnummer(tekst), les_saksnummer(tekst)
    if art == "oppgave":
        q = q.join(JP, JP.id == OPPG.journalpost_id, isouter=True)
    if art in ("journalpost", "oppgave"):
        if art == "journalpost" or jpnr or saksnr:
            q = q.join(SAK, SAK.id == JP.sak_id, isouter=art == "oppgave")
        if jpnr:
            return q.where(
                SAK.saksaar == jpnr[0], SAK.sakssekvensnummer == jpnr[1], JP.dokumentnummer == jpnr[2]
            )
        if saksnr:
            return q.where(SAK.saksaar == saksnr[0], SAK.sakssekvensnummer == saksnr[1])
        part = exists().where(
            m.Korrespondansepart.journalpost_id == JP.id,
            func.lower(m.Korrespondansepart.navn).contains(tekst),
        )
        return q.where(or_(func.lower(JP.tittel).contains(tekst), part))
    if saksnr:
        return q.where(SAK.saksaar == saksnr[0], SAK.sakssekvensnummer == saksnr[1])
    return q.where(func.lower(SAK.tittel).contains(tekst))


def _har_tabell(q: Select, tabell) -> bool:
    """Whether ``tabell`` is already in the query's FROM (itself or joined), not just named in a column."""

    def inn(f) -> bool:
        return f is tabell or (isinstance(f, Join) and (inn(f.left) or inn(f.right)))

    return any(inn(f) for f in q.get_final_froms())


def _sporring(a: Arbeid, k: KurvDef, *, filter: str | None, sorter: str | None, synkende: bool) -> Select:
    q = k.sporring(a)
    if filter and filter.strip():
        q = _filtrert(q, k.art, filter)
    if sorter:
        kolonner = _SORTERING[k.art].get(sorter)
        if kolonner is not None:
            if k.art == "journalpost" and sorter == "nummer" and not _har_tabell(q, SAK.__table__):
                q = q.join(SAK, SAK.id == JP.sak_id)
            idkol = {"journalpost": JP.id, "sak": SAK.id, "oppgave": OPPG.id}[k.art]
            orden = [c.desc() if synkende else c.asc() for c in (*kolonner, idkol)]
            q = q.order_by(None).order_by(*orden)
    return q


def kurv_ider(
    ctx: Kontekst,
    navn: str,
    *,
    filter: str | None = None,
    sorter: str | None = None,
    synkende: bool = False,
    fra: int = 0,
    grense: int | None = None,
) -> list[int]:
    """The ordered ids of a kurv, or the ``grense`` of them from place ``fra`` (one page of a long kurv).

    A page is read in the kurv's index order and stops early (no sort of the whole kurv); a
    filtered list is always read whole (the shielded-name check below works on all of it).
    """
    with arbeid(ctx, skriv=False) as a:
        k = _def(a, navn)
        q = _sporring(a, k, filter=filter, sorter=sorter, synkende=synkende)
        tekst = (filter or "").strip().lower()
        if grense is not None and not tekst:
            q = q.offset(max(fra, 0)).limit(grense)
        ider = list(a.s.scalars(q))
        if k.art == "journalpost" and tekst and not (les_journalpostnummer(tekst) or les_saksnummer(tekst)):
            from app.services.sok import synlige_treff

            ider = synlige_treff(a, ider, [tekst])  # a shielded party name does not filter a post in
        if grense is not None and tekst:
            ider = ider[max(fra, 0) : max(fra, 0) + grense]
        return ider


def kurv_antall(ctx: Kontekst, navn: str, *, filter: str | None = None) -> int:
    """How many rows the kurv holds (asked apart from its first page, so the page need not wait)."""
    if filter and filter.strip():
        return len(kurv_ider(ctx, navn, filter=filter))
    with arbeid(ctx, skriv=False) as a:
        k = _def(a, navn)
        return int(a.s.scalar(select(func.count()).select_from(k.sporring(a).order_by(None).subquery())) or 0)


def kurver(ctx: Kontekst) -> list[KurvInfo]:
    """The kurver the acting user has, with counts, for the left pane."""
    with arbeid(ctx, skriv=False) as a:
        ut = []
        for k in KURVER:
            if not _tilgjengelig(a, k):
                continue
            antall = a.s.scalar(select(func.count()).select_from(k.sporring(a).order_by(None).subquery()))
            ut.append(KurvInfo(k.navn, k.tittel, k.art, int(antall or 0), k.gruppe))
        return ut + egne_kurver.kurvinfo(a)


def kurv_rader(ctx: Kontekst, navn_eller_art: str, ider: list[int]) -> list[KurvRad]:
    """Rows for the given ids, in the same order (one page of a list)."""
    art = KURV_ETTER_NAVN[navn_eller_art].art if navn_eller_art in KURV_ETTER_NAVN else navn_eller_art
    with arbeid(ctx, skriv=False) as a:
        return rader(a, art if art in ("journalpost", "sak", "oppgave") else "journalpost", ider)


def kurv_side(
    ctx: Kontekst, navn: str, *, side: int = 1, per_side: int = 500, filter: str | None = None
) -> KurvSide:
    ider = kurv_ider(ctx, navn, filter=filter)
    start = (max(side, 1) - 1) * per_side
    return KurvSide(navn, len(ider), side, per_side, kurv_rader(ctx, navn, ider[start : start + per_side]))
