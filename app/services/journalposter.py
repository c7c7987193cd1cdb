"""Use cases on a journalpost: register, edit, ferdigstill, journalfør, move, fordel, skjerm.

Ekspedering has its own module, app/services/ekspedering.py; documents (files, templates,
check-in, arkivformat) app/services/dokumenter.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select, update

from app.domain import regler
from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler.ekspedering import krev_digital_id
from app.domain.regler.inndata import linje, rens_linje
from app.services import innstillinger
from app.services.arbeid import Arbeid, Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.dokumenter import FilInn, legg_til_fil
from app.services.dokumentmal import lag_fra_mal
from app.services.parter import husk as husk_parter
from app.services.sakstilgang import krev_skrivetilgang
from app.services.tilgang import er_leder_for, krev_arkiv, krev_skrive_jp
from app.services.visning import aktiv_godkjenning, jp_nummer, sak_nummer
from app.store import models as m


@dataclass(frozen=True)
class PartInn:
    """A korrespondansepart as entered; ``navn`` equal to a user's initials means that user."""

    navn: str
    epost: str | None = None
    adresse: str | None = None
    postnummer: str | None = None
    poststed: str | None = None
    kanal: str | None = None
    referanse: str | None = None  # the party's own reference (Deres ref on the answer)
    orgnr: str | None = None  # kept in the party register (app/services/parter.py)
    fodselsnummer: str | None = None
    digital_id: str | None = None  # fødselsnummer or organisasjonsnummer, for SvarUt


@dataclass(frozen=True)
class NyJournalpost:
    sak: str | int
    type: str
    tittel: str
    tittel2: str | None = None
    avsendere: list[PartInn] = field(default_factory=list)
    mottakere: list[PartInn] = field(default_factory=list)
    kopimottakere: list[PartInn] = field(default_factory=list)
    saksbehandler: str | None = None
    forfallsdato: date | None = None
    dokumentdato: date | None = None
    mottatt_dato: date | None = None
    tilgangskode: str | None = None
    hjemmel: str | None = None
    nivaa: int | None = None
    filer: list[FilInn] = field(default_factory=list)
    message_id: str | None = None
    kilde_sjekksum: str | None = None
    foreslatt_avsender: PartInn | None = None  # a forwarded mail's original sender, offered to the user
    advarsler: list[str] = field(default_factory=list)
    krever_godkjenning: bool = False  # must be approved before ferdigstilling (also by type, a setting)


def lag_part(a: Arbeid, rolle: str, p: PartInn) -> m.Korrespondansepart:
    navn = linje(p.navn, "navn", paakrevd=f"En {rolle} mangler navn")
    if any(c.isspace() for c in navn) or "@" in navn:
        # Initials and unit codes are single words: a full name is an external party.
        return _ekstern_part(rolle, navn, p)
    bruker = a.s.scalar(select(m.Bruker).where(func.upper(m.Bruker.initialer) == navn.upper()))
    if bruker is not None:
        return m.Korrespondansepart(
            rolle=rolle,
            navn=bruker.navn,
            epost=bruker.epost,
            intern_bruker_id=bruker.id,
            intern_enhet_id=bruker.enhet_id,
            kanal="intern",
        )
    enhet = a.s.scalar(
        select(m.AdministrativEnhet).where(func.upper(m.AdministrativEnhet.kode) == navn.upper())
    )
    if enhet is not None:
        return m.Korrespondansepart(
            rolle=rolle,
            navn=enhet.navn,
            intern_enhet_id=enhet.id,
            intern_bruker_id=enhet.leder_id,
            kanal="intern",
        )
    return _ekstern_part(rolle, navn, p)


def partliste(jp: m.Journalpost) -> list[tuple[str, str, bool]]:
    """(rolle, navn, intern) per korrespondansepart, what the rules in regler.parter read."""
    return [(p.rolle, p.navn, bool(p.intern_bruker_id or p.intern_enhet_id)) for p in jp.parter]


def _ekstern_part(rolle: str, navn: str, p: PartInn) -> m.Korrespondansepart:
    return m.Korrespondansepart(
        rolle=rolle,
        navn=navn,
        epost=linje(p.epost, "epost"),
        adresse=linje(p.adresse, "adresse"),
        postnummer=linje(p.postnummer, "postnummer"),
        poststed=linje(p.poststed, "poststed"),
        kanal=p.kanal or ("epost" if p.epost else None),
        referanse=linje(p.referanse, "referanse"),
        digital_id=krev_digital_id(p.digital_id or p.orgnr or p.fodselsnummer),
    )


def gjeldende_avskrivninger(a: Arbeid, jp: m.Journalpost) -> list[int | None]:
    """The mottaker each effective avskrivning names (None: the whole post); *** and waiting ones do not count."""
    return list(
        a.s.scalars(
            select(m.Avskrivning.mottaker_id)
            .join(m.Avskrivningskode, m.Avskrivningskode.kode == m.Avskrivning.kode)
            .where(
                m.Avskrivning.journalpost_id == jp.id,
                m.Avskrivning.ventende.is_(False),
                m.Avskrivningskode.beholder_restanse.is_(False),
            )
        )
    )


def interne_mottakere(jp: m.Journalpost) -> set[int]:
    return {p.intern_bruker_id for p in jp.parter if p.rolle == "mottaker" and p.intern_bruker_id}


def oppdater_restanse(a: Arbeid, jp: m.Journalpost, *, ny_post: bool = False) -> None:
    """Recompute the restanse flag the kurver read (an N's: until every internal mottaker avskrev)."""
    avskrevet = (
        False
        if ny_post
        else regler.er_avskrevet(jp.type, interne_mottakere(jp), gjeldende_avskrivninger(a, jp))
    )
    ny = regler.har_restanse_type(jp.type, jp.forfallsdato) and jp.status != "U" and not avskrevet
    if jp.type == "U" and jp.status not in "EJA":
        ny = False
    jp.restanse = ny


def neste_dokumentnummer(a: Arbeid, sak_id: int) -> int:
    tabell = m.tabell(m.Sak)
    nr = a.s.execute(
        update(tabell)
        .where(tabell.c.id == sak_id)
        .values(siste_dokumentnummer=tabell.c.siste_dokumentnummer + 1)
        .returning(tabell.c.siste_dokumentnummer)
    ).scalar_one()
    return nr


def _opprett(a: Arbeid, ny: NyJournalpost) -> m.Journalpost:
    jp_type = (ny.type or "").strip().upper()
    if jp_type not in "IUNXS" or len(jp_type) != 1:
        raise UgyldigInndata(f"Ukjent journalposttype «{ny.type}» (bruk I, U, N, X eller S)")
    tittel = linje(ny.tittel, "tittel", paakrevd="Journalposten må ha en tittel")
    regler.krev_hjemmel(ny.tilgangskode, ny.hjemmel, ny.nivaa)
    if ny.tilgangskode and a.s.get(m.Tilgangskode, ny.tilgangskode) is None:
        raise UgyldigInndata(f"Ukjent tilgangskode «{ny.tilgangskode}»")
    sak = a.sak(ny.sak)
    regler.sjekk_sak_aapen(sak.status)
    krev_skrivetilgang(a, sak)
    if jp_type == "I" and innstillinger.les(a).registrer_inngaaende == "arkiv" and not a.aktor.er_arkiv:
        raise IngenTilgang("I denne kommunen registrerer bare arkivet inngående post")
    if sak.tilgangskode and not regler.autorisert(
        a.aktor, sak.tilgangskode, sak.enhet_id, eier_ids=(sak.saksansvarlig_id,)
    ):
        raise IngenTilgang(f"Saken er skjermet med kode {sak.tilgangskode}, og du har ikke tilgang")
    if ny.saksbehandler:
        sbh = a.bruker(ny.saksbehandler)
    elif a.aktor.er_arkiv and jp_type == "I":
        sbh = None  # lands in the leader's Til fordeling
    else:
        sbh = a.s.get(m.Bruker, a.aktor.skrivebord_id)
    if jp_type == "I" and not ny.avsendere:
        raise UgyldigInndata("En inngående journalpost må ha en avsender")
    if jp_type in "UN" and not ny.mottakere and not a.aktor.er_arkiv:
        raise UgyldigInndata(
            f"En {'utgående journalpost' if jp_type == 'U' else 'N-notat'} må ha minst én mottaker"
        )
    status = regler.startstatus(jp_type, a.aktor, tilgangskode=ny.tilgangskode)
    forfall = ny.forfallsdato
    if forfall is None and jp_type in "IN":
        forfall = a.idag + timedelta(days=innstillinger.les(a).svarfrist_dager)
    aar = a.idag.year
    jp = m.Journalpost(
        sak_id=sak.id,
        dokumentnummer=neste_dokumentnummer(a, sak.id),
        journalaar=aar,
        journalsekvensnummer=a.neste_nummer("journal", aar),
        type=jp_type,
        status=status,
        tittel=tittel,
        tittel2=linje(ny.tittel2, "tittel2"),
        dokumentdato=ny.dokumentdato or a.idag,
        mottatt_dato=ny.mottatt_dato or (a.idag if jp_type == "I" else None),
        journaldato=a.idag,
        saksbehandler_id=sbh.id if sbh else None,
        enhet_id=(sbh.enhet_id if sbh else None) or sak.enhet_id,
        forfallsdato=forfall,
        tilgangskode=ny.tilgangskode,
        hjemmel=ny.hjemmel if ny.tilgangskode else None,
        skjermingsnivaa=ny.nivaa if ny.tilgangskode else None,
        message_id=ny.message_id,
        kilde_sjekksum=ny.kilde_sjekksum,
        advarsel="\n".join(ny.advarsler) or None,
        krever_godkjenning=ny.krever_godkjenning
        or regler.krever_godkjenning_ved_start(jp_type, innstillinger.les(a).godkjenning_typer),
        foreslatt_avsender_navn=rens_linje(ny.foreslatt_avsender.navn) if ny.foreslatt_avsender else None,
        foreslatt_avsender_epost=ny.foreslatt_avsender.epost if ny.foreslatt_avsender else None,
        opprettet_av_id=a.aktor.bruker_id,
        opprettet=a.naa,
        endret=a.naa,
    )
    for rolle, parter in (
        ("avsender", ny.avsendere),
        ("mottaker", ny.mottakere),
        ("kopimottaker", ny.kopimottakere),
    ):
        for p in parter:
            jp.parter.append(lag_part(a, rolle, p))
    regler.sjekk_notatmottakere(jp_type, partliste(jp))
    a.s.add(jp)
    a.s.flush()
    husk_parter(a, jp, [*ny.avsendere, *ny.mottakere, *ny.kopimottakere])
    vedlegg = 0
    for i, fil in enumerate(ny.filer, start=1):
        legg_til_fil(a, jp, fil, i)
        vedlegg += fil.tilknytning == "vedlegg"
    jp.antall_vedlegg = vedlegg
    oppdater_restanse(a, jp, ny_post=True)
    nr = jp_nummer(sak, jp)
    a.logg(
        "registrert",
        entitet="journalpost",
        entitet_id=jp.id,
        sak_id=sak.id,
        journalpost_id=jp.id,
        felt="status",
        til=f"{jp_type} {status} {nr}",
    )
    return jp


@skrivetjeneste(koebar=True)
def registrer_journalpost(
    ctx: Kontekst, ny: NyJournalpost, *, mal: str | None = None, per_mottaker: bool = False
) -> Resultat:
    """Register an I/U/N/X/S journalpost with its parties and files in one transaction.

    With ``mal`` the hoveddokument is written from that template in the same transaction.
    """
    with arbeid(ctx) as a:
        jp = _opprett(a, ny)
        if mal:
            lag_fra_mal(a, jp, mal, per_mottaker=per_mottaker)
        return _registrert(a, jp)


@skrivetjeneste(koebar=True)
def endre_journalpost(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    tittel: str | None = None,
    tittel2: str | None = None,
    forfallsdato: date | None = None,
    dokumentdato: date | None = None,
    mottakere: list[PartInn] | None = None,
    avsendere: list[PartInn] | None = None,
    kopimottakere: list[PartInn] | None = None,
    versjon: int | None = None,
    type: str | None = None,
) -> Resultat:
    """Edit the registration where the status allows it (R, S; M for the archive).

    ``type`` corrects I/U/N/X until the post is locked (an imported message's In/Sent is a guess);
    the status follows (own documents R, incoming S) and the restanse is recomputed.
    """
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        if versjon is not None and versjon != jp.versjon:
            from app.domain.feil import Konflikt

            raise Konflikt("Journalposten er endret av noen andre siden du åpnet den; oppdater og prøv igjen")
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        ny_type = (type or "").strip().upper() or jp.type
        if ny_type != jp.type:
            status = regler.status_etter_typeendring(jp.type, ny_type, jp.status, a.aktor)
            a.endre(jp, "type", ny_type, **ids)
            a.endre(jp, "status", status, **ids)
            if ny_type in "IN" and jp.forfallsdato is None and forfallsdato is None:
                forfallsdato = a.idag + timedelta(days=innstillinger.les(a).svarfrist_dager)
            elif ny_type in "UX" and forfallsdato is None:
                a.endre(jp, "forfallsdato", None, **ids)
        if tittel is not None:
            a.endre(jp, "tittel", linje(tittel, "tittel", paakrevd="Journalposten må ha en tittel"), **ids)
        if tittel2 is not None:
            a.endre(jp, "tittel2", linje(tittel2, "tittel2"), **ids)
        if forfallsdato is not None:
            a.endre(jp, "forfallsdato", forfallsdato, **ids)
        if dokumentdato is not None:
            a.endre(jp, "dokumentdato", dokumentdato, **ids)
        for rolle, nye in (("mottaker", mottakere), ("avsender", avsendere), ("kopimottaker", kopimottakere)):
            if nye is None:
                continue
            gamle = [p for p in jp.parter if p.rolle == rolle]
            for p in gamle:
                jp.parter.remove(p)
            for p in nye:
                jp.parter.append(lag_part(a, rolle, p))
            a.logg(
                "endret",
                entitet="journalpost",
                entitet_id=jp.id,
                felt=rolle,
                fra=", ".join(p.navn for p in gamle),
                til=", ".join(p.navn for p in nye),
                **ids,
            )
        regler.sjekk_notatmottakere(jp.type, partliste(jp))
        jp.endret = a.naa
        oppdater_restanse(a, jp)
        return Resultat(
            f"Journalpost {jp_nummer(jp.sak, jp)} er endret",
            journalpostnummer=jp_nummer(jp.sak, jp),
            status=jp.status,
        )


@skrivetjeneste(koebar=True)
def ferdigstill(ctx: Kontekst, jpnr: str | int) -> Resultat:
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_ferdigstille(a, jp)
        _ferdigstill(a, jp)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er ferdigstilt", journalpostnummer=nr, status="F")


def _ferdigstill(a: Arbeid, jp: m.Journalpost) -> None:
    from app.services.politikk.behandling import ved_ferdigstilling

    ved_ferdigstilling(a, jp)  # a saksframlegg's headings; klar til behandling in its saksgang
    a.endre(jp, "status", "F", handling="ferdigstilt", sak_id=jp.sak_id, journalpost_id=jp.id)
    jp.endret = a.naa


@skrivetjeneste
def journalfor(ctx: Kontekst, jpnr: str | int) -> Resultat:
    """The archive's quality check: status J, and the gule merknader are deleted."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        regler.sjekk_journalfor(jp.status, a.aktor)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        for mk in a.s.scalars(
            select(m.Merknad).where(m.Merknad.journalpost_id == jp.id, m.Merknad.type == "gul")
        ):
            a.logg("gul merknad slettet", entitet="merknad", entitet_id=mk.id, fra=mk.tekst, **ids)
            a.s.delete(mk)
        a.endre(jp, "status", "J", handling="journalført", **ids)
        jp.endret = a.naa
        sak = jp.sak
        if sak.status == "R":
            a.endre(sak, "status", "B", handling="saksstatus", sak_id=sak.id)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er journalført", journalpostnummer=nr, status="J")


@skrivetjeneste
def feilregistrer(ctx: Kontekst, jpnr: str | int, *, grunn: str | None = None) -> Resultat:
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        if not a.aktor.er_arkiv:
            krev_skrive_jp(a, jp)
        regler.sjekk_feilregistrer(jp.status, a.aktor)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.endre(jp, "status", "U", handling="feilregistrert", **ids)
        if grunn:
            a.logg("feilregistrert", entitet="journalpost", entitet_id=jp.id, felt="grunn", til=grunn, **ids)
        oppdater_restanse(a, jp)
        jp.endret = a.naa
        for o in a.s.scalars(
            select(m.Oppgave).where(m.Oppgave.journalpost_id == jp.id, m.Oppgave.status == "aktiv")
        ):
            o.status = "fjernet"
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er feilregistrert", journalpostnummer=nr, status="U")


@skrivetjeneste
def flytt(ctx: Kontekst, jpnr: str | int, *, til_sak: str) -> Resultat:
    """Move a journalpost to another sak (archive only); it gets the next number there."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "flytte journalposter mellom saker")
        jp = a.journalpost(jpnr)
        ny_sak = a.sak(til_sak)
        if ny_sak.id == jp.sak_id:
            raise UgyldigInndata("Journalposten ligger allerede i den saken")
        regler.sjekk_sak_aapen(ny_sak.status)
        gammelt = jp_nummer(jp.sak, jp)
        gammel_sak = jp.sak_id
        jp.dokumentnummer = neste_dokumentnummer(a, ny_sak.id)
        jp.sak_id = ny_sak.id
        a.s.flush()
        a.s.refresh(jp)
        nytt = jp_nummer(ny_sak, jp)
        for sak_id in (gammel_sak, ny_sak.id):  # in both saker's history
            a.logg(
                "flyttet",
                entitet="journalpost",
                entitet_id=jp.id,
                sak_id=sak_id,
                journalpost_id=jp.id,
                felt="journalpostnummer",
                fra=gammelt,
                til=nytt,
            )
        jp.endret = a.naa
        return Resultat(
            f"Journalpost {gammelt} er flyttet og har fått nummer {nytt}",
            journalpostnummer=nytt,
            status=jp.status,
        )


@skrivetjeneste
def fordel(ctx: Kontekst, jpnr: str | int, *, til: str | None) -> Resultat:
    """Set the saksbehandler: the leader for the unit; a saksbehandler only to a colleague in the same unit.

    ``til=None`` clears the saksbehandler, which sends the post back to the archive.
    """
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        ny = a.bruker(til) if til else None
        sjekk_kan_fordele(a, jp, ny)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.endre(jp, "saksbehandler_id", ny.id if ny else None, handling="fordelt", **ids)
        if ny and ny.enhet_id:
            a.endre(jp, "enhet_id", ny.enhet_id, handling="fordelt", **ids)
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        hvem = f"til {ny.navn}" if ny else "tilbake til arkivet"
        return Resultat(f"Journalpost {nr} er fordelt {hvem}", journalpostnummer=nr, status=jp.status)


@skrivetjeneste
def skjerm_journalpost(
    ctx: Kontekst, jpnr: str | int, *, kode: str | None, hjemmel: str | None = None, nivaa: int | None = None
) -> Resultat:
    """Set or remove the journalpost's own skjerming; allowed in every status (also locked ones)."""
    regler.krev_hjemmel(kode, hjemmel, nivaa)
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        if kode and a.s.get(m.Tilgangskode, kode) is None:
            raise UgyldigInndata(f"Ukjent tilgangskode «{kode}»")
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.skjerm(jp, kode, hjemmel, nivaa, handling="skjerming", **ids)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(
            f"Skjerming {'satt' if kode else 'fjernet'} på {nr}", journalpostnummer=nr, status=jp.status
        )


@skrivetjeneste
def offentlighetsvurder(
    ctx: Kontekst, jpnr: str | int, *, kode: str | None, hjemmel: str | None = None, nivaa: int | None = None
) -> Resultat:
    """The leader's offentlighetsvurdering of an M/XX journalpost: the right code (or none), then S."""
    regler.krev_hjemmel(kode, hjemmel, nivaa)
    if kode == "XX":
        raise UgyldigInndata("Velg den riktige tilgangskoden, eller ingen; XX er bare midlertidig")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_offentlighetsvurdere(a, jp)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.skjerm(jp, kode, hjemmel, nivaa, handling="offentlighetsvurdert", **ids)
        if jp.status == "M":
            a.endre(jp, "status", "S", handling="offentlighetsvurdert", **ids)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er offentlighetsvurdert", journalpostnummer=nr, status=jp.status)


@skrivetjeneste
def registrer_journalpost_med_tekst(ctx: Kontekst, ny: NyJournalpost, *, tekst: str) -> Resultat:
    """Register as ``registrer_journalpost`` and index ``tekst`` for full-text search, in one transaction.

    An imported e-mail is then whole or absent: never a journalpost that search cannot find.
    """
    from app.store import fulltekst

    with arbeid(ctx) as a:
        jp = _opprett(a, ny)
        fulltekst.indekser(a.s, jp.id, tekst)
        return _registrert(a, jp)


def _registrert(a: Arbeid, jp: m.Journalpost) -> Resultat:
    nr = jp_nummer(jp.sak, jp)
    navn = tuple(a.s.scalars(select(m.Bruker.navn))) + tuple(
        p.navn for p in jp.parter if not p.intern_bruker_id
    )
    return Resultat(
        f"Journalpost {nr} er registrert",
        journalpostnummer=nr,
        saksnummer=sak_nummer(jp.sak),
        status=jp.status,
        id=jp.id,
        advarsler=regler.tittel_advarsler(jp.tittel, navn),
    )


# --- the checks each action makes, shared with app.services.handlinger ---------------


def sjekk_kan_ferdigstille(a: Arbeid, jp: m.Journalpost) -> None:
    """While approval is pending, only the approval task finishes the post (one way to answer)."""
    krev_skrive_jp(a, jp)
    regler.sjekk_ferdigstill(jp.type, jp.status, krever_godkjenning=jp.krever_godkjenning)
    if aktiv_godkjenning(a, jp):
        raise UgyldigTilstand(
            "Journalposten ligger til godkjenning; den ferdigstilles når oppgaven besvares Godkjent"
        )


def sjekk_kan_fordele(a: Arbeid, jp: m.Journalpost, ny: m.Bruker | None = None) -> None:
    """The leader (or archive) distributes; a saksbehandler hands over only within the unit."""
    desk = a.aktor.skrivebord_id
    leder = (
        a.aktor.er_arkiv
        or er_leder_for(a, jp.enhet_id)
        or (jp.saksbehandler_id is None and a.aktor.er_leder and jp.enhet_id is None)
    )
    if not leder:
        if jp.saksbehandler_id not in (desk, a.aktor.bruker_id):
            raise IngenTilgang("Bare leder for enheten kan fordele denne journalposten")
        if ny is not None and ny.enhet_id != a.aktor.enhet_id:
            raise IngenTilgang(
                "En saksbehandler kan bare gi journalposten videre til en kollega i samme enhet"
            )
    if jp.status in "JAU":
        raise UgyldigTilstand(f"Journalposten er {regler.statusnavn(jp.status)} og kan ikke fordeles")


def sjekk_kan_offentlighetsvurdere(a: Arbeid, jp: m.Journalpost) -> None:
    if not (er_leder_for(a, jp.enhet_id) or a.aktor.er_arkiv or (a.aktor.er_leder and jp.enhet_id is None)):
        raise IngenTilgang("Bare leder for enheten kan offentlighetsvurdere")
    if jp.status != "M" and jp.tilgangskode != "XX":
        raise UgyldigTilstand("Journalposten venter ikke på offentlighetsvurdering")


@skrivetjeneste
def bruk_foreslatt_avsender(ctx: Kontekst, jpnr: str | int) -> Resultat:
    """Replace a forwarded e-mail's avsender (the forwarder) with the original sender it quoted (DESIGN §7)."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        navn = sjekk_kan_bruke_foreslatt_avsender(a, jp)
        gamle = [p for p in jp.parter if p.rolle == "avsender"]
        for p in gamle:
            jp.parter.remove(p)
        ny = PartInn(navn=navn, epost=jp.foreslatt_avsender_epost)
        jp.parter.append(lag_part(a, "avsender", ny))
        a.logg(
            "endret",
            entitet="journalpost",
            entitet_id=jp.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="avsender",
            fra=", ".join(p.navn for p in gamle),
            til=ny.navn,
        )
        jp.foreslatt_avsender_navn = jp.foreslatt_avsender_epost = None
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Avsender på {nr} er nå {ny.navn}", journalpostnummer=nr, status=jp.status)


def sjekk_kan_bruke_foreslatt_avsender(a: Arbeid, jp: m.Journalpost) -> str:
    """Raises unless the suggested original sender may replace the avsender; returns its name."""
    navn = jp.foreslatt_avsender_navn
    if not navn:
        raise UgyldigTilstand("Journalposten har ingen foreslått opprinnelig avsender")
    krev_skrive_jp(a, jp)
    regler.sjekk_kan_endre(jp.status, a.aktor)
    return navn
