"""Issue 20, items 12-16: the window as a new user tries it (pytest-qt, offscreen).

Each test is named after its item and checks what the user sees.
"""

# ruff: noqa: F811 - the demo fixtures are imported from test_epost_import and taken as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import visning
from app.views.epost import VelgSakDialog
from tests.test_epost_import import ctx, demo_mal, sak  # noqa: F401


def test_20_12_enter_i_sok_etter_sak_importerer_ikke(qtbot, ctx, sak) -> None:
    """Enter in "Søk etter sak" searches; nothing is chosen until the user picks a hit."""
    d = VelgSakDialog(ctx, emne="", antall=1)
    qtbot.addWidget(d)
    d.show()
    d.faner.setCurrentIndex(0)
    d.sokefelt.setFocus()
    qtbot.keyClicks(d.sokefelt, visning.vis_sak(ctx, sak).tittel)
    qtbot.keyClick(d.sokefelt, Qt.Key.Key_Return)
    assert d.result() != QDialog.DialogCode.Accepted and d.isVisible()
    treff = [d.treff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.treff.count())]
    assert sak in treff
    assert d.valgt_sak() is None
    d.accept()  # Importer without a choice is refused
    assert d.result() != QDialog.DialogCode.Accepted and d.feil.text() == "Velg en sak i listen"
    d.treff.setCurrentRow(treff.index(sak))
    assert d.valgt_sak() == sak
