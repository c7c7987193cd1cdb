"""Users, units, roles and stedfortreder periods."""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import joinedload, selectinload

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.domain.koder import ROLLER
from app.domain.regler.inndata import linje
from app.services.arbeid import Kontekst, arbeid, skrivetjeneste
from app.services.data import BrukerInfo, Resultat
from app.store import models as m
from app.store.db import Database

log = logging.getLogger("saksbord.admin")
"""Changes to users and stedfortreder periods, with who made them (app/bootstrap.py's log file)."""


def admin_aktor(db: Database | str | os.PathLike) -> str:
    """Who makes an administrative change: the OS user at the keyboard and the database login used."""
    try:
        os_bruker = getpass.getuser()
    except Exception:  # no login name in this environment (a service account without USER)
        os_bruker = "ukjent"
    url = str(db if isinstance(db, str | os.PathLike) else db.url)
    innlogging = make_url(url).username if "://" in url else None
    return f"{os_bruker} (databasebruker {innlogging})" if innlogging else os_bruker


def _info(s, b: m.Bruker, leder_for: Sequence[str] | None = None) -> BrukerInfo:
    """``leder_for``: the units ``b`` leads, when the caller read them already (else read here)."""
    ledet = (
        leder_for
        if leder_for is not None
        else s.scalars(select(m.AdministrativEnhet.kode).where(m.AdministrativEnhet.leder_id == b.id)).all()
    )
    return BrukerInfo(
        id=b.id,
        initialer=b.initialer,
        navn=b.navn,
        epost=b.epost,
        enhet=b.enhet.kode if b.enhet else None,
        enhet_navn=b.enhet.navn if b.enhet else None,
        roller=sorted(r.rolle for r in b.roller),
        tilgangskoder=sorted({t.tilgangskode for t in b.tilganger}),
        leder_for=sorted(ledet),
    )


def liste_brukere(db: Database) -> list[BrukerInfo]:
    """All active users; open to everyone (it is the picker and the recipient list)."""
    with db.session() as s:
        # Four statements whatever the number of users (the unit, roles and access codes loaded
        # with them, every unit's leader at once), not four per user: the pickers wait on it.
        leder_for: dict[int, list[str]] = {}
        for kode, leder_id in s.execute(
            select(m.AdministrativEnhet.kode, m.AdministrativEnhet.leder_id).where(
                m.AdministrativEnhet.leder_id.is_not(None)
            )
        ):
            if leder_id is not None:
                leder_for.setdefault(leder_id, []).append(kode)
        q = (
            select(m.Bruker)
            .where(m.Bruker.aktiv.is_(True))
            .order_by(m.Bruker.navn)
            .options(
                joinedload(m.Bruker.enhet), selectinload(m.Bruker.roller), selectinload(m.Bruker.tilganger)
            )
        )
        return [_info(s, b, leder_for.get(b.id, [])) for b in s.scalars(q)]


def hvem_er_jeg(ctx: Kontekst) -> dict:
    with arbeid(ctx, skriv=False) as a:
        return {
            "initialer": a.aktor.initialer,
            "navn": a.aktor.navn,
            "roller": sorted(a.aktor.roller),
            "paa_vegne_av": a.aktor.paa_vegne_av_navn,
            "idag": a.idag.isoformat(),
        }


def skrivebord(ctx: Kontekst) -> list[dict]:
    """The desks the user may open as stedfortreder today (period covers today)."""
    with arbeid(ctx, skriv=False) as a:
        rader = a.s.execute(
            select(m.Stedfortreder, m.Bruker)
            .join(m.Bruker, m.Bruker.id == m.Stedfortreder.leder_id)
            .where(m.Stedfortreder.stedfortreder_id == a.aktor.bruker_id)
            .order_by(m.Stedfortreder.fra)
        ).all()
        return [
            {
                "initialer": b.initialer,
                "navn": b.navn,
                "fra": p.fra.isoformat(),
                "til": p.til.isoformat(),
                "koder": [k for k in p.koder.split(",") if k],
                "aktiv": p.fra <= a.idag <= p.til,
            }
            for p, b in rader
        ]


@skrivetjeneste
def sett_stedfortreder(
    ctx: Kontekst, *, leder: str, stedfortreder: str, fra: date, til: date, koder: Sequence[str] = ()
) -> Resultat:
    """Define a dated stedfortreder period, limited to ``koder``; by the leader, the archive or systemansvarlig."""
    if til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    with arbeid(ctx) as a:
        l_, sf = a.bruker(leder), a.bruker(stedfortreder)
        if l_.id == sf.id:
            raise UgyldigInndata("En bruker kan ikke være sin egen stedfortreder")
        if a.aktor.bruker_id != l_.id and not (a.aktor.roller & {"arkiv", "systemansvarlig"}):
            raise IngenTilgang("Bare lederen selv, arkivet eller systemansvarlig kan sette stedfortreder")
        gyldige = set(a.s.scalars(select(m.Tilgangskode.kode)))
        ukjente = [k for k in koder if k not in gyldige]
        if ukjente:
            raise UgyldigInndata(f"Ukjent tilgangskode: {', '.join(ukjente)}")
        p = m.Stedfortreder(leder_id=l_.id, stedfortreder_id=sf.id, fra=fra, til=til, koder=",".join(koder))
        a.s.add(p)
        a.s.flush()
        a.logg(
            "stedfortreder",
            entitet="stedfortreder",
            entitet_id=p.id,
            til=f"{sf.initialer} for {l_.initialer} {fra}–{til} koder {','.join(koder) or '-'}",
        )
        res = Resultat(f"{sf.navn} er stedfortreder for {l_.navn} {fra:%d.%m.%Y}–{til:%d.%m.%Y}", id=p.id)
        aktor = a.aktor.initialer + (f" for {a.aktor.paa_vegne_av_navn}" if a.aktor.paa_vegne_av_navn else "")
        hva = f"{sf.initialer} for {l_.initialer} {fra}–{til} koder {','.join(koder) or '-'}"
    log.info("Stedfortreder %s satt av %s", hva, aktor)
    return res


def liste_stedfortredere(ctx: Kontekst) -> list[dict]:
    with arbeid(ctx, skriv=False) as a:
        leder = m.Bruker.__table__.alias("l")
        sf = m.Bruker.__table__.alias("s")
        rader = a.s.execute(
            select(m.Stedfortreder, leder.c.initialer, sf.c.initialer)
            .join(leder, leder.c.id == m.Stedfortreder.leder_id)
            .join(sf, sf.c.id == m.Stedfortreder.stedfortreder_id)
            .order_by(m.Stedfortreder.fra)
        ).all()
        return [
            {
                "leder": li,
                "stedfortreder": si,
                "fra": p.fra.isoformat(),
                "til": p.til.isoformat(),
                "koder": [k for k in p.koder.split(",") if k],
                "aktiv": p.fra <= a.idag <= p.til,
            }
            for p, li, si in rader
        ]


def opprett_bruker(
    db: Database,
    *,
    initialer: str,
    navn: str,
    enhet: str | None = None,
    epost: str | None = None,
    roller: Sequence[str] = ("saksbehandler",),
    koder: Sequence[str] = (),
    leder_for: Sequence[str] = (),
) -> BrukerInfo:
    """Administration: a new user with unit, roles and authorised codes (no acting user needed)."""
    initialer = linje(initialer, "initialer", paakrevd="Brukeren må ha initialer")
    if any(c.isspace() for c in initialer):
        raise UgyldigInndata("Initialene kan ikke inneholde mellomrom")
    navn = linje(navn, "navn", paakrevd="Brukeren må ha et navn")
    epost = linje(epost, "epost")
    ukjente = [r for r in roller if r not in ROLLER]
    if ukjente:
        raise UgyldigInndata(f"Ukjent rolle: {', '.join(ukjente)} (velg blant {', '.join(ROLLER)})")
    db.aktorer.clear()
    with db.session() as s, s.begin():
        if s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == initialer.upper())):
            raise UgyldigInndata(f"Initialene {initialer} er allerede i bruk")
        e = (
            s.scalar(select(m.AdministrativEnhet).where(m.AdministrativEnhet.kode == enhet))
            if enhet
            else None
        )
        if enhet and e is None:
            raise UgyldigInndata(f"Ukjent administrativ enhet «{enhet}»")
        b = m.Bruker(
            initialer=initialer.upper(), navn=navn, epost=epost, enhet_id=e.id if e else None, aktiv=True
        )
        b.roller = [m.BrukerRolle(rolle=r) for r in dict.fromkeys(roller)]
        b.tilganger = [m.BrukerTilgang(tilgangskode=k) for k in dict.fromkeys(koder)]
        s.add(b)
        s.flush()
        for kode in leder_for:
            enh = s.scalar(select(m.AdministrativEnhet).where(m.AdministrativEnhet.kode == kode))
            if enh is None:
                raise UgyldigInndata(f"Ukjent administrativ enhet «{kode}»")
            enh.leder_id = b.id
        s.add(
            m.Endringslogg(
                tid=func.now(),
                bruker_id=None,
                handling="bruker opprettet",
                entitet="bruker",
                entitet_id=b.id,
                til=f"{b.initialer} {b.navn}",
            )
        )
        s.flush()
        info = _info(s, b)
    log.info(
        "Bruker %s (%s) opprettet av %s: roller %s, tilgangskoder %s",
        info.initialer, info.navn, admin_aktor(db), ",".join(info.roller) or "-",
        ",".join(info.tilgangskoder) or "-",
    )  # fmt: skip
    return info


def opprett_enhet(db: Database, *, kode: str, navn: str) -> int:
    with db.session() as s, s.begin():
        e = m.AdministrativEnhet(kode=kode, navn=navn)
        s.add(e)
        s.flush()
        return e.id
