"""First-run connection profile dialog."""

from app.views.profil.dialog import ProfilDialog, forste_oppstart_dialog

__all__ = ["ProfilDialog", "forste_oppstart_dialog"]
