"""Which version this is, and whether a newer one exists at the address IT configured.

The check is off by default (``MineInnstillinger.se_etter_oppdateringer``). It reads one small
JSON document from the configured address and downloads nothing else: the window tells the
user about the new version and opens the download page in the browser only when they ask.

The document::

    {"versjon": "0.2.0", "side": "https://kommune.no/saksbord", "notat": "Hva er nytt …"}

``versjon`` is required; ``side`` (the page to download from) and ``notat`` are optional.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app.domain.feil import Frakoblet, UgyldigInndata

log = logging.getLogger(__name__)

TIDSAVBRUDD = 10.0


def versjon() -> str:
    """This program's version: the installed package's, else the source tree's pyproject.toml."""
    try:
        return metadata.version("saksbord")
    except metadata.PackageNotFoundError:
        pass
    for mappe in Path(__file__).resolve().parents:
        fil = mappe / "pyproject.toml"
        if fil.is_file():
            try:
                return str(tomllib.loads(fil.read_text(encoding="utf-8"))["project"]["version"])
            except (OSError, KeyError, ValueError):
                break
    return "0+ukjent"


def versjonsnokkel(tekst: str) -> tuple[int, ...]:
    """``"1.10.2"`` → ``(1, 10, 2)``: the leading numbers, so 1.10 sorts after 1.9."""
    tall = re.match(r"\s*v?(\d+(?:\.\d+)*)", tekst)
    if not tall:
        raise UgyldigInndata(f"«{tekst[:40]}» er ikke et versjonsnummer")
    deler = [int(d) for d in tall.group(1).split(".")]
    while len(deler) > 1 and deler[-1] == 0:
        deler.pop()
    return tuple(deler)


@dataclass(frozen=True)
class Oppdatering:
    """What the address says, compared with this version."""

    naa: str
    nyeste: str
    side: str = ""
    notat: str = ""

    @property
    def finnes(self) -> bool:
        return versjonsnokkel(self.nyeste) > versjonsnokkel(self.naa)


def se_etter(url: str, *, naa: str | None = None, tidsavbrudd: float = TIDSAVBRUDD) -> Oppdatering:
    """Ask ``url`` which version is the newest; Frakoblet or UgyldigInndata with a Norwegian message."""
    import httpx

    naa = naa or versjon()
    try:
        svar = httpx.get(
            url, timeout=tidsavbrudd, follow_redirects=True, headers={"User-Agent": f"Saksbord/{naa}"}
        )
    except httpx.HTTPError as e:
        raise Frakoblet(f"Fikk ikke kontakt med {url} for å se etter oppdateringer") from e
    if svar.status_code != 200:
        raise Frakoblet(f"{url} svarte {svar.status_code} da Saksbord så etter oppdateringer")
    try:
        data = svar.json()
        nyeste = str(data["versjon"])
        versjonsnokkel(nyeste)
    except (ValueError, KeyError, TypeError, UgyldigInndata) as e:
        raise UgyldigInndata(f"{url} svarer, men ikke med et versjonsnummer Saksbord kan lese") from e
    side = str(data.get("side") or "")
    if side and not side.startswith(("https://", "http://")):
        side = ""
    svaret = Oppdatering(naa=naa, nyeste=nyeste, side=side, notat=str(data.get("notat") or "")[:2000])
    log.info("Oppdateringssjekk mot %s: denne %s, nyeste %s", url, naa, nyeste)
    return svaret
