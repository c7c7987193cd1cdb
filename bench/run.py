"""Measure Saksbord on a generated registry and compare with the targets.

    python bench/run.py --db /tmp/bench-1m.sqlite --json /tmp/bench-1m.json

Figures (targets from issue 7):
  cold_start_s         a fresh process until the main window has painted its first kurv   < 1.5 s
  kurv_first_rows_ms   open a ~10,000-row kurv: ids + first page + paint (median of 5)   < 150 ms
  scroll_max_block_ms  the longest event-loop turn while paging to the end of that kurv    < 50 ms
  search_p50/p95_ms    global search over 100 varied queries                                p95 < 200 ms
  register_p50/p95_ms  registering an incoming journalpost with a file through the service
  peak_rss_mb          peak RSS of a fresh window process with a 100k-row kurv open        < 250 MB
  archive_kurv_first_rows_ms  the archive's Til journalføring (100k at 1M) to its first rows  < 200 ms

Each is printed next to its floor from the same run, as ``ratios`` in the JSON (issue 17.6):
  kurv_vs_sql          Til journalføring opened in the window / its id page and first row page run
                       bare on sqlite3
  search_vs_index      search p95 (the hits the window paints; the count follows apart) / p95 of the
                       same index statements run bare on sqlite3
  cold_start_vs_floor  ``python -m app`` to its first painted kurv row / a process that only paints
                       an empty QMainWindow, started the same way and interleaved (bench/kaldstart.py)
  import_vs_parse      importing ``--epost-antall`` distinct e-mails / parsing them alone (bench/import_msg.py)

The search mix (bench/sokemiks.py) is checked against its fasit, counted by a plain pass over the
registry without the search index; each mismatch is printed as AVVIK.

The window is driven offscreen (QT_QPA_PLATFORM=offscreen). Registering adds
journalposter to the database, so run it on a bench copy, not on real data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAAL = {
    "cold_start_s": (1.5, "s"),
    "kurv_first_rows_ms": (150, "ms"),
    "scroll_max_block_ms": (50, "ms"),
    "search_p50_ms": (None, "ms"),
    "search_p95_ms": (200, "ms"),
    "register_p50_ms": (None, "ms"),
    "register_p95_ms": (None, "ms"),
    "peak_rss_mb": (250, "MB"),
    "archive_kurv_first_rows_ms": (200, "ms"),
}


def peak_rss_mb() -> float | None:
    """Peak resident set of this process in MB (Linux/macOS: getrusage; Windows: psutil if installed)."""
    try:
        import resource

        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
    except ImportError:
        pass
    try:
        import psutil

        info = psutil.Process().memory_info()
        return round(getattr(info, "peak_wset", info.rss) / 2**20, 1)
    except ImportError:
        return None


def _pct(verdier: list[float], p: float) -> float:
    s = sorted(verdier)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


# --- Qt helpers -------------------------------------------------------------------------


def _vent_paa_rader(app, liste, ferdig, *, timeout_s: float = 60.0) -> bool:
    """Run the event loop until the kurv list has painted rows for which ``ferdig(modell)`` holds."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    status = {"ok": False}

    class Filter(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt API
            if (
                ev.type() == QEvent.Type.Paint
                and not status["ok"]
                and liste.modell.rowCount()
                and ferdig(liste.modell)
            ):
                status["ok"] = True
                QTimer.singleShot(0, loop.quit)  # after this paint has finished
            return False

    f = Filter()
    vp = liste.tabell.viewport()
    vp.installEventFilter(f)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    vp.update()
    loop.exec()
    vp.removeEventFilter(f)
    return status["ok"]


def _vent_paa_lastet(liste, *, timeout_s: float = 60.0) -> None:
    """Run the event loop until the list has shown its next id list (``sig_lastet``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    liste.sig_lastet.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    liste.sig_lastet.disconnect(loop.quit)


def _stille_qt() -> None:
    """Drop the offscreen plugin's harmless warnings so the report stays readable."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_type, _ctx, melding: str) -> None:
        if "propagateSizeHints" not in melding:
            sys.stderr.write(melding + "\n")

    qInstallMessageHandler(handler)


def _vent(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# --- child processes: cold start and peak RSS ------------------------------------------------


def barn_kald(db_sti: str, initialer: str, t_start: float) -> dict:
    """In a fresh process: open the window as the app does and wait for the first kurv's rows."""
    merker = {"python_klar": time.time() - t_start}
    try:
        from app.store.db import Database
        from app.views.app import installer_oversettelse, lag_app
        from app.views.hovedvindu import Hovedvindu
    except ImportError as e:  # the window package is not there: services-level first kurv
        from app.services import kurver
        from app.services.arbeid import Kontekst
        from app.store.db import Database

        db = Database.aapne(db_sti)
        ctx = Kontekst(db, initialer)
        kurver.kurver(ctx)
        ider = kurver.kurv_ider(ctx, "ubehandlet")
        kurver.kurv_rader(ctx, "ubehandlet", ider[:200])
        merker["malt"] = time.time() - t_start
        merker["merknad"] = f"tjenestenivå (vinduet kunne ikke importeres: {e})"
        return merker
    merker["importert"] = time.time() - t_start
    _stille_qt()
    app = lag_app()
    installer_oversettelse(app)
    db = Database.aapne(db_sti)
    vindu = Hovedvindu(db, initialer)
    vindu.show()
    merker["vindu_vist"] = time.time() - t_start
    ok = _vent_paa_rader(app, vindu.liste, lambda m: m.hentinger > 0 or len(m.ider) > 0)
    merker["malt"] = time.time() - t_start
    merker["rader"] = len(vindu.liste.modell.ider)
    merker["kurv"] = vindu.liste.tittel.text()
    merker["ok"] = ok
    return merker


def barn_rss(db_sti: str, initialer: str, kurv: str) -> dict:
    """In a fresh process: the window with a big kurv open, scrolled through; report peak RSS."""
    from app.store.db import Database
    from app.views.app import lag_app
    from app.views.hovedvindu import Hovedvindu

    _stille_qt()
    app = lag_app()
    db = Database.aapne(db_sti)
    vindu = Hovedvindu(db, initialer)
    vindu.show()
    _vent_paa_lastet(vindu.liste)
    forrige = vindu.liste.modell.ider
    t = time.perf_counter()
    vindu.velg_kurv(kurv)
    ok = _vent_paa_rader(app, vindu.liste, lambda m: m.ider is not forrige and len(m.ider) > 0)
    aapnet = (time.perf_counter() - t) * 1000
    sb = vindu.liste.tabell.verticalScrollBar()
    for andel in (0.25, 0.5, 0.75, 1.0):
        sb.setValue(int(sb.maximum() * andel))
        app.processEvents()
    vindu.liste.tabell.selectAll()
    app.processEvents()
    return {
        "rader": len(vindu.liste.modell.ider),
        "aapnet_ms": round(aapnet, 1),
        "ok": ok,
        "peak_rss_mb": peak_rss_mb(),
    }


def _kjor_barn(args: list[str], *, timeout: float = 300) -> tuple[dict, float]:
    t0 = time.time()
    p0 = time.perf_counter()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--barn", *args, str(t0)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    vegg = time.perf_counter() - p0
    linjer = [linje for linje in r.stdout.splitlines() if linje.startswith("{")]
    if r.returncode != 0 or not linjer:
        raise RuntimeError(f"barneprosessen feilet ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return json.loads(linjer[-1]), vegg


# --- the measurements ------------------------------------------------------------------------


def registeret(db) -> dict:
    with db.engine.connect() as c:

        def en(sql: str):
            return c.exec_driver_sql(sql).scalar()

        tung = c.exec_driver_sql(
            "SELECT b.initialer, count(*) FROM journalpost j JOIN bruker b ON b.id = j.saksbehandler_id "
            "WHERE j.restanse = true AND j.type = 'I' GROUP BY b.initialer ORDER BY 2 DESC LIMIT 1"
        ).first()
        arkiv = en(
            "SELECT b.initialer FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id "
            "WHERE r.rolle = 'arkiv' ORDER BY b.id LIMIT 1"
        )
        return {
            "journalposter": en("SELECT count(*) FROM journalpost"),
            "saker": en("SELECT count(*) FROM sak"),
            "brukere": en("SELECT count(*) FROM bruker"),
            "tung_bruker": tung[0] if tung else None,
            "arkiv_bruker": arkiv,
        }


def maal_kurv(db, initialer: str, kurv: str = "ubehandlet", *, ganger: int = 5) -> dict:
    """Open a kurv in the real window (median of several opens), then page to its end."""
    from PySide6.QtCore import QEvent, QObject

    from app.services import kurver
    from app.services.arbeid import Kontekst
    from app.views.app import lag_app
    from app.views.hovedvindu import Hovedvindu

    ctx = Kontekst(db, initialer)
    t = time.perf_counter()
    ider = kurver.kurv_ider(ctx, kurv)
    t_ider = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    kurver.kurv_rader(ctx, kurv, ider[:200])
    t_side = (time.perf_counter() - t) * 1000

    _stille_qt()
    app = lag_app()
    vindu = Hovedvindu(db, initialer)
    vindu.show()
    _vent_paa_lastet(vindu.liste)
    _vent(app, 200)
    tider = []
    for _ in range(ganger):
        vindu.velg_kurv("mine-saker")
        _vent_paa_rader(app, vindu.liste, lambda m: m.art == "sak")
        _vent(app, 50)
        forrige = vindu.liste.modell.ider
        t = time.perf_counter()
        vindu.velg_kurv(kurv)
        ok = _vent_paa_rader(
            app, vindu.liste, lambda m, f=forrige: m.ider is not f and m.art == "journalpost"
        )
        tider.append((time.perf_counter() - t) * 1000)
        if not ok:
            raise RuntimeError(f"kurven {kurv} ble ikke malt")
    antall = len(vindu.liste.modell.ider)

    malinger = {"n": 0}

    class Teller(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802
            if ev.type() == QEvent.Type.Paint:
                malinger["n"] += 1
            return False

    teller = Teller()
    vindu.liste.tabell.viewport().installEventFilter(teller)
    sb = vindu.liste.tabell.verticalScrollBar()
    steg = []
    hentinger0 = vindu.liste.modell.hentinger
    app.processEvents()
    m = vindu.liste.modell
    while True:
        if sb.value() >= sb.maximum():
            if getattr(m, "henter_flere", False):  # the next page of ids is on its way: keep turning
                t = time.perf_counter()
                app.processEvents()
                steg.append((time.perf_counter() - t) * 1000)
                time.sleep(0.001)
                continue
            if m.canFetchMore():
                m.fetchMore()
                continue
            break
        t = time.perf_counter()
        sb.setValue(min(sb.maximum(), sb.value() + sb.pageStep()))
        app.processEvents()
        steg.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    sb.setValue(0)
    app.processEvents()
    hopp = (time.perf_counter() - t) * 1000
    antall = max(antall, len(vindu.liste.modell.ider))
    vindu.liste.tabell.viewport().removeEventFilter(teller)
    vindu.close()
    vindu.deleteLater()
    app.processEvents()
    return {
        "kurv": kurv,
        "bruker": initialer,
        "rader": antall,
        "aapne_ms": [round(x, 1) for x in tider],
        "kurv_first_rows_ms": round(statistics.median(tider), 1),
        "kurv_ider_ms": round(t_ider, 1),
        "forste_side_ms": round(t_side, 1),
        "scroll_steg": len(steg),
        "scroll_malinger": malinger["n"],
        "scroll_hentinger": vindu.liste.modell.hentinger - hentinger0,
        "scroll_max_block_ms": round(max(steg + [hopp]), 1),
        "scroll_p50_ms": round(_pct(steg, 50), 2),
    }


def _fang_sql(db, fn) -> list[tuple[str, object]]:
    """Run ``fn`` and return the SELECT statements it sent (SQL, parameters)."""
    from sqlalchemy import event

    setninger: list[tuple[str, object]] = []

    def fang(_conn, _cur, sql, params, _ctx, _many):
        if sql.lstrip().upper().startswith("SELECT"):
            setninger.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", fang)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", fang)
    return setninger


def _er_sokeindeks(sql: str) -> bool:
    return any(t in sql for t in ("sok_jp", "sok_sak", "fulltekst"))


_RAA: dict = {}


def _raa_ms(db, setninger: list[tuple[str, object]]) -> float:
    """The statements run bare on one plain sqlite3 connection, all rows fetched; milliseconds."""
    import sqlite3

    from app.store.db import registrer_funksjoner

    if db.dialekt != "sqlite" or not setninger:
        return 0.0
    c = _RAA.get(db)
    if c is None:
        c = _RAA[db] = sqlite3.connect(db.engine.url.database)
        registrer_funksjoner(c)
    t = time.perf_counter()
    for sql, params in setninger:
        c.execute(sql, params if params is not None else ()).fetchall()
    return (time.perf_counter() - t) * 1000


def _bo(db, ctx) -> float:
    """«bø»: two letters, answered from the prefix index (median of 3)."""
    from app.services import sok

    tider = []
    for _ in range(3):
        t = time.perf_counter()
        sok.sok(ctx, "bø", tell=False)
        tider.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(tider), 1)


def maal_arkivkurv(db, initialer: str, kurv: str = "til-journalforing", *, ganger: int = 5) -> dict:
    """The archive's Til journalføring (100k rows at 1M) opened in the window, against its SQL alone.

    The floor is the id page and the first row page the services send for it, run bare on sqlite3.
    """
    from app.services import kurver
    from app.services.arbeid import Kontekst
    from app.views.app import lag_app
    from app.views.hovedvindu import Hovedvindu
    from app.widgets.kurvmodell import ID_SIDE, SIDE

    ctx = Kontekst(db, initialer)
    antall = kurver.kurv_antall(ctx, kurv)
    ider: list[int] = []

    def forste_side() -> None:
        ider[:] = kurver.kurv_ider(ctx, kurv, fra=0, grense=ID_SIDE)
        kurver.kurv_rader(ctx, kurv, ider[:SIDE])

    setninger = [x for x in _fang_sql(db, forste_side) if "journalpost" in x[0]]
    gulv = statistics.median([_raa_ms(db, setninger) for _ in range(ganger)])
    _stille_qt()
    app = lag_app()
    vindu = Hovedvindu(db, initialer)
    vindu.show()
    _vent_paa_lastet(vindu.liste)
    _vent(app, 200)
    # Switch away to another kurv of this user with rows (an archivist may have no Mine saker).
    annen = next((k.navn for k in kurver.kurver(ctx) if k.navn != kurv and k.antall > 0), "mine-saker")
    tider = []
    for _ in range(ganger):
        forrige = vindu.liste.modell.ider
        vindu.velg_kurv(annen)
        _vent_paa_rader(app, vindu.liste, lambda m, f=forrige: m.ider is not f, timeout_s=20)
        _vent(app, 50)
        forrige = vindu.liste.modell.ider
        t = time.perf_counter()
        vindu.velg_kurv(kurv)
        ok = _vent_paa_rader(app, vindu.liste, lambda m, f=forrige: m.ider is not f and m.art == "journalpost")
        tider.append((time.perf_counter() - t) * 1000)
        if not ok:
            raise RuntimeError(f"kurven {kurv} ble ikke malt")
    lastet = len(vindu.liste.modell.ider)
    vindu.close()
    vindu.deleteLater()
    app.processEvents()
    return {
        "kurv": kurv,
        "bruker": initialer,
        "rader": antall,
        "ider_ved_aapning": lastet,
        "aapne_ms": [round(x, 1) for x in tider],
        "archive_kurv_first_rows_ms": round(statistics.median(tider), 1),
        "sql_ms": round(gulv, 1),
    }


def sokeord(db, seed: int) -> list:
    """~100 queries drawn from the registry (bench/sokemiks.py): 10 number lookups, title words and
    pairs, capitalised Æ/Ø/Å words, two-letter words («bø»), names, body-text words and prefixes."""
    from bench import sokemiks

    return sokemiks.lag_miks(db.engine.url.database, seed)


def _antall(sok_mod, ctx, tekst: str, r) -> tuple[int | None, int | None]:
    """The service's own hit counts: SokTreff.antall_* when it has them, else an uncapped second search."""
    saker, jp = getattr(r, "antall_saker", None), getattr(r, "antall_journalposter", None)
    if saker is None or jp is None:
        try:
            r = sok_mod.sok(ctx, tekst, grense=10**9)
        except Exception as e:  # the service cannot list them all (e.g. too many SQL variables): its capped list
            print(f"  søket {tekst!r} kunne ikke telles uten grense ({type(e).__name__}); teller den begrensede lista")
        saker, jp = len(r.saker), len(r.journalposter)
    return saker, jp


def maal_sok(db, initialer: str, seed: int, *, sjekk: bool = True) -> dict:
    """Time the mix (as the archive user, who may see everything), then check every count against
    the fasit (bench/sokemiks.py: a plain pass over the registry, no search index); the SQL each
    search ran, replayed alone, is its floor (``search_index_p95_ms``)."""
    from app.services import sok
    from app.services.arbeid import Kontekst
    from bench import gulv, sokemiks

    ctx = Kontekst(db, initialer)
    sporsmaal = sokeord(db, seed)
    sok.sok(ctx, "oppvarming")  # warm the connection pool and the code paths
    tider, per_art, treff, svar, gulv_ms, tellinger = [], {}, {}, {}, [], []
    for q in sporsmaal:
        # What the window waits for before it paints: the hits (the count follows apart).
        t = time.perf_counter()
        setninger = _fang_sql(db, lambda tekst=q.tekst: sok.sok(ctx, tekst, tell=False))
        ms = (time.perf_counter() - t) * 1000
        tider.append(ms)
        per_art.setdefault(q.art, []).append(ms)
        # The floor: the same index statements run bare on sqlite3 (no session, no ORM, no checks);
        # on PostgreSQL replayed on a plain DB-API connection of the engine (bench/gulv.py).
        indeks = [x for x in setninger if _er_sokeindeks(x[0])]
        gulv_ms.append(_raa_ms(db, indeks) if db.dialekt == "sqlite" else gulv.spill_av_ms(db, indeks, ganger=1))
        # With the count, as the status line shows it: the counts the fasit is checked against.
        t = time.perf_counter()
        r = sok.sok(ctx, q.tekst)
        tellinger.append((time.perf_counter() - t) * 1000)
        svar[q.tekst] = _antall(sok, ctx, q.tekst, r)
        treff.setdefault(q.art, []).append(svar[q.tekst][1])
    tregeste = sorted(zip(tider, sporsmaal, strict=True), key=lambda x: -x[0])[:5]
    ut = {
        "search_with_count_p50_ms": round(_pct(tellinger, 50), 1),
        "search_with_count_p95_ms": round(_pct(tellinger, 95), 1),
        "bo_ms": _bo(db, ctx),
        "sporsmaal": len(tider),
        "search_p50_ms": round(_pct(tider, 50), 1),
        "search_p95_ms": round(_pct(tider, 95), 1),
        "search_max_ms": round(max(tider), 1),
        "search_index_p50_ms": round(_pct(gulv_ms, 50), 1),
        "search_index_p95_ms": round(_pct(gulv_ms, 95), 1),
        "per_art_p95_ms": {a: round(_pct(v, 95), 1) for a, v in per_art.items()},
        "per_art_antall": {a: len(v) for a, v in per_art.items()},
        "treff_median": {a: statistics.median(v) for a, v in treff.items() if None not in v},
        "tregeste": [(round(ms, 1), q.tekst) for ms, q in tregeste],
        "sporsmaal_ms": [(q.art, q.tekst, round(ms, 1), svar[q.tekst]) for q, ms in zip(sporsmaal, tider, strict=True)],
    }
    if sjekk:
        ut["fasit"] = sokemiks.fasit(db.engine.url.database, sporsmaal, logg=lambda m: print("  " + m, flush=True))
        avvik = sokemiks.sammenlign(sporsmaal, svar)
        ut["fasit"]["avvik"] = avvik
        ut["fasit"]["riktige"] = len(sporsmaal) - len(avvik)
        for a in avvik:
            print(
                f"  AVVIK {a['art']:16} {a['tekst']!r:34} fasit saker/jp {a['fasit']}  tjenesten {a['tjenesten']}",
                flush=True,
            )
    return ut


def maal_registrering(db, initialer: str, seed: int, *, antall: int = 30) -> dict:
    from sqlalchemy import text

    from app.services import journalposter
    from app.services.arbeid import Kontekst
    from app.services.journalposter import FilInn, NyJournalpost, PartInn

    rnd = random.Random(seed)
    ctx = Kontekst(db, initialer)
    with db.engine.connect() as c:
        # Saker of the user's own unit: registering needs write access to the sak (issue 20).
        saker = [
            r[0]
            for r in c.execute(
                text(
                    "SELECT id FROM sak WHERE status IN ('R', 'B') AND tilgangskode IS NULL AND enhet_id = "
                    "(SELECT enhet_id FROM bruker WHERE upper(initialer) = upper(:ini)) ORDER BY id DESC LIMIT 2000"
                ),
                {"ini": initialer},
            )
        ]
    tider = []
    for i in range(antall + 1):
        data = (f"Brev nr {i} {rnd.random()}\n" * rnd.randint(50, 150)).encode()
        ny = NyJournalpost(
            sak=rnd.choice(saker),
            type="I",
            tittel=f"Henvendelse om benkmåling {i}",
            avsendere=[PartInn(navn="Benk Måler", epost="benk@eksempel.no")],
            filer=[FilInn("brev.txt", data, tilknytning="hoveddokument")],
        )
        t = time.perf_counter()
        journalposter.registrer_journalpost(ctx, ny)
        if i:  # the first warms the code paths
            tider.append((time.perf_counter() - t) * 1000)
    return {
        "antall": len(tider),
        "register_p50_ms": round(_pct(tider, 50), 1),
        "register_p95_ms": round(_pct(tider, 95), 1),
    }


def _kurv_gulv(db, initialer: str, kurv: str = "ubehandlet") -> tuple[float, int]:
    """The SQL behind the kurv's first painted page (its ids and the first 200 rows), replayed alone."""
    from app.services import kurver
    from app.services.arbeid import Kontekst
    from bench import gulv

    ctx = Kontekst(db, initialer)

    def forste_side():
        ider = kurver.kurv_ider(ctx, kurv)
        kurver.kurv_rader(ctx, kurv, list(ider[:200]))

    forste_side()  # warm
    return gulv.sql_gulv_ms(db, forste_side)


def maal_forhold(db, a, reg: dict, figurer: dict, detaljer: dict) -> dict:
    """The ratios block: each figure over its floor measured in this run (bench/gulv.py).

    A floor another step has already put in ``detaljer["gulv"]`` is kept: main() puts there the empty
    window from bench/kaldstart.py (interleaved with the cold starts) and the archive kurv's SQL run
    bare on sqlite3 (``kurv_figur`` names the figure it belongs to). Missing ones are measured here:
    the empty PySide6 window (bench/gulv.py), the Ubehandlet kurv's SQL replayed alone, each search's
    index SQL (from maal_sok), and parsing the imported e-mails alone.
    """
    from bench import gulv, import_msg

    g = detaljer.setdefault("gulv", {})
    if "cold_start_floor_s" not in g:
        tv = gulv.tomt_vindu_s(max(1, a.kald_ganger))
        g["cold_start_floor_s"], g["cold_start_floor_alle_s"] = tv["cold_start_floor_s"], tv["alle_s"]
    if "kurv_sql_ms" not in g:
        g["kurv_figur"] = "kurv_first_rows_ms"
        g["kurv_sql_ms"], g["kurv_sql_setninger"] = _kurv_gulv(db, reg["tung_bruker"])
    if "search_index_p95_ms" not in g and "sok" in detaljer:
        g["search_index_p95_ms"] = detaljer["sok"]["search_index_p95_ms"]
    if a.epost_antall and "import_parse_s" not in g:
        imp = import_msg.maal_import(a.epost_antall, logg=lambda m: print("  " + m, flush=True))
        detaljer["import"] = imp
        figurer["import_s"] = imp["import_s"]
        figurer["import_per_s"] = imp["import_per_s"]
        g["import_parse_s"] = imp["import_parse_s"]
    par = {
        "kurv_vs_sql": gulv.forhold(figurer.get(g.get("kurv_figur", "kurv_first_rows_ms")), g.get("kurv_sql_ms")),
        "search_vs_index": gulv.forhold(figurer.get("search_p95_ms"), g.get("search_index_p95_ms")),
        "cold_start_vs_floor": gulv.forhold(figurer.get("cold_start_s"), g.get("cold_start_floor_s"), ms=False),
        "import_vs_parse": gulv.forhold(figurer.get("import_s"), g.get("import_parse_s"), ms=False),
    }
    detaljer["ratios"] = par
    for navn, f in par.items():
        dom = "ikke målt" if f["ok"] is None else ("OK" if f["ok"] else "IKKE NÅDD")
        print(f"  {navn:22} {f['ratio']!s:>9} x   (figur {f['figur']}, gulv {f['gulv']}; mål ≤ 2)  {dom}", flush=True)
    return {navn: f["ratio"] for navn, f in par.items()}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--barn":
        art, *rest = argv[1:]
        if art == "kald":
            ut = barn_kald(rest[0], rest[1], float(rest[2]))
        else:
            ut = barn_rss(rest[0], rest[1], rest[2])
        print(json.dumps(ut), flush=True)
        os._exit(0)  # skip Qt teardown: it is not part of any figure

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True, help="SQLite path or postgresql:// URL of a generated registry")
    p.add_argument("--json", help="write the figures here")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--kald-ganger", type=int, default=3)
    p.add_argument("--epost-antall", type=int, default=200, help="distinct e-mails for the import figure (0: none)")
    p.add_argument("--uten-fasit", action="store_true", help="do not count the search mix's hits independently")
    a = p.parse_args(argv)

    from app.store.db import Database

    db = Database.aapne(a.db, opprett=False)
    reg = registeret(db)
    kjerner = os.cpu_count()
    print(
        f"Registeret: {db.beskrivelse()}, {reg['journalposter']:,} journalposter, {reg['saker']:,} saker, "
        f"{reg['brukere']:,} brukere; maskinen har {kjerner} kjerner",
        flush=True,
    )
    last_start = [round(x, 2) for x in os.getloadavg()]
    detaljer: dict = {"registeret": reg, "kjerner": kjerner, "platform": sys.platform}
    figurer: dict[str, float | None] = {}

    def vis(navn: str, verdi, ekstra: str = "") -> None:
        figurer[navn] = verdi
        maal, enhet = MAAL[navn]
        if verdi is None:
            dom = "ikke målt"
        elif maal is None:
            dom = ""
        else:
            dom = "OK" if verdi < maal else f"IKKE NÅDD ({verdi / maal:.1f}x målet)"
        maaltekst = f"mål < {maal} {enhet}" if maal is not None else "(ingen mål)"
        print(f"  {navn:22} {verdi!s:>9} {enhet:3} {maaltekst:18} {dom} {ekstra}", flush=True)

    # 1. cold start: python -m app to its first painted kurv row, next to an empty QMainWindow
    from bench import kaldstart

    kald = kaldstart.maal(a.db, reg["tung_bruker"], ganger=a.kald_ganger)
    detaljer["kald"] = kald
    # Its floor, the empty window started the same way and interleaved with it, is the ratio's floor.
    g = detaljer.setdefault("gulv", {})
    g["cold_start_floor_s"], g["cold_start_floor_alle_s"] = kald["floor_s"], kald["runs_floor_s"]
    vis("cold_start_s", kald["cold_start_s"], f"(tomt vindu {kald['floor_s']} s, {kald['cold_start_vs_floor']}x)")

    # 2. a 10,000-row kurv: open and scroll
    k = maal_kurv(db, reg["tung_bruker"])
    detaljer["kurv"] = k
    vis(
        "kurv_first_rows_ms",
        k["kurv_first_rows_ms"],
        f"({k['rader']:,} rader; ider {k['kurv_ider_ms']} ms, side {k['forste_side_ms']} ms)",
    )
    vis(
        "scroll_max_block_ms",
        k["scroll_max_block_ms"],
        f"({k['scroll_steg']} steg, {k['scroll_hentinger']} sidehentinger)",
    )

    # 2b. the archive-sized kurv (Til journalføring) against its SQL
    ak = maal_arkivkurv(db, reg["arkiv_bruker"], ganger=3)
    detaljer["arkivkurv"] = ak
    # kurv_vs_sql is this kurv against its own id page and first row page run bare on sqlite3.
    g["kurv_figur"], g["kurv_sql_ms"] = "archive_kurv_first_rows_ms", ak["sql_ms"]
    vis(
        "archive_kurv_first_rows_ms",
        ak["archive_kurv_first_rows_ms"],
        f"({ak['rader']:,} rader, {ak['ider_ved_aapning']:,} ider ved åpning; SQL alene {ak['sql_ms']} ms)",
    )

    # 3. search
    s = maal_sok(db, reg["arkiv_bruker"], a.seed, sjekk=not a.uten_fasit and not db.er_postgres)
    detaljer["sok"] = s
    vis("search_p50_ms", s["search_p50_ms"])
    vis(
        "search_p95_ms",
        s["search_p95_ms"],
        f"(indeksen alene p95 {s['search_index_p95_ms']} ms; med antall p95 {s['search_with_count_p95_ms']} ms; "
        f"«bø» {s['bo_ms']} ms; tregeste: {s['tregeste'][0]})",
    )

    # 4. registering
    r = maal_registrering(db, reg["tung_bruker"], a.seed)
    detaljer["registrering"] = r
    vis("register_p50_ms", r["register_p50_ms"])
    vis("register_p95_ms", r["register_p95_ms"])

    # 5. peak RSS with the archive's Til journalføring open (fresh process)
    rss, _ = _kjor_barn(["rss", a.db, reg["arkiv_bruker"], "til-journalforing"])
    detaljer["rss"] = rss
    vis(
        "peak_rss_mb",
        rss["peak_rss_mb"],
        f"(Til journalføring, {rss['rader']:,} rader, åpnet på {rss['aapnet_ms']} ms)",
    )

    # 6. every figure next to its floor, measured in this run: the ratios block (issue 17.6)
    ratios = maal_forhold(db, a, reg, figurer, detaljer)
    print(f"  ratios {json.dumps(ratios)}  gulv {json.dumps(detaljer['gulv'], ensure_ascii=False)}", flush=True)
    db.lukk()
    detaljer["last"] = {"start": last_start, "slutt": [round(x, 2) for x in os.getloadavg()]}
    print(f"Maskinens last (1/5/15 min): ved start {last_start}, ved slutt {detaljer['last']['slutt']}")
    if a.json:
        Path(a.json).write_text(
            json.dumps(
                {**figurer, "ratios": ratios, "floors": detaljer["gulv"], "detaljer": detaljer},
                indent=2,
                ensure_ascii=False,
            )
        )
        print(f"skrev {a.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
