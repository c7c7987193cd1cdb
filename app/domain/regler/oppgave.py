"""Tasks on a journalpost: approval starts only from R (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.feil import UgyldigTilstand
from app.domain.koder import LEDERROLLER, Journalstatus
from app.domain.regler.journalpost import statusnavn


def sjekk_til_godkjenning(status: str) -> None:
    if status != Journalstatus.RESERVERT:
        raise UgyldigTilstand(
            f"Bare reserverte journalposter kan sendes til godkjenning (status er {statusnavn(status)})"
        )


def kan_godkjenne(roller: Iterable[str]) -> bool:
    """Who may approve (Til godkjenning): leaders and the rådmann, the links of the approval chain."""
    return bool(LEDERROLLER & set(roller))


def egen_leder(enhet: str | None, ledere: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    """The initials of the leader of ``enhet`` among (initialer, units led): the default approver."""
    if not enhet:
        return None
    return next((ini for ini, leder_for in ledere if enhet in set(leder_for)), None)
