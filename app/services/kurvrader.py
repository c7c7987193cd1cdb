"""The rows a kurv list shows, a page of ids at a time: journalposter, saker and tasks, each field
masked as the reader may see it (app/services/kurver.py asks for them; the window for a page).
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from app.services.arbeid import Arbeid
from app.services.data import JpFelt, KurvRad, PartFelt, SakFelt
from app.services.visning import avsender_mottaker, jp_nummer, jp_skjerming, jp_skjult, sak_nummer, sak_skjult
from app.store import models as m

JP, SAK, OPPG = m.Journalpost, m.Sak, m.Oppgave


def _initialer(a: Arbeid, ider: set[int]) -> dict[int, str]:
    if not ider:
        return {}
    return dict(a.s.execute(select(m.Bruker.id, m.Bruker.initialer).where(m.Bruker.id.in_(ider))).all())


def _saker(a: Arbeid, ider: set[int]) -> dict[int, m.Sak]:
    return {s.id: s for s in a.s.scalars(select(SAK).where(SAK.id.in_(ider)))} if ider else {}


_JP_KOLONNER = tuple(f.name for f in fields(JpFelt) if f.name != "parter")
_SAK_KOLONNER = tuple(f.name for f in fields(SakFelt))


def _jp_rader(a: Arbeid, ider: list[int]) -> list[KurvRad]:
    # A page is read as plain rows in two queries (journalposter with their sak and saksbehandler,
    # then their parties): no ORM objects, no per-row lazy loads. The scrolling list asks for a
    # page on the UI thread, so this is the cost of each page boundary.
    jt, st, bt = JP.__table__, SAK.__table__, m.Bruker.__table__
    sak = st.alias("s")
    q = (
        select(
            *(jt.c[k] for k in _JP_KOLONNER),
            *(sak.c[k].label(f"s_{k}") for k in _SAK_KOLONNER),
            bt.c.initialer.label("sbh_initialer"),
        )
        .join(sak, sak.c.id == jt.c.sak_id)
        .outerjoin(bt, bt.c.id == jt.c.saksbehandler_id)
        .where(jt.c.id.in_(ider))
    )
    rader = {r.id: r for r in a.s.execute(q)}
    kp = m.Korrespondansepart.__table__
    parter: dict[int, list[PartFelt]] = {}
    if rader:
        for p in a.s.execute(
            select(kp.c.journalpost_id, kp.c.rolle, kp.c.navn)
            .where(kp.c.journalpost_id.in_(list(rader)))
            .order_by(kp.c.id)
        ):
            parter.setdefault(p.journalpost_id, []).append(PartFelt(p.rolle, p.navn))
    ut = []
    for i in ider:
        r = rader.get(i)
        if r is None:
            continue
        jp = JpFelt(**{k: getattr(r, k) for k in _JP_KOLONNER}, parter=parter.get(i, []))
        sak_ = SakFelt(**{k: getattr(r, f"s_{k}") for k in _SAK_KOLONNER})
        skj = jp_skjerming(jp, sak_)
        ut.append(
            KurvRad(
                art="journalpost",
                id=jp.id,
                journalpostnummer=jp_nummer(sak_, jp),
                saksnummer=sak_nummer(sak_),
                tittel=jp_skjult(a, jp, sak_).tittel(jp.tittel),
                type=jp.type,
                status=jp.status,
                avsender_mottaker=jp_skjult(a, jp, sak_).vis("parter", avsender_mottaker(jp)),
                forfallsdato=jp.forfallsdato,
                saksbehandler=r.sbh_initialer,
                dato=jp.journaldato,
                journalpost_id=jp.id,
                sak_id=sak_.id,
                restanse=jp.restanse,
                forelopig_svar=jp.forelopig_svar,
                skjermet=skj is not None,
            )
        )
    return ut


def _sak_rader(a: Arbeid, ider: list[int]) -> list[KurvRad]:
    saker = {s.id: s for s in a.s.scalars(select(SAK).where(SAK.id.in_(ider)))}
    ansv = _initialer(a, {s.saksansvarlig_id for s in saker.values() if s.saksansvarlig_id})
    return [
        KurvRad(
            art="sak",
            id=s.id,
            journalpostnummer=None,
            saksnummer=sak_nummer(s),
            tittel=sak_skjult(a, s).tittel(s.tittel),
            type=s.sakstype,
            status=s.status,
            avsender_mottaker=None,
            forfallsdato=s.obs_dato,
            saksbehandler=ansv.get(s.saksansvarlig_id) if s.saksansvarlig_id else None,
            dato=s.saksdato,
            journalpost_id=None,
            sak_id=s.id,
            skjermet=s.tilgangskode is not None,
            merknad=s.obs_kommentar,
        )
        for s in (saker.get(i) for i in ider)
        if s is not None
    ]


def _oppgave_rader(a: Arbeid, ider: list[int]) -> list[KurvRad]:
    from app.domain.koder import OPPGAVETYPER

    oppg = {o.id: o for o in a.s.scalars(select(OPPG).where(OPPG.id.in_(ider)))}
    jp_ider = {o.journalpost_id for o in oppg.values() if o.journalpost_id}
    jps = {jp.id: jp for jp in a.s.scalars(select(JP).where(JP.id.in_(jp_ider)))} if jp_ider else {}
    saker = _saker(a, {jp.sak_id for jp in jps.values()} | {o.sak_id for o in oppg.values() if o.sak_id})
    brukere = _initialer(a, {o.fra_id for o in oppg.values()} | {o.til_id for o in oppg.values()})
    ut = []
    for i in ider:
        o = oppg.get(i)
        if o is None:
            continue
        jp = jps.get(o.journalpost_id) if o.journalpost_id else None
        sak_id = jp.sak_id if jp else o.sak_id
        sak = saker.get(sak_id) if sak_id else None
        ut.append(
            KurvRad(
                art="oppgave",
                id=o.id,
                journalpostnummer=jp_nummer(sak, jp) if jp and sak else None,
                saksnummer=sak_nummer(sak) if sak else None,
                tittel=(jp_skjult(a, jp, sak).tittel(jp.tittel) if jp and sak else jp.tittel)
                if jp
                else (sak.tittel if sak else ""),
                type=jp.type if jp else None,
                status=jp.status if jp else (sak.status if sak else None),
                avsender_mottaker=brukere.get(o.fra_id),
                forfallsdato=jp.forfallsdato if jp else None,
                saksbehandler=brukere.get(o.til_id),
                dato=o.sendt.date(),
                journalpost_id=o.journalpost_id,
                sak_id=sak.id if sak else None,
                oppgavetype=OPPGAVETYPER.get(o.type, o.type),
                ventet_dager=max(0, (a.idag - o.sendt.date()).days),
                merknad=o.merknad,
                fra=None if o.fra_id == a.aktor.skrivebord_id else brukere.get(o.fra_id),
                til=brukere.get(o.til_id),
            )
        )
    return ut


def rader(a: Arbeid, art: str, ider: list[int]) -> list[KurvRad]:
    return {"journalpost": _jp_rader, "sak": _sak_rader, "oppgave": _oppgave_rader}[art](a, list(ider))
