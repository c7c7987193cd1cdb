"""Cluster roles and grants: one group role for every app user, one LOGIN role per user.

Each user connects with their own role (``sb_<initialer>``), a member of
``saksbord_bruker``; row-level security then asks ``current_user`` who is asking.
The group may read the registry and write case data, but only read users, codes
and settings (a user must not grant themselves a code) and only append to the
endringslogg.
"""

from __future__ import annotations

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
)  # fmt: skip
#: Append-only: the audit trail.
_BARE_NY = ("endringslogg", "utfort_foresporsel")


def rollenavn(initialer: str) -> str:
    """``sb_`` + the initials in lower-case ASCII (æ→ae, ø→o, å→aa), safe as an identifier."""
    tekst = initialer.strip().lower().replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    return "sb_" + re.sub(r"[^a-z0-9_]", "_", tekst)[:60]


def _q(navn: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", navn):
        raise ValueError(f"ugyldig rollenavn {navn!r}")
    return f'"{navn}"'


def _finnes(conn: Connection, rolle: str) -> bool:
    return bool(conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": rolle}).scalar())


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
        if t in _BARE_LES:
            x(f'GRANT SELECT ON TABLE "{t}" TO {GRUPPE}')
        elif t in _BARE_NY:
            x(f'GRANT SELECT, INSERT ON TABLE "{t}" TO {GRUPPE}')
        else:
            x(f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "{t}" TO {GRUPPE}')
    x(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {skjema} TO {GRUPPE}")
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
            sql.SQL(hva), sql.Identifier(rolle), sql.Literal(passord)
        )
    )
    raa.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GRUPPE), sql.Identifier(rolle)))


def steng_innlogging(conn: Connection, rolle: str) -> None:
    """A deactivated user keeps the role (history refers to it) but can no longer log in."""
    if _finnes(conn, rolle):
        conn.exec_driver_sql(f"ALTER ROLE {_q(rolle)} NOLOGIN")
