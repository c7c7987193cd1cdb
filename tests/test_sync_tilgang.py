"""An access change touches only what changed (issue 17.2), through the Saksbord server.

* A code granted to or taken from one user: only that user's next pull re-checks its ids, and
  its replica then holds exactly what row-level security shows it; another user's pull checks
  nothing (no id check, no scoped check) and stays as it was.
* A sak shielded after the fact: every replica re-checks that sak's rows only, and a user who
  may no longer see it loses the sak and its journalposter.
* The notification of a user's access change carries that user's id and wakes only that user's
  event streams; a row change of an access table wakes nobody else.
"""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from app.server.hendelser import Hendelser
from app.services import admin, saker
from app.services.arbeid import Kontekst
from app.services.synk import SynkKlient
from app.services.synk.http import logg_inn
from app.store.db import Database
from app.store.sync import pull
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _nokkelring(nokkelring):
    return nokkelring


@pytest.fixture
def teller(monkeypatch):
    """Counts the server's full id checks (per table) and scoped checks (per pull)."""
    antall = {"hele": 0, "omfang": 0}
    hele, omfang = pull._sjekk_ider, pull._sjekk_omfang

    def tell_hele(*a, **kw):
        antall["hele"] += 1
        return hele(*a, **kw)

    def tell_omfang(*a, **kw):
        antall["omfang"] += 1
        return omfang(*a, **kw)

    monkeypatch.setattr(pull, "_sjekk_ider", tell_hele)
    monkeypatch.setattr(pull, "_sjekk_omfang", tell_omfang)

    def les() -> dict[str, int]:
        ut = dict(antall)
        antall.update(hele=0, omfang=0)
        return ut

    return les


def _klient(tjener, tmp_path, ini: str) -> SynkKlient:
    logg_inn(tjener.url, ini, PASSORD)
    return SynkKlient(str(tmp_path / f"{ini.lower()}.sqlite"), tjener.url, ini)


def _ider(k: SynkKlient, tabell: str) -> set[int]:
    with k.replika.engine.connect() as c:
        return {r[0] for r in c.exec_driver_sql(f"SELECT id FROM {tabell}")}


def _rls(pg_demo, ini: str, tabell: str) -> set[int]:  # noqa: F811
    """What row-level security shows the user (its role is NOLOGIN with the server: switch to it)."""
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute(f'SET ROLE "{pg_demo.rolle(ini)}"')
        return {r[0] for r in c.execute(f"SELECT id FROM {tabell}")}


def _admin(pg_demo, sql: str, *args):  # noqa: F811
    with psycopg.connect(pg_demo.conninfo()) as c:
        return c.execute(sql, args).fetchall()


def test_tilgang_for_en_bruker_sjekker_bare_den_brukeren(tjener, pg_demo, tmp_path, teller):  # noqa: F811
    oha, kle = _klient(tjener, tmp_path, "OHA"), _klient(tjener, tmp_path, "KLE")
    oha.synk(), kle.synk()
    assert _ider(oha, "sak") == _rls(pg_demo, "OHA", "sak")
    # A code some saker carry that OHA does not hold.
    kode = _admin(
        pg_demo,
        "SELECT s.tilgangskode FROM sak s WHERE s.tilgangskode IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM bruker_tilgang t JOIN bruker b ON b.id = t.bruker_id "
        " WHERE b.initialer = 'OHA' AND t.tilgangskode = s.tilgangskode) "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    )[0][0]
    for_kle = {t: _ider(kle, t) for t in ("sak", "journalpost", "korrespondansepart")}
    teller()

    db = Database.aapne(pg_demo.admin_url, opprett=False)
    try:
        admin.endre_tilgang(db, initialer="OHA", legg_til_koder=[kode])
        kle.synk()
        assert teller() == {"hele": 0, "omfang": 0}  # another user's access: nothing to re-check
        assert {t: _ider(kle, t) for t in for_kle} == for_kle

        foer = _ider(oha, "sak")
        oha.synk()
        assert teller()["hele"] > 0
        assert _ider(oha, "sak") == _rls(pg_demo, "OHA", "sak") and _ider(oha, "sak") > foer
        assert _ider(oha, "journalpost") == _rls(pg_demo, "OHA", "journalpost")

        admin.endre_tilgang(db, initialer="OHA", fjern_koder=[kode])
        kle.synk()
        assert teller() == {"hele": 0, "omfang": 0}
        oha.synk()
        assert teller()["hele"] > 0
        assert _ider(oha, "sak") == foer == _rls(pg_demo, "OHA", "sak")
        assert _ider(oha, "journalpost") == _rls(pg_demo, "OHA", "journalpost")
    finally:
        db.lukk()
        oha.lukk()
        kle.lukk()


def test_skjerming_av_en_sak_sjekker_bare_den_saken(tjener, pg_demo, tmp_path, teller):  # noqa: F811
    kle = _klient(tjener, tmp_path, "KLE")
    kle.synk()
    # An open sak KLE sees today, with journalposter, and a code KLE does not hold.
    sak_id, saksnr = _admin(
        pg_demo,
        "SELECT s.id, s.saksaar || '/' || s.sakssekvensnummer FROM sak s WHERE s.tilgangskode IS NULL "
        "AND s.status = 'B' AND EXISTS (SELECT 1 FROM journalpost j WHERE j.sak_id = s.id AND j.tilgangskode IS NULL) "
        "ORDER BY s.id LIMIT 1",
    )[0]
    kode = _admin(
        pg_demo,
        "SELECT k.kode FROM kode_tilgang k WHERE NOT EXISTS (SELECT 1 FROM bruker_tilgang t JOIN bruker b "
        "ON b.id = t.bruker_id WHERE b.initialer = 'KLE' AND t.tilgangskode = k.kode) ORDER BY 1 LIMIT 1",
    )[0][0]
    jp = {r[0] for r in _admin(pg_demo, "SELECT id FROM journalpost WHERE sak_id = %s", sak_id)}
    assert sak_id in _ider(kle, "sak") and jp <= _ider(kle, "journalpost")
    teller()

    db = Database.aapne(pg_demo.admin_url, opprett=False)
    try:
        saker.skjerm_sak(Kontekst(db, "ALA"), saksnr, kode=kode, hjemmel="Offl. § 13", nivaa=1)
    finally:
        db.lukk()
    kle.synk()
    assert teller() == {"hele": 0, "omfang": 1}  # that sak's rows only, not every id
    assert sak_id not in _ider(kle, "sak")
    assert _ider(kle, "sak") == _rls(pg_demo, "KLE", "sak")
    assert _ider(kle, "journalpost") == _rls(pg_demo, "KLE", "journalpost")
    kle.lukk()


def test_varselet_om_en_brukers_tilgang_naar_bare_den_brukeren(pg_demo):  # noqa: F811
    (oha_id,) = _admin(pg_demo, "SELECT id FROM bruker WHERE initialer = 'OHA'")[0]
    with psycopg.connect(pg_demo.conninfo(), autocommit=True) as lytt:
        lytt.execute("LISTEN saksbord_synlighet")
        db = Database.aapne(pg_demo.admin_url, opprett=False)
        try:
            admin.endre_tilgang(db, initialer="OHA", legg_til_koder=["P"])
        finally:
            db.lukk()
        nyttelast = {n.payload for n in lytt.notifies(timeout=2, stop_after=1)}
    # OHA's id (and whoever holds OHA's desk today): nobody else.
    holdere = {
        str(r[0])
        for r in _admin(
            pg_demo,
            "SELECT stedfortreder_id FROM stedfortreder WHERE leder_id = %s AND current_date BETWEEN fra AND til",
            oha_id,
        )
    }
    assert str(oha_id) in nyttelast and nyttelast <= {str(oha_id)} | holdere

    async def ruting() -> dict[str, bool]:
        h = Hendelser({})
        h._loop = asyncio.get_running_loop()
        koer = {"oha": h.abonner(oha_id), "kle": h.abonner(oha_id + 1000), "anonym": h.abonner()}
        h._varsel(("saksbord_synlighet", str(oha_id)))
        h._varsel(("saksbord_endring", '{"tabell": "bruker_tilgang"}'))
        await asyncio.sleep(0.05)
        vekket = {n: not k.empty() for n, k in koer.items()}
        for k in koer.values():
            while not k.empty():
                k.get_nowait()
        h._varsel(("saksbord_endring", '{"tabell": "journalpost"}'))
        await asyncio.sleep(0.05)
        assert all(not k.empty() for k in koer.values())  # a row change wakes everyone
        return vekket

    assert asyncio.run(ruting()) == {"oha": True, "kle": False, "anonym": False}
