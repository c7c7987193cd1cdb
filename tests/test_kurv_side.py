"""Issue 17.4: an archive-sized kurv opens with one page of ids, counted apart, and fills as it scrolls."""

from __future__ import annotations

import pytest

from app.services import kurver
from app.services.arbeid import Kontekst
from tests.conftest import vent

KURV = "til-journalforing"


@pytest.mark.parametrize("sorter,synkende", [(None, False), ("tittel", False), ("nummer", True), ("dato", True)])
def test_sidene_etter_hverandre_gir_hele_kurven_i_samme_orden(demo_sqlite, sorter, synkende):
    ctx = Kontekst(demo_sqlite, "ALA")
    alle = kurver.kurv_ider(ctx, KURV, sorter=sorter, synkende=synkende)
    assert len(alle) > 6
    sider, fra = [], 0
    while side := kurver.kurv_ider(ctx, KURV, sorter=sorter, synkende=synkende, fra=fra, grense=4):
        assert len(side) <= 4
        sider += side
        fra += len(side)
    assert sider == alle
    assert kurver.kurv_antall(ctx, KURV) == len(alle)


def test_modellen_henter_en_side_og_mer_naar_man_ruller(qtbot, lag_vindu, monkeypatch):
    monkeypatch.setattr("app.views.kurver.liste.ID_SIDE", 3)
    monkeypatch.setattr("app.widgets.kurvmodell.ID_SIDE", 3)
    kall: list[dict] = []
    ekte_ider, ekte_antall = kurver.kurv_ider, kurver.kurv_antall
    talt: list[str] = []

    def ider(ctx, navn, **kw):
        if navn == KURV:
            kall.append(kw)
        return ekte_ider(ctx, navn, **kw)

    def antall(ctx, navn, **kw):
        talt.append(navn)
        return ekte_antall(ctx, navn, **kw)

    w = lag_vindu("ALA")
    w.velg_kurv("mottatte-oppgaver")  # the archive starts in Til journalføring: open it anew below
    vent(qtbot, w)
    alle = ekte_ider(w.ctx, KURV)
    assert len(alle) > 6
    monkeypatch.setattr(kurver, "kurv_ider", ider)
    monkeypatch.setattr(kurver, "kurv_antall", antall)
    w.resize(900, 420)  # a short list: the end is near after a few rows
    w.velg_kurv(KURV)
    vent(qtbot, w)
    m = w.liste.modell
    assert kall[0] == {"filter": None, "sorter": None, "synkende": False, "fra": 0, "grense": 3}
    assert talt == [KURV]  # the count is asked apart
    assert str(len(alle)) in w.liste.antall.text()
    assert m.ider == alle[: len(m.ider)]
    # At open: one page, and no more than the view needs to fill its rows (Qt asks while it paints).
    synlige = w.liste.tabell.viewport().height() // w.liste.tabell.verticalHeader().defaultSectionSize() + 1
    assert len(m.ider) <= max(3, synlige + 3) and all(k["grense"] == 3 for k in kall)
    assert len(m.ider) < len(alle)
    foer = len(m.ider)
    for _ in range(20):
        w.liste.tabell.scrollToBottom()
        qtbot.waitUntil(lambda: not m.henter_flere, timeout=30000)
        if len(m.ider) == len(alle):
            break
    assert len(m.ider) > foer and m.idhentinger >= 1
    assert m.ider == alle  # the order of the pages is the order of the whole query
    assert not m.canFetchMore()
    assert [k["fra"] for k in kall] == list(range(0, 3 * len(kall), 3))


def test_modellen_alene_holder_en_side_til_den_blir_bedt_om_mer(qtbot):
    from app.widgets.kurvmodell import ID_SIDE, KurvModell

    lest: list[tuple[int, int]] = []

    def flere(fra, antall):
        lest.append((fra, antall))
        return list(range(fra + 1, min(fra + antall, 2500) + 1))

    m = KurvModell(lambda art, ider: [])
    m.sett_ider("journalpost", list(range(1, ID_SIDE + 1)), flere=flere)
    assert m.rowCount() == ID_SIDE and m.canFetchMore() and lest == []
    m.fetchMore()
    assert not m.canFetchMore()  # one read at a time
    qtbot.waitUntil(lambda: m.rowCount() == 2 * ID_SIDE, timeout=30000)
    m.fetchMore()
    qtbot.waitUntil(lambda: m.rowCount() == 2500, timeout=30000)
    assert not m.canFetchMore() and lest == [(ID_SIDE, ID_SIDE), (2 * ID_SIDE, ID_SIDE)]
    assert m.ider == list(range(1, 2501))
    m.sett_ider("journalpost", [1, 2])  # a short list has nothing more
    assert not m.canFetchMore()


def test_forste_side_leses_sammen_med_idene_og_ikke_naar_den_males(qtbot, lag_vindu):
    """Opening a kurv reads its first page of rows on the worker that reads the ids (issue 11):
    painting it and selecting its first row read nothing on the UI thread."""
    w = lag_vindu("OHA")
    m = w.liste.modell
    for kurv in ("ubehandlet", "dokumenter-i-arbeid"):
        foer = m.hentinger
        w.velg_kurv(kurv)
        vent(qtbot, w)
        w.grab()  # paints every visible row
        assert m.rowCount() > 0 and w.valg is not None
        assert m.hentinger == foer, "the first page was read on the UI thread"
