"""Reports: the Rapporter dialog (every report, live preview, CSV/HTML/PDF) and the public journal.

The window calls only :func:`aapne`.
"""

from __future__ import annotations

from typing import Any


def aapne(vindu: Any, navn: str) -> None:
    """Open the Rapporter dialog on report ``navn`` for the window's acting user."""
    from app.views.rapporter.dialog import RapportDialog

    vindu.kontekst.trygt(lambda: vindu.kjor_dialog(RapportDialog(vindu.ctx, navn, vindu)))
