"""Fiks Arkiv: arkivmeldinger from fagsystemer registered as sak and journalposter, once.

A message is validated against the published schema before anything is read from it; then, in one
unit of work, the sak is found (a given saksnummer, the message's own reference, or the
fagsystem's external key) or made, the journalpost is looked up by its external key and only made
when it is not there, with its documents and parties, through the same functions the
registration card uses. The keys and the receipt are written in that same transaction, so the same
message sent twice creates nothing the second time and answers Eksisterende; anything refused
rolls everything back. The answer is the kvittering, or ugyldigforespoersel with the reason; a
refused message is kept in the failed folder.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select

from app.domain import regler
from app.domain.feil import Frakoblet, IkkeFunnet, Konflikt, SaksbordFeil, UgyldigInndata
from app.integrasjoner import fiks_arkiv as fa
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.dokumenter import FilInn
from app.services.journalposter import NyJournalpost, PartInn, _opprett
from app.services.saker import lag_sak
from app.services.tilgang import krev_arkiv
from app.services.visning import jp_nummer, sak_nummer
from app.store import models as m
from app.store.models_integrasjon import Arkivmeldingmottak, EksternNoekkel

UNDERMAPPER = ("inn", "svar", "behandlet", "feilet")


@dataclass(frozen=True)
class Mottak:
    """What became of one message, as the CLI prints it and the status dialog lists it."""

    navn: str
    status: str  # opprettet | eksisterende | feilet
    melding: str
    saksnummer: str | None = None
    journalpostnummer: str | None = None
    svar: str = ""
    svarfil: str | None = None


@dataclass(frozen=True)
class Mottaksrad:
    id: int
    mottatt: datetime
    filnavn: str
    fagsystem: str | None
    status: str
    feil: str | None
    saksnummer: str | None
    journalpostnummer: str | None


def skjemamappe(ctx: Kontekst) -> str:
    mappe = innstillinger.les(ctx).fiks_arkiv_skjemaer
    if not mappe:
        raise UgyldigInndata("Sett innstillingen fiks_arkiv_skjemaer til mappen med Fiks Arkiv V1-skjemaene")
    return mappe


def rotmappe(ctx: Kontekst) -> Path:
    """The watched folder (setting ``fiks_arkiv_mappe``) with inn/, svar/, behandlet/ and feilet/."""
    satt = innstillinger.les(ctx).fiks_arkiv_mappe
    rot = Path(satt).expanduser() if satt else Path(user_data_dir("Saksbord", "Saksbord")) / "fiks-arkiv"
    for under in UNDERMAPPER:
        (rot / under).mkdir(parents=True, exist_ok=True)
    return rot


# --- the write service: one message, one transaction ------------------------------------------


def _finn_noekkel(a: Arbeid, n: fa.Noekkel | None, entitet: str) -> EksternNoekkel | None:
    if n is None:
        return None
    return a.s.scalar(
        select(EksternNoekkel).where(
            EksternNoekkel.fagsystem == n.fagsystem,
            EksternNoekkel.noekkel == n.noekkel,
            EksternNoekkel.entitet == entitet,
        )
    )


def _lagre_noekkel(a: Arbeid, n: fa.Noekkel | None, *, sak_id: int, jp_id: int | None = None) -> None:
    if n is None or _finn_noekkel(a, n, "journalpost" if jp_id else "sak"):
        return
    a.s.add(
        EksternNoekkel(
            fagsystem=n.fagsystem,
            noekkel=n.noekkel,
            entitet="journalpost" if jp_id else "sak",
            sak_id=sak_id,
            journalpost_id=jp_id,
            opprettet=a.naa,
        )
    )


def _sak(a: Arbeid, am: fa.Arkivmelding, saksnummer: str | None) -> tuple[m.Sak, bool]:
    """The sak the message belongs to, and whether it was made now."""
    reg, mappe = am.registrering, am.mappe
    if saksnummer:
        return a.sak(saksnummer), False
    for nr in (reg.forelder_saksnummer if reg else None, mappe.saksnummer if mappe else None):
        if nr:
            return a.sak(f"{nr[0]}/{nr[1]}"), False
    for n in (mappe.noekkel if mappe else None, reg.forelder_noekkel if reg else None):
        funnet = _finn_noekkel(a, n, "sak")
        if funnet is not None and funnet.sak_id is not None:
            return a.hent(m.Sak, funnet.sak_id, "saken"), False
    if mappe is None:
        raise IkkeFunnet(
            "Meldingen sier ikke hvilken sak registreringen hører til, og har ingen mappe å opprette"
        )
    offentlig = mappe.offentlig_tittel or mappe.tittel
    skj = mappe.skjerming
    sak = lag_sak(
        a,
        tittel=offentlig,
        tittel2=mappe.tittel if mappe.tittel != offentlig else None,
        klasse=mappe.klasser[0] if mappe.klasser else regler.KLASSE_TIL_ARKIVET,
        tilgangskode=_kode(a, skj),
        hjemmel=skj.hjemmel if skj else None,
        nivaa=2 if skj else None,
    )
    return sak, True


def _kode(a: Arbeid, skj: fa.Skjerming | None) -> str | None:
    if skj is None:
        return None
    kode = skj.kode.upper()
    if a.s.get(m.Tilgangskode, kode) is None:
        kjente = ", ".join(a.s.scalars(select(m.Tilgangskode.kode).order_by(m.Tilgangskode.kode)))
        raise UgyldigInndata(f"Ukjent tilgangsrestriksjon «{skj.kode}» (arkivet kjenner {kjente})")
    return kode


def _ny_journalpost(a: Arbeid, sak: m.Sak, reg: fa.Registrering, filer: dict[str, bytes]) -> m.Journalpost:
    offentlig = reg.offentlig_tittel or reg.tittel
    skj = reg.skjerming
    roller: dict[str, list[PartInn]] = {"avsender": [], "mottaker": [], "kopimottaker": []}
    for p in reg.parter:
        roller[p.rolle].append(
            PartInn(
                navn=p.navn,
                epost=p.epost,
                adresse=p.adresse,
                postnummer=p.postnummer,
                poststed=p.poststed,
                referanse=p.referanse,
                orgnr=p.orgnr,
                fodselsnummer=p.personid,
            )
        )
    ny = NyJournalpost(
        sak=sak.id,
        type=reg.type,
        tittel=offentlig,
        tittel2=reg.tittel if reg.tittel != offentlig else None,
        avsendere=roller["avsender"],
        mottakere=roller["mottaker"],
        kopimottakere=roller["kopimottaker"],
        dokumentdato=reg.dokumentdato,
        mottatt_dato=reg.mottatt_dato,
        tilgangskode=_kode(a, skj),
        hjemmel=skj.hjemmel if skj else None,
        nivaa=(3 if any(p.skjermet for p in reg.parter) else 2) if skj else None,
        filer=[
            FilInn(
                filnavn=d.filnavn or d.referanse,
                data=filer[d.referanse],
                tittel=d.tittel,
                tilknytning=d.tilknytning,
                arkivformat=filer[d.arkiv_referanse] if d.arkiv_referanse else None,
            )
            for d in reg.dokumenter
        ],
    )
    return _opprett(a, ny)


@skrivetjeneste
def registrer_arkivmelding(
    ctx: Kontekst, *, navn: str, xml: bytes, filer: dict[str, bytes], saksnummer: str | None = None
) -> Mottak:
    """Validate and register one arkivmelding (archive only); the answer is in ``Mottak.svar``."""
    melding = fa.Melding(navn, xml, filer)
    skjema = skjemamappe(ctx)
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "ta imot arkivmeldinger")
    try:
        am = fa.valider_og_tolk(melding, skjema)
        return _registrer(ctx, melding, am, skjema, saksnummer)
    except (Konflikt, Frakoblet):
        raise  # passing trouble: the message stays where it is and is tried again
    except SaksbordFeil as e:
        return _avvist(ctx, melding, str(e), skjema)


def _registrer(
    ctx: Kontekst, melding: fa.Melding, am: fa.Arkivmelding, skjema: str, saksnummer: str | None
) -> Mottak:
    with arbeid(ctx) as a:
        krev_arkiv(a, "ta imot arkivmeldinger")
        reg = am.registrering
        jp: m.Journalpost | None = None
        jp_ny = False
        funnet = _finn_noekkel(a, reg.noekkel if reg else None, "journalpost")
        if funnet is None and reg is not None and reg.noekkel is None:
            funnet = _samme_melding(a, melding.sjekksum)
        if funnet is not None and funnet.journalpost_id is not None:
            jp = a.hent(m.Journalpost, funnet.journalpost_id, "journalposten")
            sak, sak_ny = jp.sak, False
        else:
            sak, sak_ny = _sak(a, am, saksnummer)
            if reg is not None:
                jp, jp_ny = _ny_journalpost(a, sak, reg, melding.filer), True
        _lagre_noekkel(a, am.mappe.noekkel if am.mappe else None, sak_id=sak.id)
        if jp is not None and reg is not None:
            _lagre_noekkel(a, reg.noekkel, sak_id=sak.id, jp_id=jp.id)
        svar = fa.kvittering(
            fa.SakSvar(
                sak.id,
                sak.saksaar,
                sak.sakssekvensnummer,
                sak.saksdato,
                am.mappe.noekkel if am.mappe else None,
                sak_ny,
            )
            if am.mappe is not None or jp is None
            else None,
            None if jp is None else _jp_svar(a, jp, reg, jp_ny),
            skjemamappe=skjema,
        ).decode()
        ny = sak_ny or jp_ny
        status = "opprettet" if ny else "eksisterende"
        a.s.add(
            Arkivmeldingmottak(
                sjekksum=melding.sjekksum,
                fagsystem=am.system or None,
                filnavn=melding.navn[:300],
                mottatt=a.naa,
                status=status,
                sak_id=sak.id,
                journalpost_id=jp.id if jp else None,
                svar=svar,
                av_id=a.aktor.bruker_id,
            )
        )
        a.logg("arkivmelding mottatt", entitet="arkivmelding", entitet_id=None, sak_id=sak.id,
               journalpost_id=jp.id if jp else None, til=f"{am.system}: {status}")  # fmt: skip
        snr, jnr = sak_nummer(sak), jp_nummer(sak, jp) if jp else None
        hva = f"journalpost {jnr}" if jnr else f"sak {snr}"
        tekst = (
            f"{melding.navn}: {hva} er opprettet"
            if ny
            else f"{melding.navn}: finnes allerede ({hva}); ingenting nytt"
        )
        return Mottak(melding.navn, status, tekst, snr, jnr, svar)


def _samme_melding(a: Arbeid, sjekksum: str) -> EksternNoekkel | None:
    """A registrering without a key of its own: the same message (by checksum) received before."""
    tidligere = a.s.scalar(
        select(Arkivmeldingmottak.journalpost_id)
        .where(Arkivmeldingmottak.sjekksum == sjekksum, Arkivmeldingmottak.journalpost_id.is_not(None))
        .limit(1)
    )
    if tidligere is None:
        return None
    return EksternNoekkel(fagsystem="", noekkel="", entitet="journalpost", journalpost_id=tidligere)


def _jp_svar(a: Arbeid, jp: m.Journalpost, reg: fa.Registrering | None, ny: bool) -> fa.JournalpostSvar:
    koblinger = a.s.scalars(
        select(m.JournalpostDokument)
        .where(m.JournalpostDokument.journalpost_id == jp.id)
        .order_by(m.JournalpostDokument.rekkefolge)
    ).all()
    return fa.JournalpostSvar(
        id=jp.id,
        journalaar=jp.journalaar,
        journalsekvensnummer=jp.journalsekvensnummer,
        dokumentnummer=jp.dokumentnummer,
        type=jp.type,
        status=jp.status,
        journaldato=jp.journaldato,
        noekkel=reg.noekkel if reg else None,
        opprettet=ny,
        dokumenter=[(k.dokument_id, k.rekkefolge) for k in koblinger],
    )


def _avvist(ctx: Kontekst, melding: fa.Melding, feil: str, skjema: str | None) -> Mottak:
    """Record a refused message in its own transaction (nothing of it was registered)."""
    svar = fa.ugyldig_svar(feil, skjemamappe=skjema).decode()
    with arbeid(ctx) as a:
        krev_arkiv(a, "ta imot arkivmeldinger")
        a.s.add(
            Arkivmeldingmottak(
                sjekksum=melding.sjekksum,
                filnavn=melding.navn[:300],
                mottatt=a.naa,
                status="feilet",
                feil=feil,
                svar=svar,
                av_id=a.aktor.bruker_id,
            )
        )
        a.logg("arkivmelding avvist", entitet="arkivmelding", entitet_id=None, til=feil[:500])
    return Mottak(melding.navn, "feilet", f"{melding.navn} er avvist: {feil}", svar=svar)


# --- files and the watched folder ---------------------------------------------------------------


def motta(ctx: Kontekst, sti: Path, *, saksnummer: str | None = None, flytt: bool = False) -> Mottak:
    """Receive one message from disk; the answer goes to svar/, a refused message to feilet/.

    ``flytt`` (the watched folder) moves the message to behandlet/ or feilet/; otherwise a refused
    message is copied to feilet/ and the original left where it was.
    """
    rot = rotmappe(ctx)
    try:
        melding = fa.les_melding(sti)
    except fa.UgyldigMelding as e:
        melding = fa.Melding(sti.name, b"", {})
        res = _avvist(ctx, melding, str(e), _skjema_eller_ingen(ctx))
    else:
        res = registrer_arkivmelding(
            ctx, navn=melding.navn, xml=melding.xml, filer=melding.filer, saksnummer=saksnummer
        )
    svarfil = _ledig(
        rot / "svar" / f"{melding.navn}-{'kvittering' if res.status != 'feilet' else 'feil'}.xml"
    )
    svarfil.write_text(res.svar, encoding="utf-8")
    maal = rot / ("feilet" if res.status == "feilet" else "behandlet") / sti.name
    if flytt:
        _flytt(sti, maal)
    elif res.status == "feilet":
        _kopier(sti, maal)
    return Mottak(
        res.navn, res.status, res.melding, res.saksnummer, res.journalpostnummer, res.svar, str(svarfil)
    )


def _skjema_eller_ingen(ctx: Kontekst) -> str | None:
    return innstillinger.les(ctx).fiks_arkiv_skjemaer or None


def _ledig(maal: Path) -> Path:
    n, kandidat = 1, maal
    while kandidat.exists():
        n += 1
        kandidat = maal.with_name(f"{maal.stem}-{n}{maal.suffix}")
    return kandidat


def _flytt(sti: Path, maal: Path) -> None:
    shutil.move(str(sti), str(_ledig(maal)))


def _kopier(sti: Path, maal: Path) -> None:
    if sti.is_dir():
        shutil.copytree(sti, _ledig(maal))
    elif sti.exists():
        shutil.copy2(sti, _ledig(maal))


def motta_mappe(
    ctx: Kontekst,
    mappe: Path | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    min_alder_s: float = 0.0,
) -> list[Mottak]:
    """Every message waiting in ``mappe`` (default the watched folder's inn/), each moved on after.

    ``min_alder_s``: leave what was changed more recently (a fagsystem still copying it in); hidden
    and ``~`` names are never taken.
    """
    inn = mappe or rotmappe(ctx) / "inn"
    if not inn.is_dir():
        raise IkkeFunnet(f"Fant ikke mappen {inn}")
    grense = time.time() - min_alder_s
    ventende = sorted(
        p
        for p in inn.iterdir()
        if not p.name.startswith((".", "~"))
        and (p.is_dir() or p.suffix.lower() in (".zip", ".xml"))
        and _sist_endret(p) <= grense
    )
    ut = []
    for i, sti in enumerate(ventende):
        if cancelled and cancelled():
            break
        ut.append(motta(ctx, sti, flytt=True))
        if progress:
            progress(i + 1, len(ventende))
    return ut


def _sist_endret(sti: Path) -> float:
    try:
        tider = [sti.stat().st_mtime] + ([p.stat().st_mtime for p in sti.iterdir()] if sti.is_dir() else [])
    except OSError:
        return time.time()
    return max(tider)


def mottak(ctx: Kontekst, *, grense: int = 200) -> list[Mottaksrad]:
    """The latest messages received, newest first (the status dialog and ``arkivmelding status``)."""
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "se mottatte arkivmeldinger")
        rader = a.s.scalars(
            select(Arkivmeldingmottak).order_by(Arkivmeldingmottak.id.desc()).limit(grense)
        ).all()
        ut = []
        for r in rader:
            sak = a.s.get(m.Sak, r.sak_id) if r.sak_id else None
            jp = a.s.get(m.Journalpost, r.journalpost_id) if r.journalpost_id else None
            ut.append(
                Mottaksrad(
                    id=r.id,
                    mottatt=r.mottatt,
                    filnavn=r.filnavn,
                    fagsystem=r.fagsystem,
                    status=r.status,
                    feil=r.feil,
                    saksnummer=sak_nummer(sak) if sak else None,
                    journalpostnummer=jp_nummer(sak, jp) if sak and jp else None,
                )
            )
        return ut
