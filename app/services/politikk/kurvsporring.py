"""The møtesekretær's kurver as saved queries over journalpost ids (app/services/kurver.py lists them).

Klar til behandling: sakspapir with an utvalgssak klar in one of the desk's utvalg. Neste møte:
the sakspapir on each of those utvalg's next møte not yet held. Til oppfølging: sakspapir whose
final vedtak (the last step of the saksgang, or a DS) the saksbehandler has not confirmed.
The desk's utvalg are those it is secretary of; a møtesekretær (or the archive) who is secretary
of none sees every utvalg.
"""

from __future__ import annotations

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import aliased

from app.domain.regler import politikk as regler
from app.services.arbeid import Arbeid
from app.store import models as m
from app.store.modeller import politikk as pm

JP = m.Journalpost


def mine_utvalg(a: Arbeid) -> list[int]:
    mine = list(a.s.scalars(select(pm.Utvalg.id).where(pm.Utvalg.sekretar_id == a.aktor.skrivebord_id)))
    if mine:
        return mine
    return list(a.s.scalars(select(pm.Utvalg.id))) if regler.er_sekretar(a.aktor, None) else []


def har_motebord(a: Arbeid) -> bool:
    return regler.er_sekretar(a.aktor, None) or bool(
        a.s.scalar(select(pm.Utvalg.id).where(pm.Utvalg.sekretar_id == a.aktor.skrivebord_id).limit(1))
    )


def klar_til_behandling(a: Arbeid) -> Select:
    klare = select(pm.Utvalgssak.journalpost_id).where(
        pm.Utvalgssak.status == "klar", pm.Utvalgssak.utvalg_id.in_(mine_utvalg(a))
    )
    return select(JP.id).where(JP.id.in_(klare)).order_by(JP.journaldato, JP.id)


def neste_mote(a: Arbeid) -> Select:
    senere = aliased(pm.Mote)
    neste_dato = (
        select(func.min(senere.dato))
        .where(senere.utvalg_id == pm.Mote.utvalg_id, senere.status != "avholdt", senere.dato >= a.idag)
        .scalar_subquery()
    )
    paa = (
        select(pm.Behandling.journalpost_id)
        .join(pm.Mote, pm.Mote.id == pm.Behandling.mote_id)
        .where(pm.Mote.utvalg_id.in_(mine_utvalg(a)), pm.Mote.status != "avholdt", pm.Mote.dato == neste_dato)
    )
    return select(JP.id).where(JP.id.in_(paa)).order_by(JP.journaldato, JP.id)


def til_oppfolging(a: Arbeid) -> Select:
    us, senere = pm.Utvalgssak, aliased(pm.Utvalgssak)
    siste = ~exists().where(
        senere.journalpost_id == us.journalpost_id,
        senere.type == "PS",
        senere.rekkefolge > us.rekkefolge,
    )
    venter = (
        select(pm.Behandling.journalpost_id)
        .join(us, us.id == pm.Behandling.utvalgssak_id)
        .where(
            pm.Behandling.status.in_(("vedtatt", "sendt_videre")),
            pm.Behandling.oppfolging_bekreftet.is_(None),
            us.utvalg_id.in_(mine_utvalg(a)),
            us.type.in_(("PS", "DS")),
            siste,
        )
    )
    return select(JP.id).where(JP.id.in_(venter)).order_by(JP.journaldato, JP.id)
