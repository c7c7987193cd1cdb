"""Incremental pull: the rows changed on the server since last time, as the user may see them.

Every synced PostgreSQL row carries ``endringsnr`` (one sequence) and
``endringsxid`` (the writing transaction). A transaction that commits late can
hold a smaller endringsnr than rows already pulled, so besides
``endringsnr > sist`` the pull also re-reads rows written by transactions that
were still open at the previous pull (``endringsxid >= xmin`` of that
snapshot). All tables are read in one REPEATABLE READ snapshot over the user's
own connection, so row-level security decides what arrives.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime

from app.store.db import Database
from app.store.models import Base
from app.store.pg.ddl import SLETTET, SYNK_TABELLER
from app.store.sync.replika import les_tilstand, raa_forbindelse, skriv_tilstand


def _dato(v):
    return v.isoformat() if isinstance(v, date) else v


def _tid(v):
    return v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v


def _bool(v):
    return int(v) if isinstance(v, bool) else v


def _kolonner(c: sqlite3.Connection, tabell: str) -> list[tuple[str, Callable | None]]:
    """The replica's columns for ``tabell`` and how to turn a psycopg value into what SQLAlchemy stored."""
    if tabell == "fulltekst":
        return [("id", None), ("journalpost_id", None), ("tekst", None)]
    modell = Base.metadata.tables[tabell]
    har = {r[1] for r in c.execute(f'PRAGMA table_info("{tabell}")')}
    ut = []
    for kol in modell.columns:
        if kol.name not in har:
            continue
        t = kol.type
        konv = (
            _tid
            if isinstance(t, DateTime)
            else _dato
            if isinstance(t, Date)
            else _bool
            if isinstance(t, Boolean)
            else None
        )
        ut.append((kol.name, konv))
    return ut


def _upsert_sql(tabell: str, kolonner: list[str]) -> str:
    if tabell == "fulltekst":
        return "INSERT OR REPLACE INTO fulltekst (rowid, journalpost_id, tekst) VALUES (?, ?, ?)"
    navn = ", ".join(f'"{k}"' for k in kolonner)
    return f'INSERT OR REPLACE INTO "{tabell}" ({navn}) VALUES ({", ".join("?" * len(kolonner))})'


def _slett(c: sqlite3.Connection, tabell: str, nokkel: dict) -> None:
    if tabell == "fulltekst":
        c.execute("DELETE FROM fulltekst WHERE rowid = ?", (nokkel["id"],))
        return
    hvor = " AND ".join(f'"{k}" = ?' for k in nokkel)
    c.execute(f'DELETE FROM "{tabell}" WHERE {hvor}', tuple(nokkel.values()))


def _pg_tilkobling(pg: Database):
    """A psycopg connection in one REPEATABLE READ read-only transaction."""
    conn = pg.engine.connect().execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return conn


def synk_ned(replika: Database, pg: Database, *, tilbakestill: list[tuple[str, dict]] = ()) -> int:
    """Pull what changed on the server into the replica; returns the number of rows applied.

    ``tilbakestill``: rows changed provisionally offline, (table, primary key) —
    dropped from the replica and read again from the server in the same snapshot.
    """
    lok = raa_forbindelse(replika)
    try:
        sist = int(les_tilstand(lok, "endringsnr", "0"))
        xmin = les_tilstand(lok, "xmin", "0")
        with _pg_tilkobling(pg) as conn, conn.begin():
            cur = conn.connection.driver_connection.cursor()
            ny_xmin = cur.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
            slettinger = cur.execute(
                f"SELECT tabell, nokkel, endringsnr FROM {SLETTET} "
                "WHERE endringsnr > %s OR endringsxid >= %s::xid8 ORDER BY endringsnr",
                (sist, xmin),
            ).fetchall()
            hoyest = max([sist, *(r[2] for r in slettinger)])
            rader: list[tuple[str, str, list]] = []
            gjenles: dict[str, list] = {}
            for tabell, nokkel in tilbakestill:
                gjenles.setdefault(tabell, []).append(nokkel)
            for tabell, _pk in SYNK_TABELLER.items():
                kol = _kolonner(lok, tabell)
                navn = [k for k, _ in kol]
                konv = [(i, f) for i, (_, f) in enumerate(kol) if f is not None]
                sql = f'SELECT {", ".join(chr(34) + k + chr(34) for k in navn)}, endringsnr FROM "{tabell}" '
                cur.execute(
                    sql + "WHERE endringsnr > %s OR endringsxid >= %s::xid8 ORDER BY endringsnr", (sist, xmin)
                )
                hentet = cur.fetchall()
                if tabell in gjenles:
                    for nokkel in gjenles[tabell]:
                        hvor = " AND ".join(f'"{k}" = %s' for k in nokkel)
                        hentet += cur.execute(sql + f"WHERE {hvor}", tuple(nokkel.values())).fetchall()
                if not hentet:
                    continue
                ut = []
                for r in hentet:
                    rad = list(r[:-1])
                    for i, f in konv:
                        if rad[i] is not None:
                            rad[i] = f(rad[i])
                    ut.append(rad)
                    hoyest = max(hoyest, r[-1])
                rader.append((tabell, _upsert_sql(tabell, navn), ut))
        lok.execute("BEGIN IMMEDIATE")
        try:
            for tabell, nokkel in tilbakestill:
                _slett(lok, tabell, nokkel)
            for tabell, nokkel, _nr in slettinger:
                if tabell in SYNK_TABELLER:
                    _slett(lok, tabell, nokkel if isinstance(nokkel, dict) else json.loads(nokkel))
            antall = len(slettinger)
            for _tabell, sql, ut in rader:
                lok.executemany(sql, ut)
                antall += len(ut)
            skriv_tilstand(lok, "endringsnr", str(hoyest))
            skriv_tilstand(lok, "xmin", ny_xmin)
            lok.execute("COMMIT")
        except BaseException:
            lok.execute("ROLLBACK")
            raise
        replika._innstillinger = None
        return antall
    finally:
        lok.close()
