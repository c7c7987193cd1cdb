"""Restanse and avskrivning: which posts need one, and what a code demands (DESIGN §1, §6)."""

from __future__ import annotations

from datetime import date

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.domain.koder import RESTANSE_TYPER, Journalposttype, Journalstatus


def har_restanse_type(jp_type: str, forfallsdato: date | None) -> bool:
    """I and N always need avskrivning; a U only when it was given its own svarfrist."""
    return jp_type in RESTANSE_TYPER or (jp_type == Journalposttype.UTGAAENDE and forfallsdato is not None)


def utestaaende_mottakere(
    jp_type: str, mottakere: set[int], avskrevet_av: list[int | None]
) -> set[int] | None:
    """An N's internal mottakere whose own restanse is still open; None when the post has one restanse.

    Each internal mottaker of an N has their own restanse, cleared only by their own avskrivning
    (``avskrevet_av`` holds the mottaker each effective avskrivning names; None for one made for
    the whole post, by the saksbehandler, which clears it for everyone).
    """
    if jp_type != Journalposttype.NOTAT or not mottakere:
        return None
    if None in avskrevet_av:
        return set()
    return mottakere - {i for i in avskrevet_av if i is not None}


def er_avskrevet(jp_type: str, mottakere: set[int], avskrevet_av: list[int | None]) -> bool:
    """Is the post's restanse cleared: for an N with internal mottakere, by every one of them."""
    igjen = utestaaende_mottakere(jp_type, mottakere, avskrevet_av)
    return bool(avskrevet_av) if igjen is None else not igjen


def sjekk_avskrivning(
    jp_type: str,
    status: str,
    *,
    kode: str,
    gyldige_typer: str | None,
    krever_merknad: bool,
    merknad: str | None,
    har_restanse: bool,
) -> None:
    """Check one avskrivning against the code list row for ``kode``."""
    if gyldige_typer is None:
        raise UgyldigInndata(f"Ukjent avskrivningskode «{kode}»")
    if jp_type not in gyldige_typer:
        raise UgyldigInndata(f"Avskrivningskode {kode} kan ikke brukes på journalposttype {jp_type}")
    if status == Journalstatus.UTGAAR:
        raise UgyldigTilstand("Journalposten er feilregistrert")
    if not har_restanse and jp_type != Journalposttype.NOTAT_UTEN_OPPFOLGING:
        # An X never has a restanse: an avskrivning on it is allowed, never required (003).
        raise UgyldigTilstand("Journalposten har ingen restanse å avskrive")
    if krever_merknad and not (merknad or "").strip():
        raise UgyldigInndata(f"Avskrivningskode {kode} krever merknad")
