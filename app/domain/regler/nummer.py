"""Saksnummer (2026/1234) and journalpostnummer (2026/1234-3): formatting and reading what users type."""

from __future__ import annotations

import re

_SAKSNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*$")
_JPNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*-\s*(\d+)\s*$")


def _aar(tekst: str) -> int:
    aar = int(tekst)
    return aar + 2000 if aar < 100 else aar


def saksnummer(aar: int, sekvens: int) -> str:
    return f"{aar}/{sekvens}"


def journalpostnummer(aar: int, sekvens: int, dokumentnummer: int) -> str:
    return f"{aar}/{sekvens}-{dokumentnummer}"


def les_saksnummer(tekst: str) -> tuple[int, int] | None:
    m = _SAKSNR.match(tekst or "")
    return (_aar(m.group(1)), int(m.group(2))) if m else None


def les_journalpostnummer(tekst: str) -> tuple[int, int, int] | None:
    m = _JPNR.match(tekst or "")
    return (_aar(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
