"""Enhetsregisteret: a lookup online, the same lookup offline from the cache, a bad orgnr never sent."""

from __future__ import annotations

import pytest

from app.domain.feil import Frakoblet, IkkeFunnet, UgyldigInndata
from app.services import enhetsregister, innstillinger
from app.services.arbeid import Kontekst
from tests.support.brreg import brreg


@pytest.fixture
def ctx(demo_sqlite) -> Kontekst:
    return Kontekst(demo_sqlite, "ALA")


@pytest.fixture
def httpserver():
    """A server of the test's own, so stopping it (the network gone) touches no other test."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer()
    server.start()
    yield server
    if server.is_running():
        server.stop()


def test_oppslag_paa_nett_og_saa_det_samme_fra_hurtigbufferen_uten_nett(ctx, httpserver, tmp_path):
    innstillinger.sett_innstilling(ctx, "enhetsregisteret_url", brreg(httpserver))
    cache = tmp_path / "cache"

    paa_nett = enhetsregister.slaa_opp(ctx, "974 760 673", cache=cache)
    httpserver.stop()  # the network is gone
    uten_nett = enhetsregister.slaa_opp(ctx, "974760673", cache=cache)

    assert paa_nett.navn == "REGISTERENHETEN I BRØNNØYSUND"
    assert (paa_nett.adresse, paa_nett.postnummer, paa_nett.poststed) == (
        "Postboks 900",
        "8910",
        "BRØNNØYSUND",
    )
    assert paa_nett.organisasjonsform == "Organisasjonsledd"
    assert not paa_nett.fra_cache
    assert uten_nett.fra_cache
    assert (uten_nett.navn, uten_nett.adresse) == (paa_nett.navn, paa_nett.adresse)
    with pytest.raises(Frakoblet, match="ikke slått opp før"):
        enhetsregister.slaa_opp(ctx, "923609016", cache=cache)


def test_ugyldig_orgnr_avvises_uten_at_noe_sendes(ctx, httpserver, tmp_path):
    innstillinger.sett_innstilling(ctx, "enhetsregisteret_url", brreg(httpserver))

    with pytest.raises(UgyldigInndata, match="kontrollsifferet"):
        enhetsregister.slaa_opp(ctx, "974760672", cache=tmp_path)
    with pytest.raises(UgyldigInndata, match="ni siffer"):
        enhetsregister.slaa_opp(ctx, "97476067", cache=tmp_path)

    assert httpserver.log == []


def test_ukjent_orgnr_og_navnesok(ctx, httpserver, tmp_path):
    innstillinger.sett_innstilling(ctx, "enhetsregisteret_url", brreg(httpserver))

    with pytest.raises(IkkeFunnet, match="923609016"):
        enhetsregister.slaa_opp(ctx, "923609016", cache=tmp_path)
    treff = enhetsregister.sok(ctx, "registerenheten", cache=tmp_path)
    assert [e.orgnr for e in treff] == ["974760673"]
    assert enhetsregister.sok(ctx, "finnes ikke", cache=tmp_path) == []
    httpserver.stop()
    assert [e.navn for e in enhetsregister.sok(ctx, "registerenheten", cache=tmp_path)] == [treff[0].navn]
    # A unit found by a search answers a later orgnr lookup offline too.
    assert enhetsregister.slaa_opp(ctx, "974760673", cache=tmp_path).fra_cache


@pytest.mark.parametrize(
    ("nr", "gyldig"), [("974760673", True), ("923609016", True), ("974760674", False), ("12345678a", False)]
)
def test_mod11(nr, gyldig):
    assert (enhetsregister.orgnr_feil(nr) is None) is gyldig
