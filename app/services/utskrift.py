"""What a printed journalpost holds (for an innsyn request): the chosen documents and versions, and
its merknader when asked for.

Each chosen version is printed from its arkivformat when it has one (the archive's copy, what
an innsyn answer shows), otherwise from its production file, which the window converts to PDF.
Reading goes through the same access checks as the reading pane: a document shielded for the
user is refused here too. Pure reads; the window renders and prints (app/widgets/utskrift.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.feil import UgyldigInndata
from app.services.arbeid import Kontekst, arbeid
from app.services.data import MerknadInfo
from app.services.dokumenter import ARKIV, PRODUKSJON, dokumentlenke, les_innhold
from app.services.visning import jp_nummer
from app.services.visning import merknader as merknader_for


@dataclass(frozen=True)
class Utskriftsdel:
    """One document version to print."""

    dokument_id: int
    tittel: str
    versjon: int
    variant: str
    """arkivformat (a PDF/A, printed as it is) or produksjonsformat (converted first)."""
    filnavn: str
    format: str
    data: bytes


@dataclass(frozen=True)
class Utskrift:
    journalpostnummer: str
    tittel: str
    deler: list[Utskriftsdel]
    merknader: list[MerknadInfo]


def hent_utskrift(
    ctx: Kontekst, jpnr: str | int, *, valg: list[tuple[int, int]], merknader: bool = False
) -> Utskrift:
    """``valg``: (dokument id, versjon) in print order; ``merknader``: add the journalpost's merknader."""
    if not valg and not merknader:
        raise UgyldigInndata("Velg minst ett dokument eller merknadene")
    deler: list[Utskriftsdel] = []
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        nr, tittel = jp_nummer(jp.sak, jp), jp.tittel
        for dokument_id, versjon in valg:
            dok = dokumentlenke(a, jp, dokument_id).dokument
            objekter = {(o.variantformat, o.versjonsnummer): o for o in dok.objekter}
            obj = objekter.get((ARKIV, versjon)) or objekter.get((PRODUKSJON, versjon))
            if obj is None:
                raise UgyldigInndata(f"«{dok.tittel}» har ingen versjon {versjon}")
            deler.append(
                Utskriftsdel(
                    dokument_id=dok.id,
                    tittel=dok.tittel,
                    versjon=versjon,
                    variant=obj.variantformat,
                    filnavn=obj.filnavn,
                    format=obj.format,
                    data=les_innhold(a, obj),
                )
            )
        notater = merknader_for(a, journalpost_id=jp.id) if merknader else []
    return Utskrift(nr, tittel, deler, notater)
