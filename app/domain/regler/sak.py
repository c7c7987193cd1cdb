"""Saksstatus: who may move a sak where, and when it takes new journalposter (DESIGN §1, §2)."""

from __future__ import annotations

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.koder import LUKKEDE_SAKSSTATUSER, Rolle, Saksstatus
from app.domain.regler.tilgang import Aktor


def sjekk_saksstatus(fra: str, til: str, aktor: Aktor, *, er_saksansvarlig: bool) -> None:
    """Raise unless ``aktor`` may move a sak from ``fra`` to ``til``.

    Only the archive closes (A), reopens and sets B, U and X; a saksansvarlig may
    withdraw a reserved sak made by mistake (R → U, "Meld saken utgår").
    The outstanding-work check for A needs the sak's journalposter and is done
    by the service.
    """
    if til not in set(Saksstatus):
        raise UgyldigInndata(f"Ukjent saksstatus «{til}»")
    if fra == til:
        raise UgyldigTilstand(f"Saken har allerede status {til}")
    if aktor.er_arkiv:
        return
    if fra == Saksstatus.AVSLUTTET:
        raise IngenTilgang("Bare arkivet kan gjenåpne en avsluttet sak")
    if til == Saksstatus.AVSLUTTET:
        raise IngenTilgang("Bare arkivet kan avslutte en sak")
    if til == Saksstatus.UTGAAR and fra == Saksstatus.RESERVERT and er_saksansvarlig:
        return
    raise IngenTilgang(f"Bare arkivet kan sette saksstatus {til}")


def sjekk_sak_aapen(status: str) -> None:
    if status in LUKKEDE_SAKSSTATUSER:
        navn = "avsluttet" if status == Saksstatus.AVSLUTTET else "utgått"
        raise UgyldigTilstand(f"Saken er {navn}; nye journalposter kan ikke registreres")


def har_skrivetilgang_sak(
    aktor: Aktor, *, saksansvarlig_id: int | None, enhet_id: int | None, tildelt: bool
) -> bool:
    """May ``aktor`` register journalposter in a sak (WebSak Fokus, 003: skrivetilgang)?

    The saksansvarlig (and whoever holds that desk), the sak's own unit and its leader, the
    archive, and a user the saksansvarlig has granted access (``tildelt``; the services count a
    journalpost in the sak handed to the user as such a grant). A sak with no unit is open to all.
    """
    if aktor.er_arkiv or tildelt or enhet_id is None:
        return True
    if saksansvarlig_id is not None and saksansvarlig_id in (aktor.skrivebord_id, aktor.bruker_id):
        return True
    return aktor.enhet_id == enhet_id or enhet_id in aktor.leder_for or Rolle.RADMANN in aktor.roller


def sjekk_skrivetilgang_sak(
    aktor: Aktor,
    *,
    saksnummer: str,
    saksansvarlig_id: int | None,
    saksansvarlig_navn: str | None,
    enhet_id: int | None,
    tildelt: bool,
) -> None:
    """Refuse with who can grant access, so the user knows whom to ask."""
    if har_skrivetilgang_sak(aktor, saksansvarlig_id=saksansvarlig_id, enhet_id=enhet_id, tildelt=tildelt):
        return
    hvem = f"Saksansvarlig {saksansvarlig_navn} eller arkivet" if saksansvarlig_navn else "Arkivet"
    raise IngenTilgang(
        f"Du har ikke skrivetilgang til sak {saksnummer}, som tilhører en annen enhet. "
        f"{hvem} kan gi deg tilgang"
    )


def kan_gi_skrivetilgang(aktor: Aktor, *, saksansvarlig_id: int | None, enhet_id: int | None) -> bool:
    """The saksansvarlig, the unit's leader and the archive grant write access to a sak."""
    return (
        aktor.er_arkiv
        or (saksansvarlig_id is not None and saksansvarlig_id in (aktor.skrivebord_id, aktor.bruker_id))
        or (enhet_id is not None and enhet_id in aktor.leder_for)
    )


#: The primary ordningsprinsipper a new sak is classified by (handbook 001: "Nye saker klasseres med
#: primær ordningsverdi (K-kode, foretaksnummer, gårds.- og bruksnummer osv.)"); more may be added.
ORDNINGSPRINSIPPER: dict[str, str] = {
    "K-kode": "K-kode (arkivnøkkel)",
    "GBNR": "Gårds- og bruksnummer",
    "FNR": "Fødselsnummer",
    "ORG": "Organisasjonsnummer",
}


#: The K-kode a machine gives a sak it has to make without knowing its subject (SvarInn post that names
#: no sak, a Fiks Arkiv mappe without a klassifikasjon): "000", which the archive reclassifies when it
#: checks the new sak (R → B), as it does every sak a saksbehandler made.
KLASSE_TIL_ARKIVET = "000"


def sjekk_primaer_ordningsverdi(ordningsprinsipp: str | None, ordningsverdi: str | None) -> tuple[str, str]:
    """A new sak needs a primary ordningsverdi (issue 20 item 7); returns (prinsipp, verdi) cleaned."""
    prinsipp = (ordningsprinsipp or "K-kode").strip()
    if prinsipp not in ORDNINGSPRINSIPPER:
        raise UgyldigInndata(f"Ukjent ordningsprinsipp «{prinsipp}»; bruk {', '.join(ORDNINGSPRINSIPPER)}")
    verdi = " ".join((ordningsverdi or "").split())
    if not verdi:
        raise UgyldigInndata(
            "En ny sak må ha en primær ordningsverdi (K-kode, gårds- og bruksnummer, fødselsnummer …); "
            "er du i tvil, avgjør arkivet K-koden"
        )
    return prinsipp, verdi


def sjekk_fjern_klassering(antall: int) -> None:
    """The primary ordningsverdi a sak was made with may be replaced, not removed (item 7): the last
    klassering stays until another is added, and the next in order then becomes the primary."""
    if antall <= 1:
        raise UgyldigTilstand(
            "Saken må ha en primær ordningsverdi: legg til den nye klasseringen før du fjerner denne"
        )
