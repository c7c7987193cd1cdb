"""Rebuild the English translation: lupdate the sources, fill in English, lrelease, copy into the package.

    python3 translations/oppdater.py

Bokmål is the source text. saksbord_en.ts and saksbord_en.qm are committed; the
.qm is also copied to app/translations/ so an installed package finds it
(app/views/app.py looks in translations/ first, then app/translations/).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
TS = ROT / "translations" / "saksbord_en.ts"
QM = ROT / "translations" / "saksbord_en.qm"
PAKKE = ROT / "app" / "translations"

EN: dict[str, str] = {
    "%n element(er)": "%n item(s)",
    "&Arkiv": "&Archive",
    "&Bruker": "&User",
    "&Fil": "&File",
    "&Hjelp": "&Help",
    "&Journalpost": "&Registry entry",
    "&Oppgave": "&Task",
    "&Sak": "&Case",
    "(fra saken)": "(from the case)",
    "(når svaret er ekspedert)": "(when the reply is dispatched)",
    "Adresse": "Address",
    "Advarsel": "Warning",
    "Alle handlinger for det valgte": "All actions for the selection",
    "Ansvarlig": "Responsible",
    "Arkiv": "Archive",
    "Arkivet får en oppgave i Beskjed til dokumentsenteret.": "The archive gets a task in Messages to the records centre.",
    "Av": "By",
    "Avbryt": "Cancel",
    "Avsender": "Sender",
    "Avsender/Mottaker": "Sender/Recipient",
    "Avskriv": "Close out",
    "Avskriv %1": "Close out %1",
    "Avskriv gir bare kodene som passer dokumenttypen. TLF (besvart per telefon) krever merknad.": "Close out offers only the codes that fit the document type. TLF (answered by phone) requires a note.",
    "Avskrive uten svar": "Closing out without a reply",
    "Avskrivning": "Close-out",
    "Avskrivningskode": "Close-out code",
    "Avskrivningskode %1 krever merknad": "Close-out code %1 requires a note",
    "Avskrivningsmåte": "Close-out method",
    "Avslutt": "Quit",
    "Avslutt sak": "Close case",
    "Avslutte en sak": "Closing a case",
    "Avslutte sak %1?": "Close case %1?",
    "Be arkivet rette %1": "Ask the archive to correct %1",
    "Be om avslutning av sak %1": "Ask to close case %1",
    "Behandle oppgave – %1": "Handle task – %1",
    "Beskjed til dokumentsenteret": "Messages to the records centre",
    "Besvar og avskriv": "Reply and close out",
    "Besvar uten å avskrive": "Reply without closing out",
    "Besvare et brev": "Replying to a letter",
    "Bruker": "User",
    "Brukere": "Users",
    "Bytt bruker (demo)": "Switch user (demo)",
    "DEMO": "DEMO",
    "Denne avskrivningsmåten krever merknad": "This close-out method requires a note",
    "Denne hjelpen": "This help",
    "Dette er en demodatabase. Velg hvem du vil arbeide som:": "This is a demo database. Choose who to work as:",
    "Dette stopper ekspederingen:": "This stops the dispatch:",
    "Dobbeltklikk en journalpost for å åpne den": "Double-click a registry entry to open it",
    "Dokument": "Document",
    "Dokumentdato": "Document date",
    "Dokumentene er skjermet for deg": "The documents are restricted for you",
    "Dokumenter": "Documents",
    "Dokumenter (%1)": "Documents (%1)",
    "Dokumenter i arbeid": "Documents in progress",
    "Dokumenter i arbeid (enheten)": "Documents in progress (unit)",
    "Du arbeider som stedfortreder på skrivebordet til %1": "You are working as deputy on the desk of %1",
    "E-post": "E-mail",
    "Ekspeder": "Dispatch",
    "Ekspeder %1": "Dispatch %1",
    "Ekspedere": "Dispatching",
    "Faner i lesefeltet": "Reading pane tabs",
    "Feil på en låst journalpost": "An error on a locked registry entry",
    "Feilregistrer": "Mark as erroneous",
    "Feilregistrer %1": "Mark %1 as erroneous",
    "Felt": "Field",
    "Filtrer kurven (Ctrl+F3)": "Filter the basket (Ctrl+F3)",
    "Fjern part": "Remove party",
    "Flytt": "Move",
    "Flytt %1 til en annen sak": "Move %1 to another case",
    "Flytt til sak (valgfritt)": "Move to case (optional)",
    "Fordel": "Assign",
    "Fordel %1": "Assign %1",
    "Foreløpig svar": "Interim reply",
    "Foreløpig svar sendt": "Interim reply sent",
    "Foreløpig svar: ": "Interim reply: ",
    "Forfall": "Overdue",
    "Forhåndsvisning av dokument": "Document preview",
    "Fra": "From",
    "Fra %1": "From %1",
    "Fyll ut feltet": "Fill in the field",
    "Generelt": "General",
    "Gjenåpne sak": "Reopen case",
    "Gjenåpne sak %1?": "Reopen case %1?",
    "Globalt søk": "Global search",
    "Globalt søk: saksnummer, 2026/12-3, tittelord, navn": "Global search: case number, 2026/12-3, title words, names",
    "Godkjenning": "Approval",
    "Grunn": "Reason",
    "Gul lapp": "Sticky note",
    "Gul lapp (uformell, slettes ved journalføring)": "Sticky note (informal, deleted when journalised)",
    "Handling": "Action",
    "Historikk": "History",
    "Hjelp – Saksbord": "Help – Saksbord",
    "Hjemmel": "Legal basis",
    "Hurtigfilter": "Quick filter",
    "Hurtigfilter i kurven som er åpen": "Quick filter in the open basket",
    "Hva skal rettes?": "What should be corrected?",
    "Ikke tilgjengelig her": "Not available here",
    "Ingen forhåndsvisning": "No preview",
    "Innlogget: %1": "Signed in: %1",
    "Internt": "Internal",
    "Journaldato": "Journal date",
    "Journalpost": "Registry entry",
    "Journalpost %1": "Registry entry %1",
    "Journalposten er låst; adressene kan ikke endres, men du kan velge en annen kanal.": "The registry entry is locked; addresses cannot be changed, but you can choose another channel.",
    "Journalposten må ha en tittel": "The registry entry needs a title",
    "Journalposter (%1)": "Registry entries (%1)",
    "Journalposter (%n)": "Registry entries (%n)",
    "K-kode, f.eks. 611": "K code, e.g. 611",
    "Kanal": "Channel",
    "Klassering": "Classification",
    "Kommentar": "Comment",
    "Kopi til": "Copy to",
    "Kopier": "Copies",
    "Kurver": "Baskets",
    "Kurver / liste / lesefelt": "Baskets / list / reading pane",
    "Lagre": "Save",
    "Leder": "Manager",
    "Legg til part": "Add party",
    "Lesefelt": "Reading pane",
    "Lignende saker (finnes saken fra før?)": "Similar cases (does the case exist already?)",
    "Liste": "List",
    "Lokal database": "Local database",
    "Meld sak %1 utgår": "Withdraw case %1",
    "Meld utgår": "Withdraw",
    "Menytasten / høyreklikk": "Menu key / right-click",
    "Merk": "Note",
    "Merknad": "Note",
    "Merknad – %1": "Note – %1",
    "Merknaden er tom": "The note is empty",
    "Merknader": "Notes",
    "Merknader (%1)": "Notes (%1)",
    "Mine saker": "My cases",
    "Mitt arbeidsbord": "My workbench",
    "Mitt skrivebord": "My desk",
    "Mottaker": "Recipient",
    "Mottakerne sjekkes før dialogen åpnes. Mangler en adresse, rett den i dialogen eller velg en annen kanal.": "Recipients are checked before the dialog opens. If an address is missing, correct it in the dialog or "
    "choose another channel.",
    "Mottatt for godkjenning": "Received for approval",
    "Mottatte oppgaver": "Received tasks",
    "Navn / initialer": "Name / initials",
    "Navn og andre opplysninger som kan skjermes": "Names and other details that can be restricted",
    "Neste / forrige rute": "Next / previous pane",
    "Nivå 1: dokumentene skjermes. 2: også tittel linje 2. 3: også avsender/mottaker (journalpost) eller klassering (sak).": "Level 1: documents restricted. 2: also title line 2. 3: also sender/recipient (registry entry) or "
    "classification (case).",
    "Ny journalpost": "New registry entry",
    "Ny journalpost i valgt sak": "New registry entry in the selected case",
    "Ny sak": "New case",
    "Ny saksbehandler": "New case officer",
    "OBS-dato": "Follow-up date",
    "OBS-dato for sak %1": "Follow-up date for case %1",
    "OBS-saker": "Follow-up cases",
    "Oppdater kurvene og listen": "Refresh the baskets and the list",
    "Oppgave": "Task",
    "Oppgaver (%1)": "Tasks (%1)",
    "Oppgi saksnummer": "Enter a case number",
    "Opprett sak": "Create case",
    "Opprett svar": "Create reply",
    "Papir": "Paper",
    "Perioden gjelder ikke i dag": "The period does not cover today",
    "Postnr": "Postcode",
    "Postnr og sted": "Postcode and town",
    "Poststed": "Town",
    "På vegne av %1": "On behalf of %1",
    "Registrer": "Register",
    "Reserverte saker": "Reserved cases",
    "Restanse (ikke avskrevet)": "Outstanding (not closed out)",
    "Restanser for enheten": "Outstanding for the unit",
    "Rolle": "Role",
    "Sak": "Case",
    "Sak %1": "Case %1",
    "Sak opprettet ved en feil": "A case created by mistake",
    "Saken må ha en tittel": "The case needs a title",
    "Saker (%n)": "Cases (%n)",
    "Saker til avslutning": "Cases to close",
    "Saksansvarlig": "Responsible officer",
    "Saksbeh.": "Officer",
    "Saksbehandler": "Case officer",
    "Saksbord": "Saksbord",
    "Saksnr": "Case no.",
    "Saksnr-doknr": "Case-doc no.",
    "Sakstype": "Case type",
    "Sakstype / dato": "Case type / date",
    "Sees bare av mottakeren": "Seen only by the recipient",
    "Send": "Send",
    "Send oppgave Til godkjenning fra et reservert dokument. Lederen finner den i Mottatt for godkjenning og velger Behandle oppgave: Godkjent, Ikke godkjent eller Videresendt. Godkjent ferdigstiller dokumentet, og du får oppgaven Godkjent; ekspeder da dokumentet.": "Send a For approval task from a reserved document. The manager finds it in Received for approval and "
    "chooses Handle task: Approved, Not approved or Forwarded. Approved finalises the document and you get "
    "an Approved task; then dispatch the document.",
    "Send oppgave – %1": "Send task – %1",
    "Send svar": "Send answer",
    "Send til arkivet": "Send to the archive",
    "Sendt": "Sent",
    "Sendt til godkjenning": "Sent for approval",
    "Sett OBS-dato (fjern haken for å fjerne den)": "Set follow-up date (untick to remove it)",
    "Skjermet": "Restricted",
    "Skjerming": "Restriction",
    "Skjerming krever en hjemmel": "A restriction needs a legal basis",
    "Skjermingsnivå": "Restriction level",
    "Start": "Start",
    "Status": "Status",
    "Stedfortreder": "Deputy",
    "Stedfortreder for": "Deputy for",
    "Svar": "Answer",
    "Svar: ": "Reply: ",
    "Svaret får mottakere fra avsenderne og legges i Dokumenter i arbeid.": "The reply gets its recipients from the senders and is placed in Documents in progress.",
    "Svaret må ha en tittel": "The reply needs a title",
    "Svarfrist": "Reply deadline",
    "Søk: saksnr, ord, navn (Ctrl+E)": "Search: case no., words, names (Ctrl+E)",
    "Søk: «%1»": "Search: “%1”",
    "Tid": "Time",
    "Til": "To",
    "Til fordeling": "To assign",
    "Til journalføring": "To journalise",
    "Til offentlighetsvurdering": "For publicity review",
    "Til sak": "To case",
    "Tilbake til (tom: forrige ledd)": "Back to (empty: previous link)",
    "Tilgangskode": "Access code",
    "Tittel": "Title",
    "Tittel (linje 1, offentlig)": "Title (line 1, public)",
    "Tittel linje 2": "Title line 2",
    "Tittel på svaret": "Title of the reply",
    "Type": "Type",
    "Type / status": "Type / status",
    "Ubehandlet": "Unprocessed",
    "Uventet feil: %1": "Unexpected error: %1",
    "Variant": "Variant",
    "Velg Be arkivet rette og skriv hva som er feil; arkivet får en oppgave.": "Choose Ask the archive to correct and describe the error; the archive gets a task.",
    "Velg Be om avslutning; arkivet finner saken i Saker til avslutning. Saken kan ikke avsluttes mens noe står åpent, og arkivet får listen over det.": "Choose Ask to close; the archive finds the case in Cases to close. The case cannot be closed while "
    "anything is outstanding, and the archive gets the list.",
    "Velg Meld saken utgår i stedet for å endre tittelen.": "Choose Withdraw case instead of changing the title.",
    "Velg avskrivningsmåte": "Choose a close-out method",
    "Velg brevet i Ubehandlet eller Forfall og velg Besvar og avskriv. Svaret legges i Dokumenter i arbeid med mottaker fra avsenderen. Restansen avskrives (BU) når svaret ekspederes.": "Select the letter in Unprocessed or Overdue and choose Reply and close out. The reply is placed in "
    "Documents in progress with the sender as recipient. The item is closed out (BU) when the reply is dispatched.",
    "Velg bruker (demo)": "Choose user (demo)",
    "Velg en journalpost først": "Select a registry entry first",
    "Velg en journalpost, oppgave eller sak i listen": "Select a registry entry, task or case in the list",
    "Velg en oppgave først": "Select a task first",
    "Velg en sak eller en journalpost i saken først": "Select a case or a registry entry in the case first",
    "Velg et svar": "Choose an answer",
    "Velg hvem oppgaven skal videresendes til": "Choose who to forward the task to",
    "Velg kanal per mottaker. Rett manglende adresser her før du ekspederer.": "Choose a channel per recipient. Correct missing addresses here before dispatching.",
    "Velg mottaker for oppgaven": "Choose the task's recipient",
    "Velg noe i listen først": "Select something in the list first",
    "Ventet (dager)": "Waiting (days)",
    "arkiv": "archive",
    "avslutning bedt om": "closure requested",
    "for %1": "for %1",
    "fra %1 sendt %2": "from %1 sent %2",
    "henter …": "loading …",
    "produksjon": "production",
    "på vegne av %1": "on behalf of %1",
    "svar": "reply",
    "ventet %n dag(er)": "waited %n day(s)",
    "Åpne lederens skrivebord fra brukermenyen. Navnet på den du arbeider for står i rødt i tittellinjen og statuslinjen.": "Open the manager's desk from the user menu. The name of the person you work for is shown in red in the "
    "title and status bars.",
    "Åpne registreringsbildet": "Open the registration card",
    "– ingen (offentlig) –": "– none (public) –",
    "– ingen (tilbake til arkivet) –": "– none (back to the archive) –",
    "– meg selv –": "– myself –",
    "– velg mottaker –": "– choose recipient –",
    "– velg –": "– choose –",
    # actions
    "Rediger (registreringsbilde)": "Edit (registration card)",
    "Rediger": "Edit",
    "Send oppgave": "Send task",
    "Behandle oppgave": "Handle task",
    "Deaktiver oppgave": "Deactivate task",
    "Fjern fra kurv": "Remove from basket",
    "Ferdigstill": "Finalise",
    "Be arkivet rette": "Ask the archive to correct",
    "Meld saken utgår": "Withdraw case",
    "Be om avslutning": "Ask to close",
    "Journalfør": "Journalise",
    "Oppdater": "Refresh",
    "Hjelp": "Help",
    "Ny\nsak": "New\ncase",
    "Ny\njournalpost": "New\nentry",
    "Besvar og\navskriv": "Reply and\nclose out",
    "Foreløpig\nsvar": "Interim\nreply",
    "Send\noppgave": "Send\ntask",
    "Behandle\noppgave": "Handle\ntask",
    "Avslutt\nsak": "Close\ncase",
    # code-list names
    "Til godkjenning": "For approval",
    "Til uttalelse": "For comment",
    "Beskjed": "Message",
    "Intern kopi": "Internal copy",
    "Godkjent": "Approved",
    "Ikke godkjent": "Not approved",
    "Videresendt": "Forwarded",
    "Uttalelse gitt": "Comment given",
    "Utført": "Done",
    # e-mail import (app/views/epost)
    "Import til sak %1": "Import to case %1",
    "Importert: %1    Avvist: %2": "Imported: %1    Rejected: %2",
    "Importen ble avbrutt; %1 fil(er) ble ikke importert.": "The import was cancelled; %1 file(s) were not imported.",
    "Fil": "File",
    "Vedlegg": "Attachments",
    "Avvist": "Rejected",
    "Lukk": "Close",
    "Marker som ekspedert (%1)": "Mark as dispatched (%1)",
    "%1 sendt(e) e-post(er) ligger nå i Dokumenter i arbeid. De er allerede sendt: marker dem som ekspedert, så blir de ikke liggende der.": "%1 sent e-mail(s) are now in Documents in progress. They have already been sent: mark them as "
    "dispatched so they do not stay there.",
    "%1 journalpost(er) er markert som ekspedert.": "%1 registry entry(ies) marked as dispatched.",
    "Ikke ekspedert (bruk Ekspeder på journalposten):": "Not dispatched (use Dispatch on the registry entry):",
    "Importer e-post": "Import e-mail",
    "Velg saken %1 e-post(er) skal registreres i.": "Choose the case the %1 e-mail(s) will be registered in.",
    "Saksnummer, ord fra tittel, avsender eller innhold": "Case number, words from title, sender or content",
    "Søk": "Search",
    "Tittel på ny saksmappe:": "Title of the new case:",
    "Saken opprettes med deg som saksansvarlig. Tittel linje 1 er offentlig.": "The case is created with you as responsible officer. Title line 1 is public.",
    "Søk etter sak": "Search for a case",
    "Ny saksmappe": "New case",
    "Siste saksmapper": "Recent cases",
    "Importer": "Import",
    "Skriv en tittel på den nye saken": "Enter a title for the new case",
    "Velg en sak i listen": "Select a case in the list",
    "Saken er avsluttet eller utgått": "The case is closed or withdrawn",
    "Ingen saker passer": "No cases match",
    "E-post (*.msg *.eml);;Alle filer (*)": "E-mail (*.msg *.eml);;All files (*)",
    "Offentlighetsvurder": "Publicity review",
    "Offentlighetsvurder %1": "Publicity review of %1",
    "Hurtigtaster": "Shortcuts",
    "Rutiner": "Routines",
}


def fyll() -> list[str]:
    """Write the English text into every message; return the source texts that have none."""
    tre = ET.parse(TS)
    mangler = []
    for msg in tre.iter("message"):
        kilde = msg.find("source").text or ""
        en = EN.get(kilde)
        ov = msg.find("translation")
        for barn in list(ov):
            ov.remove(barn)
        if en is None:
            mangler.append(kilde)
            ov.set("type", "unfinished")
            ov.text = None
            continue
        ov.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            ov.text = None
            for form in (en.replace("(s)", "").replace("(er)", ""), en.replace("(s)", "s")):
                ET.SubElement(ov, "numerusform").text = form
        else:
            ov.text = en
    tre.write(TS, encoding="utf-8", xml_declaration=True)
    return mangler


def main() -> int:
    kilder = sorted(str(p.relative_to(ROT)) for p in (ROT / "app" / "views").rglob("*.py"))
    kilder += [f"app/widgets/{n}.py" for n in ("hendelser", "arbeider", "kurvmodell", "ikoner")]
    subprocess.run(["pyside6-lupdate", *kilder, "-no-obsolete", "-ts", str(TS)], cwd=ROT, check=True)
    mangler = fyll()
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROT, check=True)
    PAKKE.mkdir(exist_ok=True)
    (PAKKE / "__init__.py").write_text(
        '"""Compiled translations shipped with the package (see translations/oppdater.py)."""\n'
    )
    shutil.copy(QM, PAKKE / QM.name)
    for m in mangler:
        print(f"mangler engelsk: {m!r}", file=sys.stderr)
    return 1 if mangler else 0


if __name__ == "__main__":
    sys.exit(main())
