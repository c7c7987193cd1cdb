"""Bad input gets a Norwegian message, never a traceback: on the command line (exit 1 or 2), in the
services (UgyldigInndata, the same on SQLite and PostgreSQL) and in the window (a message box).
Titles and names cannot smuggle control characters, line breaks or bidi overrides into the
registry or onto a terminal, and no password is taken as an argument.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.feil import UgyldigInndata
from app.services import journalposter, saker, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg

LANG = "x" * 501
FOR_STORT = "99999999999999999999"  # more than a 64-bit integer
FOR_STORT_32 = "99999999999"  # fits 64 bits, not a PostgreSQL integer


def _cli(*argv: str, env: dict | None = None):
    """``saksbord *argv``; an exception escaping ``main`` fails the test here, as a traceback would."""
    ut = kjor_cli(*argv, env=env)
    assert "Traceback" not in ut.stdout + ut.stderr, ut.stderr
    return ut


def _avvist(ut, kode: int, *ord_: str) -> None:
    assert ut.returncode == kode, (ut.returncode, ut.stdout, ut.stderr)
    melding = ut.stderr.lower()
    assert melding.strip(), "a refusal must say why"
    for o in ord_:
        assert o.lower() in melding, (o, ut.stderr)


# --- the bad inputs that gave tracebacks ---------------------------------------------------------


def test_feil_database_gir_melding(tmp_path, demo_sqlite):
    """--db: another database system, an unknown driver, a broken URL, a folder, a non-SQLite file,
    a truncated SQLite file, a missing folder."""
    tekstfil = tmp_path / "notat.sqlite"
    tekstfil.write_text("Dette er ikke en database\n" * 50)
    kilde = Path(demo_sqlite.url.removeprefix("sqlite:///"))
    demo_sqlite.lukk()
    avkortet = tmp_path / "avkortet.sqlite"
    avkortet.write_bytes(kilde.read_bytes()[:50_000])
    _avvist(_cli("--db", "mysql://bruker@vert/saksbord", "brukere"), 1, "mysql", "SQLite", "postgresql://")
    _avvist(_cli("--db", "postgresql+psycopg2://vert/saksbord", "brukere"), 1, "psycopg")
    _avvist(_cli("--db", "://", "brukere"), 1, "verken en filsti")
    _avvist(_cli("--db", str(tmp_path), "brukere"), 1, "er en mappe")
    _avvist(_cli("--db", str(tekstfil), "brukere"), 1, "ikke en SQLite-fil")
    _avvist(_cli("--db", str(avkortet), "brukere"), 1, "skadet eller ufullstendig")
    _avvist(_cli("--db", str(tmp_path / "finnes" / "ikke.sqlite"), "brukere"), 1, "finnes ikke")
    assert avkortet.stat().st_size == 50_000  # nothing was written into the damaged file


def test_for_store_tall_og_datoer_utenfor_omraadet(demo_sqlite):
    db = db_arg(demo_sqlite)
    for argv in (
        ("sak", "vis", f"2026/{FOR_STORT}"),
        ("jp", "vis", f"2026/1-{FOR_STORT}"),
        ("logg", f"2026/{FOR_STORT}"),
    ):
        _avvist(_cli("--db", db, *argv, "--bruker", "ALA"), 1, "er ikke et")
    assert _cli("--db", db, "sok", f"2026/{FOR_STORT}", "--bruker", "ALA").stdout.strip() == "Ingen treff"
    ut = _cli("--db", db, "kurv", "ubehandlet", "--filter", f"2026/{FOR_STORT}", "--bruker", "OHA")
    assert ut.returncode == 0 and "Kurven er tom" in ut.stdout
    _avvist(_cli("--db", db, "oppgave", "vis", FOR_STORT, "--bruker", "ALA"), 2, "helt tall mellom 1 og")
    _avvist(_cli("--db", db, "oppgave", "vis", "-3", "--bruker", "ALA"), 2, "helt tall mellom 1 og")
    argv = ("dokument", "hent", "2026/1-1", "--til", "x.pdf", "--bruker", "ALA")
    _avvist(_cli("--db", db, *argv, "--dokument", FOR_STORT), 2, "--dokument")
    _avvist(_cli("--db", db, *argv, "--versjon", FOR_STORT_32), 2, "--versjon")
    ny = ("jp", "registrer", "--sak", "2026/1", "--type", "I", "--tittel", "T", "--avsender", "A B")
    _avvist(_cli("--db", db, *ny, "--dokumentdato", "9999-12-31", "--bruker", "ALA"), 2, "utenfor")
    _avvist(_cli("--db", db, *ny, "--bruker", "ALA", env={"SAKSBORD_IDAG": "9999-12-31"}), 1, "SAKSBORD_IDAG")


def test_for_lange_og_tomme_felt_avvises_likt_paa_sqlite_og_postgresql(demo_db):
    """The column lengths of app/store/models.py hold in the local store as on PostgreSQL."""
    db = db_arg(demo_db)
    _avvist(
        _cli("--db", db, "sak", "opprett", "--tittel", LANG, "--klasse", "611", "--bruker", "MBE"),
        1,
        "høyst 500 tegn",
    )
    _avvist(
        _cli("--db", db, "sak", "opprett", "--tittel", " \r\n ", "--klasse", "611", "--bruker", "MBE"),
        1,
        "må ha en tittel",
    )
    ny = ("jp", "registrer", "--sak", "2026/1", "--type", "I", "--tittel", "T")
    _avvist(_cli("--db", db, *ny, "--avsender", "n " * 200, "--bruker", "ALA"), 1, "Navnet kan ha høyst 300")
    _avvist(_cli("--db", db, *ny, "--avsender", "", "--bruker", "ALA"), 1, "mangler navn")
    _avvist(_cli("--db", db, "jp", "endre", "2026/1-1", "--tittel2", LANG, "--bruker", "ALA"), 1, "linje 2")
    _avvist(_cli("--db", db, "sak", "vis", f"2026/{FOR_STORT_32}", "--bruker", "ALA"), 1, "er ikke et")
    ctx = Kontekst(demo_db, "ALA")
    with pytest.raises(UgyldigInndata, match="Klasseringen kan ha høyst 100 tegn"):
        saker.legg_til_klassering(ctx, "2026/1", ordningsprinsipp="K-kode", ordningsverdi="k" * 101)
    with pytest.raises(UgyldigInndata, match="Hjemmelen kan ha høyst 100 tegn"):
        saker.skjerm_sak(ctx, "2026/1", kode="U", hjemmel="h" * 101, nivaa=1)
    assert visning.vis_sak(ctx, "2026/1").skjerming is None  # nothing half-written


def test_filer_som_mangler_er_mapper_eller_ikke_er_msg(qapp, demo_sqlite, tmp_path):
    db = db_arg(demo_sqlite)
    (tmp_path / "tull.msg").write_bytes(b"ikke en outlook-melding")
    for fil, ord_ in (("mangler.msg", "finnes ikke"), (".", "mappe"), ("tull.msg", "ikke en Outlook")):
        ut = _cli("--db", db, "import-msg", "--sak", "2026/1", str(tmp_path / fil), "--bruker", "ALA")
        assert ut.returncode == 1 and ord_.lower() in ut.stdout.lower(), ut.stdout
    ut = _cli("--db", db, "dokument", "legg-til", "2026/1-1", str(tmp_path), "--bruker", "ALA")
    _avvist(ut, 2, "Finner ikke filen")


# --- control characters, line breaks and bidi overrides ----------------------------------------


@pytest.mark.parametrize(
    ("inn", "lagret"),
    [
        ("Søknad\r\nFalsk linje", "Søknad Falsk linje"),
        ("Faktura \u202egpj.exe", "Faktura gpj.exe"),
        ("Rett\u2066 \u2069isolert", "Rett isolert"),
        ("\x1b[31mRød\x1b[0m tekst\x00", "[31mRød[0m tekst"),
        ("  Tab\tinni  ", "Tab inni"),
    ],
)
def test_linje_renser_styretegn(inn, lagret):
    from app.domain.regler import inndata

    assert inndata.rens_linje(inn) == lagret
    assert not set(inndata.vis_linje(inn)) & (inndata.BIDI | {"\r", "\n", "\x1b", "\x00"})


def test_titler_og_navn_lagres_uten_styretegn_og_skrives_ut_noytralt(demo_sqlite):
    db = demo_sqlite
    ctx = Kontekst(db, "MBE")
    sak = saker.opprett_sak(
        ctx, tittel="Byggesak\r\n2026/1-1 J Falsk rad", tittel2="Linje\u202e2", klasse="000"
    ).saksnummer
    info = visning.vis_sak(ctx, sak)
    assert info.tittel == "Byggesak 2026/1-1 J Falsk rad" and info.tittel2 == "Linje2"
    jp = journalposter.registrer_journalpost(
        ctx,
        NyJournalpost(sak=sak, type="I", tittel="Brev\u202dfra", avsendere=[PartInn("Kari\nNordmann\u2067")]),
    ).journalpostnummer
    post = visning.vis_journalpost(ctx, jp)
    assert post.tittel == "Brevfra" and post.avsender[0].navn == "Kari Nordmann"
    journalposter.endre_journalpost(ctx, jp, tittel="Endret\ttittel\x07")
    assert visning.vis_journalpost(ctx, jp).tittel == "Endret tittel"
    # Rows written before this rule (or by an older client) are neutralised on the terminal.
    with db.session() as s, s.begin():
        from app.store import models as m

        s.get(m.Journalpost, post.id).tittel = "Gammel\nfalsk linje \u202eexe"
    ut = _cli("--db", db_arg(db), "sak", "vis", sak, "--bruker", "MBE")
    assert ut.returncode == 0 and "\u202e" not in ut.stdout and "falsk linje" in ut.stdout
    assert all(not linje.startswith("falsk linje") for linje in ut.stdout.splitlines())
    ut = _cli("--db", db_arg(db), "kurv", "mine-saker", "--bruker", "MBE")
    assert "\u202e" not in ut.stdout
    ut = _cli("--db", db_arg(db), "sak", "vis", "\u202e2026/1", "--bruker", "MBE")
    assert ut.returncode == 1 and "\u202e" not in ut.stderr and "\ufffd" in ut.stderr


# --- passwords ------------------------------------------------------------------------------


def test_passord_tas_aldri_som_argument(demo_sqlite):
    from app.cli import lag_parser

    db = db_arg(demo_sqlite)
    for argv in (
        ("bruker", "opprett", "--db", db, "--initialer", "KNO", "--navn", "Kari", "--passord", "hemmelig1"),
        ("bruker", "tilgang", "--db", db, "--initialer", "MBE", "--passord=hemmelig1"),
    ):
        ut = _cli(*argv)
        _avvist(ut, 2, "SAKSBORD_PASSORD")
        assert "hemmelig1" not in ut.stderr + ut.stdout
    # No subcommand has a --passord option any more.
    underkommandoer = [lag_parser()]
    while underkommandoer:
        p = underkommandoer.pop()
        assert not any("--passord" in a.option_strings for a in p._actions), p.prog
        for a in p._actions:
            if a.choices and isinstance(a.choices, dict):
                underkommandoer += list(a.choices.values())


def test_passord_fra_miljo_eller_sporsmal(monkeypatch):
    from app.cli import felles

    monkeypatch.setenv("SAKSBORD_PASSORD", "fra-miljo")
    assert felles.les_passord("Passord: ") == "fra-miljo"
    monkeypatch.delenv("SAKSBORD_PASSORD")
    monkeypatch.setattr(felles.sys.stdin, "isatty", lambda: True, raising=False)
    svar = iter(["hemmelig", "hemmelig", "en", "to"])
    monkeypatch.setattr("getpass.getpass", lambda _sporsmal="": next(svar))
    assert felles.les_passord("Passord: ") == "hemmelig"
    with pytest.raises(felles.Bruksfeil, match="ikke like"):
        felles.les_passord("Passord: ")


def test_readme_viser_ingen_passord_paa_kommandolinjen():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--passord" not in readme


# --- the window -------------------------------------------------------------------------------


def test_vinduet_viser_feil_database_i_en_meldingsboks(qapp, tmp_path, monkeypatch):
    from app.views import app as vindusapp

    tekstfil = tmp_path / "ikke.sqlite"
    tekstfil.write_text("tekst\n" * 100)
    vist = []
    monkeypatch.setattr(
        vindusapp.QMessageBox, "critical", lambda _p, tittel, tekst: vist.append((tittel, tekst))
    )
    assert vindusapp.start(str(tekstfil)) == 1
    assert vist and "ikke en SQLite-fil" in vist[0][1]


def test_lengdene_er_modellenes():
    """The messages name every string column the services take from a user; the lengths come from the models."""
    from sqlalchemy import String

    from app.domain.regler import inndata
    from app.store import models as m

    lengder = {
        (t.name, c.name): c.type.length for t in m.Base.metadata.tables.values() for c in t.columns
        if isinstance(c.type, String) and c.type.length
    }  # fmt: skip
    assert lengder[("sak", "tittel")] == 500 and lengder[("korrespondansepart", "navn")] == 300
    assert set(inndata.FELTNAVN) <= {k for _t, k in lengder}


def test_kopi_av_demo_er_urort(demo_sqlite, tmp_path):
    """A database opened, refused nothing and closed again stays a SQLite file (the header check)."""
    kilde = Path(demo_sqlite.url.removeprefix("sqlite:///"))
    demo_sqlite.lukk()
    kopi = tmp_path / "kopi.sqlite"
    shutil.copy(kilde, kopi)
    ut = _cli("--db", str(kopi), "brukere")
    assert ut.returncode == 0 and "ALA" in ut.stdout
