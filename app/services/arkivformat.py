"""Arkivformat: every document of a locked journalpost gets a PDF/A-2b variant, made in the background.

A document "needs" one while a linked journalpost is in F/E/J/A and its newest version has none.
``lag_arkivformat`` is the long work (LibreOffice, Ghostscript) in the shape of the e-mail import: it
reads in one unit of work, converts outside any transaction, and stores each result, or the failure
and its reason, in its own (``lagre_arkivformat``; running it again is the retry). Closing a sak is
refused while a document lacks one (``saker.utestaende``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from app.dokumenter.feil import KonverteringFeil
from app.domain import regler
from app.domain.feil import UgyldigTilstand
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.dokumenter import (
    LAASTE,
    arkivobjekt_for,
    dokumentlenke,
    les_innhold,
    nytt_arkivobjekt,
    siste_objekt,
    trenger_arkivformat,
)
from app.services.visning import jp_nummer
from app.store import models as m


@dataclass(frozen=True)
class _Jobb:
    dokument_id: int
    versjon: int
    filnavn: str
    data: bytes
    stempel: object | None


@dataclass(frozen=True)
class Arkivrapport:
    """What ``lag_arkivformat`` did: documents converted, and those that failed with the reason."""

    laget: list[int] = field(default_factory=list)
    feilet: dict[int, str] = field(default_factory=dict)
    avbrutt: bool = False


def _stempel(a: Arbeid, jp: m.Journalpost):
    from app.dokumenter.stempel import Stempel

    sbh = a.s.get(m.Bruker, jp.saksbehandler_id) if jp.saksbehandler_id else None
    return Stempel(
        kommune=innstillinger.les(a).kommune_navn or "Journalført",
        mottatt=jp.mottatt_dato or jp.journaldato,
        saksnr=jp_nummer(jp.sak, jp),
        lopenr=f"{jp.journalsekvensnummer}/{jp.journalaar}",
        saksbehandler=sbh.initialer if sbh else "",
        arkivkode=jp.sak.klasseringer[0].ordningsverdi if jp.sak.klasseringer else "",
    )


def mangler_arkivformat(a: Arbeid, jp: m.Journalpost) -> list[m.Dokumentbeskrivelse]:
    """The journalpost's documents whose newest version has no arkivformat."""
    return [
        link.dokument
        for link in a.s.scalars(
            select(m.JournalpostDokument)
            .where(m.JournalpostDokument.journalpost_id == jp.id)
            .order_by(m.JournalpostDokument.rekkefolge)
        )
        if trenger_arkivformat(link.dokument)
    ]


def lag_arkivformat(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    tegner: Callable[[bytes, str], bytes] | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Arkivrapport:
    """Make the missing arkivformat (PDF/A-2b) of a ferdigstilt/ekspedert journalpost's documents.

    Long work (LibreOffice and Ghostscript may take seconds): it reads what is
    missing in one unit of work, converts outside any transaction, then stores
    each PDF, or the failure and its reason on the document, in a unit of work
    of its own; a failure never stops the others and is never swallowed. An
    incoming PDF gets the journal stamp on its arkivformat. ``tegner`` draws
    images and text (the window passes Qt's).
    """
    from app.dokumenter.konvertering import til_arkivformat_mange
    from app.dokumenter.stempel import stemple

    avbrutt = cancelled or (lambda: False)
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        if jp.status not in LAASTE:
            raise UgyldigTilstand(
                f"Arkivformat lages når journalposten er ferdigstilt eller ekspedert; {jp_nummer(jp.sak, jp)} "
                f"er {regler.statusnavn(jp.status).lower()}"
            )
        stempel = _stempel(a, jp) if jp.type == "I" else None
        jobber = []
        for dok in mangler_arkivformat(a, jp):
            obj = siste_objekt(dok)
            if obj is None:  # a document with no production file has nothing to convert
                continue
            data = les_innhold(a, obj)  # a replica fetches content on demand
            er_pdf = obj.format == "pdf" or data[:5] == b"%PDF-"
            jobber.append(_Jobb(dok.id, obj.versjonsnummer, obj.filnavn, data, stempel if er_pdf else None))
    rapport = Arkivrapport()
    if not jobber:
        if progress:
            progress(100)
        return rapport
    resultater = til_arkivformat_mange(
        [(j.data, j.filnavn) for j in jobber], tegner=tegner, cancelled=avbrutt
    )
    for nr, (jobb, res) in enumerate(zip(jobber, resultater, strict=True)):
        if avbrutt():
            return Arkivrapport(rapport.laget, rapport.feilet, avbrutt=True)
        pdf, feil = res.pdf, res.feil
        if pdf is not None and jobb.stempel is not None:
            try:
                pdf = stemple(pdf, jobb.stempel, navn=jobb.filnavn)
            except KonverteringFeil as e:
                pdf, feil = None, e
        grunn = _feiltekst(feil) if feil is not None else None
        lagre_arkivformat(ctx, jpnr, dokument_id=jobb.dokument_id, versjon=jobb.versjon, pdf=pdf, feil=grunn)
        if pdf is not None:
            rapport.laget.append(jobb.dokument_id)
        else:
            rapport.feilet[jobb.dokument_id] = grunn or ""
        if progress:
            progress((nr + 1) * 100 // len(jobber))
    return rapport


def _feiltekst(feil: Exception) -> str:
    detaljer = getattr(feil, "detaljer", None) or []
    return "\n".join([str(feil), *map(str, detaljer)])


@skrivetjeneste
def lagre_arkivformat(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    dokument_id: int,
    versjon: int,
    pdf: bytes | None = None,
    feil: str | None = None,
) -> Resultat:
    """Store one document's arkivformat for ``versjon``, or the reason it failed (shown with a retry)."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        dok = dokumentlenke(a, jp, dokument_id).dokument
        ids = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        siste = siste_objekt(dok)
        if siste is None or siste.versjonsnummer != versjon or arkivobjekt_for(dok, versjon) is not None:
            return Resultat("Arkivformatet var alt laget", journalpostnummer=jp_nummer(jp.sak, jp), id=dok.id)
        if pdf is None:
            dok.arkivstatus, dok.arkivfeil = "feilet", feil or "Ukjent feil"
            a.logg(
                "arkivformat feilet",
                entitet="dokument",
                entitet_id=dok.id,
                felt="arkivformat",
                til=dok.arkivfeil,
                **ids,
            )
            return Resultat(
                f"Arkivformat for «{dok.tittel}» feilet: {dok.arkivfeil}",
                journalpostnummer=jp_nummer(jp.sak, jp),
                id=dok.id,
            )
        dok.objekter.append(nytt_arkivobjekt(a, versjon, siste.filnavn, pdf))
        dok.arkivstatus = dok.arkivfeil = None
        a.logg(
            "arkivformat",
            entitet="dokument",
            entitet_id=dok.id,
            felt="arkivformat",
            til=f"versjon {versjon}",
            **ids,
        )
        return Resultat(
            f"«{dok.tittel}» har fått arkivformat", journalpostnummer=jp_nummer(jp.sak, jp), id=dok.id
        )
