"""Write access to a sak: who may register in it, and the grants the saksansvarlig gives (issue 20).

The rule is ``regler.sjekk_skrivetilgang_sak``; registering a journalpost asks it through
``krev_skrivetilgang``. A grant is a row in ``sak_tilgang``, logged in the sak's history.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import IngenTilgang, UgyldigInndata
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.visning import sak_nummer
from app.store import models as m
from app.store.models_regler import SakTilgang


def _tildelt(a: Arbeid, sak: m.Sak) -> bool:
    """Granted access, or given work in the sak: the saksbehandler of one of its journalposter."""
    ider = {a.aktor.bruker_id, a.aktor.skrivebord_id}
    gitt = select(SakTilgang.id).where(SakTilgang.sak_id == sak.id, SakTilgang.bruker_id.in_(ider))
    arbeid_i_saken = select(m.Journalpost.id).where(
        m.Journalpost.sak_id == sak.id, m.Journalpost.saksbehandler_id.in_(ider)
    )
    return a.s.scalar(gitt.limit(1)) is not None or a.s.scalar(arbeid_i_saken.limit(1)) is not None


def krev_skrivetilgang(a: Arbeid, sak: m.Sak) -> None:
    """Refuse registering in ``sak`` without write access, naming who can grant it."""
    ansvarlig = a.s.get(m.Bruker, sak.saksansvarlig_id) if sak.saksansvarlig_id else None
    regler.sjekk_skrivetilgang_sak(
        a.aktor,
        saksnummer=sak_nummer(sak),
        saksansvarlig_id=sak.saksansvarlig_id,
        saksansvarlig_navn=ansvarlig.navn if ansvarlig else None,
        enhet_id=sak.enhet_id,
        tildelt=_tildelt(a, sak),
    )


def _sjekk_kan_gi(a: Arbeid, sak: m.Sak) -> None:
    if not regler.kan_gi_skrivetilgang(a.aktor, saksansvarlig_id=sak.saksansvarlig_id, enhet_id=sak.enhet_id):
        raise IngenTilgang(
            "Bare saksansvarlig, leder for enheten eller arkivet kan gi skrivetilgang til saken"
        )


@skrivetjeneste
def gi_skrivetilgang(ctx: Kontekst, saksnr: str, *, til: str) -> Resultat:
    """Let a user outside the sak's unit register in it."""
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        _sjekk_kan_gi(a, sak)
        bruker = a.bruker(til)
        nr = sak_nummer(sak)
        finnes = a.s.scalar(
            select(SakTilgang).where(SakTilgang.sak_id == sak.id, SakTilgang.bruker_id == bruker.id)
        )
        if finnes is not None:
            return Resultat(f"{bruker.navn} har allerede skrivetilgang til sak {nr}", saksnummer=nr)
        if regler.har_skrivetilgang_sak(
            regler.Aktor(
                bruker_id=bruker.id,
                initialer=bruker.initialer,
                navn=bruker.navn,
                enhet_id=bruker.enhet_id,
                roller=frozenset(),
                koder=frozenset(),
            ),
            saksansvarlig_id=sak.saksansvarlig_id,
            enhet_id=sak.enhet_id,
            tildelt=False,
        ):
            raise UgyldigInndata(f"{bruker.navn} har skrivetilgang til sak {nr} fra før (samme enhet)")
        rad = SakTilgang(sak_id=sak.id, bruker_id=bruker.id, gitt_av_id=a.aktor.bruker_id, gitt=a.naa)
        a.s.add(rad)
        a.s.flush()
        a.logg(
            "skrivetilgang gitt",
            entitet="sak_tilgang",
            entitet_id=rad.id,
            sak_id=sak.id,
            til=bruker.initialer,
        )
        return Resultat(f"{bruker.navn} har fått skrivetilgang til sak {nr}", saksnummer=nr)


@skrivetjeneste
def fjern_skrivetilgang(ctx: Kontekst, saksnr: str, *, bruker: str) -> Resultat:
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        _sjekk_kan_gi(a, sak)
        b = a.bruker(bruker)
        rad = a.s.scalar(select(SakTilgang).where(SakTilgang.sak_id == sak.id, SakTilgang.bruker_id == b.id))
        nr = sak_nummer(sak)
        if rad is None:
            raise UgyldigInndata(f"{b.navn} har ingen tildelt skrivetilgang til sak {nr}")
        a.logg(
            "skrivetilgang fjernet", entitet="sak_tilgang", entitet_id=rad.id, sak_id=sak.id, fra=b.initialer
        )
        a.s.delete(rad)
        return Resultat(f"Skrivetilgangen til sak {nr} er fjernet for {b.navn}", saksnummer=nr)


def skrivetilganger(ctx: Kontekst, saksnr: str) -> list[str]:
    """The initials of the users granted write access to a sak."""
    with arbeid(ctx, skriv=False) as a:
        sak = a.sak(saksnr)
        return list(
            a.s.scalars(
                select(m.Bruker.initialer)
                .join(SakTilgang, SakTilgang.bruker_id == m.Bruker.id)
                .where(SakTilgang.sak_id == sak.id)
                .order_by(m.Bruker.initialer)
            )
        )
