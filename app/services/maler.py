"""The template library: which templates a journalposttype is offered, and the archive's changes to it.

The shipped defaults (app/resources/maler/maler.json) are always there; the
``mal`` table holds what the archive changed. The first time the archive
replaces or retires a shipped template, its shipped .docx is copied in as
version 1, so every version a letter was ever made from stays in the database
and every change is in the endringslogg. A template the archive adds starts at
version 1 too. Reading merges the two (the table wins), which also serves a
replica or a server made before the library existed, with nothing to seed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from app.dokumenter import maler as kjerne
from app.domain.feil import IkkeFunnet, UgyldigInndata
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.tilgang import krev_arkiv
from app.store import models as m


@dataclass(frozen=True)
class MalRad:
    """One template as offered: ``standard`` when it is preselected for the type or handling asked for."""

    navn: str
    tittel: str
    journalposttyper: tuple[str, ...]
    standard_for: tuple[str, ...]
    versjon: int
    aktiv: bool
    levert: bool
    """A shipped default that the archive has not changed."""
    standard: bool = False


def _levert() -> dict[str, kjerne.MalInfo]:
    return {i.navn: i for i in kjerne.les_manifest()}


def _fra_tabell(mal: m.Mal) -> MalRad:
    return MalRad(
        navn=mal.navn,
        tittel=mal.tittel,
        journalposttyper=tuple(mal.journalposttyper),
        standard_for=tuple(x for x in mal.standard_for.split(",") if x),
        versjon=max((v.versjon for v in mal.versjoner), default=0),
        aktiv=mal.aktiv,
        levert=False,
    )


def _fra_manifest(info: kjerne.MalInfo) -> MalRad:
    return MalRad(
        navn=info.navn,
        tittel=info.tittel,
        journalposttyper=info.journalposttyper,
        standard_for=info.standard_for,
        versjon=1,
        aktiv=True,
        levert=True,
    )


def alle_maler(a: Arbeid) -> list[MalRad]:
    """Every template, shipped ones first in the manifest's order, then the archive's own by name."""
    rader = {mal.navn: mal for mal in a.s.scalars(select(m.Mal).order_by(m.Mal.navn))}
    ut = [_fra_tabell(rader.pop(n)) if n in rader else _fra_manifest(i) for n, i in _levert().items()]
    return ut + [_fra_tabell(mal) for mal in rader.values()]


def maler_for(a: Arbeid, jp_type: str, *, handling: str | None = None) -> list[MalRad]:
    """The active templates for a journalposttype, the default (for ``handling`` if given) first."""
    nokkel = handling or jp_type
    aktuelle = [r for r in alle_maler(a) if r.aktiv and jp_type in r.journalposttyper]
    standard = next((r for r in aktuelle if nokkel in r.standard_for), None)
    if standard is None:
        standard = next((r for r in aktuelle if jp_type in r.standard_for), None)
    ut = [MalRad(**{**r.__dict__, "standard": r is standard}) for r in aktuelle]
    return sorted(ut, key=lambda r: not r.standard)


def liste(
    ctx: Kontekst, *, type_: str | None = None, handling: str | None = None, alle: bool = False
) -> list[MalRad]:
    """For a type: the templates offered, the default first; without: the whole library."""
    with arbeid(ctx, skriv=False) as a:
        if type_:
            return maler_for(a, type_.upper(), handling=handling)
        return [r for r in alle_maler(a) if alle or r.aktiv]


def mal_data(a: Arbeid, navn: str) -> tuple[MalRad, bytes]:
    """The newest version of a template and its .docx; refuses a retired or unknown one."""
    navn = (navn or "").strip()
    rad = a.s.get(m.Mal, navn)
    if rad is not None:
        if not rad.aktiv:
            raise UgyldigInndata(f"Malen «{navn}» er trukket tilbake av arkivet; velg en annen mal")
        return _fra_tabell(rad), rad.versjoner[-1].data
    info = _levert().get(navn)
    if info is None:
        kjente = ", ".join(r.navn for r in alle_maler(a) if r.aktiv)
        raise IkkeFunnet(f"Finner ingen mal som heter «{navn}» (kjente maler: {kjente})")
    return _fra_manifest(info), info.fil.read_bytes()


def _sjekk_docx(data: bytes, filnavn: str) -> None:
    if kjerne.maltype(data, navn=filnavn) == "ingen":
        raise UgyldigInndata(
            f"«{filnavn}» har ingen flettefelt; legg inn felt som {{{{ saksnummer }}}} eller MERGEFIELD i Word"
        )


def _typer(journalposttyper: str) -> str:
    typer = "".join(dict.fromkeys((journalposttyper or "").upper().replace(",", "").replace(" ", "")))
    if not typer or any(t not in "IUNXS" for t in typer):
        raise UgyldigInndata("Oppgi journalposttyper malen gjelder for, som U, N, X eller S")
    return typer


def _kopier_inn(a: Arbeid, navn: str) -> m.Mal:
    """The table row for a template, copying a shipped one in (as version 1) the first time."""
    rad = a.s.get(m.Mal, navn)
    if rad is not None:
        return rad
    info = _levert().get(navn)
    if info is None:
        raise IkkeFunnet(f"Finner ingen mal som heter «{navn}»")
    data = info.fil.read_bytes()
    rad = m.Mal(
        navn=info.navn,
        tittel=info.tittel,
        journalposttyper="".join(info.journalposttyper),
        standard_for=",".join(info.standard_for),
        aktiv=True,
        endret=a.naa,
    )
    rad.versjoner.append(_versjon(a, 1, info.fil.name, data))
    a.s.add(rad)
    return rad


def _versjon(a: Arbeid, nr: int, filnavn: str, data: bytes) -> m.Malversjon:
    return m.Malversjon(
        versjon=nr,
        filnavn=filnavn,
        sjekksum=hashlib.sha256(data).hexdigest(),
        data=data,
        opprettet=a.naa,
        opprettet_av_id=a.aktor.bruker_id,
    )


@skrivetjeneste
def legg_til_mal(
    ctx: Kontekst,
    *,
    navn: str,
    tittel: str,
    journalposttyper: str,
    filnavn: str,
    data: bytes,
    standard_for: str = "",
) -> Resultat:
    """The archive adds a template (a .docx with Jinja fields or Word MERGEFIELDs)."""
    navn = (navn or "").strip().lower()
    if not navn or any(c.isspace() for c in navn):
        raise UgyldigInndata("Malen må ha et navn uten mellomrom, som «brev-byggesak»")
    with arbeid(ctx) as a:
        krev_arkiv(a, "legge til maler")
        if a.s.get(m.Mal, navn) is not None or navn in _levert():
            raise UgyldigInndata(f"Det finnes alt en mal som heter «{navn}»; bruk Erstatt for en ny versjon")
        _sjekk_docx(data, filnavn)
        rad = m.Mal(
            navn=navn,
            tittel=(tittel or navn).strip(),
            journalposttyper=_typer(journalposttyper),
            standard_for=",".join(x.strip() for x in standard_for.split(",") if x.strip()),
            aktiv=True,
            endret=a.naa,
        )
        rad.versjoner.append(_versjon(a, 1, filnavn, data))
        a.s.add(rad)
        a.logg("mal lagt til", entitet="mal", entitet_id=None, felt=navn, til=f"versjon 1 ({filnavn})")
        return Resultat(f"Malen «{navn}» er lagt til", id=1)


@skrivetjeneste
def erstatt_mal(ctx: Kontekst, navn: str, *, filnavn: str, data: bytes) -> Resultat:
    """A new version of a template; letters made earlier keep the version they were made from."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "erstatte maler")
        _sjekk_docx(data, filnavn)
        rad = _kopier_inn(a, (navn or "").strip())
        nr = rad.versjoner[-1].versjon + 1
        rad.versjoner.append(_versjon(a, nr, filnavn, data))
        rad.endret = a.naa
        a.logg("mal erstattet", entitet="mal", entitet_id=None, felt=rad.navn, fra=nr - 1, til=nr)
        return Resultat(f"Malen «{rad.navn}» har fått versjon {nr}", id=nr)


@skrivetjeneste
def trekk_tilbake_mal(ctx: Kontekst, navn: str) -> Resultat:
    """Retire a template: no longer offered; its versions stay for the letters made from them."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "trekke tilbake maler")
        rad = _kopier_inn(a, (navn or "").strip())
        if not rad.aktiv:
            raise UgyldigInndata(f"Malen «{rad.navn}» er alt trukket tilbake")
        rad.aktiv = False
        rad.endret = a.naa
        a.logg(
            "mal trukket tilbake", entitet="mal", entitet_id=None, felt=rad.navn, fra="aktiv", til="trukket"
        )
        return Resultat(f"Malen «{rad.navn}» er trukket tilbake")
