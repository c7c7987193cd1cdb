"""Sync throughput and NOTIFY delay against a throwaway PostgreSQL server.

    python bench/sync_bench.py [--rader 10000]

Prints the core count, the time to pull N changed journalposter into an empty
replica and again after N updates (target: 10k rows < 3 s), and the delay
until a second client sees a change through LISTEN/NOTIFY.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.services import admin, journalposter, saker  # noqa: E402
from app.services.arbeid import Kontekst  # noqa: E402
from app.services.synk import SynkKlient, Synkroniserer  # noqa: E402
from app.store.db import Database  # noqa: E402
from app.store.sync.pull import synk_ned  # noqa: E402
from app.store.sync.replika import aapne_replika  # noqa: E402
from tests.support.pgserver import start_postgres  # noqa: E402

PASSORD = "bench"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rader", type=int, default=10_000)
    p.add_argument("--runder", type=int, default=5, help="målinger av NOTIFY-forsinkelsen")
    args = p.parse_args()
    print(f"kjerner: {os.cpu_count()}")
    server = start_postgres()
    tmp = Path(tempfile.mkdtemp(prefix="saksbord-bench-"))
    try:
        url = server.create_database("bench")
        admin.init_db(url)
        db = Database.aapne(url)
        admin.opprett_bruker_med_rolle(
            db, initialer="ALA", navn="Anne Arkiv", roller=["arkiv"], koder=["P"], passord=PASSORD
        )
        admin.opprett_bruker_med_rolle(
            db, initialer="OHA", navn="Ola Hansen", roller=["saksbehandler"], passord=PASSORD
        )
        sak = saker.opprett_sak(Kontekst(db, "ALA"), tittel="Benk", klasse="000").saksnummer
        n = args.rader
        with db.engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO journalpost (sak_id, dokumentnummer, journalaar, journalsekvensnummer, type, status, "
                    "tittel, journaldato, antall_vedlegg, restanse, forelopig_svar, opprettet, versjon, "
                    "tilgangskode, hjemmel, skjermingsnivaa) "
                    "SELECT s.id, g + 100, 2099, g, 'I', 'S', 'Brev nummer ' || g, current_date, 0, true, false, now(), 1, "
                    "CASE WHEN g % 10 = 0 THEN 'P' END, CASE WHEN g % 10 = 0 THEN 'Offl. § 13' END, "
                    "CASE WHEN g % 10 = 0 THEN 1 END "
                    "FROM sak s, generate_series(1, :n) g WHERE s.id = (SELECT max(id) FROM sak)"
                ),
                {"n": n},
            )
        bruker_url = server.url("bench", user="sb_ala", password=PASSORD)
        pg = Database.aapne(bruker_url, opprett=False)
        replika = aapne_replika(tmp / "ala.sqlite")

        t = time.perf_counter()
        rader = synk_ned(replika, pg)
        dt = time.perf_counter() - t
        print(f"første synk (tom kopi): {rader} rader på {dt:.2f} s = {rader / dt:,.0f} rader/s")

        with db.engine.begin() as c:
            c.execute(text("UPDATE journalpost SET tittel = tittel || ' (endret)' WHERE journalaar = 2099"))
        t = time.perf_counter()
        rader = synk_ned(replika, pg)
        dt = time.perf_counter() - t
        print(f"inkrementell synk av {n} endringer: {rader} rader på {dt:.2f} s = {rader / dt:,.0f} rader/s "
              f"(mål: {n} rader < 3 s: {'OK' if dt < 3 and n >= 10_000 else 'se tallet'})")  # fmt: skip

        oha = SynkKlient(str(tmp / "oha.sqlite"), server.url("bench", user="sb_oha", password=PASSORD), "OHA")
        oha.synk()
        mottaker = SynkKlient(str(tmp / "ala2.sqlite"), bruker_url, "ALA")
        mottaker.synk()
        synk = Synkroniserer(mottaker, intervall=30).start()
        synk.lytter.tilkoblet.wait(10)
        time.sleep(0.5)
        forsinkelser = []
        for i in range(args.runder):
            tittel = f"NOTIFY-måling {i}"
            t = time.perf_counter()
            oha.utfor(
                "registrer_journalpost",
                ny=journalposter.NyJournalpost(sak=sak, type="X", tittel=tittel),
            )
            while True:
                with mottaker.replika.engine.connect() as c:
                    if c.exec_driver_sql("SELECT 1 FROM journalpost WHERE tittel = ?", (tittel,)).first():
                        break
                if time.perf_counter() - t > 30:
                    print("NOTIFY: endringen kom ikke fram innen 30 s")
                    break
                time.sleep(0.005)
            forsinkelser.append(time.perf_counter() - t)
        synk.stopp()
        print(
            f"NOTIFY: fra lagring hos én klient til synlig i en annens kopi: median {statistics.median(forsinkelser) * 1000:.0f} ms, "
            f"maks {max(forsinkelser) * 1000:.0f} ms over {len(forsinkelser)} målinger"
        )
        oha.lukk()
        mottaker.lukk()
        pg.lukk()
        replika.lukk()
        db.lukk()
    finally:
        server.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
