"""Noark 5 code lists with the defaults from DESIGN §1.

These are the seeds for the reference tables in the database; a municipality
may add or rename codes there. Rules read the tables through the services, so
the constants here are only defaults and names.
"""

from dataclasses import dataclass

JOURNALPOSTTYPER: dict[str, str] = {
    "I": "Inngående dokument",
    "U": "Utgående dokument",
    "N": "Internt notat med oppfølging",
    "X": "Internt notat uten oppfølging",
    "S": "Saksframlegg",
}

JOURNALSTATUSER: dict[str, str] = {
    "M": "Midlertidig registrert",
    "S": "Registrert av saksbehandler",
    "R": "Reservert",
    "F": "Ferdigstilt",
    "E": "Ekspedert",
    "J": "Journalført",
    "A": "Arkivert",
    "U": "Utgår (feilregistrert)",
}

SAKSSTATUSER: dict[str, str] = {
    "R": "Reservert",
    "B": "Under behandling",
    "A": "Avsluttet",
    "U": "Utgår",
    "X": "Unntatt fra prosesstyring",
}

SAKSTYPER: dict[str, str] = {
    "BHG": "Barnehage",
    "BS": "Byggesak",
    "DS": "Delegert sak",
    "ELEV": "Elevmappe",
    "ES": "Eiendomssak",
    "GS": "Generell sak",
    "PERS": "Personalmappe",
    "PS": "Politisk sak",
    "RS": "Reguleringssak",
    "SFO": "Skolefritidsordning",
    "ST": "Startlån",
}


@dataclass(frozen=True)
class Avskrivningsmaate:
    kode: str
    navn: str
    typer: str  # journalposttyper it may be used on, e.g. "IUN"
    krever_merknad: bool = False
    beholder_restanse: bool = False  # *** foreløpig svar


AVSKRIVNINGSMAATER: tuple[Avskrivningsmaate, ...] = (
    Avskrivningsmaate("***", "Foreløpig svar sendt", "IUN", beholder_restanse=True),
    Avskrivningsmaate("BU", "Besvart med utgående brev", "I"),
    Avskrivningsmaate("BI", "Besvart med inngående dokument", "U"),
    Avskrivningsmaate("BX", "Besvart med X-notat", "N"),
    Avskrivningsmaate("NX", "Besvart med notat", "N"),
    Avskrivningsmaate("NN", "Besvart med notat", "N"),
    Avskrivningsmaate("TE", "Tatt til etterretning", "IUN"),
    Avskrivningsmaate("TO", "Tatt til orientering", "IUN"),
    Avskrivningsmaate("TLF", "Besvart per telefon", "IUN", krever_merknad=True),
    Avskrivningsmaate("BSS", "Besvart i saksframlegg", "IN"),
    Avskrivningsmaate("BB", "Besvart ved befaring", "IN"),
    Avskrivningsmaate("BM", "Besvart muntlig", "IN"),
    Avskrivningsmaate("BS", "Besvart på skjema", "IN"),
    Avskrivningsmaate("EP", "Besvart per e-post", "IN"),
    Avskrivningsmaate("BV", "Besvart med vedtak", "IUNX"),
)

TILGANGSKODER: dict[str, str] = {
    "U": "Unntatt offentlighet",
    "P": "Personalsak",
    "P1": "Personalsak, særlig sensitiv",
    "E": "Elevsak",
    "S": "SLT",
    "IS": "Intern skjerming",
    "XX": "Midlertidig skjermet (ikke offentlighetsvurdert)",
}

STANDARD_HJEMMEL: dict[str, str] = {
    "U": "Offl. § 13 jf. fvl. § 13",
    "P": "Offl. § 25",
    "P1": "Offl. § 13 jf. fvl. § 13",
    "E": "Offl. § 13 jf. fvl. § 13",
    "S": "Offl. § 13",
    "IS": "Offl. § 14",
    "XX": "Ikke vurdert",
}

ROLLER: dict[str, str] = {
    "saksbehandler": "Saksbehandler",
    "leder": "Leder",
    "arkiv": "Arkiv / dokumentsenter",
    "radmann": "Rådmann",
    "systemansvarlig": "Systemansvarlig",
    "motesekretar": "Møtesekretær",
}

OPPGAVETYPER: dict[str, str] = {
    "godkjenning": "Til godkjenning",
    "godkjent": "Godkjent",
    "ikke-godkjent": "Ikke godkjent",
    "uttalelse": "Til uttalelse",
    "uttalelse-svar": "Uttalelse gitt",
    "beskjed": "Beskjed",
    "intern-kopi": "Intern kopi",
    "dokumentsenter": "Beskjed til dokumentsenteret",
    "avslutt-sak": "Be om avslutning av sak",
}

#: The answers each task type accepts; an empty tuple means it is only read and removed.
OPPGAVESVAR: dict[str, tuple[str, ...]] = {
    "godkjenning": ("godkjent", "ikke-godkjent", "videresendt"),
    "uttalelse": ("uttalt", "videresendt"),
    "godkjent": (),
    "ikke-godkjent": (),
    "uttalelse-svar": (),
    "beskjed": (),
    "intern-kopi": (),
    "dokumentsenter": ("utfort",),
    "avslutt-sak": ("utfort",),
}

OPPGAVESVAR_NAVN: dict[str, str] = {
    "godkjent": "Godkjent",
    "ikke-godkjent": "Ikke godkjent",
    "videresendt": "Videresendt",
    "uttalt": "Uttalelse gitt",
    "utfort": "Utført",
}

MERKNADSTYPER = {"formell": "Merknad", "gul": "Gul lapp (uformell)"}

KORRESPONDANSEPARTROLLER = {"avsender": "Avsender", "mottaker": "Mottaker", "kopimottaker": "Kopimottaker"}

EKSPEDERINGSKANALER = {"epost": "E-post", "papir": "Papir", "intern": "Internt"}

#: Settings with their defaults (DESIGN §6: WebSak Fokus is the default).
STANDARDINNSTILLINGER: dict[str, str] = {
    "svarfrist_dager": "14",
    "obs_vindu_dager": "5",
    "forfall_vindu_dager": "0",
    "merknad_krav": "TLF",  # "TLF": only TLF needs a merknad; "alle": every direct avskrivning
    "presedens": "på",
    "registrer_inngaaende": "alle",  # "alle" or "arkiv"
    "godkjenning": "oppgave",
    "paaminnelse_godkjenning_dager": "3",
    "maks_vedlegg_mb": "25",
    "demo": "nei",
}
