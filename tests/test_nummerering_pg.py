"""Numbers assigned under concurrency: 8 processes register at once on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import saker
from app.services.arbeid import Kontekst
from app.services.brukere import opprett_bruker, opprett_enhet
from app.store import models as m
from app.store.db import Database

ROOT = Path(__file__).resolve().parents[1]

ARBEIDER = """
import sys
from app.store.db import Database
from app.services.arbeid import Kontekst
from app.services import journalposter, saker
from app.services.journalposter import NyJournalpost, PartInn
db = Database.aapne(sys.argv[1])
ctx = Kontekst(db, sys.argv[2])
for i in range(int(sys.argv[4])):
    journalposter.registrer_journalpost(ctx, NyJournalpost(sak=sys.argv[3], type="I", tittel=f"Brev {i}", avsendere=[PartInn("Kari")]))
    if i % 5 == 0:
        saker.opprett_sak(ctx, tittel=f"Sak fra {sys.argv[2]} {i}", klasse="000")
"""


@pytest.mark.slow
def test_aatte_prosesser_gir_unike_nummer_uten_hull(pg_url):
    db = Database.aapne(pg_url)
    opprett_enhet(db, kode="E", navn="Enhet")
    brukere = [f"U{i}" for i in range(8)]
    for ini in brukere:
        opprett_bruker(db, initialer=ini, navn=f"Bruker {ini}", enhet="E", roller=["saksbehandler"])
    felles = saker.opprett_sak(Kontekst(db, "U0"), tittel="Felles sak", klasse="000").saksnummer
    per_prosess = 12
    prosesser = [
        subprocess.Popen(
            [sys.executable, "-c", ARBEIDER, pg_url, ini, felles, str(per_prosess)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for ini in brukere
    ]
    for p in prosesser:
        _, feil = p.communicate(timeout=240)
        assert p.returncode == 0, feil[-2000:]
    with db.session() as s:
        dok = sorted(s.scalars(select(m.Journalpost.dokumentnummer)))
        lop = sorted(s.scalars(select(m.Journalpost.journalsekvensnummer)))
        saksnr = sorted(s.scalars(select(m.Sak.sakssekvensnummer)))
    n = 8 * per_prosess
    assert dok == list(range(1, n + 1)), "dokumentnummer in the shared sak must be 1..N without gaps"
    assert lop == list(range(1, n + 1)), "løpenummer must be 1..N without gaps"
    assert saksnr == list(range(1, len(saksnr) + 1)) and len(saksnr) == 1 + 8 * 3
    db.lukk()
