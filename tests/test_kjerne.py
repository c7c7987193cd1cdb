"""The headless core: no Qt in domain/store/services, the schema version constant, the CLI contract basics."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_kjernen_laster_ikke_qt():
    moduler = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for pakke in ("app/domain", "app/store", "app/services")
        for p in (ROOT / pakke).rglob("*.py")
        if "migrations" not in p.parts
    )
    assert len(moduler) > 10
    kode = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in moduler)
    kode += "qt = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\nprint(qt)\n"
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=ROOT, check=True)
    assert ut.stdout.strip() == "[]", f"Qt loaded by the core: {ut.stdout}"


def test_skjemaversjon_er_alembic_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.store.db import MIGRATIONS, SKJEMA_VERSJON

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SKJEMA_VERSJON


def test_samme_skjema_paa_begge_dialekter(tom_db):
    from sqlalchemy import inspect

    from app.store.models import Base

    tabeller = set(inspect(tom_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tabeller
    assert tom_db.skjema_versjon() is not None


def test_kurs_klokke_bare_paa_demo(tom_db, monkeypatch):
    import datetime as dt

    import pytest

    from app.domain.feil import UgyldigInndata

    monkeypatch.setenv("SAKSBORD_IDAG", "2027-03-01")
    with pytest.raises(UgyldigInndata, match="demo- eller kursdatabase"):
        tom_db.idag()
    tom_db.sett_innstilling("demo", "ja")
    assert tom_db.idag() == dt.date(2027, 3, 1)
