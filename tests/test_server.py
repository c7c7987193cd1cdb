"""The Saksbord server between desktops and PostgreSQL: login, writes through the rules, reads
through row-level security, the outbox over HTTP, and attacks through the API.

The server runs on uvicorn in a thread on a free port (a real socket: the clients are the real
``HttpTransport`` and its event stream); PostgreSQL is the suite's own (tests/support/pgserver.py).
"""

from __future__ import annotations

import logging
import time

import httpx
import psycopg
import pytest

from app.domain.feil import Frakoblet, IngenTilgang, Konflikt, UgyldigInndata
from app.server import innlogging
from app.server.innlogging import MAKS_FEIL, sett_passord
from app.services import kurver
from app.services.journalposter import NyJournalpost, PartInn
from app.services.synk import SynkKlient, Synkroniserer, konflikter
from app.services.synk.http import HttpTransport, InnloggingUtlopt, logg_inn
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def _nokkelring(nokkelring):
    """Every test here keeps tokens in the in-memory keyring (tests.support.tjener)."""
    return nokkelring


def _klient(tjener, tmp_path, ini: str) -> SynkKlient:
    logg_inn(tjener.url, ini, PASSORD)  # the token goes to the keyring; the address picks HttpTransport
    k = SynkKlient(str(tmp_path / f"{ini.lower()}.sqlite"), tjener.url, ini)
    assert isinstance(k.transport, HttpTransport)
    return k


def _admin(demo, sql: str, *args):
    with psycopg.connect(demo.conninfo()) as c:
        cur = c.execute(sql, args)
        return cur.fetchall() if cur.description else []


def _sak(demo) -> str:
    return _admin(
        demo,
        "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
        "AND enhet_id = (SELECT id FROM administrativ_enhet WHERE kode = 'OPP') ORDER BY id LIMIT 1",
    )[0][0]


def _post(tjener, sti: str, token: str | None, **json):
    hoder = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(tjener.url + sti, json=json, headers=hoder, timeout=30)


# --- login ------------------------------------------------------------------------------------


def test_innlogging_sperre_utlop_og_deaktivering(tjener, pg_demo, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="saksbord.server")
    assert httpx.get(tjener.url + "/helse").json()["status"] == "ok"
    r = _post(tjener, "/api/logginn", None, brukernavn="oha", passord=PASSORD)
    assert r.status_code == 200
    token = r.json()["token"]
    assert httpx.get(tjener.url + "/api/meg", headers={"Authorization": f"Bearer {token}"}).json() == {
        "initialer": "OHA"
    }
    # Only a hash of the token is stored; the password is nowhere in the log.
    lagret = _admin(pg_demo, "SELECT hash FROM saksbord_token")
    assert lagret and all(token not in h for (h,) in lagret)
    assert _admin(pg_demo, "SELECT hash LIKE '$argon2id$%%' FROM saksbord_passord LIMIT 1") == [(True,)]
    assert PASSORD not in caplog.text

    # Wrong password: refused; after MAKS_FEIL failures even the right one is refused for a while.
    for _ in range(MAKS_FEIL):
        assert _post(tjener, "/api/logginn", None, brukernavn="KLE", passord="feil").status_code == 401
    r = _post(tjener, "/api/logginn", None, brukernavn="KLE", passord=PASSORD)
    assert r.status_code == 429 and "For mange" in r.json()["melding"]
    assert _post(tjener, "/api/logginn", None, brukernavn="MBE", passord=PASSORD).status_code == 200
    _admin(pg_demo, "UPDATE saksbord_innlogging SET tid = tid - interval '16 minutes'")
    assert _post(tjener, "/api/logginn", None, brukernavn="KLE", passord=PASSORD).status_code == 200
    assert _post(tjener, "/api/logginn", None, brukernavn="NEI", passord=PASSORD).status_code == 401

    # Somebody at another machine typing wrong passwords for ISO's initials locks that machine out,
    # not ISO: ISO still signs in from here. Only a flood from many machines locks the name everywhere.
    for _ in range(MAKS_FEIL):
        with pytest.raises(IngenTilgang):
            innlogging.logg_inn(tjener.db, "ISO", "feil", kilde="10.9.8.7")
    with pytest.raises(innlogging.Sperret):
        innlogging.logg_inn(tjener.db, "ISO", PASSORD, kilde="10.9.8.7")
    sett_passord(tjener.db, "ISO", PASSORD)
    assert _post(tjener, "/api/logginn", None, brukernavn="ISO", passord=PASSORD).status_code == 200
    for i in range(innlogging.MAKS_FEIL_ALLE):
        with pytest.raises(IngenTilgang):
            innlogging.logg_inn(tjener.db, "ISO", "feil", kilde=f"10.0.{i // 250}.{i % 250}")
    assert _post(tjener, "/api/logginn", None, brukernavn="ISO", passord=PASSORD).status_code == 429
    assert (
        _admin(pg_demo, "SELECT count(DISTINCT kilde) FROM saksbord_innlogging WHERE brukernavn = 'ISO'")[0][
            0
        ]
        > 2
    )

    # An expired token stops working.
    hoder = {"Authorization": f"Bearer {token}"}
    _admin(pg_demo, "UPDATE saksbord_token SET utloper = now() - interval '1 second'")
    assert httpx.get(tjener.url + "/api/meg", headers=hoder).status_code == 401

    # A deactivated user's tokens stop at once, and they cannot log in again.
    token = _post(tjener, "/api/logginn", None, brukernavn="OHA", passord=PASSORD).json()["token"]
    hoder = {"Authorization": f"Bearer {token}"}
    assert httpx.get(tjener.url + "/api/meg", headers=hoder).status_code == 200
    _admin(pg_demo, "UPDATE bruker SET aktiv = false WHERE initialer = 'OHA'")
    assert httpx.get(tjener.url + "/api/meg", headers=hoder).status_code == 401
    assert _post(tjener, "/api/logginn", None, brukernavn="OHA", passord=PASSORD).status_code == 401
    assert "avvist IkkeInnlogget" in caplog.text


def test_brukerne_har_ingen_databaseinnlogging(tjener, pg_demo):  # noqa: F811
    assert _admin(pg_demo, f"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{pg_demo.rolle('OHA')}'") == [
        (False,)
    ]
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg_demo.conninfo("OHA"), connect_timeout=5)


def test_passord_fra_kommandolinjen_aldri_som_argument(pg_demo, monkeypatch):  # noqa: F811
    from tests.support.cli import kjor_cli

    r = kjor_cli("bruker", "passord", "OHA", "--db", pg_demo.admin_url, env={"SAKSBORD_PASSORD": "kort"})
    assert r.returncode == 1 and "minst" in r.stderr
    r = kjor_cli("bruker", "passord", "OHA", "--db", pg_demo.admin_url, env={"SAKSBORD_PASSORD": PASSORD})
    assert r.returncode == 0, r.stderr
    assert pg_demo.rolle("OHA") in r.stdout
    assert _admin(pg_demo, "SELECT count(*) FROM saksbord_passord") == [(1,)]
    r = kjor_cli("bruker", "passord", "OHA", "--passord", "x", "--db", pg_demo.admin_url)
    assert r.returncode == 2


def test_server_vil_ikke_lytte_uten_tls_utenfor_maskinen(pg_demo):  # noqa: F811
    from tests.support.cli import kjor_cli

    r = kjor_cli("server", "--db", pg_demo.admin_url, "--lytt", "0.0.0.0:8443")
    assert r.returncode == 1 and "--sertifikat" in r.stderr


# --- writes and reads through the server ------------------------------------------------------


def test_rutinen_fra_to_klienter_gjennom_serveren(tjener, pg_demo, tmp_path):  # noqa: F811
    oha, kle = _klient(tjener, tmp_path, "OHA"), _klient(tjener, tmp_path, "KLE")
    try:
        assert oha.synk() > 100 and kle.synk() > 100
        inn = oha.utfor(
            "registrer_journalpost",
            ny=NyJournalpost(
                sak=_sak(pg_demo), type="I", tittel="Søknad om tilskudd over HTTP",
                avsendere=[PartInn("Kari Nordmann", epost="kari@eksempel.no")],
            ),
        ).journalpostnummer  # fmt: skip
        svar = oha.utfor("besvar", jpnr=[inn], tittel="Svar over HTTP").journalpostnummer
        oid = oha.utfor("send_oppgave", type_="godkjenning", jpnr=svar, til="KLE").oppgave
        kle.synk()
        assert oid in kurver.kurv_ider(kle.ctx, "mottatt-for-godkjenning")
        kle.utfor("merk_oppgave_lest", oppgave_id=oid)
        kle.utfor("svar_oppgave", oppgave_id=oid, svar="godkjent")
        oha.utfor("ekspeder", jpnr=svar, kanal="epost")
        oha.synk()
        with oha.replika.engine.connect() as c:
            assert (
                c.exec_driver_sql("SELECT status FROM journalpost WHERE tittel = 'Svar over HTTP'").scalar()
                == "E"
            )
    finally:
        oha.lukk()
        kle.lukk()
    rader = _admin(
        pg_demo,
        "SELECT j.status, (SELECT count(*) FROM avskrivning a WHERE a.journalpost_id = i.id) FROM journalpost j, "
        "journalpost i WHERE j.tittel = 'Svar over HTTP' AND i.tittel = 'Søknad om tilskudd over HTTP'",
    )
    assert rader == [("E", 1)]
    hvem = {
        r[0]
        for r in _admin(
            pg_demo,
            "SELECT DISTINCT b.initialer FROM endringslogg e JOIN bruker b ON b.id = e.bruker_id "
            "WHERE e.journalpost_id IN (SELECT id FROM journalpost WHERE tittel = 'Svar over HTTP')",
        )
    }
    assert hvem == {"OHA", "KLE"}


def test_lesing_gaar_gjennom_radsikkerheten(tjener, pg_demo, tmp_path):  # noqa: F811
    mbe = _klient(tjener, tmp_path, "MBE")
    try:
        mbe.synk()
        with mbe.replika.engine.connect() as c:
            lokalt = c.exec_driver_sql("SELECT count(*) FROM journalpost").scalar()
            skjermet = c.exec_driver_sql(
                "SELECT count(*) FROM journalpost WHERE tilgangskode IS NOT NULL"
            ).scalar()
    finally:
        mbe.lukk()
    alle = _admin(pg_demo, "SELECT count(*) FROM journalpost")[0][0]
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute(f'SET ROLE "{pg_demo.rolle("MBE")}"')
        synlige = c.execute("SELECT count(*) FROM journalpost").fetchone()[0]
    assert lokalt == synlige < alle
    assert skjermet == 0  # MBE holds no code


def test_varsel_over_hendelsesstrommen(tjener, pg_demo, tmp_path):  # noqa: F811
    oha, kle = _klient(tjener, tmp_path, "OHA"), _klient(tjener, tmp_path, "KLE")
    try:
        oha.synk()
        kle.synk()
        synk = Synkroniserer(kle, intervall=30).start()
        try:
            assert synk.lytter.tilkoblet.wait(10)
            time.sleep(0.3)
            inn = oha.utfor(
                "registrer_journalpost",
                ny=NyJournalpost(sak=_sak(pg_demo), type="I", tittel="Varslet", avsendere=[PartInn("P")]),
            ).journalpostnummer
            oid = oha.utfor("send_oppgave", type_="beskjed", til="KLE", jpnr=inn, merknad="Se").oppgave
            slutt = time.monotonic() + 5
            while oid not in kurver.kurv_ider(kle.ctx, "mottatte-oppgaver") and time.monotonic() < slutt:
                time.sleep(0.05)
            assert oid in kurver.kurv_ider(kle.ctx, "mottatte-oppgaver")
        finally:
            synk.stopp()
    finally:
        oha.lukk()
        kle.lukk()


# --- the outbox over HTTP ---------------------------------------------------------------------


def test_frakoblet_utboks_mot_stoppet_server_og_konflikt(tjener, pg_demo, tmp_path):  # noqa: F811
    oha = _klient(tjener, tmp_path, "OHA")
    try:
        oha.synk()
        jp1, jp2 = [
            r[0]
            for r in _admin(
                pg_demo,
                "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
                "JOIN sak s ON s.id = j.sak_id JOIN bruker b ON b.id = j.saksbehandler_id "
                "WHERE b.initialer = 'OHA' AND j.status IN ('R', 'S') ORDER BY j.id LIMIT 2",
            )
        ]
        tjener.stopp()
        oha.utfor("endre_journalpost", jpnr=jp1, tittel="HTTP-tittel 1")
        oha.utfor("endre_journalpost", jpnr=jp2, tittel="HTTP-tittel 2")
        r3 = oha.utfor(
            "registrer_journalpost",
            ny=NyJournalpost(sak=_sak(pg_demo), type="I", tittel="Frakoblet HTTP", avsendere=[PartInn("P")]),
        )
        assert "(foreløpig 1)" in r3.journalpostnummer
        oha.utfor("endre_journalpost", jpnr=r3.journalpostnummer, tittel="Frakoblet HTTP, rettet")
        assert oha.venter() == 4 and "Frakoblet" in oha.siste_status
        with pytest.raises(Frakoblet):
            oha.utfor("journalfor", jpnr=jp1)  # not queueable: said plainly
        _admin(
            pg_demo,
            "UPDATE journalpost SET tittel = 'Serverens', versjon = versjon + 1 WHERE id = (SELECT j.id FROM "
            "journalpost j JOIN sak s ON s.id = j.sak_id WHERE s.saksaar || '/' || s.sakssekvensnummer || '-' "
            "|| j.dokumentnummer = %s)",
            jp2,
        )
        tjener.start()
        oha.synk()
        assert oha.venter() == 0
        titler = {r[0] for r in _admin(pg_demo, "SELECT tittel FROM journalpost")}
        assert {"HTTP-tittel 1", "Frakoblet HTTP, rettet", "Serverens"} <= titler
        assert "HTTP-tittel 2" not in titler
        kon = konflikter(oha.replika)
        assert len(kon) == 1 and kon[0].argumenter["jpnr"] == jp2 and "endret på serveren" in kon[0].melding
        with oha.replika.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM synk_lokal").scalar() == 0
            nr = c.exec_driver_sql(
                "SELECT count(*) FROM journalpost WHERE tittel = 'Frakoblet HTTP, rettet' AND id < 1000000"
            ).scalar()
        assert nr == 1  # the provisional row gave way to the server's
    finally:
        oha.lukk()


def test_avvist_avspilling_blir_konflikt_ikke_fastlaast_ko(tjener, pg_demo, tmp_path):  # noqa: F811
    from app.services.synk.kodek import til_json

    oha = _klient(tjener, tmp_path, "OHA")
    try:
        oha.synk()
        # Queued offline, but the server's rules refuse it (a locked post): a conflict, and the next
        # entry still goes through.
        laast = _admin(
            pg_demo,
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id WHERE j.status = 'J' AND j.tilgangskode IS NULL "
            "AND s.tilgangskode IS NULL ORDER BY j.id LIMIT 1",
        )[0][0]
        oha.bokforing.legg_i_utboks("endre_journalpost", til_json({"jpnr": laast, "tittel": "Nei"}), {})
        ny = NyJournalpost(sak=_sak(pg_demo), type="I", tittel="Etter avvisningen", avsendere=[PartInn("P")])
        oha.bokforing.legg_i_utboks("registrer_journalpost", til_json({"ny": ny}), {})
        oha.synk()
        assert oha.venter() == 0
        kon = konflikter(oha.replika)
        assert len(kon) == 1 and kon[0].tjeneste == "endre_journalpost"
        assert _admin(pg_demo, "SELECT count(*) FROM journalpost WHERE tittel = 'Etter avvisningen'") == [
            (1,)
        ]
    finally:
        oha.lukk()


def test_avspilling_etter_tapt_svar_utfores_bare_en_gang(tjener, pg_demo, tmp_path):  # noqa: F811
    oha = _klient(tjener, tmp_path, "OHA")
    ekte = oha.transport.utfor

    def svaret_forsvinner(*a, **k):
        ekte(*a, **k)  # committed on the server …
        raise Frakoblet("forbindelsen brøt før svaret kom")  # … and the answer never arrived

    try:
        oha.synk()
        oha.transport.utfor = svaret_forsvinner
        ny = NyJournalpost(sak=_sak(pg_demo), type="I", tittel="Bare én gang HTTP", avsendere=[PartInn("P")])
        oha.utfor("registrer_journalpost", ny=ny)
        assert oha.venter() == 1
        oha.transport.utfor = ekte
        oha.synk()
        assert oha.venter() == 0 and konflikter(oha.replika) == []
        assert _admin(pg_demo, "SELECT count(*) FROM journalpost WHERE tittel = 'Bare én gang HTTP'") == [
            (1,)
        ]
    finally:
        oha.lukk()


def test_utlopt_innlogging_holder_utboksen(tjener, pg_demo, tmp_path):  # noqa: F811
    oha = _klient(tjener, tmp_path, "OHA")
    try:
        oha.synk()
        _admin(pg_demo, "DELETE FROM saksbord_token")
        ny = NyJournalpost(
            sak=_sak(pg_demo), type="I", tittel="Venter på innlogging", avsendere=[PartInn("P")]
        )
        oha.utfor("registrer_journalpost", ny=ny)
        assert oha.venter() == 1  # queued, not turned into a conflict
        with pytest.raises(InnloggingUtlopt):
            oha.transport.utfort("00000000-0000-0000-0000-000000000000")
    finally:
        oha.lukk()


# --- attacks through the API ------------------------------------------------------------------


def test_angrep_gjennom_apiet_avvises_og_logges(tjener, pg_demo, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="saksbord.server")
    mbe = HttpTransport(tjener.url, "MBE", token=logg_inn(tjener.url, "MBE", PASSORD, lagre=False))
    oha_token = logg_inn(tjener.url, "OHA", PASSORD, lagre=False)
    try:
        # A forged actor: the body names a desk MBE has no stedfortreder period for.
        with pytest.raises(IngenTilgang):
            mbe.utfor("ferdigstill", {"jpnr": "2026/1-1"}, som="KLE")
        # The body cannot smuggle in a user: there is no actor field, and "ctx" is refused.
        r = _post(tjener, "/api/utfor", oha_token, tjeneste="ferdigstill", kwargs='{"ctx": "KLE"}')
        assert r.status_code == 422
        # A skipped rule: journalføre without the archive role.
        fj = _admin(
            pg_demo,
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id WHERE j.status IN ('F', 'E') AND j.tilgangskode IS NULL "
            "AND s.tilgangskode IS NULL ORDER BY j.id LIMIT 1",
        )[0][0]
        with pytest.raises(IngenTilgang):
            mbe.utfor("journalfor", {"jpnr": fj})
        assert _admin(
            pg_demo,
            "SELECT j.status FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer = %s",
            fj,
        )[0][0] in ("F", "E")
        # Not a write service at all.
        with pytest.raises(UgyldigInndata):
            mbe.utfor("opprett_bruker", {"initialer": "X"})
        # A guessed document: a shielded journalpost's document, and a document id under another post.
        with psycopg.connect(pg_demo.conninfo()) as c:
            kandidater = c.execute(
                "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer, jd.dokument_id "
                "FROM journalpost j JOIN sak s ON s.id = j.sak_id "
                "JOIN journalpost_dokument jd ON jd.journalpost_id = j.id "
                "WHERE j.tilgangskode IS NOT NULL OR s.tilgangskode IS NOT NULL ORDER BY j.id"
            ).fetchall()
            c.execute(f'SET ROLE "{pg_demo.rolle("MBE")}"')
            synlige = {r[0] for r in c.execute("SELECT dokument_id FROM journalpost_dokument")}
        skjermet = next(k for k in kandidater if k[1] not in synlige)
        with pytest.raises(Exception) as hva:
            mbe.hent_dokument(skjermet[0], skjermet[1])
        assert type(hva.value).__name__ in ("IkkeFunnet", "IngenTilgang", "UgyldigInndata")
        aapen = _admin(
            pg_demo,
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id WHERE j.tilgangskode IS NULL AND s.tilgangskode IS NULL "
            "AND EXISTS (SELECT 1 FROM journalpost_dokument jd WHERE jd.journalpost_id = j.id) ORDER BY j.id LIMIT 1",
        )[0][0]
        with pytest.raises(Exception) as hva:
            mbe.hent_dokument(aapen, skjermet[1])  # a visible post, someone else's document id
        assert type(hva.value).__name__ in ("IkkeFunnet", "IngenTilgang", "UgyldigInndata")
        # Without a token, or with a made-up one, nothing at all.
        assert _post(tjener, "/api/utfor", None, tjeneste="ferdigstill", kwargs="{}").status_code == 401
        assert _post(tjener, "/api/endringer", "gjettet", siden={}).status_code == 401
        # The replay check of another user's request id says nothing about it.
        eier = HttpTransport(tjener.url, "OHA", token=oha_token)
        try:
            ny = NyJournalpost(
                sak=_sak(pg_demo), type="I", tittel="Ohas forespørsel", avsendere=[PartInn("P")]
            )
            fid = "11111111-2222-3333-4444-555555555555"
            eier.utfor("registrer_journalpost", {"ny": ny}, foresporsel=fid)
            assert eier.utfort(fid) is not None
            assert mbe.utfort(fid) is None
        finally:
            eier.lukk()
    finally:
        mbe.lukk()
    logg = caplog.text
    for ventet in (
        "MBE POST utfor ferdigstill 403",
        "utfor journalfor 403 avvist IngenTilgang",
        "dokument 4",
    ):
        assert ventet in logg
    assert "OHA POST utfor ferdigstill 422" in logg
    assert PASSORD not in logg


def test_konflikt_ved_endret_versjon_gir_409(tjener, pg_demo):  # noqa: F811
    oha = HttpTransport(tjener.url, "OHA", token=logg_inn(tjener.url, "OHA", PASSORD, lagre=False))
    try:
        jp = _admin(
            pg_demo,
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer, j.versjon FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id JOIN bruker b ON b.id = j.saksbehandler_id "
            "WHERE b.initialer = 'OHA' AND j.status IN ('R', 'S') ORDER BY j.id LIMIT 1",
        )[0]
        with pytest.raises(Konflikt):
            oha.utfor("endre_journalpost", {"jpnr": jp[0], "tittel": "x"}, versjoner={jp[0]: jp[1] - 1})
    finally:
        oha.lukk()
