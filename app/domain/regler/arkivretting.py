"""The archive corrects (issue 20, item 5; DESIGN §2: ARK "moves, corrects and closes").

A locked journalpost (F, E, J, A) or a closed sak keeps its content, but the archive may correct
its registration (a title, a party, a date) in every status, each correction with a reason and
logged old → new; it may undo an avskrivning. A feilregistrert post is not corrected: it is gone.
Only the archive copies or moves a document into another sak (handbook 001: "skal arkivet
kontaktes og de sørger da for å flytte/kopiere dokumentet over til riktig sak").
"""

from __future__ import annotations

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.koder import Journalstatus
from app.domain.regler.tilgang import Aktor

#: A journalpost's fields the archive corrects; parties are corrected by their own fields.
RETTBARE_JP_FELT = ("tittel", "tittel2", "dokumentdato", "mottatt_dato", "forfallsdato")
RETTBARE_SAK_FELT = ("tittel", "tittel2", "saksdato")
RETTBARE_PART_FELT = ("navn", "adresse", "postnummer", "poststed", "epost", "referanse")


def sjekk_retting(aktor: Aktor, *, status: str, grunn: str | None) -> str:
    """Only the archive, never on a feilregistrert post, always with a reason; returns the reason."""
    if not aktor.er_arkiv:
        raise IngenTilgang("Bare arkivet kan rette låste journalposter og saker; bruk «Be arkivet rette»")
    if status == Journalstatus.UTGAAR:
        raise UgyldigTilstand("Journalposten er feilregistrert og rettes ikke")
    tekst = " ".join((grunn or "").split())
    if not tekst:
        raise UgyldigInndata("Skriv hvorfor det rettes; grunnen står i historikken")
    return tekst


def sjekk_angre_avskrivning(aktor: Aktor, *, status: str, grunn: str | None, har_avskrivning: bool) -> str:
    tekst = sjekk_retting(aktor, status=status, grunn=grunn)
    if status == Journalstatus.ARKIVERT:
        raise UgyldigTilstand("Journalposten er arkivert; gjenåpne saken først")
    if not har_avskrivning:
        raise UgyldigTilstand("Journalposten har ingen avskrivning å angre")
    return tekst


def sjekk_dokument_til_annen_sak(aktor: Aktor) -> None:
    """A copy or a move of a document into another sak is the archive's (issue 20, item 5)."""
    if not aktor.er_arkiv:
        raise IngenTilgang(
            "Bare arkivet kopierer eller flytter dokumenter til en annen sak; bruk «Be arkivet rette»"
        )
