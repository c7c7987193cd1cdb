"""The replica file: the registry schema (same as the embedded database) plus sync bookkeeping.

Bookkeeping tables live only in the replica: ``synk_tilstand`` (how far we have
pulled), ``synk_utboks`` (actions made offline, in order, each with a request id
the server records with the action), ``synk_konflikt``
(replays the server refused) and ``synk_lokal`` (rows the offline actions
created or changed provisionally, reset from the server after replay).

``Bokforing`` is the one place that reads or writes these tables; the sync client
(app.services.synk) and the pull ask it, and hold no SQL of their own. Arguments
are stored as the text the client's codec made; this layer never decodes them.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, text

from app.domain import regler
from app.store.db import Database, registrer_funksjoner

if TYPE_CHECKING:
    from app.store.sync.pull import Endringer, Markor

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
    fil = replika.engine.url.database
    assert fil, "a replica is always a file (aapne_replika)"
    c = sqlite3.connect(fil, timeout=30, isolation_level=None)
    registrer_funksjoner(c)  # the search tables' triggers fold with it
    c.execute("PRAGMA busy_timeout=30000")
    c.execute("PRAGMA foreign_keys=OFF")
    c.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses at most the last batch, never the file
    return c


def les_tilstand(c: sqlite3.Connection, nokkel: str, standard: str) -> str:
    rad = c.execute("SELECT verdi FROM synk_tilstand WHERE nokkel = ?", (nokkel,)).fetchone()
    return rad[0] if rad else standard


def skriv_tilstand(c: sqlite3.Connection, nokkel: str, verdi: str) -> None:
    c.execute("INSERT OR REPLACE INTO synk_tilstand (nokkel, verdi) VALUES (?, ?)", (nokkel, verdi))


def _replikakolonner(c: sqlite3.Connection, tabell: str) -> set[str]:
    if tabell == "fulltekst":
        return {"id", "journalpost_id", "tekst"}
    return {r[1] for r in c.execute(f'PRAGMA table_info("{tabell}")')}


def _upsert_sql(tabell: str, kolonner: list[str]) -> str:
    if tabell == "fulltekst":  # stored folded, as the search compares it (app/domain/regler/sok.py)
        return (
            "INSERT OR REPLACE INTO fulltekst (rowid, journalpost_id, tekst) "
            "VALUES (?, ?, sok_fold(?))"
        )
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


#: During a first sync the search tables' triggers (migration 0018) are off: they fire per row
#: (a korrespondansepart rewrites its journalpost's whole entry), which was most of the desktop's
#: time. Their SQL is kept here in the replica, in the batch's own transaction, so a first sync cut
#: off and resumed (even by a later run of the program) still puts them back; at the closing line
#: the index is built in one statement per table and the triggers are made again.
SOKEUTLOSERE = "forste_sokeutlosere"


def _sokeutlosere_av(c: sqlite3.Connection) -> None:
    if les_tilstand(c, SOKEUTLOSERE, ""):
        return  # off already (an earlier batch of this first sync)
    rader = c.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sok!_%' ESCAPE '!' ORDER BY name"
    ).fetchall()
    if not rader:
        return
    skriv_tilstand(c, SOKEUTLOSERE, json.dumps([sql for _, sql in rader]))
    for navn, _ in rader:
        c.execute(f'DROP TRIGGER "{navn}"')


def _sokeutlosere_paa(c: sqlite3.Connection) -> None:
    from app.store.fulltekst import fyll_sokeindeks

    tekst = les_tilstand(c, SOKEUTLOSERE, "")
    if not tekst:
        return
    fyll_sokeindeks(c.execute, fold_fulltekst=False)  # fulltekst arrives folded (_upsert_sql)
    for sql in json.loads(tekst):
        c.execute(sql)
    c.execute("DELETE FROM synk_tilstand WHERE nokkel = ?", (SOKEUTLOSERE,))


#: Per replica, where missing file content comes from: (dokument_id, versjon, variant, sjekksum) → bytes
#: or None. The sync client registers its transport; ``dokumenter.les_innhold`` asks when a row is missing.
Innholdskilde = Callable[[int, int, str, str], "bytes | None"]
INNHOLDSKILDER: weakref.WeakKeyDictionary[Database, Innholdskilde] = weakref.WeakKeyDictionary()


def innhold_fra_kilde(db: Database, dokument_id: int, versjon: int, variant: str, sjekksum: str) -> bytes | None:
    """Content the replica does not hold yet, fetched through its sync client (None: not a replica)."""
    kilde = INNHOLDSKILDER.get(db)
    return kilde(dokument_id, versjon, variant, sjekksum) if kilde is not None else None


#: Provisional numbers in the replica start here, far above anything the server has handed out.
LOKAL_NUMMERSTART = 1_000_000


@dataclass(frozen=True)
class Utboksrad:
    """One queued call: the service's name, its arguments as codec text, the versjoner the user saw."""

    id: int
    tjeneste: str
    args: str
    versjoner: dict[str, int]
    lokalt_nr: str | None
    foresporsel: str


@dataclass(frozen=True)
class Konfliktrad:
    """A replay the server refused, kept until the user settles it."""

    id: int
    tjeneste: str
    args: str
    melding: str
    tid: str
    lokalt_nr: str | None


class Bokforing:
    """The sync bookkeeping of one replica file: outbox, conflicts, provisional rows, pull state."""

    def __init__(self, replika: Database) -> None:
        self.replika = replika

    @contextlib.contextmanager
    def _c(self) -> Iterator[sqlite3.Connection]:
        c = raa_forbindelse(self.replika)
        try:
            yield c
        finally:
            c.close()

    # --- the outbox -------------------------------------------------------------

    def legg_i_utboks(
        self, tjeneste: str, args: str, versjoner: dict[str, int], foresporsel: str | None = None
    ) -> int:
        """Queue a call; ``foresporsel`` is its request id (a uuid; a new one unless the call may already
        have reached the server, e.g. the connection broke during the commit)."""
        with self._c() as c:
            cur = c.execute(
                "INSERT INTO synk_utboks (tjeneste, args, versjoner, foresporsel) VALUES (?, ?, ?, ?)",
                (tjeneste, args, json.dumps(versjoner), foresporsel or str(uuid.uuid4())),
            )
            return int(cur.lastrowid or 0)

    def sett_lokalt_nr(self, utboks_id: int, nr: str) -> None:
        """The replica's own number for the journalpost the queued call made (swapped on replay)."""
        with self._c() as c:
            c.execute("UPDATE synk_utboks SET lokalt_nr = ? WHERE id = ?", (nr, utboks_id))

    def angre(self, utboks_id: int) -> None:
        """Drop a queued call and the provisional rows it made (the rules refused it locally)."""
        with self._c() as c:
            c.execute("DELETE FROM synk_utboks WHERE id = ?", (utboks_id,))
            c.execute("DELETE FROM synk_lokal WHERE utboks_id = ?", (utboks_id,))

    def fjern_fra_utboks(self, utboks_id: int) -> None:
        with self._c() as c:
            c.execute("DELETE FROM synk_utboks WHERE id = ?", (utboks_id,))

    def ventende(self) -> list[Utboksrad]:
        """The queue in order. A row queued before request ids existed gets one now, before any replay."""
        with self._c() as c:
            for (rad_id,) in c.execute("SELECT id FROM synk_utboks WHERE foresporsel IS NULL").fetchall():
                c.execute("UPDATE synk_utboks SET foresporsel = ? WHERE id = ?", (str(uuid.uuid4()), rad_id))
            return [
                Utboksrad(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5])
                for r in c.execute(
                    "SELECT id, tjeneste, args, versjoner, lokalt_nr, foresporsel FROM synk_utboks ORDER BY id"
                )
            ]

    def antall_ventende(self) -> int:
        with self._c() as c:
            return int(c.execute("SELECT count(*) FROM synk_utboks").fetchone()[0])

    # --- conflicts ----------------------------------------------------------------

    def ny_konflikt(
        self, *, tjeneste: str, args: str, versjoner: dict[str, int], lokalt_nr: str | None, melding: str
    ) -> None:
        with self._c() as c:
            c.execute(
                "INSERT INTO synk_konflikt (tjeneste, args, versjoner, lokalt_nr, melding) VALUES (?, ?, ?, ?, ?)",
                (tjeneste, args, json.dumps(versjoner), lokalt_nr, melding),
            )

    def konflikter(self) -> list[Konfliktrad]:
        """Open conflicts, oldest first."""
        with self._c() as c:
            return [
                Konfliktrad(*r)
                for r in c.execute(
                    "SELECT id, tjeneste, args, melding, tid, lokalt_nr FROM synk_konflikt "
                    "WHERE loest IS NULL ORDER BY id"
                )
            ]

    def aapen_konflikt(self, konflikt_id: int) -> Konfliktrad | None:
        return next((k for k in self.konflikter() if k.id == konflikt_id), None)

    def merk_loest(self, konflikt_id: int, valg: str) -> None:
        with self._c() as c:
            c.execute("UPDATE synk_konflikt SET loest = ? WHERE id = ?", (valg, konflikt_id))

    # --- provisional rows and numbers ---------------------------------------------

    @staticmethod
    def merk_lokale(
        conn: Connection, utboks_id: int, rader: Iterable[tuple[str, dict[str, Any], bool]]
    ) -> None:
        """Remember which rows a provisional action touched, in that action's own replica transaction."""
        for tabell, nokkel, ny in rader:
            conn.execute(
                text(
                    "INSERT OR IGNORE INTO synk_lokal (tabell, nokkel, utboks_id, ny) VALUES (:t, :n, :u, :ny)"
                ),
                {"t": tabell, "n": json.dumps(nokkel, sort_keys=True), "u": utboks_id, "ny": int(ny)},
            )

    def lokale_rader(self) -> list[tuple[str, dict]]:
        """(table, primary key) of every provisional row: read again from the server after replay."""
        with self._c() as c:
            return [(t, json.loads(n)) for t, n in c.execute("SELECT tabell, nokkel FROM synk_lokal")]

    def glem_lokale(self) -> None:
        with self._c() as c:
            c.execute("DELETE FROM synk_lokal")

    @staticmethod
    def _nye_journalposter(c: sqlite3.Connection) -> list[int]:
        """Journalposter made offline, in the order they were made ("foreløpig 1", "foreløpig 2", …)."""
        return [
            json.loads(r[0])["id"]
            for r in c.execute(
                "SELECT nokkel FROM synk_lokal WHERE tabell = 'journalpost' AND ny = 1 ORDER BY utboks_id, nokkel"
            )
        ]

    @staticmethod
    def _nummer(c: sqlite3.Connection, jp_id: int) -> tuple[int, int, int] | None:
        return c.execute(
            "SELECT s.saksaar, s.sakssekvensnummer, j.dokumentnummer FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id WHERE j.id = ?",
            (jp_id,),
        ).fetchone()

    def forelopige_numre(self, journalpost_ider: Iterable[int] | None = None) -> dict[int, str]:
        """ "2026/12-(foreløpig 1)" for each journalpost made offline and not yet on the server.

        With ``journalpost_ider`` only those (a kurv page); with nothing pending it is one cheap query.
        """
        with self._c() as c:
            onsket = None if journalpost_ider is None else set(journalpost_ider)
            ut: dict[int, str] = {}
            for i, jp_id in enumerate(self._nye_journalposter(c), start=1):
                if onsket is not None and jp_id not in onsket:
                    continue
                rad = self._nummer(c, jp_id)
                if rad:
                    ut[jp_id] = f"{rad[0]}/{rad[1]}-(foreløpig {i})"
            return ut

    def lokale_numre(self) -> dict[str, str]:
        """Provisional numbers as the user sees them → the replica's local numbers (chained offline work)."""
        with self._c() as c:
            ut = {}
            for i, jp_id in enumerate(self._nye_journalposter(c), start=1):
                rad = self._nummer(c, jp_id)
                if rad:
                    ut[f"{rad[0]}/{rad[1]}-(foreløpig {i})"] = regler.journalpostnummer(*rad)
            return ut

    def lokale_nummerserier(self) -> None:
        """Let offline numbering in the replica run in its own range, so it never meets a server number.

        The user sees "(foreløpig n)" instead; the server assigns the real number on replay.
        """
        with self._c() as c:
            for serie, aar_kol, nr_kol, tabell in (
                ("journal", "journalaar", "journalsekvensnummer", "journalpost"),
                ("sak", "saksaar", "sakssekvensnummer", "sak"),
            ):
                c.execute(
                    f"INSERT OR REPLACE INTO nummerserie (serie, aar, siste) "
                    f"SELECT ?, t.{aar_kol}, max(max(t.{nr_kol}) + ?, coalesce(max(n.siste), 0)) FROM {tabell} t "
                    f"LEFT JOIN nummerserie n ON n.serie = ? AND n.aar = t.{aar_kol} GROUP BY t.{aar_kol}",
                    (serie, LOKAL_NUMMERSTART, serie),
                )
                c.execute(
                    "INSERT OR IGNORE INTO nummerserie (serie, aar, siste) "
                    "VALUES (?, CAST(strftime('%Y', 'now') AS INTEGER), ?)",
                    (serie, LOKAL_NUMMERSTART),
                )

    # --- the pull: where we are, what we hold, applying what changed ------------------

    def markor(self) -> Markor:
        from app.store.sync.pull import Markor

        with self._c() as c:
            return Markor(
                int(les_tilstand(c, "endringsnr", "0")),
                les_tilstand(c, "xmin", "0"),
                les_tilstand(c, "idsjekk", ""),
            )

    def skjermede_nokler(self) -> dict[str, set[tuple]]:
        """The replica's keys in every table under row-level security (for the pull's id check)."""
        from app.store.pg.ddl import SKJERMEDE_TABELLER, SYNK_TABELLER

        with self._c() as c:
            return {t: _nokler_lokalt(c, t, SYNK_TABELLER[t]) for t in SKJERMEDE_TABELLER}

    def bruk_endringer(self, e: Endringer, *, tilbakestill: Iterable[tuple[str, dict]] = ()) -> int:
        """Apply a pull in one replica transaction; returns the number of rows applied.

        Rows the offline actions made provisionally stay, even if the server's id check does not
        know them (they are not on the server yet); ``tilbakestill`` rows are dropped and read again.
        """
        from app.store.pg.ddl import SYNK_TABELLER

        c = raa_forbindelse(self.replika)
        try:
            hold = self.forelopige_nokler(c, SYNK_TABELLER) if e.borte else {}
            c.execute("BEGIN IMMEDIATE")
            try:
                for tabell, nokkel in tilbakestill:
                    _slett(c, tabell, nokkel)
                for tabell, nokkel in e.slettinger:
                    _slett(c, tabell, nokkel)
                borte = [(t, n) for t, n in e.borte if tuple(n.values()) not in hold.get(t, set())]
                for tabell, nokkel in borte:
                    _slett(c, tabell, nokkel)
                antall = len(e.slettinger) + len(borte)
                for t in e.tabeller:
                    har = _replikakolonner(c, t.tabell)
                    behold = [i for i, k in enumerate(t.kolonner) if k in har]
                    navn = [t.kolonner[i] for i in behold]
                    c.executemany(_upsert_sql(t.tabell, navn), [[r[i] for i in behold] for r in t.rader])
                    antall += len(t.rader)
                m = e.markor
                skriv_tilstand(c, "endringsnr", str(m.endringsnr))
                skriv_tilstand(c, "xmin", m.xmin)
                skriv_tilstand(c, "idsjekk", m.idsjekk)
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        finally:
            c.close()
        self.replika.glem_innstillinger()  # settings may have arrived with the pull
        return antall

    # --- the first sync: batch by batch, the cursor stored with each ---------------------

    def forste_markor(self) -> dict | None:
        """The cursor of a first sync that began and did not finish (None: none is under way)."""
        with self._c() as c:
            tekst = les_tilstand(c, "forste", "")
        return json.loads(tekst) if tekst else None

    def bruk_bunke(self, linje: dict) -> int:
        """One batch of a first sync (``app.store.sync.forste``) in one replica transaction, with the
        cursor that follows it; the closing line sets the pull's own cursor. Returns rows written."""
        c = raa_forbindelse(self.replika)
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                antall = 0
                if "slutt" in linje:
                    m = linje["slutt"]
                    skriv_tilstand(c, "endringsnr", str(int(m["endringsnr"])))
                    skriv_tilstand(c, "xmin", str(m["xmin"]))
                    skriv_tilstand(c, "idsjekk", str(m["idsjekk"]))
                    c.execute("DELETE FROM synk_tilstand WHERE nokkel = 'forste'")
                    _sokeutlosere_paa(c)
                else:
                    _sokeutlosere_av(c)
                    tabell, kolonner, rader = linje["tabell"], linje["kolonner"], linje["rader"]
                    if rader:
                        har = _replikakolonner(c, tabell)
                        behold = [i for i, k in enumerate(kolonner) if k in har]
                        navn = [kolonner[i] for i in behold]
                        if len(behold) == len(kolonner):
                            c.executemany(_upsert_sql(tabell, navn), rader)
                        else:
                            c.executemany(_upsert_sql(tabell, navn), [[r[i] for i in behold] for r in rader])
                        antall = len(rader)
                    skriv_tilstand(c, "forste", json.dumps(linje["markor"]))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        finally:
            c.close()
        if "slutt" in linje:
            self.replika.glem_innstillinger()
        return antall

    # --- file content on demand ----------------------------------------------------------

    def journalpost_for_dokument(self, dokument_id: int) -> str | None:
        """The number of a journalpost the document is linked to (the server checks access there)."""
        with self._c() as c:
            rad = c.execute(
                "SELECT s.saksaar, s.sakssekvensnummer, j.dokumentnummer FROM journalpost_dokument jd "
                "JOIN journalpost j ON j.id = jd.journalpost_id JOIN sak s ON s.id = j.sak_id "
                "WHERE jd.dokument_id = ? ORDER BY j.id LIMIT 1",
                (dokument_id,),
            ).fetchone()
        return regler.journalpostnummer(*rad) if rad else None

    def lagre_innhold(self, sjekksum: str, data: bytes) -> None:
        """Keep fetched content for next time. Best effort: when the caller's own transaction holds
        the replica's write lock the content is simply fetched again next time."""
        with self._c() as c:
            c.execute("PRAGMA busy_timeout=500")
            try:
                c.execute(
                    "INSERT OR REPLACE INTO innhold (sjekksum, storrelse, data) VALUES (?, ?, ?)",
                    (sjekksum, len(data), data),
                )
            except sqlite3.OperationalError:
                pass

    # --- pull state (inside the pull's own replica transaction) ----------------------

    les_tilstand = staticmethod(les_tilstand)
    skriv_tilstand = staticmethod(skriv_tilstand)

    @staticmethod
    def forelopige_nokler(
        c: sqlite3.Connection, primaernokler: dict[str, tuple[str, ...]]
    ) -> dict[str, set[tuple]]:
        """Rows the offline actions made or changed provisionally: not the server's to take away."""
        ut: dict[str, set[tuple]] = {}
        for tabell, nokkel in c.execute("SELECT tabell, nokkel FROM synk_lokal"):
            n = json.loads(nokkel)
            ut.setdefault(tabell, set()).add(tuple(n[k] for k in primaernokler.get(tabell, ())))
        return ut
