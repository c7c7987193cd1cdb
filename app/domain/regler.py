"""The registry's rules as pure functions: status transitions, who may, restanse.

Services call these with plain values and raise what they raise; keeping them
here, free of the database, lets the tests walk every transition in a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand

LAASTE_JP_STATUSER = frozenset("FEJA")
REDIGERBARE_JP_STATUSER = frozenset("RS")
EGNE_TYPER = frozenset("UNXS")
RESTANSE_TYPER = frozenset("IN")

_STATUSNAVN = {
    "M": "midlertidig registrert",
    "S": "registrert",
    "R": "reservert",
    "F": "ferdigstilt",
    "E": "ekspedert",
    "J": "journalført",
    "A": "arkivert",
    "U": "feilregistrert",
}


def statusnavn(status: str) -> str:
    return _STATUSNAVN.get(status, status)


@dataclass(frozen=True)
class Aktor:
    """Who is working, and on whose desk.

    ``bruker_id`` is the person at the keyboard; ``paa_vegne_av_id`` the leader
    (or colleague) whose desk they have opened as stedfortreder. ``roller`` and
    ``koder`` are the effective rights: the owner's roles, limited to the codes
    the stedfortreder was granted.
    """

    bruker_id: int
    initialer: str
    navn: str
    enhet_id: int | None
    roller: frozenset[str]
    koder: frozenset[str]
    leder_for: frozenset[int] = field(default_factory=frozenset)
    paa_vegne_av_id: int | None = None
    paa_vegne_av_navn: str | None = None
    idag: date = field(default_factory=date.today)

    @property
    def skrivebord_id(self) -> int:
        """Whose kurver are shown: the desk owner when acting as stedfortreder."""
        return self.paa_vegne_av_id or self.bruker_id

    @property
    def er_arkiv(self) -> bool:
        return "arkiv" in self.roller

    @property
    def er_leder(self) -> bool:
        return "leder" in self.roller or "radmann" in self.roller


# --- skjerming ------------------------------------------------------------


def autorisert(
    aktor: Aktor, kode: str | None, enhet_id: int | None, *, eier_ids: tuple[int | None, ...] = ()
) -> bool:
    """May the acting user see content shielded with ``kode``?

    Authorisation is per exact code (P does not open E). A leader authorised
    only through leadership sees only within the units they lead. The
    saksbehandler and saksansvarlig of a record always see their own work.
    """
    if not kode:
        return True
    if aktor.skrivebord_id in eier_ids or aktor.bruker_id in eier_ids:
        return True
    if kode in aktor.koder:
        return True
    return f"{kode}@{enhet_id}" in aktor.koder


def krev_hjemmel(kode: str | None, hjemmel: str | None, nivaa: int | None) -> None:
    if not kode:
        return
    if not (hjemmel or "").strip():
        raise UgyldigInndata(f"Skjerming med tilgangskode {kode} krever en hjemmel (f.eks. offl. § 13)")
    if nivaa not in (1, 2, 3):
        raise UgyldigInndata("Skjermingsnivå må være 1, 2 eller 3")


# --- saksstatus -----------------------------------------------------------


def sjekk_saksstatus(fra: str, til: str, aktor: Aktor, *, er_saksansvarlig: bool) -> None:
    """Raise unless ``aktor`` may move a sak from ``fra`` to ``til``.

    Only the archive closes (A), reopens and sets B, U and X; a saksansvarlig may
    withdraw a reserved sak made by mistake (R → U, "Meld saken utgår").
    The outstanding-work check for A needs the sak's journalposter and is done
    by the service.
    """
    if til not in "RBAUX" or len(til) != 1:
        raise UgyldigInndata(f"Ukjent saksstatus «{til}»")
    if fra == til:
        raise UgyldigTilstand(f"Saken har allerede status {til}")
    if aktor.er_arkiv:
        return
    if fra == "A":
        raise IngenTilgang("Bare arkivet kan gjenåpne en avsluttet sak")
    if til == "A":
        raise IngenTilgang("Bare arkivet kan avslutte en sak")
    if til == "U" and fra == "R" and er_saksansvarlig:
        return
    raise IngenTilgang(f"Bare arkivet kan sette saksstatus {til}")


def sjekk_sak_aapen(status: str) -> None:
    if status in "AU":
        navn = "avsluttet" if status == "A" else "utgått"
        raise UgyldigTilstand(f"Saken er {navn}; nye journalposter kan ikke registreres")


# --- journalpost ----------------------------------------------------------


def startstatus(jp_type: str, aktor: Aktor, *, tilgangskode: str | None) -> str:
    """Status on creation (DESIGN §6): own documents R, incoming S; M+XX by archive."""
    if jp_type in EGNE_TYPER:
        return "R"
    if aktor.er_arkiv and tilgangskode == "XX":
        return "M"
    return "S"


def sjekk_kan_endre(status: str, aktor: Aktor) -> None:
    """Edit the registration only where the status allows: R and S; M for the archive."""
    if status in REDIGERBARE_JP_STATUSER:
        return
    if status == "M":
        if aktor.er_arkiv or aktor.er_leder:
            return
        raise IngenTilgang("Journalposten er midlertidig registrert; bare arkivet kan endre den")
    raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke endres")


def sjekk_ferdigstill(jp_type: str, status: str) -> None:
    if jp_type not in EGNE_TYPER:
        raise UgyldigTilstand("Bare egne dokumenter (U, N, X, S) kan ferdigstilles")
    if status != "R":
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)}; bare reserverte kan ferdigstilles")


def sjekk_ekspeder(jp_type: str, status: str) -> None:
    if jp_type not in "UNX":
        raise UgyldigTilstand("Bare utgående dokumenter og notater (U, N, X) kan ekspederes")
    if status not in "RF":
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke ekspederes")


def sjekk_journalfor(status: str, aktor: Aktor) -> None:
    if not aktor.er_arkiv:
        raise IngenTilgang("Bare arkivet kan journalføre")
    if status == "M":
        raise UgyldigTilstand("Journalposten må offentlighetsvurderes før den kan journalføres")
    if status not in "SFE":
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke journalføres")


def sjekk_feilregistrer(status: str, aktor: Aktor) -> None:
    if status == "U":
        raise UgyldigTilstand("Journalposten er allerede feilregistrert")
    if aktor.er_arkiv:
        return
    if status not in "RS":
        raise IngenTilgang(
            f"Journalposten er {statusnavn(status)}; bare arkivet kan feilregistrere den. Bruk «Be arkivet rette»"
        )


def sjekk_til_godkjenning(status: str) -> None:
    if status != "R":
        raise UgyldigTilstand(
            f"Bare reserverte journalposter kan sendes til godkjenning (status er {statusnavn(status)})"
        )


def har_restanse_type(jp_type: str, forfallsdato: date | None) -> bool:
    """I and N always need avskrivning; a U only when it was given its own svarfrist."""
    return jp_type in RESTANSE_TYPER or (jp_type == "U" and forfallsdato is not None)


def sjekk_avskrivning(
    jp_type: str,
    status: str,
    *,
    kode: str,
    gyldige_typer: str | None,
    krever_merknad: bool,
    merknad: str | None,
    har_restanse: bool,
) -> None:
    """Check one avskrivning against the code list row for ``kode``."""
    if gyldige_typer is None:
        raise UgyldigInndata(f"Ukjent avskrivningskode «{kode}»")
    if jp_type not in gyldige_typer:
        raise UgyldigInndata(f"Avskrivningskode {kode} kan ikke brukes på journalposttype {jp_type}")
    if status == "U":
        raise UgyldigTilstand("Journalposten er feilregistrert")
    if not har_restanse:
        raise UgyldigTilstand("Journalposten har ingen restanse å avskrive")
    if krever_merknad and not (merknad or "").strip():
        raise UgyldigInndata(f"Avskrivningskode {kode} krever merknad")


# --- numbers --------------------------------------------------------------

_SAKSNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*$")
_JPNR = re.compile(r"^\s*(\d{2,4})\s*/\s*(\d+)\s*-\s*(\d+)\s*$")


def _aar(tekst: str) -> int:
    aar = int(tekst)
    return aar + 2000 if aar < 100 else aar


def saksnummer(aar: int, sekvens: int) -> str:
    return f"{aar}/{sekvens}"


def journalpostnummer(aar: int, sekvens: int, dokumentnummer: int) -> str:
    return f"{aar}/{sekvens}-{dokumentnummer}"


def les_saksnummer(tekst: str) -> tuple[int, int] | None:
    m = _SAKSNR.match(tekst or "")
    return (_aar(m.group(1)), int(m.group(2))) if m else None


def les_journalpostnummer(tekst: str) -> tuple[int, int, int] | None:
    m = _JPNR.match(tekst or "")
    return (_aar(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# --- words that should not be on title line 1 -------------------------------

_FNR = re.compile(r"\b\d{6}\s?\d{5}\b")


def tittel_advarsler(tittel: str, kjente_navn: tuple[str, ...] = ()) -> list[str]:
    """Title line 1 is public: warn when it holds a fødselsnummer or a person's name."""
    varsler = []
    if _FNR.search(tittel or ""):
        varsler.append("Tittel linje 1 ser ut til å inneholde et fødselsnummer; flytt det til linje 2")
    lav = (tittel or "").lower()
    for navn in kjente_navn:
        if navn and len(navn) > 3 and navn.lower() in lav:
            varsler.append(f"Tittel linje 1 inneholder navnet «{navn}»; personnavn hører hjemme på linje 2")
            break
    return varsler
