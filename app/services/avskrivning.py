"""Clearing restanser: Avskriv, Besvar og avskriv, Foreløpig svar, Besvar uten å avskrive."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import UgyldigInndata
from app.domain.innstillinger import MerknadKrav
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.journalposter import (
    NyJournalpost,
    PartInn,
    _opprett,
    gjeldende_avskrivninger,
    interne_mottakere,
    oppdater_restanse,
)
from app.services.tilgang import krev_avskrive
from app.services.visning import jp_nummer
from app.store import models as m


def gyldige_koder(ctx: Kontekst, jp_type: str) -> list[dict]:
    """The avskrivning codes valid for a journalposttype, for the dialog to offer."""
    with ctx.db.session() as s:
        rader = s.scalars(select(m.Avskrivningskode).order_by(m.Avskrivningskode.kode)).all()
        krav_alle = innstillinger.les(ctx).merknad_krav == MerknadKrav.ALLE
        return [
            {
                "kode": k.kode,
                "navn": k.navn,
                "krever_merknad": k.krever_merknad or (krav_alle and k.kode != "***"),
            }
            for k in rader
            if jp_type in k.typer
        ]


def _avskriv_en(
    a: Arbeid, jp: m.Journalpost, kode: str, merknad: str | None, *, svar: m.Journalpost | None = None
) -> None:
    rad = a.s.get(m.Avskrivningskode, kode)
    # An internal mottaker of an N avskriver their own restanse; anyone else the whole post's.
    mottakere = interne_mottakere(jp)
    mottaker_id = next(
        (i for i in (a.aktor.skrivebord_id, a.aktor.bruker_id) if i in mottakere and jp.type == "N"), None
    )
    har_restanse = jp.restanse
    if mottaker_id is not None:
        igjen = regler.utestaaende_mottakere(jp.type, mottakere, gjeldende_avskrivninger(a, jp))
        har_restanse = har_restanse and igjen is not None and mottaker_id in igjen
    krav_alle = innstillinger.les(a).merknad_krav == MerknadKrav.ALLE and kode != "***"
    regler.sjekk_avskrivning(
        jp.type,
        jp.status,
        kode=kode,
        gyldige_typer=rad.typer if rad else None,
        krever_merknad=bool(rad and (rad.krever_merknad or krav_alle)) and svar is None,
        merknad=merknad,
        har_restanse=har_restanse,
    )
    # An answer's avskrivning takes effect when the answer is ekspedert (DESIGN §6).
    ventende = svar is not None and kode != "***" and svar.status not in "EJA"
    a.s.add(
        m.Avskrivning(
            journalpost_id=jp.id,
            kode=kode,
            dato=None if ventende else a.idag,
            av_id=a.aktor.bruker_id,
            merknad=(merknad or "").strip() or None,
            svar_journalpost_id=svar.id if svar else None,
            ventende=ventende,
            mottaker_id=mottaker_id,
        )
    )
    a.s.flush()
    assert rad is not None  # sjekk_avskrivning refused an unknown code
    if rad.beholder_restanse:
        jp.forelopig_svar = True
    oppdater_restanse(a, jp)
    til = (
        f"{kode}"
        + (f" med {jp_nummer(svar.sak, svar)}" if svar else "")
        + (" (når svaret er ekspedert)" if ventende else "")
    )
    a.logg(
        "avskrevet",
        entitet="journalpost",
        entitet_id=jp.id,
        sak_id=jp.sak_id,
        journalpost_id=jp.id,
        felt="avskrivning",
        til=til,
    )
    jp.endret = a.naa


@skrivetjeneste(koebar=True)
def avskriv(
    ctx: Kontekst, jpnr: Sequence[str | int], *, kode: str, merknad: str | None = None, med: str | None = None
) -> Resultat:
    """Avskriv one or more restanser with a code valid for their type (TLF needs a merknad)."""
    kode = (kode or "").strip().upper()
    if not jpnr:
        raise UgyldigInndata("Velg minst én journalpost å avskrive")
    with arbeid(ctx) as a:
        svar = a.journalpost(med) if med else None
        nummer = []
        for nr in jpnr:
            jp = a.journalpost(nr)
            krev_avskrive(a, jp)
            _avskriv_en(a, jp, kode, merknad, svar=svar)
            nummer.append(jp_nummer(jp.sak, jp))
        return Resultat(f"Avskrevet {', '.join(nummer)} med {kode}", journalpostnummer=nummer[0])


@skrivetjeneste(koebar=True)
def besvar(
    ctx: Kontekst,
    jpnr: Sequence[str | int],
    *,
    tittel: str | None = None,
    maate: str = "avskriv",
    merknad: str | None = None,
    mal: str | None = None,
) -> Resultat:
    """Answer one or more restanser in the same sak: a new U (or N for notes), mottakere from the avsendere.

    ``maate``: "avskriv" (Besvar og avskriv: BU, in force when the answer is ekspedert),
    "forelopig" (Foreløpig svar: *** keeps the restanse) or "uten" (Besvar uten å avskrive).
    With ``mal`` the answer's hoveddokument is written from that template in the same transaction.
    """
    if maate not in ("avskriv", "forelopig", "uten"):
        raise UgyldigInndata("Ukjent svarmåte")
    if not jpnr:
        raise UgyldigInndata("Velg minst én journalpost å besvare")
    with arbeid(ctx) as a:
        besvarte = [a.journalpost(n) for n in jpnr]
        sak_ids = {jp.sak_id for jp in besvarte}
        if len(sak_ids) > 1:
            raise UgyldigInndata("Journalposter i forskjellige saker kan ikke besvares med ett svar")
        for jp in besvarte:
            sjekk_kan_besvare(a, jp, maate)
        forste = besvarte[0]
        mottakere: list[PartInn] = []
        sett = set()
        for jp in besvarte:
            for p in jp.parter:
                if p.rolle == "avsender" and (p.navn, p.epost) not in sett:
                    sett.add((p.navn, p.epost))
                    ref = a.s.get(m.Bruker, p.intern_bruker_id) if p.intern_bruker_id else None
                    mottakere.append(
                        PartInn(
                            navn=ref.initialer if ref else p.navn,
                            epost=p.epost,
                            adresse=p.adresse,
                            postnummer=p.postnummer,
                            poststed=p.poststed,
                        )
                    )
        forelopig = maate == "forelopig"
        # An incoming letter is answered by a letter; internal notes by a note.
        svar_type = "U" if any(jp.type == "I" for jp in besvarte) else "N"
        standard = ("Foreløpig svar: " if forelopig else "Svar: ") + forste.tittel
        ny = _opprett(
            a,
            NyJournalpost(
                sak=forste.sak_id,
                type=svar_type,
                tittel=(tittel or "").strip() or standard,
                mottakere=mottakere,
                tilgangskode=forste.tilgangskode,
                hjemmel=forste.hjemmel,
                nivaa=forste.skjermingsnivaa,
            ),
        )
        if mal:
            from app.services.dokumentmal import lag_fra_mal

            lag_fra_mal(a, ny, mal, svar_paa=forste)
        if maate == "avskriv":
            for jp in besvarte:
                _avskriv_en(a, jp, "BU" if jp.type == "I" else "NN", merknad, svar=ny)
        elif forelopig:
            for jp in besvarte:
                _avskriv_en(a, jp, "***", merknad, svar=ny)
        nr = jp_nummer(ny.sak, ny)
        tekst = {
            "avskriv": "Besvar og avskriv",
            "forelopig": "Foreløpig svar",
            "uten": "Besvar uten å avskrive",
        }[maate]
        return Resultat(f"{tekst}: svar {nr} er opprettet", journalpostnummer=nr, status=ny.status, id=ny.id)


def sjekk_kan_besvare(a: Arbeid, jp: m.Journalpost, maate: str) -> None:
    """Only I and N are answered, in an open sak; Besvar og avskriv and *** need a restanse."""
    krev_avskrive(a, jp)
    regler.sjekk_sak_aapen(jp.sak.status)
    if jp.type not in "IN":
        raise UgyldigInndata(f"{jp_nummer(jp.sak, jp)} er type {jp.type}; bare I og N besvares")
    if maate != "uten" and not jp.restanse:
        raise UgyldigInndata(f"{jp_nummer(jp.sak, jp)} har ingen restanse")
