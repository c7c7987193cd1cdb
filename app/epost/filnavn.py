"""Safe file names for attachments and dropped messages.

Names inside an e-mail are chosen by the sender. They end up as files on a
Windows desktop and in the archive, so they must never carry a directory,
a device name or a character Windows refuses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

MAKS_LENGDE = 150
"""Leaves room for a folder path under the 260-character Windows limit."""
_MAKS_BYTES = 240
"""Linux file systems count UTF-8 bytes (255 at most); "æøå" take two each."""

_RESERVERTE = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
    | {"COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
)
_ULOVLIGE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_MELLOMROM = re.compile(r"\s+")
_MAKS_ENDELSE = 16


def trygt_filnavn(navn: str, *, standard: str = "vedlegg") -> str:
    """A name that is valid on Windows and Linux and cannot leave its folder.

    Keeps the extension when the name has to be shortened, so the file still
    opens in the right program.
    """
    # The last path component, whichever separator the sender's system used.
    navn = re.split(r"[/\\]", navn or "")[-1]
    navn = unicodedata.normalize("NFC", navn)
    navn = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in navn)
    navn = _ULOVLIGE.sub("_", navn)
    navn = _MELLOMROM.sub(" ", navn).strip().rstrip(". ")
    if not navn.strip("._ "):
        navn = standard
    stamme, endelse = _del_navn(navn)
    if stamme.split(".")[0].rstrip(" ").upper() in _RESERVERTE:
        stamme = "_" + stamme
    return _forkort(stamme, endelse)


def unike_filnavn(navn_liste: Iterable[str]) -> list[str]:
    """Makes names unique as Windows Explorer does: "x.pdf", "x (2).pdf".

    Comparison ignores case because NTFS does.
    """
    brukt: set[str] = set()
    resultat: list[str] = []
    for navn in navn_liste:
        kandidat = navn
        stamme, endelse = _del_navn(navn)
        nummer = 2
        while kandidat.casefold() in brukt:
            tillegg = f" ({nummer})"
            kandidat = _forkort(stamme, endelse, tillegg)
            nummer += 1
        brukt.add(kandidat.casefold())
        resultat.append(kandidat)
    return resultat


def _forkort(stamme: str, endelse: str, tillegg: str = "") -> str:
    """Shortens the stem until the whole name fits both length limits."""
    while stamme and (
        len(stamme) + len(tillegg) + len(endelse) > MAKS_LENGDE
        or len((stamme + tillegg + endelse).encode("utf-8")) > _MAKS_BYTES
    ):
        stamme = stamme[: min(len(stamme) - 1, MAKS_LENGDE - len(tillegg) - len(endelse))].rstrip(". ")
    return stamme + tillegg + endelse


def _del_navn(navn: str) -> tuple[str, str]:
    """Stem and extension; a dot-file or a long "extension" has none."""
    endelse = PurePath(navn).suffix
    if not endelse or len(endelse) > _MAKS_ENDELSE or endelse == navn or " " in endelse:
        return navn, ""
    return navn[: -len(endelse)], endelse
