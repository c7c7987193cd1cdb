"""Own kurver: saved searches in the left pane, counted like the built-in ones (issue 20, item 18).

A kurv belongs to the person at the keyboard; a leader may share one with the unit, whose members
then see it too (read-only for them). "meg" in the criteria is whoever opens the kurv, on the desk
that is open. The built-in kurver (app/services/kurver.py) find an own kurv here by its key
``egen:<id>`` or by its name, so ``kurv_ider``/``kurv_rader``/``saksbord kurv NAVN`` work for both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Select, func, or_, select

from app.domain.feil import IkkeFunnet
from app.domain.regler import kurv as regel
from app.domain.regler.kurv import PREFIKS, Kriterier
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import KurvInfo, Resultat
from app.store import models as m
from app.store.models_regler import EgenKurv

JP = m.Journalpost
GRUPPE = "egne"


@dataclass(frozen=True)
class EgenKurvInfo:
    nokkel: str
    navn: str
    kriterier: Kriterier
    delt: bool
    egen: bool  # False: shared with me by the unit's leader


def _min_enhet(a: Arbeid) -> int | None:
    b = a.s.get(m.Bruker, a.aktor.bruker_id)
    return b.enhet_id if b else None


def _synlige(a: Arbeid) -> list[EgenKurv]:
    """Mine in my order, then those shared with my unit by others."""
    enhet = _min_enhet(a)
    hvem = [EgenKurv.eier_id == a.aktor.bruker_id]
    if enhet is not None:
        hvem.append(EgenKurv.delt_enhet_id == enhet)
    rader = a.s.scalars(select(EgenKurv).where(or_(*hvem))).all()
    return sorted(rader, key=lambda k: (k.eier_id != a.aktor.bruker_id, k.rekkefolge, k.id))


def finn(a: Arbeid, navn: str) -> EgenKurv | None:
    """An own kurv by key (``egen:12``) or by name, among those the user sees."""
    tekst = (navn or "").strip()
    for k in _synlige(a):
        if tekst == f"{PREFIKS}{k.id}" or tekst.lower() == k.navn.lower():
            return k
    return None


def _egen(a: Arbeid, navn: str) -> EgenKurv:
    k = finn(a, navn)
    if k is None:
        raise IkkeFunnet(f"Fant ingen egen kurv «{navn}»")
    return k


def sporring(a: Arbeid, k: EgenKurv) -> Select:
    """The kurv's journalposter, newest first; day windows count from today."""
    kr = Kriterier.fra_json(k.kriterier)
    q = select(JP.id).where(JP.status != "U")
    if kr.typer:
        q = q.where(JP.type.in_(list(kr.typer)))
    if kr.statuser:
        q = q.where(JP.status.in_(list(kr.statuser)))
    if kr.enhet:
        enhet = select(m.AdministrativEnhet.id).where(func.upper(m.AdministrativEnhet.kode) == kr.enhet)
        q = q.where(JP.enhet_id.in_(enhet))
    if kr.saksbehandler:
        if kr.saksbehandler == "MEG":
            q = q.where(JP.saksbehandler_id == a.aktor.skrivebord_id)
        else:
            sbh = select(m.Bruker.id).where(func.upper(m.Bruker.initialer) == kr.saksbehandler)
            q = q.where(JP.saksbehandler_id.in_(sbh))
    if kr.klasse:
        saker = select(m.Klassering.sak_id).where(m.Klassering.ordningsverdi.startswith(kr.klasse))
        q = q.where(JP.sak_id.in_(saker))
    if kr.siste_dager is not None:
        q = q.where(JP.journaldato >= a.idag - timedelta(days=kr.siste_dager))
    if kr.forfall_innen_dager is not None:
        q = q.where(JP.restanse.is_(True), JP.forfallsdato <= a.idag + timedelta(days=kr.forfall_innen_dager))
    return q.order_by(JP.journaldato.desc(), JP.id.desc())


def kurvdef(a: Arbeid, navn: str) -> tuple[str, str, Callable[[Arbeid], Select]] | None:
    """(key, title, query) of an own kurv by key or name, for kurver._def to wrap (None: no such kurv)."""
    k = finn(a, navn)
    if k is None:
        return None
    return f"{PREFIKS}{k.id}", k.navn, lambda a2: sporring(a2, k)


def kurvinfo(a: Arbeid) -> list[KurvInfo]:
    """The own kurver with their counts, for the left pane (after the built-in ones)."""
    ut = []
    for k in _synlige(a):
        antall = a.s.scalar(select(func.count()).select_from(sporring(a, k).order_by(None).subquery()))
        ut.append(KurvInfo(f"{PREFIKS}{k.id}", k.navn, "journalpost", int(antall or 0), GRUPPE))
    return ut


def egne_kurver(ctx: Kontekst) -> list[EgenKurvInfo]:
    with arbeid(ctx, skriv=False) as a:
        return [
            EgenKurvInfo(
                f"{PREFIKS}{k.id}",
                k.navn,
                Kriterier.fra_json(k.kriterier),
                k.delt_enhet_id is not None,
                k.eier_id == a.aktor.bruker_id,
            )
            for k in _synlige(a)
        ]


def _logg(a: Arbeid, k: EgenKurv, handling: str, *, felt: str | None = None, fra=None, til=None) -> None:
    a.logg(handling, entitet="egen_kurv", entitet_id=k.id, felt=felt, fra=fra, til=til)


@skrivetjeneste
def lagre_kurv(ctx: Kontekst, navn: str, kriterier: Kriterier, *, del_med_enheten: bool = False) -> Resultat:
    """Save a search as an own kurv, last in the user's list; a leader may share it with the unit at once."""
    kr = regel.rens_kriterier(kriterier)
    with arbeid(ctx) as a:
        mine = [k for k in _synlige(a) if k.eier_id == a.aktor.bruker_id]
        navn = regel.rens_navn(navn, egne={k.navn for k in mine})
        enhet = _min_enhet(a)
        if del_med_enheten:
            regel.sjekk_kan_dele(enhet is not None and enhet in a.aktor.leder_for)
        k = EgenKurv(
            eier_id=a.aktor.bruker_id,
            navn=navn,
            kriterier=kr.til_json(),
            rekkefolge=max((x.rekkefolge for x in mine), default=0) + 1,
            delt_enhet_id=enhet if del_med_enheten else None,
            opprettet=a.naa,
        )
        a.s.add(k)
        a.s.flush()
        _logg(a, k, "kurv lagret", til=f"{navn}: {k.kriterier}")
        return Resultat(f"Kurven «{navn}» er lagret", id=k.id, kurv=f"{PREFIKS}{k.id}")


@skrivetjeneste
def gi_nytt_navn(ctx: Kontekst, kurv: str, nytt: str) -> Resultat:
    with arbeid(ctx) as a:
        k = _egen(a, kurv)
        regel.sjekk_eier(k.eier_id == a.aktor.bruker_id)
        andre = {x.navn for x in _synlige(a) if x.eier_id == a.aktor.bruker_id and x.id != k.id}
        navn = regel.rens_navn(nytt, egne=andre)
        _logg(a, k, "kurv endret", felt="navn", fra=k.navn, til=navn)
        k.navn = navn
        return Resultat(f"Kurven heter nå «{navn}»", kurv=f"{PREFIKS}{k.id}")


@skrivetjeneste
def flytt_kurv(ctx: Kontekst, kurv: str, *, steg: int) -> Resultat:
    """Move an own kurv up (steg -1) or down (+1) among the user's own."""
    with arbeid(ctx) as a:
        k = _egen(a, kurv)
        regel.sjekk_eier(k.eier_id == a.aktor.bruker_id)
        mine = [x for x in _synlige(a) if x.eier_id == a.aktor.bruker_id]
        i = mine.index(k)
        j = max(0, min(len(mine) - 1, i + steg))
        mine.insert(j, mine.pop(i))
        for n, x in enumerate(mine, start=1):
            x.rekkefolge = n
        _logg(a, k, "kurv flyttet", felt="rekkefolge", fra=i + 1, til=j + 1)
        return Resultat(f"Kurven «{k.navn}» er flyttet", kurv=f"{PREFIKS}{k.id}")


@skrivetjeneste
def fjern_kurv(ctx: Kontekst, kurv: str) -> Resultat:
    with arbeid(ctx) as a:
        k = _egen(a, kurv)
        regel.sjekk_eier(k.eier_id == a.aktor.bruker_id)
        _logg(a, k, "kurv fjernet", fra=k.navn)
        a.s.delete(k)
        return Resultat(f"Kurven «{k.navn}» er fjernet")


@skrivetjeneste
def del_kurv(ctx: Kontekst, kurv: str, *, delt: bool = True) -> Resultat:
    """A leader shares an own kurv with the unit (or stops sharing it)."""
    with arbeid(ctx) as a:
        k = _egen(a, kurv)
        regel.sjekk_eier(k.eier_id == a.aktor.bruker_id)
        enhet = _min_enhet(a)
        if delt:
            regel.sjekk_kan_dele(enhet is not None and enhet in a.aktor.leder_for)
        ny = enhet if delt else None
        _logg(
            a, k, "kurv delt" if delt else "kurv ikke delt", felt="delt_enhet_id", fra=k.delt_enhet_id, til=ny
        )
        k.delt_enhet_id = ny
        hva = "er delt med enheten" if delt else "deles ikke lenger"
        return Resultat(f"Kurven «{k.navn}» {hva}", kurv=f"{PREFIKS}{k.id}")
