"""How the search compares words: one folding for titles, party names and body text.

``fold`` makes the form both the search indexes and the typed words are compared in:
every capital letter to its small one (Python's ``lower``, all of Unicode), the capital Norwegian letters to their small ones (Æ→æ, Ø→ø, Å→å: they stay
their own letters, so «år» never finds «ar»), Swedish/German Ä and Ö to æ and ø (the
Norwegian alphabet files them so), and every other accented Latin letter to its base
letter (é→e, ü→u, č→c: «Müller» is found by «muller»). SQLite gets this function as
``sok_fold`` on every connection (app/store/db.py), so the triggers and bulk fills of the
search tables store exactly what ``fold`` gives.

Words of ``KORT_ORD`` letters or more match anywhere in a word (a substring: «hage» finds
«barnehage»); shorter words match the start of a word («bø» finds «Bø» and «bøker», not
«Albø»), which is what a prefix index can answer without reading every row.
"""

from __future__ import annotations

import re
import unicodedata

KORT_ORD = 3
"""Words shorter than this match word starts (prefix index); longer ones match substrings (trigrams)."""

MAKS_ORD = 6
"""Words after the sixth are ignored."""

_NORSKE = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø"}


def _lag_tabell() -> dict[str, str]:
    ut: dict[str, str] = {}
    for kode in range(0x00C0, 0x0180):
        tegn = chr(kode)
        if not tegn.isalpha():
            continue
        liten = tegn.lower()
        if len(liten) != 1:  # İ and its like: leave them alone
            continue
        if liten in _NORSKE:
            maal = _NORSKE[liten]
        else:
            grunn = "".join(c for c in unicodedata.normalize("NFD", liten) if not unicodedata.combining(c))
            maal = grunn if grunn.isascii() and grunn.isalpha() else liten
        if maal != tegn:
            ut[tegn] = maal
    ut["ß"] = "ss"
    return ut


FOLDING: dict[str, str] = _lag_tabell()
"""Non-ASCII letter → what it is compared as (each target is left unchanged by the table)."""

_TABELL = str.maketrans(FOLDING)
_ORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(tekst: str) -> str:
    """The compared form of ``tekst`` (see the module text); SQLite's ``sok_fold``."""
    return tekst.lower().translate(_TABELL)



def sokeord(tekst: str) -> list[str]:
    """The folded words of a query (letters and digits; at most ``MAKS_ORD``), in order, once each."""
    ut: list[str] = []
    for o in _ORD.findall(fold(tekst or "")):
        if o not in ut:
            ut.append(o)
    return ut[:MAKS_ORD]


def er_kort(ord_: str) -> bool:
    return len(ord_) < KORT_ORD


def treffer(tekst: str, ord_: list[str]) -> bool:
    """Whether ``tekst`` holds every word as the search counts it (folded; short words at a word start)."""
    f = fold(tekst)
    for o in ord_:
        if er_kort(o):
            if not re.search(r"(?<![^\W_])" + re.escape(o), f):
                return False
        elif o not in f:
            return False
    return True
