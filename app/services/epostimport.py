"""Import e-mail files into a sak: each message one journalpost, whole or not at all.

The case handler drops a batch of .msg/.eml files on a sak (DESIGN §4). Every
file is read, checked against what the sak already holds, and registered
with its parties, dates, the message itself (produksjonsformat) with a PDF
rendering (arkivformat), its attachments as vedlegg and its text in the
full-text index, in one transaction per message. A file that cannot be read
or registered is refused with a Norwegian message; the rest of the batch goes
on.

This is plain work without Qt, run by the CLI, a bench or a worker thread of
the window: rendering PDFs and extracting PDF text are injected callables
(``app.widgets.arkivpdf``), so the module itself never imports Qt. Reading the
file formats is ``app.epost``; this module is what the registry makes of a message.

Decisions worth knowing:

- A message from the Sent Items folder, or sent from the user's own address
  (or from the address of the desk being acted on), becomes U, status R; it
  lands in Dokumenter i arbeid until it is ekspedert. Everything else is I.
- Images shown inside the body (inline images, signature logos) are not
  vedlegg: they are in the message file and drawn in its PDF.
- Attached messages are vedlegg of their own (with a PDF rendering), and
  their attachments follow them, titled with the message they came from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal, overload

from sqlalchemy import or_, select

from app.domain import regler
from app.domain.feil import SaksbordFeil
from app.epost import Adresse, Epost, EpostFeil, Vedlegg, les_epost, les_epost_bytes
from app.services import innstillinger
from app.services.arbeid import Kontekst, arbeid
from app.services.journalposter import (
    FilInn,
    NyJournalpost,
    PartInn,
    registrer_journalpost_med_tekst,
)
from app.services.visning import jp_nummer, kan_se_jp, sak_nummer
from app.store import models as m

log = logging.getLogger(__name__)

Status = Literal["importert", "avvist", "duplikat"]
Duplikatvalg = Literal["spor", "hopp", "importer"]

UTEN_EMNE = "(uten emne)"
UKJENT_AVSENDER = "Ukjent avsender"
_OUTLOOK = "application/vnd.ms-outlook"


@dataclass(frozen=True)
class FilResultat:
    """What became of one file."""

    fil: str
    status: Status
    melding: str
    journalpostnummer: str | None = None
    """The new journalpost (importert) or the one already registered (duplikat)."""
    vedlegg: int = 0
    type: str | None = None
    journalstatus: str | None = None
    emne: str | None = None
    advarsler: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportRapport:
    """The outcome of a batch, one result per file handled, in the order given."""

    saksnummer: str
    resultater: tuple[FilResultat, ...]
    avbrutt: bool = False
    ikke_behandlet: tuple[str, ...] = ()
    """Files not reached because the user cancelled."""

    def med(self, status: Status) -> list[FilResultat]:
        return [r for r in self.resultater if r.status == status]

    @property
    def importerte(self) -> list[FilResultat]:
        return self.med("importert")

    @property
    def avviste(self) -> list[FilResultat]:
        return self.med("avvist")

    @property
    def duplikater(self) -> list[FilResultat]:
        return self.med("duplikat")

    @property
    def sendte_i_arbeid(self) -> list[FilResultat]:
        """Imported sent mail still in status R: the user may mark it ekspedert at once (DESIGN §7)."""
        return [r for r in self.importerte if r.type == "U" and r.journalstatus == "R"]


@dataclass(frozen=True)
class _Oppsett:
    sak_id: int
    saksnummer: str
    egne_adresser: frozenset[str]
    maks_vedlegg_bytes: int


def finn_duplikat(
    ctx: Kontekst, sak: str | int, *, message_id: str | None, sjekksum: str | None
) -> str | None:
    """The journalpostnummer of the same message already registered: in the sak first, else in any
    sak the user can see (issue 20: a second user, or another sak, must not register it unnoticed)."""
    if not message_id and not sjekksum:
        return None
    with arbeid(ctx, skriv=False) as a:
        s = a.sak(sak)
        vilkaar = []
        if message_id:
            vilkaar.append(m.Journalpost.message_id == message_id)
        if sjekksum:
            vilkaar.append(m.Journalpost.kilde_sjekksum == sjekksum)
        treff = a.s.scalars(
            select(m.Journalpost)
            .where(m.Journalpost.status != "U", or_(*vilkaar))
            .order_by((m.Journalpost.sak_id != s.id), m.Journalpost.id)
            .limit(50)
        ).all()
        jp = next((j for j in treff if j.sak_id == s.id or kan_se_jp(a, j, j.sak)), None)
        return jp_nummer(jp.sak, jp) if jp else None


def importer_filer(
    ctx: Kontekst,
    sak: str | int,
    paths: Iterable[str | Path],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    duplikat: Duplikatvalg = "spor",
    render_pdf: Callable[[Epost], bytes] | None = None,
    pdf_tekst: Callable[[bytes], str] | None = None,
) -> ImportRapport:
    """Register every file as a journalpost in ``sak``; one transaction per file.

    ``progress(prosent)`` is called after each file; ``cancelled()`` is asked
    before each file, so a cancel never leaves half a journalpost. A message
    already in the sak (same Message-ID or the same file bytes) is reported
    as ``duplikat`` (``"spor"``: the caller asks the user), refused
    (``"hopp"``) or registered again with a warning (``"importer"``).

    Raises ``SaksbordFeil`` only when nothing can be imported at all: an
    unknown user or sak, or a closed sak.
    """
    filer = [Path(p) for p in paths]
    oppsett = _forbered(ctx, sak)
    resultater: list[FilResultat] = []
    # The next file is read while this one is rendered and written: parsing is Python work,
    # rendering and SQLite let go of the GIL, so the two overlap (about a fifth faster).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="epost-leser") as leser:
        neste = leser.submit(_les, oppsett, filer[0]) if filer else None
        for nr, sti in enumerate(filer):
            if cancelled is not None and cancelled():
                return ImportRapport(
                    oppsett.saksnummer,
                    tuple(resultater),
                    avbrutt=True,
                    ikke_behandlet=tuple(str(p) for p in filer[nr:]),
                )
            assert neste is not None  # file nr was submitted before its turn
            lest = neste.result()
            neste = leser.submit(_les, oppsett, filer[nr + 1]) if nr + 1 < len(filer) else None
            if isinstance(lest, FilResultat):
                resultater.append(lest)
            else:
                resultater.append(_importer_en(ctx, oppsett, sti, *lest, duplikat, render_pdf, pdf_tekst))
            if progress is not None:
                progress((nr + 1) * 100 // len(filer))
    return ImportRapport(oppsett.saksnummer, tuple(resultater))


def _forbered(ctx: Kontekst, sak: str | int) -> _Oppsett:
    """Resolve the sak and the user's own addresses once for the batch."""
    with arbeid(ctx, skriv=False) as a:
        s = a.sak(sak)
        regler.sjekk_sak_aapen(s.status)
        egne = {
            b.epost.strip().casefold()
            for b in (a.s.get(m.Bruker, a.aktor.bruker_id), a.s.get(m.Bruker, a.aktor.skrivebord_id))
            if b is not None and b.epost
        }
        maks_mb = innstillinger.les(a).maks_vedlegg_mb
        return _Oppsett(s.id, sak_nummer(s), frozenset(egne), maks_mb * 1024 * 1024)


def _les(oppsett: _Oppsett, sti: Path) -> tuple[Epost, bytes] | FilResultat:
    """The message and the file's bytes, or the reason it cannot be read (no database, no Qt)."""
    try:
        epost = les_epost(
            sti, egne_adresser=oppsett.egne_adresser, maks_vedlegg_bytes=oppsett.maks_vedlegg_bytes
        )
        return epost, sti.read_bytes()
    except EpostFeil as e:
        return FilResultat(str(sti), "avvist", str(e))
    except OSError as e:
        return FilResultat(str(sti), "avvist", f"Filen kan ikke leses: {e.strerror or e}")
    except Exception as e:  # a bug must not stop the rest of the batch; the log keeps the traceback
        log.exception("Lesing av %s feilet", sti)
        return FilResultat(str(sti), "avvist", f"Uventet feil under lesingen: {e}")


def _importer_en(
    ctx: Kontekst,
    oppsett: _Oppsett,
    sti: Path,
    epost: Epost,
    data: bytes,
    duplikat: Duplikatvalg,
    render_pdf: Callable[[Epost], bytes] | None,
    pdf_tekst: Callable[[bytes], str] | None,
) -> FilResultat:
    fil = str(sti)
    emne = epost.emne.strip() or UTEN_EMNE
    try:
        finnes = finn_duplikat(
            ctx, oppsett.sak_id, message_id=_kort(epost.message_id, 500), sjekksum=epost.sha256
        )
        advarsler: list[str] = []
        if finnes:
            i_saken = finnes.startswith(f"{oppsett.saksnummer}-")
            melding = (
                f"Meldingen er allerede registrert {'i saken' if i_saken else 'i en annen sak'} som {finnes}"
            )
            if duplikat == "spor":
                return FilResultat(fil, "duplikat", melding, journalpostnummer=finnes, emne=emne)
            if duplikat == "hopp":
                return FilResultat(fil, "avvist", melding, emne=emne)
            advarsler.append(f"{melding}; registrert på nytt likevel")
        ny, tekst = _ny_journalpost(oppsett, epost, data, emne, advarsler, render_pdf, pdf_tekst)
        res = registrer_journalpost_med_tekst(ctx, ny, tekst=tekst)
    except SaksbordFeil as e:
        return FilResultat(fil, "avvist", str(e), emne=emne)
    except Exception as e:  # a bug must not stop the rest of the batch; the log keeps the traceback
        log.exception("Import av %s feilet", fil)
        return FilResultat(fil, "avvist", f"Uventet feil under importen: {e}", emne=emne)
    return FilResultat(
        fil,
        "importert",
        res.melding,
        journalpostnummer=res.journalpostnummer,
        vedlegg=sum(f.tilknytning == "vedlegg" for f in ny.filer),
        type=ny.type,
        journalstatus=res.status,
        emne=emne,
        advarsler=tuple(dict.fromkeys([*ny.advarsler, *res.advarsler])),
    )


def _ny_journalpost(
    oppsett: _Oppsett,
    epost: Epost,
    data: bytes,
    emne: str,
    advarsler: list[str],
    render_pdf: Callable[[Epost], bytes] | None,
    pdf_tekst: Callable[[bytes], str] | None,
) -> tuple[NyJournalpost, str]:
    """The registration of one message, and the text to index for it."""
    jp_type = "U" if epost.sendt_element else "I"
    advarsler = [*epost.advarsler, *advarsler]
    avsendere = _parter((epost.avsender,) if epost.avsender else ())
    if not avsendere and jp_type == "I":
        avsendere = [PartInn(UKJENT_AVSENDER)]
        advarsler.append("Meldingen har ingen avsender; fyll inn avsender i registreringen")
    opprinnelig = epost.opprinnelig_avsender
    foreslatt = None
    if jp_type == "I" and epost.videresendt and opprinnelig and opprinnelig != epost.avsender:
        advarsler.append(f"Videresendt: opprinnelig avsender ser ut til å være {opprinnelig}")
        foreslatt = (_parter((opprinnelig,)) or [None])[0]

    tekstdeler = [emne, epost.tekst]
    filer = [
        FilInn(
            filnavn=_filnavn(epost),
            data=data,
            tittel=_kort(emne, 500),
            tilknytning="hoveddokument",
            arkivformat=_pdf(render_pdf, epost, advarsler),
        )
    ]
    for v in epost.vedlegg:
        if v.innebygd:
            continue
        arkivformat = None
        if v.mimetype == _OUTLOOK:
            arkivformat = _indre_melding(v, render_pdf, tekstdeler)
        elif pdf_tekst is not None and (v.sider is not None or v.mimetype == "application/pdf"):
            tekstdeler.append(_trygt(pdf_tekst, v.data, v.filnavn))
        tittel = f"{v.filnavn} (fra «{v.fra_melding}»)" if v.fra_melding else v.filnavn
        tekstdeler.append(v.filnavn)
        filer.append(
            FilInn(
                filnavn=v.filnavn,
                data=v.data,
                tittel=_kort(tittel, 500),
                tilknytning="vedlegg",
                sider=v.sider,
                kryptert=v.kryptert,
                arkivformat=arkivformat,
            )
        )

    sendt, mottatt = _dato(epost.sendt), _dato(epost.mottatt)
    ny = NyJournalpost(
        sak=oppsett.sak_id,
        type=jp_type,
        tittel=_kort(emne, 500),
        avsendere=avsendere,
        mottakere=_parter(epost.mottakere),
        kopimottakere=_parter(epost.kopi),
        dokumentdato=sendt or mottatt,
        mottatt_dato=(mottatt or sendt) if jp_type == "I" else None,
        filer=filer,
        message_id=_kort(epost.message_id, 500),
        kilde_sjekksum=epost.sha256,
        advarsler=list(dict.fromkeys(advarsler)),
        foreslatt_avsender=foreslatt,
    )
    return ny, "\n".join(t for t in tekstdeler if t and t.strip())


def _parter(adresser: Iterable[Adresse]) -> list[PartInn]:
    parter = []
    for a in adresser:
        epost = a.epost if a.epost and len(a.epost) <= 200 else None
        navn = _kort(a.navn or a.epost, 300)
        if navn:
            parter.append(PartInn(navn=navn, epost=epost))
    return parter


def _filnavn(epost: Epost) -> str:
    """The message file's own name, with the extension its content has."""
    stamme = epost.kilde.stem if epost.kilde.suffix.lower() in (".msg", ".eml") else epost.kilde.name
    return f"{stamme or 'melding'}.{epost.format}"


def _pdf(render_pdf: Callable[[Epost], bytes] | None, epost: Epost, advarsler: list[str]) -> bytes | None:
    if render_pdf is None:
        return None
    try:
        return render_pdf(epost)
    except Exception:
        log.exception("PDF-versjonen av %s kunne ikke lages", epost.kilde)
        advarsler.append("PDF-versjonen (arkivformat) kunne ikke lages; lag den før saken avsluttes")
        return None


def _indre_melding(
    v: Vedlegg, render_pdf: Callable[[Epost], bytes] | None, tekstdeler: list[str]
) -> bytes | None:
    """An attached message: its text goes into the index, its PDF becomes the vedlegg's arkivformat."""
    try:
        indre = les_epost_bytes(v.data, v.filnavn)
    except EpostFeil:
        return None
    tekstdeler += [indre.emne, indre.tekst]
    return _pdf(render_pdf, indre, []) if render_pdf else None


def _trygt(pdf_tekst: Callable[[bytes], str], data: bytes, navn: str) -> str:
    try:
        return pdf_tekst(data)
    except Exception:
        log.exception("Teksten i %s kunne ikke leses", navn)
        return ""


def _dato(tid: datetime | None) -> date | None:
    """The date as the case handler saw it: in local time."""
    return tid.astimezone().date() if tid else None


@overload
def _kort(tekst: str, lengde: int) -> str: ...
@overload
def _kort(tekst: str | None, lengde: int) -> str | None: ...
def _kort(tekst: str | None, lengde: int) -> str | None:
    return tekst[:lengde].strip() if tekst else tekst
