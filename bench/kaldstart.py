"""Cold start against its floor: ``python -m app`` until the first kurv has painted its rows, next to
a process that only shows an empty PySide6 QMainWindow (issue 17.5: within 2× that floor).

Both children are started the same way (a fresh interpreter, offscreen), interleaved, median of
``--ganger`` runs each. The app child is the real entry point; ``SAKSBORD_OPPSTARTSMAALING=<file>``
makes it write the wall-clock time of its first painted kurv row to that file and quit
(app/views/app.py). The floor child writes the time of its first paint the same way.

    python bench/kaldstart.py --db /tmp/bench-1m.sqlite --bruker ABC [--ganger 5] [--json ut.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]

GULV = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
ut = sys.argv[1]
app = QApplication([])
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            with open(ut, "w") as f:
                f.write(repr(time.time()))
            app.quit()
        return False
w = QMainWindow(); w.resize(1200, 800)
f = F(); w.installEventFilter(f)
w.show()
app.exec()
"""


def _miljo() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _kjor(args: list[str], env: dict, ut: Path, *, timeout: float = 120) -> float:
    ut.unlink(missing_ok=True)
    t0 = time.time()
    p = subprocess.run(args, env=env, cwd=ROT, capture_output=True, text=True, timeout=timeout)
    if not ut.exists():
        raise RuntimeError(f"barnet malte aldri (rc {p.returncode}): {p.stderr[-2000:]}")
    return float(ut.read_text()) - t0


def gulv(ut: Path) -> float:
    return _kjor([sys.executable, "-c", GULV, str(ut)], _miljo(), ut)


def app(db: str, bruker: str, ut: Path) -> float:
    env = _miljo() | {"SAKSBORD_OPPSTARTSMAALING": str(ut), "SAKSBORD_BRUKER": bruker}
    env.pop("SAKSBORD_PROFIL", None)
    return _kjor([sys.executable, "-m", "app", "--db", db], env, ut)


def maal(db: str, bruker: str, *, ganger: int = 3) -> dict:
    """Interleaved runs of both children; medians in seconds and the ratio."""
    with tempfile.TemporaryDirectory() as d:
        ut = Path(d) / "malt.txt"
        if ganger > 1:
            app(db, bruker, ut)  # warm the file cache once (the figures are warm starts, as a user's second one)
        g, a = [], []
        for _ in range(ganger):
            g.append(gulv(ut))
            a.append(app(db, bruker, ut))
    gm, am = statistics.median(g), statistics.median(a)
    return {
        "cold_start_s": round(am, 3),
        "floor_s": round(gm, 3),
        "cold_start_vs_floor": round(am / gm, 2),
        "runs_app_s": [round(x, 3) for x in a],
        "runs_floor_s": [round(x, 3) for x in g],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--bruker", required=True)
    p.add_argument("--ganger", type=int, default=3)
    p.add_argument("--json")
    a = p.parse_args(argv)
    r = maal(a.db, a.bruker, ganger=a.ganger)
    r["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"kaldstart {r['cold_start_s']:.3f} s, tomt vindu {r['floor_s']:.3f} s, forhold {r['cold_start_vs_floor']:.2f}")
    if a.json:
        Path(a.json).write_text(json.dumps(r, indent=2))
    print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
