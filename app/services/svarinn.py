"""Post from KS Fiks SvarInn: each forsendelse registered once, as an I for the archive's check.

The archive fetches (``hent``): every forsendelse SvarInn offers is downloaded, decrypted with the
mottakersystem's private key (CMS, ``app.integrasjoner.fiks.cms``), unpacked and registered as one journalpost I
in status M with tilgangskode XX (not yet offentlighetsvurdert), the sender as avsender and the
documents as hoveddokument and vedlegg; then SvarInn is told (kvitterMottak). The sak is the one
the sender names (``metadataForImport``: saksaar/sakssekvensnummer) when it exists and is open,
else the setting ``svarinn.sak``, else a new sak with the forsendelse's title; the archive moves
the journalpost in its check where needed (DESIGN §4). The post carries ``svarinn:<id>`` as its
message_id (app/domain/regler/mottak.py), so it waits in the archive's kurv Mottatt fra SvarInn,
not in the leaders' kurver, until the archive has passed it on to a saksbehandler.

Nothing is lost and nothing is registered twice:
- the ``svarinn_mottak`` row (SvarInn's forsendelse-id, unique) is written in the journalpost's own
  transaction, so a forsendelse SvarInn offers again (our kvittering was lost) is only kvittert;
- a forsendelse that cannot be decrypted, unpacked or registered is stored with its payload as
  downloaded and the reason (status feilet, visible to the archive) *before* SvarInn is told
  mottakFeilet: permanent when the payload itself is broken, not permanent when it is encrypted to
  another key or our registration failed (SvarInn offers it again, and it is tried again);
- a download that fails on the network is left on SvarInn, to come again on the next poll.

Plain work without Qt: ``hent`` takes the client and the key, and ``progress``/``cancelled`` as the
other long jobs do; the window runs it in the background, the CLI directly (``saksbord svarinn hent``).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from sqlalchemy import select

from app.domain import regler
from app.domain.feil import IkkeFunnet, SaksbordFeil, UgyldigInndata, UgyldigTilstand
from app.domain.regler.mottak import svarinn_melding
from app.integrasjoner.fiks.cms import CmsFeil, FeilNokkel, dekrypter, last_privat_nokkel
from app.integrasjoner.fiks.svarinn import Dokument, SvarInnFeil, SvarInnForsendelse, SvarInnKlient, pakk_ut
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.dokumenter import FilInn
from app.services.journalposter import NyJournalpost, PartInn, _opprett
from app.services.saker import lag_sak
from app.services.tilgang import krev_arkiv
from app.services.visning import jp_nummer, sak_nummer
from app.store import models as m
from app.store.models_svarinn import SvarInnMottak

log = logging.getLogger(__name__)

#: The keyring entry for the mottakersystem's password: ``(SVARINN_NOKKELRING, brukernavn)``; the
#: private key's passphrase, if it has one, under ``(SVARINN_NOKKELRING, "nøkkel:" + path)``.
SVARINN_NOKKELRING = "Saksbord-SvarInn"
PASSORD_MILJO = "SAKSBORD_SVARINN_PASSORD"
NOKKELPASSORD_MILJO = "SAKSBORD_SVARINN_NOKKELPASSORD"
#: Status M needs tilgangskode XX with a hjemmel; level 2 hides the documents and title line 2
#: until the leader's offentlighetsvurdering (as the demo's M post).
HJEMMEL = "Ikke vurdert"
NIVAA = 2

Utfall = Literal["registrert", "feilet", "kjent", "ikke hentet"]


@dataclass(frozen=True)
class Mottaksresultat:
    """What became of one forsendelse in one fetch."""

    forsendelse_id: str
    tittel: str
    avsender: str
    utfall: Utfall
    melding: str
    journalpostnummer: str | None = None
    saksnummer: str | None = None
    advarsler: tuple[str, ...] = ()


@dataclass(frozen=True)
class SvarInnRapport:
    resultater: tuple[Mottaksresultat, ...]
    avbrutt: bool = False

    def med(self, utfall: Utfall) -> list[Mottaksresultat]:
        return [r for r in self.resultater if r.utfall == utfall]

    @property
    def melding(self) -> str:
        if not self.resultater:
            return "Ingen nye forsendelser i SvarInn"
        deler = [f"{len(self.med('registrert'))} registrert"]
        for utfall in ("feilet", "kjent", "ikke hentet"):
            if n := len(self.med(utfall)):  # type: ignore[arg-type]
                deler.append(f"{n} {'allerede registrert' if utfall == 'kjent' else utfall}")
        return "Fra SvarInn: " + ", ".join(deler) + (" (avbrutt)" if self.avbrutt else "")


@dataclass(frozen=True)
class MottakRad:
    """One svarinn_mottak row as the archive's list shows it."""

    id: int
    forsendelse_id: str
    status: str
    tittel: str
    avsender: str | None
    mottatt: datetime
    journalpostnummer: str | None
    feilmelding: str | None
    permanent: bool | None
    kvittert: bool
    storrelse: int | None


# --- configuration: the settings, the keyring, the key file -------------------------------------


@dataclass(frozen=True)
class SvarInnOppsett:
    url: str
    brukernavn: str
    nokkelfil: Path


def oppsett(ctx: Kontekst) -> SvarInnOppsett:
    """The configured SvarInn, or a Norwegian message naming the setting that is missing."""
    inn = innstillinger.les(ctx)
    mangler = [
        navn
        for navn, verdi in (
            ("svarinn.url", inn.svarinn_url),
            ("svarinn.brukernavn", inn.svarinn_brukernavn),
            ("svarinn.nokkel", inn.svarinn_nokkel),
        )
        if not verdi.strip()
    ]
    if mangler:
        raise UgyldigInndata(
            "SvarInn er ikke satt opp: sett " + ", ".join(mangler) + " med «saksbord innstilling sett»"
        )
    return SvarInnOppsett(
        inn.svarinn_url.strip(), inn.svarinn_brukernavn.strip(), Path(inn.svarinn_nokkel.strip())
    )


def _fra_nokkelring(navn: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SVARINN_NOKKELRING, navn)
    except KeyringError as e:
        raise UgyldigInndata(f"Nøkkelringen kan ikke leses: {e}") from e


def lagre_passord(brukernavn: str, passord: str) -> None:
    """Keep the mottakersystem's password in the OS keyring (never in a file or the database)."""
    import keyring

    keyring.set_password(SVARINN_NOKKELRING, brukernavn, passord)


def klient(ctx: Kontekst, *, tidsavbrudd: float = 120.0) -> SvarInnKlient:
    """A client for the configured SvarInn; the password from SAKSBORD_SVARINN_PASSORD or the keyring."""
    o = oppsett(ctx)
    passord = os.environ.get(PASSORD_MILJO) or _fra_nokkelring(o.brukernavn)
    if not passord:
        raise UgyldigInndata(
            f"Fant ikke SvarInn-passordet for {o.brukernavn} i nøkkelringen; lagre det med "
            "«saksbord svarinn passord» eller sett SAKSBORD_SVARINN_PASSORD"
        )
    return SvarInnKlient(o.url, o.brukernavn, passord, tidsavbrudd)


def privat_nokkel(ctx: Kontekst) -> RSAPrivateKey:
    """The mottakersystem's private key from the file ``svarinn.nokkel`` (its passphrase from the keyring)."""
    sti = oppsett(ctx).nokkelfil
    try:
        data = sti.read_bytes()
    except OSError as e:
        raise UgyldigInndata(f"Den private nøkkelen {sti} kan ikke leses: {e.strerror or e}") from e
    passord = os.environ.get(NOKKELPASSORD_MILJO)
    if passord is None and b"ENCRYPTED" in data[:400]:  # a PEM key with a passphrase
        passord = _fra_nokkelring(f"nøkkel:{sti}")
    try:
        return last_privat_nokkel(data, passord.encode() if passord else None)
    except CmsFeil as e:
        raise UgyldigInndata(f"{e} ({sti})") from e


# --- the fetch -----------------------------------------------------------------------------------


def hent(
    ctx: Kontekst,
    *,
    klient: SvarInnKlient,
    nokkel: RSAPrivateKey,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SvarInnRapport:
    """Fetch, register and kvitter every forsendelse SvarInn offers; one transaction per forsendelse.

    Raises ``SaksbordFeil`` only when nothing can be fetched at all (not the archive, SvarInn down).
    """
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "hente post fra SvarInn")
    forsendelser = klient.nye_forsendelser()
    resultater: list[Mottaksresultat] = []
    for nr, f in enumerate(forsendelser):
        if cancelled is not None and cancelled():
            return SvarInnRapport(tuple(resultater), avbrutt=True)
        resultater.append(_ta_imot(ctx, klient, nokkel, f))
        if progress is not None:
            progress((nr + 1) * 100 // len(forsendelser))
    return SvarInnRapport(tuple(resultater))


def _ta_imot(
    ctx: Kontekst, klient: SvarInnKlient, nokkel: RSAPrivateKey, f: SvarInnForsendelse
) -> Mottaksresultat:
    kjent = _kjent(ctx, f.id)
    if kjent is not None and kjent.status == "registrert":
        advarsler = _kvitter(ctx, klient, f.id)
        return _resultat(f, "kjent", f"Allerede registrert som {kjent.journalpostnummer}", kjent, advarsler)
    try:
        data = klient.last_ned(f)
    except SvarInnFeil as e:
        if not e.permanent:
            return _resultat(f, "ikke hentet", f"{e} Den hentes ved neste henting.")
        return _feilet(ctx, klient, f, None, str(e), permanent=True)
    try:
        dokumenter = pakk_ut(dekrypter(data, nokkel), f.filer)
    except FeilNokkel as e:
        return _feilet(ctx, klient, f, data, str(e), permanent=False)
    except (CmsFeil, SvarInnFeil) as e:
        return _feilet(ctx, klient, f, data, str(e), permanent=True)
    try:
        res = registrer_forsendelse(
            ctx,
            forsendelse_id=f.id,
            tittel=f.tittel,
            avsender=PartInn(  # cut to the columns: a long name must not keep a letter out
                navn=f.avsender.navn[:300],
                adresse=f.avsender.adresse[:300] or None,
                postnummer=f.avsender.postnummer[:10] or None,
                poststed=f.avsender.poststed[:100] or None,
                referanse=(f.ekstern_referanse or "")[:100] or None,
            ),
            filer=_filer(dokumenter),
            saksnummer=f.saksnummer,
            dokumentdato=f.dokumentdato,
            mottatt_dato=f.mottatt.astimezone().date() if f.mottatt else None,
            forsendelse_json=json.dumps(f.raa, ensure_ascii=False),
        )
    except SaksbordFeil as e:
        return _feilet(ctx, klient, f, data, f"Forsendelsen kunne ikke registreres: {e}", permanent=False)
    except Exception as e:  # a bug must not lose the forsendelse; the log keeps the traceback
        log.exception("Registrering av SvarInn-forsendelse %s feilet", f.id)
        return _feilet(ctx, klient, f, data, f"Uventet feil under registreringen: {e}", permanent=False)
    advarsler = [*res.advarsler, *_kvitter(ctx, klient, f.id)]
    return Mottaksresultat(
        f.id,
        f.tittel,
        f.avsender.navn,
        "registrert",
        res.melding,
        journalpostnummer=res.journalpostnummer,
        saksnummer=res.saksnummer,
        advarsler=tuple(advarsler),
    )


def _filer(dokumenter: list[Dokument]) -> list[FilInn]:
    return [
        FilInn(
            filnavn=d.filnavn[-300:],
            data=d.data,
            tittel=PurePosixPath(d.filnavn).stem[:500] or d.filnavn[:500],
            tilknytning="hoveddokument" if i == 0 else "vedlegg",
        )
        for i, d in enumerate(dokumenter)
    ]


def _feilet(
    ctx: Kontekst,
    klient: SvarInnKlient,
    f: SvarInnForsendelse,
    data: bytes | None,
    feilmelding: str,
    *,
    permanent: bool,
) -> Mottaksresultat:
    """Keep the forsendelse for the archive first; only then tell SvarInn it failed."""
    lagret = lagre_feilet(
        ctx,
        forsendelse_id=f.id,
        tittel=f.tittel,
        avsender=f.avsender.navn,
        forsendelse_json=json.dumps(f.raa, ensure_ascii=False),
        data=data,
        feilmelding=feilmelding,
        permanent=permanent,
    )
    if lagret.status == "registrert":  # another desk registered it meanwhile: it is received, not failed
        kjent = _kjent(ctx, f.id)
        return _resultat(f, "kjent", lagret.melding, kjent, _kvitter(ctx, klient, f.id))
    advarsler: list[str] = []
    try:
        klient.mottak_feilet(f.id, feilmelding, permanent=permanent)
    except SvarInnFeil as e:
        advarsler.append(f"SvarInn er ikke varslet om feilen ({e}); det prøves ved neste henting")
    else:
        marker_kvittert(ctx, f.id)
    return _resultat(f, "feilet", feilmelding, advarsler=advarsler)


def _kvitter(ctx: Kontekst, klient: SvarInnKlient, forsendelse_id: str) -> list[str]:
    try:
        klient.kvitter_mottak(forsendelse_id)
    except SvarInnFeil as e:
        return [f"Kvitteringen til SvarInn ble ikke sendt ({e}); den sendes ved neste henting"]
    marker_kvittert(ctx, forsendelse_id)
    return []


def _resultat(
    f: SvarInnForsendelse,
    utfall: Utfall,
    melding: str,
    kjent: MottakRad | None = None,
    advarsler: list[str] | None = None,
) -> Mottaksresultat:
    return Mottaksresultat(
        f.id,
        f.tittel,
        f.avsender.navn,
        utfall,
        melding,
        journalpostnummer=kjent.journalpostnummer if kjent else None,
        advarsler=tuple(advarsler or ()),
    )


# --- the write services (each one unit of work) --------------------------------------------------


def _rad(a: Arbeid, forsendelse_id: str) -> SvarInnMottak | None:
    return a.s.scalar(select(SvarInnMottak).where(SvarInnMottak.forsendelse_id == forsendelse_id))


def _velg_sak(a: Arbeid, saksnummer: str | None, tittel: str) -> tuple[m.Sak, list[str]]:
    advarsler: list[str] = []
    for nr, kilde in (
        (saksnummer, "avsenderen oppgir"),
        (innstillinger.les(a).svarinn_sak.strip(), "svarinn.sak"),
    ):
        if not nr:
            continue
        try:
            sak = a.sak(nr)
            regler.sjekk_sak_aapen(sak.status)
        except (IkkeFunnet, UgyldigTilstand) as e:
            advarsler.append(f"Saken {nr} som {kilde} kan ikke brukes: {e}")
            continue
        return sak, advarsler
    sak = lag_sak(a, tittel=tittel[:500], klasse=regler.KLASSE_TIL_ARKIVET)
    advarsler.append(
        f"Ny sak {sak_nummer(sak)} er opprettet for forsendelsen; flytt journalposten om den hører til en annen"
    )
    return sak, advarsler


@skrivetjeneste
def registrer_forsendelse(
    ctx: Kontekst,
    *,
    forsendelse_id: str,
    tittel: str,
    avsender: PartInn,
    filer: list[FilInn],
    saksnummer: str | None = None,
    dokumentdato: date | None = None,
    mottatt_dato: date | None = None,
    forsendelse_json: str = "{}",
) -> Resultat:
    """Register one decrypted SvarInn forsendelse as an I in status M, with its mottak row, once."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "hente post fra SvarInn")
        rad = _rad(a, forsendelse_id)
        if rad is not None and rad.status == "registrert":
            jp = a.hent(m.Journalpost, rad.journalpost_id, "journalposten")
            nr = jp_nummer(jp.sak, jp)
            return Resultat(f"Forsendelsen er allerede registrert som {nr}", journalpostnummer=nr, id=jp.id)
        sak, advarsler = _velg_sak(a, saksnummer, tittel)
        jp = _opprett(
            a,
            NyJournalpost(
                sak=sak.id,
                type="I",
                tittel=tittel[:500],
                avsendere=[avsender],
                dokumentdato=dokumentdato,
                mottatt_dato=mottatt_dato,
                tilgangskode="XX",
                hjemmel=HJEMMEL,
                nivaa=NIVAA,
                filer=filer,
                message_id=svarinn_melding(forsendelse_id),
                advarsler=["Mottatt fra SvarInn; kontroller registreringen og skjermingen"],
            ),
        )
        if rad is None:
            rad = SvarInnMottak(forsendelse_id=forsendelse_id, mottatt=a.naa)
            a.s.add(rad)
        rad.status, rad.kvittert, rad.permanent, rad.feilmelding = "registrert", False, None, None
        rad.tittel, rad.avsender, rad.journalpost_id = tittel[:1000], avsender.navn[:300], jp.id
        rad.forsendelse_json, rad.data, rad.filnavn = forsendelse_json, None, None
        rad.av_id, rad.endret = a.aktor.bruker_id, a.naa
        a.s.flush()
        nr = jp_nummer(sak, jp)
        a.logg(
            "mottatt fra SvarInn",
            entitet="svarinn_mottak",
            entitet_id=rad.id,
            sak_id=sak.id,
            journalpost_id=jp.id,
            felt="forsendelse",
            til=forsendelse_id,
        )
        return Resultat(
            f"«{tittel}» fra {avsender.navn} er registrert som {nr}",
            journalpostnummer=nr,
            saksnummer=sak_nummer(sak),
            status=jp.status,
            id=jp.id,
            advarsler=advarsler,
        )


@skrivetjeneste
def lagre_feilet(
    ctx: Kontekst,
    *,
    forsendelse_id: str,
    tittel: str,
    avsender: str,
    forsendelse_json: str,
    data: bytes | None,
    feilmelding: str,
    permanent: bool,
) -> Resultat:
    """Keep a forsendelse that could not be registered, with its payload as downloaded and why."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "hente post fra SvarInn")
        rad = _rad(a, forsendelse_id)
        if rad is not None and rad.status == "registrert":
            return Resultat("Forsendelsen er allerede registrert", id=rad.id, status="registrert")
        if rad is None:
            rad = SvarInnMottak(forsendelse_id=forsendelse_id, mottatt=a.naa)
            a.s.add(rad)
        rad.status, rad.kvittert, rad.permanent, rad.feilmelding = "feilet", False, permanent, feilmelding
        rad.tittel, rad.avsender, rad.forsendelse_json = tittel[:1000], avsender[:300], forsendelse_json
        if data is not None or rad.data is None:
            rad.data = data
        rad.filnavn = f"svarinn-{forsendelse_id}.p7m"[:300]
        rad.av_id, rad.endret = a.aktor.bruker_id, a.naa
        a.s.flush()
        a.logg(
            "mottak fra SvarInn feilet",
            entitet="svarinn_mottak",
            entitet_id=rad.id,
            felt="forsendelse",
            til=f"{forsendelse_id}: {feilmelding}"[:2000],
        )
        return Resultat(
            f"«{tittel}» er tatt vare på, men ikke registrert: {feilmelding}", id=rad.id, status="feilet"
        )


@skrivetjeneste
def marker_kvittert(ctx: Kontekst, forsendelse_id: str) -> Resultat:
    """SvarInn has been told (kvitterMottak or mottakFeilet): it will not be told again."""
    with arbeid(ctx) as a:
        krev_arkiv(a, "hente post fra SvarInn")
        rad = _rad(a, forsendelse_id)
        if rad is None:
            raise IkkeFunnet(f"Fant ingen forsendelse {forsendelse_id} fra SvarInn")
        if not rad.kvittert:
            a.endre(rad, "kvittert", True, handling="kvittert til SvarInn", journalpost_id=rad.journalpost_id)
            rad.endret = a.naa
        return Resultat(f"SvarInn har fått beskjed om forsendelse {forsendelse_id}", id=rad.id)


# --- reads -----------------------------------------------------------------------------------------


def _som_rad(a: Arbeid, r: SvarInnMottak) -> MottakRad:
    jp = a.s.get(m.Journalpost, r.journalpost_id) if r.journalpost_id else None
    return MottakRad(
        id=r.id,
        forsendelse_id=r.forsendelse_id,
        status=r.status,
        tittel=r.tittel,
        avsender=r.avsender,
        mottatt=r.mottatt,
        journalpostnummer=jp_nummer(jp.sak, jp) if jp else None,
        feilmelding=r.feilmelding,
        permanent=r.permanent,
        kvittert=r.kvittert,
        storrelse=len(r.data) if r.data is not None else None,
    )


def _kjent(ctx: Kontekst, forsendelse_id: str) -> MottakRad | None:
    with arbeid(ctx, skriv=False) as a:
        r = _rad(a, forsendelse_id)
        return _som_rad(a, r) if r is not None else None


def mottak(ctx: Kontekst, *, status: str | None = None) -> list[MottakRad]:
    """What has come from SvarInn, newest first; ``status`` "feilet" lists what the archive must see to."""
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "se post fra SvarInn")
        q = select(SvarInnMottak).order_by(SvarInnMottak.mottatt.desc(), SvarInnMottak.id.desc())
        if status:
            q = q.where(SvarInnMottak.status == status)
        return [_som_rad(a, r) for r in a.s.scalars(q)]


def feilet_innhold(ctx: Kontekst, mottak_id: int) -> tuple[str, bytes]:
    """The kept payload of a failed forsendelse (file name, bytes as downloaded), to save or open."""
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "se post fra SvarInn")
        r = a.hent(SvarInnMottak, mottak_id, "forsendelsen fra SvarInn")
        if r.data is None:
            raise IkkeFunnet(
                f"Forsendelse {r.forsendelse_id} har ikke noe innhold lagret (den ble ikke lastet ned)"
            )
        return r.filnavn or f"svarinn-{r.forsendelse_id}.p7m", r.data
