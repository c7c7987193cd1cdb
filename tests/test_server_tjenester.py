"""The server knows every write service a desktop can queue, not only those its own imports pulled in."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]


def _merket() -> set[str]:
    """Every function under app/services decorated with ``@skrivetjeneste`` (read from the source)."""
    navn = set()
    for fil in (ROT / "app" / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(fil.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for d in node.decorator_list:
                    kjerne = d.func if isinstance(d, ast.Call) else d
                    if isinstance(kjerne, ast.Name) and kjerne.id == "skrivetjeneste":
                        navn.add(node.name)
    return navn


def test_serverprosessen_kjenner_alle_skrivetjenester():
    kode = (
        "import json; from app.server.app import registrer_tjenester; registrer_tjenester(); "
        "from app.services.arbeid import SKRIVETJENESTER; print(json.dumps(sorted(SKRIVETJENESTER)))"
    )
    r = subprocess.run(
        [sys.executable, "-c", kode], cwd=ROT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROT)},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    kjent = set(json.loads(r.stdout))
    merket = _merket()
    assert len(merket) > 40
    assert merket <= kjent, sorted(merket - kjent)
