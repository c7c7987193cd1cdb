"""The routines through the command line only, on a fresh demo database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]


def db_arg(db) -> str:
    u = make_url(db.url)
    return u.database if u.get_backend_name() == "sqlite" else db.url


def sb(db, *args, forventet=0, env=None):
    import os

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
    sak = js(db, "sak", "opprett", "--tittel", "Søknad om ny avkjørsel", "--bruker", "MBE")["saksnummer"]
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

    sak2 = js(db, "sak", "opprett", "--tittel", "Klage på vedtak", "--bruker", "MBE")["saksnummer"]
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
    sak = js(db, "sak", "opprett", "--tittel", "Søknad om startlån", "--bruker", "OHA")["saksnummer"]
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
    js(
        db,
        "kurv",
        "mottatt-for-godkjenning",
        "--bruker",
        "ISO",
        "--som",
        "KLE",
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


@pytest.mark.parametrize(
    "kommando",
    [
        [],
        ["sak"],
        ["jp", "besvar"],
        ["oppgave", "svar"],
        ["stedfortreder", "sett"],
        ["kurv"],
        ["logg"],
        ["import-msg"],
    ],
)
def test_hjelp_paa_norsk_med_eksempel(kommando):
    p = subprocess.run(
        [sys.executable, "-m", "app.cli", *kommando, "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert p.returncode == 0
    assert "bruk: saksbord" in p.stdout and ("Eksempel:" in p.stdout or "Eksempler:" in p.stdout)
    assert "show this help" not in p.stdout and "show program" not in p.stdout


def test_kommandolinjen_har_ingen_egne_regler():
    kilde = (ROOT / "app" / "cli.py").read_text(encoding="utf-8")
    # No status or code lists of its own: they live in app.domain and the services.
    assert not re.search(r"""["'][RBAUX]["']\s*,\s*["'][RBAUX]["']""", kilde)
    assert not re.search(r"""["'](TLF|BU|TE)["']""", kilde)
    assert "choices=" not in kilde
