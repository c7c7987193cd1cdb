"""Møter: create, list, the saksliste (order, lock) and the møteinnkalling and møteprotokoll.

The public innkalling leaves out every sak whose sakspapir (or sak) carries a tilgangskode and
says how many were left out; the public protocol keeps each behandling's number and status but
withholds the title and the vedtak of a shielded one. The members' versions hold everything.
Both are made from the møte templates and converted to PDF/A by LibreOffice (app/dokumenter).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.dokumenter.motedokumenter import Motedata, Motemedlem, Motesak, som_pdf
from app.domain.feil import UgyldigInndata
from app.domain.regler import politikk as regler
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.politikk.felles import (
    BehandlingRad,
    MoteInfo,
    mote_,
    mote_info,
    motenummer,
    nummer,
    tekst,
    utvalg_,
)
from app.services.politikk.lesing import _saksliste
from app.services.visning import jp_nummer
from app.store import models as m
from app.store.modeller import politikk as pm


@skrivetjeneste
def opprett_mote(
    ctx: Kontekst,
    utvalg: str,
    *,
    dato: date,
    sted: str,
    klokkeslett: str | None = None,
    skrivefrist: date | None = None,
    innkallingsfrist: date | None = None,
) -> Resultat:
    """A møte; the frister default to the settings (skrivefrist 9, innkalling 8 days before)."""
    sted = tekst(sted, 200, "Møtestedet")
    if not sted:
        raise UgyldigInndata("Skriv hvor møtet holdes")
    with arbeid(ctx) as a:
        u = utvalg_(a, utvalg)
        regler.sjekk_sekretar(a.aktor, u.sekretar_id, "opprette møter")
        i = innstillinger.les(a)
        sf, inf = regler.frister(
            dato, skrivefrist_dager=i.skrivefrist_dager, innkallingsfrist_dager=i.innkallingsfrist_dager
        )
        sf, inf = skrivefrist or sf, innkallingsfrist or inf
        regler.sjekk_mote(dato, sf, inf)
        if a.s.scalar(select(pm.Mote.id).where(pm.Mote.utvalg_id == u.id, pm.Mote.dato == dato)):
            raise UgyldigInndata(f"{u.kode} har alt et møte {dato:%d.%m.%Y}")
        nr = (
            a.s.scalar(
                select(func.max(pm.Mote.nummer)).where(pm.Mote.utvalg_id == u.id, pm.Mote.aar == dato.year)
            )
            or 0
        ) + 1
        mt = pm.Mote(
            utvalg_id=u.id, aar=dato.year, nummer=nr, dato=dato, klokkeslett=(klokkeslett or "").strip() or None,
            sted=sted, skrivefrist=sf, innkallingsfrist=inf, status="planlagt",
        )  # fmt: skip
        a.s.add(mt)
        a.s.flush()
        a.logg("møte opprettet", entitet="mote", entitet_id=mt.id, felt=u.kode, til=f"{dato:%d.%m.%Y}")
        return Resultat(
            f"Møte {nr}/{dato.year} i {u.kode} {dato:%d.%m.%Y} (skrivefrist {sf:%d.%m.%Y}, "
            f"innkalling {inf:%d.%m.%Y})",
            id=mt.id,
        )


def liste_moter(ctx: Kontekst, utvalg: str | None = None, *, fra: date | None = None) -> list[MoteInfo]:
    with arbeid(ctx, skriv=False) as a:
        q = select(pm.Mote).order_by(pm.Mote.dato, pm.Mote.id)
        if utvalg:
            q = q.where(pm.Mote.utvalg_id == utvalg_(a, utvalg).id)
        if fra:
            q = q.where(pm.Mote.dato >= fra)
        return [mote_info(a, mt) for mt in a.s.scalars(q)]


def vis_mote(ctx: Kontekst, mote: int | str | date, utvalg: str | None = None) -> MoteInfo:
    with arbeid(ctx, skriv=False) as a:
        return mote_info(a, mote_(a, mote, utvalg))


def saksliste(ctx: Kontekst, mote: int | str | date, utvalg: str | None = None) -> list[BehandlingRad]:
    with arbeid(ctx, skriv=False) as a:
        return _saksliste(a, mote_(a, mote, utvalg))


def _sekretar(a: Arbeid, mt: pm.Mote, handling: str) -> pm.Utvalg:
    u = a.hent(pm.Utvalg, mt.utvalg_id, "utvalget")
    regler.sjekk_sekretar(a.aktor, u.sekretar_id, handling)
    return u


@skrivetjeneste
def fyll_saksliste(ctx: Kontekst, mote_id: int) -> Resultat:
    """Put every sak klar til behandling for this møte on its saksliste, oldest first."""
    from app.services.politikk.behandling import _sett_opp

    with arbeid(ctx) as a:
        mt = a.hent(pm.Mote, mote_id, "møtet")
        _sekretar(a, mt, "sette opp saker")
        regler.sjekk_kan_endre_saksliste(mt.status)
        klare = a.s.scalars(
            select(pm.Utvalgssak)
            .where(pm.Utvalgssak.onsket_mote_id == mt.id, pm.Utvalgssak.status == "klar")
            .order_by(pm.Utvalgssak.klar_dato, pm.Utvalgssak.id)
        ).all()
        for us in klare:
            _sett_opp(a, us, mt)
        return Resultat(f"{len(klare)} saker er satt opp på møtet {mt.dato:%d.%m.%Y}", id=mt.id)


@skrivetjeneste
def sett_rekkefolge(ctx: Kontekst, mote_id: int, *, behandlinger: list[int]) -> Resultat:
    """The saksliste in the given order (every behandling once); saker unntatt offentlighet last."""
    with arbeid(ctx) as a:
        mt = a.hent(pm.Mote, mote_id, "møtet")
        _sekretar(a, mt, "endre sakslisten")
        regler.sjekk_kan_endre_saksliste(mt.status)
        rader = {b.id: b for b in a.s.scalars(select(pm.Behandling).where(pm.Behandling.mote_id == mt.id))}
        if sorted(behandlinger) != sorted(rader):
            raise UgyldigInndata("Den nye rekkefølgen må ta med hver sak på sakslisten én gang")
        regler.sjekk_rekkefolge([bool(rader[i].tilgangskode) for i in behandlinger])
        for plass, bid in enumerate(behandlinger, start=1):
            b = rader[bid]
            if b.rekkefolge != plass:
                a.endre(b, "rekkefolge", plass, handling="saksliste", journalpost_id=b.journalpost_id)
        return Resultat(f"Sakslisten for {mt.dato:%d.%m.%Y} er endret", id=mt.id)


@skrivetjeneste
def las_mote(ctx: Kontekst, mote_id: int) -> Resultat:
    """Lock the saksliste before the møte: no sak added, removed or moved; vedtak may be entered."""
    with arbeid(ctx) as a:
        mt = a.hent(pm.Mote, mote_id, "møtet")
        u = _sekretar(a, mt, "låse sakslisten")
        regler.sjekk_las(mt.status)
        a.endre(mt, "status", "last", handling="saksliste låst")
        mt.last_tid = a.naa
        antall = a.s.scalar(select(func.count()).where(pm.Behandling.mote_id == mt.id)) or 0
        return Resultat(f"Sakslisten for {u.kode} {mt.dato:%d.%m.%Y} er låst ({antall} saker)", id=mt.id)


def _data(a: Arbeid, mt: pm.Mote, *, protokoll: bool, offentlig: bool) -> Motedata:
    u = a.hent(pm.Utvalg, mt.utvalg_id, "utvalget")
    sek = a.s.get(m.Bruker, u.sekretar_id) if u.sekretar_id else None
    medlemmer = [
        Motemedlem(x.navn, regler.MEDLEMSROLLER[x.rolle], x.parti or "")
        for x in sorted(
            a.s.scalars(select(pm.Utvalgsmedlem).where(pm.Utvalgsmedlem.utvalg_id == u.id)),
            key=lambda x: (list(regler.MEDLEMSROLLER).index(x.rolle), x.id),
        )
    ]
    saker, utelatt = [], 0
    for b in a.s.scalars(
        select(pm.Behandling).where(pm.Behandling.mote_id == mt.id).order_by(pm.Behandling.rekkefolge)
    ):
        us = a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken")
        jp = a.hent(m.Journalpost, b.journalpost_id, "sakspapiret")
        skjult = offentlig and bool(b.tilgangskode)
        if skjult and not protokoll:
            utelatt += 1
            continue
        skjerming = f"Unntatt offentlighet, {b.hjemmel or b.tilgangskode}" if b.tilgangskode else ""
        saker.append(
            Motesak(
                nummer=nummer(us),
                tittel="" if skjult else jp.tittel,
                saksnummer=jp_nummer(jp.sak, jp),
                status=regler.BEHANDLINGSSTATUSER.get(b.status, b.status),
                innstilling="" if protokoll else (b.innstilling or ""),
                vedtak="" if (skjult or not protokoll) else (b.vedtak or ""),
                skjerming=skjerming,
            )
        )
    i = innstillinger.les(a)
    return Motedata(
        kommune_navn=i.kommune_navn,
        utvalg=f"{u.navn} ({u.kode})",
        motenummer=motenummer(mt),
        dato=f"{mt.dato:%d.%m.%Y}",
        klokkeslett=mt.klokkeslett or "",
        sted=mt.sted,
        sekretar=sek.navn if sek else "",
        versjon="Offentlig versjon"
        if offentlig
        else "Medlemsversjon (inneholder opplysninger unntatt offentlighet)",
        medlemmer=medlemmer,
        saker=saker,
        utelatt=f"{utelatt} sak(er) unntatt offentlighet er ikke med i den offentlige innkallingen."
        if utelatt
        else "",
    )


def innkalling(ctx: Kontekst, mote_id: int, *, offentlig: bool = True) -> tuple[str, bytes]:
    """The møteinnkalling as PDF/A: (file name, bytes). The saksliste must be locked."""
    with arbeid(ctx, skriv=False) as a:
        mt = a.hent(pm.Mote, mote_id, "møtet")
        if not offentlig:
            _sekretar(a, mt, "lage medlemsversjonen av innkallingen")
        regler.sjekk_innkalling(mt.status)
        data = _data(a, mt, protokoll=False, offentlig=offentlig)
        navn = _filnavn(a, mt, "innkalling", offentlig)
    return navn, som_pdf("moteinnkalling.docx", data)


def protokoll(ctx: Kontekst, mote_id: int, *, offentlig: bool = True) -> tuple[str, bytes]:
    """The møteprotokoll as PDF/A: (file name, bytes)."""
    with arbeid(ctx, skriv=False) as a:
        mt = a.hent(pm.Mote, mote_id, "møtet")
        if not offentlig:
            _sekretar(a, mt, "lage medlemsversjonen av protokollen")
        regler.sjekk_protokoll(mt.status)
        data = _data(a, mt, protokoll=True, offentlig=offentlig)
        navn = _filnavn(a, mt, "protokoll", offentlig)
    return navn, som_pdf("moteprotokoll.docx", data)


def _filnavn(a: Arbeid, mt: pm.Mote, hva: str, offentlig: bool) -> str:
    u = a.hent(pm.Utvalg, mt.utvalg_id, "utvalget")
    return f"{u.kode}-{mt.dato:%Y-%m-%d}-{hva}{'' if offentlig else '-medlemmer'}.pdf"
