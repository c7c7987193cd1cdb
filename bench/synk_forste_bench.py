"""A new desktop's first sync through ``saksbord server``, and other clients' pull after an access change.

    python bench/synk_forste_bench.py [--journalposter 100000] [--runder 3]

Starts a throwaway PostgreSQL (tests/support/pgserver.py), fills it with the realistic generator
(bench/generate.py: heavy-tailed users, ~5 % shielded), and runs one ``saksbord server`` process
on a free local port, as an installation would. Then:

* **first sync**: a desktop process of its own (so its memory is its own) signs in and fills an
  empty replica through ``/api/endringer`` (streamed batches, set-wise visibility), for the
  busiest saksbehandler and for an archivist who sees everything. Prints the time, the rows and
  the client's peak RSS (VmHWM), and the server's peak RSS. Targets at 1M: heavy user < 60 s and
  < 400 MB; the archivist < 5 min.
* **access change**: two more users' replicas are synced; one of them is granted (then refused)
  a code, and the other's next pull is timed (target < 1 s), as is the changed user's own
  (its replica corrected).

The machine's load (``os.getloadavg``) is printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

PASSORD = "benk-passord-1234"

KLIENT = r"""
import json, sys, time
from app.services.synk import SynkKlient
from app.services.synk.http import HttpTransport, logg_inn
adresse, ini, passord, sti = sys.argv[1:5]
token = logg_inn(adresse, ini, passord, lagre=False)
t = time.perf_counter()
k = SynkKlient(sti, HttpTransport(adresse, ini, token=token, tidsavbrudd_s=600), ini)
rader = k.synk()
dt = time.perf_counter() - t
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
with k.replika.engine.connect() as c:
    jp = c.exec_driver_sql("SELECT count(*) FROM journalpost").scalar()
k.lukk()
print(json.dumps({"sekunder": dt, "rader": rader, "journalposter": jp, "rss_mb": hwm / 1024}))
"""


def _vmhwm_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(linje.split()[1]) for linje in f if linje.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return float("nan")


def _ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _last() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--journalposter", type=int, default=100_000)
    p.add_argument("--runder", type=int, default=3, help="tilgangsendringer som måles")
    p.add_argument("--uten-arkivar", action="store_true", help="hopp over arkivarens første synk")
    args = p.parse_args()

    from sqlalchemy import text

    from app.server.innlogging import sett_passord
    from app.services import admin
    from app.services.synk import SynkKlient
    from app.services.synk.http import HttpTransport, logg_inn
    from app.store.db import Database
    from bench.generate import generer
    from tests.support.pgserver import start_postgres

    print(f"kjerner: {os.cpu_count()}, last før: {_last()}", flush=True)
    server = start_postgres()
    tmp = Path(tempfile.mkdtemp(prefix="saksbord-synkbenk-"))
    tjener = None
    try:
        url = server.create_database("synkbenk")
        t = time.perf_counter()
        res = generer(url, journalposter=args.journalposter, logg=lambda *_: None)
        admin.init_db(url)
        print(f"generert: {res['journalposter']:,} journalposter, {res['saker']:,} saker, "
              f"{res['brukere']:,} brukere på {time.perf_counter() - t:.0f} s", flush=True)  # fmt: skip
        db = Database.aapne(url, opprett=False)
        with db.engine.connect() as c:
            ini = dict(c.execute(text("SELECT id, initialer FROM bruker")).all())
            skjermet = c.execute(text("SELECT count(*) FROM journalpost WHERE tilgangskode IS NOT NULL")).scalar()
            uten_kode = c.execute(
                text(
                    "SELECT b.initialer FROM bruker b WHERE b.id > 40 AND NOT EXISTS "
                    "(SELECT 1 FROM bruker_tilgang t WHERE t.bruker_id = b.id) "
                    "AND NOT EXISTS (SELECT 1 FROM bruker_rolle r WHERE r.bruker_id = b.id AND r.rolle <> 'saksbehandler') "
                    "ORDER BY b.id LIMIT 2"
                )
            ).scalars().all()
        print(f"skjermede journalposter: {skjermet:,} ({skjermet / res['journalposter']:.1%})")
        tung, arkivar = ini[res["tung_bruker_id"]], ini[1]
        annen, endret = uten_kode
        for i in (tung, arkivar, annen, endret):
            sett_passord(db, i, PASSORD)

        port = _ledig_port()
        adresse = f"http://127.0.0.1:{port}"
        logg = open(tmp / "server.log", "wb")  # noqa: SIM115
        tjener = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "server", "--db", url, "--lytt", f"127.0.0.1:{port}"],
            cwd=ROOT, stdout=logg, stderr=subprocess.STDOUT, env={**os.environ, "SAKSBORD_LOGGMAPPE": str(tmp)},
        )  # fmt: skip
        slutt = time.monotonic() + 60
        while True:
            try:
                if httpx.get(adresse + "/helse", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if tjener.poll() is not None or time.monotonic() > slutt:
                print((tmp / "server.log").read_text()[-3000:])
                return 1
            time.sleep(0.2)

        hvem = [("travleste saksbehandler", tung)] + ([] if args.uten_arkivar else [("arkivar", arkivar)])
        for navn, i in hvem:
            r = subprocess.run(
                [sys.executable, "-c", KLIENT, adresse, i, PASSORD, str(tmp / f"{i}.sqlite")],
                cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if r.returncode != 0:
                print(r.stderr[-3000:])
                return 1
            m = json.loads(r.stdout.strip().splitlines()[-1])
            print(
                f"første synk, {navn} ({i}): {m['sekunder']:.1f} s, {m['rader']:,} rader "
                f"({m['journalposter']:,} journalposter), klientens topp-RSS {m['rss_mb']:.0f} MB; "
                f"serverens topp-RSS så langt {_vmhwm_mb(tjener.pid):.0f} MB; last {_last()}",
                flush=True,
            )

        klienter = {}
        for i in (annen, endret):
            token = logg_inn(adresse, i, PASSORD, lagre=False)
            klienter[i] = SynkKlient(str(tmp / f"{i}-t.sqlite"), HttpTransport(adresse, i, token=token), i)
            klienter[i].synk()
            klienter[i].synk()
        andres, egne = [], []
        for n in range(args.runder):
            if n % 2 == 0:
                admin.endre_tilgang(db, initialer=endret, legg_til_koder=["P", "U"])
            else:
                admin.endre_tilgang(db, initialer=endret, fjern_koder=["P", "U"])
            t = time.perf_counter()
            klienter[annen].synk()
            andres.append(time.perf_counter() - t)
            foer = _antall(klienter[endret])
            t = time.perf_counter()
            klienter[endret].synk()
            egne.append(time.perf_counter() - t)
            print(
                f"tilgangsendring {n + 1} ({'gitt' if n % 2 == 0 else 'tatt'} P og U for {endret}): "
                f"en annen klients neste pull {andres[-1] * 1000:.0f} ms; den endrede brukerens "
                f"{egne[-1]:.2f} s ({foer:,} → {_antall(klienter[endret]):,} journalposter)",
                flush=True,
            )
        print(
            f"etter én brukers tilgangsendring: andre klienters pull median "
            f"{statistics.median(andres) * 1000:.0f} ms (mål < 1 s), den endrede brukerens median "
            f"{statistics.median(egne):.2f} s"
        )
        for k in klienter.values():
            k.lukk()
        db.lukk()
        print(f"serverens topp-RSS: {_vmhwm_mb(tjener.pid):.0f} MB; last etter: {_last()}")
    finally:
        if tjener is not None:
            tjener.terminate()
            try:
                tjener.wait(15)
            except subprocess.TimeoutExpired:
                tjener.kill()
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _antall(k) -> int:
    with k.replika.engine.connect() as c:
        return int(c.exec_driver_sql("SELECT count(*) FROM journalpost").scalar() or 0)


if __name__ == "__main__":
    sys.exit(main())
