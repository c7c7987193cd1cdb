"""Incremental pull: the rows changed on the server since last time, as the user may see them.

Every synced PostgreSQL row carries ``endringsnr`` (one sequence) and
``endringsxid`` (the writing transaction). A transaction that commits late can
hold a smaller endringsnr than rows already pulled, so besides
``endringsnr > sist`` the pull also re-reads rows written by transactions that
were still open at the previous pull (``endringsxid >= xmin`` of that
snapshot). All tables are read in one REPEATABLE READ snapshot over the user's
own connection, so row-level security decides what arrives.

Rows can also leave (or enter) the user's sight without changing themselves: a
code or stedfortreder period is revoked, a sak is shielded after the fact. The
server marks such transactions in ``saksbord_synlighet`` (no ids); when the
pull meets a new mark — or once a day, as stedfortreder periods run out by
date — it compares the ids the user may see now in every RLS table with the
replica's, deletes what is no longer visible and fetches what became visible.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime

from app.store.db import Database
from app.store.models import Base
from app.store.pg.ddl import SKJERMEDE_TABELLER, SLETTET, SYNK_TABELLER, SYNLIGHET
from app.store.sync.replika import Bokforing, raa_forbindelse


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


def _nokler_lokalt(c: sqlite3.Connection, tabell: str, pk: tuple[str, ...]) -> set[tuple]:
    kol = "rowid" if tabell == "fulltekst" else ", ".join(f'"{k}"' for k in pk)
    return set(c.execute(f'SELECT {kol} FROM "{tabell}"'))


def _sjekk_ider(cur, lok: sqlite3.Connection, tabell: str, sql: str) -> tuple[list[dict], list]:
    """Visible ids on the server vs. the replica: (keys to delete, missing rows read now)."""
    pk = SYNK_TABELLER[tabell]
    kol = ", ".join(f'"{k}"' for k in pk)
    server = set(cur.execute(f'SELECT {kol} FROM "{tabell}"').fetchall())
    lokalt = _nokler_lokalt(lok, tabell, pk)
    borte = [dict(zip(pk, n, strict=True)) for n in lokalt - server]
    mangler = sorted(server - lokalt, key=repr)
    nye: list = []
    for i in range(0, len(mangler), 1000):
        bit = mangler[i : i + 1000]
        if len(pk) == 1:
            nye += cur.execute(sql + f'WHERE "{pk[0]}" = ANY(%s)', ([n[0] for n in bit],)).fetchall()
        else:
            verdier = ", ".join(["(" + ", ".join(["%s"] * len(pk)) + ")"] * len(bit))
            nye += cur.execute(
                sql + f"WHERE ({kol}) IN (VALUES {verdier})", [v for n in bit for v in n]
            ).fetchall()
    return borte, nye


def _pg_tilkobling(pg: Database):
    """A psycopg connection in one REPEATABLE READ read-only transaction."""
    conn = pg.engine.connect().execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return conn


def synk_ned(
    replika: Database, pg: Database, *, tilbakestill: Sequence[tuple[str, dict]] = (), full: bool = False
) -> int:
    """Pull what changed on the server into the replica; returns the number of rows applied.

    ``tilbakestill``: rows changed provisionally offline, (table, primary key) —
    dropped from the replica and read again from the server in the same snapshot.
    ``full``: re-check the visible ids of every RLS table now (else on a visibility mark or a new day).
    """
    lok = raa_forbindelse(replika)
    try:
        sist = int(Bokforing.les_tilstand(lok, "endringsnr", "0"))
        xmin = Bokforing.les_tilstand(lok, "xmin", "0")
        with _pg_tilkobling(pg) as conn, conn.begin():
            psycopg_conn = conn.connection.driver_connection
            assert psycopg_conn is not None  # None only once the connection is invalidated
            cur = psycopg_conn.cursor()
            ny_xmin, idag = cur.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, current_date::text"
            ).fetchone()
            slettinger = cur.execute(
                f"SELECT tabell, nokkel, endringsnr FROM {SLETTET} "
                "WHERE endringsnr > %s OR endringsxid >= %s::xid8 ORDER BY endringsnr",
                (sist, xmin),
            ).fetchall()
            merke = cur.execute(
                f"SELECT max(endringsnr) FROM {SYNLIGHET} WHERE endringsnr > %s OR endringsxid >= %s::xid8",
                (sist, xmin),
            ).fetchone()[0]
            hoyest = max([sist, merke or 0, *(r[2] for r in slettinger)])
            # A first pull reads everything anyway; later ones check ids on a mark or a new day.
            sjekk = sist > 0 and (
                full or merke is not None or Bokforing.les_tilstand(lok, "idsjekk", "") != idag
            )
            forelopige = Bokforing.forelopige_nokler(lok, SYNK_TABELLER) if sjekk else {}
            borte: list[tuple[str, dict]] = []
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
                if sjekk and tabell in SKJERMEDE_TABELLER:
                    ut_av_syne, nye = _sjekk_ider(cur, lok, tabell, sql)
                    hold = forelopige.get(tabell, set())
                    borte += [(tabell, n) for n in ut_av_syne if tuple(n.values()) not in hold]
                    hentet += nye
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
            for tabell, nokkel in borte:
                _slett(lok, tabell, nokkel)
            antall = len(slettinger) + len(borte)
            for _tabell, sql, ut in rader:
                lok.executemany(sql, ut)
                antall += len(ut)
            Bokforing.skriv_tilstand(lok, "endringsnr", str(hoyest))
            Bokforing.skriv_tilstand(lok, "xmin", ny_xmin)
            if sjekk or sist == 0:
                Bokforing.skriv_tilstand(lok, "idsjekk", idag)
            lok.execute("COMMIT")
        except BaseException:
            lok.execute("ROLLBACK")
            raise
        replika.glem_innstillinger()  # settings may have arrived with the pull
        return antall
    finally:
        lok.close()
