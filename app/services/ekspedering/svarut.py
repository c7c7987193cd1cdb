"""The SvarUt channel: exactly one forsendelse per dispatch row, and its status into Historikk.

SvarUt's API has no idempotency and a send may take minutes, so the forsendelse row (written
before anything is posted) is the key: its uuid goes to SvarUt as ``eksternReferanse``. A row
that was tried before (left *sender* by a timeout or a stop, or *feilet* on a passing error) is
looked up by that reference first, and only sent when SvarUt has none; a timeout on the send is
answered the same way at once. SvarUt's own id is stored on the row; ``oppdater_status`` polls
MOTTATT … LEST, SENDT_PRINT, PRINTET, IKKE_LEVERT, AVVIST into Historikk as they change.

The account's password lives in the OS keyring only (``saksbord forsendelse passord svarut``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.regler.ekspedering import er_organisasjonsnummer
from app.ekspedering.feil import KanalFeil
from app.integrasjoner.fiks.svarut import (
    ENDELIGE,
    SvarUtDokument,
    SvarUtFeil,
    SvarUtForsendelse,
    SvarUtKlient,
    SvarUtMottaker,
    SvarUtTidsavbrudd,
)
from app.services import innstillinger
from app.services.arbeid import Kontekst
from app.services.ekspedering.forsendelse import ForsendelseInfo, merk_leveringsstatus, status

#: The keyring service: ``keyring.set_password(SVARUT_NOKKELRING, brukernavn, passord)``.
SVARUT_NOKKELRING = "Saksbord-SvarUt"

Klientlager = Callable[[], SvarUtKlient]


def svarut_passord(brukernavn: str) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        passord = keyring.get_password(SVARUT_NOKKELRING, brukernavn)
    except KeyringError as e:
        raise KanalFeil(f"Nøkkelringen kan ikke leses for SvarUt-passordet: {e}", permanent=True) from e
    if not passord:
        raise KanalFeil(
            f"Fant ikke passordet til SvarUt-kontoen {brukernavn} i nøkkelringen; "
            "lagre det med «saksbord forsendelse passord svarut»",
            permanent=True,
        )
    return passord


def klientlager(ctx: Kontekst, *, tidsavbrudd: float = 120.0) -> Klientlager | None:
    """How to reach SvarUt from the settings and the keyring; None when svarut.url is not set."""
    inn = innstillinger.les(ctx)
    if not inn.svarut_url:
        return None
    if not inn.svarut_brukernavn:
        raise KanalFeil("SvarUt er ikke satt opp: svarut.brukernavn (kontoens id) mangler", permanent=True)
    url, bruker = inn.svarut_url, inn.svarut_brukernavn
    sertifikat = Path(inn.svarut_sertifikat).read_bytes() if inn.svarut_sertifikat else None

    def lag() -> SvarUtKlient:
        return SvarUtKlient(url, bruker, svarut_passord(bruker), tidsavbrudd, svarut_sertifikat=sertifikat)

    return lag


def _som_kanalfeil(e: SvarUtFeil) -> KanalFeil:
    return KanalFeil(str(e), permanent=e.permanent, sendt_kanskje=isinstance(e, SvarUtTidsavbrudd))


def lag_sender(lag: Klientlager, *, krever_niva4: bool = False):
    """The channel function ``Kanaloppsett.svarut`` calls for one forsendelse row."""

    def send(g, mottaker, f: ForsendelseInfo) -> str:
        forsendelse = SvarUtForsendelse(
            tittel=f"{g.tittel} ({g.journalpostnummer})",
            mottaker=SvarUtMottaker(
                navn=mottaker.navn,
                adresse=mottaker.adresse or "",
                postnummer=mottaker.postnummer or "",
                poststed=mottaker.poststed or "",
                fodselsnummer=mottaker.digital_id
                if mottaker.digital_id and len(mottaker.digital_id) == 11
                else None,
                organisasjonsnummer=mottaker.digital_id
                if mottaker.digital_id and er_organisasjonsnummer(mottaker.digital_id)
                else None,
            ),
            dokumenter=[SvarUtDokument(navn, "application/pdf", data) for data, navn in g.dokumenter],
            ekstern_referanse=f.uuid,
            krever_niva4=krever_niva4 or g.skjermet,
        )
        try:
            with lag() as klient:
                if f.status != "venter":
                    # Tried before: SvarUt may have it already. Never post a second one.
                    funnet = klient.finn(f.uuid)
                    if funnet:
                        return funnet[0]
                try:
                    return klient.send(forsendelse)
                except SvarUtTidsavbrudd:
                    funnet = klient.finn(f.uuid)
                    if funnet:
                        return funnet[0]
                    raise
        except SvarUtFeil as e:
            raise _som_kanalfeil(e) from e

    return send


def uferdige(ctx: Kontekst) -> list[int]:
    """Journalposter with a SvarUt forsendelse whose delivery is not final yet (what a poll asks about)."""
    from sqlalchemy import select

    from app.services.arbeid import arbeid
    from app.store.models_ekspedering import Forsendelse

    with arbeid(ctx, skriv=False) as a:
        return list(
            a.s.scalars(
                select(Forsendelse.journalpost_id)
                .where(
                    Forsendelse.kanal == "svarut",
                    Forsendelse.status == "sendt",
                    Forsendelse.ekstern_id.is_not(None),
                    (Forsendelse.ekstern_status.is_(None))
                    | (Forsendelse.ekstern_status.not_in(sorted(ENDELIGE))),
                )
                .distinct()
            )
        )


def oppdater_alle(ctx: Kontekst, *, lag: Klientlager | None = None) -> list[str]:
    """Poll every unfinished SvarUt forsendelse this user can see (the window does it now and then)."""
    lag = lag or klientlager(ctx)
    if lag is None:
        return []
    return [linje for jp_id in uferdige(ctx) for linje in oppdater_status(ctx, jp_id, lag=lag)]


def oppdater_status(ctx: Kontekst, jpnr: str | int, *, lag: Klientlager | None = None) -> list[str]:
    """Ask SvarUt for each sent forsendelse not yet final; each change goes into Historikk.

    Returns one line per forsendelse asked about (or why it could not be).
    """
    lag = lag or klientlager(ctx)
    rader = [
        f for f in status(ctx, jpnr).forsendelser
        if f.kanal == "svarut" and f.status == "sendt" and f.ekstern_id and f.ekstern_status not in ENDELIGE
    ]  # fmt: skip
    if not rader or lag is None:
        return []
    ut = []
    try:
        with lag() as klient:
            for f in rader:
                assert f.ekstern_id is not None
                try:
                    s = klient.status(f.ekstern_id)
                except SvarUtFeil as e:
                    ut.append(f"{f.mottaker}: {e}")
                    continue
                merk_leveringsstatus(ctx, f.uuid, ekstern_status=s.status, tekst=s.detalj or None)
                ut.append(f"{f.mottaker}: {s.status}" + (f" ({s.detalj})" if s.detalj else ""))
    except (SvarUtFeil, KanalFeil) as e:
        ut.append(str(e))
    return ut
