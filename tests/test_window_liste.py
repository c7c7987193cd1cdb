"""The kurv list holds only ids: a 100,000-row kurv opens at once and fetches one page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services import kurver
from app.services.data import KurvRad
from app.widgets.kurvmodell import SIDE, KurvModell
from tests.conftest import vent

N = 100_000


def _rader(art: str, ider: list[int]) -> list[KurvRad]:
    return [
        KurvRad(
            art=art,
            id=i,
            journalpostnummer=f"2026/{i}-1",
            saksnummer=f"2026/{i}",
            tittel=f"Brev {i}",
            type="I",
            status="S",
            avsender_mottaker="Nordbygg AS",
            forfallsdato=date(2020, 1, 1),
            saksbehandler="OHA",
            dato=date(2026, 1, 1),
            journalpost_id=i,
            sak_id=i,
            restanse=True,
        )
        for i in ider
    ]


def test_modell_med_100k_ider_henter_bare_en_side(qtbot):
    hentet: list[int] = []

    def hent(art, ider):
        hentet.extend(ider)
        return _rader(art, ider)

    m = KurvModell(hent)
    m.sett_ider("journalpost", list(range(1, N + 1)))
    assert m.rowCount() == N
    assert hentet == []
    v = QTableView()
    qtbot.addWidget(v)
    v.setModel(m)
    v.resize(900, 500)
    v.show()
    qtbot.wait(20)
    v.selectAll()  # selecting everything fetches nothing more
    assert m.rowCount() == N
    assert 0 < len(hentet) <= SIDE
    assert m.data(m.index(0, 1)) == "Brev 1"
    assert m.data(m.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    assert m.data(m.index(N, 0)) is None  # out of range never raises


def test_data_svelger_feil(qtbot):
    def feiler(art, ider):
        raise RuntimeError("nede")

    m = KurvModell(feiler)
    m.sett_ider("sak", [1, 2, 3])
    assert m.data(m.index(1, 1)) is None


def test_vinduet_aapner_100k_kurv(qtbot, lag_vindu, monkeypatch):
    hentet: list[int] = []
    ekte = kurver.kurv_ider

    def ider(ctx, navn, **kw):
        return list(range(1, N + 1)) if navn == "forfall" else ekte(ctx, navn, **kw)

    def rader(ctx, art, ider_):
        hentet.extend(ider_)
        return _rader("journalpost", ider_)

    w = lag_vindu("OHA")
    monkeypatch.setattr(kurver, "kurv_ider", ider)
    monkeypatch.setattr(kurver, "kurv_rader", rader)
    monkeypatch.setattr("app.services.handlinger.mulige_handlinger", lambda ctx, **kw: {})
    monkeypatch.setattr(
        "app.services.visning.vis_journalpost",
        lambda *a: (_ for _ in ()).throw(
            __import__("app.domain.feil", fromlist=["IkkeFunnet"]).IkkeFunnet("finnes ikke")
        ),
    )
    hentet.clear()
    w.velg_kurv("forfall")
    vent(qtbot, w)
    assert w.liste.modell.rowCount() == N
    assert "100" in w.liste.antall.text()
    assert 0 < len(hentet) <= SIDE


def test_filter_og_sortering_sporrer_pa_nytt(qtbot, lag_vindu):
    w = lag_vindu("OHA")
    w.velg_kurv("mine-saker")
    vent(qtbot, w)
    alle = w.liste.modell.rowCount()
    assert alle > 1
    w.liste.filter.setText("barnehage")
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() < alle, timeout=5000)
    vent(qtbot, w)
    titler = [w.liste.modell.rad(r).tittel.lower() for r in range(w.liste.modell.rowCount())]
    assert titler and all("barnehage" in t for t in titler)
    w.liste.filter.clear()
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() == alle, timeout=5000)
    w.liste.modell.sort(1, Qt.SortOrder.AscendingOrder)
    vent(qtbot, w)
    titler = [w.liste.modell.rad(r).tittel.lower() for r in range(w.liste.modell.rowCount())]
    assert titler == sorted(titler)
