"""The first sync: set-wise visibility equal to row-level security, streamed in batches, resumable.

* For every demo user (and the extra access situations of the parity test), the rows the
  set-wise filters of ``app.store.sync.forste`` let through are exactly the rows row-level
  security shows that user's own login role, table by table.
* A first sync through the Saksbord server, cut off at half (the TCP connection dropped under
  it), resumes from the stored cursor and ends with exactly the replica an uninterrupted one makes;
  the same through PostgreSQL directly, with the client stopping mid-way.
* Document content is not in the first sync; opening a document fetches it through its journalpost.
"""

from __future__ import annotations

import contextlib
import socket
import threading

import httpx
import psycopg
import pytest

from app.domain.feil import Frakoblet
from app.services import dokumenter
from app.services.synk import SynkKlient
from app.services.synk.http import NOKKELRING_TJENESTE, logg_inn, nokkelring_navn
from app.store.db import Database
from app.store.pg.ddl import SYNK_TABELLER
from app.store.sync import forste, pull
from app.store.sync.forste import FILTER, lag_mengder, synlig_for
from app.store.sync.replika import Bokforing, aapne_replika
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import DEMOBRUKERE, pg_demo  # noqa: F401  (fixture)
from tests.test_tilgang_paritet import _utvid

pytestmark = pytest.mark.pg


def _nokler(cur, tabell: str, hvor: str = "", p: dict | None = None) -> set[tuple]:
    pk = ", ".join(f'"{k}"' for k in SYNK_TABELLER[tabell])
    return set(cur.execute(f'SELECT {pk} FROM "{tabell}"' + (f" WHERE {hvor}" if hvor else ""), p).fetchall())


def test_settvis_synlighet_er_lik_rls_for_hver_bruker(pg_demo):  # noqa: F811
    admin = Database.aapne(pg_demo.admin_url, opprett=False)
    _utvid(admin)
    admin.lukk()
    sjekket = 0
    for ini in DEMOBRUKERE:
        with psycopg.connect(pg_demo.conninfo()) as eier, psycopg.connect(pg_demo.conninfo(ini)) as bruker:
            cur = eier.cursor()
            sett = synlig_for(cur, pg_demo.rolle(ini))
            lag_mengder(cur, sett)
            p = forste.parametre(sett)
            for tabell, hvor in FILTER.items():
                alle = _nokler(cur, tabell)
                sett_vis = _nokler(cur, tabell, hvor, p)
                rls = _nokler(bruker.cursor(), tabell)
                assert sett_vis == rls, (ini, tabell, sorted(sett_vis ^ rls)[:5])
                sjekket += len(alle - rls)  # rows the filter had to hold back
    assert sjekket > 50  # the demo shields something from most users: the comparison is not vacuous


def _innhold(replika: Database) -> dict[str, list]:
    """Every synced table's rows in the replica, sorted (the bookkeeping tables left out)."""
    ut = {}
    with replika.engine.connect() as c:
        for tabell in SYNK_TABELLER:
            if tabell == "fulltekst":
                sql = "SELECT rowid, journalpost_id, tekst FROM fulltekst"
            else:
                sql = f'SELECT * FROM "{tabell}"'
            ut[tabell] = sorted((tuple(r) for r in c.exec_driver_sql(sql)), key=repr)
    return ut


def _sok(replika: Database) -> dict[str, list]:
    """The search tables' rows and the search triggers (off during a first sync, back after it)."""
    with replika.engine.connect() as c:
        ut: dict[str, list] = {
            t: sorted(tuple(r) for r in c.exec_driver_sql(f"SELECT rowid, tekst FROM {t}"))
            for t in ("sok_jp", "sok_jp_ord", "sok_sak", "sok_sak_ord")
        }
        ut["utlosere"] = sorted(
            r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        )
    return ut


class KuttProxy:
    """Forwards TCP to ``maal``; the answer stops after ``budsjett`` bytes (the connection dropped)."""

    def __init__(self, maal: tuple[str, int], budsjett: int | None) -> None:
        self.maal, self.budsjett = maal, budsjett
        self._lytter = socket.create_server(("127.0.0.1", 0))
        self.port = self._lytter.getsockname()[1]
        self._stopp = threading.Event()

    def __enter__(self) -> KuttProxy:
        threading.Thread(target=self._godta, daemon=True).start()
        return self

    def __exit__(self, *_e: object) -> None:
        self._stopp.set()
        self._lytter.close()

    def _godta(self) -> None:
        while not self._stopp.is_set():
            try:
                klient, _ = self._lytter.accept()
            except OSError:
                return
            server = socket.create_connection(self.maal)
            budsjett = self.budsjett
            threading.Thread(target=self._kopier, args=(klient, server, None), daemon=True).start()
            threading.Thread(target=self._kopier, args=(server, klient, budsjett), daemon=True).start()

    @staticmethod
    def _kopier(fra: socket.socket, til: socket.socket, budsjett: int | None) -> None:
        try:
            while data := fra.recv(4096):
                if budsjett is not None:
                    data = data[:budsjett]
                    budsjett -= len(data)
                til.sendall(data)
                if budsjett == 0:
                    break
        except OSError:
            pass
        for s in (fra, til):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


@pytest.fixture
def liten_bunke(monkeypatch):
    monkeypatch.setattr(forste, "BUNKE", 25)


def test_forste_synk_gjennom_serveren_avbrutt_paa_halvveien_fortsetter(
    tjener, pg_demo, tmp_path, liten_bunke, nokkelring  # noqa: F811
):
    # The uninterrupted first sync, for comparison.
    logg_inn(tjener.url, "OHA", PASSORD)
    hel = SynkKlient(str(tmp_path / "hel.sqlite"), tjener.url, "OHA")
    batcher: list[int] = []
    hel.transport.hent(hel.replika, tilbakestill=[], underveis=lambda n, _t: batcher.append(n))
    total = batcher[-1]
    assert len(batcher) > 10 and total > 200
    assert hel.bokforing.forste_markor() is None and hel.bokforing.markor().endringsnr > 0
    fasit = _innhold(hel.replika)
    assert fasit["innhold"] == []  # content comes on demand, not with the first sync

    # The same through a proxy that drops the connection once half the stream has passed.
    token = nokkelring.get_password(NOKKELRING_TJENESTE, nokkelring_navn(tjener.url, "OHA"))
    strom = httpx.post(
        tjener.url + "/api/endringer", json={"forste": {}}, headers={"Authorization": f"Bearer {token}"}
    ).content
    host, port = tjener.url.removeprefix("http://").split(":")
    with KuttProxy((host, int(port)), len(strom) // 2) as proxy:
        adresse = f"http://127.0.0.1:{proxy.port}"
        logg_inn(adresse, "OHA", PASSORD)
        k = SynkKlient(str(tmp_path / "avbrutt.sqlite"), adresse, "OHA")
        with pytest.raises(Frakoblet):
            k.transport.hent(k.replika, tilbakestill=[])
        underveis = k.bokforing.forste_markor()
        assert underveis is not None and k.bokforing.markor().endringsnr == 0
        halv = sum(len(v) for v in _innhold(k.replika).values())
        assert 0 < halv < sum(len(v) for v in fasit.values())
        assert not any(u.startswith("sok_") for u in _sok(k.replika)["utlosere"])  # off while it runs

        proxy.budsjett = None
        resten: list[int] = []
        k.transport.hent(k.replika, tilbakestill=[], underveis=lambda n, _t: resten.append(n))
        assert resten and resten[-1] < total  # resumed from the cursor, not from the start
        assert k.bokforing.forste_markor() is None
        assert k.bokforing.markor().endringsnr == hel.bokforing.markor().endringsnr
        assert _innhold(k.replika) == fasit
        assert _sok(k.replika) == _sok(hel.replika)
        # A document's content comes on demand through the server, checked by its journalpost.
        jpnr, dok = _et_dokument(pg_demo, "OHA")
        assert dokumenter.hent(k.ctx, jpnr, dokument_id=dok).data
        k.lukk()
    hel.lukk()


def _et_dokument(pg_demo, ini: str) -> tuple[str, int]:  # noqa: F811
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute(f'SET ROLE "{pg_demo.rolle(ini)}"')
        rad = c.execute(
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer, jd.dokument_id "
            "FROM journalpost_dokument jd JOIN journalpost j ON j.id = jd.journalpost_id "
            "JOIN sak s ON s.id = j.sak_id JOIN dokumentobjekt o ON o.dokument_id = jd.dokument_id "
            "ORDER BY j.id LIMIT 1"
        ).fetchone()
    assert rad is not None
    return rad[0], rad[1]


def test_forste_synk_direkte_avbrutt_fortsetter_og_dokument_hentes_ved_behov(
    pg_demo, tmp_path, liten_bunke  # noqa: F811
):
    url = pg_demo.url("KLE")
    hel = SynkKlient(str(tmp_path / "hel.sqlite"), url, "KLE")
    assert hel.synk() > 0
    fasit = _innhold(hel.replika)
    # The same rows, in the same form, as the whole-snapshot pull made before (content aside).
    gammel = aapne_replika(tmp_path / "gammel.sqlite")
    pg = Database.aapne(url, opprett=False)
    Bokforing(gammel).bruk_endringer(pull.endringer(pg, pull.Markor()))
    pg.lukk()
    som_foer = _innhold(gammel)
    # The search index built once at the end is the one the triggers make row by row.
    sok_foer = _sok(gammel)
    assert sok_foer["sok_jp"] and "sok_part_ny" in sok_foer["utlosere"]
    assert _sok(hel.replika) == sok_foer
    gammel.lukk()
    assert som_foer["innhold"] and fasit["innhold"] == []
    assert {t: r for t, r in som_foer.items() if t != "innhold"} == {t: r for t, r in fasit.items() if t != "innhold"}

    k = SynkKlient(str(tmp_path / "avbrutt.sqlite"), url, "KLE")

    class Stopp(Exception):
        pass

    def stopp(n: int, _t: str) -> None:
        if n >= 300:
            raise Stopp  # the desktop stops mid-way (closed, crashed)

    with pytest.raises(Stopp):
        k.transport.hent(k.replika, tilbakestill=[], underveis=stopp)
    assert k.bokforing.forste_markor() is not None
    assert k.synk() > 0
    assert _innhold(k.replika) == fasit
    assert _sok(k.replika) == sok_foer

    # A document's content arrives when it is opened, through its journalpost.
    jpnr, dok = _et_dokument(pg_demo, "KLE")
    fil = dokumenter.hent(k.ctx, jpnr, dokument_id=dok)
    assert fil.data and fil.data == dokumenter.hent(_kle(pg_demo), jpnr, dokument_id=dok).data
    with k.replika.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM innhold").scalar() >= 1
    k.lukk()
    hel.lukk()


def _kle(pg_demo):  # noqa: F811
    from app.services.arbeid import Kontekst

    return Kontekst(pg_demo.db("KLE"), "KLE")


def test_tom_replika_uten_server_mister_ingenting(tmp_path):
    """A replica never synced reports no first-sync cursor and an empty pull state."""
    r = aapne_replika(tmp_path / "tom.sqlite")
    assert Bokforing(r).forste_markor() is None and Bokforing(r).markor().endringsnr == 0
    r.lukk()
