"""Offentlig journal (postliste): the journalført posts of a period, with shielded fields replaced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select

from app.domain.feil import UgyldigInndata
from app.domain.regler.offentlighet import offentlig_tittel
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.data import SKJERMET
from app.services.visning import avsender_mottaker, jp_nummer, jp_skjerming, sak_nummer
from app.store import models as m


@dataclass(frozen=True)
class PostlisteRad:
    journalpostnummer: str
    journaldato: date
    dokumentdato: date | None
    type: str
    tittel: str
    saksnummer: str
    sakstittel: str
    avsender_mottaker: str | None
    skjerming: str | None  # the hjemmel, shown where something is withheld


#: Codes that mean "publicity not yet assessed": such a post (or a post in such a sak) is never listed.
IKKE_VURDERT = ("XX", "M")


def _ikke_vurdert(kolonne):
    return kolonne.is_(None) | kolonne.not_in(IKKE_VURDERT)


def er_offentlig():
    """The one rule for what is public, as SQL over Journalpost joined with its Sak: J and A posts,
    never M or XX on the post or its sak. Every public list uses it: the postliste, eInnsyn
    (through :func:`offentlige`) and offentligJournal.xml (app/services/eksport/journaler.py)."""
    JP, SAK = m.Journalpost, m.Sak
    return and_(JP.status.in_(("J", "A")), _ikke_vurdert(JP.tilgangskode), _ikke_vurdert(SAK.tilgangskode))


def offentlige(a: Arbeid, *, fra: date, til: date) -> list[m.Journalpost]:
    """The public posts journaled in [fra, til] (:func:`er_offentlig`).

    The offentlig journal lists them and eInnsyn publishes them (app/services/einnsyn.py).
    """
    JP, SAK = m.Journalpost, m.Sak
    return list(
        a.s.scalars(
            select(JP)
            .join(SAK, SAK.id == JP.sak_id)
            .where(er_offentlig(), JP.journaldato.between(fra, til))
            .order_by(JP.journaldato, JP.journalaar, JP.journalsekvensnummer)
        ).all()
    )


@dataclass(frozen=True)
class OffentligVisning:
    """What the public may read of one journalpost: the one place that masks (the postliste, the
    PDF and offentligJournal.xml all take their fields from :func:`offentlig_visning`)."""

    tittel: str
    sakstittel: str
    parter_skjult: bool
    """Level 3 (on the post, or inherited from its sak): avsender/mottaker names are withheld."""
    hjemmel: str | None
    tilgangskode: str | None


def offentlig_visning(jp: m.Journalpost, sak: m.Sak) -> OffentligVisning:
    """The public's view: title line 1 with the shielded words masked (title line 2 is never public
    in a list), the sak's line 1 likewise, parties withheld at level 3. The public holds no code,
    so every skjerming applies."""
    skj = jp_skjerming(jp, sak)
    nivaa = (skj.nivaa or 1) if skj else 0
    return OffentligVisning(
        tittel=offentlig_tittel(jp.tittel),
        sakstittel=offentlig_tittel(sak.tittel),
        parter_skjult=nivaa >= 3,
        hjemmel=skj.hjemmel if skj else None,
        tilgangskode=skj.tilgangskode if skj else None,
    )


def postliste(ctx: Kontekst, *, fra: date, til: date) -> list[PostlisteRad]:
    """Every J (and A) journalpost journaled in [fra, til]; never M or XX, shielded fields replaced by level.

    The public sees no code, so every shielding applies: level 2 removes title line 2 (never shown
    here anyway), level 3 also the avsender/mottaker; a sak shielded at level 2+ shows no line 2.
    """
    if til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    with arbeid(ctx, skriv=False) as a:
        jps = offentlige(a, fra=fra, til=til)
        ut = []
        for jp in jps:
            sak = jp.sak
            v = offentlig_visning(jp, sak)
            ut.append(
                PostlisteRad(
                    journalpostnummer=jp_nummer(sak, jp),
                    journaldato=jp.journaldato,
                    dokumentdato=jp.dokumentdato,
                    type=jp.type,
                    tittel=v.tittel,
                    saksnummer=sak_nummer(sak),
                    sakstittel=v.sakstittel,
                    avsender_mottaker=SKJERMET if v.parter_skjult else avsender_mottaker(jp),
                    skjerming=v.hjemmel,
                )
            )
        return ut
