"""Use cases on a sak: create, edit, status, OBS, klassering, skjerming, presedens, merknad."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, or_, select

from app.domain import regler
from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.domain.regler.inndata import linje, rens_linje, rens_tekst
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.arkivformat import mangler_arkivformat
from app.services.data import SKJERMET, Resultat
from app.services.perioder import aktiv_arkivdel
from app.services.tilgang import krev_skrive_sak
from app.services.visning import jp_nummer, jp_skjult, sak_nummer
from app.store import models as m

_ORD = re.compile(r"\w{4,}", re.UNICODE)


def lignende_saker(ctx: Kontekst, tittel: str, *, grense: int = 8) -> list[dict]:
    """Open saker whose titles share words with ``tittel``: offered before a new sak is made."""
    ord_ = sorted({o.lower() for o in _ORD.findall(tittel or "")}, key=len, reverse=True)[:5]
    if not ord_:
        return []
    with arbeid(ctx, skriv=False) as a:
        saker = a.s.scalars(
            select(m.Sak)
            .where(m.Sak.status.in_(("R", "B")), or_(*[func.lower(m.Sak.tittel).contains(o) for o in ord_]))
            .order_by(m.Sak.id.desc())
            .limit(200)
        ).all()
        poeng = [(sum(o in sak.tittel.lower() for o in ord_), sak) for sak in saker]
        poeng.sort(key=lambda t: (-t[0], -t[1].id))
        return [
            {"saksnummer": sak_nummer(sak), "tittel": sak.tittel, "status": sak.status, "treff": n}
            for n, sak in poeng[:grense]
        ]


def _finn_enhet(a: Arbeid, kode: str | None) -> m.AdministrativEnhet | None:
    if not kode:
        return None
    enhet = a.s.scalar(
        select(m.AdministrativEnhet).where(func.upper(m.AdministrativEnhet.kode) == kode.upper())
    )
    if enhet is None:
        raise UgyldigInndata(f"Ukjent administrativ enhet «{kode}»")
    return enhet


@skrivetjeneste
def opprett_sak(
    ctx: Kontekst,
    *,
    tittel: str,
    tittel2: str | None = None,
    enhet: str | None = None,
    saksansvarlig: str | None = None,
    sakstype: str | None = None,
    klasse: str | None = None,
    ordningsprinsipp: str = "K-kode",
    tilgangskode: str | None = None,
    hjemmel: str | None = None,
    nivaa: int | None = None,
) -> Resultat:
    """Create a sak (status R for a saksbehandler, B for the archive) with the next saksnummer."""
    with arbeid(ctx) as a:
        sak = lag_sak(
            a,
            tittel=tittel,
            tittel2=tittel2,
            enhet=enhet,
            saksansvarlig=saksansvarlig,
            sakstype=sakstype,
            klasse=klasse,
            ordningsprinsipp=ordningsprinsipp,
            tilgangskode=tilgangskode,
            hjemmel=hjemmel,
            nivaa=nivaa,
        )
        nr = sak_nummer(sak)
        return Resultat(
            f"Sak {nr} er opprettet",
            saksnummer=nr,
            status=sak.status,
            id=sak.id,
            advarsler=regler.tittel_advarsler(sak.tittel, _personnavn(a)),
        )


def lag_sak(
    a: Arbeid,
    *,
    tittel: str,
    tittel2: str | None = None,
    enhet: str | None = None,
    saksansvarlig: str | None = None,
    sakstype: str | None = None,
    klasse: str | None = None,
    ordningsprinsipp: str = "K-kode",
    tilgangskode: str | None = None,
    hjemmel: str | None = None,
    nivaa: int | None = None,
) -> m.Sak:
    """Make and log a sak inside the caller's unit of work (also used by Fiks Arkiv's receipt)."""
    tittel = linje(tittel, "tittel", paakrevd="Saken må ha en tittel")
    tittel2 = linje(tittel2, "tittel2")
    # Every new sak has its primary ordningsverdi (issue 20 item 7), whoever makes it: the window, the
    # CLI, the import, or a machine (SvarInn and Fiks Arkiv give KLASSE_TIL_ARKIVET when they know none).
    ordningsprinsipp, klasse = regler.sjekk_primaer_ordningsverdi(
        ordningsprinsipp, linje(klasse, "ordningsverdi")
    )
    regler.krev_hjemmel(tilgangskode, hjemmel, nivaa)
    ansvarlig = (
        a.bruker(saksansvarlig) if saksansvarlig else a.hent(m.Bruker, a.aktor.skrivebord_id, "brukeren")
    )
    e = _finn_enhet(a, enhet)
    enhet_id = e.id if e else ansvarlig.enhet_id
    if sakstype and a.s.get(m.Sakstype, sakstype.upper()) is None:
        raise UgyldigInndata(f"Ukjent sakstype «{sakstype}»")
    if tilgangskode and a.s.get(m.Tilgangskode, tilgangskode) is None:
        raise UgyldigInndata(f"Ukjent tilgangskode «{tilgangskode}»")
    aar = a.idag.year
    sak = m.Sak(
        arkivdel_id=aktiv_arkivdel(a).id,  # an arkivdel in overlappingsperiode takes no new saker
        saksaar=aar,
        sakssekvensnummer=a.neste_nummer("sak", aar),
        tittel=tittel,
        tittel2=tittel2,
        saksdato=a.idag,
        enhet_id=enhet_id,
        saksansvarlig_id=ansvarlig.id,
        sakstype=sakstype.upper() if sakstype else None,
        status="B" if a.aktor.er_arkiv else "R",
        tilgangskode=tilgangskode,
        hjemmel=hjemmel if tilgangskode else None,
        skjermingsnivaa=nivaa if tilgangskode else None,
        opprettet_av_id=a.aktor.bruker_id,
        siste_dokumentnummer=0,
        endret=a.naa,
    )
    a.s.add(sak)
    a.s.flush()
    sak.klasseringer.append(
        m.Klassering(ordningsprinsipp=ordningsprinsipp, ordningsverdi=klasse, sortering=1)
    )
    nr = sak_nummer(sak)
    a.logg("opprettet sak", entitet="sak", entitet_id=sak.id, sak_id=sak.id, til=f"{nr} {sak.tittel}")
    return sak


def _personnavn(a: Arbeid) -> tuple[str, ...]:
    return tuple(a.s.scalars(select(m.Bruker.navn)))


@skrivetjeneste
def endre_sak(
    ctx: Kontekst,
    saksnr: str,
    *,
    tittel: str | None = None,
    tittel2: str | None = None,
    saksansvarlig: str | None = None,
    sakstype: str | None = None,
    enhet: str | None = None,
) -> Resultat:
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        if sak.status in "AU":
            raise UgyldigTilstand(
                f"Saken er {'avsluttet' if sak.status == 'A' else 'utgått'} og kan ikke endres"
            )
        if tittel is not None:
            a.endre(sak, "tittel", linje(tittel, "tittel", paakrevd="Saken må ha en tittel"), sak_id=sak.id)
        if tittel2 is not None:
            a.endre(sak, "tittel2", linje(tittel2, "tittel2"), sak_id=sak.id)
        if saksansvarlig is not None:
            a.endre(sak, "saksansvarlig_id", a.bruker(saksansvarlig).id, sak_id=sak.id)
        if sakstype is not None:
            if a.s.get(m.Sakstype, sakstype.upper()) is None:
                raise UgyldigInndata(f"Ukjent sakstype «{sakstype}»")
            a.endre(sak, "sakstype", sakstype.upper(), sak_id=sak.id)
        if enhet is not None:
            ny_enhet = _finn_enhet(a, enhet)
            if ny_enhet is None:
                raise UgyldigInndata("Oppgi koden til en administrativ enhet")
            a.endre(sak, "enhet_id", ny_enhet.id, sak_id=sak.id)
        sak.endret = a.naa
        return Resultat(f"Sak {sak_nummer(sak)} er endret", saksnummer=sak_nummer(sak), status=sak.status)


def utestaende(a: Arbeid, sak: m.Sak) -> list[str]:
    """What stops a sak from being closed: restanser, unfinished own documents, missing arkivformat."""
    grunner = []
    jps = a.s.scalars(
        select(m.Journalpost).where(m.Journalpost.sak_id == sak.id, m.Journalpost.status != "U")
    )
    for jp in jps:
        nr = jp_nummer(sak, jp)
        if jp.restanse:
            grunner.append(f"{nr} ({jp.type}) «{jp.tittel}» har restanse (ikke avskrevet)")
        if jp.type in regler.EGNE_TYPER and jp.status not in "FEJA":
            grunner.append(
                f"{nr} ({jp.type}) «{jp.tittel}» er {regler.statusnavn(jp.status)}, ikke ferdigstilt"
            )
        if jp.status == "M":
            grunner.append(f"{nr} «{jp.tittel}» er ikke offentlighetsvurdert")
        skjult = jp_skjult(a, jp, sak).dokumenter  # a reader without the code sees no document's title
        for dok in mangler_arkivformat(a, jp):
            grunn = (
                f": {dok.arkivfeil.splitlines()[0]}" if dok.arkivstatus == "feilet" and dok.arkivfeil else ""
            )
            tittel = SKJERMET if skjult else dok.tittel
            grunner.append(
                f"{nr}: dokumentet «{tittel}» mangler arkivformat (PDF/A){'' if skjult else grunn}"
            )
    return grunner


@skrivetjeneste
def sett_saksstatus(
    ctx: Kontekst,
    saksnr: str,
    status: str,
    *,
    tilgangskode: str | None = None,
    hjemmel: str | None = None,
    nivaa: int | None = None,
) -> Resultat:
    """Change saksstatus R/B/A/U/X; closing (A) is refused while anything is outstanding.

    R → B is the archive's check of a reserved sak: it sets the proposed tilgangskode (or none).
    """
    status = (status or "").strip().upper()
    regler.krev_hjemmel(tilgangskode, hjemmel, nivaa)
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        desk = a.aktor.skrivebord_id
        regler.sjekk_saksstatus(
            sak.status, status, a.aktor, er_saksansvarlig=sak.saksansvarlig_id in (desk, a.aktor.bruker_id)
        )
        nr = sak_nummer(sak)
        if status == "A":
            grunner = utestaende(a, sak)
            if grunner:
                raise UgyldigTilstand(f"Sak {nr} kan ikke avsluttes:", detaljer=grunner)
            for jp in a.s.scalars(
                select(m.Journalpost).where(m.Journalpost.sak_id == sak.id, m.Journalpost.status == "J")
            ):
                a.endre(jp, "status", "A", handling="arkivert", sak_id=sak.id, journalpost_id=jp.id)
            sak.avsluttet_dato = a.idag
            sak.avslutning_bedt = False
        elif sak.status == "A":
            for jp in a.s.scalars(
                select(m.Journalpost).where(m.Journalpost.sak_id == sak.id, m.Journalpost.status == "A")
            ):
                a.endre(jp, "status", "J", handling="gjenåpnet", sak_id=sak.id, journalpost_id=jp.id)
            sak.avsluttet_dato = None
        if tilgangskode is not None and not (sak.status == "R" and status == "B"):
            raise UgyldigInndata("Tilgangskode settes her bare når en reservert sak settes under behandling")
        if sak.status == "R" and status == "B" and tilgangskode is not None:
            if tilgangskode and a.s.get(m.Tilgangskode, tilgangskode) is None:
                raise UgyldigInndata(f"Ukjent tilgangskode «{tilgangskode}»")
            a.skjerm(sak, tilgangskode or None, hjemmel, nivaa, handling="skjerming", sak_id=sak.id)
        a.endre(sak, "status", status, handling="saksstatus", sak_id=sak.id)
        sak.endret = a.naa
        navn = {
            "A": "avsluttet",
            "B": "satt under behandling",
            "U": "meldt utgår",
            "X": "unntatt fra prosesstyring",
            "R": "reservert",
        }
        return Resultat(f"Sak {nr} er {navn[status]}", saksnummer=nr, status=status)


@skrivetjeneste
def meld_utgaar(ctx: Kontekst, saksnr: str, *, grunn: str | None = None) -> Resultat:
    """ "Meld saken utgår": withdraw a sak made by mistake instead of typing UTGÅR into the title."""
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        sjekk_kan_meld_utgaar(a, sak)
        a.endre(sak, "status", "U", handling="meldt utgår", sak_id=sak.id)
        sak.endret = a.naa
        if grunn and grunn.strip():
            mk = m.Merknad(
                sak_id=sak.id,
                type="formell",
                tekst=f"Utgår: {grunn.strip()}",
                for_alle=True,
                av_id=a.aktor.bruker_id,
                tid=a.naa,
            )
            a.s.add(mk)
            a.s.flush()
            a.logg("merknad", entitet="merknad", entitet_id=mk.id, sak_id=sak.id, til=mk.tekst)
        return Resultat(f"Sak {sak_nummer(sak)} er meldt utgår", saksnummer=sak_nummer(sak), status="U")


@skrivetjeneste
def be_om_avslutning(ctx: Kontekst, saksnr: str, *, merknad: str | None = None) -> Resultat:
    """Ask the archive to close the sak: it appears in their Saker til avslutning."""
    from app.services.oppgaver import _arkivmottaker, _ny_oppgave

    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        if sak.status in "AU":
            raise UgyldigTilstand("Saken er allerede avsluttet")
        grunner = utestaende(a, sak)
        a.endre(sak, "avslutning_bedt", True, handling="bedt om avslutning", sak_id=sak.id)
        o = _ny_oppgave(a, type_="avslutt-sak", til=_arkivmottaker(a), sak_id=sak.id, merknad=merknad)
        return Resultat(
            f"Arkivet er bedt om å avslutte sak {sak_nummer(sak)}",
            saksnummer=sak_nummer(sak),
            oppgave=o.id,
            advarsler=grunner,
        )


@skrivetjeneste
def sett_obs(ctx: Kontekst, saksnr: str, *, dato: date | None, kommentar: str | None = None) -> Resultat:
    """Set or (dato=None) clear the OBS-dato: the sak shows in OBS-saker from a few days before."""
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        a.endre(sak, "obs_dato", dato, handling="OBS-dato", sak_id=sak.id)
        a.endre(
            sak,
            "obs_kommentar",
            rens_linje(kommentar) or None if dato else None,
            handling="OBS-dato",
            sak_id=sak.id,
        )
        tekst = f"OBS-dato {dato:%d.%m.%Y} er satt" if dato else "OBS-dato er fjernet"
        return Resultat(tekst, saksnummer=sak_nummer(sak))


@skrivetjeneste
def legg_til_klassering(
    ctx: Kontekst, saksnr: str, *, ordningsprinsipp: str, ordningsverdi: str, beskrivelse: str | None = None
) -> Resultat:
    ordningsverdi = linje(ordningsverdi, "ordningsverdi", paakrevd="Klasseringen må ha en verdi")
    beskrivelse = linje(beskrivelse, "beskrivelse")
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        if sak.status == "A":
            raise UgyldigTilstand("Saken er avsluttet og kan ikke endres")
        sortering = len(sak.klasseringer) + 1
        sak.klasseringer.append(
            m.Klassering(
                ordningsprinsipp=ordningsprinsipp,
                ordningsverdi=ordningsverdi,
                beskrivelse=beskrivelse,
                sortering=sortering,
            )
        )
        a.logg(
            "klassering",
            entitet="sak",
            entitet_id=sak.id,
            sak_id=sak.id,
            felt="klassering",
            til=f"{ordningsprinsipp} {ordningsverdi}",
        )
        return Resultat("Klassering lagt til", saksnummer=sak_nummer(sak))


@skrivetjeneste
def fjern_klassering(ctx: Kontekst, saksnr: str, *, ordningsverdi: str) -> Resultat:
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        k = next((k for k in sak.klasseringer if k.ordningsverdi == ordningsverdi), None)
        if k is None:
            raise UgyldigInndata(f"Saken har ingen klassering {ordningsverdi}")
        regler.sjekk_fjern_klassering(len(sak.klasseringer))
        sak.klasseringer.remove(k)
        a.logg(
            "klassering fjernet",
            entitet="sak",
            entitet_id=sak.id,
            sak_id=sak.id,
            felt="klassering",
            fra=ordningsverdi,
        )
        return Resultat("Klassering fjernet", saksnummer=sak_nummer(sak))


@skrivetjeneste
def skjerm_sak(
    ctx: Kontekst, saksnr: str, *, kode: str | None, hjemmel: str | None = None, nivaa: int | None = None
) -> Resultat:
    """Set (or with kode=None remove) the sak's skjerming; needs a hjemmel and a level."""
    regler.krev_hjemmel(kode, hjemmel, nivaa)
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        if kode and a.s.get(m.Tilgangskode, kode) is None:
            raise UgyldigInndata(f"Ukjent tilgangskode «{kode}»")
        a.skjerm(sak, kode, hjemmel, nivaa, handling="skjerming", sak_id=sak.id)
        return Resultat(f"Skjerming {'satt' if kode else 'fjernet'}", saksnummer=sak_nummer(sak))


@skrivetjeneste
def legg_til_merknad(
    ctx: Kontekst,
    *,
    tekst: str,
    saksnr: str | None = None,
    jpnr: str | None = None,
    gul: bool = False,
    for_alle: bool = True,
) -> Resultat:
    """A merknad on a sak or a journalpost; allowed in every status, also on locked posts."""
    renset = rens_tekst(tekst)
    if not renset:
        raise UgyldigInndata("Merknaden er tom")
    tekst = renset
    with arbeid(ctx) as a:
        if jpnr:
            jp = a.journalpost(jpnr)
            if gul and jp.status in "JA":
                raise UgyldigTilstand("Gule lapper kan ikke legges på en journalført journalpost")
            mk = m.Merknad(journalpost_id=jp.id, sak_id=None)
            sak_id, jp_id = jp.sak_id, jp.id
        elif saksnr:
            sak = a.sak(saksnr)
            mk = m.Merknad(sak_id=sak.id)
            sak_id, jp_id = sak.id, None
        else:
            raise UgyldigInndata("Oppgi sak eller journalpost for merknaden")
        mk.type = "gul" if gul else "formell"
        mk.tekst = tekst
        mk.for_alle = for_alle
        mk.av_id = a.aktor.bruker_id
        mk.tid = a.naa
        a.s.add(mk)
        a.s.flush()
        a.logg(
            "merknad", entitet="merknad", entitet_id=mk.id, sak_id=sak_id, journalpost_id=jp_id, til=mk.tekst
        )
        return Resultat("Merknad lagt til", id=mk.id)


@skrivetjeneste
def legg_til_presedens(
    ctx: Kontekst,
    saksnr: str,
    *,
    type_: str,
    stikkord: str,
    tekst: str | None = None,
    jpnr: Sequence[str | int] = (),
) -> Resultat:
    with arbeid(ctx) as a:
        if not innstillinger.les(a).presedens:
            raise UgyldigTilstand("Presedens er slått av i denne kommunen")
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        ids = [str(a.journalpost(n).id) for n in jpnr]
        p = m.Presedens(
            sak_id=sak.id,
            type=type_,
            stikkord=stikkord,
            tekst=tekst,
            journalpost_ids=",".join(ids),
            dato=a.idag,
            av_id=a.aktor.bruker_id,
        )
        a.s.add(p)
        a.s.flush()
        a.logg("presedens", entitet="presedens", entitet_id=p.id, sak_id=sak.id, til=stikkord)
        return Resultat("Presedens registrert", saksnummer=sak_nummer(sak), id=p.id)


@skrivetjeneste
def legg_til_kryssreferanse(ctx: Kontekst, saksnr: str, *, til: str) -> Resultat:
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        if regler.les_journalpostnummer(til):
            ref = m.Kryssreferanse(fra_sak_id=sak.id, til_journalpost_id=a.journalpost(til).id)
        else:
            ref = m.Kryssreferanse(fra_sak_id=sak.id, til_sak_id=a.sak(til).id)
        a.s.add(ref)
        a.s.flush()
        a.logg("kryssreferanse", entitet="sak", entitet_id=sak.id, sak_id=sak.id, til=til)
        return Resultat(f"Kryssreferanse til {til} lagt til", saksnummer=sak_nummer(sak))


def sak_ider(ctx: Kontekst, *, status: str | None = None, mine: bool = False) -> list[int]:
    """The saker the user may see, newest first (shielded ones are listed with masked fields)."""
    with arbeid(ctx, skriv=False) as a:
        q = select(m.Sak.id).order_by(m.Sak.saksaar.desc(), m.Sak.sakssekvensnummer.desc())
        if status:
            q = q.where(m.Sak.status == status.upper())
        if mine:
            q = q.where(m.Sak.saksansvarlig_id == a.aktor.skrivebord_id)
        return list(a.s.scalars(q))


def sjekk_kan_meld_utgaar(a: Arbeid, sak: m.Sak) -> None:
    desk = a.aktor.skrivebord_id
    regler.sjekk_saksstatus(
        sak.status, "U", a.aktor, er_saksansvarlig=sak.saksansvarlig_id in (desk, a.aktor.bruker_id)
    )
    if a.s.scalar(select(func.count()).where(m.Journalpost.sak_id == sak.id, m.Journalpost.status != "U")):
        raise UgyldigTilstand("Saken har journalposter; be arkivet flytte eller feilregistrere dem først")
