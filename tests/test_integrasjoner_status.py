"""Each national integration's state, in the window's Oversikt and through ``saksbord integrasjon status``."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization

from app.domain.feil import IngenTilgang
from app.integrasjoner.fiks.svarinn import SvarInnKlient
from app.services import einnsyn, innstillinger, integrasjoner, svarinn
from app.services.arbeid import Kontekst
from app.services.ekspedering import forsendelse, svarut, utsending
from app.views.integrasjoner.dialog import IntegrasjonsDialog
from tests.support.cms_nokler import lag_nokkelpar
from tests.support.einnsyn import einnsyn as falsk_einnsyn
from tests.test_cli import sb
from tests.test_ekspedering_svarut import ANNE, brev

NAVN = ["eInnsyn", "Fiks Arkiv", "Enhetsregisteret", "SvarUt", "SvarInn"]


def _arkiv(db) -> Kontekst:
    return Kontekst(db, "ALA")


def _sett(db, **verdier: str) -> None:
    for navn, verdi in verdier.items():
        innstillinger.sett_innstilling(_arkiv(db), navn.replace("__", "."), verdi)


def test_uten_oppsett_sier_hver_integrasjon_hva_som_mangler(demo_sqlite, nokkelring):
    rader = {r.navn: r for r in integrasjoner.oversikt(_arkiv(demo_sqlite))}

    assert list(rader) == NAVN
    assert not rader["eInnsyn"].satt_opp and "ingen API-nøkkel" in rader["eInnsyn"].tilstand
    assert not rader["Fiks Arkiv"].satt_opp and "fiks_arkiv_mappe" in rader["Fiks Arkiv"].tilstand
    assert rader["Enhetsregisteret"].satt_opp and "hurtigbufferen" in rader["Enhetsregisteret"].tilstand
    assert not rader["SvarUt"].satt_opp and "svarut.url" in rader["SvarUt"].tilstand
    assert not rader["SvarInn"].satt_opp and "svarinn.url" in rader["SvarInn"].tilstand
    with pytest.raises(IngenTilgang):
        integrasjoner.oversikt(Kontekst(demo_sqlite, "OHA"))


@pytest.fixture
def alt_satt_opp(demo_sqlite, nokkelring, httpserver, svarut_fake, svarinn_fake, tmp_path):
    """eInnsyn with one post refused by a server error, a SvarUt letter AVVIST, a SvarInn forsendelse that failed."""
    db = demo_sqlite
    falsk, url = falsk_einnsyn(httpserver)
    _sett(db, einnsyn_url=url, einnsyn_ventetid_dager="0")
    einnsyn.lagre_api_noekkel(_arkiv(db), "test-nokkel")
    falsk.feil_neste = 10_000
    einnsyn.publiser(_arkiv(db))
    falsk.feil_neste = 0

    _sett(db, svarut__url=svarut_fake.url, svarut__brukernavn=svarut_fake.konto_id)
    nokkelring.set_password(svarut.SVARUT_NOKKELRING, svarut_fake.konto_id, svarut_fake.passord)
    oha = Kontekst(db, "OHA")
    jpnr = brev(db, ANNE)
    oppsett = utsending.standard_oppsett(oha, tmp_path / "ut")
    assert utsending.send_ekspedering(oha, jpnr, oppsett=oppsett).ekspedert
    [sendt] = svarut_fake.forsendelser.values()
    svarut_fake.sett_status(sendt.id, "AVVIST", "Ukjent mottaker")
    svarut.oppdater_status(oha, jpnr)

    par = lag_nokkelpar("Saksbord mottakersystem")
    nokkelfil = tmp_path / "nokkel.pem"
    nokkelfil.write_bytes(
        par.nokkel.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    _sett(db, svarinn__url=svarinn_fake.url, svarinn__brukernavn=svarinn_fake.brukernavn,
          svarinn__nokkel=str(nokkelfil))  # fmt: skip
    svarinn_fake.legg_til("Ødelagt forsendelse", [], innhold=b"ikke CMS")
    with SvarInnKlient(svarinn_fake.url, svarinn_fake.brukernavn, svarinn_fake.passord, tidsavbrudd=10) as k:
        svarinn.hent(_arkiv(db), klient=k, nokkel=par.nokkel)
    return db, jpnr, oha, oppsett


def test_det_som_trenger_tilsyn_vises_per_integrasjon(alt_satt_opp):
    db, jpnr, oha, oppsett = alt_satt_opp
    rader = {r.navn: r for r in integrasjoner.oversikt(_arkiv(db))}

    assert rader["eInnsyn"].satt_opp and "feilet" in rader["eInnsyn"].tilstand
    assert rader["eInnsyn"].trenger_tilsyn == len(rader["eInnsyn"].detaljer) > 0
    assert "Intern feil" in rader["eInnsyn"].detaljer[0]
    assert rader["SvarUt"].satt_opp and rader["SvarUt"].trenger_tilsyn == 1
    assert rader["SvarUt"].detaljer == [f"{jpnr} Anne Digital: AVVIST"]
    assert "1 ikke levert" in rader["SvarUt"].tilstand
    assert rader["SvarInn"].satt_opp and rader["SvarInn"].trenger_tilsyn == 1
    assert "Ødelagt forsendelse" in rader["SvarInn"].detaljer[0]

    # The letter goes again on paper: SvarUt no longer needs anyone.
    [mislykt] = forsendelse.mislykte(oha, jpnr)
    forsendelse.send_paa_nytt(oha, mislykt.uuid)
    utsending.send_ekspedering(oha, jpnr, oppsett=oppsett, start=False)
    svarut_rad = next(r for r in integrasjoner.oversikt(_arkiv(db)) if r.navn == "SvarUt")
    assert svarut_rad.trenger_tilsyn == 0 and "1 sendt på nytt" in svarut_rad.tilstand


def test_kommandolinjen_viser_det_samme(alt_satt_opp):
    db, jpnr, _, _ = alt_satt_opp
    ut = sb(db, "integrasjon", "status", "--bruker", "ALA")
    som_json = json.loads(sb(db, "integrasjon", "status", "--bruker", "ALA", "--json").stdout)
    nekt = sb(db, "integrasjon", "status", "--bruker", "OHA", forventet=1)

    linjer = ut.stdout.splitlines()
    assert [x["navn"] for x in som_json] == NAVN
    assert [linje for linje in linjer if not linje.startswith("  ")][3].startswith("SvarUt: ")
    assert f"  {jpnr} Anne Digital: AVVIST" in linjer
    assert next(x for x in som_json if x["navn"] == "SvarInn")["trenger_tilsyn"] == 1
    assert "Bare arkivet" in nekt.stderr


def test_vinduet_viser_oversikten(alt_satt_opp, lag_vindu, fanger, qtbot, tmp_path):
    db, jpnr, _, _ = alt_satt_opp
    w = lag_vindu("ALA")
    sett: dict[str, object] = {}

    def fyll(d: IntegrasjonsDialog) -> None:
        sett["fane"] = d.faner.tabText(0)
        sett["rader"] = [
            [d.oversikt.item(r, k).text() for k in range(4)] for r in range(d.oversikt.rowCount())
        ]
        d.oversikt.selectRow(3)
        sett["detaljer"] = d.detaljer.toPlainText()
        d.resize(980, 520)
        sett["bilde"] = d.grab().save(str(tmp_path / "integrasjoner.png"))

    fanger.plan(IntegrasjonsDialog, fyll)
    w.integrasjoner.handling.trigger()

    assert sett["fane"] == "Oversikt" and sett["bilde"]
    rader = sett["rader"]
    assert [r[0] for r in rader] == NAVN
    assert rader[3][1] == "Ja" and rader[3][3] == "1" and "ikke levert" in rader[3][2]
    assert sett["detaljer"] == f"SvarUt: {jpnr} Anne Digital: AVVIST"
