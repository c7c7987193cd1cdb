"""Numbers assigned under concurrency with the Saksbord server in between: 8 desktop processes, each
holding only its user's token, register at once through ``/api/utfor`` (the server's thread pool
runs them side by side on one PostgreSQL). The numbers must come out unique and without gaps, as
they do when the processes write PostgreSQL directly (tests/test_nummerering_pg.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from app.services.synk.http import HttpTransport, logg_inn
from tests.support.skrivetilgang import gi_skrivetilgang
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[1]

ARBEIDER = """
import sys
from app.services.journalposter import NyJournalpost, PartInn
from app.services.synk.http import HttpTransport
url, ini, token, sak, n = sys.argv[1:6]
t = HttpTransport(url, ini, token=token, tidsavbrudd_s=120)
for i in range(int(n)):
    ny = NyJournalpost(sak=sak, type="I", tittel=f"Brev {ini} {i}", avsendere=[PartInn("Kari")], saksbehandler=ini)
    t.utfor("registrer_journalpost", {"ny": ny})
    if i % 5 == 0:
        t.utfor("opprett_sak", {"tittel": f"Sak fra {ini} {i}", "klasse": "000"})
t.lukk()
"""

BRUKERE = ("OHA", "KLE", "MBE", "ALA", "ISO", "TBA", "SNI", "PKR")


def _en(demo, sql: str, *args):
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute(sql, args).fetchone()


@pytest.mark.slow
@pytest.mark.pg
def test_aatte_prosesser_gjennom_serveren_gir_unike_nummer_uten_hull(pg_demo, tjener):  # noqa: F811
    from app.server.innlogging import sett_passord
    from app.store.db import Database

    admin = Database.aapne(pg_demo.admin_url, opprett=False)
    for ini in BRUKERE:
        sett_passord(admin, ini, PASSORD)
    admin.lukk()
    (sak_id, sak) = _en(
        pg_demo,
        "SELECT id, saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
        "ORDER BY id LIMIT 1",
    )
    # Users of several units register in one sak: the archive grants them write access (issue 20 item 4).
    arkiv = HttpTransport(tjener.url, "ALA", token=logg_inn(tjener.url, "ALA", PASSORD, lagre=False))
    try:
        assert gi_skrivetilgang(arkiv, sak, BRUKERE), "every user had write access already: no grant tested"
    finally:
        arkiv.lukk()
    (maks_jp, maks_dok, maks_sak) = _en(
        pg_demo,
        "SELECT (SELECT max(id) FROM journalpost), "
        "(SELECT coalesce(max(dokumentnummer), 0) FROM journalpost WHERE sak_id = %s), (SELECT max(id) FROM sak)",
        sak_id,
    )
    per_prosess = 10
    prosesser = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                ARBEIDER,
                tjener.url,
                ini,
                logg_inn(tjener.url, ini, PASSORD, lagre=False),
                sak,
                str(per_prosess),
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for ini in BRUKERE
    ]
    for p in prosesser:
        _, feil = p.communicate(timeout=300)
        assert p.returncode == 0, feil[-2000:]
    n = len(BRUKERE) * per_prosess
    with psycopg.connect(pg_demo.conninfo()) as c:
        nye = c.execute(
            "SELECT dokumentnummer, journalaar, journalsekvensnummer FROM journalpost WHERE id > %s",
            (maks_jp,),
        ).fetchall()
        assert len(nye) == n
        assert sorted(d for d, _, _ in nye) == list(range(maks_dok + 1, maks_dok + n + 1))
        # Løpenummer per year: the new ones continue the year's series without a gap or a repeat.
        for aar in {a for _, a, _ in nye}:
            mine = sorted(s for _, a, s in nye if a == aar)
            (alle,) = c.execute(
                "SELECT array_agg(journalsekvensnummer ORDER BY journalsekvensnummer) FROM journalpost "
                "WHERE journalaar = %s",
                (aar,),
            ).fetchone()
            assert alle == sorted(set(alle)), "a løpenummer was given twice"
            assert mine == list(range(mine[0], mine[0] + len(mine)))
            assert mine[-1] == alle[-1]
        saksnr = c.execute(
            "SELECT saksaar, array_agg(sakssekvensnummer ORDER BY sakssekvensnummer) FROM sak WHERE id > %s "
            "GROUP BY saksaar",
            (maks_sak,),
        ).fetchall()
        assert sum(len(nr) for _, nr in saksnr) == len(BRUKERE) * 2
        for aar, nr in saksnr:
            (alle,) = c.execute(
                "SELECT array_agg(sakssekvensnummer ORDER BY sakssekvensnummer) FROM sak WHERE saksaar = %s",
                (aar,),
            ).fetchone()
            assert alle == sorted(set(alle)) and nr == list(range(nr[0], nr[0] + len(nr)))
