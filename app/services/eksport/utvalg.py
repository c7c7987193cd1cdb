"""What an arkivuttrekk covers, read in bounded batches: the saker of one arkivdel and period.

The exporter never holds the registry in memory. It walks the selected saker by id in pages
(keyset, not OFFSET), loads one page's journalposter, parties, avskrivninger, merknader and
documents with a handful of ``IN`` queries, hands the page to the writers and forgets it
(``expunge_all``). The same selection feeds arkivstruktur, the journals and the endringslogg, so
their counts agree by construction and the depot check confirms it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import aliased

from app.services.arbeid import Arbeid
from app.store import models as m

SIDE = 200
_R = TypeVar("_R")
"""Saker per page: small enough for bounded memory, large enough that round trips do not dominate."""


def systemid(navnerom: uuid.UUID, art: str, nokkel: object) -> str:
    """A stable systemID: the same row gives the same UUID in every uttrekk of this registry."""
    return str(uuid.uuid5(navnerom, f"{art}:{nokkel}"))


@dataclass(frozen=True)
class Utvalg:
    """The arkivdel and the period (by saksdato) an uttrekk covers."""

    arkivdel_id: int
    fra: date | None = None
    til: date | None = None

    def saker(self) -> Select:
        q = select(m.Sak.id).where(m.Sak.arkivdel_id == self.arkivdel_id)
        if self.fra:
            q = q.where(m.Sak.saksdato >= self.fra)
        if self.til:
            q = q.where(m.Sak.saksdato <= self.til)
        return q


@dataclass
class Side:
    """One page of saker with everything the writers need about them."""

    saker: list[m.Sak]
    journalposter: dict[int, list[m.Journalpost]] = field(default_factory=lambda: defaultdict(list))
    parter: dict[int, list[m.Korrespondansepart]] = field(default_factory=lambda: defaultdict(list))
    avskrivninger: dict[int, list[m.Avskrivning]] = field(default_factory=lambda: defaultdict(list))
    sak_merknader: dict[int, list[m.Merknad]] = field(default_factory=lambda: defaultdict(list))
    jp_merknader: dict[int, list[m.Merknad]] = field(default_factory=lambda: defaultdict(list))
    dokumenter: dict[int, list[tuple[m.JournalpostDokument, m.Dokumentbeskrivelse]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    objekter: dict[int, list[m.Dokumentobjekt]] = field(default_factory=lambda: defaultdict(list))
    presedenser: dict[int, list[m.Presedens]] = field(default_factory=lambda: defaultdict(list))
    klassering: dict[int, m.Klassering] = field(default_factory=dict)
    avsluttet: dict[int, tuple[datetime, int | None]] = field(default_factory=dict)
    arkivert: dict[int, tuple[datetime, int | None]] = field(default_factory=dict)
    svar_sak: dict[int, int] = field(default_factory=dict)
    """Journalpost id → sak id of every journalpost an avskrivning points at (to know if it is in the uttrekk)."""


def primaer_klasse(sak_id_kolonne):
    """The sak's first klassering (lowest sortering): the one its mappe is filed under."""
    k = m.Klassering
    return (
        select(k.id).where(k.sak_id == sak_id_kolonne).order_by(k.sortering, k.id).limit(1).scalar_subquery()
    )


def sak_strom(a: Arbeid, utvalg: Utvalg) -> Iterator[tuple[str | None, str | None, str | None, int]]:
    """(ordningsprinsipp, ordningsverdi, beskrivelse, sak id) of every selected sak, in filing order.

    One streamed query (saker without klassering last), read as the writer goes; never all at once.
    """
    k = aliased(m.Klassering)
    q = (
        select(k.ordningsprinsipp, k.ordningsverdi, k.beskrivelse, m.Sak.id)
        .select_from(m.Sak)
        .outerjoin(k, k.id == primaer_klasse(m.Sak.id))
        .where(m.Sak.id.in_(utvalg.saker()))
        .order_by(k.ordningsprinsipp.is_(None), k.ordningsprinsipp, k.ordningsverdi, m.Sak.id)
        .execution_options(yield_per=2000)
    )
    yield from ((p, v, b, sak_id) for p, v, b, sak_id in a.s.execute(q))


def sider(rader: Iterable[_R]) -> Iterator[list[_R]]:
    """``rader`` in pages of ``SIDE``."""
    side: list[_R] = []
    for rad in rader:
        side.append(rad)
        if len(side) == SIDE:
            yield side
            side = []
    if side:
        yield side


def last_side(a: Arbeid, ider: list[int]) -> Side:
    """Everything about one page of saker, in a fixed number of queries."""
    a.s.expunge_all()
    saker = list(a.s.scalars(select(m.Sak).where(m.Sak.id.in_(ider)).order_by(m.Sak.id)))
    side = Side(saker=saker)
    jps = list(
        a.s.scalars(
            select(m.Journalpost)
            .where(m.Journalpost.sak_id.in_(ider))
            .order_by(m.Journalpost.sak_id, m.Journalpost.dokumentnummer)
        )
    )
    jp_ider = [jp.id for jp in jps]
    for jp in jps:
        side.journalposter[jp.sak_id].append(jp)
    for k in a.s.scalars(
        select(m.Klassering).where(
            m.Klassering.id.in_(select(primaer_klasse(m.Sak.id)).where(m.Sak.id.in_(ider)))
        )
    ):
        side.klassering[k.sak_id] = k
    for p in a.s.scalars(
        select(m.Korrespondansepart)
        .where(m.Korrespondansepart.journalpost_id.in_(jp_ider))
        .order_by(m.Korrespondansepart.id)
    ):
        side.parter[p.journalpost_id].append(p)
    for av in a.s.scalars(
        select(m.Avskrivning).where(m.Avskrivning.journalpost_id.in_(jp_ider)).order_by(m.Avskrivning.id)
    ):
        side.avskrivninger[av.journalpost_id].append(av)
    svar = {
        av.svar_journalpost_id for avs in side.avskrivninger.values() for av in avs if av.svar_journalpost_id
    }
    if svar:
        side.svar_sak = dict(
            a.s.execute(
                select(m.Journalpost.id, m.Journalpost.sak_id).where(m.Journalpost.id.in_(svar))
            ).all()
        )
    formell = m.Merknad.type == "formell"
    for mk in a.s.scalars(
        select(m.Merknad).where(formell, m.Merknad.sak_id.in_(ider)).order_by(m.Merknad.id)
    ):
        if mk.journalpost_id is None and mk.sak_id is not None:
            side.sak_merknader[mk.sak_id].append(mk)
    for mk in a.s.scalars(
        select(m.Merknad).where(formell, m.Merknad.journalpost_id.in_(jp_ider)).order_by(m.Merknad.id)
    ):
        if mk.journalpost_id is not None:
            side.jp_merknader[mk.journalpost_id].append(mk)
    dok_ider: set[int] = set()
    for link, dok in a.s.execute(
        select(m.JournalpostDokument, m.Dokumentbeskrivelse)
        .join(m.Dokumentbeskrivelse, m.Dokumentbeskrivelse.id == m.JournalpostDokument.dokument_id)
        .where(m.JournalpostDokument.journalpost_id.in_(jp_ider))
        .order_by(m.JournalpostDokument.journalpost_id, m.JournalpostDokument.rekkefolge)
    ):
        side.dokumenter[link.journalpost_id].append((link, dok))
        dok_ider.add(dok.id)
    for o in a.s.scalars(
        select(m.Dokumentobjekt)
        .where(m.Dokumentobjekt.dokument_id.in_(dok_ider))
        .order_by(
            m.Dokumentobjekt.dokument_id, m.Dokumentobjekt.versjonsnummer, m.Dokumentobjekt.variantformat
        )
    ):
        side.objekter[o.dokument_id].append(o)
    for p in a.s.scalars(select(m.Presedens).where(m.Presedens.sak_id.in_(ider)).order_by(m.Presedens.id)):
        side.presedenser[p.sak_id].append(p)
    logg = m.Endringslogg
    status = and_(logg.felt == "status")
    for sak_id, tid, av in a.s.execute(
        select(logg.sak_id, logg.tid, logg.bruker_id)
        .where(status, logg.entitet == "sak", logg.til == "A", logg.sak_id.in_(ider))
        .order_by(logg.id)
    ):
        if sak_id is not None:
            side.avsluttet[sak_id] = (tid, av)
    for jp_id, tid, av in a.s.execute(
        select(logg.journalpost_id, logg.tid, logg.bruker_id)
        .where(status, logg.entitet == "journalpost", logg.til == "A", logg.journalpost_id.in_(jp_ider))
        .order_by(logg.id)
    ):
        if jp_id is not None:
            side.arkivert[jp_id] = (tid, av)
    return side
