"""Brønnøysundregistrenes Enhetsregisteret (open API): look up a business by orgnr or by name.

``GET {base}/enheter/{orgnr}`` answers one unit (404 unknown, 410 deleted); ``GET {base}/enheter?navn=``
a page of them under ``_embedded.enheter``. Every answer is kept in a small file cache per desk,
so the same lookup answers when the network or the registry is away (marked as from the cache,
with the time it was fetched). An organisasjonsnummer is checked (nine digits, mod 11) before any
request is made: a mistyped number never leaves the machine.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from app.domain.feil import Frakoblet, IkkeFunnet, UgyldigInndata

_VEKTER = (3, 2, 7, 6, 5, 4, 3, 2)
TIDSFRIST_S = 5.0


def orgnr_feil(tekst: str) -> str | None:
    """Why ``tekst`` is not an organisasjonsnummer, or None when it is one (nine digits, mod 11)."""
    nr = re.sub(r"\s", "", tekst or "")
    if not re.fullmatch(r"\d{9}", nr):
        return f"«{tekst}» er ikke et organisasjonsnummer (ni siffer)"
    rest = sum(int(s) * v for s, v in zip(nr[:8], _VEKTER, strict=True)) % 11
    kontroll = 0 if rest == 0 else 11 - rest
    if kontroll == 10 or kontroll != int(nr[8]):
        return f"«{tekst}» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke)"
    return None


def krev_orgnr(tekst: str) -> str:
    feil = orgnr_feil(tekst)
    if feil:
        raise UgyldigInndata(feil)
    return re.sub(r"\s", "", tekst)


@dataclass(frozen=True)
class Enhet:
    orgnr: str
    navn: str
    organisasjonsform: str | None
    adresse: str | None
    postnummer: str | None
    poststed: str | None
    slettet: bool = False
    fra_cache: bool = False
    hentet: datetime | None = None


def _adresse(d: dict[str, Any] | None) -> tuple[str | None, str | None, str | None]:
    if not d:
        return None, None, None
    linjer = [a for a in d.get("adresse") or [] if a]
    return (", ".join(linjer) or None, d.get("postnummer"), d.get("poststed"))


def fra_json(d: dict[str, Any], *, hentet: datetime, fra_cache: bool = False) -> Enhet:
    """One unit as the API gives it; the postadresse wins over the forretningsadresse for letters."""
    adresse, postnr, sted = _adresse(d.get("postadresse") or d.get("forretningsadresse"))
    form = d.get("organisasjonsform") or {}
    return Enhet(
        orgnr=str(d.get("organisasjonsnummer", "")),
        navn=str(d.get("navn", "")),
        organisasjonsform=form.get("beskrivelse") or form.get("kode"),
        adresse=adresse,
        postnummer=postnr,
        poststed=sted,
        slettet=bool(d.get("slettedato")),
        fra_cache=fra_cache,
        hentet=hentet,
    )


class Enhetsregisteret:
    """The client: ``base`` is the API root (the setting), ``cache`` a folder of this desk's own."""

    def __init__(self, base: str, cache: Path, *, transport: httpx.BaseTransport | None = None) -> None:
        self.base = base.rstrip("/")
        self.cache = cache
        self._transport = transport

    def _hent(self, sti: str, params: dict[str, str] | None = None) -> httpx.Response:
        with httpx.Client(timeout=TIDSFRIST_S, transport=self._transport) as k:
            return k.get(f"{self.base}{sti}", params=params, headers={"Accept": "application/json"})

    def _fil(self, art: str, nokkel: str) -> Path:
        trygt = re.sub(r"[^a-z0-9]+", "_", unicodedata.normalize("NFKD", nokkel.lower())).strip("_") or "_"
        return self.cache / art / f"{trygt}.json"

    def _lagre(self, fil: Path, data: Any) -> None:
        fil.parent.mkdir(parents=True, exist_ok=True)
        midl = fil.with_suffix(".tmp")
        midl.write_text(
            json.dumps({"hentet": datetime.now().isoformat(timespec="seconds"), "data": data}), "utf-8"
        )
        midl.replace(fil)

    def _fra_cache(self, fil: Path) -> tuple[Any, datetime] | None:
        try:
            innhold = json.loads(fil.read_text("utf-8"))
            return innhold["data"], datetime.fromisoformat(innhold["hentet"])
        except (OSError, ValueError, KeyError):
            return None

    def slaa_opp(self, orgnr: str) -> Enhet:
        """One unit by orgnr: from the registry, else (offline) from the cache."""
        nr = krev_orgnr(orgnr)
        fil = self._fil("enhet", nr)
        try:
            svar = self._hent(f"/enheter/{nr}")
        except httpx.HTTPError as e:
            return self._offline(fil, f"Enhetsregisteret svarer ikke ({type(e).__name__})", nr)
        if svar.status_code == 404:
            raise IkkeFunnet(f"Enhetsregisteret kjenner ikke organisasjonsnummer {nr}")
        if svar.status_code >= 500:
            return self._offline(fil, f"Enhetsregisteret svarte med feil {svar.status_code}", nr)
        if svar.status_code not in (200, 410):
            raise UgyldigInndata(f"Enhetsregisteret avviste oppslaget ({svar.status_code})")
        data = svar.json()
        self._lagre(fil, data)
        return fra_json(data, hentet=datetime.now().replace(microsecond=0))

    def _offline(self, fil: Path, grunn: str, hva: str) -> Enhet:
        treff = self._fra_cache(fil)
        if treff is None:
            raise Frakoblet(f"{grunn}, og {hva} er ikke slått opp før")
        return fra_json(treff[0], hentet=treff[1], fra_cache=True)

    def sok(self, navn: str, *, antall: int = 10) -> list[Enhet]:
        """Units whose name matches, best first; offline the last answer to the same search."""
        tekst = " ".join((navn or "").split())
        if len(tekst) < 2:
            raise UgyldigInndata("Skriv minst to tegn av navnet for å søke i Enhetsregisteret")
        fil = self._fil("sok", tekst)
        try:
            svar = self._hent("/enheter", {"navn": tekst, "size": str(antall)})
            if svar.status_code >= 500:
                raise httpx.HTTPStatusError("serverfeil", request=svar.request, response=svar)
        except httpx.HTTPError as e:
            treff = self._fra_cache(fil)
            if treff is None:
                raise Frakoblet(
                    f"Enhetsregisteret svarer ikke ({type(e).__name__}), og søket er ikke gjort før"
                ) from e
            return [fra_json(d, hentet=treff[1], fra_cache=True) for d in treff[0]]
        if svar.status_code != 200:
            raise UgyldigInndata(f"Enhetsregisteret avviste søket ({svar.status_code})")
        enheter = (svar.json().get("_embedded") or {}).get("enheter") or []
        self._lagre(fil, enheter)
        for d in enheter:
            if d.get("organisasjonsnummer"):
                self._lagre(self._fil("enhet", str(d["organisasjonsnummer"])), d)
        naa = datetime.now().replace(microsecond=0)
        return [fra_json(d, hentet=naa) for d in enheter]
