"""Build qtbase_nb.qm: bokmål for the Qt dialogs and buttons users see most.

    python3 translations/qt_bokmaal.py

The PySide6 wheel ships no bokmål Qt translation (qtbase_nb/qtbase_no), only nynorsk
(qtbase_nn) and Danish. The window loads qtbase_nn for everything Qt says, and this small
translation on top of it, so the file dialog, the message box buttons and the right-click menu
of a text field read "Åpne", "Lagre", "Filnavn" instead of "Opna", "Lagra", "Filnamn". A text
missing here falls through to nynorsk, which every Norwegian reader understands.

Writes translations/qtbase_nb.ts (committed, the source) and qtbase_nb.qm (committed, copied to
app/translations/ for the installed package and the bundle).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
TS = ROT / "translations" / "qtbase_nb.ts"
QM = ROT / "translations" / "qtbase_nb.qm"
PAKKE = ROT / "app" / "translations"

NB: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Lagre",
        "Save All": "Lagre alle",
        "Open": "Åpne",
        "&Yes": "&Ja",
        "Yes to &All": "Ja til &alle",
        "&No": "&Nei",
        "N&o to All": "N&ei til alle",
        "Abort": "Avbryt",
        "Retry": "Prøv igjen",
        "Ignore": "Ignorer",
        "Close": "Lukk",
        "Cancel": "Avbryt",
        "Discard": "Forkast",
        "Help": "Hjelp",
        "Apply": "Bruk",
        "Reset": "Tilbakestill",
        "Restore Defaults": "Gjenopprett standard",
        "Close without Saving": "Lukk uten å lagre",
        "Don't Save": "Ikke lagre",
    },
    "QFileDialog": {
        "Look in:": "Søk i:",
        "&Look in:": "&Søk i:",
        "Files of &type:": "Fil&type:",
        "&File name:": "Fil&navn:",
        "File &name:": "Fil&navn:",
        "Files of type:": "Filtype:",
        "&Open": "&Åpne",
        "&Save": "&Lagre",
        "&Choose": "&Velg",
        "Open": "Åpne",
        "Save As": "Lagre som",
        "Find Directory": "Finn mappe",
        "Directory:": "Mappe:",
        "Directories": "Mapper",
        "Back": "Tilbake",
        "Forward": "Fram",
        "Parent Directory": "Overordnet mappe",
        "Go back": "Gå tilbake",
        "Go forward": "Gå fram",
        "Go to the parent directory": "Gå til overordnet mappe",
        "Create New Folder": "Lag ny mappe",
        "Create a New Folder": "Lag en ny mappe",
        "New Folder": "Ny mappe",
        "List View": "Listevisning",
        "Detail View": "Detaljvisning",
        "Change to list view mode": "Bytt til listevisning",
        "Change to detail view mode": "Bytt til detaljvisning",
        "My Computer": "Datamaskinen",
        "Computer": "Datamaskin",
        "Recent Places": "Nylig brukte steder",
        "Sidebar": "Sidefelt",
        "All Files (*)": "Alle filer (*)",
        "All Files (*.*)": "Alle filer (*.*)",
        "&Rename": "&Gi nytt navn",
        "&Delete": "&Slett",
        "Show &hidden files": "Vis &skjulte filer",
        "&New Folder": "&Ny mappe",
        "Remove": "Fjern",
        "File": "Fil",
        "File Folder": "Filmappe",
        "Folder": "Mappe",
        "Alias": "Alias",
        "Shortcut": "Snarvei",
        "Unknown": "Ukjent",
        "Delete": "Slett",
        "Are you sure you want to delete '%1'?": "Er du sikker på at du vil slette «%1»?",
        "%1 already exists.\nDo you want to replace it?": "%1 finnes allerede.\nVil du erstatte den?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nFant ikke filen.\nSjekk at filnavnet er riktig."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFant ikke mappen.\nSjekk at mappenavnet er riktig."
        ),
    },
    "QFileSystemModel": {
        "Name": "Navn",
        "Size": "Størrelse",
        "Kind": "Type",
        "Type": "Type",
        "Date Modified": "Sist endret",
        "My Computer": "Datamaskinen",
        "Computer": "Datamaskin",
    },
    "QAbstractFileIconProvider": {"Folder": "Mappe", "Drive": "Stasjon", "File": "Fil"},
    "QMessageBox": {
        "Show Details...": "Vis detaljer …",
        "Hide Details...": "Skjul detaljer …",
        "OK": "OK",
    },
    "QLineEdit": {
        "&Undo": "&Angre",
        "&Redo": "&Gjør om",
        "Cu&t": "Klipp &ut",
        "&Copy": "&Kopier",
        "&Paste": "&Lim inn",
        "Delete": "Slett",
        "Select All": "Merk alt",
    },
    "QWidgetTextControl": {
        "&Undo": "&Angre",
        "&Redo": "&Gjør om",
        "Cu&t": "Klipp &ut",
        "&Copy": "&Kopier",
        "Copy &Link Location": "Kopier &lenkeadresse",
        "&Paste": "&Lim inn",
        "Delete": "Slett",
        "Select All": "Merk alt",
    },
    "QColorDialog": {"Select Color": "Velg farge"},
    "QFontDialog": {"Select Font": "Velg skrift", "&Font": "&Skrift", "&Size": "&Størrelse"},
    "QWizard": {"&Back": "&Tilbake", "&Next": "&Neste", "&Finish": "&Fullfør", "Cancel": "Avbryt"},
    "QShortcut": {"Ctrl": "Ctrl", "Shift": "Shift", "Del": "Del"},
}


def skriv_ts() -> None:
    rot = ET.Element("TS", version="2.1", language="nb_NO", sourcelanguage="en")
    for kontekst, tekster in NB.items():
        k = ET.SubElement(rot, "context")
        ET.SubElement(k, "name").text = kontekst
        for kilde, nb in tekster.items():
            m = ET.SubElement(k, "message")
            ET.SubElement(m, "source").text = kilde
            ET.SubElement(m, "translation").text = nb
    ET.indent(rot)
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(rot, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def main() -> int:
    skriv_ts()
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROT, check=True)
    PAKKE.mkdir(exist_ok=True)
    shutil.copy(QM, PAKKE / QM.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
