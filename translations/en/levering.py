"""English for Innstillinger, Administrasjon, the log, the crash dialog, the report and updates."""

EN = {
    # Fil → Innstillinger
    "Innstillinger": "Settings",
    "Innstillinger…": "Settings…",
    "Som systemet": "As the system",
    "Språk": "Language",
    "Språket byttes med en gang du trykker Lagre.": "The language changes as soon as you press Save.",
    " pkt": " pt",
    "Skriftstørrelse": "Text size",
    "Kurv ved oppstart": "Basket at start",
    "Lokal database på denne maskinen": "Local database on this machine",
    "Felles database": "Shared database",
    "Gjelder neste gang Saksbord starter. En ny tilkobling legger du til med Fil → Koble til felles database.": (
        "Applies the next time Saksbord starts. Add a new connection with File → Connect to shared database."
    ),
    "Systemets e-postprogram": "The system's e-mail program",
    "Send direkte med SMTP": "Send directly with SMTP",
    "E-postprogram": "E-mail program",
    "SMTP-server": "SMTP server",
    "Ingen (bare internt nett)": "None (internal network only)",
    "Port og sikkerhet": "Port and security",
    "SMTP-bruker": "SMTP user",
    "(lagret i nøkkelringen; tomt felt beholder det)": "(stored in the keyring; an empty field keeps it)",
    "SMTP-passord": "SMTP password",
    "Avsenderadresse": "Sender address",
    "Passordet lagres i operativsystemets nøkkelring, aldri i en fil.": (
        "The password is stored in the operating system's keyring, never in a file."
    ),
    "Velg …": "Choose …",
    "Arbeidsmappe": "Working folder",
    "Her legges arbeidskopiene når du redigerer et dokument. Tomt felt bruker standardmappen. Gjelder dokumenter du åpner etter at du har lagret.": (
        "Working copies go here when you edit a document. An empty field uses the default folder. Applies to "
        "documents you open after saving."
    ),
    "Oppdateringer": "Updates",
    "Se etter nye versjoner når Saksbord starter": "Check for new versions when Saksbord starts",
    "Saksbord spør bare adressen om hvilken versjon som er den nyeste, og sier fra når det finnes en nyere. Ingenting lastes ned uten at du ber om det.": (
        "Saksbord only asks the address which version is the newest, and tells you when there is a newer one. "
        "Nothing is downloaded unless you ask for it."
    ),
    "Velg arbeidsmappe": "Choose working folder",
    "Adresse": "Address",
    "Kunne ikke lagre: %1": "Could not save: %1",
    "Den nye databasen brukes neste gang du starter Saksbord.": "The new database is used the next time you start Saksbord.",
    # Fil → Administrasjon
    "Administrasjon…": "Administration…",
    "Administrasjon – kommunens regler": "Administration – the municipality's rules",
    "Reglene gjelder alle brukere fra neste handling. Hver endring skrives i endringsloggen med hvem som gjorde den. Dobbeltklikk en verdi for å endre den.": (
        "The rules apply to every user from their next action. Each change is written to the change log with "
        "who made it. Double-click a value to change it."
    ),
    "Regel": "Rule",
    "Standard": "Default",
    "Verdi": "Value",
    "Hva den gjør": "What it does",
    "Lagre endringene": "Save the changes",
    # Hjelp → Vis logg, Lag feilrapport; the crash dialog
    "Vis logg": "Show log",
    "Lag feilrapport…": "Make error report…",
    "Logg – Saksbord": "Log – Saksbord",
    "Loggfil: %1": "Log file: %1",
    "Åpne loggmappen": "Open the log folder",
    "Loggfilen finnes ikke ennå: %1": "The log file does not exist yet: %1",
    "Lagre feilrapport": "Save error report",
    "Zip-arkiv (*.zip)": "Zip archive (*.zip)",
    "Feilrapport": "Error report",
    "Feilrapporten kunne ikke lagres i %1: %2": "The error report could not be saved in %1: %2",
    "Feilrapporten er lagret som %1. Send den til brukerstøtte. Den inneholder loggen, versjonen, operativsystemet og innstillingene dine, men ingen passord.": (
        "The error report has been saved as %1. Send it to user support. It contains the log, the version, the "
        "operating system and your settings, but no passwords."
    ),
    "Saksbord – uventet feil": "Saksbord – unexpected error",
    "Det oppstod en feil i Saksbord som ikke skulle ha skjedd.": "An error occurred in Saksbord that should not have happened.",
    "Feilen: %1": "The error: %1",
    "Ingenting du har lagret er tapt: det ligger i databasen. Handlingen som feilet ble ikke lagret halvveis; den ble avbrutt i sin helhet, så du kan prøve den igjen. Endringer som venter på å bli sendt til serveren ligger trygt i utboksen. Har du skrevet noe i et skjema som ikke var lagret da feilen kom, kan det som sto der være borte.": (
        "Nothing you have saved is lost: it is in the database. The action that failed was not saved halfway; it "
        "was cancelled as a whole, so you can try it again. Changes waiting to be sent to the server are safe in "
        "the outbox. If you had typed something into a form that was not saved when the error came, what was "
        "there may be gone."
    ),
    "Saksbord fortsetter å kjøre. Feilen er skrevet i loggen; lag en feilrapport og send den til brukerstøtte, så kan feilen rettes.": (
        "Saksbord keeps running. The error has been written to the log; make an error report and send it to "
        "user support, so the error can be fixed."
    ),
    "Vis detaljer": "Show details",
    "Fortsett": "Continue",
    # Hjelp → updates and about
    "Se etter oppdateringer": "Check for updates",
    "Om Saksbord": "About Saksbord",
    "Ny versjon %1 finnes": "New version %1 available",
    "Saksbord %1 – arbeidsbord for saksbehandling og arkiv etter Noark 5.": (
        "Saksbord %1 – a workbench for case handling and archiving after Noark 5."
    ),
    "Ingen adresse for oppdateringer er satt. Legg den inn under Fil → Innstillinger → Oppdateringer.": (
        "No address for updates has been set. Enter it under File → Settings → Updates."
    ),
    "Du har den nyeste versjonen (%1).": "You have the newest version (%1).",
    "Saksbord %1 finnes. Du har %2.": "Saksbord %1 is available. You have %2.",
    "Ny versjon": "New version",
    "Åpne nedlastingssiden": "Open the download page",
    "Ikke nå": "Not now",
}
EN.update(
    {
        "Regler": "Rules",
        "Maler": "Templates",
        "Mal": "Template",
        "Tittel": "Title",
        "Journalposttyper": "Registry entry types",
        "Versjon": "Version",
        "Status": "Status",
        "levert": "shipped",
        "i bruk": "in use",
        "trukket tilbake": "withdrawn",
        "Maler legges til, byttes og trekkes tilbake med kommandoen «saksbord mal» (se «saksbord mal --help»).": (
            "Templates are added, replaced and withdrawn with the command “saksbord mal” (see “saksbord mal --help”)."
        ),
    }
)
