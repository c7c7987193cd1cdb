"""Time the Noark 5 arkivuttrekk of a generated registry and record its peak memory.

    python bench/eksport.py --journalposter 100000 --skjemaer ../shared/specs/noark5
    python bench/eksport.py --db /tmp/bench-1m.sqlite --skjemaer ~/noark5   # an existing registry

The registry comes from bench/generate.py (created when --db does not exist yet). The export
runs in a fresh process (``--kjor``), so its peak RSS is the exporter's alone, not the
generator's: a test uttrekk (the generated saker are open) of the whole Saksarkiv, every
document file written to DOKUMENT/, then the built-in depot check, exactly as
``saksbord eksport noark5 --test`` does. Prints the time, the counts and the peak RSS; --json
writes them too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))


def _peak_mb(hvem: int = resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(hvem).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _cpu() -> float:
    """This process's CPU seconds (user + system): on a shared, loaded machine the honest measure of
    the work done, where wall time mostly measures the other processes."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _last() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _kontroller(ut: str) -> int:
    """The depot check alone on a written package, in a fresh process; prints one JSON line."""
    from app.services.eksport import kontroller

    t0, c0 = time.perf_counter(), _cpu()
    r = kontroller(Path(ut), test=True)
    print(
        json.dumps(
            {"sekunder": round(time.perf_counter() - t0, 1), "cpu_sekunder": round(_cpu() - c0, 1),
             "ok": r.ok, "peak_rss_mb": round(_peak_mb())}
        )
    )  # fmt: skip
    return 0


def _kjor(db: str, ut: str, skjemaer: str, initialer: str) -> int:
    """The export alone, in this (fresh) process; prints one JSON line."""
    from app.services.arbeid import Kontekst
    from app.services.eksport import eksporter_noark5
    from app.store.db import Database

    d = Database.aapne(db)
    t0, c0, last0 = time.perf_counter(), _cpu(), _last()
    res = eksporter_noark5(
        Kontekst(d, initialer), arkivdel="Saksarkiv", ut=Path(ut), skjemaer=skjemaer, test=True
    )
    sek = time.perf_counter() - t0
    d.lukk()
    print(json.dumps({
        "sekunder": round(sek, 1), "cpu_sekunder": round(_cpu() - c0, 1),
        "last_foer_etter": [last0, _last()], "mapper": res.mapper, "registreringer": res.registreringer,
        "dokumentobjekter": res.dokumentobjekter, "dokumentfiler": res.dokumentfiler,
        "kontroll_ok": res.kontroll.ok, "feil": res.kontroll.feil[:5],
        "arkivstruktur_mb": round((Path(ut) / "arkivstruktur.xml").stat().st_size / 1e6, 1),
        "peak_rss_mb": round(_peak_mb()),
    }))  # fmt: skip
    return 0


def _arkivbruker(db: str) -> str:
    from sqlalchemy import select

    from app.store import models as m
    from app.store.db import Database

    d = Database.aapne(db)
    try:
        with d.session(les=True) as s:
            return s.scalar(
                select(m.Bruker.initialer)
                .join(m.BrukerRolle, m.BrukerRolle.bruker_id == m.Bruker.id)
                .where(m.BrukerRolle.rolle == "arkiv")
                .order_by(m.Bruker.id)
                .limit(1)
            )
    finally:
        d.lukk()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", help="SQLite registry (generated if missing)")
    p.add_argument("--journalposter", type=int, default=100_000)
    p.add_argument(
        "--skjemaer",
        default=os.environ.get("SAKSBORD_NOARK5_SKJEMAER", str(ROT.parent / "shared/specs/noark5")),
    )
    p.add_argument("--json", help="write the figures here too")
    p.add_argument("--kjor", nargs=4, metavar=("DB", "UT", "SKJEMAER", "INITIALER"), help=argparse.SUPPRESS)
    p.add_argument("--bare-kontroll", metavar="UT", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.kjor:
        return _kjor(*a.kjor)
    if a.bare_kontroll:
        return _kontroller(a.bare_kontroll)
    mappe = Path(tempfile.mkdtemp(prefix="saksbord-eksport-"))
    db = a.db or str(mappe / f"bench-{a.journalposter}.sqlite")
    try:
        if not Path(db).exists():
            t = time.perf_counter()
            from bench.generate import generer

            generer(db, journalposter=a.journalposter, logg=lambda *_: None)
            print(f"registeret generert på {time.perf_counter() - t:.0f} s: {db}", flush=True)
        ut = mappe / "uttrekk"
        barn = subprocess.run(
            [sys.executable, __file__, "--kjor", db, str(ut), a.skjemaer, _arkivbruker(db)],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROT)},
        )  # fmt: skip
        if barn.returncode:
            print(barn.stderr, file=sys.stderr)
            return barn.returncode
        tall = json.loads(barn.stdout.strip().splitlines()[-1])
        kontroll = subprocess.run(
            [sys.executable, __file__, "--bare-kontroll", str(ut)],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROT)},
        )  # fmt: skip
        if kontroll.returncode == 0:
            tall["kontroll_alene"] = json.loads(kontroll.stdout.strip().splitlines()[-1])
        print(
            f"{tall['registreringer']:,} journalposter i {tall['mapper']:,} saker, {tall['dokumentobjekter']:,} "
            f"dokumentobjekter ({tall['dokumentfiler']:,} filer, arkivstruktur.xml {tall['arkivstruktur_mb']} MB): "
            f"{tall['sekunder']} s med kontroll ({tall['cpu_sekunder']} s CPU, "
            f"{1000 * tall['cpu_sekunder'] / max(tall['registreringer'], 1):.2f} ms CPU per journalpost; "
            f"last {tall['last_foer_etter'][0]} → {tall['last_foer_etter'][1]}), peak RSS {tall['peak_rss_mb']:.0f} MB, "
            f"kontroll {'bestått' if tall['kontroll_ok'] else 'FEIL: ' + '; '.join(tall['feil'])}"
            + (f"; kontrollen alene {tall['kontroll_alene']['sekunder']} s "
               f"({tall['kontroll_alene']['cpu_sekunder']} s CPU), peak RSS "
               f"{tall['kontroll_alene']['peak_rss_mb']} MB" if "kontroll_alene" in tall else "")
        )  # fmt: skip
        if a.json:
            Path(a.json).write_text(json.dumps(tall, ensure_ascii=False, indent=2), encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(mappe, ignore_errors=True)  # the uttrekk, and the registry unless --db named one


if __name__ == "__main__":
    raise SystemExit(main())
