"""The window's language and text size, chosen at start and switched live from Innstillinger.

Two layers of translation are installed together. Qt's own texts (the file dialog, the message
box buttons, a text field's right-click menu) come from the Qt base translation: the PySide6
wheel has no bokmål one, so for Norwegian it is nynorsk (qtbase_nn) with our own bokmål
corrections on top (qtbase_nb.qm, built by translations/qt_bokmaal.py). Saksbord's own texts are
bokmål in the source and English in saksbord_en.qm.

Switching installs the new translators and removes the old; Qt then sends every widget a
LanguageChange event, and the windows that handle it (the main window's ``retranslate_ui``)
change their text at once. A dialog already open keeps its language until it is opened again.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.services import mine_innstillinger

#: Where the compiled translations live: the source tree's translations/ first, then the copy
#: shipped inside the package (app/translations/, installed as package data and in the bundle).
OVERSETTELSER = (
    Path(__file__).resolve().parents[2] / "translations",
    Path(__file__).resolve().parents[1] / "translations",
)

_aktive: list[QTranslator] = []
_SYSTEMSKRIFT = "_saksbord_systemskrift"


def velg_sprak(sprak: str | None = None) -> str:
    """``sprak``, else SAKSBORD_SPRAK, else the saved choice, else the system locale; "nb" is the source."""
    valgt = (
        sprak
        or os.environ.get("SAKSBORD_SPRAK")
        or mine_innstillinger.les().sprak
        or QLocale.system().name()
        or locale.getlocale()[0]
        or "nb"
    )
    kode = valgt.split("_")[0].split("-")[0].lower()
    return "nb" if kode in ("nb", "no", "nn", "c", "") else kode


def _last(navn: str, mapper: tuple[Path, ...] | list[Path]) -> QTranslator | None:
    for mappe in mapper:
        fil = Path(mappe) / f"{navn}.qm"
        if fil.is_file():
            t = QTranslator(QApplication.instance())
            if t.load(str(fil)):
                t.setObjectName(navn)
                return t
    return None


def bytt_sprak(app: QApplication, sprak: str | None = None) -> str:
    """Install the translations for ``sprak`` (see ``velg_sprak``) instead of the ones before; the code."""
    kode = velg_sprak(sprak)
    for t in _aktive:
        app.removeTranslator(t)
    _aktive.clear()
    qt = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), *OVERSETTELSER]
    if kode == "nb":
        lag = [("qtbase_nn", qt), ("qtbase_nb", list(OVERSETTELSER))]
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    else:
        lag = [(f"qtbase_{kode}", qt), (f"saksbord_{kode}", list(OVERSETTELSER))]
        QLocale.setDefault(QLocale(kode))
    # The last one installed is asked first: our bokmål before Qt's nynorsk.
    for navn, mapper in lag:
        t = _last(navn, mapper)
        if t is not None:
            app.installTranslator(t)
            _aktive.append(t)
    return kode


def fjern_oversettelser(app: QApplication) -> None:
    """Remove every translation this module installed (the source texts come back)."""
    for t in _aktive:
        app.removeTranslator(t)
    _aktive.clear()
    QLocale.setDefault(QLocale.system())


def saksbord_oversetter() -> QTranslator | None:
    """Saksbord's own translator now installed (None in bokmål, the source language)."""
    return next((t for t in _aktive if t.objectName().startswith("saksbord_")), None)


def sett_skrift(app: QApplication, punkter: int) -> None:
    """The window's text size in points; 0 goes back to the system's."""
    system = app.property(_SYSTEMSKRIFT)
    if not isinstance(system, QFont):
        system = QFont(app.font())
        app.setProperty(_SYSTEMSKRIFT, system)
    skrift = QFont(system)
    if punkter:
        skrift.setPointSize(punkter)
    app.setFont(skrift)


def bruk_mine_valg(app: QApplication, sprak: str | None = None) -> str:
    """At start: the saved language (unless ``sprak`` or SAKSBORD_SPRAK says otherwise) and text size."""
    kode = bytt_sprak(app, sprak)
    sett_skrift(app, mine_innstillinger.les().skriftstorrelse)
    return kode
