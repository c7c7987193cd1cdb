"""Importing e-mail from the window: what the main window calls.

``importer_med_dialog(parent, ctx, saksnr, paths, *, kjor_dialog=None) -> ImportRapport | None``
    Import .msg/.eml files into the sak ``saksnr`` (a drop on a sak in Mine
    saker, a list or the sak's reading pane). Runs off the UI thread with a
    progress dialog (Avbryt stops between messages), asks Ja/Nei for each
    message already in the sak, then shows the summary: imported and refused
    files with the reason for each, and "Marker som ekspedert" for imported
    sent mail. Emits ``sig_data_changed("journalpost")`` after changes.
    Returns None only when nothing could be imported (unknown or closed sak).

``importer_slipp(parent, ctx, saksnr, mime, *, kjor_dialog=None) -> ImportRapport | None``
    The same for a QMimeData from a drop: files from Explorer, or mail items
    dragged out of Outlook (FileGroupDescriptorW + FileContents), written to a
    temporary folder that is removed afterwards. Pair with
    ``app.widgets.outlook_drop.kan_motta(mime)`` in dragEnterEvent.

``velg_sak_og_importer(parent, ctx, paths=None, *, kjor_dialog=None) -> ImportRapport | None``
    The menu action "Importer e-post…": a file dialog for .msg/.eml when
    ``paths`` is None, then the choice Søk etter sak / Ny saksmappe (title
    from the subject) / Siste saksmapper, then the import as above.

Dialogs run through ``kjor_dialog`` (a ``Callable[[QDialog], bool]``); when it
is None the parent's own ``kjor_dialog`` is used if it has one, so the main
window's tests answer these dialogs as they answer its others; otherwise
each dialog is exec()'d.
"""

from app.views.epost.importdialog import ImportOppsummering, importer_med_dialog, importer_slipp
from app.views.epost.velgsak import VelgSakDialog, velg_sak_og_importer

__all__ = [
    "ImportOppsummering",
    "VelgSakDialog",
    "importer_med_dialog",
    "importer_slipp",
    "velg_sak_og_importer",
]
