"""An old database, upgraded the way init-db does it, holds exactly what a new one does.

Every schema or policy change is a frozen revision (app/store/migrations/versions/README): the
tests build a database at a shipped revision, upgrade it through ``Database.aapne`` (the path
``saksbord init-db`` and every start take) and compare the catalog with a new database's. They
also hold the shipped files to their checksums and keep living code out of them.
"""

from __future__ import annotations

import ast
import hashlib
import sqlite3
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.config import Config

from app.domain.feil import IngenTilgang, UgyldigTilstand
from app.services import admin
from app.store.db import MIGRATIONS, SKJEMA_VERSJON, Database

VERSJONER = MIGRATIONS / "versions"

#: The shipped revisions. Never change a line here for an existing file: add a revision instead
#: (and its checksum once it ships).
SENDT = {
    "0001_registry_schema.py": "6b6340397761c2919cc4c0a9168c600eef5fd478a09d9d2d577cdf583143e7dc",
    "0002_pg_tilgang_synk.py": "ee44121fb858490c21b0d856cd40db289926d7cc1b96118c00235e0538eb2ce1",
    "0003_journalpost_indekser_sokeindeks.py": "1e483ae26407873e2c0f94678a98e311d834d4cc8e11f0e01f7aaef8e5687428",
    "0004_foreslatt_avsender.py": "f9bc769272205adc6041e5abc419efc1478ed124f011926a507c89200ddcd111",
    "0005_pg_tilgang_skrevne_rader.py": "b14145335ae414fdf1963fdad7e50518b3e7ced95195e39dd325617060cd5498",
    "0006_dokumenter_maler.py": "83de5aeacad927c22218c7876fc16efac46d7542060eb808475214b3c5fe1622",
    "0007_pg_forsvar.py": "0b6b366e0f22a01b6c6db5ef1b011d9f7588b2a1bfaa2b121b4ba8a106fa5188",
    "0008_server_innlogging.py": "ca12ebcf4e8ae37dcab278cd58e3a54f5a81767c7ee51a2293e6b72b59e13724",
    "0009_innlogging_kilde.py": "645ee1a93b32e7f41961cd837f4fb34d32e330a22d98e980f89e8cfae182d0e8",
    "0010_dokumenter.py": "48b10a104f051524f28e10ddea0c0603199940632786dae4d914df4eb70f6a2b",
    "0011_svarinn.py": "994c75d2c28f010b170c4498013a4f4e1df6f5cee1cb588480ea008f1933c370",
    "0012_integrasjoner.py": "0d5afbda2c3933aabd8906a563849dbc464f70c8669c5c532c6533ede3a62a6f",
    "0013_ekspedering.py": "f36ac9dbe228b071db473f3efc206c08083eb8fda6dddf4e93a963e386d34977",
    "0014_politikk.py": "fdea9b6943f9e5e4bb5b1c46706f8c049faa67dda4a50b5daf2cdba91595cbb4",
    "0015_rapport.py": "29e7083351b6fde5c2400ebb8baa4dd7df3cf464886ebc1d6eb90382b8e99b29",
    "0018_sok_folding.py": "d09e881177e8c83d7393da61fd21baf759d074f25ef9621a86c21e942f30846a",
}

PASSORD = "oppgradering-test"


def _til_revisjon(url: str, revisjon: str) -> None:
    """Build the schema up to ``revisjon`` only, as a server that ran that release has it."""
    db = Database(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revisjon)
    finally:
        db.lukk()


def _versjon(url: str) -> str | None:
    db = Database(url)
    try:
        return db.skjema_versjon()
    finally:
        db.lukk()


# --- PostgreSQL ---------------------------------------------------------------------------

_KATALOG = {
    "policies": "SELECT tablename, policyname, permissive, cmd, roles::text, qual, with_check "
    "FROM pg_policies WHERE schemaname = current_schema()",
    "rls": "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
    "WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'",
    "triggers": "SELECT c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t "
    "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
    "AND c.relnamespace = current_schema()::regnamespace",
    "functions": "SELECT proname, pg_get_function_identity_arguments(oid), pg_get_function_result(oid), "
    "prosrc, provolatile, prosecdef, proconfig::text, (SELECT lanname FROM pg_language l WHERE l.oid = prolang) FROM pg_proc "
    "WHERE pronamespace = current_schema()::regnamespace",
    # Not the column order: a column added later comes last, one made by an edited 0001 in the middle.
    "columns": "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, "
    "column_default, is_generated, generation_expression FROM information_schema.columns "
    "WHERE table_schema = current_schema()",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
    "constraints": "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) "
    "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace",
    "sequences": "SELECT sequence_name, data_type FROM information_schema.sequences "
    "WHERE sequence_schema = current_schema()",
    "grants": "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
    "WHERE grantee = 'saksbord_bruker' AND table_schema = current_schema()",
}


def _katalog(pg_server, url: str) -> dict[str, list[tuple]]:
    navn = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.conninfo(navn)) as c:
        return {hva: sorted(c.execute(sql).fetchall(), key=repr) for hva, sql in _KATALOG.items()}


def _ulik(a: dict, b: dict) -> dict[str, dict[str, list]]:
    """Per catalog part, the rows only in a and only in b (empty when identical)."""
    ut = {}
    for hva in _KATALOG:
        bare_a = [r for r in a[hva] if r not in b[hva]]
        bare_b = [r for r in b[hva] if r not in a[hva]]
        if bare_a or bare_b:
            ut[hva] = {"bare_oppgradert": bare_a, "bare_ny": bare_b}
    return ut


@pytest.fixture(scope="module")
def ny_katalog(pg_server):
    """The catalog of a database init-db made from nothing."""
    url = pg_server.create_database("saksbord_oppgradering_ny")
    admin.init_db(url)
    katalog = _katalog(pg_server, url)
    pg_server.drop_database("saksbord_oppgradering_ny")
    return katalog


@pytest.mark.pg
@pytest.mark.parametrize("revisjon", ["0001", "0002"])
def test_init_db_oppgraderer_en_sendt_versjon_til_det_en_ny_database_har(
    pg_server, pg_url, ny_katalog, revisjon
):
    _til_revisjon(pg_url, revisjon)
    gammel = _katalog(pg_server, pg_url)
    if revisjon == "0002":
        # The server as 0002 left it: every row may be written anywhere, klassering is not shielded.
        synlig = {r[0]: r[6] for r in gammel["policies"] if r[1] == "saksbord_synlig"}
        assert synlig["merknad"] == "true"
        assert "klassering" not in synlig

    res = admin.init_db(pg_url)

    assert f"skjemaversjon {SKJEMA_VERSJON}" in res.melding
    assert f"oppgradert fra {revisjon}" in res.melding
    assert _ulik(_katalog(pg_server, pg_url), ny_katalog) == {}


@pytest.mark.pg
def test_en_database_som_en_redigert_0002_laget_naar_samme_skjema(pg_server, pg_url, ny_katalog):
    """Servers made after the edits to 0001 and ddl.py already hold (some of) 0003-0005 but say 0002."""
    admin.init_db(pg_url)
    with psycopg.connect(pg_server.conninfo(pg_url.rsplit("/", 1)[1]), autocommit=True) as c:
        c.execute("UPDATE alembic_version SET version_num = '0002'")

    admin.init_db(pg_url)

    assert _versjon(pg_url) == SKJEMA_VERSJON
    assert _ulik(_katalog(pg_server, pg_url), ny_katalog) == {}


@pytest.mark.pg
def test_en_ny_database_har_dagens_regler(ny_katalog):
    """What the running code relies on, checked apart from the revisions (fails without 0005)."""
    from app.store.pg import ddl

    synlig = {r[0]: r for r in ny_katalog["policies"] if r[1] == "saksbord_synlig"}
    assert set(synlig) == set(ddl.SKJERMEDE_TABELLER)
    # Every written row is checked: no policy lets any row through on INSERT/UPDATE.
    assert [r[:2] for r in ny_katalog["policies"] if r[6] == "true"] == []
    forfatter = {r[0] for r in ny_katalog["policies"] if r[1] == "saksbord_forfatter"}
    assert forfatter == {"endringslogg", "oppgave", "merknad", "avskrivning", "presedens"}
    rls = {r[0] for r in ny_katalog["rls"] if r[1]}
    assert set(ddl.SKJERMEDE_TABELLER) | {"stedfortreder", ddl.UTFORT} <= rls
    utlosere = {(r[0], r[1]) for r in ny_katalog["triggers"]}
    for tabell in ddl.SYNK_TABELLER:
        assert {(tabell, "saksbord_b_endring"), (tabell, "saksbord_c_slettet")} <= utlosere
    assert {("journalpost", "saksbord_a_laas"), ("sak", "saksbord_a_laas")} <= utlosere
    tabeller = {r[0] for r in ny_katalog["columns"]}
    assert {ddl.SLETTET, ddl.SYNLIGHET, ddl.UTFORT} <= tabeller
    funksjoner = {r[0]: r[3] for r in ny_katalog["functions"]}
    assert f"interval '{ddl.UTFORT_DAGER} days'" in funksjoner["saksbord_rydd_utfort"]


@pytest.mark.pg
def test_nedgradering_til_0002_gir_0002_slik_den_ble_sendt(pg_server, pg_url):
    _til_revisjon(pg_url, "0002")
    sendt = _katalog(pg_server, pg_url)
    annen = pg_server.create_database("saksbord_oppgradering_ned")
    try:
        _til_revisjon(annen, "head")
        db = Database(annen)
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        db.lukk()
        ulik = _ulik(_katalog(pg_server, annen), sendt)
    finally:
        pg_server.drop_database("saksbord_oppgradering_ned")
    assert ulik == {}


@pytest.mark.pg
def test_en_bruker_som_ikke_eier_tabellene_faar_beskjed_om_aa_kjore_init_db(pg_server, pg_url):
    _til_revisjon(pg_url, "0002")
    navn = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.conninfo(navn), autocommit=True) as c:
        from app.store.pg import roller

        db = Database(pg_url)
        with db.engine.begin() as conn:
            roller.installer(conn)
        db.lukk()
        c.execute("DROP ROLE IF EXISTS sb_oppgr")
        c.execute(f"CREATE ROLE sb_oppgr LOGIN PASSWORD '{PASSORD}' IN ROLE saksbord_bruker")
    try:
        bruker_url = pg_server.url(navn, user="sb_oppgr", password=PASSORD)
        with pytest.raises(IngenTilgang) as feil:
            Database.aapne(bruker_url)
        assert "skjemaversjon 0002" in str(feil.value)
        assert f"oppgraderes til {SKJEMA_VERSJON}" in str(feil.value)
        assert "saksbord init-db" in str(feil.value)
        assert "eieren av tabellene" in str(feil.value)
        assert _versjon(pg_url) == "0002"  # nothing half-done
    finally:
        with psycopg.connect(pg_server.conninfo(navn), autocommit=True) as c:
            c.execute("REASSIGN OWNED BY sb_oppgr TO CURRENT_USER")
            c.execute("DROP OWNED BY sb_oppgr")
            c.execute("DROP ROLE sb_oppgr")


# --- SQLite -------------------------------------------------------------------------------


def _sqlite_katalog(sti: Path) -> dict[str, list]:
    with sqlite3.connect(sti) as c:
        objekter = sorted(
            c.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        )
        kolonner = {
            t: sorted(c.execute(f"PRAGMA table_info({t})").fetchall(), key=lambda r: r[1])
            for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
    return {"objekter": objekter, "kolonner": [(t, [r[1:] for r in k]) for t, k in sorted(kolonner.items())]}


def test_en_sqlite_fil_fra_0001_oppgraderes_naar_den_aapnes(tmp_path):
    gammel = tmp_path / "gammel.sqlite"
    _til_revisjon(f"sqlite:///{gammel}", "0001")
    with sqlite3.connect(gammel) as c:
        # What the first release's opprett_skjema made beside alembic, and a sak in the registry.
        c.execute(
            "CREATE VIRTUAL TABLE fulltekst USING fts5("
            "journalpost_id UNINDEXED, tekst, tokenize = 'unicode61 remove_diacritics 2')"
        )
        c.execute("INSERT INTO kode_saksstatus (kode, navn) VALUES ('B', 'Under behandling')")
        c.execute(
            "INSERT INTO sak (saksaar, sakssekvensnummer, tittel, saksdato, status, siste_dokumentnummer, "
            "avslutning_bedt, versjon) VALUES (2026, 1, 'Byggesak Storgata 5', '2026-11-25', 'B', 0, 0, 1)"
        )

    db = Database.aapne(gammel)
    try:
        assert db.skjema_versjon() == SKJEMA_VERSJON
        assert db.oppgradert_fra == "0001"
    finally:
        db.lukk()
    ny = tmp_path / "ny.sqlite"
    Database.aapne(ny).lukk()

    assert _sqlite_katalog(gammel) == _sqlite_katalog(ny)
    with sqlite3.connect(gammel) as c:
        if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'sok_sak'").fetchone():
            assert c.execute("SELECT rowid FROM sok_sak WHERE tekst LIKE '%storgata%'").fetchall() == [(1,)]
        assert c.execute("SELECT tittel FROM sak").fetchall() == [("Byggesak Storgata 5",)]


def test_en_sqlite_fil_som_sier_0002_men_har_alt_faar_samme_skjema(tmp_path):
    fil = tmp_path / "redigert.sqlite"
    Database.aapne(fil).lukk()
    foer = _sqlite_katalog(fil)
    with sqlite3.connect(fil) as c:
        c.execute("UPDATE alembic_version SET version_num = '0002'")
    db = Database.aapne(fil)
    db.lukk()
    assert db.oppgradert_fra == "0002"
    assert _sqlite_katalog(fil) == foer


def test_en_sqlite_fil_fra_en_nyere_utgave_avvises_med_beskjed(tmp_path):
    fil = tmp_path / "nyere.sqlite"
    Database.aapne(fil).lukk()
    with sqlite3.connect(fil) as c:
        c.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(UgyldigTilstand, match="skjemaversjon 0099.*oppgrader Saksbord"):
        Database.aapne(fil)


# --- the revisions themselves -------------------------------------------------------------


def _revisjoner() -> list[Path]:
    return sorted(VERSJONER.glob("*.py"))


def test_ingen_revisjon_importerer_levende_kode():
    for fil in _revisjoner():
        tre = ast.parse(fil.read_text(encoding="utf-8"))
        moduler = [a.name for n in ast.walk(tre) if isinstance(n, ast.Import) for a in n.names]
        moduler += [n.module or "" for n in ast.walk(tre) if isinstance(n, ast.ImportFrom)]
        assert [m for m in moduler if m == "app" or m.startswith("app.")] == [], fil.name


def test_sendte_revisjoner_er_uendret():
    filer = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in _revisjoner()}
    assert set(filer) == set(SENDT), "ny revisjon: legg sjekksummen i SENDT når den sendes"
    for navn, sum_ in SENDT.items():
        assert filer[navn] == sum_, f"{navn} er sendt og må ikke endres; lag en ny revisjon"
