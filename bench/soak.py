"""A scripted working session in the real window, long enough to find slow leaks and crashes.

    python bench/soak.py --db /tmp/bench-1m.sqlite --minutter 10 [--json /tmp/soak.json]

A user works through their kurver the way a case handler does all day: wheel-scrolls the list,
moves the selection (the reading pane follows), switches kurv now and then, searches, and opens a
registration card and closes it again. The session runs in a child process, so a crash of the
interpreter (for example PySide6 6.12.0 on Python 3.11: "Fatal Python error: none_dealloc" after
about a minute, issue 19) is caught and reported with the figures up to that point instead of
taking the benchmark down.

Every 30 seconds the child prints a checkpoint: operations done per kind, resident memory, and
``sys.getrefcount(None)``. At the end the parent prints operations done, RSS at the start (after a
minute of warm-up, when caches are full) and at the end, the growth in between, None's refcount drift
and whether the session crashed. Nothing is written to the registry (cards are cancelled), so the
bench registry can be used as is.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPPVARMING_S = 60.0
"""RSS is compared from this point on: page caches, fonts and the reading pane are warm by then."""
SJEKKPUNKT_S = 30.0
SOKEORD = ["byggesak", "søknad", "barnehage", "Hansen", "gnr", "vedtak", "klage", "skole", "2024/", "tilsyn"]


def rss_mb() -> float | None:
    """Current resident set in MB (Linux /proc; elsewhere psutil if installed)."""
    try:
        with open("/proc/self/statm") as f:
            sider = int(f.read().split()[1])
        return round(sider * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import psutil

        return round(psutil.Process().memory_info().rss / 2**20, 1)
    except ImportError:
        return None


# --- the child: the working session -------------------------------------------------------------


def barn(db_sti: str, minutter: float, seed: int, initialer: str | None) -> int:
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QEventLoop,
        QPoint,
        QPointF,
        Qt,
        QTimer,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from app.store.db import Database
    from app.views.app import installer_oversettelse, lag_app
    from app.views.hovedvindu import Hovedvindu
    from app.views.kurver.tre import NavnRolle, SakRolle
    from bench.run import registeret

    qInstallMessageHandler(
        lambda _t, _c, melding: None if "propagateSizeHints" in melding else sys.stderr.write(melding + "\n")
    )
    rng = random.Random(seed)
    app = lag_app()
    installer_oversettelse(app)
    db = Database.aapne(db_sti, opprett=False)
    initialer = initialer or registeret(db)["tung_bruker"]
    w = Hovedvindu(db, initialer)
    w.resize(1400, 900)
    w.show()

    def vent(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def vent_lastet(timeout_ms: int = 30000) -> None:
        t = time.monotonic()
        while (w.tre._arbeider.opptatt or w.liste._arbeider.opptatt) and (
            time.monotonic() - t
        ) * 1000 < timeout_ms:
            vent(5)

    def kort(d) -> bool:
        # A registration card opened and looked at, then cancelled: its paint path runs, nothing saved.
        d.show()
        app.processEvents()
        d.repaint()
        d.reject()
        d.deleteLater()
        return False

    w.kjor_dialog = kort
    vent_lastet()
    vent(200)
    kurver = [it.data(0, NavnRolle) for it in w.tre._alle() if it.data(0, SakRolle) is None]
    kurver = [k for k in kurver if k] or ["ubehandlet"]
    tabell = w.liste.tabell
    vp = tabell.viewport()

    def hjul() -> None:
        for _ in range(rng.randint(3, 12)):
            delta = -120 if rng.random() < 0.8 else 120
            pos = QPointF(vp.width() / 2, vp.height() / 2)
            ev = QWheelEvent(
                pos, vp.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta),
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
            )  # fmt: skip
            QApplication.sendEvent(vp, ev)
            app.processEvents()

    def velg() -> None:
        n = w.liste.modell.rowCount()
        if not n:
            return
        rad = tabell.currentIndex().row()
        rad = min(n - 1, max(0, rad + rng.choice([-1, 1, 1, 1, 2]) if rad >= 0 else 0))
        tabell.selectRow(rad)
        app.processEvents()
        w.lesefelt.repaint()

    def bytt_kurv() -> None:
        w.velg_kurv(rng.choice(kurver))
        vent_lastet()
        app.processEvents()

    def sok() -> None:
        w.sokefelt.setText(rng.choice(SOKEORD))
        w.sokefelt.returnPressed.emit()
        vent_lastet()
        app.processEvents()

    def aapne_kort() -> None:
        if w.valg is not None and w.handlinger["rediger"].isEnabled():
            w.handlinger["rediger"].trigger()
            app.processEvents()

    handlinger = [(hjul, 40), (velg, 40), (bytt_kurv, 8), (sok, 6), (aapne_kort, 6)]
    funksjoner, vekter = zip(*handlinger, strict=True)
    teller = {f.__name__: 0 for f in funksjoner}
    t0 = time.monotonic()
    slutt = t0 + minutter * 60
    neste = t0
    while True:
        naa = time.monotonic()
        if naa >= neste or naa >= slutt:
            print(
                json.dumps(
                    {
                        "t_s": round(naa - t0, 1),
                        "operasjoner": dict(teller),
                        "rss_mb": rss_mb(),
                        "none_refcount": sys.getrefcount(None),
                    }
                ),
                flush=True,
            )
            neste += SJEKKPUNKT_S
        if naa >= slutt:
            break
        f = rng.choices(funksjoner, vekter)[0]
        f()
        # The window's own event loop deletes closed dialogs and replaced buffers (deleteLater);
        # processEvents() alone does not, so do what returning to the loop would do.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        teller[f.__name__] += 1
    os._exit(0)  # Qt teardown is not part of the session


# --- the parent: run, watch, report ---------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--barn":
        return barn(argv[1], float(argv[2]), int(argv[3]), argv[4] if len(argv) > 4 else None)

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True, help="SQLite path of a generated registry (bench/generate.py)")
    p.add_argument("--minutter", type=float, default=10.0, help="length of the session (default 10)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--bruker", help="initials of the user (default: the busiest saksbehandler)")
    p.add_argument("--json", help="write the figures here")
    a = p.parse_args(argv)

    import PySide6

    print(
        f"Soak: {a.minutter:g} min i vinduet på {a.db}; Python {sys.version.split()[0]}, "
        f"PySide6 {PySide6.__version__}",
        flush=True,
    )
    args = [sys.executable, str(Path(__file__).resolve()), "--barn", a.db, str(a.minutter), str(a.seed)]
    if a.bruker:
        args.append(a.bruker)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    punkter: list[dict] = []
    assert proc.stdout is not None
    for linje in proc.stdout:
        if linje.startswith("{"):
            punkt = json.loads(linje)
            punkter.append(punkt)
            ops = sum(punkt["operasjoner"].values())
            print(
                f"  {punkt['t_s']:7.1f} s  {ops:7d} operasjoner  RSS {punkt['rss_mb']} MB  "
                f"refcount(None) {punkt['none_refcount']}",
                flush=True,
            )
    feil = proc.stderr.read() if proc.stderr else ""
    kode = proc.wait()
    krasj = kode != 0
    if not punkter:
        print(f"Økten startet ikke (kode {kode}):\n{feil}", file=sys.stderr)
        return 1
    start = next((pt for pt in punkter if pt["t_s"] >= OPPVARMING_S), punkter[0])
    slutt = punkter[-1]
    ut = {
        "minutter": round(slutt["t_s"] / 60, 2),
        "krasj": krasj,
        "kode": kode,
        "operasjoner": slutt["operasjoner"],
        "operasjoner_totalt": sum(slutt["operasjoner"].values()),
        "rss_start_mb": start["rss_mb"],
        "rss_start_t_s": start["t_s"],
        "rss_slutt_mb": slutt["rss_mb"],
        "rss_vekst_mb": round((slutt["rss_mb"] or 0) - (start["rss_mb"] or 0), 1),
        "none_refcount_drift": slutt["none_refcount"] - punkter[0]["none_refcount"],
        "pyside6": PySide6.__version__,
        "python": sys.version.split()[0],
        "sjekkpunkter": punkter,
    }
    print(
        f"{'KRASJ' if krasj else 'Ingen krasj'} etter {ut['minutter']} min; {ut['operasjoner_totalt']:,} "
        f"operasjoner {ut['operasjoner']}; RSS {ut['rss_start_mb']} MB (ved {ut['rss_start_t_s']} s) → "
        f"{ut['rss_slutt_mb']} MB ({ut['rss_vekst_mb']:+} MB); refcount(None) drift {ut['none_refcount_drift']:+}",
        flush=True,
    )
    if krasj:
        siste = "\n".join(feil.strip().splitlines()[-15:])
        print(f"Barneprosessen endte med kode {kode}:\n{siste}", flush=True)
        ut["stderr"] = siste
    if a.json:
        Path(a.json).write_text(json.dumps(ut, indent=2, ensure_ascii=False))
        print(f"skrev {a.json}")
    return 1 if krasj else 0


if __name__ == "__main__":
    raise SystemExit(main())
