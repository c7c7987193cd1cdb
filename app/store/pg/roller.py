"""Cluster roles and grants: one group role for every app user, one role per user.

Each user has their own role (``sb_<database>_<initialer>``: roles are cluster-wide, so the
name says which database it belongs to), a member of ``saksbord_bruker``; row-level security then asks ``current_user`` who is asking. With the application
server the role is NOLOGIN and the server switches to it per request
(``sett_serverbruker``); the older direct mode gives it a LOGIN password.
The group may read the registry and write case data, but only read users, codes
and settings (a user must not grant themselves a code) and only append to the
endringslogg.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlalchemy import Connection

from app.domain.feil import UgyldigInndata

GRUPPE = "saksbord_bruker"

#: Read-only for users: who may see what, the code lists, the settings.
_BARE_LES = (
    "bruker", "bruker_rolle", "bruker_tilgang", "administrativ_enhet", "arkiv", "arkivdel", "innstilling",
    "kode_avskrivning", "kode_journalposttype", "kode_journalstatus", "kode_saksstatus", "kode_sakstype",
    "kode_tilgang", "alembic_version", "saksbord_slettet", "saksbord_synlighet",
    "nummerserie",  # numbers only through saksbord_neste_nummer() (revision 0007)
)  # fmt: skip
#: Append-only: the audit trail.
_BARE_NY = ("endringslogg", "utfort_foresporsel")
#: The application server's own tables (revision 0008): passwords, attempts, tokens. Nothing for users.
_INGEN = ("saksbord_passord", "saksbord_innlogging", "saksbord_token")


def _ascii(tekst: str) -> str:
    tekst = tekst.strip().lower().replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]", "_", tekst)


def rollenavn(initialer: str, database: str | None = None) -> str:
    """A user's role: ``sb_<database>_<initialer>`` in lower-case ASCII (æ→ae, ø→o, å→aa).

    Roles are cluster-wide in PostgreSQL, so the database's name is part of the role's: a training
    database on the same cluster that makes a user OHA gets its own role, never production's
    OHA (whose password it would otherwise reset). A long database name is cut and given four hex
    digits of its hash, so two names never share a prefix. Without ``database`` (a user made before
    this rule), ``sb_<initialer>``; such a user keeps that role.
    """
    ini = _ascii(initialer)
    if not database:
        return ("sb_" + ini)[:63]
    db = _ascii(database)
    if len(db) > 24:
        db = db[:19] + "_" + hashlib.sha256(database.encode()).hexdigest()[:4]
    return f"sb_{db}_{ini}"[:63]


def sitert(navn: str) -> str:
    """A role name as a quoted identifier; anything but a plain lower-case name is refused."""
    return _q(navn)


def _q(navn: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", navn):
        raise ValueError(f"ugyldig rollenavn {navn!r}")
    return f'"{navn}"'


def _finnes(conn: Connection, rolle: str) -> bool:
    return bool(conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": rolle}).scalar())


def _finnes_tabell(conn: Connection, tabell: str) -> bool:
    return bool(conn.exec_driver_sql("SELECT to_regclass(%(t)s) IS NOT NULL", {"t": tabell}).scalar())


def installer(conn: Connection) -> None:
    """Create the group role if missing and (re)grant it on every current and future table."""
    x = conn.exec_driver_sql
    if not _finnes(conn, GRUPPE):
        x(f"CREATE ROLE {GRUPPE} NOLOGIN")
    skjema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    x(f"GRANT USAGE ON SCHEMA {skjema} TO {GRUPPE}")
    tabeller = list(
        conn.exec_driver_sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars()
    )
    for t in tabeller:
        x(f'REVOKE ALL ON TABLE "{t}" FROM {GRUPPE}')
        if t in _INGEN:
            continue
        if t in _BARE_LES:
            x(f'GRANT SELECT ON TABLE "{t}" TO {GRUPPE}')
        elif t in _BARE_NY:
            x(f'GRANT SELECT, INSERT ON TABLE "{t}" TO {GRUPPE}')
        else:
            x(f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "{t}" TO {GRUPPE}')
    x(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {skjema} TO {GRUPPE}")
    if _finnes_tabell(conn, "saksbord_innlogging"):
        x(f"REVOKE ALL ON SEQUENCE saksbord_innlogging_id_seq FROM {GRUPPE}")
    x(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {skjema} TO {GRUPPE}")
    x(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {skjema} GRANT SELECT ON TABLES TO {GRUPPE}")
    x(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {skjema} GRANT USAGE, SELECT ON SEQUENCES TO {GRUPPE}")
    dbnavn = conn.exec_driver_sql("SELECT current_database()").scalar()
    x(f'GRANT CONNECT ON DATABASE "{dbnavn}" TO {GRUPPE}')


def sett_innlogging(conn: Connection, rolle: str, passord: str, *, ny: bool = False) -> None:
    """Create the user's LOGIN role in the group, or set a new password on it.

    ``ny``: the role is for a user being created, so one that already exists in the cluster
    (another database's user, a leftover) is a clash, not something to take over.
    """
    from psycopg import sql

    raa = conn.connection.driver_connection
    assert raa is not None  # None only once the connection is invalidated
    finnes = _finnes(conn, rolle)
    if finnes and ny:
        raise UgyldigInndata(
            f"Databaserollen {rolle} finnes allerede på PostgreSQL-serveren (en annen database eller en "
            "tidligere bruker); velg andre initialer, eller fjern rollen først"
        )
    hva = "ALTER" if finnes else "CREATE"
    raa.execute(
        sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
            sql.SQL(hva), sql.Identifier(rolle), sql.Literal(passordhash(raa, rolle, passord))
        )
    )
    raa.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GRUPPE), sql.Identifier(rolle)))


def passordhash(raa, rolle: str, passord: str) -> str:
    """The SCRAM-SHA-256 verifier of ``passord``, computed by libpq on this side of the connection.

    CREATE/ALTER ROLE then carries only the verifier, so the password itself never reaches the
    server, its ``log_statement`` log or pg_stat_statements.
    """
    return raa.pgconn.encrypt_password(passord.encode(), rolle.encode(), b"scram-sha-256").decode()


def steng_innlogging(conn: Connection, rolle: str) -> None:
    """A deactivated user keeps the role (history refers to it) but can no longer log in."""
    if _finnes(conn, rolle):
        conn.exec_driver_sql(f"ALTER ROLE {_q(rolle)} NOLOGIN")


def sett_serverbruker(conn: Connection, rolle: str) -> None:
    """The user's role for the application server: NOLOGIN, in the group, and switchable-to.

    Nobody logs in as it; the server's own login (the connection running this, normally the owner
    of the tables) is made a member so it can ``SET LOCAL ROLE`` to it and let row-level security
    and the write checks judge each request as that user.
    """
    x = conn.exec_driver_sql
    q = _q(rolle)
    x(f"{'ALTER' if _finnes(conn, rolle) else 'CREATE'} ROLE {q} NOLOGIN")
    x(f"GRANT {GRUPPE} TO {q}")
    if not conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar():
        x(f"GRANT {q} TO CURRENT_USER")
