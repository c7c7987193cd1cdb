"""English for post from KS Fiks SvarInn (app/views/svarinn, the archive's menu)."""

EN = {
    "Mottatt fra SvarInn": "Received from SvarInn",
    "Hent fra SvarInn": "Fetch from SvarInn",
    "Post fra SvarInn …": "Mail from SvarInn …",
    "Henter post fra SvarInn …": "Fetching mail from SvarInn …",
    "Avbryter etter forsendelsen som registreres nå …": "Stopping after the shipment being registered now …",
    "Post fra SvarInn": "Mail from SvarInn",
    "Forsendelser fra SvarInn som ikke kunne registreres": "Shipments from SvarInn that could not be registered",
    "Ingen nye forsendelser i SvarInn": "No new shipments in SvarInn",
    "Registrert: %1    Feilet (tatt vare på): %2    Allerede registrert: %3    Ikke hentet: %4": (
        "Registered: %1    Failed (kept): %2    Already registered: %3    Not fetched: %4"
    ),
    "Hentingen ble avbrutt; resten hentes neste gang.": "The fetch was cancelled; the rest is fetched next time.",
    "Registrert": "Registered",
    "Feilet": "Failed",
    "Allerede registrert": "Already registered",
    "Ikke hentet": "Not fetched",
    "Utfall": "Outcome",
    "Tittel og merknad": "Title and remark",
    "Ikke registrert, tatt vare på for arkivet (%1):": "Not registered, kept for the archive (%1):",
    "Mottatt": "Received",
    "Hvorfor": "Why",
    "SvarInn er ikke varslet ennå.": "SvarInn has not been told yet.",
    "Lagre innhold …": "Save content …",
    "Lagre forsendelsen slik den ble lastet ned fra SvarInn (kryptert)": (
        "Save the shipment as it was downloaded from SvarInn (encrypted)"
    ),
    "Lagre forsendelsen": "Save the shipment",
    "Lagret som %1": "Saved as %1",
}
