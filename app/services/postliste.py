"""Offentlig journal (postliste): the journalført posts of a period, with shielded fields replaced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.domain.koder import Rolle
from app.domain.regler.publisering import paa_offentlig_journal, sjekk_offentlig_journal_valg
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


#: Codes that mean "publicity not yet assessed": such a post (or a post in such a sak) is never listed.
IKKE_VURDERT = ("XX", "M")


def _ikke_vurdert(kolonne):
    return kolonne.is_(None) | kolonne.not_in(IKKE_VURDERT)


def offentlige(a: Arbeid, *, fra: date, til: date) -> list[m.Journalpost]:
    """The one rule for what is public: J and A posts journaled in [fra, til], never M or XX.

    The offentlig journal lists them and eInnsyn publishes them (app/services/einnsyn.py).
    """
    JP, SAK = m.Journalpost, m.Sak
    return list(
        a.s.scalars(
            select(JP)
            .join(SAK, SAK.id == JP.sak_id)
            .where(JP.status.in_(("J", "A")), JP.journaldato.between(fra, til))
            .where(_ikke_vurdert(JP.tilgangskode), _ikke_vurdert(SAK.tilgangskode))
            .order_by(JP.journaldato, JP.journalaar, JP.journalsekvensnummer)
        ).all()
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
        behandling = {
            k: v for k, v in a.s.execute(select(m.Tilgangskode.kode, m.Tilgangskode.offentlig_journal))
        }
        ut = []
        for jp in jps:
            sak = jp.sak
            skj = jp_skjerming(jp, sak)
            kode = skj.tilgangskode if skj else None
            if not paa_offentlig_journal(jp.status, kode, behandling.get(kode) if kode else None):
                continue
            nivaa = (skj.nivaa or 1) if skj else 0
            ut.append(
                PostlisteRad(
                    journalpostnummer=jp_nummer(sak, jp),
                    journaldato=jp.journaldato,
                    dokumentdato=jp.dokumentdato,
                    type=jp.type,
                    tittel=tittel_for_leser(jp.tittel, jp.skjermede_ord),  # the public never sees them
                    saksnummer=sak_nummer(sak),
                    sakstittel=tittel_for_leser(sak.tittel, sak.skjermede_ord),
                    avsender_mottaker=SKJERMET if nivaa >= 3 else avsender_mottaker(jp),
                    skjerming=skj.hjemmel if skj else None,
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
