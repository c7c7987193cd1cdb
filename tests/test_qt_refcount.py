"""The Qt binding must not leak references to None while the window repaints (issue 19).

PySide6 6.12.0 takes one reference from ``None`` per repaint of a widget whose paint path runs
Python (the kurv list's model ``data()``, the reading pane) and never gives it back. On Python 3.11
``None`` is an ordinary object: after roughly a minute of scrolling its count reaches zero and the
interpreter aborts with "none_dealloc". This test repaints the kurv list and the reading pane 1,000
times and fails if None's count fell, so a leaking binding is caught before it ships.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import vent

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its reference count cannot fall, so a leak "
    "in the binding cannot crash the interpreter and is not visible here",
)

REPAINTS = 1000
# A few references come and go with caches and lazily built objects; a leaking binding loses at
# least one per repaint (1,000 here), so 50 separates noise from a leak by a wide margin.
STOY = 50


def test_repaint_tar_ikke_referanser_fra_none(qtbot, lag_vindu):
    w = lag_vindu("OHA")
    assert w.liste.modell.rowCount() > 0
    w.liste.tabell.selectRow(0)
    qtbot.waitUntil(lambda: w.valg is not None and not w.leser.leser)
    vent(qtbot, w)
    viewport = w.liste.tabell.viewport()
    lesefelt = w.lesefelt
    # Warm up: page cache, fonts, icons and the reading pane's first layout.
    for _ in range(20):
        viewport.repaint()
        lesefelt.repaint()

    for _ in range(3):  # settle pending deferred deletes before the first reading
        qtbot.wait(1)
    for_ = sys.getrefcount(None)
    for _ in range(REPAINTS):
        viewport.repaint()
        lesefelt.repaint()
    etter = sys.getrefcount(None)

    assert etter >= for_ - STOY, (
        f"None lost {for_ - etter} references over {REPAINTS} repaints: the Qt binding leaks "
        "(see the Qt pin in pyproject.toml)"
    )
