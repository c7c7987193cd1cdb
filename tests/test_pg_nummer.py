"""Numbers under concurrency: 8 client processes register saker and journalposter at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import psycopg
import pytest

from tests.support.skrivetilgang import gi_skrivetilgang
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)

KLIENT = textwrap.dedent(
    """
    import sys
    from app.services import journalposter, saker
    from app.services.arbeid import Kontekst
    from app.services.journalposter import NyJournalpost, PartInn
    from app.store.db import Database

    url, ini, sak, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    db = Database.aapne(url)
    ctx = Kontekst(db, ini)
    sys.stdin.readline()  # start together
    for i in range(n):
        journalposter.registrer_journalpost(
            ctx, NyJournalpost(sak=sak, type="I", tittel=f"Brev {ini} {i}", avsendere=[PartInn("Per Post")])
        )
        if i % 3 == 0:
            saker.opprett_sak(ctx, tittel=f"Sak fra {ini} {i}", klasse="000")
    print("ok")
    """
)


@pytest.mark.slow
def test_atte_prosesser_gir_unike_nummer_uten_hull(pg_demo):  # noqa: F811
    with psycopg.connect(pg_demo.conninfo()) as c:
        sak = c.execute(
            "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
            "ORDER BY id LIMIT 1"
        ).fetchone()[0]
        for_jp = c.execute("SELECT count(*) FROM journalpost").fetchone()[0]
        for_sak = c.execute("SELECT count(*) FROM sak").fetchone()[0]
    brukere = ["OHA", "ISO", "SNI", "LMO", "KLE", "TBA", "PKR", "ALA"]
    # Users of several units register in one sak: the archive grants them write access (issue 20 item 4).
    arkiv = pg_demo.db("ALA")
    try:
        assert gi_skrivetilgang(arkiv, sak, brukere), "every user had write access already: no grant tested"
    finally:
        arkiv.lukk()
    n = 9
    miljo = {**os.environ, "PYTHONPATH": os.getcwd()}
    prosesser = [
        subprocess.Popen(
            [sys.executable, "-c", KLIENT, pg_demo.url(ini), ini, sak, str(n)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=miljo,
        )  # fmt: skip
        for ini in brukere
    ]
    for p in prosesser:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in prosesser:
        ut, feil = p.communicate(timeout=180)
        assert p.returncode == 0, feil
    with psycopg.connect(pg_demo.conninfo()) as c:
        assert c.execute("SELECT count(*) FROM journalpost").fetchone()[0] == for_jp + 8 * n
        assert c.execute("SELECT count(*) FROM sak").fetchone()[0] == for_sak + 8 * ((n + 2) // 3)
        for aar, nr in c.execute(
            "SELECT journalaar, array_agg(journalsekvensnummer ORDER BY journalsekvensnummer) FROM journalpost GROUP BY 1"
        ):
            assert nr == list(range(1, len(nr) + 1)), f"løpenummer {aar} has gaps or duplicates"
        for aar, nr in c.execute(
            "SELECT saksaar, array_agg(sakssekvensnummer ORDER BY sakssekvensnummer) FROM sak GROUP BY 1"
        ):
            assert nr == list(range(1, len(nr) + 1)), f"saksnummer {aar} has gaps or duplicates"
        dok = [r[0] for r in c.execute(
            "SELECT dokumentnummer FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE s.saksaar || '/' || s.sakssekvensnummer = %s ORDER BY 1", (sak,)
        )]  # fmt: skip
        assert dok == list(range(1, len(dok) + 1))
