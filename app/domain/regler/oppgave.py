"""Tasks on a journalpost: approval starts only from R (DESIGN §6)."""

from __future__ import annotations

from app.domain.feil import UgyldigTilstand
from app.domain.koder import Journalstatus
from app.domain.regler.journalpost import statusnavn


def sjekk_til_godkjenning(status: str) -> None:
    if status != Journalstatus.RESERVERT:
        raise UgyldigTilstand(
            f"Bare reserverte journalposter kan sendes til godkjenning (status er {statusnavn(status)})"
        )
