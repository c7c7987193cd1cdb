"""Reading and changing the municipality's variant rules: one read path, one write path.

Every service asks :func:`les` for a typed :class:`~app.domain.innstillinger.Innstillinger`
(parsed once per unit of work, inside its transaction, so a change made on another desk counts
from the next action). :func:`vis` lists them for ``saksbord innstilling vis``, and
:func:`sett_innstilling` changes one, for the archive or systemansvarlig only, logged old → new in
the endringslogg.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.feil import IngenTilgang
from app.domain.innstillinger import Innstillinger, kanonisk
from app.domain.koder import Rolle
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.store import models as m
from app.store.db import Database

#: Roles that may change a setting.
ENDRE_ROLLER = frozenset({Rolle.ARKIV, Rolle.SYSTEMANSVARLIG})

_per_arbeid: WeakKeyDictionary[Arbeid, Innstillinger] = WeakKeyDictionary()


@dataclass(frozen=True)
class InnstillingInfo:
    """One setting as ``innstilling vis`` shows it."""

    navn: str
    verdi: str
    standard: str
    beskrivelse: str


def _les(s: Session) -> Innstillinger:
    rader = s.execute(select(m.Innstilling.navn, m.Innstilling.verdi))
    return Innstillinger.fra_tekster({navn: verdi for navn, verdi in rader})


def les(kilde: Arbeid | Kontekst | Database) -> Innstillinger:
    """The settings in force: inside a unit of work read once in its transaction, else read now."""
    if isinstance(kilde, Arbeid):
        treff = _per_arbeid.get(kilde)
        if treff is None:
            treff = _per_arbeid[kilde] = _les(kilde.s)
        return treff
    db = kilde.db if isinstance(kilde, Kontekst) else kilde
    with db.session(les=True) as s:
        return _les(s)


def vis(kilde: Kontekst | Database) -> list[InnstillingInfo]:
    """Every setting with its value, its default and what it does."""
    naa, standard = les(kilde), Innstillinger()
    return [
        InnstillingInfo(
            navn=n, verdi=naa.tekst(n), standard=standard.tekst(n), beskrivelse=Innstillinger.beskrivelse(n)
        )
        for n in Innstillinger.navn()
    ]


@skrivetjeneste
def sett_innstilling(ctx: Kontekst, navn: str, verdi: str) -> Resultat:
    """Change one setting (archive or systemansvarlig), validated, logged old → new."""
    navn = kanonisk(navn)
    with arbeid(ctx) as a:
        if not a.aktor.roller & ENDRE_ROLLER:
            raise IngenTilgang("Bare arkivet eller systemansvarlig kan endre innstillinger")
        if a.db.er_postgres and a.db.innlogget_initialer():
            # Users only read the settings table on the shared database (app/store/pg/roller.py).
            raise IngenTilgang(
                "På den delte databasen endres innstillinger over administratortilkoblingen (den som kjørte init-db)"
            )
        gammel = les(a)
        ny = gammel.med(navn, verdi)
        fra, til = gammel.tekst(navn), ny.tekst(navn)
        if fra == til:
            return Resultat(f"Innstillingen {navn} er allerede {til}")
        rad = a.s.get(m.Innstilling, navn)
        if rad is None:
            a.s.add(m.Innstilling(navn=navn, verdi=til))
        else:
            rad.verdi = til
        a.logg("innstilling endret", entitet="innstilling", entitet_id=None, felt=navn, fra=fra, til=til)
        _per_arbeid[a] = ny
        return Resultat(f"Innstillingen {navn} er endret fra {fra} til {til}")
