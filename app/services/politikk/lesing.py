"""Reading the political desk: the saksgang on the S card, the møtesekretær's kurver, the
saksliste, the delegasjonsliste. Plain rows (app/services/politikk/felles.py), no writes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler import politikk as regler
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.politikk.behandling import er_siste, sjekk_kan_bekrefte
from app.services.politikk.felles import BehandlingRad, SaksgangRad, nummer, rad, utvalg_
from app.services.politikk.kurvsporring import har_motebord, mine_utvalg
from app.store import models as m
from app.store.modeller import politikk as pm

# --- reading -----------------------------------------------------------------------------------


def saksgang(ctx: Kontekst, jpnr: str | int) -> list[SaksgangRad]:
    """Every utvalgssak of a journalpost, the saksgang (PS) in order first, with its latest behandling."""
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        ut = []
        for us in a.s.scalars(
            select(pm.Utvalgssak)
            .where(pm.Utvalgssak.journalpost_id == jp.id)
            .order_by(pm.Utvalgssak.type != "PS", pm.Utvalgssak.rekkefolge, pm.Utvalgssak.id)
        ):
            b = a.s.scalar(
                select(pm.Behandling)
                .where(pm.Behandling.utvalgssak_id == us.id)
                .order_by(pm.Behandling.id.desc())
            )
            mt = a.s.get(pm.Mote, b.mote_id if b else us.onsket_mote_id) if (b or us.onsket_mote_id) else None
            ut.append(
                SaksgangRad(
                    us.id,
                    us.rekkefolge,
                    a.hent(pm.Utvalg, us.utvalg_id, "utvalget").kode,
                    us.type,
                    nummer(us),
                    regler.BEHANDLINGSSTATUSER.get(b.status, b.status)
                    if b
                    else regler.UTVALGSSAKSTATUSER.get(us.status, us.status),
                    mt.dato if mt else None,
                    b.vedtak if b else None,
                )  # fmt: skip
            )
        return ut


def klar_til_behandling(ctx: Kontekst) -> list[BehandlingRad]:
    """The møtesekretær's Klar til behandling: saker waiting for a saksliste, by suggested møte."""
    with arbeid(ctx, skriv=False) as a:
        rader = a.s.scalars(
            select(pm.Utvalgssak)
            .where(pm.Utvalgssak.status == "klar", pm.Utvalgssak.utvalg_id.in_(mine_utvalg(a)))
            .order_by(pm.Utvalgssak.klar_dato, pm.Utvalgssak.id)
        ).all()
        return [rad(a, us) for us in rader]


def til_oppfolging(ctx: Kontekst) -> list[BehandlingRad]:
    """Til oppfølging: final vedtak whose oppfølging the saksbehandler has not confirmed."""
    with arbeid(ctx, skriv=False) as a:
        ut = []
        uids = mine_utvalg(a)
        for b in a.s.scalars(
            select(pm.Behandling)
            .join(pm.Mote, pm.Mote.id == pm.Behandling.mote_id)
            .where(
                pm.Behandling.status.in_(("vedtatt", "sendt_videre")),
                pm.Behandling.oppfolging_bekreftet.is_(None),
                pm.Mote.utvalg_id.in_(uids),
            )
            .order_by(pm.Behandling.vedtaksdato, pm.Behandling.id)
        ):
            us = a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken")
            if us.type in ("PS", "DS") and er_siste(a, us):
                ut.append(rad(a, us, b))
        return ut


def _saksliste(a: Arbeid, mt: pm.Mote) -> list[BehandlingRad]:
    rader = a.s.scalars(
        select(pm.Behandling).where(pm.Behandling.mote_id == mt.id).order_by(pm.Behandling.rekkefolge)
    ).all()
    return [rad(a, a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken"), b) for b in rader]


def delegasjonsliste(ctx: Kontekst, utvalg: str, *, fra: date, til: date) -> list[BehandlingRad]:
    """Every delegated decision (DS) referred to ``utvalg`` with its vedtaksdato in the period."""
    if til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    with arbeid(ctx, skriv=False) as a:
        u = utvalg_(a, utvalg)
        ut = []
        for us, jp in a.s.execute(
            select(pm.Utvalgssak, m.Journalpost)
            .join(m.Journalpost, m.Journalpost.id == pm.Utvalgssak.journalpost_id)
            .where(pm.Utvalgssak.utvalg_id == u.id, pm.Utvalgssak.type == "DS")
            .order_by(m.Journalpost.journaldato, pm.Utvalgssak.id)
        ):
            dato = jp.dokumentdato or jp.journaldato
            if fra <= dato <= til:
                ut.append(rad(a, us))
        return ut


def mulige(ctx: Kontekst, jp_id: int) -> dict[str, BehandlingRad | str]:
    """What the political actions may do on one journalpost: the row each acts on, or why not.

    ``sett_opp``: its utvalgssak klar til behandling (the møtesekretær's); ``vedtak``: its
    behandling on a locked saksliste; ``oppfolging``: the final vedtak the desk confirms.
    """
    with arbeid(ctx, skriv=False) as a:
        jp = a.hent(m.Journalpost, jp_id, "journalposten")
        ut: dict[str, BehandlingRad | str] = {}
        sekretar = set(mine_utvalg(a))
        klar = a.s.scalar(
            select(pm.Utvalgssak).where(pm.Utvalgssak.journalpost_id == jp.id, pm.Utvalgssak.status == "klar")
        )
        ut["sett_opp"] = (
            rad(a, klar)
            if klar is not None and klar.utvalg_id in sekretar
            else "Saken er ikke klar til behandling i et av dine utvalg"
        )
        apen = a.s.scalar(
            select(pm.Behandling)
            .join(pm.Mote, pm.Mote.id == pm.Behandling.mote_id)
            .where(
                pm.Behandling.journalpost_id == jp.id,
                pm.Behandling.status == "satt_opp",
                pm.Mote.status == "last",
            )
        )
        ut["vedtak"] = (
            rad(a, a.hent(pm.Utvalgssak, apen.utvalgssak_id, "utvalgssaken"), apen)
            if apen is not None and a.hent(pm.Mote, apen.mote_id, "møtet").utvalg_id in sekretar
            else "Saken står ikke på en låst saksliste i et av dine utvalg"
        )
        ut["oppfolging"] = "Ingen vedtak venter på din oppfølging"
        for b in a.s.scalars(
            select(pm.Behandling)
            .where(pm.Behandling.journalpost_id == jp.id)
            .order_by(pm.Behandling.id.desc())
        ):
            try:
                sjekk_kan_bekrefte(a, b, jp)
            except (UgyldigTilstand, IngenTilgang) as e:
                ut["oppfolging"] = str(e)
                continue
            ut["oppfolging"] = rad(a, a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken"), b)
            break
        return ut


def motebord(ctx: Kontekst) -> bool:
    """May the acting user open the Møtebord (møtesekretær, the archive, or secretary of an utvalg)."""
    with arbeid(ctx, skriv=False) as a:
        return har_motebord(a)
