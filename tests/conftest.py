# --- window fixtures (issue 4: the workbench window) ---------------------------------
import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class DialogFanger:
    """Stands in for ``exec()``: fills planned dialogs, records every message box text."""

    def __init__(self) -> None:
        self.planer: list = []
        self.meldinger: list[str] = []
        self.sett: list = []

    def plan(self, klasse, fyll=None, *, svar: bool = True) -> None:
        self.planer.append((klasse, fyll, svar))

    def __call__(self, d) -> bool:
        from PySide6.QtWidgets import QDialog, QMessageBox

        self.sett.append(d)
        if isinstance(d, QMessageBox):
            self.meldinger.append(d.text())
        for i, (klasse, fyll, svar) in enumerate(self.planer):
            if isinstance(d, klasse):
                del self.planer[i]
                if fyll:
                    fyll(d)
                if not svar or isinstance(d, QMessageBox):
                    return svar
                d.accept()  # runs the dialog's own validation, like the OK button
                return d.result() == QDialog.DialogCode.Accepted
        if isinstance(d, QMessageBox):
            return True
        raise AssertionError(f"Uventet dialog {type(d).__name__}: {d.windowTitle()}")


@pytest.fixture(scope="session")
def demo_mal(tmp_path_factory):
    """The demo database, built once; tests get a copy."""
    from app.services.demo import lag_demo

    sti = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    lag_demo(sti).lukk()
    return sti


@pytest.fixture
def demo_db(tmp_path, demo_mal):
    from app.store.db import Database

    kopi = tmp_path / "demo.sqlite"
    shutil.copy(demo_mal, kopi)
    db = Database.aapne(kopi, opprett=False)
    yield db
    db.lukk()


@pytest.fixture
def fanger():
    return DialogFanger()


@pytest.fixture
def lag_vindu(qtbot, demo_db, fanger):
    """``lag_vindu("OHA", som=None)``: the main window on a fresh demo copy, kurver loaded."""
    from app.views.hovedvindu import Hovedvindu

    def lag(initialer: str, som: str | None = None):
        w = Hovedvindu(demo_db, initialer, som=som)
        w.kjor_dialog = fanger
        qtbot.addWidget(w)
        w.show()
        vent(qtbot, w)
        return w

    return lag


def vent(qtbot, w) -> None:
    """Wait until the background id and count queries have landed."""
    qtbot.waitUntil(lambda: not w.tre._arbeider.opptatt and not w.liste._arbeider.opptatt, timeout=10000)
    qtbot.wait(10)
