"""Enhetsregisteret lookups for the party fields: by orgnr or by name, answering offline from a cache.

The endpoint is the setting ``enhetsregisteret_url`` (Brønnøysundregistrene's open API by default);
the cache is this desk's own folder (public data, one file per unit or search), so a lookup made
once answers again when the network is away. Nothing is written to the registry database here: the
result only fills the party fields, and is stored when the journalpost is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from app.integrasjoner.enhetsregisteret import Enhet, Enhetsregisteret, orgnr_feil
from app.services import innstillinger
from app.services.arbeid import Kontekst

__all__ = ["Enhet", "Status", "orgnr_feil", "slaa_opp", "sok", "standard_cache", "status"]


def standard_cache() -> Path:
    return Path(user_cache_dir("Saksbord", "Saksbord")) / "enhetsregisteret"


def _klient(ctx: Kontekst, cache: Path | None) -> Enhetsregisteret:
    return Enhetsregisteret(innstillinger.les(ctx).enhetsregisteret_url, cache or standard_cache())


def slaa_opp(ctx: Kontekst, orgnr: str, *, cache: Path | None = None) -> Enhet:
    """The unit with this organisasjonsnummer (checked mod 11 before any request)."""
    return _klient(ctx, cache).slaa_opp(orgnr)


def sok(ctx: Kontekst, navn: str, *, cache: Path | None = None, antall: int = 10) -> list[Enhet]:
    """Units whose name matches ``navn``."""
    return _klient(ctx, cache).sok(navn, antall=antall)


@dataclass(frozen=True)
class Status:
    url: str
    mappe: str
    antall: int


def status(ctx: Kontekst, *, cache: Path | None = None) -> Status:
    """The endpoint in use and how many units this desk's cache can answer offline."""
    mappe = cache or standard_cache()
    antall = len(list((mappe / "enhet").glob("*.json"))) if (mappe / "enhet").is_dir() else 0
    return Status(innstillinger.les(ctx).enhetsregisteret_url, str(mappe), antall)
