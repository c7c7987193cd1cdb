"""Arkivdel periods (Noark 5 periodisering): open a new period, close the old one.

Opening a period makes a new arkivdel (aktiv) and puts the one before it in overlappingsperiode:
it takes no new saker (they go to the active arkivdel), but its open saker still take
journalposter. Closing it (avsluttet periode) is refused while any sak in it is not Avsluttet or
Utgår, and the refusal lists them. Each change is logged; only the archive may make it, and on the
shared database only over the owner's connection (arkivdel is read-only for users there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler.inndata import rens_linje
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.store import models as m

STATUSNAVN = {
    "aktiv": "Aktiv periode",
    "overlapping": "Overlappingsperiode",
    "avsluttet": "Avsluttet periode",
}


@dataclass(frozen=True)
class ArkivdelInfo:
    tittel: str
    status: str
    statusnavn: str
    periode_start: date | None
    periode_slutt: date | None
    avsluttet: datetime | None
    forloper: str | None
    aapne_saker: int


def aktiv_arkivdel(a: Arbeid) -> m.Arkivdel:
    """Where a new sak goes: the newest active arkivdel; refused when every period is closed."""
    del_ = a.s.scalar(select(m.Arkivdel).where(m.Arkivdel.status == "aktiv").order_by(m.Arkivdel.id.desc()))
    if del_ is None:
        raise UgyldigTilstand(
            "Ingen arkivdel er aktiv; arkivet må åpne en ny periode før nye saker kan opprettes"
        )
    return del_


def _krev_arkiv(a: Arbeid) -> None:
    if not a.aktor.er_arkiv:
        raise IngenTilgang("Bare arkivet kan åpne og avslutte perioder")
    if a.db.er_postgres and a.db.innlogget_initialer():
        raise IngenTilgang(
            "På den delte databasen åpnes og avsluttes perioder over administratortilkoblingen (den som kjørte init-db)"
        )


def _arkivdel(a: Arbeid, tittel: str) -> m.Arkivdel:
    del_ = a.s.scalar(select(m.Arkivdel).where(func.lower(m.Arkivdel.tittel) == tittel.strip().lower()))
    if del_ is None:
        raise IkkeFunnet(f"Fant ingen arkivdel «{tittel}»")
    return del_


def arkivdeler(ctx: Kontekst) -> list[ArkivdelInfo]:
    with arbeid(ctx, skriv=False) as a:
        ut = []
        for d in a.s.scalars(select(m.Arkivdel).order_by(m.Arkivdel.id)):
            aapne = a.s.scalar(
                select(func.count())
                .select_from(m.Sak)
                .where(m.Sak.arkivdel_id == d.id, m.Sak.status.not_in(("A", "U")))
            )
            forloper = a.s.get(m.Arkivdel, d.forloper_id) if d.forloper_id else None
            ut.append(
                ArkivdelInfo(
                    d.tittel, d.status, STATUSNAVN.get(d.status, d.status), d.periode_start, d.periode_slutt,
                    d.avsluttet_dato, forloper.tittel if forloper else None, aapne or 0,
                )
            )  # fmt: skip
        return ut


@skrivetjeneste
def ny_periode(ctx: Kontekst, *, tittel: str, fra: date) -> Resultat:
    """Open a new arkivdel from ``fra``; the active one before it goes into overlappingsperiode."""
    navn = rens_linje(tittel) or ""
    if not navn.strip():
        raise UgyldigInndata("Den nye arkivdelen må ha en tittel")
    with arbeid(ctx) as a:
        _krev_arkiv(a)
        if a.s.scalar(select(m.Arkivdel.id).where(func.lower(m.Arkivdel.tittel) == navn.strip().lower())):
            raise UgyldigInndata(f"Arkivdelen «{navn.strip()}» finnes allerede")
        gamle = list(
            a.s.scalars(select(m.Arkivdel).where(m.Arkivdel.status == "aktiv").order_by(m.Arkivdel.id))
        )
        for g in gamle:
            if g.periode_start and fra <= g.periode_start:
                raise UgyldigInndata(
                    f"Den nye perioden må begynne etter at «{g.tittel}» begynte ({g.periode_start:%d.%m.%Y})"
                )
        arkiv_id = gamle[-1].arkiv_id if gamle else a.s.scalar(select(m.Arkiv.id).order_by(m.Arkiv.id))
        ny = m.Arkivdel(
            arkiv_id=arkiv_id, tittel=navn.strip(), status="aktiv", periode_start=fra,
            forloper_id=gamle[-1].id if gamle else None,
        )  # fmt: skip
        a.s.add(ny)
        a.s.flush()
        a.logg("periode åpnet", entitet="arkivdel", entitet_id=ny.id, felt="status", fra=None, til="aktiv")
        for g in gamle:
            a.endre(g, "status", "overlapping", handling="periode i overlapping")
            a.endre(g, "periode_slutt", fra - timedelta(days=1), handling="periode i overlapping")
        forrige = f"; «{gamle[-1].tittel}» er i overlappingsperiode" if gamle else ""
        return Resultat(f"Arkivdelen «{ny.tittel}» er åpnet fra {fra:%d.%m.%Y}{forrige}")


@skrivetjeneste
def avslutt_periode(ctx: Kontekst, tittel: str) -> Resultat:
    """Close an arkivdel in overlappingsperiode once every sak in it is Avsluttet or Utgår."""
    with arbeid(ctx) as a:
        _krev_arkiv(a)
        del_ = _arkivdel(a, tittel)
        if del_.status == "avsluttet":
            raise UgyldigTilstand(f"«{del_.tittel}» er allerede avsluttet")
        if del_.status != "overlapping":
            raise UgyldigTilstand(
                f"«{del_.tittel}» er aktiv; åpne en ny periode først, så den gamle går i overlappingsperiode"
            )
        aapne = list(
            a.s.execute(
                select(m.Sak.saksaar, m.Sak.sakssekvensnummer, m.Sak.status, m.Sak.tittel)
                .where(m.Sak.arkivdel_id == del_.id, m.Sak.status.not_in(("A", "U")))
                .order_by(m.Sak.saksaar, m.Sak.sakssekvensnummer)
            ).all()
        )
        if aapne:
            raise UgyldigTilstand(
                f"«{del_.tittel}» kan ikke avsluttes: {len(aapne)} saker er verken avsluttet eller utgått:",
                detaljer=[f"{aa}/{nr} ({st}) «{t}»" for aa, nr, st, t in aapne[:50]],
            )
        a.endre(del_, "status", "avsluttet", handling="periode avsluttet")
        del_.avsluttet_dato = a.naa
        del_.avsluttet_av_id = a.aktor.bruker_id
        return Resultat(f"«{del_.tittel}» er avsluttet")
