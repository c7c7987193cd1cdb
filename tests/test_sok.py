"""Issue 17.3: the search folds Æ/Ø/Å and accents the same way everywhere, answers short words from
an index, lists the newest first with a count, and a search typed while another runs calls it off."""

from __future__ import annotations

import re
import threading
import time

import pytest
from sqlalchemy import event

from app.domain.regler.sok import fold, sokeord, treffer
from app.services import journalposter, saker, sok
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn

ORD = ["Øvrebyen", "ØVREBYEN", "øvrebyen", "Ærlighetsgård", "ærlighetsgård", "ÅSHEIM", "åsheim", "Müller"]


def _sak(db, tittel: str) -> str:
    return saker.opprett_sak(Kontekst(db, "OHA"), tittel=tittel, klasse="000").saksnummer


def _inn(db, sak: str, tittel: str, part: str = "Kari Nordmann", tekst: str | None = None) -> int:
    ny = NyJournalpost(sak=sak, type="I", tittel=tittel, avsendere=[PartInn(part)])
    ctx = Kontekst(db, "OHA")
    if tekst is not None:
        return journalposter.registrer_journalpost_med_tekst(ctx, ny, tekst=tekst).id
    return journalposter.registrer_journalpost(ctx, ny).id


@pytest.fixture
def norsk(demo_db):
    """A few saker and posts with Norwegian letters in titles, party names and body text."""
    db = demo_db
    s1 = _sak(db, "Reguleringsplan Øvrebyen")
    s2 = _sak(db, "Byggesak Årstad gård")
    ider = {
        "tittel": _inn(db, s1, "Merknad til planen for Øvrebyen"),
        "part": _inn(db, s2, "Nabovarsel", part="Ærlighetsgård Eiendom AS"),
        "tekst": _inn(db, s2, "E-post fra nabo", tekst="Vi i Åsheim borettslag protesterer."),
        "aksent": _inn(db, s2, "Uttalelse fra Müller og Café Élan"),
        "ar": _inn(db, s2, "Uttalelse om ar og sår"),
    }
    return db, {"s1": s1, "s2": s2, **ider}


def test_fold_holder_de_norske_bokstavene_for_seg():
    assert fold("ØVREBYEN Ærlig Åsane") == "øvrebyen ærlig åsane"
    assert fold("Müller Café Björn Ärlig Čáhcegáddi Straße") == "muller cafe bjørn ærlig cahcegaddi strasse"
    assert fold("år") != fold("ar") and fold("Ø") != fold("O")
    assert sokeord("bø  Bø, ØVRE-byen") == ["bø", "øvre", "byen"]
    assert treffer("Bøker i Albø", ["bø"]) and not treffer("Albø", ["bø"])  # short words: word starts
    assert treffer("Barnehage", ["hage"])  # long words: anywhere


def test_aeoeaa_finner_det_samme_som_smaa_bokstaver(norsk):
    db, ider = norsk
    ctx = Kontekst(db, "OHA")
    resultat = {o: sok.sok(ctx, o) for o in ORD}
    for store, smaa in [("Øvrebyen", "øvrebyen"), ("ØVREBYEN", "øvrebyen"), ("Ærlighetsgård", "ærlighetsgård"), ("ÅSHEIM", "åsheim")]:
        assert resultat[store].journalposter == resultat[smaa].journalposter, store
        assert resultat[store].saker == resultat[smaa].saker, store
    assert ider["tittel"] in resultat["Øvrebyen"].journalposter
    assert resultat["Øvrebyen"].saker  # the sak title
    assert ider["part"] in resultat["Ærlighetsgård"].journalposter
    assert ider["tekst"] in resultat["ÅSHEIM"].journalposter  # body text folds the same way
    assert ider["aksent"] in resultat["Müller"].journalposter
    assert ider["aksent"] in sok.sok(ctx, "muller cafe elan").journalposter
    # å is a letter of its own: «år» never finds «ar», «sår» never «sar»
    assert ider["ar"] not in sok.sok(ctx, "år").journalposter
    assert ider["ar"] in sok.sok(ctx, "sår").journalposter
    assert ider["ar"] not in sok.sok(ctx, "sar").journalposter
    assert ider["tekst"] not in sok.sok(ctx, "asheim").journalposter


def _planer(db, monkeypatch, tekst: str) -> list[str]:
    """The query plans of every statement the search runs for ``tekst``."""
    setninger: list[tuple[str, object]] = []

    def fang(_conn, _cur, sql, params, _ctx, _many):
        if sql.lstrip().upper().startswith("SELECT"):
            setninger.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", fang)
    try:
        treff = sok.sok(Kontekst(db, "OHA"), tekst)
    finally:
        event.remove(db.engine, "before_cursor_execute", fang)
    assert treff.journalposter
    planer = []
    with db.engine.connect() as c:
        for sql, params in setninger:
            rader = c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
            planer.extend(r[-1] for r in rader)
    return planer


def test_korte_ord_svares_fra_indeksen(demo_sqlite, monkeypatch):
    db = demo_sqlite
    s = _sak(db, "Bøgata 12 – søknad")
    bø = _inn(db, s, "Bø kommune svarer")
    _inn(db, s, "Albøvegen", part="Per Albø")  # «bø» inside a word: not a word start
    planer = _planer(db, monkeypatch, "bø")
    skann = [p for p in planer if re.match(r"SCAN (journalpost|sak|korrespondansepart|j|s|p)\b", p)]
    assert not skann, planer
    assert any("sok_jp_ord VIRTUAL TABLE" in p for p in planer), planer
    treff = sok.sok(Kontekst(db, "OHA"), "BØ")
    assert bø in treff.journalposter
    from app.services import visning

    titler = [visning.vis_journalpost(Kontekst(db, "OHA"), i).tittel for i in treff.journalposter]
    assert "Albøvegen" not in titler


def test_nyeste_foerst_med_antall(demo_sqlite):
    db = demo_sqlite
    s = _sak(db, "Grensesak")
    ider = [_inn(db, s, f"Klyngetest nummer {i}") for i in range(7)]
    ctx = Kontekst(db, "OHA")
    treff = sok.sok(ctx, "klyngetest", grense=3)
    assert treff.journalposter == sorted(ider, reverse=True)[:3]
    assert treff.antall_journalposter == 7 and treff.begrenset and treff.talt
    utalt = sok.sok(ctx, "klyngetest", grense=3, tell=False)
    assert utalt.journalposter == treff.journalposter
    assert utalt.antall_journalposter is None and not utalt.talt
    alle = sok.sok(ctx, "klyngetest")
    assert alle.journalposter == sorted(ider, reverse=True) and alle.antall_journalposter == 7
    assert not alle.begrenset


def test_et_soek_kan_avbrytes_mens_det_kjoerer(demo_sqlite, monkeypatch):
    """The scan path calls sok_fold per row; a slow one keeps the statement running until interrupted."""
    from app.store import db as dbmod
    from app.store.db import Database

    startet, kall = threading.Event(), []
    ekte = dbmod.sok_fold

    def seig(tekst):
        kall.append(1)
        startet.set()
        time.sleep(0.002)
        return ekte(tekst)

    monkeypatch.setattr(dbmod, "sok_fold", seig)
    db = Database.aapne(demo_sqlite.url.split("///", 1)[1], opprett=False)
    try:
        sok._SOKEINDEKS[db] = False  # the scan: a statement long enough to interrupt
        avbryter, utfall = sok.Avbryter(), {}

        def kjor():
            try:
                utfall["treff"] = sok.sok(Kontekst(db, "OHA"), "ingentingslikt", avbryter=avbryter)
            except Exception as e:  # noqa: BLE001 - the test looks at what came out
                utfall["feil"] = e

        t = threading.Thread(target=kjor)
        t.start()
        assert startet.wait(30)
        avbryter.avbryt()
        t.join(30)
        assert not t.is_alive()
        assert isinstance(utfall.get("feil"), sok.SokAvbrutt), utfall
        with db.engine.connect() as c:
            rader = c.exec_driver_sql("SELECT count(*) FROM sak").scalar() + c.exec_driver_sql(
                "SELECT count(*) FROM journalpost"
            ).scalar()
        assert len(kall) < rader  # stopped part-way, not run to the end
        # the connection is fine afterwards, and a search that was called off before it began never runs
        assert sok.sok(Kontekst(db, "OHA"), "ingentingslikt").journalposter == []
        for_sent = sok.Avbryter()
        for_sent.avbryt()
        with pytest.raises(sok.SokAvbrutt):
            sok.sok(Kontekst(db, "OHA"), "noe", avbryter=for_sent)
    finally:
        sok._SOKEINDEKS.pop(db, None)
        db.lukk()


def test_et_soek_skrevet_mens_et_annet_kjoerer_avbryter_det(qtbot, lag_vindu, monkeypatch):
    from app.store import db as dbmod
    from tests.conftest import vent

    w = lag_vindu("OHA")
    db = w.ctx.db
    treg, startet, ekte = threading.Event(), threading.Event(), dbmod.sok_fold

    def seig(tekst):
        if treg.is_set():
            startet.set()
            time.sleep(0.005)
        return ekte(tekst)

    monkeypatch.setattr(dbmod, "sok_fold", seig)
    db.engine.dispose()  # new connections get the slow function
    monkeypatch.setitem(sok._SOKEINDEKS, db, False)  # the scan: one long statement per query
    utfall: list[tuple[str, str]] = []
    ekte_sok = sok.sok

    def sok_og_noter(ctx, tekst, **kw):
        try:
            treff = ekte_sok(ctx, tekst, **kw)
        except sok.SokAvbrutt:
            utfall.append((tekst, "avbrutt"))
            raise
        utfall.append((tekst, "ferdig"))
        return treff

    monkeypatch.setattr(sok, "sok", sok_og_noter)
    vist: list[str] = []
    w.sokeleder.sig_treff.connect(lambda t: vist.append(t.tekst))

    treg.set()
    qtbot.keyClicks(w.sokefelt, "nabovarsel")
    qtbot.keyClick(w.sokefelt, "\r")
    assert startet.wait(30)
    forste = w.sokeleder._avbryter
    assert forste is not None
    qtbot.keyClicks(w.sokefelt, " gnr")  # the user types on while the first runs
    treg.clear()
    assert forste.avbrutt
    qtbot.keyClick(w.sokefelt, "\r")
    vent(qtbot, w)
    qtbot.waitUntil(lambda: ("nabovarsel", "avbrutt") in utfall, timeout=30000)
    assert vist == ["nabovarsel gnr"]
    assert ("nabovarsel gnr", "ferdig") in utfall and ("nabovarsel", "ferdig") not in utfall
    assert "nabovarsel gnr" in w.liste.tittel.text()


def test_kommandolinjen_bruker_samme_sok_og_sier_hvor_listen_stopper(demo_sqlite):
    import json

    from tests.support.cli import kjor_cli
    from tests.test_cli import db_arg

    db = demo_sqlite
    s = _sak(db, "Øvrebyen vel")
    ider = [_inn(db, s, f"Øvrebyen merknad {i}") for i in range(3)]
    ut = kjor_cli("--db", db_arg(db), "sok", "ØVREBYEN", "--bruker", "OHA", "--json")
    data = json.loads(ut.stdout)
    assert data["antall_journalposter"] == 3 and data["antall_saker"] == 1
    jp = [r for r in data["rader"] if r.get("journalpostnummer")]
    assert len(jp) == 3
    assert sok.sok(Kontekst(db, "OHA"), "øvrebyen").journalposter == sorted(ider, reverse=True)
