"""The archive's corrections: a locked journalpost's or a closed sak's registration, and an avskrivning.

Each correction is one unit of work, checked by ``regler.arkivretting`` and written to the
endringslogg field by field (old → new) with the reason in a row of its own. PostgreSQL's lock
triggers (revision 0016) let these columns through only in a transaction the service has marked
(``Arbeid.aapne_arkivretting``) and only for the archive's role.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select

from app.domain.feil import UgyldigInndata
from app.domain.regler import arkivretting as regel
from app.domain.regler.inndata import linje
from app.services.arbeid import Arbeid, Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.journalposter import oppdater_restanse
from app.services.visning import jp_nummer, sak_nummer
from app.store import models as m


def _grunn(a: Arbeid, entitet: str, entitet_id: int, grunn: str, ids: Ider) -> None:
    a.logg("rettet av arkivet", entitet=entitet, entitet_id=entitet_id, felt="grunn", til=grunn, **ids)


@skrivetjeneste
def rett_journalpost(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    grunn: str,
    tittel: str | None = None,
    tittel2: str | None = None,
    dokumentdato: date | None = None,
    mottatt_dato: date | None = None,
    forfallsdato: date | None = None,
    parter: Mapping[int, Mapping[str, str]] | None = None,
) -> Resultat:
    """Correct a journalpost in any status (the archive): fields given, and parties by their id."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        tekst = regel.sjekk_retting(a.aktor, status=jp.status, grunn=grunn)
        a.aapne_arkivretting()
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        endret = False
        if tittel is not None:
            ny = linje(tittel, "tittel", paakrevd="Journalposten må ha en tittel")
            endret |= a.endre(jp, "tittel", ny, handling="rettet av arkivet", **ids)
        if tittel2 is not None:
            endret |= a.endre(jp, "tittel2", linje(tittel2, "tittel2"), handling="rettet av arkivet", **ids)
        for felt, verdi in (
            ("dokumentdato", dokumentdato),
            ("mottatt_dato", mottatt_dato),
            ("forfallsdato", forfallsdato),
        ):
            if verdi is not None:
                endret |= a.endre(jp, felt, verdi, handling="rettet av arkivet", **ids)
        egne = {p.id: p for p in jp.parter}
        for part_id, felt in (parter or {}).items():
            p = egne.get(part_id)
            if p is None:
                raise UgyldigInndata("Parten hører ikke til journalposten")
            for navn, verdi in felt.items():
                if navn not in regel.RETTBARE_PART_FELT:
                    raise UgyldigInndata(f"Bare {', '.join(regel.RETTBARE_PART_FELT)} kan rettes på en part")
                ny = linje(verdi, navn, paakrevd="En part må ha et navn" if navn == "navn" else None)
                endret |= a.endre(p, navn, ny, handling="rettet av arkivet", **ids)
        nr = jp_nummer(jp.sak, jp)
        if not endret:
            return Resultat(f"Ingenting å rette på {nr}", journalpostnummer=nr, status=jp.status)
        _grunn(a, "journalpost", jp.id, tekst, ids)
        jp.endret = a.naa
        oppdater_restanse(a, jp)
        return Resultat(f"Journalpost {nr} er rettet", journalpostnummer=nr, status=jp.status)


@skrivetjeneste
def rett_sak(
    ctx: Kontekst,
    saksnr: str,
    *,
    grunn: str,
    tittel: str | None = None,
    tittel2: str | None = None,
    saksdato: date | None = None,
) -> Resultat:
    """Correct a sak's title or saksdato in any status (the archive), logged with the reason."""
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        tekst = regel.sjekk_retting(a.aktor, status=sak.status, grunn=grunn)
        a.aapne_arkivretting()
        ids: Ider = {"sak_id": sak.id, "journalpost_id": None}
        endret = False
        if tittel is not None:
            ny = linje(tittel, "tittel", paakrevd="Saken må ha en tittel")
            endret |= a.endre(sak, "tittel", ny, handling="rettet av arkivet", **ids)
        if tittel2 is not None:
            endret |= a.endre(sak, "tittel2", linje(tittel2, "tittel2"), handling="rettet av arkivet", **ids)
        if saksdato is not None:
            endret |= a.endre(sak, "saksdato", saksdato, handling="rettet av arkivet", **ids)
        nr = sak_nummer(sak)
        if not endret:
            return Resultat(f"Ingenting å rette på sak {nr}", saksnummer=nr, status=sak.status)
        _grunn(a, "sak", sak.id, tekst, ids)
        sak.endret = a.naa
        return Resultat(f"Sak {nr} er rettet", saksnummer=nr, status=sak.status)


@skrivetjeneste
def angre_avskrivning(ctx: Kontekst, jpnr: str | int, *, grunn: str) -> Resultat:
    """Undo the journalpost's latest avskrivning (the archive): the restanse is back where it was."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        siste = a.s.scalar(
            select(m.Avskrivning)
            .where(m.Avskrivning.journalpost_id == jp.id, m.Avskrivning.ventende.is_(False))
            .order_by(m.Avskrivning.id.desc())
            .limit(1)
        )
        tekst = regel.sjekk_angre_avskrivning(
            a.aktor, status=jp.status, grunn=grunn, har_avskrivning=siste is not None
        )
        a.aapne_arkivretting()
        assert siste is not None
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.logg(
            "avskrivning angret",
            entitet="avskrivning",
            entitet_id=siste.id,
            felt="avskrivning",
            fra=f"{siste.kode} {siste.dato or ''}".strip(),
            til=tekst,
            **ids,
        )
        a.s.delete(siste)
        a.s.flush()
        if siste.kode == "***" and not a.s.scalar(
            select(m.Avskrivning.id).where(m.Avskrivning.journalpost_id == jp.id, m.Avskrivning.kode == "***")
        ):
            jp.forelopig_svar = False
        oppdater_restanse(a, jp)
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Avskrivningen på {nr} er angret", journalpostnummer=nr, status=jp.status)
