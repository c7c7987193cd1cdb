"""The plain data a message becomes, and what the format readers hand the assembly."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

MAKS_VEDLEGG_BYTES = 25 * 1024 * 1024
TEGNFEIL = "Noen tegn i meldingen kunne ikke leses (ukjent tegnkoding) og er erstattet med «\ufffd»"
MAKS_DYBDE = 5
"""Messages nested deeper than this are kept as files but not opened."""


class EpostFeil(Exception):
    """A file that cannot be read as an e-mail; str(e) is shown to the user."""


@dataclass(frozen=True)
class Adresse:
    navn: str
    epost: str

    def __str__(self) -> str:
        if self.navn and self.epost:
            return f"{self.navn} <{self.epost}>"
        return self.navn or self.epost


@dataclass(frozen=True)
class Vedlegg:
    filnavn: str
    """Safe and unique within the message; use it when writing the file."""
    opprinnelig_navn: str
    data: bytes
    mimetype: str
    sider: int | None
    kryptert: bool
    advarsel: str | None
    fra_melding: str | None
    """Subject of the attached message this came from; None at the top level."""
    content_id: str | None = None
    innebygd: bool = False
    """Shown inside the message body (an inline image), not attached by the sender."""


@dataclass(frozen=True)
class Epost:
    kilde: Path
    format: Literal["msg", "eml"]
    emne: str
    avsender: Adresse | None
    mottakere: tuple[Adresse, ...]
    kopi: tuple[Adresse, ...]
    sendt: datetime | None
    mottatt: datetime | None
    message_id: str | None
    tekst: str
    html: str | None
    vedlegg: tuple[Vedlegg, ...]
    sendt_element: bool
    videresendt: bool
    opprinnelig_avsender: Adresse | None
    advarsler: tuple[str, ...]
    sha256: str
    storrelse: int


@dataclass
class Rå:
    """What a format reader found, before the common rules are applied."""

    emne: str = ""
    avsender: Adresse | None = None
    mottakere: tuple[Adresse, ...] = ()
    kopi: tuple[Adresse, ...] = ()
    sendt: datetime | None = None
    mottatt: datetime | None = None
    message_id: str | None = None
    tekst: str = ""
    html: str | None = None
    flagg: int | None = None
    vedlegg: list[RåVedlegg] = field(default_factory=list)
    advarsler: list[str] = field(default_factory=list)


@dataclass
class RåVedlegg:
    navn: str
    data: bytes
    mimetype: str
    fra_melding: str | None
    content_id: str | None
    innebygd: bool
    melding_avsender: Adresse | None = None
    """Sender of an attached message: the original one in a forward-as-attachment."""


def for_stort(navn: str, størrelse: int, maks: int) -> None:
    if størrelse > maks:
        raise EpostFeil(f"Vedlegget «{navn}» er større enn {maks / (1024 * 1024):g} MB")


def mimetype_for(navn: str, oppgitt: str | None) -> str:
    if oppgitt and "/" in oppgitt:
        return oppgitt.strip().lower()
    return mimetypes.guess_type(navn)[0] or "application/octet-stream"
