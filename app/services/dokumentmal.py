"""Writing a journalpost's document from a template: the merge data from the registry, one letter per mottaker."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from app.dokumenter import maler as kjerne
from app.domain import regler
from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.dokumenter import FilInn, legg_til_fil, neste_rekkefolge
from app.services.tilgang import krev_skrive_jp
from app.services.visning import jp_nummer, sak_nummer
from app.store import models as m


def _mottaker(p: m.Korrespondansepart) -> kjerne.Mottaker:
    return kjerne.Mottaker(
        navn=p.navn,
        adresse=p.adresse or "",
        postnummer=p.postnummer or "",
        poststed=p.poststed or "",
        epost=p.epost or "",
    )


def _person(b: m.Bruker | None) -> kjerne.Person:
    return kjerne.Person(b.navn, b.telefon or "", b.epost or "") if b else kjerne.Person()


def kommune(a: Arbeid) -> kjerne.Kommune:
    """The letterhead from the settings (``kommune_navn``, ``kommune_logo`` and the contact lines)."""
    i = innstillinger.les(a)
    return kjerne.Kommune(
        navn=i.kommune_navn,
        logo=Path(i.kommune_logo) if i.kommune_logo else None,
        adresse=i.kommune_adresse,
        postnummer=i.kommune_postnummer,
        poststed=i.kommune_poststed,
        telefon=i.kommune_telefon,
        epost=i.kommune_epost,
        orgnr=i.kommune_orgnr,
    )


def flettedata(a: Arbeid, jp: m.Journalpost, *, svar_paa: m.Journalpost | None = None) -> kjerne.Flettedata:
    """Everything a template may ask for, from the registry: the sak, the post, its parties, the settings.

    ``svar_paa`` is the letter being answered (Deres ref, Deres dato); without it, the post the
    journalpost avskriver, if any.
    """
    if svar_paa is None:
        svar_paa = a.s.scalar(
            select(m.Journalpost)
            .join(m.Avskrivning, m.Avskrivning.journalpost_id == m.Journalpost.id)
            .where(m.Avskrivning.svar_journalpost_id == jp.id)
            .limit(1)
        )
    sbh = a.s.get(m.Bruker, jp.saksbehandler_id) if jp.saksbehandler_id else None
    enhet = a.s.get(m.AdministrativEnhet, jp.enhet_id) if jp.enhet_id else None
    leder = a.s.get(m.Bruker, enhet.leder_id) if enhet and enhet.leder_id else None
    avsender = next((p for p in svar_paa.parter if p.rolle == "avsender"), None) if svar_paa else None
    klassering = jp.sak.klasseringer[0].ordningsverdi if jp.sak.klasseringer else ""
    nr = jp_nummer(jp.sak, jp)
    return kjerne.Flettedata(
        saksnummer=sak_nummer(jp.sak),
        journalpostnummer=nr,
        dato=jp.dokumentdato or a.idag,
        tittel=jp.tittel,
        sakstittel=jp.sak.tittel,
        mottakere=tuple(_mottaker(p) for p in jp.parter if p.rolle == "mottaker"),
        kopimottakere=tuple(_mottaker(p) for p in jp.parter if p.rolle == "kopimottaker"),
        saksbehandler=_person(sbh),
        enhet=enhet.navn if enhet else "",
        leder=_person(leder),
        deres_ref=(avsender.referanse or "") if avsender else "",
        var_ref=nr,
        deres_dato=svar_paa.dokumentdato if svar_paa else None,
        svar_innen=jp.forfallsdato,
        arkivkode=klassering,
        kommune=kommune(a),
    )


def lag_fra_mal(
    a: Arbeid,
    jp: m.Journalpost,
    mal: str,
    *,
    per_mottaker: bool = False,
    svar_paa: m.Journalpost | None = None,
) -> list[m.Dokumentbeskrivelse]:
    """Fill ``mal`` for ``jp`` and store the letter(s) as its hoveddokument, in the caller's unit of work.

    One letter per mottaker when ``per_mottaker`` (each titled with its mottaker).
    Raises ``MalFeil`` (Norwegian) for a damaged template, and nothing is stored.
    """
    from app.services.maler import mal_data

    info, data = mal_data(a, mal)
    if jp.type not in info.journalposttyper:
        raise UgyldigInndata(
            f"Malen «{info.navn}» er for journalposttype {', '.join(info.journalposttyper)}, ikke {jp.type}"
        )
    fletting = flettedata(a, jp, svar_paa=svar_paa)
    if "vedtak" in info.standard_for:  # a partsbrev after a political vedtak carries its text
        from app.services.politikk.felles import siste_vedtak

        fletting = replace(fletting, tekst=siste_vedtak(a, jp.sak_id) or "")
    brev = kjerne.fyll_mal(data, fletting, per_mottaker=per_mottaker, navn=info.navn)
    start = neste_rekkefolge(a, jp)
    ut = []
    for i, b in enumerate(brev):
        tittel = jp.tittel if len(brev) == 1 or b.mottaker is None else f"{jp.tittel} – {b.mottaker.navn}"
        filnavn = f"{info.navn}-{jp.journalaar}-{jp.journalsekvensnummer}{'-' + str(i + 1) if len(brev) > 1 else ''}.docx"
        dok = legg_til_fil(
            a, jp, FilInn(filnavn, b.data, tittel=tittel, tilknytning="hoveddokument"), start + i
        )
        a.logg(
            "fra mal",
            entitet="dokument",
            entitet_id=dok.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="mal",
            til=f"{info.navn} versjon {info.versjon}",
        )
        ut.append(dok)
    return ut


@skrivetjeneste
def ny_fra_mal(ctx: Kontekst, jpnr: str | int, *, mal: str, per_mottaker: bool = False) -> Resultat:
    """Write the journalpost's hoveddokument from a template, the fields filled from the registry."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        har = a.s.scalar(
            select(func.count()).where(
                m.JournalpostDokument.journalpost_id == jp.id,
                m.JournalpostDokument.tilknytning == "hoveddokument",
            )
        )
        if har:
            raise UgyldigTilstand(
                f"{jp_nummer(jp.sak, jp)} har alt et hoveddokument; rediger det, eller legg til et vedlegg"
            )
        dokumenter = lag_fra_mal(a, jp, mal, per_mottaker=per_mottaker)
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        tekst = "Brevet er skrevet" if len(dokumenter) == 1 else f"{len(dokumenter)} brev er skrevet"
        return Resultat(f"{tekst} fra malen «{mal}» på {nr}", journalpostnummer=nr, id=dokumenter[0].id)
