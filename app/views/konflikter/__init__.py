"""The "Konflikter" kurv: offline actions the shared database refused on replay (DESIGN §5).

A conflict is never dropped: it stays listed until the user picks "Behold min
endring" (run my action again on the server as it is now) or "Bruk serverens
versjon" (drop mine). The rows ride in the ordinary kurv list as ``KonfliktRad``;
the reading pane shows both versions side by side. Data comes from the sync
service only (``konflikter``, ``loes_konflikt_i_vinduet``) and ``visning``.
"""

from __future__ import annotations

from app.views.konflikter.felt import KonfliktDialog, KonfliktFelt
from app.views.konflikter.rader import ART, KURV, KonfliktRad, beskriv, konflikt_ider, konflikt_rader

__all__ = [
    "ART",
    "KURV",
    "KonfliktDialog",
    "KonfliktFelt",
    "KonfliktRad",
    "beskriv",
    "konflikt_ider",
    "konflikt_rader",
]
