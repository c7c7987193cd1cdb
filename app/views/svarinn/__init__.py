"""Post from KS Fiks SvarInn in the window, for the archive (menu Arkiv).

What the window may call:
- ``hent_fra_svarinn(ctx)``  Hent fra SvarInn: the fetch in the background with progress and Avbryt,
  then the dialog with what came (registered, failed and kept, left for next time)
- ``vis_svarinn(ctx)``       Post fra SvarInn…: the same dialog without fetching
- ``SvarInnDialog``          the dialog (for tests through ``kjor_dialog``)
"""

from app.views.svarinn.dialog import SvarInnDialog, hent_fra_svarinn, vis_svarinn

__all__ = ["SvarInnDialog", "hent_fra_svarinn", "vis_svarinn"]
