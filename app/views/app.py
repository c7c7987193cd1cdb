"""The entry point of the desktop window: ``saksbord`` with no subcommand calls ``kjor``."""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from app.store.db import Database

#: Where the compiled translations live: the source tree's translations/ first, then the copy
#: shipped inside the package (app/translations/, installed as package data).
OVERSETTELSER = (
    Path(__file__).resolve().parents[2] / "translations",
    Path(__file__).resolve().parents[1] / "translations",
)


def velg_sprak(sprak: str | None = None) -> str:
    """``sprak`` if given, else SAKSBORD_SPRAK, else the system locale; "nb" means the source text."""
    valgt = (
        sprak or os.environ.get("SAKSBORD_SPRAK") or QLocale.system().name() or locale.getlocale()[0] or "nb"
    )
    kode = valgt.split("_")[0].split("-")[0].lower()
    return "nb" if kode in ("nb", "no", "nn", "c", "") else kode


def installer_oversettelse(app: QApplication, sprak: str | None = None) -> QTranslator | None:
    """Load translations/saksbord_<lang>.qm for a non-Norwegian language; None when none applies."""
    kode = velg_sprak(sprak)
    if kode == "nb":
        return None
    for mappe in OVERSETTELSER:
        fil = mappe / f"saksbord_{kode}.qm"
        if fil.exists():
            t = QTranslator(app)
            if t.load(str(fil)):
                app.installTranslator(t)
                return t
    return None


def lag_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Saksbord")
    app.setOrganizationName("Saksbord")
    return app


def kjor(db: Database, *, bruker: str | None = None, som: str | None = None, sprak: str | None = None) -> int:
    """Open the workbench for ``bruker`` (acting for ``som``); on a demo database without a user, ask who."""
    from app.services import brukere
    from app.views.dialoger.brukervalg import BrukerValg
    from app.views.hovedvindu import Hovedvindu

    app = lag_app()
    installer_oversettelse(app, sprak)
    if not bruker:
        bruker = os.environ.get("SAKSBORD_BRUKER")
    if not bruker and db.er_demo:
        velger = BrukerValg(brukere.liste_brukere(db))
        if velger.exec() != QDialog.DialogCode.Accepted:
            return 0
        bruker = velger.valgt()
    if not bruker:
        import getpass

        bruker = getpass.getuser()
    vindu = Hovedvindu(db, bruker, som=som)
    vindu.show()
    return app.exec()
