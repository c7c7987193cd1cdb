"""English for the documents area: the reading pane's document tab, the card's Dokumenter tab,
arranging documents, printing."""

EN = {
    "Legg til en fil som hoveddokument eller vedlegg (eller slipp filer her)": (
        "Add a file as main document or attachment (or drop files here)"
    ),
    "Flytt opp": "Move up",
    "Flytt ned": "Move down",
    "Endre tittel …": "Change title …",
    "Lenk til …": "Link to …",
    "Kopier til …": "Copy to …",
    "Samme dokument også på en annen journalpost (ikke en kopi)": (
        "The same document on another registry entry too (not a copy)"
    ),
    "En kopi med alle versjoner i en journalpost i en annen sak": (
        "A copy with every version in a registry entry of another case"
    ),
    "Skriv ut …": "Print …",
    "Skriv ut dokumentene, i valgte versjoner, og merknadene (innsyn)": (
        "Print the documents, in chosen versions, and the notes (access requests)"
    ),
    "Endre tittel på dokument": "Change the document's title",
    "Dokumentet må ha en tittel": "The document needs a title",
    "Henter %1 …": "Fetching %1 …",
    "Leser inn det valgte …": "Reading the selection …",
    "Skriv ut %1": "Print %1",
    "Dokumentene som skrives ut": "The documents to print",
    "v%1 (arkivformat)": "v%1 (archive format)",
    "v%1 (produksjon)": "v%1 (production)",
    "Ta med merknadene (%1)": "Include the notes (%1)",
    "Velg minst ett dokument eller merknadene": "Choose at least one document or the notes",
    "Gjør klar utskriften … %1 %": "Preparing the printout … %1 %",
    "Skriv ut": "Print",
    "Utskriften ble avbrutt": "The printout was cancelled",
    "Skrev ut %n side(r)": "Printed %n page(s)",
    "Lenk": "Link",
    "Lag kopi": "Make copy",
    "Kopier dokument": "Copy document",
    "Lenk dokument": "Link document",
    "f.eks. 2026/12-3": "e.g. 2026/12-3",
    "Til journalpost": "To registry entry",
    "«%1» kopieres, med alle versjoner, til en journalpost i en annen sak.": (
        "“%1” is copied, with every version, to a registry entry of another case."
    ),
    "«%1» lenkes til journalposten: det er samme dokument, ikke en kopi.": (
        "“%1” is linked to the registry entry: it is the same document, not a copy."
    ),
    "Skriv journalpostnummeret": "Enter the registry entry number",
}
