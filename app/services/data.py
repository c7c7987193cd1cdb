"""The plain data services hand back: frozen dataclasses, safe to pass across threads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

SKJERMET = "*****"


def som_dict(obj: Any) -> Any:
    """A dataclass (or list of them) as JSON-ready dicts with ISO dates."""
    if isinstance(obj, list | tuple):
        return [som_dict(o) for o in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return {k: _json(v) for k, v in asdict(obj).items()}
    return _json(obj)


def _json(v: Any) -> Any:
    if hasattr(v, "__dataclass_fields__"):
        return som_dict(v)
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _json(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_json(x) for x in v]
    return v


@dataclass(frozen=True)
class BrukerInfo:
    id: int
    initialer: str
    navn: str
    epost: str | None
    enhet: str | None
    enhet_navn: str | None
    roller: list[str]
    tilgangskoder: list[str]
    leder_for: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Skjerming:
    tilgangskode: str
    hjemmel: str | None
    nivaa: int | None
    arvet_fra_sak: bool = False


@dataclass(frozen=True)
class Part:
    id: int
    rolle: str
    navn: str
    epost: str | None = None
    adresse: str | None = None
    postnummer: str | None = None
    poststed: str | None = None
    intern_initialer: str | None = None
    kanal: str | None = None
    ekspedert: datetime | None = None
    digital_id: str | None = None
    """Fødselsnummer or organisasjonsnummer, for SvarUt."""


@dataclass(frozen=True)
class AvskrivningInfo:
    kode: str
    navn: str
    dato: date | None
    av: str
    merknad: str | None
    svar: str | None  # journalpostnummer of the answer
    ventende: bool


@dataclass(frozen=True)
class DokumentInfo:
    id: int
    tittel: str
    tilknytning: str
    filnavn: str
    format: str
    variant: str
    versjon: int
    storrelse: int
    sjekksum: str
    objekt_id: int
    sider: int | None = None
    kryptert: bool = False


@dataclass(frozen=True)
class MerknadInfo:
    id: int
    type: str
    tekst: str
    av: str
    tid: datetime


@dataclass(frozen=True)
class LoggInfo:
    tid: datetime
    bruker: str | None
    paa_vegne_av: str | None
    handling: str
    entitet: str
    felt: str | None
    fra: str | None
    til: str | None


@dataclass(frozen=True)
class OppgaveInfo:
    id: int
    type: str
    typenavn: str
    status: str
    fra: str
    fra_navn: str
    til: str
    til_navn: str
    paa_vegne_av: str | None
    journalpostnummer: str | None
    saksnummer: str | None
    tittel: str
    merknad: str | None
    gul_merknad: str | None
    sendt: datetime
    lest: datetime | None
    besvart: datetime | None
    svar: str | None
    gyldige_svar: list[str]
    ventet_dager: int
    journalpost_id: int | None
    sak_id: int | None


@dataclass(frozen=True)
class JournalpostInfo:
    id: int
    journalpostnummer: str
    lopenummer: str
    sak_id: int
    saksnummer: str
    sakstittel: str
    type: str
    status: str
    statusnavn: str
    tittel: str
    tittel2: str | None
    dokumentdato: date | None
    mottatt_dato: date | None
    ekspedert_dato: date | None
    journaldato: date
    saksbehandler: str | None
    saksbehandler_navn: str | None
    enhet: str | None
    forfallsdato: date | None
    antall_vedlegg: int
    restanse: bool
    forelopig_svar: bool
    avsender: list[Part]
    mottakere: list[Part]
    kopimottakere: list[Part]
    skjerming: Skjerming | None
    skjermet_for_deg: bool
    avskrivning: AvskrivningInfo | None
    avskrivninger: list[AvskrivningInfo]
    dokumenter: list[DokumentInfo]
    merknader: list[MerknadInfo]
    advarsler: list[str]
    versjon: int
    foreslatt_avsender: str | None = None  # "Navn <e-post>" quoted in a forwarded mail


@dataclass(frozen=True)
class JournalpostKort:
    """A journalpost as one line inside a sak."""

    id: int
    journalpostnummer: str
    type: str
    status: str
    tittel: str
    dokumentdato: date | None
    saksbehandler: str | None
    avsender_mottaker: str | None
    restanse: bool
    forfallsdato: date | None


@dataclass(frozen=True)
class SakInfo:
    id: int
    saksnummer: str
    tittel: str
    tittel2: str | None
    status: str
    statusnavn: str
    saksdato: date
    sakstype: str | None
    enhet: str | None
    saksansvarlig: str | None
    saksansvarlig_navn: str | None
    obs_dato: date | None
    obs_kommentar: str | None
    skjerming: Skjerming | None
    skjermet_for_deg: bool
    klasseringer: list[dict]
    merknader: list[MerknadInfo]
    presedenser: list[dict]
    kryssreferanser: list[str]
    journalposter: list[JournalpostKort]
    avslutning_bedt: bool
    versjon: int


# The columns a kurv page reads as plain values, not ORM objects (services/kurver.py): enough for a
# row's numbers, skjerming and avsender/mottaker through the same functions as a Sak/Journalpost.


@dataclass(frozen=True, slots=True)
class SakFelt:
    id: int
    saksaar: int
    sakssekvensnummer: int
    tilgangskode: str | None
    hjemmel: str | None
    skjermingsnivaa: int | None
    saksansvarlig_id: int | None
    enhet_id: int | None


@dataclass(frozen=True, slots=True)
class PartFelt:
    rolle: str
    navn: str


@dataclass(frozen=True, slots=True)
class JpFelt:
    id: int
    sak_id: int
    dokumentnummer: int
    tittel: str
    type: str
    status: str
    forfallsdato: date | None
    saksbehandler_id: int | None
    journaldato: date
    restanse: bool
    forelopig_svar: bool
    tilgangskode: str | None
    hjemmel: str | None
    skjermingsnivaa: int | None
    enhet_id: int | None
    parter: list[PartFelt]
    skjermede_ord: str | None = None


@dataclass(frozen=True)
class KurvRad:
    """One row in a kurv: a journalpost, a task or a sak, by ``art``."""

    art: str
    id: int
    journalpostnummer: str | None
    saksnummer: str | None
    tittel: str
    type: str | None
    status: str | None
    avsender_mottaker: str | None
    forfallsdato: date | None
    saksbehandler: str | None
    dato: date | None
    journalpost_id: int | None
    sak_id: int | None
    restanse: bool = False
    forelopig_svar: bool = False
    skjermet: bool = False
    oppgavetype: str | None = None
    ventet_dager: int | None = None
    merknad: str | None = None
    fra: str | None = None  # a task's sender; None when it is the desk itself (Sendt til godkjenning)
    til: str | None = None  # a task's recipient: whom it waits on


@dataclass(frozen=True)
class KurvInfo:
    navn: str
    tittel: str
    art: str
    antall: int
    gruppe: str  # "mine", "leder", "arkiv"


@dataclass(frozen=True)
class KurvSide:
    navn: str
    antall: int
    side: int
    per_side: int
    rader: list[KurvRad]


@dataclass(frozen=True)
class Resultat:
    """What an action created or changed, for the window to select and the CLI to print."""

    melding: str
    journalpostnummer: str | None = None
    saksnummer: str | None = None
    oppgave: int | None = None
    status: str | None = None
    id: int | None = None
    advarsler: list[str] = field(default_factory=list)
    kurv: str | None = None  # an own kurv's key ("egen:12"), for the pane to select

    # The action's own result, for a caller that knows the service always returns it (registering
    # returns a journalpostnummer, send_oppgave an oppgave): a missing one is a bug in the service.

    def krev_journalpostnummer(self) -> str:
        if self.journalpostnummer is None:
            raise AssertionError(f"Resultatet har ikke journalpostnummer: {self.melding}")
        return self.journalpostnummer

    def krev_saksnummer(self) -> str:
        if self.saksnummer is None:
            raise AssertionError(f"Resultatet har ikke saksnummer: {self.melding}")
        return self.saksnummer

    def krev_oppgave(self) -> int:
        if self.oppgave is None:
            raise AssertionError(f"Resultatet har ikke oppgave: {self.melding}")
        return self.oppgave
