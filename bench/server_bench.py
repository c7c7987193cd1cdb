"""Many desktops against one ``saksbord server``: throughput, latency, errors and the server's memory.

    python bench/server_bench.py [--klienter 200] [--brukere 40] [--sekunder 60] [--pause 0.5]
    python bench/server_bench.py --url http://127.0.0.1:8080 --db postgresql+psycopg://…

Without ``--url`` it starts a throwaway PostgreSQL (tests/support/pgserver.py) and one
``saksbord server`` process on a free local port, exactly as an installation would run it. With
``--db`` (an empty database or one this bench prepared before) the users are made there; with
``--url`` the server already running there is used (its peak RSS is then read only if ``--pid``
is given).

The users are made through the services (``admin.opprett_bruker_med_rolle``, then
``innlogging.sett_passord`` for the server password), each with a sak of their own. Every
simulated client signs in over HTTP as one of them (several clients share a user, as one person
with two machines) and then loops until the time is up: a pull from its own cursor
(``/api/endringer``), registering an incoming journalpost (``registrer_journalpost``) or answering
one it registered earlier (``besvar``), each through ``/api/utfor`` with a request id, with a
random pause between requests (``--pause`` is the mean, a desktop is not a load generator).

Prints, per kind: requests, requests/s, p50/p95/max latency, errors (with the first messages),
and the server process's peak RSS (VmHWM from /proc, Linux).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from app.services.journalposter import NyJournalpost, PartInn  # noqa: E402
from app.services.synk import kodek  # noqa: E402

PASSORD = "benk-passord-1234"
TYPER = ("pull", "registrer", "besvar")


def _ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _forbered(url: str, antall: int) -> list[tuple[str, str]]:
    """N users with a server password and one sak each; returns (initialer, saksnummer)."""
    from app.server.innlogging import sett_passord
    from app.services import admin, saker
    from app.services.arbeid import Kontekst
    from app.store.db import Database

    admin.init_db(url)
    db = Database.aapne(url)
    try:
        with db.engine.connect() as c:
            from sqlalchemy import text

            finnes = {r[0] for r in c.execute(text("SELECT initialer FROM bruker"))}
        brukere = []
        for i in range(antall):
            ini = f"B{i:03d}"
            if ini not in finnes:
                admin.opprett_bruker_med_rolle(
                    db, initialer=ini, navn=f"Benk Bruker {i}", roller=["saksbehandler"], passord=PASSORD
                )
                sett_passord(db, ini, PASSORD)
            sak = saker.opprett_sak(Kontekst(db, ini), tittel=f"Benksak for {ini}", klasse="000").saksnummer
            brukere.append((ini, sak))
        return brukere
    finally:
        db.lukk()


@dataclasses.dataclass
class Maaling:
    tider: dict[str, list[float]] = dataclasses.field(default_factory=lambda: defaultdict(list))
    feil: dict[str, list[str]] = dataclasses.field(default_factory=lambda: defaultdict(list))
    rss_etter_innlogging: float | None = None
    rss_under_maaling: float | None = None


async def _kall(m: Maaling, type_: str, coro) -> httpx.Response | None:
    t0 = time.perf_counter()
    try:
        r = await coro
    except httpx.HTTPError as e:
        m.feil[type_].append(f"{type(e).__name__}: {e}"[:160])
        return None
    dt = time.perf_counter() - t0
    if r.status_code != 200:
        m.feil[type_].append(f"{r.status_code}: {r.text[:160]}")
        return None
    m.tider[type_].append(dt)
    return r


async def _logg_inn(adresse: str, ini: str, m: Maaling) -> str | None:
    async with httpx.AsyncClient(base_url=adresse, timeout=120.0) as k:
        r = await _kall(m, "logginn", k.post("/api/logginn", json={"brukernavn": ini, "passord": PASSORD}))
        return r.json()["token"] if r is not None else None


async def _klient(
    nr: int,
    adresse: str,
    bruker: tuple[str, str],
    token: asyncio.Future,
    klokke: dict,
    pause: float,
    m: Maaling,
    start: asyncio.Event,
) -> None:
    ini, sak = bruker
    rng = random.Random(nr)
    tid = httpx.Timeout(120.0)
    async with httpx.AsyncClient(base_url=adresse, timeout=tid) as k:
        tok = await token
        if tok is None:
            return
        k.headers["Authorization"] = f"Bearer {tok}"
        await start.wait()
        markor = {"endringsnr": 0, "xmin": "0", "idsjekk": ""}
        ubesvart: list[str] = []
        while time.monotonic() < klokke["slutt"]:
            valg = rng.random()
            if valg < 0.6:
                sp: dict = {"siden": markor, "gjenles": []}
                r = await _kall(m, "pull", k.post("/api/endringer", json=sp))
                if r is not None:
                    e = kodek.endringer_fra_json(r.content)
                    if e.trenger_nokler:  # the id check of the day: a desktop sends its keys, we have none
                        sp["nokler"] = {}
                        r = await _kall(m, "pull", k.post("/api/endringer", json=sp))
                        e = kodek.endringer_fra_json(r.content) if r is not None else e
                    markor = dataclasses.asdict(e.markor)
            elif valg < 0.85 or not ubesvart:
                ny = NyJournalpost(
                    sak=sak, type="I", tittel=f"Søknad nr. {nr}-{rng.randrange(10**6)} om tilskudd",
                    avsendere=[PartInn(f"Innbygger {rng.randrange(1000)}", epost="innbygger@eksempel.no")],
                )  # fmt: skip
                sp = {"tjeneste": "registrer_journalpost", "kwargs": kodek.til_json({"ny": ny}),
                      "foresporsel": str(uuid.uuid4())}  # fmt: skip
                r = await _kall(m, "registrer", k.post("/api/utfor", json=sp))
                if r is not None and r.json().get("journalpostnummer"):
                    ubesvart.append(r.json()["journalpostnummer"])
            else:
                jpnr = ubesvart.pop(0)
                sp = {"tjeneste": "besvar", "kwargs": kodek.til_json({"jpnr": [jpnr], "tittel": "Svar på søknad"}),
                      "foresporsel": str(uuid.uuid4())}  # fmt: skip
                await _kall(m, "besvar", k.post("/api/utfor", json=sp))
            igjen = max(0.0, klokke["slutt"] - time.monotonic())  # no pause past the end of the run
            await asyncio.sleep(min(rng.expovariate(1 / pause), igjen) if pause > 0 else 0)


async def _kjor(
    adresse: str, brukere, klienter: int, sekunder: float, pause: float, m: Maaling, *, per_klient: bool, pid
) -> float:
    start = asyncio.Event()
    klokke = {"slutt": float("inf")}
    # Logins first (argon2 on the server is meant to be slow); the clock starts when all are in.
    # One login per client, or one per user shared by that user's clients (``per_klient=False``).
    innlogging: dict = {}

    def token(nr: int) -> asyncio.Future:
        ini = brukere[nr % len(brukere)][0]
        noekkel = nr if per_klient else ini
        if noekkel not in innlogging:
            innlogging[noekkel] = asyncio.ensure_future(_logg_inn(adresse, ini, m))
        return innlogging[noekkel]

    oppgaver = [
        asyncio.create_task(_klient(i, adresse, brukere[i % len(brukere)], token(i), klokke, pause, m, start))
        for i in range(klienter)
    ]
    await asyncio.gather(*innlogging.values())
    m.rss_etter_innlogging = _rss_mb(pid, "VmRSS")
    t0 = time.monotonic()
    klokke["slutt"] = t0 + sekunder
    start.set()
    alle = asyncio.gather(*oppgaver)
    while not alle.done():
        rss = _rss_mb(pid, "VmRSS")
        if rss is not None:
            m.rss_under_maaling = max(m.rss_under_maaling or 0.0, rss)
        await asyncio.wait([alle], timeout=0.5)
    await alle
    return time.monotonic() - t0


def _rss_mb(pid: int | None, felt: str = "VmHWM") -> float | None:
    """The process's resident memory (VmRSS) or its peak (VmHWM) in MB, from /proc (Linux)."""
    if pid is None:
        return None
    with contextlib.suppress(OSError):
        for linje in Path(f"/proc/{pid}/status").read_text().splitlines():
            if linje.startswith(felt + ":"):
                return int(linje.split()[1]) / 1024
    return None


def _vent_paa(adresse: str, proc: subprocess.Popen | None, frist: float = 60) -> None:
    slutt = time.monotonic() + frist
    while time.monotonic() < slutt:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"serveren stoppet (kode {proc.returncode})")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(adresse + "/helse", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit("serveren svarte ikke på /helse")


def _pst(tider: list[float], p: float) -> float:
    if len(tider) < 2:
        return tider[0] if tider else float("nan")
    return statistics.quantiles(tider, n=100, method="inclusive")[int(p) - 1]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--klienter", type=int, default=200)
    p.add_argument("--brukere", type=int, default=40)
    p.add_argument("--sekunder", type=float, default=60)
    p.add_argument(
        "--pause", type=float, default=0.5, help="middels pause mellom en klients forespørsler (s)"
    )
    p.add_argument(
        "--innlogging-per-klient", action="store_true",
        help="hver klient logger inn selv (ellers én innlogging per bruker, delt av brukerens klienter)",
    )  # fmt: skip
    p.add_argument("--db", help="en PostgreSQL-database (tom, eller forberedt av benken før)")
    p.add_argument("--url", help="en Saksbord-server som allerede kjører mot --db")
    p.add_argument("--pid", type=int, help="prosess-id til serveren bak --url (for minnebruken)")
    args = p.parse_args()
    if args.url and not args.db:
        p.error("--url krever --db (brukerne lages i databasen)")
    print(f"kjerner: {os.cpu_count()}, klienter: {args.klienter}, brukere: {args.brukere}, "
          f"{args.sekunder:.0f} s, pause {args.pause} s")  # fmt: skip
    pg = None
    proc = None
    logg = None
    try:
        url = args.db
        if url is None:
            from tests.support.pgserver import start_postgres

            pg = start_postgres()
            url = pg.create_database("serverbenk")
        t = time.monotonic()
        brukere = _forbered(url, args.brukere)
        print(f"{len(brukere)} brukere med passord og sak: {time.monotonic() - t:.1f} s")
        adresse = args.url
        pid = args.pid
        if adresse is None:
            port = _ledig_port()
            adresse = f"http://127.0.0.1:{port}"
            logg = tempfile.NamedTemporaryFile(prefix="saksbord-server-", suffix=".log", delete=False)  # noqa: SIM115
            env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
            env.setdefault("SAKSBORD_LOGGMAPPE", tempfile.mkdtemp(prefix="saksbord-serverlogg-"))
            proc = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "server", "--db", url, "--lytt", f"127.0.0.1:{port}"],
                stdout=logg, stderr=subprocess.STDOUT, env=env,
            )  # fmt: skip
            pid = proc.pid
        _vent_paa(adresse.rstrip("/"), proc)
        m = Maaling()
        t = time.monotonic()
        varighet = asyncio.run(
            _kjor(
                adresse.rstrip("/"), brukere, args.klienter, args.sekunder, args.pause, m,
                per_klient=args.innlogging_per_klient, pid=pid,
            )
        )  # fmt: skip
        print(f"{len(m.tider['logginn'])} innlogginger før målingen: {time.monotonic() - t - varighet:.1f} s")
        print(f"målt i {varighet:.1f} s\n")
        print(
            f"{'type':<10} {'antall':>7} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} {'maks ms':>8} {'feil':>5}"
        )
        for type_ in ("logginn", *TYPER):
            tider = m.tider[type_]
            per_s = len(tider) / varighet if type_ != "logginn" else float("nan")
            print(
                f"{type_:<10} {len(tider):>7} {per_s:>7.1f} {_pst(tider, 50) * 1000:>8.0f} "
                f"{_pst(tider, 95) * 1000:>8.0f} {max(tider, default=float('nan')) * 1000:>8.0f} "
                f"{len(m.feil[type_]):>5}"
            )
        alle = sum(len(m.tider[t]) for t in TYPER)
        print(f"{'alle':<10} {alle:>7} {alle / varighet:>7.1f}")
        for type_, feil in m.feil.items():
            for tekst in sorted(set(feil))[:3]:
                print(f"  feil {type_}: {tekst}")

        def mb(x: float | None) -> str:
            return f"{x:.0f} MB" if x else "ukjent"

        print(
            f"\nserverens RSS etter innloggingene: {mb(m.rss_etter_innlogging)}, største under målingen: "
            f"{mb(m.rss_under_maaling)}, største i hele prosessens levetid (VmHWM): {mb(_rss_mb(pid))}"
        )
        return 1 if any(m.feil[t] for t in TYPER) else 0
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        if logg is not None:
            logg.close()
            print(f"serverens logg: {logg.name}")
        if pg is not None:
            pg.cleanup()


if __name__ == "__main__":
    sys.exit(main())
