"""eInnsyn publication: the offentlig journal's posts, sent after a QA delay, updated and withdrawn by externalId.

What is public is decided once, by :func:`app.services.postliste.offentlige` (J and A, never M or
XX); the fields follow the same shielding as the printed postliste: the public title (words marked
{like this} as *), the korrespondanseparter unless the post is shielded at level 3, and only the
documents the archive has marked for publication (never at level 1 or above), each with the file
of its arkivformat (the PDF/A of its newest version; a document still without one is sent
without a file until the PDF/A is made, which changes the post and sends it then). A post waits the
QA delay (setting ``einnsyn_ventetid_dager`` working days after journaldato) so the archive can
hold it back; private persons' names are replaced once the post is older than
``einnsyn_navn_maaneder``.

Each post's state is a row in ``einnsyn_publisering``: the externalId, a checksum of what was
sent, ``publisert`` / ``feilet`` (with eInnsyn's reason) / ``trukket``. A run sends only what is
new or changed since the last success, upserting by externalId, so a retry never publishes twice;
a post that has left the public selection is deleted in eInnsyn. The network calls run outside any
transaction; each post's outcome is written in a small unit of work of its own. The API key lives
in the OS keyring.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.domain.feil import IkkeFunnet, UgyldigInndata
from app.domain.regler.offentlighet import arbeidsdager_etter, er_privatperson, maaneder_for, offentlig_tittel
from app.integrasjoner.einnsyn import JOURNALPOSTTYPE, DokumentUt, EInnsyn, EinnsynFeil
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import SKJERMET, Resultat
from app.services.dokumenter import ARKIV, siste_objekt, trenger_arkivformat
from app.services.postliste import offentlige
from app.services.tilgang import krev_arkiv
from app.services.visning import jp_nummer, jp_skjerming, sak_nummer
from app.store import models as m
from app.store.models_integrasjon import EinnsynDokument, EinnsynPublisering, Partregister

NOKKELRING = "Saksbord eInnsyn"
_TIDLIGST = date(1900, 1, 1)


# --- the API key ---------------------------------------------------------------------------------


def api_noekkel(url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(NOKKELRING, url)
    except KeyringError:
        return None


def lagre_api_noekkel(ctx: Kontekst, noekkel: str) -> Resultat:
    """Keep the eInnsyn API key in the OS keyring (never in the database or a file)."""
    import keyring
    from keyring.errors import KeyringError

    if not (noekkel or "").strip():
        raise UgyldigInndata("API-nøkkelen er tom")
    url = innstillinger.les(ctx).einnsyn_url
    try:
        keyring.set_password(NOKKELRING, url, noekkel.strip())
    except KeyringError as e:
        raise UgyldigInndata(f"Nøkkelringen i operativsystemet tok ikke imot nøkkelen: {e}") from e
    return Resultat(f"API-nøkkelen for {url} er lagret i nøkkelringen")


def klient(ctx: Kontekst) -> EInnsyn:
    url = innstillinger.les(ctx).einnsyn_url
    noekkel = api_noekkel(url)
    if not noekkel:
        raise UgyldigInndata(f"Ingen API-nøkkel for eInnsyn ({url}); lagre den med «saksbord einnsyn nokkel»")
    return EInnsyn(url, noekkel)


# --- what is published ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Utkast:
    """One post as it would be sent: ready to go, or still waiting for its QA delay."""

    journalpost_id: int
    journalpostnummer: str
    saksmappe: dict[str, Any]
    journalpost: dict[str, Any]
    sjekksum: str
    navn_fjernet: bool
    klar_fra: date
    dokumenter: tuple[DokumentUt, ...] = ()


def _ekstern(virksomhet: str, art: str, nr: str) -> str:
    return f"saksbord:{virksomhet or 'kommune'}:{art}:{nr}"


def _orgnr(a: Arbeid) -> dict[str, str | None]:
    return {
        r.navn.lower(): r.orgnr
        for r in a.s.scalars(select(Partregister).where(Partregister.orgnr.is_not(None)))
    }


def _utkast(
    a: Arbeid, jp: m.Journalpost, *, virksomhet: str, navn_grense: date, ventetid: int, orgnr: dict
) -> Utkast:
    sak = jp.sak
    skj = jp_skjerming(jp, sak)
    nivaa = (skj.nivaa or 1) if skj else 0
    sak_nr, jp_nr = sak_nummer(sak), jp_nummer(sak, jp)
    fjern_navn = jp.journaldato < navn_grense
    parter = []
    if nivaa < 3:
        for p in jp.parter:
            if p.intern_bruker_id is not None:
                continue
            privat = er_privatperson(p.navn, orgnr=orgnr.get(p.navn.lower()))
            navn = SKJERMET if fjern_navn and privat else p.navn
            parter.append(
                {
                    "korrespondansepartNavn": navn,
                    "korrespondansepartNavnSensitiv": navn,
                    "korrespondanseparttype": p.rolle,
                }
            )
    dokumenter: list[DokumentUt] = []
    if nivaa == 0:
        merket = set(a.s.scalars(select(EinnsynDokument.dokument_id)))
        koblinger = a.s.scalars(
            select(m.JournalpostDokument)
            .where(m.JournalpostDokument.journalpost_id == jp.id)
            .order_by(m.JournalpostDokument.rekkefolge)
        )
        for k in koblinger:
            if k.dokument_id in merket:
                dokumenter.append(_dokument(k, virksomhet))
    saksmappe = {
        "externalId": _ekstern(virksomhet, "sak", sak_nr),
        "offentligTittel": offentlig_tittel(sak.tittel),
        "offentligTittelSensitiv": offentlig_tittel(sak.tittel),
        "saksaar": sak.saksaar,
        "sakssekvensnummer": sak.sakssekvensnummer,
        "saksdato": sak.saksdato.isoformat(),
    }
    post: dict[str, Any] = {
        "externalId": _ekstern(virksomhet, "journalpost", jp_nr),
        "offentligTittel": offentlig_tittel(jp.tittel),
        "offentligTittelSensitiv": offentlig_tittel(jp.tittel),
        "journalaar": jp.journalaar,
        "journalsekvensnummer": jp.journalsekvensnummer,
        "journalpostnummer": jp.dokumentnummer,
        "journalposttype": JOURNALPOSTTYPE.get(jp.type, "ukjent"),
        "journaldato": jp.journaldato.isoformat(),
        "korrespondansepart": parter,
    }
    if jp.dokumentdato:
        post["dokumentetsDato"] = jp.dokumentdato.isoformat()
    if skj:
        post["skjerming"] = {"tilgangsrestriksjon": skj.tilgangskode, "skjermingshjemmel": skj.hjemmel or ""}
    filer = [[d.beskrivelse, d.sjekksum] for d in dokumenter]
    innhold = json.dumps([saksmappe, post, filer], sort_keys=True, ensure_ascii=False).encode()
    klar = arbeidsdager_etter(jp.journaldato, ventetid)
    sjekk = hashlib.sha256(innhold).hexdigest()
    return Utkast(jp.id, jp_nr, saksmappe, post, sjekk, fjern_navn, klar, tuple(dokumenter))


def _dokument(k: m.JournalpostDokument, virksomhet: str) -> DokumentUt:
    """A marked document as sent: its description and the PDF/A of its newest version (if made yet)."""
    dok = k.dokument
    tittel = offentlig_tittel(dok.tittel)
    arkiv = None if trenger_arkivformat(dok) else siste_objekt(dok, ARKIV)
    return DokumentUt(
        beskrivelse={
            "externalId": _ekstern(virksomhet, "dokument", str(dok.id)),
            "tittel": tittel,
            "tittelSensitiv": tittel,
            "dokumentnummer": k.rekkefolge,
            "tilknyttetRegistreringSom": k.tilknytning,
        },
        fil_ekstern_id=_ekstern(virksomhet, "dokumentobjekt", str(dok.id)),
        sjekksum=arkiv.sjekksum if arkiv else None,
        filnavn=arkiv.filnavn if arkiv else "",
    )


def _hent_fil(ctx: Kontekst) -> Callable[[str], bytes]:
    """Read one stored file by checksum, in a short read of its own (outside the network calls)."""

    def hent(sjekksum: str) -> bytes:
        with arbeid(ctx, skriv=False) as a:
            return bytes(a.hent(m.Innhold, sjekksum, "filen").data)

    return hent


@dataclass(frozen=True)
class Tilstand:
    """What ``einnsyn_publisering`` says about one post, as plain data."""

    journalpost_id: int
    ekstern_id: str
    status: str
    sjekksum: str | None
    feil: str | None
    sist_forsok: datetime | None
    publisert: datetime | None


def _utvalg(a: Arbeid, idag: date) -> tuple[list[Utkast], dict[int, Tilstand]]:
    inst = innstillinger.les(a)
    orgnr = _orgnr(a)
    navn_grense = maaneder_for(idag, inst.einnsyn_navn_maaneder)
    utkast = [
        _utkast(
            a,
            jp,
            virksomhet=inst.einnsyn_virksomhet,
            navn_grense=navn_grense,
            ventetid=inst.einnsyn_ventetid_dager,
            orgnr=orgnr,
        )  # fmt: skip
        for jp in offentlige(a, fra=_TIDLIGST, til=idag)
    ]
    rader = {
        r.journalpost_id: Tilstand(
            r.journalpost_id, r.ekstern_id, r.status, r.sjekksum, r.feil, r.sist_forsok, r.publisert
        )
        for r in a.s.scalars(select(EinnsynPublisering))
    }
    return utkast, rader


# --- a run ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kjoring:
    publisert: int
    oppdatert: int
    trukket: int
    feilet: int
    venter: int
    uendret: int

    @property
    def melding(self) -> str:
        deler = [f"{self.publisert} publisert", f"{self.oppdatert} oppdatert", f"{self.trukket} trukket"]
        if self.feilet:
            deler.append(f"{self.feilet} feilet")
        deler.append(f"{self.venter} venter")
        return "eInnsyn: " + ", ".join(deler)


def publiser(
    ctx: Kontekst,
    *,
    til: date | None = None,
    kun: set[int] | None = None,
    api: EInnsyn | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Kjoring:
    """Send what is ready (QA delay passed by ``til``, default today), new or changed; withdraw what left.

    ``kun`` limits the run to these journalpost ids (retry of one post). The archive only.
    """
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "publisere på eInnsyn")
        dag = til or a.idag
        utkast, rader = _utvalg(a, a.idag)
    teller = {"publisert": 0, "oppdatert": 0, "trukket": 0, "feilet": 0, "venter": 0, "uendret": 0}
    offentlige_ider = {u.journalpost_id for u in utkast}
    trekk = (
        []
        if kun is not None
        else [
            r
            for r in rader.values()
            if r.journalpost_id not in offentlige_ider and r.status in ("publisert", "feilet")
        ]
    )
    klare = []
    for u in utkast:
        if kun is not None and u.journalpost_id not in kun:
            continue
        rad = rader.get(u.journalpost_id)
        if u.klar_fra > dag:
            teller["venter"] += 1
        elif rad is not None and rad.status == "publisert" and rad.sjekksum == u.sjekksum:
            teller["uendret"] += 1
        else:
            klare.append(u)
    if not klare and not trekk:
        return Kjoring(**teller)
    eget = api is None
    api = api or klient(ctx)
    try:
        totalt = len(klare) + len(trekk)
        arkivdel = None
        hent_fil = _hent_fil(ctx)
        prefiks = _ekstern(innstillinger.les(ctx).einnsyn_virksomhet, "dokument", "")
        for i, u in enumerate(klare):
            if cancelled and cancelled():
                break
            try:
                arkivdel = arkivdel or api.sikre_arkivdel(
                    ekstern_id=_ekstern(innstillinger.les(ctx).einnsyn_virksomhet, "arkiv", "1"),
                    tittel="Saksbord",
                )
                sm = api.lagre_saksmappe(arkivdel, u.saksmappe)
                jp_id, ny = api.lagre_journalpost(sm, u.journalpost)
                api.lagre_dokumenter(jp_id, list(u.dokumenter), hent_fil, prefiks=prefiks)
            except EinnsynFeil as e:
                merk_publisering(ctx, u.journalpost_id, u.journalpost["externalId"], "feilet", feil=str(e))
                teller["feilet"] += 1
            else:
                merk_publisering(
                    ctx,
                    u.journalpost_id,
                    u.journalpost["externalId"],
                    "publisert",
                    sjekksum=u.sjekksum,
                    navn_fjernet=u.navn_fjernet,
                )
                teller["publisert" if ny else "oppdatert"] += 1
            if progress:
                progress(i + 1, totalt)
        for j, r in enumerate(trekk):
            if cancelled and cancelled():
                break
            try:
                api.slett_journalpost(r.ekstern_id)
            except EinnsynFeil as e:
                merk_publisering(ctx, r.journalpost_id, r.ekstern_id, "feilet", feil=f"tilbaketrekking: {e}")
                teller["feilet"] += 1
            else:
                merk_publisering(ctx, r.journalpost_id, r.ekstern_id, "trukket")
                teller["trukket"] += 1
            if progress:
                progress(len(klare) + j + 1, totalt)
    finally:
        if eget:
            api.lukk()
    return Kjoring(**teller)


@skrivetjeneste
def merk_publisering(
    ctx: Kontekst,
    journalpost_id: int,
    ekstern_id: str,
    status: str,
    *,
    feil: str | None = None,
    sjekksum: str | None = None,
    navn_fjernet: bool = False,
) -> None:
    """Record one post's outcome (its own small unit of work, so a run cut short keeps what it did)."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "publisere på eInnsyn")
        rad = a.s.get(EinnsynPublisering, journalpost_id)
        if rad is None:
            rad = EinnsynPublisering(
                journalpost_id=journalpost_id, ekstern_id=ekstern_id, forsok=0, navn_fjernet=False
            )
            a.s.add(rad)
        rad.status = status
        rad.forsok = (rad.forsok or 0) + 1
        rad.sist_forsok = a.naa
        rad.feil = feil
        if status == "publisert":
            rad.sjekksum, rad.publisert, rad.navn_fjernet, rad.forsok = sjekksum, a.naa, navn_fjernet, 0
        a.logg(f"einnsyn {status}", entitet="journalpost", entitet_id=journalpost_id,
               journalpost_id=journalpost_id, til=feil or status)  # fmt: skip


@skrivetjeneste
def merk_dokument(ctx: Kontekst, dokument_id: int, *, publiser: bool = True) -> Resultat:
    """Mark (or unmark) a document for publication on eInnsyn; only marked documents are ever sent."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "merke dokumenter for publisering")
        dok = a.hent(m.Dokumentbeskrivelse, dokument_id, "dokumentet")
        rad = a.s.get(EinnsynDokument, dokument_id)
        if publiser and rad is None:
            a.s.add(EinnsynDokument(dokument_id=dokument_id, merket=a.naa, av_id=a.aktor.bruker_id))
        elif not publiser and rad is not None:
            a.s.delete(rad)
        a.logg(
            "einnsyn dokument", entitet="dokument", entitet_id=dokument_id, felt="publiseres", til=publiser
        )
        return Resultat(f"«{dok.tittel}» {'publiseres' if publiser else 'publiseres ikke'} på eInnsyn")


# --- status --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statusrad:
    journalpost_id: int
    journalpostnummer: str
    tittel: str
    status: str
    """«publisert», «venter», «trukket» or «feilet: …»."""
    tid: datetime | None
    klar_fra: date | None


def status(ctx: Kontekst) -> list[Statusrad]:
    """Every post eInnsyn has or will have, with its state; failed first, then waiting, then the rest."""
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "se publiseringen på eInnsyn")
        utkast, rader = _utvalg(a, a.idag)
        ut: list[Statusrad] = []
        sett = set()
        for u in utkast:
            sett.add(u.journalpost_id)
            r = rader.get(u.journalpost_id)
            if r is None or (r.status == "publisert" and r.sjekksum != u.sjekksum):
                tekst, tid = "venter", None
            elif r.status == "feilet":
                tekst, tid = f"feilet: {r.feil}", r.sist_forsok
            else:
                tekst, tid = r.status, r.publisert
            ut.append(
                Statusrad(
                    u.journalpost_id,
                    u.journalpostnummer,
                    u.journalpost["offentligTittel"],
                    tekst,
                    tid,
                    u.klar_fra,
                )
            )
        for r in rader.values():
            if r.journalpost_id in sett:
                continue
            jp = a.s.get(m.Journalpost, r.journalpost_id)
            nr = jp_nummer(jp.sak, jp) if jp else str(r.journalpost_id)
            tekst = f"feilet: {r.feil}" if r.status == "feilet" else r.status
            ut.append(
                Statusrad(
                    r.journalpost_id,
                    nr,
                    offentlig_tittel(jp.tittel) if jp else "",
                    tekst,
                    r.sist_forsok,
                    None,
                )
            )
        orden = {"f": 0, "v": 1}
        ut.sort(key=lambda s: (orden.get(s.status[0], 2), s.journalpostnummer))
        return ut


def finn_journalpost_id(ctx: Kontekst, jpnr: str) -> int:
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        if jp is None:
            raise IkkeFunnet(f"Fant ingen journalpost {jpnr}")
        return jp.id
