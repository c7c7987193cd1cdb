"""The replica file: the registry schema (same as the embedded database) plus sync bookkeeping.

Bookkeeping tables live only in the replica: ``synk_tilstand`` (how far we have
pulled), ``synk_utboks`` (actions made offline, in order, each with a request id
the server records with the action), ``synk_konflikt``
(replays the server refused) and ``synk_lokal`` (rows the offline actions
created or changed provisionally, reset from the server after replay).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir

from app.store.db import Database

_BOKFORING = """
CREATE TABLE IF NOT EXISTS synk_tilstand (nokkel TEXT PRIMARY KEY, verdi TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS synk_utboks (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tjeneste TEXT NOT NULL, args TEXT NOT NULL,
    versjoner TEXT NOT NULL DEFAULT '{}', lokalt_nr TEXT, tid TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    foresporsel TEXT);
CREATE TABLE IF NOT EXISTS synk_konflikt (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tjeneste TEXT NOT NULL, args TEXT NOT NULL,
    versjoner TEXT NOT NULL DEFAULT '{}', lokalt_nr TEXT, melding TEXT NOT NULL,
    tid TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, loest TEXT);
CREATE TABLE IF NOT EXISTS synk_lokal (
    tabell TEXT NOT NULL, nokkel TEXT NOT NULL, utboks_id INTEGER NOT NULL, ny INTEGER NOT NULL,
    PRIMARY KEY (tabell, nokkel));
"""


def standard_replika_sti(profilnavn: str) -> Path:
    """One replica file per connection profile in the user's data folder."""
    trygt = "".join(c if c.isalnum() or c in "-_" else "_" for c in profilnavn) or "standard"
    return Path(user_data_dir("Saksbord", "Saksbord", roaming=False)) / "replika" / f"{trygt}.sqlite"


def aapne_replika(sti: str | os.PathLike) -> Database:
    """Open (or create) the replica: the registry schema by alembic, then the bookkeeping tables."""
    Path(sti).parent.mkdir(parents=True, exist_ok=True)
    db = Database.aapne(sti)
    with db.engine.begin() as conn:
        for setning in _BOKFORING.split(";"):
            if setning.strip():
                conn.exec_driver_sql(setning)
        kolonner = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(synk_utboks)")}
        if "foresporsel" not in kolonner:  # a replica made before request ids
            conn.exec_driver_sql("ALTER TABLE synk_utboks ADD COLUMN foresporsel TEXT")
    return db


def raa_forbindelse(replika: Database) -> sqlite3.Connection:
    """A plain sqlite3 connection to the replica file for bulk writes (foreign keys off: RLS may hide parents)."""
    c = sqlite3.connect(replika.engine.url.database, timeout=30, isolation_level=None)
    c.execute("PRAGMA busy_timeout=30000")
    c.execute("PRAGMA foreign_keys=OFF")
    return c


def les_tilstand(c: sqlite3.Connection, nokkel: str, standard: str) -> str:
    rad = c.execute("SELECT verdi FROM synk_tilstand WHERE nokkel = ?", (nokkel,)).fetchone()
    return rad[0] if rad else standard


def skriv_tilstand(c: sqlite3.Connection, nokkel: str, verdi: str) -> None:
    c.execute("INSERT OR REPLACE INTO synk_tilstand (nokkel, verdi) VALUES (?, ?)", (nokkel, verdi))
