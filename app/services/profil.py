"""Connection profiles: which shared database to use, with the password only in the OS keyring.

A profile (server, port, database, database user, the user's initials) is kept as
JSON in the platform's config directory; the password goes to the keyring under
the service ``saksbord`` and never into a file or a log line. Without a profile
the embedded SQLite file stays the default.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import quote

from platformdirs import user_config_dir

from app.domain.feil import UgyldigInndata

NOKKELRING_TJENESTE = "saksbord"
KONFIG_MILJO = "SAKSBORD_KONFIG"  # another config folder (tests, portable installs)


@dataclass(frozen=True)
class Profil:
    navn: str
    server: str
    database: str = "saksbord"
    bruker: str = ""
    initialer: str = ""
    port: int = 5432

    @property
    def nokkel(self) -> str:
        """The keyring entry's user name: one password per login on one database."""
        return f"{self.bruker}@{self.server}:{self.port}/{self.database}"

    def url(self, passord: str | None = None) -> str:
        """SQLAlchemy URL; the password is read from the keyring unless given. Do not log it."""
        pw = passord if passord is not None else hent_passord(self)
        auth = quote(self.bruker, safe="") + (":" + quote(pw, safe="") if pw else "")
        return f"postgresql+psycopg://{auth}@{self.server}:{self.port}/{quote(self.database, safe='')}"

    def beskrivelse(self) -> str:
        return f"{self.bruker}@{self.server}:{self.port}/{self.database}"


def konfig_mappe() -> Path:
    return Path(os.environ.get(KONFIG_MILJO) or user_config_dir("Saksbord", "Saksbord", roaming=True))


def _fil() -> Path:
    return konfig_mappe() / "profiler.json"


def _les() -> dict:
    try:
        return json.loads(_fil().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"aktiv": None, "profiler": []}


def _skriv(data: dict) -> None:
    fil = _fil()
    fil.parent.mkdir(parents=True, exist_ok=True)
    tmp = fil.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(fil)


def profiler() -> list[Profil]:
    return [Profil(**p) for p in _les().get("profiler", [])]


def hent_profil(navn: str) -> Profil:
    for p in profiler():
        if p.navn == navn:
            return p
    raise UgyldigInndata(f"Fant ingen tilkoblingsprofil «{navn}»")


def aktiv_profil() -> Profil | None:
    """The profile the window starts with; None means the embedded SQLite database."""
    navn = _les().get("aktiv")
    return next((p for p in profiler() if p.navn == navn), None) if navn else None


def lagre_profil(profil: Profil, passord: str | None = None, *, aktiv: bool = True) -> Profil:
    """Save (or replace) a profile; the password goes to the keyring only."""
    if not profil.navn.strip() or not profil.server.strip() or not profil.bruker.strip():
        raise UgyldigInndata("Profilen må ha navn, server og databasebruker")
    if not 0 < int(profil.port) < 65536:
        raise UgyldigInndata("Porten må være et tall mellom 1 og 65535")
    profil = replace(profil, port=int(profil.port), initialer=profil.initialer.strip().upper())
    data = _les()
    data["profiler"] = [p for p in data.get("profiler", []) if p["navn"] != profil.navn] + [asdict(profil)]
    if aktiv:
        data["aktiv"] = profil.navn
    _skriv(data)
    if passord:
        import keyring

        keyring.set_password(NOKKELRING_TJENESTE, profil.nokkel, passord)
    return profil


def slett_profil(navn: str) -> None:
    p = hent_profil(navn)
    data = _les()
    data["profiler"] = [x for x in data.get("profiler", []) if x["navn"] != navn]
    if data.get("aktiv") == navn:
        data["aktiv"] = None
    _skriv(data)
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(NOKKELRING_TJENESTE, p.nokkel)


def hent_passord(profil: Profil) -> str | None:
    import keyring

    return keyring.get_password(NOKKELRING_TJENESTE, profil.nokkel)


def test_forbindelse(profil: Profil, passord: str | None = None, *, tidsavbrudd: int = 5) -> str | None:
    """None when the profile connects and finds a Saksbord database, else a Norwegian message."""
    import psycopg

    pw = passord if passord is not None else hent_passord(profil)
    try:
        with psycopg.connect(
            host=profil.server, port=int(profil.port), dbname=profil.database, user=profil.bruker,
            password=pw or None, connect_timeout=tidsavbrudd,
        ) as c:  # fmt: skip
            rad = c.execute("SELECT to_regclass('bruker') IS NOT NULL").fetchone()
            har = rad is not None and rad[0]
            if not har:
                return f"Databasen {profil.database} finnes, men er ikke en Saksbord-database (kjør init-db)"
            ini = c.execute("SELECT initialer FROM bruker WHERE db_rolle = current_user").fetchone()
    except psycopg.OperationalError as e:
        tekst = str(e).lower()
        if "password" in tekst or "passord" in tekst or "authentication" in tekst:
            return f"Databasen godtok ikke brukernavnet eller passordet for {profil.bruker}"
        if "does not exist" in tekst:
            return f"Fant ikke databasen {profil.database} på {profil.server}"
        return f"Får ikke kontakt med databaseserveren {profil.server}:{profil.port}; sjekk adressen og nettverket"
    if profil.initialer and ini and ini[0].upper() != profil.initialer.upper():
        return f"Databasebrukeren {profil.bruker} tilhører {ini[0]}, ikke {profil.initialer}"
    return None


def standard_db() -> str:
    """What the window opens: the active profile's URL, or the embedded SQLite file."""
    from app.store.db import til_url

    p = aktiv_profil()
    return p.url() if p else til_url(None)
