"""The integrations in the window: the archive's status dialog, and the party lookups on the card."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QLineEdit

from app.services import innstillinger, journalposter, saker
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.views.dialoger import partoppslag
from app.views.dialoger.kort import JournalpostKortDialog
from app.views.integrasjoner.dialog import IntegrasjonsDialog
from tests.support.arkivmelding import SKJEMAER, lag_melding
from tests.support.brreg import brreg
from tests.support.einnsyn import MinneNokkelring, einnsyn


@pytest.fixture
def nokkelring():
    forrige = keyring.get_keyring()
    keyring.set_keyring(MinneNokkelring())
    yield
    keyring.set_keyring(forrige)


def _celler(tabell, rad: int) -> list[str]:
    return [tabell.item(rad, k).text() if tabell.item(rad, k) else "" for k in range(tabell.columnCount())]


def test_statusdialogen_tar_imot_fra_mappen_og_publiserer(lag_vindu, demo_sqlite, qtbot, fanger, tmp_path,
                                                          httpserver, nokkelring):  # fmt: skip
    ctx = Kontekst(demo_sqlite, "ALA")
    innstillinger.sett_innstilling(ctx, "fiks_arkiv_skjemaer", str(SKJEMAER))
    innstillinger.sett_innstilling(ctx, "fiks_arkiv_mappe", str(tmp_path / "fiks"))
    falsk, url = einnsyn(httpserver)
    innstillinger.sett_innstilling(ctx, "einnsyn_url", url)
    innstillinger.sett_innstilling(ctx, "einnsyn_ventetid_dager", "0")
    keyring.set_password("Saksbord eInnsyn", url, "test-nokkel")
    lag_melding(tmp_path / "fiks" / "inn" / "byggsak")
    w = lag_vindu("ALA")
    sett = {}

    def fyll(d: IntegrasjonsDialog) -> None:
        d.ta_imot.click()
        qtbot.waitUntil(lambda: not d.opptatt, timeout=20000)
        sett["mottak"] = _celler(d.mottak, 0)
        d.publiser.click()
        qtbot.waitUntil(lambda: not d.opptatt, timeout=30000)
        sett["status"] = d.status.text()
        sett["publisering"] = {d.publisering.item(r, 1).text() for r in range(d.publisering.rowCount())}

    fanger.plan(IntegrasjonsDialog, fyll)
    assert w.integrasjoner.handling in w.menyer.arkiv.actions()
    w.integrasjoner.handling.trigger()

    assert sett["mottak"][1:3] == ["byggsak", "opprettet"] and sett["mottak"][3].startswith("20")
    assert "publisert" in sett["status"]
    assert sett["publisering"] == {"publisert"}
    assert len(falsk.av_type("journalpost")) > 0
    assert w.integrasjoner.tidtaker_mappe.isActive()


def test_saksbehandleren_har_ingen_integrasjonsmeny_og_ingen_bakgrunnsjobb(lag_vindu):
    w = lag_vindu("OHA")
    assert not w.menyer.arkiv.menuAction().isVisible()
    assert not w.integrasjoner.tidtaker_mappe.isActive()


def test_kortet_fyller_parten_fra_enhetsregisteret_med_ett_klikk(qtbot, demo_sqlite, tmp_path, httpserver,
                                                                 monkeypatch):  # fmt: skip
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the desk's cache, not the user's
    ctx = Kontekst(demo_sqlite, "OHA")
    innstillinger.sett_innstilling(Kontekst(demo_sqlite, "ALA"), "enhetsregisteret_url", brreg(httpserver))
    d = JournalpostKortDialog([], None, saksnr="2026/1")
    qtbot.addWidget(d)
    oppslag = partoppslag.koble_til(d.parter, ctx)
    tabell = d.parter.tabell
    d.parter.legg_til("avsender", PartInn("974760673"))
    tabell.setCurrentCell(0, 1)

    oppslag.knapp.click()
    qtbot.waitUntil(lambda: not oppslag.opptatt, timeout=10000)

    assert _celler(tabell, 0)[1:] == [
        "REGISTERENHETEN I BRØNNØYSUND",
        "",
        "Postboks 900",
        "8910",
        "BRØNNØYSUND",
    ]
    assert "974760673" in oppslag.status.text()
    assert d.verdier().parter["avsender"][0].navn == "REGISTERENHETEN I BRØNNØYSUND"

    d.parter.legg_til("avsender", PartInn("974760672"))
    tabell.setCurrentCell(1, 1)
    antall = len(httpserver.log)
    oppslag.knapp.click()
    assert "kontrollsifferet" in oppslag.status.text()
    assert len(httpserver.log) == antall


def test_kortet_foreslaar_parter_som_er_skrevet_for(qtbot, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "OHA")
    sak = saker.opprett_sak(ctx, tittel="Sak", klasse="000").saksnummer
    part = PartInn("Vestby Rør AS", epost="post@vestbyror.no", adresse="Industriveien 3", postnummer="1540",
                   poststed="Vestby")  # fmt: skip
    journalposter.registrer_journalpost(
        ctx, NyJournalpost(sak=sak, type="I", tittel="Tilbud", avsendere=[part])
    )
    d = JournalpostKortDialog([], None, saksnr=sak)
    qtbot.addWidget(d)
    oppslag = partoppslag.koble_til(d.parter, ctx)
    d.parter.legg_til("avsender", PartInn(""))
    tabell = d.parter.tabell
    tabell.editItem(tabell.item(0, 1))
    felt = tabell.findChild(QLineEdit, "partnavn")
    completer = felt.completer()
    completer.setCompletionPrefix("vestby")
    assert completer.currentCompletion() == "Vestby Rør AS <post@vestbyror.no>"

    completer.activated.emit(completer.currentCompletion())
    tabell.commitData(felt)
    tabell.closeEditor(felt, partoppslag.QStyledItemDelegate.EndEditHint.NoHint)
    qtbot.waitUntil(lambda: _celler(tabell, 0)[3] == "Industriveien 3")

    assert _celler(tabell, 0)[1:] == [
        "Vestby Rør AS",
        "post@vestbyror.no",
        "Industriveien 3",
        "1540",
        "Vestby",
    ]
    assert oppslag is not None


def test_ekspedering_fyller_manglende_adresse_fra_adresseboken(qtbot, demo_sqlite):
    from app.services import ekspedering, visning
    from app.views.dialoger.ekspeder import EkspederDialog

    ctx = Kontekst(demo_sqlite, "OHA")
    sak = saker.opprett_sak(ctx, tittel="Sak", klasse="000").saksnummer
    kjent = PartInn("Vestby Rør AS", epost="post@vestbyror.no", adresse="Industriveien 3", postnummer="1540",
                    poststed="Vestby")  # fmt: skip
    journalposter.registrer_journalpost(
        ctx, NyJournalpost(sak=sak, type="I", tittel="Tilbud", avsendere=[kjent])
    )
    svar = journalposter.registrer_journalpost(
        ctx, NyJournalpost(sak=sak, type="U", tittel="Svar", mottakere=[PartInn("Vestby Rør AS")])
    ).journalpostnummer
    jp = visning.vis_journalpost(ctx, svar)
    d = EkspederDialog(jp, ekspedering.sjekk_ekspedering(ctx, jp.id), kan_endre=True)
    qtbot.addWidget(d)
    bok = partoppslag.koble_til_ekspedering(d, ctx)

    bok.knapp.click()

    # Columns 2-4: e-mail, address, postnr og sted (5, the SvarUt digital id, is hidden without SvarUt).
    assert _celler(d.tabell, 0)[2:5] == ["post@vestbyror.no", "Industriveien 3", "1540 Vestby"]
    assert d.rettede_adresser()[jp.mottakere[0].id]["epost"] == "post@vestbyror.no"
    assert "1 mottaker" in bok.status.text()
