"""The register of utvalg: create a body, add members and deputies, list them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.domain.regler import politikk as regler
from app.services.arbeid import Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.politikk.felles import MedlemInfo, UtvalgInfo, tekst, utvalg_
from app.store import models as m
from app.store.modeller import politikk as pm


def _krev_register(a, handling: str) -> None:
    if not (a.aktor.er_arkiv or "motesekretar" in a.aktor.roller or "systemansvarlig" in a.aktor.roller):
        raise IngenTilgang(f"Bare arkivet, møtesekretæren eller systemansvarlig kan {handling}")


@skrivetjeneste
def opprett_utvalg(
    ctx: Kontekst,
    *,
    kode: str,
    navn: str,
    sekretar: str | None = None,
    fullmaktsorgan: str | None = None,
) -> Resultat:
    """Register a body; ``fullmaktsorgan`` is the body its delegated decisions are referred to."""
    kode = tekst(kode, 20, "Kortnavnet").upper()
    navn = tekst(navn, 200, "Navnet")
    if not kode or not navn:
        raise UgyldigInndata("Utvalget trenger et kortnavn og et navn")
    with arbeid(ctx) as a:
        _krev_register(a, "opprette utvalg")
        if a.s.scalar(select(pm.Utvalg.id).where(pm.Utvalg.kode == kode)):
            raise UgyldigInndata(f"Utvalget {kode} finnes alt")
        u = pm.Utvalg(
            kode=kode,
            navn=navn,
            sekretar_id=a.bruker(sekretar).id if sekretar else None,
            fullmaktsorgan_id=utvalg_(a, fullmaktsorgan).id if fullmaktsorgan else None,
            aktiv=True,
        )
        a.s.add(u)
        a.s.flush()
        a.logg("utvalg opprettet", entitet="utvalg", entitet_id=u.id, felt="navn", til=f"{kode} {navn}")
        return Resultat(f"Utvalget {kode} ({navn}) er opprettet", id=u.id)


@skrivetjeneste
def legg_til_medlem(
    ctx: Kontekst,
    utvalg: str,
    *,
    navn: str,
    rolle: str = "medlem",
    parti: str | None = None,
    epost: str | None = None,
    fra: date | None = None,
    til: date | None = None,
) -> Resultat:
    """A member or deputy (varamedlem) of the body, with role and party."""
    navn = tekst(navn, 200, "Navnet")
    if not navn:
        raise UgyldigInndata("Skriv medlemmets navn")
    if fra and til and til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    if rolle not in regler.MEDLEMSROLLER:
        raise UgyldigInndata(f"Ukjent rolle «{rolle}»; velg {', '.join(regler.MEDLEMSROLLER)}")
    with arbeid(ctx) as a:
        _krev_register(a, "endre medlemmene i et utvalg")
        u = utvalg_(a, utvalg)
        if rolle in ("leder", "nestleder") and a.s.scalar(
            select(pm.Utvalgsmedlem.id).where(
                pm.Utvalgsmedlem.utvalg_id == u.id, pm.Utvalgsmedlem.rolle == rolle
            )
        ):
            raise UgyldigInndata(f"{u.kode} har alt en {regler.MEDLEMSROLLER[rolle].lower()}")
        md = pm.Utvalgsmedlem(
            utvalg_id=u.id, navn=navn, rolle=rolle, parti=(parti or "").strip() or None,
            epost=(epost or "").strip() or None, fra=fra, til=til,
        )  # fmt: skip
        a.s.add(md)
        a.s.flush()
        a.logg(
            "medlem lagt til", entitet="utvalgsmedlem", entitet_id=md.id, felt=u.kode, til=f"{navn} ({rolle})"
        )
        return Resultat(f"{navn} er {regler.MEDLEMSROLLER[rolle].lower()} i {u.kode}", id=md.id)


def _info(a, u: pm.Utvalg, *, alle: bool = False) -> UtvalgInfo:
    sek = a.s.get(m.Bruker, u.sekretar_id) if u.sekretar_id else None
    fo = a.s.get(pm.Utvalg, u.fullmaktsorgan_id) if u.fullmaktsorgan_id else None
    orden = list(regler.MEDLEMSROLLER)
    medlemmer = sorted(
        a.s.scalars(select(pm.Utvalgsmedlem).where(pm.Utvalgsmedlem.utvalg_id == u.id)),
        key=lambda x: (orden.index(x.rolle), x.id),
    )
    return UtvalgInfo(
        id=u.id,
        kode=u.kode,
        navn=u.navn,
        sekretar=sek.initialer if sek else None,
        fullmaktsorgan=fo.kode if fo else None,
        medlemmer=[
            MedlemInfo(x.id, x.navn, x.rolle, x.parti, x.epost, x.fra, x.til)
            for x in medlemmer
            if alle or _gjelder(x, a.idag)
        ],
    )


def _gjelder(x: pm.Utvalgsmedlem, dag: date) -> bool:
    return (x.fra is None or x.fra <= dag) and (x.til is None or dag <= x.til)


def liste_utvalg(ctx: Kontekst, *, alle_medlemmer: bool = False) -> list[UtvalgInfo]:
    """The active bodies; their members of today, or with ``alle_medlemmer`` every period's."""
    with arbeid(ctx, skriv=False) as a:
        return [
            _info(a, u, alle=alle_medlemmer)
            for u in a.s.scalars(select(pm.Utvalg).where(pm.Utvalg.aktiv).order_by(pm.Utvalg.kode))
        ]
