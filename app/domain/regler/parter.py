"""Korrespondanseparter: who a journalpost may be addressed to (DESIGN §1, §4).

Notes stay inside the house: an N or X is addressed to users or units, never to an outside
party, so it can never be ekspedert by e-mail or paper to someone outside (WebSak Fokus, 003).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.domain.koder import Journalposttype, Partsrolle

#: Types that take internal mottakere only.
NOTATTYPER = frozenset({Journalposttype.NOTAT, Journalposttype.NOTAT_UTEN_OPPFOLGING})
_MOTTAKERROLLER = frozenset({Partsrolle.MOTTAKER, Partsrolle.KOPIMOTTAKER})


def eksterne_notatmottakere(jp_type: str, parter: Iterable[tuple[str, str, bool]]) -> list[str]:
    """The names of outside mottakere a note may not have; ``parter`` is (rolle, navn, intern)."""
    if jp_type not in NOTATTYPER:
        return []
    return [navn for rolle, navn, intern in parter if rolle in _MOTTAKERROLLER and not intern]


def sjekk_notatmottakere(jp_type: str, parter: Iterable[tuple[str, str, bool]]) -> None:
    """At registration and edit: an N or X takes users or units as mottakere, no one outside."""
    eksterne = eksterne_notatmottakere(jp_type, parter)
    if eksterne:
        raise UgyldigInndata(
            f"Et internt notat ({jp_type}) kan bare ha interne mottakere (brukere eller enheter); "
            f"{', '.join(eksterne)} er ikke en bruker eller enhet"
        )


def sjekk_notat_ekspedering(jp_type: str, parter: Iterable[tuple[str, str, bool]]) -> None:
    """At ekspedering (an older post may still carry one): a note never leaves the house."""
    eksterne = eksterne_notatmottakere(jp_type, parter)
    if eksterne:
        raise UgyldigTilstand(
            f"Et internt notat sendes bare til interne mottakere; fjern {', '.join(eksterne)} først"
        )
