"""Restanse and avskrivning: which posts need one, and what a code demands (DESIGN §1, §6)."""

from __future__ import annotations

from datetime import date

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.domain.koder import RESTANSE_TYPER, Journalposttype, Journalstatus


def har_restanse_type(jp_type: str, forfallsdato: date | None) -> bool:
    """I and N always need avskrivning; a U only when it was given its own svarfrist."""
    return jp_type in RESTANSE_TYPER or (jp_type == Journalposttype.UTGAAENDE and forfallsdato is not None)


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
    if not har_restanse:
        raise UgyldigTilstand("Journalposten har ingen restanse å avskrive")
    if krever_merknad and not (merknad or "").strip():
        raise UgyldigInndata(f"Avskrivningskode {kode} krever merknad")
