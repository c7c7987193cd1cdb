"""Render app/resources/saksbord.svg to the bundle's icons: saksbord.ico (Windows) and saksbord.png.

    python packaging/ikon.py [utmappe]

The SVG is the one source; the spec calls this at build time, so the .exe, the Start menu entry
and the installer show the same picture as the window. Qt renders each size (16–256 px); Pillow,
when installed, packs them into one multi-size .ico, else Qt writes a single 256 px .ico, which
Windows scales.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
SVG = ROT / "app" / "resources" / "saksbord.svg"
STORRELSER = (16, 24, 32, 48, 64, 128, 256)


def lag_ikoner(ut: Path) -> tuple[Path, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    tegner = QSvgRenderer(str(SVG))
    if not tegner.isValid():
        raise SystemExit(f"Kan ikke lese {SVG}")
    ut.mkdir(parents=True, exist_ok=True)
    bilder: dict[int, bytes] = {}
    for s in STORRELSER:
        bilde = QImage(s, s, QImage.Format.Format_ARGB32)
        bilde.fill(Qt.GlobalColor.transparent)
        p = QPainter(bilde)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        tegner.render(p)
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        bilde.save(buf, "PNG")
        bilder[s] = bytes(data.data())
    png = ut / "saksbord.png"
    png.write_bytes(bilder[256])
    ico = ut / "saksbord.ico"
    try:
        import io

        from PIL import Image

        stor = Image.open(io.BytesIO(bilder[256]))
        stor.save(ico, format="ICO", sizes=[(s, s) for s in STORRELSER])
    except ImportError:
        QImage.fromData(bilder[256]).save(str(ico), "ICO")
    if not ico.exists() or not ico.stat().st_size:
        raise SystemExit(f"Kunne ikke skrive {ico}")
    return ico, png


if __name__ == "__main__":
    for f in lag_ikoner(Path(sys.argv[1]) if len(sys.argv) > 1 else ROT / "build" / "ikon"):
        print(f)
