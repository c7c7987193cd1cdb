"""English for the Ekspeder dialog and the sending (issue 13)."""

EN = {
    "Journalposten er delvis sendt. Mottakere som alt har fått den, sendes ikke til igjen.": (
        "The record has been partly sent. Recipients who already have it are not sent it again."
    ),
    "SvarUt": "SvarUt",
    "Hoveddokumentet som PDF-vedlegg": "Main document as a PDF attachment",
    "Hoveddokumentet som e-postens tekst": "Main document as the e-mail's text",
    "Følgetekst (tom: en kort standardtekst)": "Covering text (empty: a short standard text)",
    "Forhåndsvis for valgt mottaker": "Preview for the selected recipient",
    "Velg en mottaker og trykk Forhåndsvis.": "Select a recipient and press Preview.",
    "Kan ikke forhåndsvise: %1": "Cannot preview: %1",
    "Til: %1\nEmne: %2\nVedlegg: %3\n\n%4": "To: %1\nSubject: %2\nAttachments: %3\n\n%4",
    "ingen": "none",
    "%1 får journalposten i sin kurv.": "%1 gets the record in their basket.",
    "Papirbrev til %1: hoveddokumentet med adressen i vinduet, så vedleggene.": (
        "Paper letter to %1: the main document with the address in the window, then the attachments."
    ),
    "En ekspedering sendes allerede; vent til den er ferdig.": "A dispatch is already being sent; wait until it is done.",
    "Sender …": "Sending …",
    "Fant ikke et e-postprogram som kan åpne %1": "Found no e-mail program that can open %1",
    "Journalpost %1 er ekspedert": "Record %1 has been dispatched",
    "Journalpost %1 er ekspedert.": "Record %1 has been dispatched.",
    "Journalpost %1 er delvis sendt. Gjenstår: %2. Velg Ekspeder igjen for å sende resten.": (
        "Record %1 has been partly sent. Remaining: %2. Choose Dispatch again to send the rest."
    ),
    "Papirbrevene er lagret i %1. Skrive dem ut nå?": "The paper letters are saved in %1. Print them now?",
    "Ekspedert": "Dispatched",
    "Skriv ut %1": "Print %1",
    "F.nr./org.nr.": "National id / org. no.",
    "SvarUt-status: %1": "SvarUt status: %1",
    "SvarUt: %1": "SvarUt: %1",
    "%1: %2 (sendt med SvarUt)": "%1: %2 (sent with SvarUt)",
    "Disse brevene ble ikke levert med SvarUt:\n\n%1\n\nSende dem på nytt som papirbrev?": (
        "These letters were not delivered through SvarUt:\n\n%1\n\nSend them again as paper letters?"
    ),
    "Ikke levert": "Not delivered",
}
