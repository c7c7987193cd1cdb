"""The Rapporter menu: the dialog previews at once, reruns when a criterion changes, runs off the
UI thread with progress and Avbryt, draws the restanse chart, and saves what it shows."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.services import kurver
from app.services.arbeid import Kontekst
from app.services.rapporter.format import BOM
from app.views.rapporter.dialog import RapportDialog


def test_rapportmenyen_forhaandsviser_tegner_og_lagrer(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    w = lag_vindu("KLE")
    antall = {k.navn: k.antall for k in kurver.kurver(Kontekst(demo_sqlite, "KLE"))}
    oha = {k.navn: k.antall for k in kurver.kurver(Kontekst(demo_sqlite, "OHA"))}
    sett: dict = {}

    def fyll(d: RapportDialog) -> None:
        qtbot.waitUntil(lambda: d.rapport is not None, timeout=10000)
        assert d.rapport is not None
        sett["rader"] = len(d.rapport.rader)
        sett["stolper"] = d.diagram.stolper()
        sett["synlig"] = not d.diagram.isHidden()
        sett["html"] = d.visning.toPlainText()
        # A criterion changes: the preview follows by itself.
        d.saksbehandler.setText("OHA")
        qtbot.waitUntil(lambda: d.rapport is not None and d.rapport.kriterier == [("Saksbehandler", "OHA")],
                        timeout=10000)  # fmt: skip
        sett["oha"] = len(d.rapport.rader)
        # A bad date is refused with a message, nothing runs.
        d.fra.setText("31.02.2026")
        d.kjor()
        sett["feil"] = d.status.text()
        d.fra.setText("")
        d.kjor()
        d.avbryt.click()  # Avbryt stops the run; its result never lands
        sett["avbrutt"] = d.status.text()
        d.kjor()
        qtbot.waitUntil(lambda: not d.opptatt, timeout=10000)
        d.velg_fil = lambda forslag, _f: str(tmp_path / forslag)
        sett["csv"] = d.lagre("csv")
        sett["pdf"] = d.lagre("pdf")
        # Saved criteria: stored under a name, chosen again later, the report reruns with them.
        d.innstillinger = QSettings(str(tmp_path / "innstillinger.ini"), QSettings.Format.IniFormat)
        d.saksbehandler.setText("ISO")
        d.kriterienavn.setText("Ingrids restanser")
        d.lagre_kriterier.click()
        d.saksbehandler.setText("")
        d.velger.setCurrentIndex(4)
        qtbot.waitUntil(lambda: not d.opptatt and d.rapport is not None and d.rapport.navn == "lopende-journal",
                        timeout=10000)  # fmt: skip
        d.lagrede.setCurrentIndex(d.lagrede.findData("Ingrids restanser"))
        d.lagrede.activated.emit(d.lagrede.currentIndex())
        qtbot.waitUntil(lambda: d.rapport is not None and d.rapport.kriterier == [("Saksbehandler", "ISO")],
                        timeout=10000)  # fmt: skip
        sett["lagret"] = (d.rapport.navn, len(d.rapport.rader))

    fanger.plan(RapportDialog, fyll, svar=False)
    w.menyer.rapportvalg["restanseliste"].trigger()
    assert w.menyer.rapporter.title() == "&Rapporter"
    assert sett["rader"] == antall["restanser-enhet"] > 0
    assert sett["synlig"] and sum(sum(t) for _n, t in sett["stolper"]) == sett["rader"]
    assert "Per saksbehandler" in sett["html"] and "Restanseliste" in sett["html"]
    assert sett["oha"] == oha["ubehandlet"] + oha["forfall"]
    assert "31.02.2026" in sett["feil"] and sett["avbrutt"] == "Avbrutt"
    assert sett["csv"].read_bytes().startswith(BOM.encode()) and sett["csv"].name.startswith("restanseliste-")
    assert sett["pdf"].read_bytes().startswith(b"%PDF")
    iso = {k.navn: k.antall for k in kurver.kurver(Kontekst(demo_sqlite, "ISO"))}
    assert sett["lagret"] == ("restanseliste", iso["ubehandlet"] + iso["forfall"])
