"""Offentlig journal (postliste): the journalført posts of a period, with shielded fields replaced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, select

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.domain.koder import Rolle
from app.domain.koder import OFFENTLIG_JOURNAL_UTELAT
from app.domain.regler.publisering import IKKE_VURDERT, PUBLISERBARE_STATUSER, sjekk_offentlig_journal_valg
from app.domain.regler.tittel import tittel_for_leser
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import SKJERMET, Resultat
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


def _ikke_vurdert(kolonne):
    return kolonne.is_(None) | kolonne.not_in(sorted(IKKE_VURDERT))


def er_offentlig():
    """The one rule for what is public, as SQL over Journalpost joined with its Sak: J and A posts
    (app/domain/regler/publisering.py), never M or XX on the post or its sak, and never a post whose
    code (its own, else its sak's: ``jp_skjerming``) the archive keeps off the journal (003: U).
    Every public list uses it: the postliste, eInnsyn (through :func:`offentlige`) and
    offentligJournal.xml (app/services/eksport/journaler.py)."""
    JP, SAK, TK = m.Journalpost, m.Sak, m.Tilgangskode
    kode = case((JP.tilgangskode.is_not(None), JP.tilgangskode), (JP.type != "S", SAK.tilgangskode), else_=None)
    utelatt = select(TK.kode).where(TK.offentlig_journal == OFFENTLIG_JOURNAL_UTELAT)
    return and_(
        JP.status.in_(sorted(PUBLISERBARE_STATUSER)),
        _ikke_vurdert(JP.tilgangskode),
        _ikke_vurdert(SAK.tilgangskode),
        kode.is_(None) | kode.not_in(utelatt),
    )


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
        tittel=tittel_for_leser(jp.tittel, jp.skjermede_ord),  # the public never sees the shielded words
        sakstittel=tittel_for_leser(sak.tittel, sak.skjermede_ord),
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


@skrivetjeneste
def sett_offentlig_journal(ctx: Kontekst, kode: str, verdi: str) -> Resultat:
    """Set a tilgangskode's place on the offentlig journal: "erstatt" (listed, masked) or "utelat" (left off)."""
    verdi = sjekk_offentlig_journal_valg(verdi)
    with arbeid(ctx) as a:
        if not a.aktor.roller & {Rolle.ARKIV, Rolle.SYSTEMANSVARLIG}:
            raise IngenTilgang("Bare arkivet eller systemansvarlig kan endre tilgangskodene")
        rad = a.s.get(m.Tilgangskode, (kode or "").strip().upper())
        if rad is None:
            raise UgyldigInndata(f"Ukjent tilgangskode «{kode}»")
        fra, rad.offentlig_journal = rad.offentlig_journal, verdi
        a.logg(
            "tilgangskode endret",
            entitet="kode_tilgang",
            entitet_id=None,
            felt=f"{rad.kode}.offentlig_journal",
            fra=fra,
            til=verdi,
        )
        hva = "utelates fra" if verdi == "utelat" else "vises med skjermede felt erstattet på"
        return Resultat(f"Journalposter med tilgangskode {rad.kode} {hva} offentlig journal")
