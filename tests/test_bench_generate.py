"""The benchmark registry generator (bench/generate.py) and the runner's JSON (bench/run.py), at tiny scale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def benk(tmp_path_factory):
    from bench.generate import generer

    sti = tmp_path_factory.mktemp("benk") / "benk.sqlite"
    res = generer(sti, journalposter=2000, brukere=80, enheter=8, seed=3, logg=lambda *_: None)
    return sti, res


def _en(db, sql: str):
    with db.engine.connect() as c:
        return c.exec_driver_sql(sql).scalar()


def test_registeret_henger_sammen(benk):
    from app.store.db import Database

    sti, res = benk
    db = Database.aapne(sti, opprett=False)
    try:
        assert _en(db, "SELECT count(*) FROM journalpost") == 2000
        assert _en(db, "SELECT count(*) FROM sak") == 480
        assert _en(db, "SELECT count(*) FROM bruker") == 80
        assert _en(db, "PRAGMA journal_mode") == "wal"
        assert db.er_demo
        # every reference points somewhere
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        # numbering: the sak counter is the highest dokumentnummer; the series are at their maxima
        assert (
            _en(
                db,
                "SELECT count(*) FROM sak s WHERE s.siste_dokumentnummer != "
                "(SELECT coalesce(max(dokumentnummer), 0) FROM journalpost j WHERE j.sak_id = s.id)",
            )
            == 0
        )
        for serie, tabell, aar, nr in (
            ("journal", "journalpost", "journalaar", "journalsekvensnummer"),
            ("sak", "sak", "saksaar", "sakssekvensnummer"),
        ):
            assert (
                _en(
                    db,
                    f"SELECT count(*) FROM nummerserie n WHERE n.serie = '{serie}' AND n.siste != "
                    f"(SELECT max({nr}) FROM {tabell} t WHERE t.{aar} = n.aar)",
                )
                == 0
            )
        # the mix: types, restanser only on I/N, a few per cent shielded, content pooled
        with db.engine.connect() as c:
            typer = dict(c.exec_driver_sql("SELECT type, count(*) FROM journalpost GROUP BY 1").all())
        assert 800 < typer["I"] < 1200 and 450 < typer["U"] < 750
        assert _en(db, "SELECT count(*) FROM journalpost WHERE restanse AND type NOT IN ('I', 'N')") == 0
        assert _en(db, "SELECT count(*) FROM journalpost WHERE restanse AND type = 'I' AND id IN "
                       "(SELECT journalpost_id FROM avskrivning WHERE kode != '***')") == 0  # fmt: skip
        skjermet = _en(db, "SELECT count(*) FROM journalpost WHERE tilgangskode IN ('U', 'P', 'E')")
        assert 60 < skjermet < 600
        assert _en(db, "SELECT count(*) FROM innhold") <= 300
        assert _en(db, "SELECT count(*) FROM fulltekst") > 100
        assert _en(db, "SELECT count(*) FROM oppgave WHERE status = 'aktiv'") > 0
    finally:
        db.lukk()


def test_tjenestene_fortsetter_paa_registeret(benk):
    from app.services import journalposter, kurver, sok
    from app.services.arbeid import Kontekst
    from app.services.journalposter import NyJournalpost, PartInn
    from app.store.db import Database

    sti, res = benk
    db = Database.aapne(sti, opprett=False)
    try:
        ini = _en(db, f"SELECT initialer FROM bruker WHERE id = {res['tung_bruker_id']}")
        ctx = Kontekst(db, ini)
        ider = kurver.kurv_ider(ctx, "ubehandlet")
        assert len(ider) >= res["tung_restanser"] > 0
        rader = kurver.kurv_rader(ctx, "ubehandlet", ider[:50])
        assert [r.id for r in rader] == ider[:50]
        sak = rader[0].saksnummer
        f = journalposter.registrer_journalpost(
            ctx,
            NyJournalpost(sak=sak, type="I", tittel="Ny etter generering", avsendere=[PartInn(navn="Ola")]),
        )
        aar = f.journalpostnummer.split("/")[0]
        siste = _en(db, f"SELECT max(journalsekvensnummer) FROM journalpost WHERE journalaar = {aar}")
        assert _en(db, f"SELECT journalsekvensnummer FROM journalpost WHERE id = {f.id}") == siste
        assert f.id in sok.sok(ctx, "Ny etter generering").journalposter
        arkiv = _en(
            db,
            "SELECT initialer FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id AND r.rolle = 'arkiv'",
        )
        assert kurver.kurv_ider(Kontekst(db, arkiv), "til-journalforing")
    finally:
        db.lukk()


def test_samme_fro_gir_samme_register(tmp_path, benk):
    from bench.generate import generer

    sti, _ = benk
    ny = tmp_path / "igjen.sqlite"
    generer(ny, journalposter=300, brukere=30, enheter=4, seed=9, logg=lambda *_: None)
    igjen = tmp_path / "igjen2.sqlite"
    generer(igjen, journalposter=300, brukere=30, enheter=4, seed=9, logg=lambda *_: None)
    import sqlite3

    def innhold(p):
        with sqlite3.connect(p) as c:
            return c.execute(
                "SELECT id, tittel, status, saksbehandler_id FROM journalpost ORDER BY id"
            ).fetchall()

    assert innhold(ny) == innhold(igjen)


def test_run_skriver_alle_tallene(tmp_path, benk):
    sti, _ = benk
    ut = tmp_path / "tall.json"
    # run.py registers journalposter: measure a copy
    kopi = tmp_path / "kopi.sqlite"
    kopi.write_bytes(Path(sti).read_bytes())
    r = subprocess.run(
        [
            sys.executable,
            str(ROT / "bench" / "run.py"),
            "--db",
            str(kopi),
            "--json",
            str(ut),
            "--kald-ganger",
            "1",
            "--epost-antall",
            "5",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    tall = json.loads(ut.read_text())
    # every figure next to its floor, measured in the same run
    assert set(tall["ratios"]) == {"kurv_vs_sql", "search_vs_index", "cold_start_vs_floor", "import_vs_parse"}
    for navn, ratio in tall["ratios"].items():
        assert isinstance(ratio, int | float) and ratio > 0, navn
        assert navn in r.stdout
    assert tall["detaljer"]["import"]["duplikater"] == 0
    assert tall["detaljer"]["sok"]["fasit"]["riktige"] + len(tall["detaljer"]["sok"]["fasit"]["avvik"]) == (
        tall["detaljer"]["sok"]["sporsmaal"]
    )
    assert "last" in tall["detaljer"] and "Maskinens last" in r.stdout
    assert "ratios" in r.stdout
    # main's exact floors are the ones the ratios use: the archive kurv's SQL bare, kaldstart's empty window
    assert tall["floors"]["kurv_figur"] == "archive_kurv_first_rows_ms"
    assert tall["floors"]["cold_start_floor_s"] == tall["detaljer"]["kald"]["floor_s"]
    assert tall["floors"]["search_index_p95_ms"] == tall["detaljer"]["sok"]["search_index_p95_ms"]
    assert isinstance(tall["detaljer"]["sok"]["search_with_count_p95_ms"], int | float)
    for nokkel in (
        "cold_start_s",
        "kurv_first_rows_ms",
        "scroll_max_block_ms",
        "search_p50_ms",
        "search_p95_ms",
        "register_p50_ms",
        "register_p95_ms",
        "peak_rss_mb",
        "archive_kurv_first_rows_ms",
    ):
        assert isinstance(tall[nokkel], int | float), nokkel
        assert nokkel in r.stdout
    assert "kjerner" in r.stdout
