"""The integrations through the CLI: arkivmelding motta/status, enhet oppslag, einnsyn publiser/status."""

from __future__ import annotations

import json

import keyring
import pytest

from tests.support.arkivmelding import SKJEMAER, lag_melding
from tests.support.brreg import brreg
from tests.support.einnsyn import MinneNokkelring, einnsyn
from tests.test_cli import sb


@pytest.fixture
def db(demo_sqlite):
    return demo_sqlite


def test_arkivmelding_motta_to_ganger_og_status(db, tmp_path):
    sb(db, "innstilling", "sett", "fiks_arkiv_skjemaer", str(SKJEMAER), "--bruker", "ALA")
    sb(db, "innstilling", "sett", "fiks_arkiv_mappe", str(tmp_path / "fiks"), "--bruker", "ALA")
    melding = lag_melding(tmp_path / "byggsak")

    forste = sb(db, "arkivmelding", "motta", str(melding), "--bruker", "ALA")
    andre = sb(db, "arkivmelding", "motta", str(melding), "--bruker", "ALA", "--json")
    ugyldig = lag_melding(tmp_path / "feil", xml="<arkivmelding/>")
    avvist = sb(db, "arkivmelding", "motta", str(ugyldig), "--bruker", "ALA", forventet=1)
    status = sb(db, "arkivmelding", "status", "--bruker", "ALA")
    ikke_arkiv = sb(db, "arkivmelding", "motta", str(melding), "--bruker", "OHA", forventet=1)

    assert "er opprettet" in forste.stdout and "svar:" in forste.stdout
    assert json.loads(andre.stdout)[0]["status"] == "eksisterende"
    assert "er avvist" in avvist.stdout and "skjemaet" in avvist.stdout
    linjer = status.stdout.splitlines()
    assert [linje.split()[2] for linje in linjer] == ["feilet", "eksisterende", "opprettet"]
    assert "Bare arkivet" in ikke_arkiv.stderr


def test_enhet_oppslag_og_ugyldig_orgnr(db, httpserver, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    sb(db, "innstilling", "sett", "enhetsregisteret_url", brreg(httpserver), "--bruker", "ALA")

    ok = sb(db, "enhet", "oppslag", "974760673")
    feil = sb(db, "enhet", "oppslag", "974760672", forventet=1)

    assert "REGISTERENHETEN I BRØNNØYSUND" in ok.stdout and "Postboks 900" in ok.stdout
    assert "kontrollsifferet" in feil.stderr
    assert [r.path for r, _ in httpserver.log] == ["/enhetsregisteret/api/enheter/974760673"]
    status = sb(db, "enhet", "status")
    assert "1 virksomheter i hurtigbufferen" in status.stdout


def test_einnsyn_publiser_og_status(db, httpserver):
    forrige = keyring.get_keyring()
    keyring.set_keyring(MinneNokkelring())
    try:
        falsk, url = einnsyn(httpserver)
        sb(db, "innstilling", "sett", "einnsyn_url", url, "--bruker", "ALA")
        venter = sb(db, "einnsyn", "publiser", "--bruker", "ALA")
        sb(db, "einnsyn", "nokkel", "--bruker", "ALA", env={"SAKSBORD_EINNSYN_NOKKEL": "test-nokkel"})
        ut = sb(db, "einnsyn", "publiser", "--til", "2030-01-07", "--bruker", "ALA")
        status = sb(db, "einnsyn", "status", "--bruker", "ALA")
    finally:
        keyring.set_keyring(forrige)
    assert "0 publisert" in venter.stdout
    antall = len(falsk.av_type("journalpost"))
    assert antall > 0 and f"{antall} publisert" in ut.stdout
    assert status.stdout.count(" publisert") == antall
