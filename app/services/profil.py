"""Connection profiles: which shared registry to use, with secrets only in the OS keyring.

Two kinds. A **server profile** (``adresse`` = https://… of a ``saksbord server``, the user's
initials) is what a desktop uses: the user signs in once with their password
(``logg_inn_server``), and only the token the server gives back is kept, in the keyring under
``Saksbord-server`` (``app.services.synk.http``); the password is never stored. A **PostgreSQL
profile** (server, port, database, database user, initials) logs straight into the database,
for administrators and installations without a server; its password goes to the keyring under
the service ``saksbord``. Profiles are JSON in the platform's config directory, without secrets.
Without a profile the embedded SQLite file stays the default.
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
    adresse: str = ""
    """The Saksbord server (https://…); set means a server profile, and server/database are unused."""

    @property
    def er_server(self) -> bool:
        return bool(self.adresse)

    @property
    def nokkel(self) -> str:
        """The keyring entry's user name: one password per login on one database."""
        return f"{self.bruker}@{self.server}:{self.port}/{self.database}"

    def url(self, passord: str | None = None) -> str:
        """The server address, or the SQLAlchemy URL (password from the keyring unless given; do not log it)."""
        if self.er_server:
            return self.adresse
        pw = passord if passord is not None else hent_passord(self)
        auth = quote(self.bruker, safe="") + (":" + quote(pw, safe="") if pw else "")
        return f"postgresql+psycopg://{auth}@{self.server}:{self.port}/{quote(self.database, safe='')}"

    def beskrivelse(self) -> str:
        if self.er_server:
            return f"{self.initialer}@{self.adresse}"
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


def sjekk_adresse(adresse: str) -> str:
    """The server address as stored: https://host[:port][/sti] without a trailing slash."""
    from urllib.parse import urlsplit

    adresse = adresse.strip().rstrip("/")
    try:
        deler = urlsplit(adresse)
        deler.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as e:
        raise UgyldigInndata(f"Serveradressen «{adresse[:80]}» kan ikke leses") from e
    if deler.scheme not in ("https", "http") or not deler.hostname:
        raise UgyldigInndata(
            "Serveradressen må begynne med https://, for eksempel https://saksbord.kommune.no"
        )
    if deler.scheme == "http" and deler.hostname not in ("localhost", "127.0.0.1", "::1"):
        raise UgyldigInndata(
            "Serveradressen må bruke https:// (kryptert); http:// går bare mot denne maskinen"
        )
    return adresse


def lagre_profil(profil: Profil, passord: str | None = None, *, aktiv: bool = True) -> Profil:
    """Save (or replace) a profile; a PostgreSQL password goes to the keyring only.

    A server profile takes no password here: its token is put in the keyring by ``logg_inn_server``.
    """
    if profil.er_server:
        if passord:
            raise UgyldigInndata("En serverprofil lagrer aldri passordet; logg inn med logg_inn_server")
        if not profil.navn.strip() or not profil.initialer.strip():
            raise UgyldigInndata("Profilen må ha navn, serveradresse og bruker")
        profil = replace(
            profil, adresse=sjekk_adresse(profil.adresse), initialer=profil.initialer.strip().upper(),
            server="", bruker="",
        )  # fmt: skip
    else:
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


def sett_aktiv(navn: str | None) -> None:
    """Which profile the window opens next time; None means the embedded SQLite database."""
    if navn is not None:
        hent_profil(navn)  # an unknown name is refused, not stored
    data = _les()
    data["aktiv"] = navn
    _skriv(data)


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
        if p.er_server:
            from app.services.synk import http

            keyring.delete_password(http.NOKKELRING_TJENESTE, http.nokkelring_navn(p.adresse, p.initialer))
        else:
            keyring.delete_password(NOKKELRING_TJENESTE, p.nokkel)


def har_innlogging(profil: Profil) -> bool:
    """A server profile has a token in the keyring (it may still have expired on the server)."""
    import keyring

    from app.services.synk import http

    return bool(
        keyring.get_password(http.NOKKELRING_TJENESTE, http.nokkelring_navn(profil.adresse, profil.initialer))
    )


def _sertifikatfeil(e: BaseException) -> bool:
    """Whether a certificate problem lies anywhere in the chain of causes."""
    import ssl

    ledd: BaseException | None = e
    while ledd is not None:
        if isinstance(ledd, ssl.SSLError) or "CERTIFICATE" in str(ledd).upper():
            return True
        ledd = ledd.__cause__ or ledd.__context__
    return False


def logg_inn_server(profil: Profil, passord: str, *, lagre: bool = True, verify=True) -> str | None:
    """Sign in to the profile's server; None on success (the token is in the keyring), else a message.

    The password is sent once over TLS and forgotten; with ``lagre=False`` (a connection test)
    the token is given back to the server at once and nothing is kept.
    """
    import httpx

    from app.domain.feil import Frakoblet, IngenTilgang, SaksbordFeil
    from app.services.synk import http

    try:
        adresse = sjekk_adresse(profil.adresse)
    except UgyldigInndata as e:
        return str(e)
    if not profil.initialer.strip():
        return "Oppgi brukeren din (initialene) på Saksbord-serveren"
    if not passord:
        return "Oppgi passordet ditt på Saksbord-serveren"
    try:
        token = http.logg_inn(adresse, profil.initialer.strip().upper(), passord, lagre=lagre, verify=verify)
    except Frakoblet as e:
        if _sertifikatfeil(e):
            return (
                f"Sertifikatet til {adresse} kan ikke bekreftes (utløpt, feil navn eller ukjent utsteder). "
                "Kontakt IT-avdelingen; ikke koble til før det er rettet"
            )
        return f"Får ikke kontakt med Saksbord-serveren på {adresse}; sjekk adressen og nettverket"
    except IngenTilgang as e:
        if "for mange" in e.melding.lower():
            return (
                f"Brukeren {profil.initialer.upper()} er midlertidig sperret etter for mange feil passord; "
                "vent et kvarter og prøv igjen, eller kontakt administrator"
            )
        return "Feil bruker eller passord (eller brukeren er deaktivert)"
    except SaksbordFeil as e:
        return f"Saksbord-serveren avviste innloggingen: {e.melding}"
    except (httpx.HTTPError, ValueError, KeyError):
        return f"Adressen {adresse} svarer, men ikke som en Saksbord-server"
    if not lagre:
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(
                adresse + "/api/loggut", json={}, headers={"Authorization": f"Bearer {token}"}, timeout=10,
                verify=verify,
            )  # fmt: skip
    return None


def hent_passord(profil: Profil) -> str | None:
    import keyring

    return keyring.get_password(NOKKELRING_TJENESTE, profil.nokkel)


def test_forbindelse(profil: Profil, passord: str | None = None, *, tidsavbrudd: int = 5) -> str | None:
    """None when the profile connects and finds a Saksbord database, else a Norwegian message.

    For a server profile: whether the server answers ``/helse`` (signing in is ``logg_inn_server``).
    """
    if profil.er_server:
        return _test_server(profil, tidsavbrudd)
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


def _test_server(profil: Profil, tidsavbrudd: int) -> str | None:
    import httpx

    try:
        adresse = sjekk_adresse(profil.adresse)
    except UgyldigInndata as e:
        return str(e)
    try:
        r = httpx.get(adresse + "/helse", timeout=tidsavbrudd)
        if r.status_code != 200 or r.json().get("status") != "ok":
            return f"Adressen {adresse} svarer, men ikke som en Saksbord-server"
    except httpx.TransportError as e:
        if _sertifikatfeil(e):
            return f"Sertifikatet til {adresse} kan ikke bekreftes; kontakt IT-avdelingen"
        return f"Får ikke kontakt med Saksbord-serveren på {adresse}; sjekk adressen og nettverket"
    except (httpx.HTTPError, ValueError):
        return f"Adressen {adresse} svarer, men ikke som en Saksbord-server"
    return None


def standard_db() -> str:
    """What the window opens: the active profile's URL, or the embedded SQLite file."""
    from app.store.db import til_url

    p = aktiv_profil()
    return p.url() if p else til_url(None)
