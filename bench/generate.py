"""Generate a realistic registry for the benchmarks.

    python bench/generate.py --journalposter 1000000 --seed 1 --out /tmp/bench-1m.sqlite
    python bench/generate.py --journalposter 250000 --out postgresql://user@host/db

The schema comes from ``Database.aapne`` (alembic, code lists, arkiv), then
rows are written in bulk inside one transaction: on SQLite through the
sqlite3 cursor's ``executemany`` with journal and sync off and the secondary
indexes dropped until the end, on PostgreSQL with ``COPY``. The registry is a
function of the seed and the sizes, and "today" is the registry's idag()
(SAKSBORD_IDAG on a demo database), so a run is reproducible.

What it holds (default sizes): 1,000,000 journalposter in 240,000 saker over
seven years, 1,500 users in 40 units; I ~50 %, U ~30 %, N/X/S the rest;
mostly journalført, ~10 % waiting for the archive (Til journalføring), a few
per cent open restanser, one busy saksbehandler with 10,000 of them not yet
due (a 10,000-row Ubehandlet), ~5 % shielded (U/P/E), tasks, avskrivninger,
one document per journalpost whose content comes from a pool of a few hundred
blobs, and mail text in the full-text index for one in five.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import math
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.store import fulltekst  # noqa: E402
from app.store.db import Database  # noqa: E402
from bench import ordlister as o  # noqa: E402

AAR = 7
BATCH = 10_000
TUNG_KURV = 10_000  # open restanser not yet due for the busiest saksbehandler
KODER = ("U", "P", "E")
LAST_ALFA, LAST_TAK = 1.16, 400.0  # alpha 1.16: the 80/20 rule
EPOST_ANDEL = 0.4  # of the incoming posts: received by e-mail (body text indexed)
VEDLEGG_TEKST_ANDEL = 0.3  # of the e-mail posts: a PDF attachment whose text is indexed
HJEMMEL = {"U": "Offl. § 13 jf. fvl. § 13", "P": "Offl. § 25", "E": "Offl. § 13 jf. fvl. § 13"}

KOLONNER: dict[str, tuple[str, ...]] = {
    "administrativ_enhet": ("id", "kode", "navn", "leder_id", "overordnet_id"),
    "bruker": ("id", "initialer", "navn", "epost", "enhet_id", "aktiv", "db_rolle"),
    "bruker_rolle": ("bruker_id", "rolle"),
    "bruker_tilgang": ("id", "bruker_id", "tilgangskode", "enhet_id"),
    "stedfortreder": ("id", "leder_id", "stedfortreder_id", "fra", "til", "koder"),
    "sak": (
        "id", "arkivdel_id", "saksaar", "sakssekvensnummer", "tittel", "tittel2", "saksdato", "enhet_id",
        "saksansvarlig_id", "sakstype", "status", "obs_dato", "obs_kommentar", "tilgangskode",
        "skjermingsnivaa", "hjemmel", "siste_dokumentnummer", "opprettet_av_id", "avsluttet_dato",
        "avslutning_bedt", "versjon", "endret",
    ),
    "klassering": ("id", "sak_id", "ordningsprinsipp", "ordningsverdi", "beskrivelse", "sortering"),
    "journalpost": (
        "id", "sak_id", "dokumentnummer", "journalaar", "journalsekvensnummer", "type", "status", "tittel",
        "tittel2", "dokumentdato", "mottatt_dato", "ekspedert_dato", "journaldato", "saksbehandler_id",
        "enhet_id", "forfallsdato", "antall_vedlegg", "tilgangskode", "skjermingsnivaa", "hjemmel",
        "restanse", "forelopig_svar", "opprettet_av_id", "opprettet", "versjon", "endret",
    ),
    "korrespondansepart": (
        "id", "journalpost_id", "rolle", "navn", "adresse", "postnummer", "poststed", "epost",
        "intern_bruker_id", "intern_enhet_id", "kanal", "ekspedert",
    ),
    "innhold": ("sjekksum", "storrelse", "data"),
    "dokumentbeskrivelse": ("id", "tittel", "opprettet", "opprettet_av_id"),
    "dokumentobjekt": (
        "id", "dokument_id", "versjonsnummer", "variantformat", "format", "filnavn", "sjekksum", "storrelse",
        "sider", "kryptert", "opprettet",
    ),
    "journalpost_dokument": ("journalpost_id", "dokument_id", "tilknytning", "rekkefolge"),
    "avskrivning": ("id", "journalpost_id", "kode", "dato", "av_id", "merknad", "svar_journalpost_id", "ventende"),
    "oppgave": (
        "id", "type", "journalpost_id", "sak_id", "fra_id", "paa_vegne_av_id", "til_id", "merknad",
        "gul_merknad", "gul_for_alle", "status", "svar", "sendt", "lest", "besvart", "forrige_id",
        "kjede_start_id",
    ),
    "merknad": ("id", "sak_id", "journalpost_id", "oppgave_id", "type", "tekst", "for_alle", "av_id", "tid"),
    "endringslogg": (
        "id", "tid", "bruker_id", "paa_vegne_av_id", "handling", "entitet", "entitet_id", "sak_id",
        "journalpost_id", "felt", "fra", "til",
    ),
    "fulltekst": ("journalpost_id", "tekst"),
    "nummerserie": ("serie", "aar", "siste"),
}  # fmt: skip
MED_ID = [t for t, k in KOLONNER.items() if k[0] == "id"]


# --- writers -------------------------------------------------------------------


class Skriver:
    """Bulk rows into one database inside one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rader: dict[str, int] = {}

    def skriv(self, tabell: str, rader: Sequence[tuple]) -> None:
        if rader:
            self._skriv(tabell, KOLONNER[tabell], rader)
            self.rader[tabell] = self.rader.get(tabell, 0) + len(rader)


def _fulltekst_fold():
    """The store's folding of indexed text, when it has one (it stores body text folded on SQLite)."""
    try:
        from app.domain.regler.sok import fold  # type: ignore[import-not-found]
    except ImportError:
        return None
    return fold


SKYGGER = ("data", "idx", "content", "docsize", "config")
KILDETABELLER = ("journalpost", "korrespondansepart", "sak")
"""What the store's bulk fill of its search tables reads (copied into the side file)."""


def _bygg_fulltekst(kanal, sti: str, ddl: str) -> None:
    """In a child process: the search indexes in a side file, while the parent writes and indexes.

    The full-text rows arrive as they are generated, folded as the store folds them, into a table
    of the store's own definition. On ("sok", main file) the rows the search tables are made from
    are copied from the parent's committed file ("kopiert" back), then the store's own
    ``bygg_sokeindeks`` fills the search tables here; the reply is ("ferdig", rows, error or None).
    """
    import sqlite3

    fold = _fulltekst_fold()
    Path(sti).unlink(missing_ok=True)
    con = sqlite3.connect(f"file:{sti}", isolation_level=None, uri=True)
    pragmaer = ("journal_mode=OFF", "synchronous=OFF", "cache_size=-300000", "temp_store=MEMORY", "threads=2")
    for p in pragmaer:
        con.execute(f"PRAGMA {p}")
    con.execute(ddl)
    con.execute("BEGIN")
    n = 0
    while isinstance(rader := kanal.recv(), list):
        if fold is not None:
            rader = [(j, fold(t)) for j, t in rader]
        con.executemany("INSERT INTO fulltekst (journalpost_id, tekst) VALUES (?, ?)", rader)
        n += len(rader)
    con.execute("COMMIT")
    feil = None
    if rader is not None and rader[0] == "sok":
        con.execute("ATTACH DATABASE ? AS kilde", (f"file:{rader[1]}?mode=ro",))
        ddl_ = con.execute(
            "SELECT name, sql FROM kilde.sqlite_master WHERE type = 'table' AND name != 'fulltekst' AND "
            f"(name IN ({','.join('?' * len(KILDETABELLER))}) OR sql LIKE 'CREATE VIRTUAL TABLE%')",
            KILDETABELLER,
        ).fetchall()
        con.execute("BEGIN")
        for navn, sql in ddl_:
            con.execute(sql)
            if navn in KILDETABELLER:
                con.execute(f'INSERT INTO main."{navn}" SELECT * FROM kilde."{navn}"')
        con.execute("COMMIT")
        con.execute("DETACH DATABASE kilde")
        con.close()
        kanal.send("kopiert")
        try:
            _bygg_sokeindeks_i(sti, pragmaer)
        except Exception as e:  # the parent builds it itself then
            feil = f"{type(e).__name__}: {e}"
    else:
        con.close()
    kanal.send(("ferdig", n, feil))


def _bygg_sokeindeks_i(sti: str, pragmaer: Iterable[str]) -> None:
    """The store's own bulk fill of its search tables, on the side file (its SQL functions registered)."""
    from sqlalchemy import create_engine, event

    from app.store import db as dbmod

    registrer = getattr(dbmod, "registrer_funksjoner", None)
    motor = create_engine(f"sqlite:///{sti}")

    @event.listens_for(motor, "connect")
    def _koble(dbapi_con, _rec) -> None:
        if registrer is not None:
            registrer(dbapi_con)
        for p in pragmaer:
            dbapi_con.execute(f"PRAGMA {p}")

    try:
        with motor.begin() as c:
            fulltekst.bygg_sokeindeks(c)
    finally:
        motor.dispose()


class SqliteSkriver(Skriver):
    """executemany in one transaction; the FTS5 full-text index is built in a child process at the same
    time (a table of the store's own definition in a side file) and its shadow tables copied in at the end."""

    def __init__(self, db: Database, *, fulltekst_prosess: bool = True) -> None:
        super().__init__(db)
        self.raw = db.engine.raw_connection()
        self.con = self.raw.driver_connection
        self.con.isolation_level = None
        for p in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "foreign_keys=OFF",
            "cache_size=-400000",
            "temp_store=MEMORY",
        ):
            self.con.execute(f"PRAGMA {p}")
        # Secondary indexes are built once at the end: far faster than keeping them up row by row.
        tabeller = ",".join("?" * len(KOLONNER))
        self.indekser = self.con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({tabeller})",
            list(KOLONNER),
        ).fetchall()
        for navn, _ in self.indekser:
            self.con.execute(f'DROP INDEX "{navn}"')
        self.utlosere = self.con.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name IN ({tabeller})",
            list(KOLONNER),
        ).fetchall()
        for navn, _ in self.utlosere:
            self.con.execute(f'DROP TRIGGER "{navn}"')
        self.barn = None
        self.sokeindeks_bygd = False
        ddl = self.con.execute("SELECT sql FROM sqlite_master WHERE name = 'fulltekst'").fetchone()
        if fulltekst_prosess and ddl and "fts5" in ddl[0].lower() and db.engine.url.database:
            self.fts_sti = Path(db.engine.url.database + ".fulltekst")
            # fork where there is one (no re-import, no __main__ guard needed); spawn on Windows
            metoder = multiprocessing.get_all_start_methods()
            mp = multiprocessing.get_context("fork" if "fork" in metoder else "spawn")
            self.kanal, barn_ende = mp.Pipe()
            self.barn = mp.Process(target=_bygg_fulltekst, args=(barn_ende, str(self.fts_sti), ddl[0]), daemon=True)
            self.barn.start()
        self.con.execute("BEGIN")

    def _skriv(self, tabell, kolonner, rader):
        if tabell == "fulltekst" and self.barn is not None:
            self.kanal.send(list(rader))
            return
        if tabell == "fulltekst" and (fold := _fulltekst_fold()) is not None:
            rader = [(j, fold(t)) for j, t in rader]
        sql = f"INSERT INTO {tabell} ({', '.join(kolonner)}) VALUES ({', '.join('?' * len(kolonner))})"
        self.con.executemany(sql, rader)

    def _kopier_fulltekst(self, *, alle: bool) -> None:
        """The child's FTS5 shadow tables (same definitions) replace the empty ones here, page for page:
        every search table's (``alle``) or the full-text index's only."""
        self.con.execute("ATTACH DATABASE ? AS ft", (str(self.fts_sti),))
        try:
            tabeller = self.con.execute("SELECT name, sql FROM ft.sqlite_master WHERE type = 'table'").fetchall()
            virtuelle = [n for n, sql in tabeller if sql.upper().startswith("CREATE VIRTUAL TABLE")]
            if not alle:
                virtuelle = ["fulltekst"]
            skygger = [
                n
                for n, sql in tabeller
                if not sql.upper().startswith("CREATE VIRTUAL TABLE")
                and n not in KILDETABELLER
                and any(n.startswith(v + "_") and n[len(v) + 1 :] in SKYGGER for v in virtuelle)
            ]
            self.con.execute("BEGIN")
            for t in skygger:
                self.con.execute(f'DELETE FROM main."{t}"')
                self.con.execute(f'INSERT INTO main."{t}" SELECT * FROM ft."{t}"')
            self.con.execute("COMMIT")
        finally:
            self.con.execute("DETACH DATABASE ft")
            self.fts_sti.unlink(missing_ok=True)

    def avslutt(self, logg) -> None:
        self.con.execute("COMMIT")
        if self.barn is not None:
            # the child copies what the search tables are made of, then builds them while we index
            t = time.perf_counter()
            self.kanal.send(("sok", self.db.engine.url.database))
            svar = self.kanal.recv()
            if svar != "kopiert":
                raise RuntimeError(f"søkeindeksprosessen svarte {svar!r}")
            logg(f"kildene til søkeindeksene kopiert til barneprosessen ({time.perf_counter() - t:.1f} s)")
        t = time.perf_counter()
        self.con.execute("PRAGMA threads=2")
        self.con.execute("BEGIN")
        for _, sql in self.indekser:
            self.con.execute(sql)
        for _, sql in self.utlosere:
            self.con.execute(sql)
        self.con.execute("COMMIT")
        logg(f"indekser bygd på nytt ({time.perf_counter() - t:.1f} s)")
        if self.barn is not None:
            t = time.perf_counter()
            _, n, feil = self.kanal.recv()
            self.barn.join()
            self.sokeindeks_bygd = feil is None
            self._kopier_fulltekst(alle=self.sokeindeks_bygd)
            hva = "søkeindeksene" if self.sokeindeks_bygd else f"fulltekstindeksen (søkeindeksene ikke: {feil})"
            logg(f"{hva} ({n:,} tekster) fra barneprosessen kopiert inn (ventet og kopiert {time.perf_counter() - t:.1f} s)")
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.execute("PRAGMA foreign_keys=ON")
        self.raw.close()


class PgSkriver(Skriver):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.raw = db.engine.raw_connection()
        self.con = self.raw.driver_connection
        self.con.autocommit = False
        with self.con.cursor() as cur:
            cur.execute("SET session_replication_role = replica")  # no FK triggers while loading

    def _skriv(self, tabell, kolonner, rader):
        bool_kol = {"aktiv", "avslutning_bedt", "restanse", "forelopig_svar", "kryptert", "ventende"}
        bool_kol |= {"gul_for_alle", "for_alle"}
        idx = [i for i, k in enumerate(kolonner) if k in bool_kol]
        with self.con.cursor() as cur, cur.copy(f"COPY {tabell} ({', '.join(kolonner)}) FROM STDIN") as cp:
            for r in rader:
                if idx:
                    r = list(r)
                    for i in idx:
                        if r[i] is not None:
                            r[i] = bool(r[i])
                cp.write_row(r)

    def avslutt(self, logg) -> None:
        with self.con.cursor() as cur:
            for t in MED_ID:
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                    f"GREATEST((SELECT max(id) FROM {t}), 1))"
                )
            cur.execute("SET session_replication_role = origin")
        self.con.commit()
        self.con.autocommit = True
        with self.con.cursor() as cur:
            cur.execute("ANALYZE")
        self.raw.close()


# --- the registry ------------------------------------------------------------------


def _pdf(linjer: list[str]) -> bytes:
    """A small valid PDF with a few lines of text (a few KB): the demo's own writer."""
    from app.services.demo import enkel_pdf

    return enkel_pdf(linjer[0], linjer[1:])


class Rnd(random.Random):
    """random.Random with choice and randint from one random() call each: 3x faster, still seeded."""

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class Generator:
    def __init__(
        self,
        db: Database,
        skriver: Skriver,
        *,
        journalposter: int,
        saker: int,
        brukere: int,
        enheter: int,
        seed: int,
        epost_andel: float = EPOST_ANDEL,
        blobber: int = 300,
        logg=print,
    ) -> None:
        self.db, self.w = db, skriver
        self.N, self.S = journalposter, max(1, saker)
        self.B, self.E = max(brukere, 10), max(min(enheter, 200), 3)
        self.rnd = Rnd(seed)
        self.epost_andel = epost_andel
        self.antall_blobber = blobber
        self.logg = logg
        self.idag = db.idag()
        self.span = AAR * 365
        self.start = self.idag - timedelta(days=self.span)
        self._iso = [(self.start + timedelta(days=d)).isoformat() for d in range(self.span + 400)]
        self.neste_id: dict[str, int] = {}

    def _id(self, tabell: str) -> int:
        n = self.neste_id.get(tabell, 1)
        self.neste_id[tabell] = n + 1
        return n

    def dag(self, d: int) -> str:
        return self._iso[d]

    def tid(self, d: int, sek: int) -> str:
        return f"{self._iso[d]} {sek // 3600 % 24:02d}:{sek // 60 % 60:02d}:{sek % 60:02d}.000000"

    # --- organisation ------------------------------------------------------------------

    def organisasjon(self) -> None:
        rnd = self.rnd
        enheter = list(o.ENHETER)
        skoler = [f"{s} skole" for s in o.STEDER] + [f"{s} barnehage" for s in o.STEDER]
        rnd.shuffle(skoler)
        for i in range(self.E - len(enheter)):
            enheter.append((f"E{i + 1:02d}", skoler[i] if i < len(skoler) else f"Enhet {i + 1}"))
        enheter = enheter[: self.E]
        self.enhet_ider = list(range(1, len(enheter) + 1))
        # People: ~2 % archive in DOK, one leader per unit, a rådmann, the rest saksbehandlere.
        n_arkiv = max(2, self.B // 50)
        per_enhet: dict[int, list[int]] = {e: [] for e in self.enhet_ider}
        brukere, roller, tilganger = [], [], []
        brukte: set[str] = set()
        self.navn: dict[int, str] = {}
        self.epost: dict[int, str] = {}
        self.enhet_av: dict[int, int] = {}
        self.arkiv: list[int] = []
        self.ledere: dict[int, int] = {}
        for b in range(1, self.B + 1):
            fn, en = rnd.choice(o.FORNAVN), rnd.choice(o.ETTERNAVN)
            navn = f"{fn} {en}"
            base = (fn[0] + en[:2]).upper()
            ini, k = base, 1
            while ini in brukte:
                k += 1
                ini = f"{base}{k}"
            brukte.add(ini)
            if b <= n_arkiv:
                enhet = 1
            elif b == n_arkiv + 1:
                enhet = 2
            else:
                enhet = self.enhet_ider[(b - n_arkiv - 2) % len(self.enhet_ider)]
                if enhet == 1:
                    enhet = rnd.choice(self.enhet_ider[1:])
            epost = f"{fn}.{en}{'' if k == 1 else k}@benchkommune.no".lower()
            for a_, b_ in (("æ", "ae"), ("ø", "o"), ("å", "a")):
                epost = epost.replace(a_, b_)
            brukere.append((b, ini, navn, epost, enhet, 1, None))
            self.navn[b], self.epost[b], self.enhet_av[b] = navn, epost, enhet
            per_enhet[enhet].append(b)
            if b <= n_arkiv:
                self.arkiv.append(b)
                roller.append((b, "arkiv"))
                if b == 1:
                    roller.append((b, "systemansvarlig"))
                for kode in ("U", "P", "P1", "E", "S", "IS", "XX"):
                    tilganger.append((self._id("bruker_tilgang"), b, kode, None))
            elif b == n_arkiv + 1:
                roller += [(b, "leder"), (b, "radmann")]
                for kode in ("U", "P", "P1"):
                    tilganger.append((self._id("bruker_tilgang"), b, kode, None))
            else:
                roller.append((b, "saksbehandler"))
                for kode in rnd.sample(KODER, rnd.choice((0, 0, 1, 1, 2))):
                    tilganger.append((self._id("bruker_tilgang"), b, kode, None))
        enhet_rader = []
        for e, (kode, navn) in zip(self.enhet_ider, enheter, strict=True):
            medl = per_enhet[e]
            leder = medl[0] if e == 1 else next((b for b in medl if b not in self.arkiv), None)
            if e != 1 and leder is not None:
                self.ledere[e] = leder
                if leder != n_arkiv + 1:
                    roller.append((leder, "leder"))
                    for kode_ in ("U", "P", "E"):
                        tilganger.append((self._id("bruker_tilgang"), leder, kode_, e))
            enhet_rader.append((e, kode, navn, leder, None if e == 2 else 2))
        self.saksbehandlere = [b for b in range(n_arkiv + 2, self.B + 1)]
        self.sbh_per_enhet = {
            e: [b for b in medl if b in set(self.saksbehandlere)] or [self.ledere.get(e, n_arkiv + 1)]
            for e, medl in per_enhet.items()
            if e != 1
        }
        self.fag_enheter = [e for e in self.enhet_ider if e != 1]
        # Heavy-tailed loads: each saksbehandler's share of the saker and posts is a Pareto draw
        # (alpha ~1, capped), so a few handle thousands of saker while most have a handful.
        self.last = {b: min(LAST_TAK, rnd.paretovariate(LAST_ALFA)) for b in self.saksbehandlere}
        self.last_cum = list(itertools.accumulate(self.last[b] for b in self.saksbehandlere))
        self.sbh_cum = {
            e: list(itertools.accumulate(self.last.get(b, 1.0) for b in medl)) for e, medl in self.sbh_per_enhet.items()
        }
        # The busiest saksbehandler: a postmottak in a big unit, owner of a 10,000-row Ubehandlet.
        self.tung = self.sbh_per_enhet[self.fag_enheter[min(2, len(self.fag_enheter) - 1)]][-1]
        stedfortredere = []
        for e, leder in list(self.ledere.items())[:20]:
            kandidater = [b for b in self.sbh_per_enhet.get(e, []) if b != leder]
            if kandidater:
                d0 = self.span - rnd.randint(0, 20)
                stedfortredere.append(
                    (
                        self._id("stedfortreder"),
                        leder,
                        rnd.choice(kandidater),
                        self.dag(d0),
                        self.dag(d0 + 30),
                        "U",
                    )
                )
        self.w.skriv("administrativ_enhet", enhet_rader)
        self.w.skriv("bruker", brukere)
        self.w.skriv("bruker_rolle", roller)
        self.w.skriv("bruker_tilgang", tilganger)
        self.w.skriv("stedfortreder", stedfortredere)

    # --- content pool -------------------------------------------------------------------

    def blobber(self) -> None:
        rnd = self.rnd
        self.pool: list[tuple[str, int, int]] = []
        rader = []
        for i in range(self.antall_blobber):
            linjer = [f"Dokument {i + 1}"] + [rnd.choice(o.SETNINGER) for _ in range(rnd.randint(10, 60))]
            data = _pdf(linjer)
            sjekksum = hashlib.sha256(data).hexdigest()
            self.pool.append((sjekksum, len(data), 1 + len(linjer) // 50))
            rader.append((sjekksum, len(data), data))
        self.w.skriv("innhold", rader)

    # --- names and titles -----------------------------------------------------------------

    def sted(self) -> str:
        rnd = self.rnd
        if rnd.random() < 0.5:
            return rnd.choice(o.STEDER)
        return rnd.choice(o.STED_FORLEDD) + rnd.choice(o.STED_ETTERLEDD)

    def person(self) -> str:
        rnd = self.rnd
        if rnd.random() < 0.15:  # a middle name, often a second surname
            return f"{rnd.choice(o.FORNAVN)} {rnd.choice(o.ETTERNAVN)} {rnd.choice(o.ETTERNAVN)}"
        return f"{rnd.choice(o.FORNAVN)} {rnd.choice(o.ETTERNAVN)}"

    def gate(self) -> str:
        rnd = self.rnd
        bokstav = rnd.choice("ABC") if rnd.random() < 0.1 else ""
        return f"{self.sted()}{rnd.choice(o.GATE_ETTERLEDD)} {rnd.randint(1, 120)}{bokstav}"

    def firma(self) -> str:
        rnd = self.rnd
        return rnd.choice(o.FIRMA_MALER).format(e=rnd.choice(o.ETTERNAVN), e2=rnd.choice(o.ETTERNAVN), s=self.sted())

    def dato_tekst(self) -> str:
        d = self._iso[self.rnd.randrange(self.span)]
        return f"{d[8:10]}.{d[5:7]}.{d[:4]}"

    # --- mail and attachment text ---------------------------------------------------------------

    def tekstpool(self, antall: int = 20_000) -> None:
        """Sentences with their slots filled (names, places, themes, dates, amounts): the text's vocabulary."""
        rnd = self.rnd
        self.setninger = []
        for _ in range(antall):
            mal = rnd.choice(o.SETNING_MALER)
            self.setninger.append(
                mal.format(
                    sted=self.sted(), sted2=self.sted(), navn=self.person(), tema=rnd.choice(o.TEMA),
                    tiltak=rnd.choice(o.BYGGETILTAK), dato=self.dato_tekst(), gate=self.gate(),
                    belop=f"{rnd.randint(1, 4000) * 250:,}".replace(",", " "), nr=rnd.randint(2, 400),
                    nr2=rnd.randint(5, 90), firma=self.firma(), tlf=f"{rnd.randint(40, 99)} {rnd.randint(10, 99)} "
                    f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}",
                )
            )  # fmt: skip

    def epost_tekst(self, kort: str, avsender: str) -> str:
        """A mail body: greeting, a log-normal number of sentences (median 5, long tail), signature."""
        rnd = self.rnd
        n = max(1, round(rnd.lognormvariate(1.6, 0.75)))
        setn = rnd.choices(self.setninger, k=n)
        avsnitt = [" ".join(setn[i : i + 3]) for i in range(0, n, 3)]
        hilsen = rnd.choice(o.HILSENER).format(fornavn=rnd.choice(o.FORNAVN))
        return "\n\n".join(
            [hilsen, f"Viser til {kort}.", *avsnitt, f"{rnd.choice(o.AVSLUTNINGER)}\n{avsender}"]
        )

    def vedlegg_tekst(self, tittel: str, avsender: str, adresse: str) -> str:
        """The text of an attached letter (what the PDF text extraction finds): median ~16 sentences."""
        rnd = self.rnd
        n = max(3, round(rnd.lognormvariate(2.8, 0.6)))
        setn = rnd.choices(self.setninger, k=n)
        avsnitt = [" ".join(setn[i : i + 4]) for i in range(0, n, 4)]
        return "\n\n".join(
            [f"{avsender}\n{adresse}", f"{self.sted()}, {self.dato_tekst()}", tittel.upper(), *avsnitt,
             f"{rnd.choice(o.AVSLUTNINGER)}\n\n{avsender}"]
        )  # fmt: skip

    def ekstern_part(self) -> tuple[str, str, str, str, str | None]:
        """One of the registry's outside parties: citizens and firms write more than once."""
        pool = self.parter
        return pool[int(self.rnd.random() * len(pool))]

    def partpool(self, antall: int) -> None:
        self.parter = [self.ny_part() for _ in range(antall)]

    def ny_part(self) -> tuple[str, str, str, str, str | None]:
        rnd = self.rnd
        r = rnd.random()
        if r < 0.6:
            navn = self.person()
        elif r < 0.9:
            navn = self.firma()
        else:
            navn = rnd.choice(o.OFFENTLIGE)
        adresse = self.gate()
        pnr, psted = rnd.choice(o.POSTSTEDER)
        epost = None
        if rnd.random() < 0.65:
            lokal = navn.lower().replace(" ", ".").replace("&", "og")
            for a_, b_ in (("æ", "ae"), ("ø", "o"), ("å", "a")):
                lokal = lokal.replace(a_, b_)
            epost = f"{lokal[:40]}@eksempel.no"
        return navn, adresse, pnr, psted, epost

    def sakstittel(self, stype: str) -> tuple[str, str | None, str | None]:
        """(tittel, tittel2, tilgangskode)"""
        rnd = self.rnd
        aar = self.idag.year - rnd.randint(0, AAR)
        if stype == "BS":
            return (
                f"Byggesak gnr {rnd.randint(1, 250)} bnr {rnd.randint(1, 400)} - {rnd.choice(o.BYGGETILTAK)}",
                None,
                None,
            )
        if stype == "RS":
            return (
                f"Detaljregulering {self.sted()} {rnd.choice(('boligfelt', 'næringsområde', 'sentrum'))}",
                None,
                None,
            )
        if stype == "ES":
            return (
                rnd.choice(
                    (
                        "Salg av kommunal tomt {s}",
                        "Festekontrakt {s}",
                        "Kjøp av grunn til gang- og sykkelvei {s}",
                        "Oppmålingsforretning {s}",
                    )
                ).format(s=self.sted()),
                None,
                None,
            )
        if stype == "BHG":
            return f"Søknad om barnehageplass {self.sted()} barnehage", None, None
        if stype == "SFO":
            return f"Søknad om redusert foreldrebetaling SFO {self.sted()} skole", None, None
        if stype == "ELEV":
            return "Elevmappe", f"{self.person()}, f. {rnd.randint(2008, 2020)}", "E"
        if stype == "PERS":
            return "Personalmappe", f"{self.person()}, f. {rnd.randint(1955, 2002)}", "P"
        if stype == "ST":
            return "Søknad om startlån", self.person(), "U"
        tema = rnd.choice(o.TEMA)
        if stype == "PS":
            return f"Politisk sak - {tema} {aar}", None, None
        if stype == "DS":
            return f"Delegert vedtak - {tema}", None, None
        mal = rnd.choice(
            ("{T} {a}", "Klage på {t}", "Søknad om {t}", "{T} - {s}", "Høring - {t}", "{T}", "{T} i {s}",
             "Tilskudd til {f}", "{T} - {f}", "Henvendelse fra {p} - {t}", "{T} - {g}", "Skjenkebevilling {f}")
        )  # fmt: skip
        return (
            mal.format(T=tema[0].upper() + tema[1:], t=tema, a=aar, s=self.sted(), f=self.firma(),
                       p=self.person(), g=self.gate()),
            None,
            None,
        )  # fmt: skip

    # --- saker -------------------------------------------------------------------------------

    def saker(self) -> None:
        rnd = self.rnd
        typer, vekter = zip(*o.SAKSTYPE_VEKT, strict=True)
        S = self.S
        self.sak_dag = [int(i * self.span / S) for i in range(S)]
        self.sak_type = rnd.choices(typer, vekter, k=S)
        self.sak_tittel: list[str] = []
        self.sak_tittel2: list[str | None] = []
        self.sak_kode: list[str | None] = []
        self.sak_enhet: list[int] = []
        self.sak_ansv: list[int] = []
        for i in range(S):
            t, t2, kode = self.sakstittel(self.sak_type[i])
            if kode is None and rnd.random() < 0.005:
                kode, t2 = "U", self.person()
            self.sak_tittel.append(t)
            self.sak_tittel2.append(t2)
            self.sak_kode.append(kode)
            ansv = rnd.choices(self.saksbehandlere, cum_weights=self.last_cum)[0]
            self.sak_enhet.append(self.enhet_av[ansv])
            self.sak_ansv.append(ansv)
        self.sak_dokumenter = [0] * S
        self.sak_siste_dag = [-1] * S
        self.sak_aapen = bytearray(S)

    def skriv_saker(self) -> None:
        rnd = self.rnd
        teller: dict[int, int] = {}
        rader, klasser, logg = [], [], []
        for i in range(self.S):
            d = self.sak_dag[i]
            aar = int(self._iso[d][:4])
            nr = teller.get(aar, 0) + 1
            teller[aar] = nr
            siste = self.sak_siste_dag[i]
            status = "B"
            r = rnd.random()
            if self.span - d < 60 and r < 0.3:
                status = "R"
            elif (
                not self.sak_aapen[i]
                and self.span - max(siste, d) > 365
                and self.sak_type[i] not in ("ELEV", "PERS")
                and r < 0.8
            ):
                status = "A"
            elif r < 0.005:
                status = "U"
            elif r < 0.01 and not self.sak_aapen[i]:
                status = "X"  # unntatt fra prosesstyring: no follow-up, so never over an open restanse
            obs = obs_k = None
            if status in "RB" and rnd.random() < 0.01:
                obs = self.dag(min(self.span + 30, self.span + rnd.randint(-20, 20)))
                obs_k = "Følg opp fristen"
            kode = self.sak_kode[i]
            avsl = self.dag(min(self.span, max(siste, d) + 30)) if status == "A" else None
            sid = i + 1
            rader.append(
                (
                    sid, 1, aar, nr, self.sak_tittel[i], self.sak_tittel2[i], self.dag(d), self.sak_enhet[i],
                    self.sak_ansv[i], self.sak_type[i], status, obs, obs_k, kode, 2 if kode else None,
                    HJEMMEL.get(kode) if kode else None, self.sak_dokumenter[i], self.sak_ansv[i], avsl, 0, 1,
                    self.tid(d, 32400 + sid % 28800),
                )
            )  # fmt: skip
            if self.sak_type[i] == "BS":
                klasser.append(
                    (self._id("klassering"), sid, "GBNR", self.sak_tittel[i].split(" - ")[0][12:], None, 1)
                )
            else:
                klasser.append((self._id("klassering"), sid, "K-kode", f"{rnd.randint(0, 999):03d}", None, 1))
            logg.append(
                (self._id("endringslogg"), self.tid(d, 32400), self.sak_ansv[i], None, "opprettet", "sak", sid,
                 sid, None, "status", None, f"R {aar}/{nr}")
            )  # fmt: skip
            if len(rader) >= BATCH:
                self.w.skriv("sak", rader)
                self.w.skriv("klassering", klasser)
                self.w.skriv("endringslogg", logg)
                rader, klasser, logg = [], [], []
        self.w.skriv("sak", rader)
        self.w.skriv("klassering", klasser)
        self.w.skriv("endringslogg", logg)
        self.w.skriv("nummerserie", [("sak", a, n) for a, n in sorted(teller.items())])

    # --- journalposter -----------------------------------------------------------------------

    def journalposter(self) -> None:
        rnd = self.rnd
        N, S, span = self.N, self.S, self.span
        sak_dag = self.sak_dag
        tung_maal = min(TUNG_KURV, max(10, N // 25))
        # The busy user's open restanser are drawn from the I posts of the last year.
        forventet_i = max(1.0, N * min(1.0, 365 / span) * 0.5)
        tung_p = min(0.95, tung_maal / forventet_i)
        tung_igjen = tung_maal
        lokalitet = max(1.0, S * 45 / span)
        journal_teller: dict[int, int] = {}
        blobs = self.pool
        arkiv = self.arkiv
        typer = ("I", "U", "N", "X", "S")
        typevekt = (50, 30, 8, 7, 5)
        alle_typer = rnd.choices(typer, typevekt, k=N)
        buf: dict[str, list[tuple]] = {t: [] for t in KOLONNER}
        fulltekst_n = tekst_tegn = skjermet = 0
        per_sbh: dict[int | None, int] = {}

        def tom():
            for t in (
                "journalpost", "korrespondansepart", "dokumentbeskrivelse", "dokumentobjekt",
                "journalpost_dokument", "avskrivning", "oppgave", "merknad", "endringslogg", "fulltekst",
            ):  # fmt: skip
                self.w.skriv(t, buf[t])
                buf[t] = []

        for k in range(N):
            jid = k + 1
            d = min(span, int(k * span / N))
            nyere = span - d
            imax = bisect.bisect_right(sak_dag, d) - 1
            si = imax - int(rnd.expovariate(1 / lokalitet))
            if si < 0:  # the first days: any sak there is, not all on the very first one
                si = int(rnd.random() * (imax + 1)) if imax > 0 else 0
            d = max(d, sak_dag[si])
            jtype = alle_typer[k]
            enhet = self.sak_enhet[si]
            sbh = (
                self.sak_ansv[si]
                if rnd.random() < 0.7
                else rnd.choices(self.sbh_per_enhet[enhet], cum_weights=self.sbh_cum[enhet])[0]
            )
            r = rnd.random()
            # status by type and age
            if jtype == "I":
                if nyere < 30:
                    status = "S" if r < 0.8 else ("M" if r < 0.83 else "J")
                else:
                    status = "J" if r < 0.85 else ("A" if r < 0.90 else ("S" if r < 0.99 else "U"))
            else:
                if nyere < 30:
                    status = "R" if r < 0.2 else ("F" if r < 0.4 else ("E" if r < 0.8 else "J"))
                else:
                    status = (
                        "J" if r < 0.85 else "A" if r < 0.90 else "E" if r < 0.97 else "F" if r < 0.98
                        else "R" if r < 0.99 else "U"
                    )  # fmt: skip
                if jtype == "S" and status == "E":
                    status = "F"
            tung = False
            if jtype == "I" and nyere < 365 and tung_igjen > 0 and rnd.random() < tung_p:
                tung, sbh, status = True, self.tung, "S"
                tung_igjen -= 1
            if jtype == "I" and status in ("M", "S") and not tung and rnd.random() < 0.05:
                sbh = None  # Til fordeling
            jp_enhet = self.enhet_av.get(sbh, enhet) if sbh else enhet
            # skjerming
            kode = nivaa = hjemmel = None
            tittel2 = None
            if status == "M":
                kode, nivaa, hjemmel = "XX", 2, "Ikke vurdert"
            elif self.sak_kode[si] and rnd.random() < 0.8:
                kode, nivaa = self.sak_kode[si], 2
            elif rnd.random() < 0.008:
                kode, nivaa = rnd.choice(KODER), rnd.choice((1, 2, 2, 3))
            if kode and kode != "XX":
                hjemmel = HJEMMEL[kode]
                if nivaa >= 2 and rnd.random() < 0.5:
                    tittel2 = self.person()
            # title
            st = self.sak_tittel[si]
            kort = st.split(" - ")[0]
            kort = kort[0].lower() + kort[1:]
            if jtype == "I":
                tittel = rnd.choice(o.INN_MALER).format(t=kort)
            elif jtype == "U":
                tittel = rnd.choice(o.UT_MALER).format(t=kort)
            else:
                tittel = rnd.choice(o.NOTAT_MALER).format(t=kort)
            # restanse and avskrivning
            forfall = None
            restanse = forelopig = 0
            if jtype in ("I", "N"):
                forfall = d + (14 if rnd.random() < 0.8 else 21)
                apen = status != "U" and (
                    tung or nyere < 20 or rnd.random() < 0.02 or (jtype == "I" and status in ("M", "S") and nyere < 60)
                )  # fmt: skip
                if jtype == "N" and status not in ("E", "J", "A"):
                    apen = False
                if tung:
                    forfall = span + rnd.randint(1, 90)
                if apen:
                    restanse = 1
                    self.sak_aapen[si] = 1
                    if rnd.random() < 0.05:
                        forelopig = 1
                        buf["avskrivning"].append(
                            (self._id("avskrivning"), jid, "***", self.dag(min(span, d + 5)), sbh or arkiv[0], None,
                             None, 0)
                        )  # fmt: skip
                elif status != "U":
                    ak = "BU" if jtype == "I" else "NX"
                    r2 = rnd.random()
                    if r2 < 0.25:
                        ak = "TE"
                    elif r2 < 0.3:
                        ak = "TLF"
                    buf["avskrivning"].append(
                        (self._id("avskrivning"), jid, ak, self.dag(min(span, d + rnd.randint(1, 30))), sbh or arkiv[0],
                         "Ringte og ga muntlig svar" if ak == "TLF" else None, None, 0)
                    )  # fmt: skip
            # numbers
            dok = self.sak_dokumenter[si] + 1
            self.sak_dokumenter[si] = dok
            self.sak_siste_dag[si] = max(self.sak_siste_dag[si], d)
            aar = int(self._iso[d][:4])
            jsek = journal_teller.get(aar, 0) + 1
            journal_teller[aar] = jsek
            opprettet = self.tid(d, 28800 + (jid * 37) % 30000)
            ekspedert = (
                self.dag(min(span, d + 1)) if jtype in ("U", "N", "X") and status in ("E", "J", "A") else None
            )
            # parties
            reg_av = sbh or arkiv[jid % len(arkiv)]
            per_sbh[sbh] = per_sbh.get(sbh, 0) + 1
            if kode and kode != "XX" or self.sak_kode[si]:
                skjermet += 1
            navn = adr = pnr = psted = ""
            if jtype in ("I", "U"):
                navn, adr, pnr, psted, epost = self.ekstern_part()
                rolle = "avsender" if jtype == "I" else "mottaker"
                kanal = ("epost" if epost else "papir") if jtype == "U" else None
                eksp = opprettet if jtype == "U" and ekspedert else None
                buf["korrespondansepart"].append(
                    (
                        self._id("korrespondansepart"),
                        jid,
                        rolle,
                        navn,
                        adr,
                        pnr,
                        psted,
                        epost,
                        None,
                        None,
                        kanal,
                        eksp,
                    )
                )
            elif jtype in ("N", "X"):
                kolleger = self.sbh_per_enhet[enhet]
                mott = kolleger[jid % len(kolleger)]
                buf["korrespondansepart"].append(
                    (self._id("korrespondansepart"), jid, "mottaker", self.navn[mott], None, None, None,
                     self.epost[mott], mott, self.enhet_av[mott], "intern", opprettet if ekspedert else None)
                )  # fmt: skip
            if rnd.random() < 0.05:
                kopi = rnd.choice(self.sbh_per_enhet[enhet])
                buf["korrespondansepart"].append(
                    (self._id("korrespondansepart"), jid, "kopimottaker", self.navn[kopi], None, None, None,
                     self.epost[kopi], kopi, self.enhet_av[kopi], "intern", None)
                )  # fmt: skip
            # documents: the content comes from the pool
            er_post = jtype == "I" and rnd.random() < self.epost_andel
            vedlegg_tekst = er_post and rnd.random() < VEDLEGG_TEKST_ANDEL
            vedlegg = 1 if vedlegg_tekst or rnd.random() < 0.15 else 0
            for nr in range(1 + vedlegg):
                did = self._id("dokumentbeskrivelse")
                sjekksum, storrelse, sider = blobs[(jid * 7 + nr) % len(blobs)]
                fmt = "msg" if (er_post and nr == 0) else ("docx" if jtype in "UNXS" and nr == 0 else "pdf")
                filnavn = (tittel[:60] if nr == 0 else f"Vedlegg {nr}").replace("/", "-") + "." + fmt
                buf["dokumentbeskrivelse"].append(
                    (did, tittel if nr == 0 else f"Vedlegg {nr}", opprettet, reg_av)
                )
                buf["dokumentobjekt"].append(
                    (self._id("dokumentobjekt"), did, 1, "produksjonsformat", fmt, filnavn, sjekksum, storrelse,
                     sider, 0, opprettet)
                )  # fmt: skip
                buf["journalpost_dokument"].append(
                    (jid, did, "hoveddokument" if nr == 0 else "vedlegg", nr + 1)
                )
            if er_post:
                # What the e-mail import indexes: subject, body, the attachments' text, their names.
                fulltekst_n += 1
                deler = [tittel, self.epost_tekst(kort, navn)]
                if vedlegg_tekst:
                    deler += [self.vedlegg_tekst(tittel, navn, f"{adr}\n{pnr} {psted}"), "Vedlegg 1.pdf"]
                tekst = "\n".join(deler)
                tekst_tegn += len(tekst)
                buf["fulltekst"].append((jid, tekst))
            # tasks
            if rnd.random() < 0.02 or (status == "R" and rnd.random() < 0.2):
                aktiv = nyere < 30 or status == "R"
                otype = (
                    "godkjenning" if status == "R" else rnd.choice(("beskjed", "uttalelse", "intern-kopi"))
                )
                fra = sbh or arkiv[0]
                til = (
                    self.ledere.get(jp_enhet)
                    if otype == "godkjenning"
                    else rnd.choice(self.sbh_per_enhet[enhet])
                )
                til = til or fra
                sendt = self.tid(min(span, d + 1), 36000 + jid % 20000)
                buf["oppgave"].append(
                    (self._id("oppgave"), otype, jid, si + 1, fra, None, til,
                     "Ber om vurdering" if otype != "godkjenning" else "Ber om godkjenning", None, 0,
                     "aktiv" if aktiv else "besvart", None if aktiv else ("godkjent" if otype == "godkjenning" else None),
                     sendt, None if aktiv else sendt, None if aktiv else sendt, None, None)
                )  # fmt: skip
            if rnd.random() < 0.02:
                buf["merknad"].append(
                    (self._id("merknad"), None, jid, None, "formell", "Dokumentet er skannet i farger", 1, reg_av,
                     opprettet)
                )  # fmt: skip
            buf["endringslogg"].append(
                (self._id("endringslogg"), opprettet, reg_av, None, "registrert", "journalpost", jid, si + 1, jid,
                 "status", None, f"{jtype} {status}")
            )  # fmt: skip
            buf["journalpost"].append(
                (
                    jid, si + 1, dok, aar, jsek, jtype, status, tittel, tittel2, self.dag(max(0, d - 2)),
                    self.dag(d) if jtype == "I" else None, ekspedert, self.dag(d), sbh, jp_enhet,
                    self.dag(forfall) if forfall is not None else None, vedlegg, kode, nivaa, hjemmel, restanse,
                    forelopig, reg_av, opprettet, 1, opprettet,
                )
            )  # fmt: skip
            if len(buf["journalpost"]) >= BATCH:
                tom()
                if (k + 1) % (BATCH * 10) == 0:
                    self.logg(f"  {k + 1:,} journalposter")
        tom()
        self.fulltekst_n, self.tekst_tegn, self.skjermet = fulltekst_n, tekst_tegn, skjermet
        lass = sorted(per_sbh.values(), reverse=True)
        self.last_fordeling = {
            "saksbehandlere": len(lass),
            "storste": lass[:5],
            "median": lass[len(lass) // 2] if lass else 0,
            "topp_1_prosent_andel": round(sum(lass[: max(1, len(lass) // 100)]) / max(1, N), 3),
        }
        self.tung_antall = tung_maal - tung_igjen
        self.w.skriv("nummerserie", [("journal", a, n) for a, n in sorted(journal_teller.items())])


def _cpu_s() -> float | None:
    """CPU seconds of this process and its finished children (the full-text builder)."""
    try:
        import resource
    except ImportError:
        return None
    return round(sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime
                     for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)), 1)  # fmt: skip


def generer(
    out: str | os.PathLike,
    *,
    journalposter: int = 1_000_000,
    saker: int | None = None,
    brukere: int = 1500,
    enheter: int = 40,
    seed: int = 1,
    epost_andel: float = EPOST_ANDEL,
    fulltekst_prosess: bool = True,
    logg=print,
) -> dict:
    """Create the registry at ``out`` (a SQLite path, replaced, or an empty PostgreSQL database)."""
    t0 = time.perf_counter()
    last_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    ut = str(out)
    if "://" not in ut:
        p = Path(ut)
        p.parent.mkdir(parents=True, exist_ok=True)
        for ending in ("", "-wal", "-shm", "-journal"):
            Path(str(p) + ending).unlink(missing_ok=True)
    db = Database.aapne(ut)
    with db.engine.connect() as c:
        if c.exec_driver_sql("SELECT count(*) FROM journalpost").scalar():
            raise SystemExit(f"{db.beskrivelse()} har allerede journalposter; bruk en tom database")
    db.sett_innstilling("demo", "ja")
    skriver: Skriver = PgSkriver(db) if db.er_postgres else SqliteSkriver(db, fulltekst_prosess=fulltekst_prosess)
    g = Generator(
        db,
        skriver,
        journalposter=journalposter,
        saker=saker if saker is not None else max(1, journalposter * 24 // 100),
        brukere=brukere,
        enheter=enheter,
        seed=seed,
        epost_andel=epost_andel,
        logg=logg,
    )
    g.organisasjon()
    g.blobber()
    g.tekstpool()
    g.partpool(max(5_000, journalposter // 8))
    g.saker()
    logg(f"organisasjon og {g.S:,} saker planlagt ({time.perf_counter() - t0:.1f} s)")
    g.journalposter()
    logg(f"{g.N:,} journalposter skrevet ({time.perf_counter() - t0:.1f} s)")
    g.skriv_saker()
    skriver.avslutt(logg)
    sokeindeks = getattr(fulltekst, "bygg_sokeindeks", None)
    if sokeindeks is not None and not getattr(skriver, "sokeindeks_bygd", False):
        t = time.perf_counter()
        with db.engine.begin() as c:
            sokeindeks(c)
        logg(f"søkeindeks bygd ({time.perf_counter() - t:.1f} s)")
    db.lukk()
    sek = time.perf_counter() - t0
    storrelse = Path(ut).stat().st_size if "://" not in ut else None
    return {
        "db": ut,
        "journalposter": g.N,
        "saker": g.S,
        "brukere": g.B,
        "enheter": g.E,
        "seed": seed,
        "tung_bruker_id": g.tung,
        "tung_restanser": g.tung_antall,
        "fulltekst": g.fulltekst_n,
        "fulltekst_mb": round(g.tekst_tegn / 1e6, 1),
        "skjermet_andel": round(g.skjermet / max(1, g.N), 4),
        "last_per_saksbehandler": g.last_fordeling,
        "rader": dict(skriver.rader),
        "sekunder": round(sek, 1),
        "cpu_s": _cpu_s(),
        "lastsnitt": {"start": last_start, "slutt": [round(x, 2) for x in os.getloadavg()] if last_start else None},
        "bytes": storrelse,
    }


def main(argv: Iterable[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--journalposter", type=int, default=1_000_000)
    p.add_argument("--saker", type=int, default=None, help="default: 24 %% of the journalposter")
    p.add_argument("--brukere", type=int, default=1500)
    p.add_argument("--enheter", type=int, default=40)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--epost-andel", type=float, default=EPOST_ANDEL, help="share of incoming posts by e-mail")
    p.add_argument(
        "--uten-fulltekstprosess", action="store_true", help="build the full-text index in this process"
    )
    p.add_argument(
        "--out", required=True, help="SQLite path (replaced) or postgresql:// URL (empty database)"
    )
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--json", help="write the result (sizes, seconds, CPU, load) here")
    a = p.parse_args(list(argv) if argv is not None else None)
    res = generer(
        a.out,
        journalposter=a.journalposter,
        saker=a.saker,
        brukere=a.brukere,
        enheter=a.enheter,
        seed=a.seed,
        epost_andel=a.epost_andel,
        fulltekst_prosess=not a.uten_fulltekstprosess,
        logg=(lambda *_: None) if a.quiet else (lambda s: print(s, flush=True)),
    )
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=2, ensure_ascii=False))
    mb = f", {res['bytes'] / 1e6:.0f} MB" if res["bytes"] else ""
    print(
        f"{res['journalposter']:,} journalposter, {res['saker']:,} saker, {res['brukere']:,} brukere i "
        f"{res['enheter']} enheter på {res['sekunder']} s{mb} ({os.cpu_count()} kjerner); "
        f"travleste saksbehandler (id {res['tung_bruker_id']}) har {res['tung_restanser']:,} åpne restanser"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
