"""The window's own settings, Qt's dialogs in Norwegian, the crash dialog and the update check."""

from __future__ import annotations

import json
import sys
import zipfile

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from app import bootstrap
from app.services import innstillinger, profil
from app.services import mine_innstillinger as mine
from app.views import sprak
from app.views.dialoger import krasj
from app.views.dialoger.administrasjon import AdministrasjonDialog
from app.views.dialoger.innstillinger import InnstillingerDialog
from tests.conftest import vent
from tests.test_levering import PASSORD, nokkelring  # noqa: F401  (the in-memory keyring fixture)


@pytest.fixture
def konfig(tmp_path, monkeypatch):
    monkeypatch.setenv(profil.KONFIG_MILJO, str(tmp_path / "konfig"))
    monkeypatch.delenv("SAKSBORD_SPRAK", raising=False)
    yield tmp_path / "konfig"
    app = QApplication.instance()
    if isinstance(app, QApplication):
        sprak.fjern_oversettelser(app)
        sprak.sett_skrift(app, 0)


@pytest.fixture
def loggfil(tmp_path):
    """The log file in a folder of this test's own; afterwards the session's log folder again."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(bootstrap.LOGGMAPPE_MILJO, str(tmp_path / "logg"))
        yield bootstrap.sett_opp_logging(konsoll=False, hva="test")
    bootstrap.sett_opp_logging(konsoll=False)


def _velg(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def test_sprakbytte_i_innstillinger_endrer_menyene_med_en_gang(qtbot, lag_vindu, fanger, konfig):
    w = lag_vindu("OHA")
    assert w.menyer.fil.title() == "&Fil"
    assert w.systemmeny.innstillinger.text() == "Innstillinger…"
    fanger.plan(InnstillingerDialog, lambda d: _velg(d.sprak, "en"))
    d = w.systemmeny.aapne_innstillinger()
    assert d is not None and mine.les().sprak == "en"
    # Live: the window's menus, actions and our own entries, without a restart (LanguageChange is posted).
    qtbot.waitUntil(lambda: w.menyer.fil.title() == "&File", timeout=3000)
    assert w.meny_sak.title() == "&Case"
    assert w.handlinger["besvar"].text() == "Reply and close out"
    assert w.systemmeny.innstillinger.text() == "Settings…"
    assert w.systemmeny.vis_logg.text() == "Show log"
    fanger.plan(InnstillingerDialog, lambda d: _velg(d.sprak, "nb"))
    w.systemmeny.aapne_innstillinger()
    qtbot.waitUntil(lambda: w.menyer.fil.title() == "&Fil", timeout=3000)
    assert w.systemmeny.innstillinger.text() == "Innstillinger…"
    assert w.menyer.fil.actions().index(w.systemmeny.innstillinger) < w.menyer.fil.actions().index(
        w.menyer.avslutt
    )


def test_skriftstorrelse_og_startkurv(qtbot, lag_vindu, fanger, konfig):
    w = lag_vindu("OHA")

    def fyll(d):
        d.skrift.setValue(15)
        _velg(d.kurv, "forfall")

    fanger.plan(InnstillingerDialog, fyll)
    w.systemmeny.aapne_innstillinger()
    assert QApplication.font().pointSize() == 15
    assert mine.les().standard_kurv == "forfall"
    w2 = lag_vindu("OHA")  # the next start opens Forfall
    vent(qtbot, w2)
    assert w2.tre.valgt_kurv() == "forfall"


def test_ugyldig_valg_holder_dialogen_aapen_med_grunnen(qtbot, lag_vindu, fanger, konfig):
    w = lag_vindu("OHA")
    sett = {}

    def fyll(d):
        d.faner.setCurrentIndex(4)
        d.se_etter.setChecked(True)  # no address
        sett["d"] = d

    fanger.plan(InnstillingerDialog, fyll)
    assert w.systemmeny.aapne_innstillinger() is None
    assert "adressen det skal ses etter oppdateringer" in sett["d"].feil.text()
    assert not (konfig / mine.FILNAVN).exists()


@pytest.mark.usefixtures("nokkelring")
def test_databaseprofil_gjelder_ved_neste_start(qtbot, lag_vindu, fanger, konfig):
    profil.lagre_profil(profil.Profil(navn="kommune", server="db.k.no", bruker="kno"), aktiv=False)
    w = lag_vindu("OHA")
    fanger.plan(InnstillingerDialog, lambda d: _velg(d.profil, "kommune"))
    w.systemmeny.aapne_innstillinger()
    assert (p := profil.aktiv_profil()) is not None and p.navn == "kommune"
    assert any("neste gang du starter Saksbord" in m for m in fanger.meldinger)


def test_filvelger_har_norske_knapper(qtbot, konfig):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert sprak.bytt_sprak(app, "nb") == "nb"
    d = QFileDialog(None, "Velg fil")
    d.setOption(QFileDialog.Option.DontUseNativeDialog)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(d)
    d.show()
    knapper = {b.text() for boks in d.findChildren(QDialogButtonBox) for b in boks.buttons()}
    etiketter = {e.text() for e in d.findChildren(QLabel)}
    assert {"&Åpne", "Avbryt"} <= knapper, knapper
    assert {"&Søk i:", "Fil&navn:", "Fil&type:"} <= etiketter, etiketter
    tips = {k.toolTip() for k in d.findChildren(QToolButton)}
    assert {"Tilbake", "Overordnet mappe", "Lag ny mappe", "Detaljvisning"} <= tips, tips
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert "&Lagre" in {b.text() for boks in d.findChildren(QDialogButtonBox) for b in boks.buttons()}
    boks = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(boks)
    assert {b.text() for b in boks.buttons()} == {"&Ja", "&Nei"}
    sprak.bytt_sprak(app, "en")  # English: Qt's own texts are English again
    d2 = QFileDialog(None, "x")
    d2.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(d2)
    assert "&Look in:" in {e.text() for e in d2.findChildren(QLabel)}


@pytest.mark.qt_no_exception_capture
def test_unntak_i_en_slot_viser_krasjdialogen_og_skrives_i_loggen(
    qtbot, tmp_path, monkeypatch, konfig, loggfil
):
    vist: list = []

    def kjor(d):
        vist.append(d)
        if isinstance(d, krasj.KrasjDialog):
            d.velg_fil = lambda _p: str(tmp_path / "rapport.zip")
            d.knapp_rapport.click()
        return True

    monkeypatch.setattr(krasj, "kjor_dialog", kjor)
    forrige = sys.excepthook
    krasj.installer()
    try:
        knapp = QPushButton("Trykk")
        qtbot.addWidget(knapp)

        def slot():
            raise RuntimeError("noe gikk i stykker")

        knapp.clicked.connect(slot)
        knapp.click()
        QTimer.singleShot(0, slot)  # and from the event loop, as a timer or a queued signal would
        qtbot.waitUntil(lambda: len([d for d in vist if isinstance(d, krasj.KrasjDialog)]) == 2)
    finally:
        krasj.avinstaller()
    assert sys.excepthook is forrige
    d = vist[0]
    assert isinstance(d, krasj.KrasjDialog)
    hva = d.findChild(QLabel, "krasj_hva").text()
    tapt = d.findChild(QLabel, "krasj_tapt").text()
    assert "ikke skulle ha skjedd" in hva and "RuntimeError: noe gikk i stykker" in hva
    assert "Ingenting du har lagret er tapt" in tapt
    assert d.knapp_rapport.text() == "Lag feilrapport…"
    logg = loggfil.read_text(encoding="utf-8")
    assert "CRITICAL" in logg and "RuntimeError: noe gikk i stykker" in logg and "in slot" in logg
    assert d.rapport == tmp_path / "rapport.zip"
    with zipfile.ZipFile(d.rapport) as z:
        assert "RuntimeError: noe gikk i stykker" in z.read("hendelse.txt").decode()
        assert "noe gikk i stykker" in z.read("logg/saksbord.log").decode()
    assert any(isinstance(m, QMessageBox) and "rapport.zip" in m.text() for m in vist)


def test_feil_i_en_handling_gir_krasjdialogen_og_vinduet_lever(qtbot, lag_vindu, fanger, konfig, monkeypatch):
    w = lag_vindu("OHA")
    from app.views.hovedvindu import vindu

    def feiler(_parent):
        return 1 / 0

    monkeypatch.setattr(vindu, "HjelpDialog", feiler)  # a bug in what an action opens
    fanger.plan(krasj.KrasjDialog)
    w.handlinger["hjelp"].trigger()
    d = next(x for x in fanger.sett if isinstance(x, krasj.KrasjDialog))
    assert "ZeroDivisionError" in d.findChild(QLabel, "krasj_hva").text()
    assert w.isVisible()


@pytest.mark.usefixtures("nokkelring")
def test_lag_feilrapport_fra_hjelpmenyen_uten_passord(
    qtbot, lag_vindu, fanger, konfig, tmp_path, monkeypatch
):
    profil.lagre_profil(profil.Profil(navn="kommune", server="db.k.no", bruker="kno"), PASSORD, aktiv=False)
    w = lag_vindu("OHA")
    monkeypatch.setattr(krasj, "velg_rapportfil", lambda _p: str(tmp_path / "hjelp.zip"))
    w.systemmeny.feilrapport.trigger()  # Hjelp → Lag feilrapport…
    sti = tmp_path / "hjelp.zip"
    with zipfile.ZipFile(sti) as z:
        data = json.loads(z.read("innstillinger.json"))
        alt = b"".join(z.read(n) for n in z.namelist())
    assert data["profiler"][0]["navn"] == "kommune" and PASSORD.encode() not in alt
    assert any("ingen passord" in m for m in fanger.meldinger)


def test_vis_logg_viser_loggfilen(qtbot, lag_vindu, fanger, konfig, loggfil):
    w = lag_vindu("OHA")
    bootstrap.log.info("En linje som skal synes i loggvinduet")
    for h in __import__("logging").getLogger().handlers:
        h.flush()
    fanger.plan(krasj.LoggDialog)
    w.systemmeny.vis_logg.trigger()
    d = next(x for x in fanger.sett if isinstance(x, krasj.LoggDialog))
    assert "En linje som skal synes i loggvinduet" in d.tekst.toPlainText()
    assert str(loggfil) in d.findChild(QLabel, "loggsti").text()


def test_administrasjon_bare_for_arkivet_og_gjennom_tjenesten(qtbot, lag_vindu, fanger, konfig, demo_sqlite):
    w = lag_vindu("OHA")
    w.systemmeny.oppdater_synlighet()
    assert not w.systemmeny.administrasjon.isVisible()
    w = lag_vindu("ALA")
    w.menyer.fil.aboutToShow.emit()
    assert w.systemmeny.administrasjon.isVisible()
    sett = {}

    def fyll(d):
        sett["maler"] = {d.maltabell.item(i, 0).text() for i in range(d.maltabell.rowCount())}
        d.sett_verdi("svarfrist_dager", "21")

    fanger.plan(AdministrasjonDialog, fyll)
    w.systemmeny.administrasjon.trigger()
    assert {"brev", "notat"} <= sett["maler"]  # the template library (read only) beside the rules
    assert innstillinger.les(demo_sqlite).svarfrist_dager == 21
    fanger.plan(AdministrasjonDialog, lambda d: d.sett_verdi("svarfrist_dager", "mange"))
    w.systemmeny.administrasjon.trigger()
    assert innstillinger.les(demo_sqlite).svarfrist_dager == 21  # refused, unchanged
    assert any("svarfrist_dager" in m for m in fanger.meldinger)


def test_oppdatering_av_som_standard_og_ny_versjon_naar_paa(qtbot, lag_vindu, fanger, konfig, httpserver):
    httpserver.expect_request("/versjon.json").respond_with_json(
        {"versjon": "99.0", "side": "https://kommune.no/saksbord", "notat": "Nytt: bedre søk"}
    )
    w = lag_vindu("OHA")
    qtbot.wait(200)
    assert not httpserver.log  # off by default: no request at all
    assert not w.systemmeny.oppdateringsknapp.isVisible()
    mine.lagre(
        mine.MineInnstillinger(
            se_etter_oppdateringer=True, oppdatering_url=httpserver.url_for("/versjon.json")
        )
    )
    w = lag_vindu("OHA")
    qtbot.waitUntil(lambda: w.systemmeny.oppdateringsknapp.isVisible(), timeout=10000)
    assert "99.0" in w.systemmeny.oppdateringsknapp.text()
    aapnet: list[QUrl] = []
    w.aapne_url = lambda url: aapnet.append(url) or True
    fanger.plan(QMessageBox, lambda b: next(k for k in b.buttons() if k.text() == "Ikke nå").click())
    w.systemmeny.oppdateringsknapp.click()
    assert aapnet == []  # "Ikke nå": nothing opened
    fanger.plan(QMessageBox, lambda b: next(k for k in b.buttons() if "nedlastingssiden" in k.text()).click())
    w.systemmeny.oppdateringsknapp.click()
    assert [u.toString() for u in aapnet] == ["https://kommune.no/saksbord"]
    assert any("Nytt: bedre søk" in m for m in fanger.meldinger)
    assert [r.path for r, _ in httpserver.log] == ["/versjon.json"]  # the version document only


def test_aapne_med_saksbord_aapner_importen_for_filene(qtbot, demo_sqlite, konfig, tmp_path, monkeypatch):
    """Explorer's "Open with Saksbord" on a .msg: the window opens and asks which sak to import into."""
    from app.views import app as app_modul
    from app.views.epost.velgsak import VelgSakDialog
    from tests.support.msgwriter import write_msg

    melding = tmp_path / "Søknad om barnehageplass.msg"
    write_msg(melding, subject="SV: Søknad om barnehageplass", sender_name="Kari", sender_email="kari@x.no")
    sett: dict = {}

    def svar(d: VelgSakDialog) -> int:
        sett["dialog"] = d.windowTitle(), d.ny_tittel.text()
        return 0  # Avbryt: nothing is imported

    def exec_(app) -> int:
        qtbot.waitUntil(lambda: "dialog" in sett, timeout=10000)
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "hovedvindu":
                w.close()
        return 0

    monkeypatch.setattr(VelgSakDialog, "exec", svar)
    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_modul.kjor(demo_sqlite, bruker="OHA", filer=[str(melding)]) == 0
    assert sett["dialog"][1] == "Søknad om barnehageplass"  # the proposed sak title from the message
