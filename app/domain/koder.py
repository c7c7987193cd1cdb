"""Noark 5 code lists with the defaults from DESIGN §1, as StrEnums with named sets.

Each code is a ``StrEnum``: a member equals its code string (``Journalstatus.FERDIGSTILT == "F"``),
so the database keeps plain strings and a member can be compared, hashed and stored as one.
The dicts of display names seed the reference tables in the database; a municipality may add or
rename codes there. Rules read the tables through the services, so the constants here are only
defaults and names.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.domain.innstillinger import STANDARD


class Journalposttype(StrEnum):
    INNGAAENDE = "I"
    UTGAAENDE = "U"
    NOTAT = "N"  # internt notat med oppfølging
    NOTAT_UTEN_OPPFOLGING = "X"
    SAKSFRAMLEGG = "S"


class Journalstatus(StrEnum):
    MIDLERTIDIG = "M"
    REGISTRERT = "S"
    RESERVERT = "R"
    FERDIGSTILT = "F"
    EKSPEDERT = "E"
    JOURNALFORT = "J"
    ARKIVERT = "A"
    UTGAAR = "U"  # feilregistrert


class Saksstatus(StrEnum):
    RESERVERT = "R"
    UNDER_BEHANDLING = "B"
    AVSLUTTET = "A"
    UTGAAR = "U"
    UNNTATT = "X"  # unntatt fra prosesstyring


class Avskrivningsmaate(StrEnum):
    FORELOPIG_SVAR = "***"
    BU = "BU"
    BI = "BI"
    BX = "BX"
    NX = "NX"
    NN = "NN"
    TE = "TE"
    TO = "TO"
    TLF = "TLF"
    BSS = "BSS"
    BB = "BB"
    BM = "BM"
    BS = "BS"
    EP = "EP"
    BV = "BV"


class Tilgangskode(StrEnum):
    UNNTATT = "U"
    PERSONAL = "P"
    PERSONAL_SENSITIV = "P1"
    ELEV = "E"
    SLT = "S"
    INTERN = "IS"
    MIDLERTIDIG = "XX"  # ikke offentlighetsvurdert


class Rolle(StrEnum):
    SAKSBEHANDLER = "saksbehandler"
    LEDER = "leder"
    ARKIV = "arkiv"
    RADMANN = "radmann"
    SYSTEMANSVARLIG = "systemansvarlig"
    MOTESEKRETAR = "motesekretar"


class Oppgavetype(StrEnum):
    GODKJENNING = "godkjenning"
    GODKJENT = "godkjent"
    IKKE_GODKJENT = "ikke-godkjent"
    UTTALELSE = "uttalelse"
    UTTALELSE_SVAR = "uttalelse-svar"
    BESKJED = "beskjed"
    INTERN_KOPI = "intern-kopi"
    DOKUMENTSENTER = "dokumentsenter"
    AVSLUTT_SAK = "avslutt-sak"


class Oppgavesvar(StrEnum):
    GODKJENT = "godkjent"
    IKKE_GODKJENT = "ikke-godkjent"
    VIDERESENDT = "videresendt"
    UTTALT = "uttalt"
    UTFORT = "utfort"


class Merknadstype(StrEnum):
    FORMELL = "formell"
    GUL = "gul"


class Partsrolle(StrEnum):
    AVSENDER = "avsender"
    MOTTAKER = "mottaker"
    KOPIMOTTAKER = "kopimottaker"


class Ekspederingskanal(StrEnum):
    SVARUT = "svarut"
    EPOST = "epost"
    PAPIR = "papir"
    INTERN = "intern"


_T, _JS, _SS = Journalposttype, Journalstatus, Saksstatus

# --- named sets (what the rules ask about) -----------------------------------

#: Own documents: written in the house, created R.
EGNE_TYPER = frozenset({_T.UTGAAENDE, _T.NOTAT, _T.NOTAT_UTEN_OPPFOLGING, _T.SAKSFRAMLEGG})
#: Always carry a restanse until avskrevet (a U only with its own svarfrist).
RESTANSE_TYPER = frozenset({_T.INNGAAENDE, _T.NOTAT})
#: May be ekspedert (sent to mottakere).
EKSPEDERBARE_TYPER = frozenset({_T.UTGAAENDE, _T.NOTAT, _T.NOTAT_UTEN_OPPFOLGING})
#: Locked: only skjerming, merknader and some oppgaver may be added.
LAASTE_JP_STATUSER = frozenset({_JS.FERDIGSTILT, _JS.EKSPEDERT, _JS.JOURNALFORT, _JS.ARKIVERT})
#: The registration may be edited.
REDIGERBARE_JP_STATUSER = frozenset({_JS.RESERVERT, _JS.REGISTRERT})
#: Ready for the archive's journalføring.
JOURNALFORBARE_STATUSER = frozenset({_JS.REGISTRERT, _JS.FERDIGSTILT, _JS.EKSPEDERT})
#: May still be ekspedert.
EKSPEDERBARE_STATUSER = frozenset({_JS.RESERVERT, _JS.FERDIGSTILT})
#: A saksbehandler may feilregistrere only these; the rest is the archive's.
SAKSBEHANDLER_FEILREGISTRERBARE = frozenset({_JS.RESERVERT, _JS.REGISTRERT})
#: Saker where no new journalpost may be registered.
LUKKEDE_SAKSSTATUSER = frozenset({_SS.AVSLUTTET, _SS.UTGAAR})
#: Saker left out of OBS-saker and the follow-up lists: unntatt fra prosesstyring, avsluttet (issue 20).
UTEN_OPPFOLGING_SAKSSTATUSER = frozenset({_SS.UNNTATT, _SS.AVSLUTTET, _SS.UTGAAR})
#: Roles that make a user a leader (fordeling, godkjenning, the unit's restanser).
LEDERROLLER = frozenset({Rolle.LEDER, Rolle.RADMANN})

# --- display names (seeds for the reference tables) ------------------------------

JOURNALPOSTTYPER: dict[str, str] = {
    _T.INNGAAENDE: "Inngående dokument",
    _T.UTGAAENDE: "Utgående dokument",
    _T.NOTAT: "Internt notat med oppfølging",
    _T.NOTAT_UTEN_OPPFOLGING: "Internt notat uten oppfølging",
    _T.SAKSFRAMLEGG: "Saksframlegg",
}

JOURNALSTATUSER: dict[str, str] = {
    _JS.MIDLERTIDIG: "Midlertidig registrert",
    _JS.REGISTRERT: "Registrert av saksbehandler",
    _JS.RESERVERT: "Reservert",
    _JS.FERDIGSTILT: "Ferdigstilt",
    _JS.EKSPEDERT: "Ekspedert",
    _JS.JOURNALFORT: "Journalført",
    _JS.ARKIVERT: "Arkivert",
    _JS.UTGAAR: "Utgår (feilregistrert)",
}

SAKSSTATUSER: dict[str, str] = {
    _SS.RESERVERT: "Reservert",
    _SS.UNDER_BEHANDLING: "Under behandling",
    _SS.AVSLUTTET: "Avsluttet",
    _SS.UTGAAR: "Utgår",
    _SS.UNNTATT: "Unntatt fra prosesstyring",
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
class Avskrivningsregel:
    """One default row of the avskrivning code table: where a code applies and what it demands."""

    kode: Avskrivningsmaate
    navn: str
    typer: str  # journalposttyper it may be used on, e.g. "IUN"
    krever_merknad: bool = False
    beholder_restanse: bool = False  # *** foreløpig svar


AVSKRIVNINGSMAATER: tuple[Avskrivningsregel, ...] = (
    Avskrivningsregel(
        Avskrivningsmaate.FORELOPIG_SVAR, "Foreløpig svar sendt", "IUN", beholder_restanse=True
    ),
    Avskrivningsregel(Avskrivningsmaate.BU, "Besvart med utgående brev", "I"),
    Avskrivningsregel(Avskrivningsmaate.BI, "Besvart med inngående dokument", "U"),
    Avskrivningsregel(Avskrivningsmaate.BX, "Besvart med X-notat", "N"),
    Avskrivningsregel(Avskrivningsmaate.NX, "Besvart med notat", "N"),
    Avskrivningsregel(Avskrivningsmaate.NN, "Besvart med notat", "N"),
    Avskrivningsregel(Avskrivningsmaate.TE, "Tatt til etterretning", "IUN"),
    Avskrivningsregel(Avskrivningsmaate.TO, "Tatt til orientering", "IUN"),
    Avskrivningsregel(Avskrivningsmaate.TLF, "Besvart per telefon", "IUN", krever_merknad=True),
    Avskrivningsregel(Avskrivningsmaate.BSS, "Besvart i saksframlegg", "IUNX"),
    Avskrivningsregel(Avskrivningsmaate.BB, "Besvart ved befaring", "IUNX"),
    Avskrivningsregel(Avskrivningsmaate.BM, "Besvart muntlig", "IUNX"),
    Avskrivningsregel(Avskrivningsmaate.BS, "Besvart på skjema", "IN"),
    Avskrivningsregel(Avskrivningsmaate.EP, "Besvart per e-post", "IUNX"),
    Avskrivningsregel(Avskrivningsmaate.BV, "Besvart med vedtak", "IUNX"),
)

_TK, _O, _OS = Tilgangskode, Oppgavetype, Oppgavesvar

TILGANGSKODER: dict[str, str] = {
    _TK.UNNTATT: "Unntatt offentlighet",
    _TK.PERSONAL: "Personalsak",
    _TK.PERSONAL_SENSITIV: "Personalsak, særlig sensitiv",
    _TK.ELEV: "Elevsak",
    _TK.SLT: "SLT",
    _TK.INTERN: "Intern skjerming",
    _TK.MIDLERTIDIG: "Midlertidig skjermet (ikke offentlighetsvurdert)",
}

#: On the offentlig journal a post with the code is listed with its shielded fields replaced
#: ("erstatt") or left off ("utelat"); WebSak Fokus (003): U is not on the journal, IS is internal.
OFFENTLIG_JOURNAL_ERSTATT, OFFENTLIG_JOURNAL_UTELAT = "erstatt", "utelat"
STANDARD_OFFENTLIG_JOURNAL: dict[str, str] = {_TK.UNNTATT: "utelat", _TK.INTERN: "utelat"}

STANDARD_HJEMMEL: dict[str, str] = {
    _TK.UNNTATT: "Offl. § 13 jf. fvl. § 13",
    _TK.PERSONAL: "Offl. § 25",
    _TK.PERSONAL_SENSITIV: "Offl. § 13 jf. fvl. § 13",
    _TK.ELEV: "Offl. § 13 jf. fvl. § 13",
    _TK.SLT: "Offl. § 13",
    _TK.INTERN: "Offl. § 14",
    _TK.MIDLERTIDIG: "Ikke vurdert",
}

ROLLER: dict[str, str] = {
    Rolle.SAKSBEHANDLER: "Saksbehandler",
    Rolle.LEDER: "Leder",
    Rolle.ARKIV: "Arkiv / dokumentsenter",
    Rolle.RADMANN: "Rådmann",
    Rolle.SYSTEMANSVARLIG: "Systemansvarlig",
    Rolle.MOTESEKRETAR: "Møtesekretær",
}

OPPGAVETYPER: dict[str, str] = {
    _O.GODKJENNING: "Til godkjenning",
    _O.GODKJENT: "Godkjent",
    _O.IKKE_GODKJENT: "Ikke godkjent",
    _O.UTTALELSE: "Til uttalelse",
    _O.UTTALELSE_SVAR: "Uttalelse gitt",
    _O.BESKJED: "Beskjed",
    _O.INTERN_KOPI: "Intern kopi",
    _O.DOKUMENTSENTER: "Beskjed til dokumentsenteret",
    _O.AVSLUTT_SAK: "Be om avslutning av sak",
}

#: The answers each task type accepts; an empty tuple means it is only read and removed.
OPPGAVESVAR: dict[str, tuple[str, ...]] = {
    _O.GODKJENNING: (_OS.GODKJENT, _OS.IKKE_GODKJENT, _OS.VIDERESENDT),
    _O.UTTALELSE: (_OS.UTTALT, _OS.VIDERESENDT),
    _O.GODKJENT: (),
    _O.IKKE_GODKJENT: (),
    _O.UTTALELSE_SVAR: (),
    _O.BESKJED: (),
    _O.INTERN_KOPI: (),
    _O.DOKUMENTSENTER: (_OS.UTFORT,),
    _O.AVSLUTT_SAK: (_OS.UTFORT,),
}

OPPGAVESVAR_NAVN: dict[str, str] = {
    _OS.GODKJENT: "Godkjent",
    _OS.IKKE_GODKJENT: "Ikke godkjent",
    _OS.VIDERESENDT: "Videresendt",
    _OS.UTTALT: "Uttalelse gitt",
    _OS.UTFORT: "Utført",
}

MERKNADSTYPER = {Merknadstype.FORMELL: "Merknad", Merknadstype.GUL: "Gul lapp (uformell)"}

KORRESPONDANSEPARTROLLER = {
    Partsrolle.AVSENDER: "Avsender",
    Partsrolle.MOTTAKER: "Mottaker",
    Partsrolle.KOPIMOTTAKER: "Kopimottaker",
}

EKSPEDERINGSKANALER = {
    Ekspederingskanal.SVARUT: "SvarUt",
    Ekspederingskanal.EPOST: "E-post",
    Ekspederingskanal.PAPIR: "Papir",
    Ekspederingskanal.INTERN: "Internt",
}

#: Settings as stored text, with their defaults: the variant rules (typed in
#: app/domain/innstillinger.py, where the defaults live) and the demo flag the store reads.
STANDARDINNSTILLINGER: dict[str, str] = {**STANDARD, "demo": "nei"}
