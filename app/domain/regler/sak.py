"""Saksstatus: who may move a sak where, and when it takes new journalposter (DESIGN §1, §2)."""

from __future__ import annotations

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.koder import LUKKEDE_SAKSSTATUSER, Saksstatus
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
