"""The house rules a reviewer would otherwise check by hand (issue 11): layers, no import circles
between services, and modules small enough to read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parents[1]
MAKS_LINJER = 600


def test_ingen_modul_under_app_er_lengre_enn_600_linjer():
    # The frozen migrations are recorded SQL text, not code to read: they are excluded.
    lange = {
        str(f.relative_to(ROT)): n
        for f in (ROT / "app").rglob("*.py")
        if "migrations" not in f.parts
        and (n := len(f.read_text(encoding="utf-8").splitlines())) > MAKS_LINJER
    }
    assert not lange, f"moduler over {MAKS_LINJER} linjer: {lange}"


def test_tjenestene_importerer_ikke_hverandre_i_ring():
    grimp = pytest.importorskip("grimp", reason="grimp kommer med import-linter (test-ekstra)")
    graf = grimp.build_graph("app")
    moduler = sorted(m for m in graf.modules if m.startswith("app.services."))
    ringer = [
        (a, b)
        for i, a in enumerate(moduler)
        for b in moduler[i + 1 :]
        if graf.chain_exists(a, b) and graf.chain_exists(b, a)
    ]
    assert not ringer, f"importringer mellom tjenester: {ringer}"


def test_lagkontraktene_holder():
    pytest.importorskip("importlinter", reason="import-linter er en test-ekstra")
    p = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
        ],
        cwd=ROT,
        capture_output=True,
        text=True,
    )
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-2000:]
