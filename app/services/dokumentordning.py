"""Arranging a journalpost's documents: order and titles of vedlegg, a link to another journalpost
(the same document, not a copy), and a copy into a journalpost of another sak (the archive's)."""

from __future__ import annotations

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import UgyldigInndata
from app.domain.regler import arkivretting as arkivregel
from app.domain.regler.inndata import rens_linje
from app.services.arbeid import Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.dokumenter import dokumentlenke, neste_rekkefolge
from app.services.tilgang import krev_skrive_jp
from app.services.visning import jp_nummer
from app.store import models as m


@skrivetjeneste
def endre_dokument(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    dokument_id: int,
    tittel: str | None = None,
    rekkefolge: list[int] | None = None,
) -> Resultat:
    """Retitle a document and/or put the journalpost's documents in the order of ``rekkefolge`` (ids)."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        ids = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        dok = dokumentlenke(a, jp, dokument_id).dokument
        if tittel is not None:
            tittel = rens_linje(tittel) or ""
            if not tittel:
                raise UgyldigInndata("Dokumentet må ha en tittel")
            if tittel.strip() != dok.tittel:
                a.logg(
                    "endret",
                    entitet="dokument",
                    entitet_id=dok.id,
                    felt="tittel",
                    fra=dok.tittel,
                    til=tittel.strip(),
                    **ids,
                )
                dok.tittel = tittel.strip()
        if rekkefolge is not None:
            lenker = {
                link.dokument_id: link
                for link in a.s.scalars(
                    select(m.JournalpostDokument).where(m.JournalpostDokument.journalpost_id == jp.id)
                )
            }
            if sorted(rekkefolge) != sorted(lenker):
                raise UgyldigInndata("Rekkefølgen må nevne hvert dokument i journalposten én gang")
            gammel = [d for d, _ in sorted(lenker.items(), key=lambda x: x[1].rekkefolge)]
            for nr, d in enumerate(rekkefolge, start=1):
                lenker[d].rekkefolge = nr
            a.logg(
                "endret",
                entitet="journalpost",
                entitet_id=jp.id,
                felt="dokumentrekkefølge",
                fra=gammel,
                til=rekkefolge,
                **ids,
            )
        jp.endret = a.naa
        return Resultat(
            f"Dokumentene på {jp_nummer(jp.sak, jp)} er oppdatert", journalpostnummer=jp_nummer(jp.sak, jp)
        )


@skrivetjeneste
def knytt_til(
    ctx: Kontekst, jpnr: str | int, *, dokument_id: int, til: str | int, tilknytning: str = "vedlegg"
) -> Resultat:
    """Link an existing document to another journalpost: one document, not a copy."""
    with arbeid(ctx) as a:
        fra = a.journalpost(jpnr)
        dok = dokumentlenke(a, fra, dokument_id).dokument
        jp = a.journalpost(til)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        if a.s.get(m.JournalpostDokument, (jp.id, dok.id)) is not None:
            raise UgyldigInndata(f"«{dok.tittel}» hører alt til {jp_nummer(jp.sak, jp)}")
        a.s.add(
            m.JournalpostDokument(
                journalpost_id=jp.id,
                dokument_id=dok.id,
                tilknytning=tilknytning,
                rekkefolge=neste_rekkefolge(a, jp),
            )
        )
        if tilknytning == "vedlegg":
            jp.antall_vedlegg += 1
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        a.logg(
            "dokument lenket",
            entitet="dokument",
            entitet_id=dok.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            fra=jp_nummer(fra.sak, fra),
            til=nr,
        )
        return Resultat(f"«{dok.tittel}» er lenket til {nr}", journalpostnummer=nr, id=dok.id)


@skrivetjeneste
def kopier_til(ctx: Kontekst, jpnr: str | int, *, dokument_id: int, til: str | int) -> Resultat:
    """Copy a document (every version) into a journalpost of another sak, as a new document there."""
    with arbeid(ctx) as a:
        fra = a.journalpost(jpnr)
        kilde = dokumentlenke(a, fra, dokument_id).dokument
        jp = a.journalpost(til)
        if jp.sak_id == fra.sak_id:
            raise UgyldigInndata("Innenfor samme sak lenkes dokumentet i stedet for å kopieres")
        arkivregel.sjekk_dokument_til_annen_sak(a.aktor)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        dok = m.Dokumentbeskrivelse(tittel=kilde.tittel, opprettet=a.naa, opprettet_av_id=a.aktor.bruker_id)
        for o in kilde.objekter:
            dok.objekter.append(
                m.Dokumentobjekt(
                    versjonsnummer=o.versjonsnummer,
                    variantformat=o.variantformat,
                    format=o.format,
                    filnavn=o.filnavn,
                    sjekksum=o.sjekksum,
                    storrelse=o.storrelse,
                    sider=o.sider,
                    kryptert=o.kryptert,
                    opprettet=a.naa,
                )
            )
        a.s.add(dok)
        a.s.flush()
        a.s.add(
            m.JournalpostDokument(
                journalpost_id=jp.id,
                dokument_id=dok.id,
                tilknytning="vedlegg",
                rekkefolge=neste_rekkefolge(a, jp),
            )
        )
        jp.antall_vedlegg += 1
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        a.logg(
            "dokument kopiert",
            entitet="dokument",
            entitet_id=dok.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            fra=f"{jp_nummer(fra.sak, fra)} dokument {kilde.id}",
            til=nr,
        )
        return Resultat(f"«{dok.tittel}» er kopiert til {nr}", journalpostnummer=nr, id=dok.id)


@skrivetjeneste
def velg_hoveddokument(ctx: Kontekst, jpnr: str | int, *, dokument_id: int) -> Resultat:
    """Make one of the journalpost's documents its hoveddokument; the old one becomes a vedlegg.

    An imported e-mail starts with the message as hoveddokument, but the letter is often the
    attached PDF: the user chooses (issue 20, item 11), until the post is locked.
    """
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        ny = dokumentlenke(a, jp, dokument_id)
        nr = jp_nummer(jp.sak, jp)
        if ny.tilknytning == "hoveddokument":
            return Resultat(f"«{ny.dokument.tittel}» er alt hoveddokument på {nr}", journalpostnummer=nr)
        lenker = list(
            a.s.scalars(
                select(m.JournalpostDokument)
                .where(m.JournalpostDokument.journalpost_id == jp.id)
                .order_by(m.JournalpostDokument.rekkefolge)
            )
        )
        gamle = [link for link in lenker if link.tilknytning == "hoveddokument"]
        for link in gamle:
            link.tilknytning = "vedlegg"
        if ny.tilknytning == "vedlegg":
            jp.antall_vedlegg += len(gamle) - 1
        else:
            jp.antall_vedlegg += len(gamle)
        ny.tilknytning = "hoveddokument"
        # The hoveddokument first, the rest in their order.
        for plass, link in enumerate([ny, *(x for x in lenker if x is not ny)], start=1):
            link.rekkefolge = plass
        a.logg(
            "endret",
            entitet="journalpost",
            entitet_id=jp.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="hoveddokument",
            fra=", ".join(link.dokument.tittel for link in gamle) or None,
            til=ny.dokument.tittel,
        )
        jp.endret = a.naa
        return Resultat(f"«{ny.dokument.tittel}» er nå hoveddokument på {nr}", journalpostnummer=nr)
