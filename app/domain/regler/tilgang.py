"""Who is acting, and what shielded content they may see (DESIGN §1, §2, §6).

The same rule runs in PostgreSQL as ``saksbord_kan_se`` (app/store/pg/ddl.py); the parity test
(tests/test_tilgang_paritet.py) keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.feil import UgyldigInndata
from app.domain.koder import LEDERROLLER, Rolle


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
        return Rolle.ARKIV in self.roller

    @property
    def er_leder(self) -> bool:
        return bool(LEDERROLLER & self.roller)


def autorisert(
    aktor: Aktor, kode: str | None, enhet_id: int | None, *, eier_ids: tuple[int | None, ...] = ()
) -> bool:
    """May the acting user see content shielded with ``kode``?

    Authorisation is per exact code (P does not open E). A grant limited to a unit
    (``KODE@enhet``) opens only that unit. The saksbehandler and saksansvarlig of a
    record always see their own work. A stedfortreder does not inherit that: while acting,
    only the codes granted for the period open anything (the absent leader's own P sak stays
    closed to a deputy granted U only), here and in ``saksbord_kan_se`` (revision 0009).
    """
    if not kode:
        return True
    if aktor.bruker_id in eier_ids:
        return True
    if kode in aktor.koder:
        return True
    return f"{kode}@{enhet_id}" in aktor.koder


def krev_hjemmel(kode: str | None, hjemmel: str | None, nivaa: int | None) -> None:
    """Skjerming needs a hjemmel and a level 1–3."""
    if not kode:
        return
    if not (hjemmel or "").strip():
        raise UgyldigInndata(f"Skjerming med tilgangskode {kode} krever en hjemmel (f.eks. offl. § 13)")
    if nivaa not in (1, 2, 3):
        raise UgyldigInndata("Skjermingsnivå må være 1, 2 eller 3")
