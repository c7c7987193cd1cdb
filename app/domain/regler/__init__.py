"""The registry's rules as pure functions, one module per noun.

Services call these with plain values and raise what they raise; keeping them here, free of the
database, lets the tests walk every transition in a table. ``from app.domain import regler`` and
``regler.sjekk_…`` keep working: this module re-exports every rule.
"""

from app.domain.koder import EGNE_TYPER, LAASTE_JP_STATUSER, REDIGERBARE_JP_STATUSER, RESTANSE_TYPER
from app.domain.regler.avskrivning import har_restanse_type, sjekk_avskrivning
from app.domain.regler.journalpost import (
    sjekk_ekspeder,
    sjekk_feilregistrer,
    sjekk_ferdigstill,
    sjekk_journalfor,
    sjekk_kan_endre,
    startstatus,
    statusnavn,
)
from app.domain.regler.nummer import journalpostnummer, les_journalpostnummer, les_saksnummer, saksnummer
from app.domain.regler.oppgave import sjekk_til_godkjenning
from app.domain.regler.sak import sjekk_sak_aapen, sjekk_saksstatus
from app.domain.regler.tilgang import Aktor, autorisert, krev_hjemmel
from app.domain.regler.tittel import tittel_advarsler

__all__ = [
    "EGNE_TYPER",
    "LAASTE_JP_STATUSER",
    "REDIGERBARE_JP_STATUSER",
    "RESTANSE_TYPER",
    "Aktor",
    "autorisert",
    "har_restanse_type",
    "journalpostnummer",
    "krev_hjemmel",
    "les_journalpostnummer",
    "les_saksnummer",
    "saksnummer",
    "sjekk_avskrivning",
    "sjekk_ekspeder",
    "sjekk_feilregistrer",
    "sjekk_ferdigstill",
    "sjekk_journalfor",
    "sjekk_kan_endre",
    "sjekk_sak_aapen",
    "sjekk_saksstatus",
    "sjekk_til_godkjenning",
    "startstatus",
    "statusnavn",
    "tittel_advarsler",
]
