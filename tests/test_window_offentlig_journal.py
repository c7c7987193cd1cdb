"""The window's way to offentligJournal.xml (issue 16): Rapporter → Offentlig journal, a period, a file
dialog, the file written off the UI thread and valid against Arkivverket's schema."""

from __future__ import annotations

from datetime import date, timedelta

from lxml import etree

from app.services.arbeid import Kontekst
from app.services.postliste import postliste
from tests.test_eksport_noark5 import SPESIFIKASJON


def test_offentlig_journal_som_noark5_fil_fra_rapporter(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path, monkeypatch
):
    from app.views.rapporter.postliste import PostlisteDialog

    monkeypatch.setenv("SAKSBORD_NOARK5_SKJEMAER", str(SPESIFIKASJON))
    w = lag_vindu("ALA")
    assert w.handlinger["offentlig_journal"] in w.menyer.rapporter.actions()
    fra, til = date.today() - timedelta(days=400), date.today()
    fil = tmp_path / "oj"
    sett: dict = {}

    def kjor(d: PostlisteDialog) -> None:
        d.fra.setDate(fra)
        d.til.setDate(til)
        d.velg_xml = lambda forslag: sett.setdefault("forslag", forslag) and str(fil)
        d.lagre_xml.click()
        qtbot.waitUntil(lambda: not d.opptatt and "Lagret" in d.status.text(), timeout=60000)
        sett["status"] = d.status.text()
        d.grab().save(str(tmp_path / "postliste-xml.png"))
        # An empty period: the schema demands one post; the dialog says so and writes nothing.
        d.fra.setDate(date(2040, 1, 1))
        d.til.setDate(date(2040, 1, 31))
        d.velg_xml = lambda forslag: str(tmp_path / "tom.xml")
        d.lagre_xml.click()
        qtbot.waitUntil(lambda: not d.opptatt and "Ingen offentlige" in d.status.text(), timeout=60000)

    fanger.plan(PostlisteDialog, kjor, svar=False)
    w.handlinger["offentlig_journal"].trigger()

    xml = tmp_path / "oj.xml"
    antall = len(postliste(Kontekst(demo_sqlite, "ALA"), fra=fra, til=til))
    assert sett["forslag"].startswith("offentligJournal-") and f"{antall} journalposter" in sett["status"]
    skjema = etree.XMLSchema(etree.parse(str(SPESIFIKASJON / "offentligJournal.xsd")))
    assert skjema.validate(etree.parse(str(xml))), skjema.error_log
    assert not (tmp_path / "tom.xml").exists()
