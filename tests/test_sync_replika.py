"""The local replica against the real PostgreSQL: pull, two clients, NOTIFY, offline outbox and conflicts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import psycopg
import pytest

from app.services import kurver
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.services.synk import TILKOBLET, SynkKlient, Synkroniserer, forelopig_nummer, konflikter
from app.store.sync.pull import synk_ned
from app.store.sync.replika import aapne_replika
from tests.support.fjern import NOKKELRING_I_PROSESS
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)


def _vent_til(betingelse, frist: float = 8.0) -> bool:
    slutt = time.monotonic() + frist
    while time.monotonic() < slutt:
        if betingelse():
            return True
        time.sleep(0.05)
    return betingelse()


def test_synk_ned_henter_det_brukeren_ser_inkrementelt_og_med_slettinger(pg_demo, tmp_path):  # noqa: F811
    replika = aapne_replika(tmp_path / "mbe.sqlite")
    pg = pg_demo.db("MBE")
    try:
        forste = synk_ned(replika, pg)
        assert forste > 100
        with replika.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM sak WHERE tilgangskode = 'P'").scalar() == 0
            assert c.exec_driver_sql("SELECT count(*) FROM sak").scalar() > 5
        with psycopg.connect(pg_demo.conninfo()) as c:
            p_saker = c.execute("SELECT count(*) FROM sak WHERE tilgangskode = 'P'").fetchone()[0]
        assert p_saker > 0
        # Kurver run unchanged on the replica.
        assert kurver.kurver(Kontekst(replika, "MBE"))
        assert synk_ned(replika, pg) == 0  # nothing new

        with psycopg.connect(pg_demo.conninfo()) as c:
            jp_id, tittel = c.execute(
                "SELECT id, tittel FROM journalpost WHERE status IN ('R', 'S') AND tilgangskode IS NULL "
                "AND sak_id IN (SELECT id FROM sak WHERE tilgangskode IS NULL) ORDER BY id LIMIT 1"
            ).fetchone()
            c.execute("UPDATE journalpost SET tittel = 'Endret på serveren' WHERE id = %s", (jp_id,))
            mk = c.execute("SELECT id FROM merknad WHERE journalpost_id IS NULL LIMIT 1").fetchone()
            if mk:
                c.execute("DELETE FROM merknad WHERE id = %s", mk)
        assert 1 <= synk_ned(replika, pg) <= 3
        with replika.engine.connect() as c:
            assert (
                c.exec_driver_sql(f"SELECT tittel FROM journalpost WHERE id = {jp_id}").scalar()
                == "Endret på serveren"
            )
            if mk:
                assert c.exec_driver_sql(f"SELECT count(*) FROM merknad WHERE id = {mk[0]}").scalar() == 0
        assert tittel != "Endret på serveren"
    finally:
        pg.lukk()
        replika.lukk()


def test_en_sen_transaksjon_med_lavere_endringsnr_gaar_ikke_tapt(pg_demo, tmp_path):  # noqa: F811
    replika = aapne_replika(tmp_path / "ala.sqlite")
    pg = pg_demo.db("ALA")
    try:
        synk_ned(replika, pg)
        sen = psycopg.connect(pg_demo.conninfo())
        sen.execute(
            "UPDATE journalpost SET tittel = 'Sen transaksjon' WHERE id = (SELECT min(id) FROM journalpost)"
        )
        with psycopg.connect(pg_demo.conninfo(), autocommit=True) as c:  # a later number commits first
            c.execute(
                "UPDATE sak SET obs_kommentar = 'tidlig' WHERE id = (SELECT max(id) FROM sak WHERE status <> 'A')"
            )
        synk_ned(replika, pg)
        sen.commit()
        sen.close()
        synk_ned(replika, pg)
        with replika.engine.connect() as c:
            assert (
                c.exec_driver_sql("SELECT tittel FROM journalpost ORDER BY id LIMIT 1").scalar()
                == "Sen transaksjon"
            )
    finally:
        pg.lukk()
        replika.lukk()


def _sak(demo) -> str:
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute(
            "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
            "AND enhet_id = (SELECT id FROM administrativ_enhet WHERE kode = 'OPP') ORDER BY id LIMIT 1"
        ).fetchone()[0]


def test_to_klienter_kurv_etter_synk_og_oppgave_via_notify(pg_demo, tmp_path):  # noqa: F811
    oha = SynkKlient(str(tmp_path / "oha.sqlite"), pg_demo.url("OHA"), "OHA")
    statuser: list[str] = []
    kle = SynkKlient(str(tmp_path / "kle.sqlite"), pg_demo.url("KLE"), "KLE", status=statuser.append)
    try:
        oha.synk()
        kle.synk()
        res = oha.utfor(
            "registrer_journalpost",
            ny=NyJournalpost(
                sak=_sak(pg_demo),
                type="I",
                tittel="Brev til Kari",
                avsendere=[PartInn("Ola Avsender")],
                saksbehandler="KLE",
            ),
        )
        nr = res.journalpostnummer
        kle.synk()
        ctx = kle.ctx
        assert nr in [
            r.journalpostnummer
            for r in kurver.kurv_rader(ctx, "ubehandlet", kurver.kurv_ider(ctx, "ubehandlet"))
        ]
        assert statuser[-1] == TILKOBLET

        synk = Synkroniserer(kle, intervall=30).start()
        try:
            assert synk.lytter.tilkoblet.wait(10)
            time.sleep(0.3)
            for_ = set(kurver.kurv_ider(ctx, "mottatte-oppgaver"))
            t0 = time.monotonic()
            oid = oha.utfor(
                "send_oppgave", type_="beskjed", til="KLE", jpnr=nr, merknad="Se på denne"
            ).oppgave
            assert _vent_til(lambda: oid in set(kurver.kurv_ider(ctx, "mottatte-oppgaver")) - for_, 5.0)
            forsinkelse = time.monotonic() - t0
            assert forsinkelse < 5.0
        finally:
            synk.stopp()
    finally:
        oha.lukk()
        kle.lukk()


OFFLINE_KLIENT = NOKKELRING_I_PROSESS + textwrap.dedent(
    """
    import sys, time
    from app.services.journalposter import NyJournalpost, PartInn
    from app.services.synk import SynkKlient, forelopig_nummer
    replika, url, sak, jp1, jp2, token = sys.argv[1:7]
    _nokkelring(url, "OHA", token)
    k = SynkKlient(replika, url, "OHA")
    r1 = k.utfor("endre_journalpost", jpnr=jp1, tittel="Min tittel 1")
    r2 = k.utfor("endre_journalpost", jpnr=jp2, tittel="Min tittel 2")
    r3 = k.utfor("registrer_journalpost", ny=NyJournalpost(sak=sak, type="I", tittel="Registrert offline", avsendere=[PartInn("Per Post")]))
    r4 = k.utfor("endre_journalpost", jpnr=r3.journalpostnummer, tittel="Registrert offline, rettet")
    print(r3.journalpostnummer, "|", k.siste_status, flush=True)
    time.sleep(600)
    """
)


@pytest.mark.slow
def test_frakoblet_utboks_overlever_kill_og_konflikt_vises(pg_demo, fjern, tmp_path):  # noqa: F811
    sti = str(tmp_path / "oha.sqlite")
    k = fjern.klient(tmp_path / "oha.sqlite", "OHA")
    url, token = fjern.adresse("OHA"), fjern.token("OHA")
    k.synk()
    k.lukk()
    with psycopg.connect(pg_demo.conninfo()) as c:
        jp1, jp2 = [
            r[0]
            for r in c.execute(
                "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
                "JOIN sak s ON s.id = j.sak_id JOIN bruker b ON b.id = j.saksbehandler_id "
                "WHERE b.initialer = 'OHA' AND j.status IN ('R', 'S') ORDER BY j.id LIMIT 2"
            )
        ]
    sak = _sak(pg_demo)
    with fjern.frakoblet():
        p = subprocess.Popen(
            [sys.executable, "-c", OFFLINE_KLIENT, sti, url, sak, jp1, jp2, token],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()},
        )  # fmt: skip
        linje = p.stdout.readline()
        if not linje:
            p.wait(timeout=30)
            pytest.fail(p.stderr.read())
        assert "(foreløpig 1)" in linje
        assert "Frakoblet – 4 endringer venter" in linje
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
    # Meanwhile somebody changed jp2 on the server.
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute(
            "UPDATE journalpost SET tittel = 'Serverens tittel', versjon = versjon + 1 WHERE id = ("
            "SELECT j.id FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer = %s)",
            (jp2,),
        )
    statuser: list[str] = []
    k2 = SynkKlient(sti, url, "OHA", status=statuser.append)
    try:
        assert k2.venter() == 4
        k2.synk()
        assert k2.venter() == 0 and statuser[-1] == TILKOBLET
        with psycopg.connect(pg_demo.conninfo()) as c:
            titler = {r[0] for r in c.execute("SELECT tittel FROM journalpost")}
        assert "Min tittel 1" in titler
        assert "Registrert offline, rettet" in titler  # the later edit found the real number
        assert "Serverens tittel" in titler and "Min tittel 2" not in titler
        kon = konflikter(k2.replika)
        assert len(kon) == 1 and kon[0].argumenter["jpnr"] == jp2 and "endret på serveren" in kon[0].melding
        # The replica shows the server's version now, and no provisional rows are left.
        with k2.replika.engine.connect() as c:
            assert (
                c.exec_driver_sql("SELECT count(*) FROM journalpost WHERE tittel = 'Min tittel 2'").scalar()
                == 0
            )
            assert c.exec_driver_sql("SELECT count(*) FROM synk_lokal").scalar() == 0
            jp_ider = [
                r[0]
                for r in c.exec_driver_sql(
                    "SELECT id FROM journalpost WHERE tittel LIKE 'Registrert offline%'"
                )
            ]
        assert len(jp_ider) == 1 and forelopig_nummer(k2.replika, jp_ider[0]) is None
        k2.loes_konflikt(kon[0].id, "behold_min")
        assert konflikter(k2.replika) == []
        with psycopg.connect(pg_demo.conninfo()) as c:
            assert (
                c.execute("SELECT count(*) FROM journalpost WHERE tittel = 'Min tittel 2'").fetchone()[0] == 1
            )
    finally:
        k2.lukk()


def test_synk_fra_kommandolinjen(pg_demo, tmp_path):  # noqa: F811
    r = subprocess.run(
        [sys.executable, "-m", "app.cli", "synk", "--db", pg_demo.url("MBE"), "--bruker", "MBE",
         "--replika", str(tmp_path / "mbe.sqlite"), "--json"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    import json

    ut = json.loads(r.stdout)
    assert ut["status"] == TILKOBLET and ut["hentet"] > 100 and ut["venter"] == 0
    r = subprocess.run(
        [sys.executable, "-m", "app.cli", "synk", "--db", str(tmp_path / "lokal.sqlite"), "--bruker", "MBE"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert r.returncode == 1 and "gjelder en Saksbord-server eller en felles PostgreSQL" in r.stderr


def test_notify_bærer_ingen_ider_av_skjermede_rader(pg_demo):  # noqa: F811
    """Every role may LISTEN and RLS does not filter notifications: the payload is the table name only."""
    import json

    with psycopg.connect(pg_demo.conninfo()) as c:
        jp_id, sak_id = c.execute(
            "SELECT j.id, s.id FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE s.tilgangskode = 'P' AND j.type <> 'S' ORDER BY j.id LIMIT 1"
        ).fetchone()
        kp_id = c.execute(
            "SELECT min(id) FROM korrespondansepart WHERE journalpost_id = %s", (jp_id,)
        ).fetchone()[0]
    with psycopg.connect(pg_demo.conninfo("MBE"), autocommit=True) as lytter:
        lytter.execute("LISTEN saksbord_endring")
        with psycopg.connect(pg_demo.conninfo()) as c:
            c.execute("UPDATE journalpost SET tittel2 = 'x' WHERE id = %s", (jp_id,))
            c.execute("UPDATE sak SET obs_kommentar = 'y' WHERE id = %s", (sak_id,))
            c.execute("DELETE FROM korrespondansepart WHERE id = %s", (kp_id,))
        meldinger = [n.payload for n in lytter.notifies(timeout=2, stop_after=3)]
    assert sorted(json.loads(p)["tabell"] for p in meldinger) == ["journalpost", "korrespondansepart", "sak"]
    for p in meldinger:
        assert json.loads(p).keys() == {"tabell"}
        assert not any(str(i) in p for i in (jp_id, sak_id, kp_id))


def _lokalt(replika, sql: str) -> int:
    with replika.engine.connect() as c:
        return c.exec_driver_sql(sql).scalar()


def test_rader_som_blir_usynlige_forsvinner_fra_replikaen(pg_demo, tmp_path):  # noqa: F811
    from app.services import admin
    from app.store.db import Database

    replika = aapne_replika(tmp_path / "mbe.sqlite")
    pg, eier = pg_demo.db("MBE"), Database.aapne(pg_demo.admin_url)
    p_rader = {
        "sak": "SELECT count(*) FROM sak WHERE tilgangskode = 'P'",
        "klassering": "SELECT count(*) FROM klassering WHERE sak_id IN (SELECT id FROM sak WHERE tilgangskode = 'P')",
        "journalpost": "SELECT count(*) FROM journalpost WHERE type <> 'S' AND (tilgangskode = 'P' OR "
        "(tilgangskode IS NULL AND sak_id IN (SELECT id FROM sak WHERE tilgangskode = 'P')))",
        "endringslogg": "SELECT count(*) FROM endringslogg WHERE sak_id IN (SELECT id FROM sak WHERE tilgangskode = 'P')",
    }
    try:
        synk_ned(replika, pg)
        assert all(_lokalt(replika, q) == 0 for q in p_rader.values())
        # Code P granted: the P rows (unchanged themselves) arrive on the next pull …
        admin.endre_tilgang(eier, initialer="MBE", legg_til_koder=["P"])
        synk_ned(replika, pg)
        for tabell, q in p_rader.items():
            assert _lokalt(replika, q) == _antall_admin(pg_demo, q) > 0, tabell
        # … and go again when it is revoked.
        admin.endre_tilgang(eier, initialer="MBE", fjern_koder=["P"])
        assert synk_ned(replika, pg) > 0
        for tabell, q in p_rader.items():
            assert _lokalt(replika, q) == 0, f"{tabell}: P-rader ligger igjen i replikaen"

        # Shielding added afterwards to a sak MBE saw: the sak and its journalposts leave the replica.
        with psycopg.connect(pg_demo.conninfo()) as c:
            sak_id = c.execute(
                "SELECT s.id FROM sak s WHERE s.tilgangskode IS NULL AND s.saksansvarlig_id <> "
                "(SELECT id FROM bruker WHERE initialer = 'MBE') AND NOT EXISTS (SELECT 1 FROM journalpost j "
                "WHERE j.sak_id = s.id AND (j.saksbehandler_id = (SELECT id FROM bruker WHERE initialer = 'MBE') "
                "OR j.type = 'S')) AND EXISTS (SELECT 1 FROM journalpost j WHERE j.sak_id = s.id) "
                "ORDER BY s.id LIMIT 1"
            ).fetchone()[0]
        sak_q = f"SELECT count(*) FROM journalpost WHERE sak_id = {sak_id}"
        assert _lokalt(replika, sak_q) > 0
        with psycopg.connect(pg_demo.conninfo()) as c:
            c.execute("UPDATE sak SET tilgangskode = 'P' WHERE id = %s", (sak_id,))
        synk_ned(replika, pg)
        assert _lokalt(replika, f"SELECT count(*) FROM sak WHERE id = {sak_id}") == 0
        assert _lokalt(replika, sak_q) == 0
        assert synk_ned(replika, pg) == 0  # the mark is consumed: no id check on every pull
    finally:
        pg.lukk()
        eier.lukk()
        replika.lukk()


def _antall_admin(demo, sql: str) -> int:
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute(sql).fetchone()[0]


KRASJ_ETTER_COMMIT = textwrap.dedent(
    """
    import dataclasses, os, signal, sys
    from app.services import synk
    from app.services.arbeid import SKRIVETJENESTER
    replika, url = sys.argv[1:3]
    ekte = SKRIVETJENESTER["registrer_journalpost"]

    def krasj(*a, **k):
        ekte.fn(*a, **k)  # committed on the server …
        os.kill(os.getpid(), signal.SIGKILL)  # … and gone before the outbox row is deleted

    SKRIVETJENESTER["registrer_journalpost"] = dataclasses.replace(ekte, fn=krasj)
    synk.SynkKlient(replika, url, "OHA").synk()
    """
)


def test_avspilling_etter_krasj_utforer_ikke_handlingen_to_ganger(pg_demo, tmp_path):  # noqa: F811
    from app.services.synk.kodek import til_json

    sti = str(tmp_path / "oha.sqlite")
    k = SynkKlient(sti, pg_demo.url("OHA"), "OHA")
    k.synk()
    # Two offline actions, the second on the first one's provisional number.
    ny = NyJournalpost(sak=_sak(pg_demo), type="I", tittel="Kun én gang", avsendere=[PartInn("Per Post")])
    uid = k.bokforing.legg_i_utboks("registrer_journalpost", til_json({"ny": ny}), {})
    k.bokforing.sett_lokalt_nr(uid, "2099/1-1")
    endring = {"jpnr": "2099/1-1", "tittel": "Kun én gang, rettet"}
    k.bokforing.legg_i_utboks("endre_journalpost", til_json(endring), {})
    k.lukk()

    p = subprocess.run(
        [sys.executable, "-c", KRASJ_ETTER_COMMIT, sti, pg_demo.url("OHA")],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert p.returncode == -signal.SIGKILL, p.stderr
    sql = "SELECT count(*) FROM journalpost WHERE tittel LIKE 'Kun én gang%%'"
    with psycopg.connect(pg_demo.conninfo()) as pc:
        assert pc.execute(sql).fetchone()[0] == 1
        assert pc.execute("SELECT count(*) FROM utfort_foresporsel").fetchone()[0] >= 1

    k2 = SynkKlient(sti, pg_demo.url("OHA"), "OHA")
    try:
        assert k2.venter() == 2
        k2.synk()
        assert k2.venter() == 0 and konflikter(k2.replika) == []
        with psycopg.connect(pg_demo.conninfo()) as pc:
            assert pc.execute(sql).fetchone()[0] == 1  # not registered twice
            # The skipped entry still handed its real number on to the next one.
            assert (
                pc.execute(
                    "SELECT count(*) FROM journalpost WHERE tittel = 'Kun én gang, rettet'"
                ).fetchone()[0]
                == 1
            )
        # Each role sees only its own request ids.
        with psycopg.connect(pg_demo.conninfo("MBE")) as pc:
            assert pc.execute("SELECT count(*) FROM utfort_foresporsel").fetchone()[0] == 0
    finally:
        k2.lukk()
