"""A report for support: one zip with the log, the version, the OS and the settings, never a secret.

Hjelp → Lag feilrapport and the crash dialog call :func:`lag_feilrapport`. The zip holds

- ``om.txt``: Saksbord's version, Python, the OS and whatever the caller adds (the Qt version:
  this module imports no Qt);
- ``saksbord.log`` and its rotated files;
- ``innstillinger.json``: the user's own choices and the connection profiles (names, addresses,
  database users; passwords and tokens live in the keyring and are never read into the report).

Before anything is written, every text is washed: the secrets the keyring holds for this
user's profiles and SMTP account are replaced by ``***`` wherever they appear (a password that
slipped into a log line through a URL, say), and so are passwords inside URLs
(``scheme://user:secret@host``) and ``passord=``/``password=``/``token=`` values.
"""

from __future__ import annotations

import contextlib
import json
import logging
import platform
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, quote_plus

from app.services import mine_innstillinger, oppdatering, profil

log = logging.getLogger(__name__)

SKJULT = "***"
_URL_PASSORD = re.compile(r"(?P<pre>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s/]+)(?=@)", re.IGNORECASE)
_NOKKEL_VERDI = re.compile(
    r"(?P<pre>\b(?:passord|password|passwd|pwd|token|secret|hemmelig)\b\s*[=:]\s*[\"']?)(?P<pw>[^\s\"'&,;]+)",
    re.IGNORECASE,
)
_HEMMELIGE_NOKLER = re.compile(r"passord|password|token|secret|hemmelig", re.IGNORECASE)


def _hemmeligheter() -> list[str]:
    """What the keyring holds for this user's profiles and SMTP account (to wash out, never to write)."""
    try:
        import keyring

        from app.services.synk import http
    except ImportError:
        return []
    funnet: list[str | None] = []
    with contextlib.suppress(Exception):  # a locked or missing keyring must not stop the report
        for p in profil.profiler():
            if p.er_server:
                funnet.append(
                    keyring.get_password(
                        http.NOKKELRING_TJENESTE, http.nokkelring_navn(p.adresse, p.initialer)
                    )
                )
            else:
                funnet.append(keyring.get_password(profil.NOKKELRING_TJENESTE, p.nokkel))
        funnet.append(mine_innstillinger.smtp_passord(mine_innstillinger.les()))
    # Longest first, so a secret that contains another is replaced whole.
    return sorted({h for h in funnet if h and len(h) >= 3}, key=len, reverse=True)


def vask(tekst: str, hemmeligheter: Iterable[str] = ()) -> str:
    """``tekst`` with every known secret, URL password and ``passord=…`` value replaced by ***."""
    for h in hemmeligheter:  # as written, and as a URL carries it (Profil.url quotes the password)
        for form in dict.fromkeys((h, quote(h, safe=""), quote_plus(h))):
            tekst = tekst.replace(form, SKJULT)
    tekst = _URL_PASSORD.sub(lambda m: m.group("pre") + SKJULT, tekst)
    return _NOKKEL_VERDI.sub(lambda m: m.group("pre") + SKJULT, tekst)


def _uten_hemmelige_nokler(data: object) -> object:
    if isinstance(data, dict):
        return {
            k: (SKJULT if _HEMMELIGE_NOKLER.search(str(k)) and v else _uten_hemmelige_nokler(v))
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_uten_hemmelige_nokler(v) for v in data]
    return data


def om_tekst(tillegg: Mapping[str, str] | None = None) -> str:
    """Version, Python and OS as ``key: value`` lines."""
    linjer = {
        "Saksbord": oppdatering.versjon(),
        "Laget": datetime.now().astimezone().isoformat(timespec="seconds"),
        "Python": sys.version.split()[0],
        "Operativsystem": platform.platform(),
        "Maskinarkitektur": platform.machine(),
        "Pakket (PyInstaller)": "ja" if getattr(sys, "frozen", False) else "nei",
        **(tillegg or {}),
    }
    return "".join(f"{k}: {v}\n" for k, v in linjer.items())


def innstillinger_tekst() -> str:
    """The user's choices and the connection profiles as JSON, with no secret keys filled in."""
    data = {
        "mine_innstillinger": asdict(mine_innstillinger.les()),
        "aktiv_profil": (p.navn if (p := profil.aktiv_profil()) else None),
        "profiler": [asdict(p) for p in profil.profiler()],
    }
    return json.dumps(_uten_hemmelige_nokler(data), ensure_ascii=False, indent=2)


def standard_navn() -> str:
    return f"saksbord-feilrapport-{datetime.now():%Y%m%d-%H%M%S}.zip"


def lag_feilrapport(
    maal: Path, *, loggmappe: Path, tillegg: Mapping[str, str] | None = None, hendelse: str = ""
) -> Path:
    """Write the report zip to ``maal`` (a folder gets a dated file name); returns the file.

    ``hendelse`` is what just happened (the crash dialog passes the traceback); it is washed too.
    """
    maal = Path(maal)
    if maal.is_dir():
        maal = maal / standard_navn()
    hemmelige = _hemmeligheter()
    maal.parent.mkdir(parents=True, exist_ok=True)
    tmp = maal.with_name(maal.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("om.txt", vask(om_tekst(tillegg), hemmelige))
        z.writestr("innstillinger.json", vask(innstillinger_tekst(), hemmelige))
        if hendelse:
            z.writestr("hendelse.txt", vask(hendelse, hemmelige))
        for fil in sorted(Path(loggmappe).glob("saksbord.log*")):
            try:
                tekst = fil.read_text(encoding="utf-8", errors="replace")
            except OSError as e:
                tekst = f"(kunne ikke lese {fil.name}: {e})\n"
            z.writestr(f"logg/{fil.name}", vask(tekst, hemmelige))
    tmp.replace(maal)
    log.info("Feilrapport laget: %s", maal)
    return maal
