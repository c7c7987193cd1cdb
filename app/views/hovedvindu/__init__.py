"""The main window: the frame (vindu.py), its menus (menyer.py) and the actions' context (kontekst.py)."""

from app.views.hovedvindu.vindu import Hovedvindu

__all__ = ["Hovedvindu"]
