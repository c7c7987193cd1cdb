"""What the registry accepts as text, numbers and dates: one set of checks for every service.

Titles and names are single lines shown in lists, terminals, PDFs and the public journal, so
control characters, CR/LF and Unicode bidi overrides (which can make «fdp.exe» read «exe.pdf»)
are neutralised when they come in: line breaks and tabs become spaces, the rest is dropped.
Lengths follow the columns in app/store/models.py (the store checks every string against its
column before it writes, through ``krev_lengde``), so the local SQLite file refuses what
PostgreSQL and the server would, with the same Norwegian message. Numbers stop at what an
``integer`` column holds and dates at a range a registry can mean.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import overload

from app.domain.feil import UgyldigInndata

#: The largest value of a PostgreSQL ``integer`` (saksnummer, dokumentnummer, versions).
MAKS_HELTALL = 2**31 - 1
#: The largest value of a ``bigint`` (row ids).
MAKS_ID = 2**63 - 1
MIN_DATO = date(1900, 1, 1)
MAKS_DATO = date(2199, 12, 31)

#: Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the plain marks.
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_LINJESKIFT = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")

#: How a column is named in a message, where its own name reads badly.
FELTNAVN = {
    "tittel": "Tittelen",
    "tittel2": "Tittel linje 2",
    "navn": "Navnet",
    "epost": "E-postadressen",
    "adresse": "Adressen",
    "postnummer": "Postnummeret",
    "poststed": "Poststedet",
    "referanse": "Referansen",
    "hjemmel": "Hjemmelen",
    "obs_kommentar": "OBS-kommentaren",
    "ordningsverdi": "Klasseringen",
    "beskrivelse": "Beskrivelsen",
    "initialer": "Initialene",
    "filnavn": "Filnavnet",
    "stikkord": "Stikkordet",
}


def _usynlig(c: str) -> bool:
    return c in BIDI or c == "\ufeff" or unicodedata.category(c) == "Cc"


def rens_linje(tekst: str | None) -> str | None:
    """One line: breaks and tabs to a space, other control and bidi characters removed, trimmed."""
    if tekst is None:
        return None
    tekst = _LINJESKIFT.sub(" ", tekst)
    return "".join(c for c in tekst if not _usynlig(c)).strip()


def rens_tekst(tekst: str | None) -> str | None:
    """Free text (merknader, grunner): line breaks kept, other control and bidi characters removed."""
    if tekst is None:
        return None
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in tekst if c in "\n\t" or not _usynlig(c)).strip()


@overload
def linje(tekst: str | None, felt: str, *, maks: int | None = None, paakrevd: str) -> str: ...
@overload
def linje(tekst: str | None, felt: str, *, maks: int | None = None, paakrevd: None = None) -> str | None: ...
def linje(
    tekst: str | None, felt: str, *, maks: int | None = None, paakrevd: str | None = None
) -> str | None:
    """``rens_linje`` and the checks: ``paakrevd`` is the message when it is empty; None for empty."""
    renset = rens_linje(tekst)
    if not renset:
        if paakrevd:
            raise UgyldigInndata(paakrevd)
        return None
    if maks is not None:
        krev_lengde(renset, maks, felt)
    return renset


def krev_lengde(verdi: str, maks: int, felt: str) -> None:
    if len(verdi) > maks:
        navn = FELTNAVN.get(felt, f"Feltet «{felt}»")
        raise UgyldigInndata(f"{navn} kan ha høyst {maks} tegn (fikk {len(verdi)})")


def krev_heltall(verdi: int, hva: str, *, maks: int = MAKS_HELTALL, minst: int = 1) -> int:
    if not minst <= verdi <= maks:
        raise UgyldigInndata(f"{hva} må være et helt tall mellom {minst} og {maks} (fikk {verdi})")
    return verdi


def krev_dato(verdi: date, hva: str) -> date:
    if not MIN_DATO <= verdi <= MAKS_DATO:
        raise UgyldigInndata(
            f"{hva} {verdi:%d.%m.%Y} er utenfor det registeret godtar "
            f"({MIN_DATO:%d.%m.%Y}–{MAKS_DATO:%d.%m.%Y})"
        )
    return verdi


def vis_linje(tekst: object) -> str:
    """A value for a terminal line: breaks as spaces, control and bidi characters as U+FFFD."""
    tekst = _LINJESKIFT.sub(" ", str(tekst))
    return "".join("\ufffd" if _usynlig(c) else c for c in tekst)


def vis_tekst(tekst: str) -> str:
    """Several lines for a terminal: the line breaks kept, every other control or bidi as U+FFFD."""
    return "\n".join(vis_linje(d) for d in tekst.split("\n"))
