"""Sending an ekspedering: per mottaker and channel, each step recorded before and after.

``send_ekspedering`` is long work in the shape of the e-mail import (inputs, ``progress``,
``cancelled``, no Qt): ``start_ekspedering`` writes the forsendelse rows, then each row is
claimed (*sender*), delivered outside any transaction, and recorded *sendt* with the
channel's id or *feilet* with the reason. A failure stops nothing else: the rest are tried,
the post stays "delvis sendt", and a later call sends only what is left.

``forhandsvis`` builds exactly what one mottaker gets (the e-mail with its attachments, or
the paper PDF with their address in the window), without sending or writing anything.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from app.domain.feil import SaksbordFeil, UgyldigTilstand
from app.ekspedering.epost import Adresse, SmtpOppsett, Vedlegg, lag_epost, ny_message_id, send_smtp, som_eml
from app.ekspedering.feil import KanalFeil
from app.ekspedering.papir import adresselinjer, lag_papir
from app.services import innstillinger
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.dokumenter import ARKIV, PRODUKSJON, les_innhold, siste_objekt
from app.services.ekspedering.forsendelse import (
    APNE,
    ForsendelseInfo,
    levert,
    merk_forsendelse,
    start_ekspedering,
    status,
)
from app.services.ekspedering.mottakere import mottakere
from app.services.visning import jp_nummer
from app.store import models as m

#: The keyring service name: ``keyring.set_password(SMTP_NOKKELRING, "bruker@vert", passord)``.
SMTP_NOKKELRING = "Saksbord-SMTP"
SMTP_PASSORD_MILJO = "SAKSBORD_SMTP_PASSORD"

Tegner = Callable[[bytes, str], bytes]


@dataclass(frozen=True)
class Utsendingsvalg:
    """What the user chose in the dialog for every mottaker."""

    hoveddokument_i_teksten: bool = False
    """The hoveddokument's text as the mail body instead of a PDF attachment."""
    folgetekst: str = ""
    """The covering text of the e-mail (empty: a short standard text)."""
    send_uavklarte: bool = False
    """Send again an e-mail whose earlier attempt stopped mid-send (it may have gone)."""


@dataclass(frozen=True)
class Mottakerinfo:
    part_id: int
    navn: str
    rolle: str
    epost: str | None
    adresse: str | None
    postnummer: str | None
    poststed: str | None
    digital_id: str | None = None


@dataclass(frozen=True)
class Grunnlag:
    """What every forsendelse of a post is built from (read once, in one unit of work)."""

    journalpostnummer: str
    tittel: str
    skjermet: bool
    avsender: Adresse
    underskrift: str
    dokumenter: list[tuple[bytes, str]]
    mottakere: dict[int, Mottakerinfo]


@dataclass(frozen=True)
class Forhandsvisning:
    """Exactly what one mottaker gets: the paper PDF, or the e-mail (and the PDFs it carries)."""

    kanal: str
    pdf: bytes | None = None
    epost: EmailMessage | None = None
    vedlegg: list[tuple[bytes, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Utsendt:
    mottaker: str
    kanal: str
    ok: bool
    melding: str
    ekstern_id: str | None = None
    fil: Path | None = None


@dataclass(frozen=True)
class Utsendingsrapport:
    journalpostnummer: str
    status: str
    resultater: list[Utsendt] = field(default_factory=list)
    gjenstaar: list[str] = field(default_factory=list)

    @property
    def ekspedert(self) -> bool:
        return self.status == "E"

    @property
    def eml(self) -> list[Path]:
        return [r.fil for r in self.resultater if r.ok and r.kanal == "epost" and r.fil]

    @property
    def papir(self) -> list[Path]:
        return [r.fil for r in self.resultater if r.ok and r.kanal == "papir" and r.fil]


# --- what is sent ---------------------------------------------------------------------------


def _pdf_av(a: Arbeid, dok: m.Dokumentbeskrivelse, tegner: Tegner | None) -> tuple[bytes, str]:
    """A document as PDF: its arkivformat, a PDF production file as is, else converted now."""
    arkiv = siste_objekt(dok, ARKIV)
    prod = siste_objekt(dok, PRODUKSJON)
    if arkiv is not None and (prod is None or arkiv.versjonsnummer >= prod.versjonsnummer):
        return les_innhold(a, arkiv), _pdfnavn(arkiv.filnavn)
    if prod is None:
        raise UgyldigTilstand(f"«{dok.tittel}» har ingen fil å sende")
    data = les_innhold(a, prod)
    if prod.format == "pdf" or data[:5] == b"%PDF-":
        return data, _pdfnavn(prod.filnavn)
    from app.dokumenter.konvertering import til_arkivformat

    return til_arkivformat(data, prod.filnavn, tegner=tegner), _pdfnavn(prod.filnavn)


def _pdfnavn(filnavn: str) -> str:
    return Path(filnavn).with_suffix(".pdf").name


def grunnlag(ctx: Kontekst, jpnr: str | int, *, tegner: Tegner | None = None) -> Grunnlag:
    """The documents as PDF (hoveddokument first), the mottakere and the sender, read once."""
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        lenker = sorted(
            a.s.scalars(select(m.JournalpostDokument).where(m.JournalpostDokument.journalpost_id == jp.id)),
            key=lambda lenke: (lenke.tilknytning != "hoveddokument", lenke.rekkefolge),
        )
        dokumenter = [_pdf_av(a, lenke.dokument, tegner) for lenke in lenker]
        inn = innstillinger.les(a)
        sbh = a.s.get(m.Bruker, jp.saksbehandler_id) if jp.saksbehandler_id else None
        fra = (
            inn.smtp_avsender
            or inn.kommune_epost
            or (sbh.epost if sbh and sbh.epost else "")
            or "postmottak@kommune.invalid"
        )
        underskrift = "\n".join(x for x in ((sbh.navn if sbh else ""), inn.kommune_navn) if x)
        return Grunnlag(
            journalpostnummer=jp_nummer(jp.sak, jp),
            tittel=jp.tittel,
            skjermet=jp.tilgangskode is not None or jp.sak.tilgangskode is not None,
            avsender=Adresse(inn.kommune_navn or fra, fra),
            underskrift=underskrift,
            dokumenter=dokumenter,
            mottakere={
                p.id: Mottakerinfo(
                    p.id, p.navn, p.rolle, p.epost, p.adresse, p.postnummer, p.poststed, p.digital_id
                )
                for p in mottakere(jp)
            },
        )


def _pdftekst(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n\n".join((s.extract_text() or "").strip() for s in PdfReader(io.BytesIO(pdf)).pages).strip()


def lag_melding(
    g: Grunnlag, mottaker: Mottakerinfo, valg: Utsendingsvalg, *, referanse: str | None = None
) -> tuple[EmailMessage, list[tuple[bytes, str]]]:
    """One mottaker's e-mail: the covering text (or the hoveddokument's text) and the PDFs."""
    if not mottaker.epost:
        raise KanalFeil(f"{mottaker.navn} mangler e-postadresse", permanent=True)
    dokumenter = list(g.dokumenter)
    folgetekst = valg.folgetekst.strip() or (
        f"Vedlagt følger {g.tittel} (vår referanse {g.journalpostnummer})."
        + (f"\n\nMed hilsen\n{g.underskrift}" if g.underskrift else "")
    )
    if valg.hoveddokument_i_teksten and dokumenter:
        hoved, *dokumenter = dokumenter
        tekst = (valg.folgetekst.strip() + "\n\n" if valg.folgetekst.strip() else "") + _pdftekst(hoved[0])
    else:
        tekst = folgetekst
    msg = lag_epost(
        avsender=g.avsender,
        til=[Adresse(mottaker.navn, mottaker.epost)],
        emne=f"{g.tittel} ({g.journalpostnummer})",
        tekst=tekst,
        vedlegg=[Vedlegg(navn, data) for data, navn in dokumenter],
        message_id=ny_message_id(g.avsender.epost),
        referanse=referanse,
    )
    return msg, dokumenter


def lag_papirbrev(g: Grunnlag, mottaker: Mottakerinfo) -> bytes:
    linjer = adresselinjer(mottaker.navn, mottaker.adresse, mottaker.postnummer, mottaker.poststed)
    return lag_papir(g.dokumenter, linjer, tittel=f"{g.tittel} ({g.journalpostnummer})")


def forhandsvis(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    part_id: int,
    kanal: str,
    valg: Utsendingsvalg | None = None,
    grunnlag_: Grunnlag | None = None,
    tegner: Tegner | None = None,
) -> Forhandsvisning:
    """What ``part_id`` would get over ``kanal``; nothing is written or sent."""
    g = grunnlag_ or grunnlag(ctx, jpnr, tegner=tegner)
    mottaker = g.mottakere[part_id]
    if kanal == "epost":
        msg, vedlegg = lag_melding(g, mottaker, valg or Utsendingsvalg())
        return Forhandsvisning(kanal, pdf=vedlegg[0][0] if vedlegg else None, epost=msg, vedlegg=vedlegg)
    if kanal in ("papir", "svarut"):
        return Forhandsvisning(kanal, pdf=lag_papirbrev(g, mottaker), vedlegg=list(g.dokumenter))
    return Forhandsvisning(
        kanal, pdf=g.dokumenter[0][0] if g.dokumenter else None, vedlegg=list(g.dokumenter)
    )


# --- the channels -----------------------------------------------------------------------------


def smtp_passord(bruker: str, vert: str) -> str:
    """The SMTP password: SAKSBORD_SMTP_PASSORD (scripts), else the OS keyring; never a file."""
    fra_miljo = os.environ.get(SMTP_PASSORD_MILJO)
    if fra_miljo is not None:
        return fra_miljo
    import keyring
    from keyring.errors import KeyringError

    try:
        passord = keyring.get_password(SMTP_NOKKELRING, f"{bruker}@{vert}")
    except KeyringError as e:
        raise KanalFeil(f"Nøkkelringen kan ikke leses for SMTP-passordet: {e}", permanent=True) from e
    if passord is None:
        raise KanalFeil(
            f"Fant ikke SMTP-passordet for {bruker} på {vert} i nøkkelringen; "
            "lagre det med «saksbord forsendelse passord smtp» eller sett SAKSBORD_SMTP_PASSORD",
            permanent=True,
        )
    return passord


def smtp_oppsett(ctx: Kontekst) -> SmtpOppsett | None:
    """The SMTP server from the settings, with its password; None when none is set (write .eml)."""
    inn = innstillinger.les(ctx)
    if not inn.smtp_vert:
        return None
    passord = smtp_passord(inn.smtp_bruker, inn.smtp_vert) if inn.smtp_bruker else ""
    return SmtpOppsett(
        vert=inn.smtp_vert,
        port=inn.smtp_port,
        sikkerhet=str(inn.smtp_sikkerhet),
        bruker=inn.smtp_bruker,
        passord=passord,
    )


def _filnavn(tekst: str) -> str:
    return re.sub(r"[^\w.-]+", "_", tekst, flags=re.UNICODE).strip("_") or "mottaker"


@dataclass
class Kanaloppsett:
    """Where each channel delivers. ``mappe`` holds .eml drafts and paper PDFs; ``papir_til`` the
    path of the first paper PDF (``--til FIL``); ``svarut`` the SvarUt channel, when set up."""

    mappe: Path
    smtp: SmtpOppsett | None = None
    papir_til: Path | None = None
    svarut: Callable[[Grunnlag, Mottakerinfo, ForsendelseInfo], str] | None = None
    _papir: int = 0

    def papirsti(self, g: Grunnlag, mottaker: Mottakerinfo) -> Path:
        self._papir += 1
        if self.papir_til is not None:
            if self._papir == 1:
                return self.papir_til
            return self.papir_til.with_name(
                f"{self.papir_til.stem}-{self._papir}{self.papir_til.suffix or '.pdf'}"
            )
        return self.mappe / f"{_filnavn(g.journalpostnummer)}-{_filnavn(mottaker.navn)}.pdf"


def standard_oppsett(ctx: Kontekst, mappe: Path, *, papir_til: Path | None = None) -> Kanaloppsett:
    """The channels as the settings and the keyring set them up: SMTP (or .eml), SvarUt if configured."""
    from app.services.ekspedering import svarut

    lag = svarut.klientlager(ctx)
    return Kanaloppsett(
        mappe,
        smtp=smtp_oppsett(ctx),
        papir_til=papir_til,
        svarut=svarut.lag_sender(lag) if lag is not None else None,
    )


def _lever(
    g: Grunnlag, f: ForsendelseInfo, valg: Utsendingsvalg, oppsett: Kanaloppsett
) -> tuple[str | None, Path | None, str]:
    """Deliver one forsendelse; returns (the channel's id, a file made, what happened)."""
    mottaker = g.mottakere[f.part_id]
    if f.kanal == "intern":
        return None, None, "internt: i mottakerens kurv"
    if f.kanal == "epost":
        msg, _ = lag_melding(g, mottaker, valg, referanse=f.uuid)
        if oppsett.smtp is None:
            oppsett.mappe.mkdir(parents=True, exist_ok=True)
            sti = oppsett.mappe / f"{_filnavn(g.journalpostnummer)}-{_filnavn(mottaker.navn)}.eml"
            sti.write_bytes(som_eml(msg))
            return str(msg["Message-ID"]), sti, f"e-post til {mottaker.epost} er lagt klar i e-postprogrammet"
        return send_smtp(msg, oppsett.smtp), None, f"e-post sendt til {mottaker.epost}"
    if f.kanal == "papir":
        sti = oppsett.papirsti(g, mottaker)
        sti.parent.mkdir(parents=True, exist_ok=True)
        sti.write_bytes(lag_papirbrev(g, mottaker))
        return None, sti, f"papirbrev klart til utskrift: {sti.name}"
    if f.kanal == "svarut":
        if oppsett.svarut is None:
            raise KanalFeil("SvarUt er ikke satt opp", permanent=True)
        forsendelse_id = oppsett.svarut(g, mottaker, f)
        return forsendelse_id, None, f"sendt med SvarUt ({forsendelse_id})"
    raise KanalFeil(f"Ukjent kanal «{f.kanal}»", permanent=True)


def send_ekspedering(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    oppsett: Kanaloppsett,
    valg: Utsendingsvalg | None = None,
    kanal: str | None = None,
    kanaler: dict[int, str] | None = None,
    adresser: dict[int, dict[str, str]] | None = None,
    start: bool = True,
    tegner: Tegner | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Utsendingsrapport:
    """Send the post to every mottaker not yet sent to; E when the last one has it.

    Refusals before anything is sent (a missing address, N to an external mottaker) raise as
    ``start_ekspedering`` does. A channel's failure is recorded on its forsendelse and reported;
    the others still go. ``start=False``: the window has run ``start_ekspedering`` already.
    """
    valg = valg or Utsendingsvalg()
    avbrutt = cancelled or (lambda: False)
    if start:
        start_ekspedering(ctx, jpnr, kanal=kanal, kanaler=kanaler, adresser=adresser)
    naa = status(ctx, jpnr)
    sendt = {f.part_id for f in naa.forsendelser if levert(f.status, f.ekstern_status)}
    apne = [f for f in naa.forsendelser if f.status in APNE and f.part_id not in sendt]
    resultater: list[Utsendt] = []
    g = grunnlag(ctx, jpnr, tegner=tegner) if apne else None
    for nr, f in enumerate(apne):
        if avbrutt():
            break
        assert g is not None
        if f.status == "sender" and f.kanal == "epost" and not valg.send_uavklarte:
            resultater.append(
                Utsendt(
                    f.mottaker,
                    f.kanal,
                    False,
                    "uavklart: forrige forsøk stoppet under sending; se etter e-posten i Sendte elementer, "
                    "og send på nytt bare om den ikke gikk",
                )  # fmt: skip
            )
            continue
        try:
            merk_forsendelse(ctx, f.uuid, status="sender", uavklart=f.status == "sender")
        except SaksbordFeil as e:
            resultater.append(Utsendt(f.mottaker, f.kanal, False, str(e)))
            continue
        try:
            ekstern_id, fil, tekst = _lever(g, f, valg, oppsett)
        except (KanalFeil, SaksbordFeil, OSError) as e:
            melding = str(e)
            if isinstance(e, KanalFeil) and e.sendt_kanskje:
                # It may have gone: leave the row "sender" (uavklart) rather than invite a second copy.
                resultater.append(
                    Utsendt(f.mottaker, f.kanal, False, melding + " (kan være sendt; uavklart)")
                )
            else:
                merk_forsendelse(ctx, f.uuid, status="feilet", feil=melding)
                resultater.append(Utsendt(f.mottaker, f.kanal, False, melding))
        else:
            merk_forsendelse(ctx, f.uuid, status="sendt", ekstern_id=ekstern_id)
            resultater.append(Utsendt(f.mottaker, f.kanal, True, tekst, ekstern_id, fil))
        if progress:
            progress(int(100 * (nr + 1) / len(apne)))
    etter = status(ctx, jpnr)
    return Utsendingsrapport(etter.journalpostnummer, etter.status, resultater, etter.gjenstaar)
