<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lagre alle</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ja til &amp;alle</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;ei til alle</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Prøv igjen</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Forkast</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Bruk</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Tilbakestill</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Gjenopprett standard</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Lukk uten å lagre</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Ikke lagre</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Søk i:</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Søk i:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fil&amp;type:</translation>
    </message>
    <message>
      <source>&amp;File name:</source>
      <translation>Fil&amp;navn:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fil&amp;navn:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Filtype:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Åpne</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lagre</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Velg</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åpne</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lagre som</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Finn mappe</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Mappe:</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Mapper</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Fram</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Overordnet mappe</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Gå fram</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Lag ny mappe</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Lag en ny mappe</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ny mappe</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Listevisning</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detaljvisning</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Bytt til listevisning</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Datamaskin</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nylig brukte steder</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Sidefelt</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>All Files (*.*)</source>
      <translation>Alle filer (*.*)</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Slett</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Ny mappe</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Filmappe</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Snarvei</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ukjent</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fant ikke filen.
Sjekk at filnavnet er riktig.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fant ikke mappen.
Sjekk at mappenavnet er riktig.</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Sist endret</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskinen</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Datamaskin</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Vis detaljer …</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Skjul detaljer …</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angre</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjør om</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QColorDialog</name>
    <message>
      <source>Select Color</source>
      <translation>Velg farge</translation>
    </message>
  </context>
  <context>
    <name>QFontDialog</name>
    <message>
      <source>Select Font</source>
      <translation>Velg skrift</translation>
    </message>
    <message>
      <source>&amp;Font</source>
      <translation>&amp;Skrift</translation>
    </message>
    <message>
      <source>&amp;Size</source>
      <translation>&amp;Størrelse</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&amp;Back</source>
      <translation>&amp;Tilbake</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Neste</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fullfør</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Ctrl</source>
      <translation>Ctrl</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Del</source>
      <translation>Del</translation>
    </message>
  </context>
</TS>
