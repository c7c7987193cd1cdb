"""Render the workbench for each role from a fresh demo database into docs/screenshots/*.png.

    python3 packaging/screenshots.py            # offscreen when there is no display
    xvfb-run -a python3 packaging/screenshots.py

Each shot is the main window at 1400x850 with one kurv open and its first row
selected, so the reading pane shows a real journalpost, task or sak.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: (file, user, desk owner, kurv)
BILDER = [
    ("saksbehandler", "OHA", None, "ubehandlet"),
    ("leder", "KLE", None, "mottatt-for-godkjenning"),
    ("stedfortreder", "SNI", "TBA", "mottatt-for-godkjenning"),
    ("arkiv", "ALA", None, "til-journalforing"),
]


def _vent(app, vindu, sekunder: float = 5.0) -> None:
    slutt = time.monotonic() + sekunder
    while time.monotonic() < slutt:
        app.processEvents()
        if not (vindu.tre._arbeider.opptatt or vindu.liste._arbeider.opptatt):
            break
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def main(ut: Path = ROT / "docs" / "screenshots") -> list[Path]:
    from app.services.demo import lag_demo
    from app.views.app import installer_oversettelse, lag_app
    from app.views.hovedvindu import Hovedvindu

    app = lag_app()
    installer_oversettelse(app, os.environ.get("SAKSBORD_SPRAK", "nb"))
    ut.mkdir(parents=True, exist_ok=True)
    lagret = []
    with tempfile.TemporaryDirectory() as tmp:
        db = lag_demo(Path(tmp) / "demo.sqlite")
        for navn, bruker, som, kurv in BILDER:
            vindu = Hovedvindu(db, bruker, som=som)
            vindu.kjor_dialog = lambda d: False
            vindu.resize(1400, 850)
            vindu.show()
            _vent(app, vindu)
            vindu.velg_kurv(kurv)
            _vent(app, vindu)
            if vindu.liste.modell.rowCount():
                vindu.liste.tabell.selectRow(0)
                _vent(app, vindu)
            sti = ut / f"{navn}.png"
            vindu.grab().save(str(sti))
            lagret.append(sti)
            vindu.close()
            vindu.deleteLater()
            app.processEvents()
        db.lukk()
    return lagret


if __name__ == "__main__":
    for p in main():
        print(p.relative_to(ROT))
