"""The documents core stays headless: importing every module of app/dokumenter loads no SQLAlchemy and no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_dokumenter_laster_verken_database_eller_qt():
    moduler = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "app" / "dokumenter").rglob("*.py")
    )
    assert "app.dokumenter.konvertering" in moduler and "app.dokumenter.maler" in moduler
    kode = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in moduler)
    # The template engines are imported on first use; load them too, they must not pull either in.
    kode += "import docxtpl, mailmerge, pikepdf, pypdf\n"
    kode += (
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'shiboken6', 'app.store', 'app.services')"
        " or m.startswith(('app.store', 'app.services', 'app.views', 'app.widgets'))))\n"
    )
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=ROOT, check=True)
    assert ut.stdout.strip() == "[]", f"app.dokumenter lastet: {ut.stdout}"
