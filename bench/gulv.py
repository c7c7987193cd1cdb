"""Floors for the bench's figures: what the same work costs with nothing of Saksbord's own around it.

- ``tomt_vindu_s``: a fresh Python that imports PySide6 and paints an empty QMainWindow (offscreen),
  launch to first paint: the floor of ``cold_start_s``.
- ``sql_gulv_ms``: the SQL a service call ran (caught with SQLAlchemy's ``before_cursor_execute``),
  replayed on a plain DB-API connection of the same engine: the floor of the call, without the
  services, the ORM and the window. Used for the kurv's first page and for each search.

``forhold`` turns a figure and its floor into the ratio the issue asks for (≤ 2, or within 20 ms
of a floor under 10 ms).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

_TOMT_VINDU = """
import sys, time, json
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1200, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(json.dumps({"malt": time.time() - t0}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F()
w.installEventFilter(f)
w.show()
app.exec()
"""


def tomt_vindu_s(ganger: int = 3) -> dict:
    """Launch to first paint of an empty PySide6 window in a fresh process (median of ``ganger``)."""
    tider = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(ganger):
        t0 = time.time()
        p0 = time.perf_counter()
        r = subprocess.run(
            [sys.executable, "-c", _TOMT_VINDU, str(t0)], capture_output=True, text=True, env=env, timeout=120
        )
        if r.returncode != 0:
            raise RuntimeError(f"tomt vindu feilet: {r.stderr}")
        tider.append(time.perf_counter() - p0)
    return {"cold_start_floor_s": round(statistics.median(tider), 3), "alle_s": [round(t, 3) for t in tider]}


@contextmanager
def fang_sql(db):
    """Collect the SELECT statements (with parameters) run through ``db.engine`` meanwhile."""
    from sqlalchemy import event

    fanget: list[tuple[str, object]] = []

    def før(conn, cursor, statement, parameters, context, executemany):  # noqa: ARG001
        s = statement.lstrip().upper()
        if s.startswith(("SELECT", "WITH")) and not executemany:
            fanget.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", før)
    try:
        yield fanget
    finally:
        event.remove(db.engine, "before_cursor_execute", før)


def spill_av_ms(db, fanget: list[tuple[str, object]], *, ganger: int = 3) -> float:
    """Run the caught statements on a plain DB-API connection and fetch every row; median ms."""
    raw = db.engine.raw_connection()
    try:
        tider = []
        for _ in range(ganger):
            cur = raw.cursor()
            t = time.perf_counter()
            for sql, p in fanget:
                cur.execute(sql, p if p is not None else ())
                cur.fetchall()
            tider.append((time.perf_counter() - t) * 1000)
            cur.close()
        return round(statistics.median(tider), 2)
    finally:
        raw.close()


def sql_gulv_ms(db, kall: Callable[[], object], *, ganger: int = 3) -> tuple[float, int]:
    """(floor ms, statements) of ``kall``: its SQL alone, replayed ``ganger`` times (median)."""
    with fang_sql(db) as fanget:
        kall()
    return spill_av_ms(db, fanget, ganger=ganger), len(fanget)


def forhold(figur: float | None, gulv: float | None, *, ms: bool = True) -> dict:
    """{figur, gulv, ratio, ok}: ok when figur/gulv ≤ 2, or the floor is under 10 ms and figur is within 20 ms."""
    if figur is None or gulv is None or gulv <= 0:
        return {"figur": figur, "gulv": gulv, "ratio": None, "ok": None}
    ratio = figur / gulv
    gulv_ms, figur_ms = (gulv, figur) if ms else (gulv * 1000, figur * 1000)
    ok = ratio <= 2 or (gulv_ms < 10 and figur_ms - gulv_ms <= 20)
    return {"figur": figur, "gulv": gulv, "ratio": round(ratio, 2), "ok": ok}


if __name__ == "__main__":  # the floor alone: python bench/gulv.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print(tomt_vindu_s())
