"""The registry's rules as pure functions, one module per noun.

Services call these with plain values and raise what they raise; keeping them here, free of the
database, lets the tests walk every transition in a table. ``from app.domain import regler`` and
``regler.sjekk_…`` keep working: this module re-exports every rule.
"""

from app.domain.koder import EGNE_TYPER, LAASTE_JP_STATUSER, REDIGERBARE_JP_STATUSER, RESTANSE_TYPER
from app.domain.regler.avskrivning import (
    er_avskrevet,
    har_restanse_type,
    sjekk_avskrivning,
    utestaaende_mottakere,
)
from app.domain.regler.journalpost import (
    krever_godkjenning_ved_start,
    sjekk_ekspeder,
    sjekk_feilregistrer,
    sjekk_ferdigstill,
    sjekk_journalfor,
    sjekk_kan_endre,
    startstatus,
    status_etter_typeendring,
    statusnavn,
)
from app.domain.regler.nummer import journalpostnummer, les_journalpostnummer, les_saksnummer, saksnummer
from app.domain.regler.oppgave import sjekk_til_godkjenning
from app.domain.regler.parter import sjekk_notat_ekspedering, sjekk_notatmottakere
from app.domain.regler.sak import (
    KLASSE_TIL_ARKIVET,
    ORDNINGSPRINSIPPER,
    har_skrivetilgang_sak,
    kan_gi_skrivetilgang,
    sjekk_fjern_klassering,
    sjekk_primaer_ordningsverdi,
    sjekk_sak_aapen,
    sjekk_saksstatus,
    sjekk_skrivetilgang_sak,
)
from app.domain.regler.tilgang import Aktor, autorisert, krev_hjemmel
from app.domain.regler.tittel import (
    les_skjermede_ord,
    masker_ord,
    sjekk_skjermede_ord,
    tittel_advarsler,
    tittel_for_leser,
)

__all__ = [
    "ORDNINGSPRINSIPPER",
    "KLASSE_TIL_ARKIVET",
    "sjekk_fjern_klassering",
    "sjekk_primaer_ordningsverdi",
    "EGNE_TYPER",
    "LAASTE_JP_STATUSER",
    "REDIGERBARE_JP_STATUSER",
    "RESTANSE_TYPER",
    "Aktor",
    "autorisert",
    "er_avskrevet",
    "har_restanse_type",
    "har_skrivetilgang_sak",
    "journalpostnummer",
    "kan_gi_skrivetilgang",
    "krev_hjemmel",
    "krever_godkjenning_ved_start",
    "les_journalpostnummer",
    "les_saksnummer",
    "les_skjermede_ord",
    "masker_ord",
    "saksnummer",
    "sjekk_avskrivning",
    "sjekk_ekspeder",
    "sjekk_feilregistrer",
    "sjekk_ferdigstill",
    "sjekk_journalfor",
    "sjekk_notat_ekspedering",
    "sjekk_notatmottakere",
    "sjekk_kan_endre",
    "sjekk_sak_aapen",
    "sjekk_saksstatus",
    "sjekk_skjermede_ord",
    "tittel_for_leser",
    "sjekk_skrivetilgang_sak",
    "sjekk_til_godkjenning",
    "startstatus",
    "status_etter_typeendring",
    "statusnavn",
    "tittel_advarsler",
    "utestaaende_mottakere",
]
