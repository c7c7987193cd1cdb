"""The depot check's memory: systemIDs, references and journal entries in a temporary SQLite file.

A 1,000,000-journalpost uttrekk holds some five million systemIDs (journalposter,
dokumentbeskrivelser, dokumentobjekter) and a million document files; as Python sets they alone
would take more than the whole export may use. Here they go to disk in batches, without an index
while the files are read; the checks are then a few indexed SQL queries (duplicates by GROUP BY,
unresolved references by NOT EXISTS). SQLite's page cache is capped, so memory stays flat however
large the uttrekk. The file lives in a temporary folder removed when the check ends.
"""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

BUNKE = 20_000
"""Rows per executemany."""

# Kinds of systemID owner.
ANNET, ARKIVDEL, KLASSE, MAPPE, REGISTRERING = 0, 1, 2, 3, 4
JOURNALPOST = 5
"""A registrering with a journaldato (counted against the journals)."""
EIER = {"arkivdel": ARKIVDEL, "klasse": KLASSE, "mappe": MAPPE, "registrering": REGISTRERING}

Nokkel = bytes | str


def nokkel(tekst: str | None) -> Nokkel:
    """A systemID as the 16 bytes of its UUID, else the text itself."""
    t = (tekst or "").strip()
    try:
        return uuid.UUID(t).bytes
    except ValueError:
        return t


def vis(k: Nokkel) -> str:
    return str(uuid.UUID(bytes=k)) if isinstance(k, bytes) else k


class Idlager:
    """Append while reading; ask when done. Use as a context manager."""

    def __init__(self) -> None:
        self._mappe = tempfile.TemporaryDirectory(prefix="saksbord-kontroll-")
        self.db = sqlite3.connect(Path(self._mappe.name) / "ider.sqlite", isolation_level=None)
        for p in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "cache_size=-16384",  # 16 MB of pages, whatever the size of the uttrekk
            "temp_store=FILE",
        ):
            self.db.execute(f"PRAGMA {p}")
        self.db.executescript(
            """
            CREATE TABLE sid (k, art INTEGER);
            CREATE TABLE ref (navn TEXT, k, hvor TEXT);
            CREATE TABLE jr (fil INTEGER, k);
            CREATE TABLE fil (sti TEXT PRIMARY KEY) WITHOUT ROWID;
            """
        )
        self.db.execute("BEGIN")  # one transaction for the whole load (per-row autocommit is slow)
        self._sid: list[tuple[Nokkel, int]] = []
        self._ref: list[tuple[str, Nokkel, str]] = []
        self._jr: list[tuple[int, Nokkel]] = []
        self._indeksert = False

    def __enter__(self) -> Idlager:
        return self

    def __exit__(self, *_exc) -> None:
        self.db.close()
        self._mappe.cleanup()

    # --- while reading --------------------------------------------------------------------

    def systemid(self, k: Nokkel, art: int) -> None:
        self._sid.append((k, art))
        if len(self._sid) >= BUNKE:
            self._tom()

    def referanse(self, navn: str, k: Nokkel, hvor: str) -> None:
        self._ref.append((navn, k, hvor))
        if len(self._ref) >= BUNKE:
            self._tom()

    def journal(self, fil: int, k: Nokkel) -> None:
        self._jr.append((fil, k))
        if len(self._jr) >= BUNKE:
            self._tom()

    def ny_fil(self, sti: str) -> bool:
        """True the first time ``sti`` is seen (a document file shared by several objects is checked once)."""
        return self.db.execute("INSERT OR IGNORE INTO fil VALUES (?)", (sti,)).rowcount == 1

    def har_fil(self, sti: str) -> bool:
        return self.db.execute("SELECT 1 FROM fil WHERE sti = ?", (sti,)).fetchone() is not None

    def _tom(self) -> None:
        if not (self._sid or self._ref or self._jr):
            return
        egen = not self.db.in_transaction  # after the first question: rows added in their own transaction
        if egen:
            self.db.execute("BEGIN")
        if self._sid:
            self.db.executemany("INSERT INTO sid VALUES (?, ?)", self._sid)
        if self._ref:
            self.db.executemany("INSERT INTO ref VALUES (?, ?, ?)", self._ref)
        if self._jr:
            self.db.executemany("INSERT INTO jr VALUES (?, ?)", self._jr)
        if egen:
            self.db.execute("COMMIT")
        self._sid, self._ref, self._jr = [], [], []

    # --- when done ------------------------------------------------------------------------

    def _klar(self) -> None:
        self._tom()
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        if not self._indeksert:
            self.db.executescript("CREATE INDEX sid_k ON sid (k, art); CREATE INDEX jr_fk ON jr (fil, k);")
            self._indeksert = True

    def duplikater(self) -> Iterator[tuple[Nokkel, int]]:
        """Every systemID that occurs more than once, with its count."""
        self._klar()
        yield from self.db.execute("SELECT k, count(*) FROM sid GROUP BY k HAVING count(*) > 1 ORDER BY k")

    def uloste(self, navn: str, arter: tuple[int, ...] | None) -> Iterator[tuple[Nokkel, str]]:
        """References ``navn`` whose target is no systemID of the given kinds (None: of any kind)."""
        self._klar()
        if arter is None:
            hvor, args = "", ()
        else:
            hvor, args = f" AND s.art IN ({','.join('?' * len(arter))})", arter
        yield from self.db.execute(
            "SELECT r.k, r.hvor FROM ref r WHERE r.navn = ? AND NOT EXISTS "
            f"(SELECT 1 FROM sid s WHERE s.k = r.k{hvor}) ORDER BY r.rowid",
            (navn, *args),
        )

    def antall(self, art: int) -> int:
        self._klar()
        return self.db.execute("SELECT count(DISTINCT k) FROM sid WHERE art = ?", (art,)).fetchone()[0]

    def journal_uten(self, fil: int, i: int | None) -> Iterator[Nokkel]:
        """Entries of journal ``fil`` whose systemID is not in journal ``i`` (None: not a journalpost
        of arkivstruktur.xml), sorted."""
        self._klar()
        if i is None:
            q = (
                "SELECT DISTINCT j.k FROM jr j WHERE j.fil = ? AND j.k != '' AND NOT EXISTS "
                f"(SELECT 1 FROM sid s WHERE s.k = j.k AND s.art = {JOURNALPOST}) ORDER BY j.k"
            )
            args: tuple[int, ...] = (fil,)
        else:
            q = (
                "SELECT DISTINCT j.k FROM jr j WHERE j.fil = ? AND j.k != '' AND NOT EXISTS "
                "(SELECT 1 FROM jr o WHERE o.fil = ? AND o.k = j.k) ORDER BY j.k"
            )
            args = (fil, i)
        for (k,) in self.db.execute(q, args):
            yield k
