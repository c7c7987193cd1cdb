"""Saksnummer (2026/1234) and journalpostnummer (2026/1234-3): formatting and reading what users type."""

from __future__ import annotations

import re

from app.domain.regler.inndata import MAKS_HELTALL

_SAKSNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*$")
_JPNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*-\s*(\d+)\s*$")


def _aar(tekst: str) -> int:
    aar = int(tekst)
    return aar + 2000 if aar < 100 else aar


def saksnummer(aar: int, sekvens: int) -> str:
    return f"{aar}/{sekvens}"


def journalpostnummer(aar: int, sekvens: int, dokumentnummer: int) -> str:
    return f"{aar}/{sekvens}-{dokumentnummer}"


def _tall(*deler: str) -> tuple[int, ...] | None:
    """The parts as numbers, or None when one is larger than the registry's columns hold."""
    tall = tuple(int(d) for d in deler)
    return tall if all(t <= MAKS_HELTALL for t in tall) else None


def les_saksnummer(tekst: str) -> tuple[int, int] | None:
    """(year, sequence) from «2026/123»; None for anything else, also a number no sak can have."""
    m = _SAKSNR.match(tekst or "")
    if m is None or (tall := _tall(m.group(2))) is None:
        return None
    return _aar(m.group(1)), tall[0]


def les_journalpostnummer(tekst: str) -> tuple[int, int, int] | None:
    """(year, sequence, dokumentnummer) from «2026/123-4»; None as ``les_saksnummer``."""
    m = _JPNR.match(tekst or "")
    if m is None or (tall := _tall(m.group(2), m.group(3))) is None:
        return None
    return _aar(m.group(1)), tall[0], tall[1]
