"""Switching who works at the window, or whose desk is open (the stedfortreder's), as a mixin of
``Hovedvindu``: one place that resets every part of the window that depends on the user.

Text shown to the user stays in ``Hovedvindu`` (``_vis_bruker``): Qt looks a translation up by the
class the window is, so ``self.tr`` belongs in the class lupdate reads it from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.feil import SaksbordFeil
from app.services import brukere, innstillinger
from app.services.arbeid import Kontekst
from app.views.handlinger import DEF_ETTER_NOKKEL
from app.views.kurver.tre import forste_kurv


class Brukerbytte:
    """``bytt_bruker`` and what follows it; the attributes are the window's."""

    db: Any
    kontekst: Any
    handlinger: Any
    menyer: Any
    integrasjoner: Any
    liste: Any
    lesefelt: Any
    tre: Any
    sokefelt: Any

    ctx: Kontekst
    vis_feil: Callable[..., None]
    _vis_bruker: Callable[[], None]
    oppdater_kurver: Callable[[], None]
    _sett_handlinger: Callable[[], None]
    vis_paaminnelser: Callable[[], None]

    def bytt_bruker(self, initialer: str, som: str | None = None) -> bool:
        """Switch who is working or whose desk is open; a refused period is shown, nothing changes."""
        ny = Kontekst(self.db, initialer, som, self.ctx.synk)
        try:
            brukere.hvem_er_jeg(ny)
        except SaksbordFeil as e:
            self.vis_feil(e)
            return False
        self.kontekst.tjeneste = ny
        self._ny_bruker()
        return True

    def _ny_bruker(self) -> None:
        try:
            meg = brukere.hvem_er_jeg(self.ctx)
        except SaksbordFeil as e:
            self.vis_feil(e)
            meg = {"initialer": self.ctx.initialer, "navn": self.ctx.initialer, "roller": []}
        self.kontekst.meg = meg
        arkiv = "arkiv" in meg.get("roller", [])
        for n, d in DEF_ETTER_NOKKEL.items():
            if d.arkiv:
                self.handlinger[n].setVisible(arkiv)
        self.menyer.arkiv.menuAction().setVisible(arkiv)
        self.integrasjoner.start(arkiv=arkiv)
        self.liste.idag = self.db.idag()
        self.liste.modell.paaminnelse_dager = innstillinger.les(self.db).paaminnelse_godkjenning_dager
        self.lesefelt.idag = self.db.idag()
        self._vis_bruker()
        self.kontekst.valg = None
        self.sokefelt.clear()  # a desk change starts clean: no filter or search carries over
        self.liste.nullstill()
        self.tre.nullstill(forste_kurv(meg.get("roller", [])))
        self.oppdater_kurver()
        self._sett_handlinger()
        self.vis_paaminnelser()
