"""Hent fra SvarInn in the window: the archive's menu, the background fetch, the result and what was kept."""

from __future__ import annotations

import pytest

from app.services import svarinn
from app.services.arbeid import Kontekst
from app.services.innstillinger import sett_innstilling
from app.views.svarinn import SvarInnDialog
from tests.support.cms_nokler import lag_nokkelpar

PDF = b"%PDF-1.7\n% vedtak\n%%EOF\n"


@pytest.fixture(scope="module")
def par():
    return lag_nokkelpar()


@pytest.fixture
def satt_opp(demo_sqlite, svarinn_fake, par, tmp_path, monkeypatch):
    nokkel = tmp_path / "mottakersystem.pem"
    nokkel.write_bytes(par.nokkel_pem)
    ala = Kontekst(demo_sqlite, "ALA")
    for navn, verdi in (
        ("svarinn.url", svarinn_fake.url),
        ("svarinn.brukernavn", svarinn_fake.brukernavn),
        ("svarinn.nokkel", str(nokkel)),
    ):
        sett_innstilling(ala, navn, verdi)
    monkeypatch.setenv(svarinn.PASSORD_MILJO, svarinn_fake.passord)
    return svarinn_fake


def test_arkivet_henter_og_ser_hva_som_kom_og_hva_som_ble_tatt_vare_paa(
    lag_vindu, fanger, satt_opp, par, tmp_path, qtbot
):
    god = satt_opp.legg_til(
        "Vedtak om tilskudd", [("Vedtak.pdf", "application/pdf", PDF)], sertifikat=par.sertifikat
    )
    skadet = satt_opp.legg_til("Skadet brev", [("x.pdf", "application/pdf", PDF)], innhold=b"ikke CMS")
    w = lag_vindu("ALA")
    handling = w.handlinger["hent_svarinn"]
    assert handling.isVisible() and handling.isEnabled()
    assert handling in w.menyer.arkiv.actions()
    endret: list[str] = []
    from app.widgets.hendelser import hendelser

    hendelser().sig_data_changed.connect(endret.append)
    sett: dict = {}

    def les(d: SvarInnDialog) -> None:
        t = d.resultater
        sett["resultater"] = [[t.item(r, k).text() for k in range(4)] for r in range(t.rowCount())]
        sett["feilet"] = [d.feilet.item(r, 2).text() for r in range(d.feilet.rowCount())]
        sett["overskrift"] = d.overskrift.text()
        d.velg_fil = lambda _f, _t, navn: str(tmp_path / navn)
        d.feilet.selectRow(0)
        assert d.lagre.isEnabled()
        d.lagre.click()
        sett["status"] = d.status.text()

    fanger.plan(SvarInnDialog, les)
    handling.trigger()

    assert fanger.planer == []
    assert sett["overskrift"].startswith("Registrert: 1    Feilet (tatt vare på): 1")
    utfall = {r[3].splitlines()[0]: r for r in sett["resultater"]}
    assert utfall["Vedtak om tilskudd"][0] == "Registrert"
    assert utfall["Vedtak om tilskudd"][1].startswith("20")
    assert utfall["Skadet brev"][0] == "Feilet"
    assert "ikke gyldig CMS" in utfall["Skadet brev"][3]
    assert sett["feilet"] == ["Skadet brev"]
    assert (tmp_path / f"svarinn-{skadet}.p7m").read_bytes() == b"ikke CMS"
    assert sett["status"].startswith("Lagret som ")
    assert "journalpost" in endret
    assert satt_opp.kvitteringer == [god]

    # Post fra SvarInn… lists what was kept, without fetching again.
    fanger.plan(
        SvarInnDialog,
        lambda d: sett.update(igjen=[d.feilet.item(0, 2).text()], synlig=d.resultater.isVisible()),
    )
    w.handlinger["vis_svarinn"].trigger()
    assert (sett["igjen"], sett["synlig"]) == (["Skadet brev"], False)
    assert satt_opp.forsendelser[god].nedlastinger == 1


def test_saksbehandleren_ser_ikke_svarinn(lag_vindu):
    w = lag_vindu("OHA")
    assert not w.handlinger["hent_svarinn"].isVisible()


def test_uten_oppsett_sies_det_hva_som_mangler(lag_vindu, fanger):
    w = lag_vindu("ALA")
    w.handlinger["hent_svarinn"].trigger()
    assert any("SvarInn er ikke satt opp" in m for m in fanger.meldinger)


def test_post_fra_svarinn_ligger_i_arkivets_kurv_og_ikke_hos_lederen(
    lag_vindu, demo_sqlite, satt_opp, par, qtbot, tmp_path
):
    from tests.conftest import vent

    satt_opp.legg_til(
        "Søknad om startlån", [("Søknad.pdf", "application/pdf", PDF)], sertifikat=par.sertifikat
    )
    from app.integrasjoner.fiks.svarinn import SvarInnKlient

    with SvarInnKlient(satt_opp.url, satt_opp.brukernavn, satt_opp.passord, tidsavbrudd=10) as k:
        [res] = svarinn.hent(Kontekst(demo_sqlite, "ALA"), klient=k, nokkel=par.nokkel).resultater
    assert res.utfall == "registrert"

    w = lag_vindu("ALA")
    qtbot.waitUntil(lambda: "mottatt-fra-svarinn" in w.tre.info, timeout=30000)
    assert w.tre.info["mottatt-fra-svarinn"].antall == 1
    w.velg_kurv("mottatt-fra-svarinn")
    vent(qtbot, w)
    assert [w.liste.modell.rad(r).journalpostnummer for r in range(w.liste.modell.rowCount())] == [
        res.journalpostnummer
    ]
    assert w.grab().save(str(tmp_path / "arkivets-kurver.png"))
    leder = lag_vindu("PKR")
    qtbot.waitUntil(lambda: "til-fordeling" in leder.tre.info, timeout=30000)
    for kurv in ("til-fordeling", "til-offentlighetsvurdering"):
        leder.velg_kurv(kurv)
        vent(qtbot, leder)
        nr = [leder.liste.modell.rad(r).journalpostnummer for r in range(leder.liste.modell.rowCount())]
        assert res.journalpostnummer not in nr, kurv
