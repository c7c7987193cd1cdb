"""A journalpost's status: where it starts, who may edit, ferdigstille, ekspedere, journalføre (DESIGN §6)."""

from __future__ import annotations

from app.domain.feil import IngenTilgang, UgyldigTilstand
from app.domain.koder import (
    EGNE_TYPER,
    EKSPEDERBARE_STATUSER,
    EKSPEDERBARE_TYPER,
    JOURNALFORBARE_STATUSER,
    REDIGERBARE_JP_STATUSER,
    SAKSBEHANDLER_FEILREGISTRERBARE,
    Journalstatus,
    Tilgangskode,
)
from app.domain.regler.tilgang import Aktor

_JS = Journalstatus
_STATUSNAVN: dict[str, str] = {
    _JS.MIDLERTIDIG: "midlertidig registrert",
    _JS.REGISTRERT: "registrert",
    _JS.RESERVERT: "reservert",
    _JS.FERDIGSTILT: "ferdigstilt",
    _JS.EKSPEDERT: "ekspedert",
    _JS.JOURNALFORT: "journalført",
    _JS.ARKIVERT: "arkivert",
    _JS.UTGAAR: "feilregistrert",
}


def statusnavn(status: str) -> str:
    return _STATUSNAVN.get(status, status)


def startstatus(jp_type: str, aktor: Aktor, *, tilgangskode: str | None) -> str:
    """Status on creation (DESIGN §6): own documents R, incoming S; M+XX by archive."""
    if jp_type in EGNE_TYPER:
        return _JS.RESERVERT
    if aktor.er_arkiv and tilgangskode == Tilgangskode.MIDLERTIDIG:
        return _JS.MIDLERTIDIG
    return _JS.REGISTRERT


def sjekk_kan_endre(status: str, aktor: Aktor) -> None:
    """Edit the registration only where the status allows: R and S; M for the archive."""
    if status in REDIGERBARE_JP_STATUSER:
        return
    if status == _JS.MIDLERTIDIG:
        if aktor.er_arkiv or aktor.er_leder:
            return
        raise IngenTilgang("Journalposten er midlertidig registrert; bare arkivet kan endre den")
    raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke endres")


def sjekk_ferdigstill(jp_type: str, status: str, *, krever_godkjenning: bool = False) -> None:
    """By the saksbehandler's own hand; a post marked for approval is ferdigstilt only by its Godkjent."""
    if jp_type not in EGNE_TYPER:
        raise UgyldigTilstand("Bare egne dokumenter (U, N, X, S) kan ferdigstilles")
    if status != _JS.RESERVERT:
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)}; bare reserverte kan ferdigstilles")
    if krever_godkjenning:
        raise UgyldigTilstand("Journalposten må godkjennes før den ferdigstilles; send den til godkjenning")


def sjekk_ekspeder(jp_type: str, status: str, *, krever_godkjenning: bool = False) -> None:
    if jp_type not in EKSPEDERBARE_TYPER:
        raise UgyldigTilstand("Bare utgående dokumenter og notater (U, N, X) kan ekspederes")
    if status not in EKSPEDERBARE_STATUSER:
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke ekspederes")
    if krever_godkjenning and status == _JS.RESERVERT:
        raise UgyldigTilstand("Journalposten må godkjennes før den kan ekspederes; send den til godkjenning")


def krever_godkjenning_ved_start(jp_type: str, typer_som_krever: str) -> bool:
    """A new post of a type the municipality has set to need approval (setting ``godkjenning_typer``)."""
    return jp_type in EGNE_TYPER and jp_type in {t for t in typer_som_krever.upper() if t.isalpha()}


def sjekk_journalfor(status: str, aktor: Aktor) -> None:
    if not aktor.er_arkiv:
        raise IngenTilgang("Bare arkivet kan journalføre")
    if status == _JS.MIDLERTIDIG:
        raise UgyldigTilstand("Journalposten må offentlighetsvurderes før den kan journalføres")
    if status not in JOURNALFORBARE_STATUSER:
        raise UgyldigTilstand(f"Journalposten er {statusnavn(status)} og kan ikke journalføres")


def sjekk_feilregistrer(status: str, aktor: Aktor) -> None:
    if status == _JS.UTGAAR:
        raise UgyldigTilstand("Journalposten er allerede feilregistrert")
    if aktor.er_arkiv:
        return
    if status not in SAKSBEHANDLER_FEILREGISTRERBARE:
        raise IngenTilgang(
            f"Journalposten er {statusnavn(status)}; bare arkivet kan feilregistrere den. Bruk «Be arkivet rette»"
        )


#: Types the user may switch between on an unlocked post (Outlook's In/Sent guess is only a guess).
ENDRBARE_TYPER = frozenset({"I", "U", "N", "X"})


def status_etter_typeendring(fra_type: str, til_type: str, status: str, aktor: Aktor) -> str:
    """The status a post gets when its type is corrected while it is still open (R, S; M for the archive).

    An own document (U, N, X) is R until ferdigstilt or ekspedert; an incoming letter is S.
    """
    sjekk_kan_endre(status, aktor)
    if til_type not in ENDRBARE_TYPER or fra_type not in ENDRBARE_TYPER:
        raise UgyldigTilstand("Typen kan bare endres mellom I, U, N og X")
    if status == _JS.MIDLERTIDIG:
        return status
    return _JS.RESERVERT if til_type in EGNE_TYPER else _JS.REGISTRERT
