"""The channel package stays headless: app.ekspedering imports neither a database nor Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_kanalene_kjenner_ingen_database_og_ingen_qt():
    kode = (
        "import sys\n"
        "import app.ekspedering.epost, app.ekspedering.papir, app.ekspedering.feil\n"
        "bort = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'shiboken6',"
        " 'psycopg', 'alembic'))\n"
        "print(bort)\n"
    )
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=ROOT, check=True)
    assert ut.stdout.strip() == "[]", ut.stdout
