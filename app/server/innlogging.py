"""Signing in to the server: argon2 passwords, a lockout, expiring tokens stored only as a hash.

The tables are the server's own (revision 0008); the users' database roles have no right on them,
and this module runs on the server's login without a user role set. A token is 32 random bytes;
only its SHA-256 is stored, so a copy of the table signs nobody in. Every request looks the token
up again together with ``bruker.aktiv``: a deactivated user's tokens stop at once, and a new
password deletes the old tokens.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import text

from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata
from app.store.db import Database
from app.store.pg import roller as pgroller

log = logging.getLogger("saksbord.server")

#: Failed attempts within ``SPERRETID`` from one address that lock a user name for that address.
MAKS_FEIL = 5
#: Failed attempts within ``SPERRETID`` from all addresses together that lock the name everywhere
#: (guessing spread over many machines). A colleague at one machine cannot reach it alone.
MAKS_FEIL_ALLE = 50
SPERRETID = timedelta(minutes=15)
#: How long a token lasts unless the server is started with another lifetime.
TOKEN_LEVETID = timedelta(hours=10)
MIN_PASSORDLENGDE = 10

_hasher = PasswordHasher()
#: Verified against when the user name is unknown, so the answer takes as long either way.
_TOM_HASH = _hasher.hash(secrets.token_hex(16))


class IkkeInnlogget(IngenTilgang):
    """No token, an unknown or expired token, or a deactivated user (HTTP 401)."""


class Sperret(IngenTilgang):
    """Too many failed attempts for this user name (HTTP 429)."""


@dataclass(frozen=True)
class Innlogget:
    """The user a request comes from, as the token says."""

    bruker_id: int
    initialer: str
    rolle: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sett_passord(db: Database, initialer: str, passord: str) -> str:
    """Give a user a server password (admin, on the owner's connection); returns the user's db role.

    The user's role becomes NOLOGIN and a member of the group, switchable-to by this login; their
    old tokens are deleted. Logged in the endringslogg without the password.
    """
    if len(passord) < MIN_PASSORDLENGDE:
        raise UgyldigInndata(f"Passordet må ha minst {MIN_PASSORDLENGDE} tegn")
    if not db.er_postgres:
        raise UgyldigInndata("Serverpassord settes i den felles PostgreSQL-databasen (--db postgresql://…)")
    hash_ = _hasher.hash(passord)
    rolle_navn = ""
    with db.engine.begin() as conn:
        rad = conn.execute(
            text("SELECT id, initialer, db_rolle FROM bruker WHERE upper(initialer) = upper(:i) AND aktiv"),
            {"i": initialer.strip()},
        ).first()
        if rad is None:
            raise IkkeFunnet(f"Fant ingen aktiv bruker med initialer «{initialer}»")
        rolle_navn = rad.db_rolle or pgroller.rollenavn(
            rad.initialer, conn.execute(text("SELECT current_database()")).scalar_one()
        )
        pgroller.sett_serverbruker(conn, rolle_navn)
        conn.execute(text("UPDATE bruker SET db_rolle = :r WHERE id = :b"), {"r": rolle_navn, "b": rad.id})
        conn.execute(
            text(
                "INSERT INTO saksbord_passord (bruker_id, hash) VALUES (:b, :h) "
                "ON CONFLICT (bruker_id) DO UPDATE SET hash = excluded.hash, endret = now()"
            ),
            {"b": rad.id, "h": hash_},
        )
        conn.execute(text("DELETE FROM saksbord_token WHERE bruker_id = :b"), {"b": rad.id})
        conn.execute(
            text(
                "INSERT INTO endringslogg (tid, handling, entitet, entitet_id, felt) "
                "VALUES (now(), 'serverpassord satt', 'bruker', :b, 'passord')"
            ),
            {"b": rad.id},
        )
    log.info("serverpassord satt for %s", rad.initialer)
    return rolle_navn


def logg_inn(
    db: Database, brukernavn: str, passord: str, *, levetid: timedelta = TOKEN_LEVETID, kilde: str = ""
) -> str:
    """A new token for a right user name and password; every attempt is recorded for the lockout.

    ``kilde`` is the client's address as the server sees it: failures lock the name for that
    address (``MAKS_FEIL``), and only a flood from many addresses (``MAKS_FEIL_ALLE``) locks it
    everywhere, so nobody can keep a colleague out by typing wrong passwords for their initials.
    """
    navn = (brukernavn or "").strip().upper()[:40]
    kilde = (kilde or "")[:64]
    if not navn or not passord:
        raise IkkeInnlogget("Oppgi brukernavn og passord")
    with db.engine.begin() as conn:
        feil_her, feil_alle = conn.execute(
            text(
                "SELECT count(*) FILTER (WHERE kilde = :k), count(*) FROM saksbord_innlogging "
                "WHERE brukernavn = :n AND NOT ok AND tid > now() - make_interval(secs => :s) AND tid > coalesce("
                "(SELECT max(tid) FROM saksbord_innlogging WHERE brukernavn = :n AND ok), '-infinity')"
            ),
            {"n": navn, "k": kilde, "s": SPERRETID.total_seconds()},
        ).one()
        if feil_her >= MAKS_FEIL or feil_alle >= MAKS_FEIL_ALLE:
            raise Sperret(
                f"For mange mislykkede innlogginger; prøv igjen om {int(SPERRETID.total_seconds() // 60)} minutter"
            )
        rad = conn.execute(
            text(
                "SELECT b.id, b.initialer, b.db_rolle, p.hash FROM bruker b "
                "JOIN saksbord_passord p ON p.bruker_id = b.id WHERE upper(b.initialer) = :n AND b.aktiv"
            ),
            {"n": navn},
        ).first()
        try:
            ok = _hasher.verify(rad.hash if rad else _TOM_HASH, passord) and rad is not None
        except (VerificationError, InvalidHashError):
            ok = False
        conn.execute(
            text("INSERT INTO saksbord_innlogging (brukernavn, ok, kilde) VALUES (:n, :ok, :k)"),
            {"n": navn, "ok": ok, "k": kilde},
        )
        conn.execute(text("DELETE FROM saksbord_innlogging WHERE tid < now() - interval '1 day'"))
        if not ok or rad is None:
            log.info("innlogging avvist for %s", navn)
            # The attempt is committed; the refusal is raised after the transaction.
        else:
            token = utsted_token(conn, rad.id, levetid)
            if _hasher.check_needs_rehash(rad.hash):
                conn.execute(
                    text("UPDATE saksbord_passord SET hash = :h WHERE bruker_id = :b"),
                    {"h": _hasher.hash(passord), "b": rad.id},
                )
            return token
    raise IkkeInnlogget("Feil brukernavn eller passord")


def utsted_token(conn, bruker_id: int, levetid: timedelta) -> str:
    """A new token for a user who has just proved who they are (password or OpenID Connect)."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        text(
            "INSERT INTO saksbord_token (hash, bruker_id, utloper) "
            "VALUES (:h, :b, now() + make_interval(secs => :s))"
        ),
        {"h": _token_hash(token), "b": bruker_id, "s": levetid.total_seconds()},
    )
    conn.execute(text("DELETE FROM saksbord_token WHERE utloper < now() - interval '1 day'"))
    return token


def hvem(db: Database, token: str | None) -> Innlogget:
    """The user behind a token, if it exists, has not expired and the user is still active."""
    if not token:
        raise IkkeInnlogget("Logg inn først")
    with db.engine.connect() as conn:
        rad = conn.execute(
            text(
                "SELECT b.id, b.initialer, b.db_rolle FROM saksbord_token t JOIN bruker b ON b.id = t.bruker_id "
                "WHERE t.hash = :h AND t.utloper > now() AND b.aktiv"
            ),
            {"h": _token_hash(token)},
        ).first()
    if rad is None or not rad.db_rolle:
        raise IkkeInnlogget("Innloggingen er utløpt eller ugyldig; logg inn på nytt")
    return Innlogget(rad.id, rad.initialer, rad.db_rolle)


def logg_ut(db: Database, token: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM saksbord_token WHERE hash = :h"), {"h": _token_hash(token)})
