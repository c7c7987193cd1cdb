"""The sync client's seams, checked without a server: one registry, one owner of bookkeeping SQL."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from app.services import oppgaver
from app.services.arbeid import SKRIVETJENESTER

APP = Path(__file__).resolve().parents[1] / "app"


def test_koebare_tjenester_er_definert_ett_sted_ved_tjenestene():
    import app.services.synk  # noqa: F401  (imports every queueable service)

    assert {n for n, t in SKRIVETJENESTER.items() if t.koebar} == {
        "registrer_journalpost", "endre_journalpost", "avskriv", "besvar", "send_oppgave",
        "svar_oppgave", "ferdigstill", "ekspeder", "merk_oppgave_lest",
    }  # fmt: skip
    assert not SKRIVETJENESTER["deaktiver_oppgave"].koebar
    assert "vis_oppgave" not in SKRIVETJENESTER  # opening a task is a read


def test_skrivetjeneste_beholder_signaturen():
    fn = oppgaver.svar_oppgave
    assert inspect.signature(fn) == inspect.signature(SKRIVETJENESTER["svar_oppgave"].fn)
    assert list(inspect.signature(fn).parameters) == ["ctx", "oppgave_id", "svar", "til", "merknad"]


def test_bare_bokforingen_kjenner_bokforingstabellene():
    tabeller = ("synk_utboks", "synk_konflikt", "synk_lokal", "synk_tilstand")
    eiere = {
        str(p.relative_to(APP))
        for p in APP.rglob("*.py")
        if any(t in p.read_text(encoding="utf-8") for t in tabeller)
    }
    assert eiere == {"store/sync/replika.py"}


def test_store_sync_importerer_ingen_tjenester():
    kode = (
        "import sys, app.store.sync.replika, app.store.sync.pull, app.store.sync.lytter;"
        "print(sorted(m for m in sys.modules if m.startswith('app.services')))"
    )
    r = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"
