"""Global search: saksnummer, journalpostnummer, words of titles, party names (and indexed text).

A hit must come from what the reader may see: a journalpost whose parties or documents are
shielded from the reader (``visning.jp_skjult``, the card's own rule) is kept only when its words
are found in what is left visible, so a shielded name or body text never betrays the post.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select

from app.domain.regler import les_journalpostnummer, les_saksnummer
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.visning import jp_skjult
from app.store import models as m

_ORD = re.compile(r"[\wæøåÆØÅ]+", re.UNICODE)
GRENSE = 1000
_SOKEINDEKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


#: How far the total is counted when a search stops at its limit ("av over 100 000 treff").
TELLEGRENSE = 100_000


@dataclass(frozen=True)
class SokTreff:
    tekst: str
    saker: list[int] = field(default_factory=list)
    journalposter: list[int] = field(default_factory=list)
    #: All that matched, when the lists above stopped at the limit (None: the lists are all).
    saker_totalt: int | None = None
    journalposter_totalt: int | None = None


def sok(ctx: Kontekst, tekst: str, *, grense: int | None = None) -> SokTreff:
    """Find saker and journalposter; numbers match exactly, words must all occur (title or party).

    At most ``grense`` (default :data:`GRENSE`) of each; when a list stops there, the totals say how
    many matched (counted up to :data:`TELLEGRENSE`), so the window can say it shows the first ones.
    """
    grense = grense or GRENSE
    treff = _sok(ctx, tekst, grense=grense)
    if len(treff.saker) < grense and len(treff.journalposter) < grense:
        return treff
    alle = _sok(ctx, tekst, grense=max(TELLEGRENSE, grense + 1))
    return SokTreff(
        treff.tekst,
        saker=treff.saker,
        journalposter=treff.journalposter,
        saker_totalt=len(alle.saker) if len(treff.saker) >= grense else None,
        journalposter_totalt=len(alle.journalposter) if len(treff.journalposter) >= grense else None,
    )


def _sok(ctx: Kontekst, tekst: str, *, grense: int) -> SokTreff:
    tekst = (tekst or "").strip()
    if not tekst:
        return SokTreff(tekst)
    JP, SAK = m.Journalpost, m.Sak
    with arbeid(ctx, skriv=False) as a:
        jpnr = les_journalpostnummer(tekst)
        if jpnr:
            ider = a.s.scalars(
                select(JP.id)
                .join(SAK, SAK.id == JP.sak_id)
                .where(SAK.saksaar == jpnr[0], SAK.sakssekvensnummer == jpnr[1], JP.dokumentnummer == jpnr[2])
            ).all()
            return SokTreff(tekst, journalposter=list(ider))
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
            return SokTreff(tekst, saker=list(sak_ider), journalposter=list(jp_ider))
        ord_ = [o.lower() for o in _ORD.findall(tekst)][:6]
        if not ord_:
            return SokTreff(tekst)
        fulltekst = _fulltekst_ider(a, ord_)
        if _har_sokeindeks(a):
            sak_ider, jp_ider = _sok_indeksert(a, ord_, fulltekst, grense)
            if sak_ider is not None and jp_ider is not None:
                return SokTreff(tekst, saker=sak_ider, journalposter=synlige_treff(a, jp_ider, ord_))
        sak_ider = a.s.scalars(
            select(SAK.id)
            .where(and_(*[func.lower(SAK.tittel).contains(o) for o in ord_]))
            .order_by(SAK.id.desc())
            .limit(grense)
        ).all()
        vilkaar = []
        for o in ord_:
            part = exists().where(
                m.Korrespondansepart.journalpost_id == JP.id,
                func.lower(m.Korrespondansepart.navn).contains(o),
            )
            vilkaar.append(or_(func.lower(JP.tittel).contains(o), part))
        jp_q = select(JP.id).where(and_(*vilkaar))
        if fulltekst:
            jp_q = select(JP.id).where(or_(and_(*vilkaar), JP.id.in_(fulltekst)))
        jp_ider = a.s.scalars(jp_q.order_by(JP.id.desc()).limit(grense)).all()
        return SokTreff(tekst, saker=list(sak_ider), journalposter=synlige_treff(a, list(jp_ider), ord_))


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
        .where(JP.id.in_(ider), or_(JP.tilgangskode.is_not(None), SAK.tilgangskode.is_not(None)))
    ).all()
    bort = set()
    for jp in skjermede:
        skjult = jp_skjult(a, jp, jp.sak)
        if not (skjult.parter or skjult.dokumenter or skjult.tittelord):
            continue
        synlig = [skjult.tittel(jp.tittel)] + ([] if skjult.parter else [p.navn for p in jp.parter])
        tekst = "\n".join(synlig).lower()
        if not all(o in tekst for o in ord_):
            bort.add(jp.id)
    return [i for i in ider if i not in bort]


def _har_sokeindeks(a) -> bool:
    """Whether this database has the trigram search tables (SQLite with FTS5 trigram); asked once."""
    from app.store import fulltekst

    svar = _SOKEINDEKS.get(a.db)
    if svar is None:
        svar = _SOKEINDEKS[a.db] = fulltekst.har_sokeindeks(a.s.connection())
    return svar


def _sok_indeksert(a, ord_: list[str], fulltekst: list[int], grense: int):
    """The word search through the trigram tables: the same hits as the LIKE scan, newest first.

    Returns (None, None) when the index cannot answer (every word shorter than three letters).
    """
    from app.store.fulltekst import sok_ord

    sak_ider = sok_ord(a.s, "sok_sak", ord_, grense=grense)
    jp_ord = sok_ord(a.s, "sok_jp", ord_, grense=grense)
    if sak_ider is None or jp_ord is None:
        return None, None
    kandidater = set(jp_ord) | set(fulltekst)
    if fulltekst:  # keep only journalposter that exist, as the join in the scan does
        JP = m.Journalpost
        kandidater = set(a.s.scalars(select(JP.id).where(JP.id.in_(kandidater))))
    return sak_ider, sorted(kandidater, reverse=True)[:grense]


def _fulltekst_ider(a, ord_: list[str]) -> list[int]:
    """Journalposter whose indexed mail and attachment text holds every word (when an index exists)."""
    from app.store import fulltekst

    return fulltekst.sok(a.s, ord_, grense=GRENSE)
