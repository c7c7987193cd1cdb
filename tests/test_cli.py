"""The routines through the command line only, on a fresh demo database (SQLite and PostgreSQL).

The commands run in-process through ``main(argv)`` (tests/support/cli.py); a few things that need a
real process keep one: the ``python -m app.cli`` entry, --help in a fresh interpreter and
SAKSBORD_IDAG read from a new process's environment.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.support.cli import kjor_cli

ROOT = Path(__file__).resolve().parents[1]


def db_arg(db) -> str:
    u = make_url(db.url)
    return u.database if u.get_backend_name() == "sqlite" else db.url


def sb(db, *args, forventet=0, env=None):
    p = kjor_cli("--db", db_arg(db), *args, env=env)
    assert "Traceback" not in p.stdout + p.stderr, p.stderr
    assert p.returncode == forventet, f"exit {p.returncode}: {p.stdout}{p.stderr}"
    return p


def sb_prosess(db, *args, forventet=0, env=None):
    """The same in a fresh ``python -m app.cli`` process (the entry point and its environment)."""
    miljo = dict(os.environ, **(env or {}))
    p = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", db_arg(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=miljo,
        timeout=120,
    )
    assert "Traceback" not in p.stdout + p.stderr, p.stderr
    assert p.returncode == forventet, f"exit {p.returncode}: {p.stdout}{p.stderr}"
    return p


def js(db, *args, **kw):
    return json.loads(sb(db, *args, "--json", **kw).stdout)


def test_rutinen_gjennom_kommandolinjen(demo_db):
    db = demo_db
    sak = js(
        db, "sak", "opprett", "--tittel", "Søknad om ny avkjørsel", "--klasse", "Q11", "--bruker", "MBE"
    )["saksnummer"]
    inn = js(
        db,
        "jp",
        "registrer",
        "--sak",
        sak,
        "--type",
        "I",
        "--tittel",
        "Søknad om avkjørsel",
        "--avsender",
        "Kari Nordmann",
        "--bruker",
        "MBE",
    )
    assert inn["status"] == "S"
    ub = js(db, "kurv", "ubehandlet", "--bruker", "MBE")
    assert inn["journalpostnummer"] in [r["journalpostnummer"] for r in ub["rader"]]

    svar = js(
        db,
        "jp",
        "besvar",
        inn["journalpostnummer"],
        "--tittel",
        "Tillatelse til avkjørsel",
        "--bruker",
        "MBE",
    )["journalpostnummer"]
    sb(db, "jp", "endre", svar, "--mottaker", "Kari Nordmann", "--bruker", "MBE")
    oppg = js(
        db,
        "oppgave",
        "send",
        svar,
        "--type",
        "godkjenning",
        "--til",
        "TBA",
        "--merknad",
        "Til godkjenning",
        "--bruker",
        "MBE",
    )["oppgave"]
    mottatt = js(db, "kurv", "mottatt-for-godkjenning", "--bruker", "TBA")
    assert oppg in [r["id"] for r in mottatt["rader"]]
    js(db, "oppgave", "vis", str(oppg), "--bruker", "TBA")
    sb(db, "oppgave", "svar", str(oppg), "--svar", "godkjent", "--bruker", "TBA")
    assert js(db, "jp", "vis", svar, "--bruker", "MBE")["status"] == "F"

    # Refused: e-mail without an address; the message comes from the service.
    p = sb(db, "jp", "ekspeder", svar, "--kanal", "epost", "--bruker", "MBE", forventet=1)
    assert "mangler e-postadresse" in p.stderr
    sb(db, "jp", "ekspeder", svar, "--kanal", "papir", "--bruker", "MBE", forventet=1)
    js(db, "jp", "skjerm", svar, "--fjern", "--bruker", "MBE")
    vis = js(db, "jp", "vis", inn["journalpostnummer"], "--bruker", "MBE")
    assert vis["restanse"] is True and vis["avskrivning"]["kode"] == "BU"

    sak2 = js(db, "sak", "opprett", "--tittel", "Klage på vedtak", "--klasse", "Q11", "--bruker", "MBE")[
        "saksnummer"
    ]
    jp2 = js(
        db,
        "jp",
        "registrer",
        "--sak",
        sak2,
        "--type",
        "I",
        "--tittel",
        "Klage",
        "--avsender",
        "Ola",
        "--bruker",
        "MBE",
    )["journalpostnummer"]
    p = sb(db, "jp", "avskriv", jp2, "--kode", "TLF", "--bruker", "MBE", forventet=1)
    assert p.stderr.strip() == "Avskrivningskode TLF krever merknad"
    sb(db, "jp", "avskriv", jp2, "--kode", "TLF", "--merknad", "Ringte klager", "--bruker", "MBE")
    vis = js(db, "jp", "vis", jp2, "--bruker", "MBE")
    assert vis["restanse"] is False and vis["avskrivning"]["merknad"] == "Ringte klager"
    assert jp2 not in [
        r["journalpostnummer"] for r in js(db, "kurv", "ubehandlet", "--bruker", "MBE")["rader"]
    ]

    logg = js(db, "logg", jp2, "--bruker", "ALA")
    assert any(r["handling"] == "avskrevet" and r["bruker"] == "MBE" for r in logg)


def test_godkjenning_og_ekspedering_fjerner_restansen(demo_db):
    db = demo_db
    sak = js(db, "sak", "opprett", "--tittel", "Søknad om startlån", "--klasse", "243", "--bruker", "OHA")[
        "saksnummer"
    ]
    inn = js(
        db,
        "jp",
        "registrer",
        "--sak",
        sak,
        "--type",
        "I",
        "--tittel",
        "Søknad",
        "--avsender",
        "ISO",
        "--bruker",
        "OHA",
    )["journalpostnummer"]
    svar = js(db, "jp", "besvar", inn, "--bruker", "OHA")["journalpostnummer"]
    oppg = js(db, "oppgave", "send", svar, "--type", "godkjenning", "--til", "KLE", "--bruker", "OHA")[
        "oppgave"
    ]
    sb(db, "oppgave", "svar", str(oppg), "--svar", "godkjent", "--bruker", "KLE")
    sb(db, "jp", "ekspeder", svar, "--bruker", "OHA")
    for kurv in ("ubehandlet", "forfall"):
        assert inn not in [r["journalpostnummer"] for r in js(db, "kurv", kurv, "--bruker", "OHA")["rader"]]


def test_stedfortreder_og_kursklokke(demo_db):
    db = demo_db
    p = sb(db, "kurv", "mottatt-for-godkjenning", "--bruker", "ISO", "--som", "KLE", forventet=1)
    assert "ikke stedfortreder for Kari Lie i dag" in p.stderr
    idag = db.idag()
    fra, til = idag.replace(day=1).isoformat(), idag.replace(day=28).isoformat()
    sb(
        db,
        "stedfortreder",
        "sett",
        "--leder",
        "KLE",
        "--stedfortreder",
        "ISO",
        "--fra",
        fra,
        "--til",
        til,
        "--koder",
        "E",
        "--bruker",
        "KLE",
    )
    sb_prosess(
        db,
        "kurv",
        "mottatt-for-godkjenning",
        "--bruker",
        "ISO",
        "--som",
        "KLE",
        "--json",
        env={"SAKSBORD_IDAG": idag.replace(day=15).isoformat()},
    )
    p = sb(
        db,
        "kurv",
        "mottatt-for-godkjenning",
        "--bruker",
        "ISO",
        "--som",
        "KLE",
        forventet=1,
        env={"SAKSBORD_IDAG": f"{idag.year + 1}-06-01"},
    )
    assert "i dag" in p.stderr
    assert any(r["stedfortreder"] == "ISO" for r in js(db, "stedfortreder", "liste", "--bruker", "KLE"))


def test_brukere_og_bruksfeil(demo_db):
    db = demo_db
    brukere = js(db, "brukere")
    kle = next(b for b in brukere if b["initialer"] == "KLE")
    assert {"leder"} <= set(kle["roller"]) and kle["leder_for"] == ["OPP"] and "E" in kle["tilgangskoder"]
    sb(db, "jp", "registrer", "--sak", "2026/1", "--bruker", "OHA", forventet=2)
    sb(db, "sak", "obs", "2026/1", "--dato", "i morgen", "--bruker", "MBE", forventet=2)
    p = sb(db, "sak", "vis", "2099/1", "--bruker", "OHA", forventet=1)
    assert "Fant ingen sak 2099/1" in p.stderr


def _kommandoer(parser=None, sti=()):
    """Every command path the parser knows, taken from the parser itself (no list kept here)."""
    import argparse

    from app.cli import lag_parser

    parser = parser or lag_parser()
    grener = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    yield sti, not grener
    for g in grener:
        for navn, under in g.choices.items():
            yield from _kommandoer(under, (*sti, navn))


def test_hjelp_paa_norsk_med_eksempel_for_hver_kommando():
    kommandoer = list(_kommandoer())
    assert len(kommandoer) > 40
    assert {("sak", "vis"), ("jp", "besvar"), ("import-msg",), ("bruker", "tilgang"), ("synk",)} <= {
        s for s, _ in kommandoer
    }
    for sti, blad in kommandoer:
        p = kjor_cli(*sti, "--help")
        assert p.returncode == 0, sti
        assert p.stdout.startswith(" ".join(("bruk: saksbord", *sti))), (sti, p.stdout[:80])
        assert "show this help" not in p.stdout and "show program" not in p.stdout, sti
        if blad:
            assert "Eksempel:" in p.stdout, f"saksbord {' '.join(sti)} --help has no example"


def test_hver_kommando_har_en_handling_og_ukjente_argumenter_gir_2():
    for sti, blad in _kommandoer():
        if blad:
            p = kjor_cli(*sti, "--ukjent-valg")
            assert p.returncode == 2 and "bruk: saksbord" in p.stderr, sti


def test_inngangspunktet_i_en_ny_prosess():
    """``python -m app.cli`` in a fresh interpreter: Norwegian help (argparse is patched at import)."""
    p = subprocess.run([sys.executable, "-m", "app.cli", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0
    assert "bruk: saksbord" in p.stdout and "Eksempler:" in p.stdout and "show this help" not in p.stdout
    p = kjor_cli("--versjon")
    assert (p.returncode, p.stdout.strip()) == (0, "saksbord 0.1.0")


def test_kommandolinjen_har_ingen_egne_regler():
    kilde = "\n".join(f.read_text(encoding="utf-8") for f in sorted((ROOT / "app" / "cli").glob("*.py")))
    assert "def registrer" in kilde
    # No status or code lists of its own: they live in app.domain and the services.
    assert not re.search(r"""["'][RBAUX]["']\s*,\s*["'][RBAUX]["']""", kilde)
    assert not re.search(r"""["'](TLF|BU|TE)["']""", kilde)
    assert "choices=" not in kilde


def test_ingen_annen_tabell_over_kommandonavn():
    """Each command module registers its own subcommands; dispatch is ``args.kjor``, not a name test."""
    for f in (ROOT / "app" / "cli").glob("*.py"):
        kilde = f.read_text(encoding="utf-8")
        assert not re.search(r"""(kommando|under)\s*(==|in)\s*""", kilde), f.name


def test_saksbord_kommandoen_peker_paa_main():
    import tomllib
    from importlib import import_module

    from app.cli import main

    punkt = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"][
        "saksbord"
    ]
    modul, navn = punkt.split(":")
    assert getattr(import_module(modul), navn) is main
