"""What a report is once run: plain data every format (CSV, HTML, PDF, the preview) draws from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: Age buckets of a restanse, in days since journaldato (the leader's chart stacks these).
ALDERSGRUPPER: tuple[tuple[str, int, int | None], ...] = (
    ("0–7 dager", 0, 7),
    ("8–14 dager", 8, 14),
    ("15–30 dager", 15, 30),
    ("over 30 dager", 31, None),
)


def aldersgruppe(dager: int) -> str:
    for navn, fra, til in ALDERSGRUPPER:
        if dager >= fra and (til is None or dager <= til):
            return navn
    return ALDERSGRUPPER[0][0]


@dataclass(frozen=True)
class Kriterier:
    """What a report is asked for; the same object is saved, rerun and printed in the header."""

    fra: date | None = None
    til: date | None = None
    enhet: str | None = None
    saksbehandler: str | None = None
    sak: str | None = None
    dager: int | None = None

    def tekst(self) -> list[tuple[str, str]]:
        ut = []
        if self.fra or self.til:
            ut.append(("Periode", f"{_d(self.fra) or '…'}–{_d(self.til) or '…'}"))
        for navn, verdi in (("Enhet", self.enhet), ("Saksbehandler", self.saksbehandler), ("Sak", self.sak)):
            if verdi:
                ut.append((navn, verdi))
        if self.dager is not None:
            ut.append(("Forfall innen", f"{self.dager} dager"))
        return ut


def _d(d: date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


@dataclass(frozen=True)
class Gruppe:
    """One person's (or unit's) line in a restanse overview: how many, how old."""

    navn: str
    antall: int
    eldste_dager: int
    per_alder: dict[str, int]


@dataclass(frozen=True)
class Rapport:
    navn: str
    tittel: str
    kriterier: list[tuple[str, str]]
    kolonner: list[str]
    rader: list[list[str]]
    kommune: str
    leser: str
    laget: datetime
    grupper: list[Gruppe] = field(default_factory=list)
    merknad: str | None = None
    """A line under the table (why a list is empty, what was left out)."""
