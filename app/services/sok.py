"""Global search: saksnummer, journalpostnummer, words of titles, party names and indexed text.

Words are compared folded (app/domain/regler/sok.py: Ø finds ø, é finds e, å never finds a);
words of three letters or more match anywhere in a word, shorter ones at word starts. On SQLite
the search indexes answer (app/store/fulltekst.py), so no query reads every row; elsewhere a
scan folds the same way. Hits come newest first (highest id), at most ``grense`` of each kind,
with the total count beside them (``SokTreff.antall_*``).

A search can be called off (``Avbryter``): the window hands each query one and calls off the
one before when the user types on; the running SQL statement is interrupted, and the search
raises ``SokAvbrutt``.

A hit must come from what the reader may see: a journalpost whose parties or documents are
shielded from the reader (``visning.jp_skjult``, the card's own rule) is kept only when its words
are found in what is left visible, so a shielded name or body text never betrays the post.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import contains_eager, selectinload

from app.domain.feil import SaksbordFeil
from app.domain.regler import les_journalpostnummer, les_saksnummer
from app.domain.regler.sok import FOLDING, er_kort, sokeord, treffer
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.visning import jp_skjult
from app.store import models as m

GRENSE = 1000
_SOKEINDEKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class SokAvbrutt(SaksbordFeil):
    """The search was called off (the user typed on); nothing to show."""


class Avbryter:
    """Calls off one running search from another thread: its SQL statement is interrupted.

    ``avbryt()`` may come before, during or after the search; a search that has not started
    yet never starts, one that has ended is not touched (the connection may serve others by then).
    """

    def __init__(self) -> None:
        self._las = threading.Lock()
        self._forbindelse = None
        self.avbrutt = False

    def avbryt(self) -> None:
        with self._las:
            self.avbrutt = True
            c = self._forbindelse
            if c is not None:
                stopp = getattr(c, "interrupt", None) or getattr(c, "cancel", None)
                if stopp is not None:
                    stopp()

    def sjekk(self) -> None:
        if self.avbrutt:
            raise SokAvbrutt("Søket ble avbrutt")

    def _koble(self, c) -> None:
        with self._las:
            self._forbindelse = c
        self.sjekk()

    def _slipp(self) -> None:
        with self._las:
            self._forbindelse = None


@dataclass(frozen=True)
class SokTreff:
    """Hits newest first (at most ``grense`` of each kind) and how many there are in all."""

    tekst: str
    saker: list[int] = field(default_factory=list)
    journalposter: list[int] = field(default_factory=list)
    antall_saker: int | None = None
    antall_journalposter: int | None = None
    grense: int = GRENSE
    talt: bool = True
    """False when the counts were not asked for (``tell=False``) and a page was full: then the
    antall_* of a full page are None until ``sok(..., tell=True)`` counts them."""

    def __post_init__(self) -> None:
        if self.talt and self.antall_saker is None:
            object.__setattr__(self, "antall_saker", len(self.saker))
        if self.talt and self.antall_journalposter is None:
            object.__setattr__(self, "antall_journalposter", len(self.journalposter))

    @property
    def begrenset(self) -> bool:
        """Whether more matched than are listed (the window says "viser de første … av …")."""
        return (self.antall_saker or 0) > len(self.saker) or (self.antall_journalposter or 0) > len(
            self.journalposter
        )


def sok(
    ctx: Kontekst,
    tekst: str,
    *,
    grense: int = GRENSE,
    tell: bool = True,
    avbryter: Avbryter | None = None,
) -> SokTreff:
    """Find saker and journalposter; numbers match exactly, words must all occur (title, party or text).

    ``tell=False`` leaves out the count of a full page (it must look at every hit): the window
    shows the hits first and counts after.
    """
    tekst = (tekst or "").strip()
    if not tekst:
        return SokTreff(tekst)
    avbryter = avbryter or Avbryter()
    avbryter.sjekk()
    with arbeid(ctx, skriv=False) as a:
        try:
            avbryter._koble(a.s.connection().connection.dbapi_connection)
            return _sok(a, tekst, grense, avbryter, tell)
        except OperationalError as e:
            if avbryter.avbrutt or "interrupt" in str(e.orig).lower():
                raise SokAvbrutt("Søket ble avbrutt") from e
            raise
        finally:
            avbryter._slipp()


def _sok(a: Arbeid, tekst: str, grense: int, avbryter: Avbryter, tell: bool) -> SokTreff:
    JP, SAK = m.Journalpost, m.Sak
    jpnr = les_journalpostnummer(tekst)
    if jpnr:
        ider = a.s.scalars(
            select(JP.id)
            .join(SAK, SAK.id == JP.sak_id)
            .where(SAK.saksaar == jpnr[0], SAK.sakssekvensnummer == jpnr[1], JP.dokumentnummer == jpnr[2])
        ).all()
        return SokTreff(tekst, journalposter=list(ider), grense=grense)
    saksnr = les_saksnummer(tekst)
    if saksnr:
        sak_ider = a.s.scalars(
            select(SAK.id).where(SAK.saksaar == saksnr[0], SAK.sakssekvensnummer == saksnr[1])
        ).all()
        jp_ider = (
            a.s.scalars(select(JP.id).where(JP.sak_id.in_(sak_ider)).order_by(JP.dokumentnummer)).all()
            if sak_ider
            else []
        )
        return SokTreff(tekst, saker=list(sak_ider), journalposter=list(jp_ider), grense=grense)
    ord_ = sokeord(tekst)
    if not ord_:
        return SokTreff(tekst, grense=grense)
    if _har_sokeindeks(a):
        return _sok_indeksert(a, tekst, ord_, grense, avbryter, tell)
    return _sok_skann(a, tekst, ord_, grense, avbryter)


def synlige_treff(a: Arbeid, ider: list[int], ord_: list[str]) -> list[int]:
    """``ider`` without the posts found only through a value the reader may not see.

    Only shielded candidates are looked at: for those whose parties or documents are hidden,
    every word must occur in the title, or in the party names where those are visible.
    """
    if not ider:
        return ider
    JP, SAK = m.Journalpost, m.Sak
    skjermede = a.s.scalars(
        select(JP)
        .join(SAK, SAK.id == JP.sak_id)
        .options(contains_eager(JP.sak), selectinload(JP.parter))
        .where(JP.id.in_(ider), or_(JP.tilgangskode.is_not(None), SAK.tilgangskode.is_not(None)))
    ).all()
    bort = set()
    for jp in skjermede:
        skjult = jp_skjult(a, jp, jp.sak)
        if not (skjult.parter or skjult.dokumenter):
            continue
        synlig = [jp.tittel] + ([] if skjult.parter else [p.navn for p in jp.parter])
        if not treffer("\n".join(synlig), ord_):
            bort.add(jp.id)
    return [i for i in ider if i not in bort]


def _har_sokeindeks(a) -> bool:
    """Whether this database has the folded search tables (SQLite with FTS5 trigram); asked once."""
    from app.store import fulltekst

    svar = _SOKEINDEKS.get(a.db)
    if svar is None:
        svar = _SOKEINDEKS[a.db] = fulltekst.har_sokeindeks(a.s.connection())
    return svar


def _side(a: Arbeid, sql: str, verdier: dict, grense: int | None) -> list[int]:
    """The newest ``grense`` (or all) distinct ids of ``sql`` (one column ``id``)."""
    grens = "" if grense is None else f" LIMIT {int(grense)}"
    q = text(f"SELECT DISTINCT id FROM ({sql}) t ORDER BY id DESC{grens}")
    return [int(r[0]) for r in a.s.execute(q, verdier)]


def _tekst_side(a: Arbeid, sql: str, verdier: dict, grense: int) -> tuple[list[int], bool]:
    """The journalposter of the newest ``grense`` text hits (the index's own order, latest indexed
    first: no sort of every hit), those that are here, highest id first."""
    q = text(f"{sql} ORDER BY rowid DESC LIMIT {int(grense)}")
    rader = [int(r[0]) for r in a.s.execute(q, verdier)]
    ider = list(dict.fromkeys(rader))
    JP = m.Journalpost
    her = set(a.s.scalars(select(JP.id).where(JP.id.in_(ider)))) if ider else set()
    return sorted(her, reverse=True), len(rader) == grense


def _sok_indeksert(
    a: Arbeid, tekst: str, ord_: list[str], grense: int, avbryter: Avbryter, tell: bool
) -> SokTreff:
    """The word search through the folded FTS5 tables: newest first, never a scan of the registry.

    Each index gives its newest ``grense`` ids (FTS5 walks its rowids backwards, so that is cheap);
    the count, which must look at every hit, is asked only when a page is full and ``tell`` holds.
    """
    from app.store.fulltekst import ord_antall, ord_ider, tekst_sporring

    saker = ord_ider(a.s, "sok_sak", ord_, grense=grense)
    antall_saker: int | None = len(saker)
    if len(saker) == grense:
        avbryter.sjekk()
        antall_saker = ord_antall(a.s, "sok_sak", ord_) if tell else None
    avbryter.sjekk()
    jp = ord_ider(a.s, "sok_jp", ord_, grense=grense)
    ft = tekst_sporring(a.s, ord_)
    fra_tekst: list[int] = []
    tekst_full = False
    if ft is not None:  # body hits count only for journalposter that are here (the scan's join)
        avbryter.sjekk()
        ft_sql = f"SELECT id FROM ({ft[0]}) f WHERE f.id IN (SELECT id FROM journalpost)"
        fra_tekst, tekst_full = _tekst_side(a, ft[0], ft[1], grense)
    alle = sorted(set(jp) | set(fra_tekst), reverse=True)
    antall_jp: int | None = len(alle)
    if len(jp) == grense or tekst_full:
        antall_jp = None
        if tell:
            avbryter.sjekk()
            med_tekst = set(ord_ider(a.s, "sok_jp", ord_, grense=None))
            avbryter.sjekk()
            if ft is not None:
                med_tekst.update(_side(a, ft_sql, ft[1], None))
            antall_jp = len(med_tekst)
    jp = alle[:grense]
    avbryter.sjekk()
    synlige = synlige_treff(a, jp, ord_)
    return SokTreff(
        tekst,
        saker=saker,
        journalposter=synlige,
        antall_saker=antall_saker,
        antall_journalposter=None if antall_jp is None else antall_jp - (len(jp) - len(synlige)),
        grense=grense,
        talt=antall_saker is not None and antall_jp is not None,
    )


def _foldet(kolonne):
    """``kolonne`` folded in SQL where no index holds the folded text (lower, then the accents)."""
    enkle = {k: v for k, v in FOLDING.items() if len(v) == 1 and k == k.lower()}
    return func.translate(func.lower(kolonne), "".join(enkle), "".join(enkle.values()))


def _vilkaar_skann(a: Arbeid, kolonne, o: str):
    """One word in a scan: a substring of the folded text, or (short words) a word start."""
    foldet = _foldet(kolonne) if a.db.er_postgres else func.sok_fold(kolonne)
    if er_kort(o) and a.db.er_postgres:
        return foldet.op("~")(r"(^|[^[:alnum:]])" + re.escape(o))
    return foldet.contains(o, autoescape=True)


def _sok_skann(a: Arbeid, tekst: str, ord_: list[str], grense: int, avbryter: Avbryter) -> SokTreff:
    """Without the search tables (PostgreSQL, an SQLite without trigrams): the same test, by scan."""
    JP, SAK, PART = m.Journalpost, m.Sak, m.Korrespondansepart
    kort_i_python = any(er_kort(o) for o in ord_) and not a.db.er_postgres
    sak_q = select(SAK.id, SAK.tittel).where(and_(*[_vilkaar_skann(a, SAK.tittel, o) for o in ord_]))
    sak_rader = a.s.execute(sak_q.order_by(SAK.id.desc())).all()
    if kort_i_python:  # SQLite has no word-start test: LIKE found a superset, Python keeps the right ones
        sak_rader = [r for r in sak_rader if treffer(r[1] or "", ord_)]
    avbryter.sjekk()
    vilkaar = []
    for o in ord_:
        part = exists().where(PART.journalpost_id == JP.id, _vilkaar_skann(a, PART.navn, o))
        vilkaar.append(or_(_vilkaar_skann(a, JP.tittel, o), part))
    jp_ider = list(a.s.scalars(select(JP.id).where(and_(*vilkaar)).order_by(JP.id.desc())))
    if kort_i_python and jp_ider:
        jp_ider = _behold_treff(a, jp_ider, ord_)
    avbryter.sjekk()
    from app.store import fulltekst

    tekst_ider = fulltekst.sok(a.s, ord_, grense=10**9)
    if tekst_ider:
        finnes = set(a.s.scalars(select(JP.id).where(JP.id.in_(tekst_ider))))
        jp_ider = sorted(set(jp_ider) | finnes, reverse=True)
    side = jp_ider[:grense]
    synlige = synlige_treff(a, side, ord_)
    return SokTreff(
        tekst,
        saker=[int(r[0]) for r in sak_rader[:grense]],
        journalposter=synlige,
        antall_saker=len(sak_rader),
        antall_journalposter=len(jp_ider) - (len(side) - len(synlige)),
        grense=grense,
    )


def _behold_treff(a: Arbeid, ider: list[int], ord_: list[str]) -> list[int]:
    """The posts whose title and party names hold every word as the index counts it."""
    JP, PART = m.Journalpost, m.Korrespondansepart
    tekster: dict[int, list[str]] = {}
    for i in range(0, len(ider), 500):
        bit = ider[i : i + 500]
        for jid, tittel in a.s.execute(select(JP.id, JP.tittel).where(JP.id.in_(bit))):
            tekster.setdefault(jid, []).insert(0, tittel or "")
        for jid, navn in a.s.execute(select(PART.journalpost_id, PART.navn).where(PART.journalpost_id.in_(bit))):
            tekster.setdefault(jid, []).append(navn or "")
    return [i for i in ider if treffer("\n".join(tekster.get(i, [])), ord_)]
