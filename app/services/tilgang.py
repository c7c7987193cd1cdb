"""Who may change what: the role checks every write service shares.

Who may *see* shielded content is ``regler.autorisert`` (app/domain/regler/tilgang.py), applied by
``visning.kan_se_sak``/``kan_se_jp``; PostgreSQL applies the same rule through RLS, and
tests/test_tilgang_paritet.py proves the two agree.
"""

from __future__ import annotations

from app.domain.feil import IngenTilgang
from app.domain.koder import Journalposttype, Partsrolle, Rolle
from app.services.arbeid import Arbeid
from app.store import models as m


def er_leder_for(a: Arbeid, enhet_id: int | None) -> bool:
    return a.aktor.er_leder and (enhet_id in a.aktor.leder_for or Rolle.RADMANN in a.aktor.roller)


def kan_skrive_jp(a: Arbeid, jp: m.Journalpost) -> bool:
    desk = a.aktor.skrivebord_id
    return (
        a.aktor.er_arkiv
        or jp.saksbehandler_id in (desk, a.aktor.bruker_id)
        or jp.sak.saksansvarlig_id in (desk, a.aktor.bruker_id)
        or er_leder_for(a, jp.enhet_id)
        or jp.opprettet_av_id == a.aktor.bruker_id
        and jp.saksbehandler_id is None
    )


def krev_skrive_jp(a: Arbeid, jp: m.Journalpost) -> None:
    if not kan_skrive_jp(a, jp):
        raise IngenTilgang(
            "Du er ikke saksbehandler for journalposten, saksansvarlig for saken eller leder for enheten"
        )


def kan_skrive_sak(a: Arbeid, sak: m.Sak) -> bool:
    desk = a.aktor.skrivebord_id
    return (
        a.aktor.er_arkiv or sak.saksansvarlig_id in (desk, a.aktor.bruker_id) or er_leder_for(a, sak.enhet_id)
    )


def krev_arkiv(a: Arbeid, handling: str) -> None:
    """Only the archive (dokumentsenter) may: journalføre, move between saker, close, reopen …"""
    if not a.aktor.er_arkiv:
        raise IngenTilgang(f"Bare arkivet kan {handling}")


def krev_skrive_sak(a: Arbeid, sak: m.Sak) -> None:
    if not kan_skrive_sak(a, sak):
        raise IngenTilgang("Bare saksansvarlig, leder for enheten eller arkivet kan endre saken")


def krev_avskrive(a: Arbeid, jp: m.Journalpost) -> None:
    """The restanse's owner may clear it: the saksbehandler, or an internal mottaker of an N-notat."""
    desk = {a.aktor.skrivebord_id, a.aktor.bruker_id}
    if jp.type == Journalposttype.NOTAT and any(
        p.rolle == Partsrolle.MOTTAKER and p.intern_bruker_id in desk for p in jp.parter
    ):
        return
    krev_skrive_jp(a, jp)
