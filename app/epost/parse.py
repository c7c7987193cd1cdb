"""Turn an Outlook .msg or an .eml file into plain data for registration.

A dropped message becomes a journalpost: title, parties, dates, the message
itself and its attachments. This module reads the file and nothing else (no
Qt, no database), so it runs in a worker thread, a script or a test. Every
problem a user's file can cause ends as an `EpostFeil` with a Norwegian
message; problems that still leave a usable message end as `advarsler`.

Decisions worth knowing:

- Only e-mail-like Outlook items are accepted: ordinary messages, signed
  messages, posts, meeting requests/answers and delivery reports (the last
  two with a warning). Appointments, contacts, distribution lists, tasks,
  notes and journal items are refused: they have no sender and no dates of
  correspondence, so they cannot become a journalpost I or U.
- Blind-copy recipients are left out (with a warning): they would otherwise
  end up as kopimottakere in the public journal.
- HTML that Outlook stores wrapped in RTF is unwrapped here ([MS-OXRTFEX])
  rather than by extract-msg, whose generic RTF parser takes about a second
  per message.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from app.epost.eml import les_eml, ser_ut_som_mime
from app.epost.filnavn import trygt_filnavn, unike_filnavn
from app.epost.modell import MAKS_VEDLEGG_BYTES, TEGNFEIL, Epost, EpostFeil, RåVedlegg, Vedlegg
from app.epost.msg import les_msg
from app.epost.videresending import finn_videresending

_OLE_SIGNATUR = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSGFLAG_UNSENT = 0x08
_MSGFLAG_FROMME = 0x20


# ---------------------------------------------------------------------------
# Entry points


def les_epost(
    path: Path,
    *,
    egne_adresser: Iterable[str] = (),
    maks_vedlegg_bytes: int = MAKS_VEDLEGG_BYTES,
) -> Epost:
    """Read a .msg or .eml file; its content decides the format, not its name.

    The file is read into memory at once, so no handle stays open (Outlook and
    Windows Explorer keep complaining about locked files otherwise).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        filtid = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except FileNotFoundError as e:
        raise EpostFeil(f"Filen finnes ikke: {path.name}") from e
    except PermissionError as e:
        raise EpostFeil(f"Filen kan ikke leses (ingen tilgang): {path.name}") from e
    except IsADirectoryError as e:
        raise EpostFeil(f"«{path.name}» er en mappe, ikke en fil") from e
    except OSError as e:
        raise EpostFeil(f"Filen kan ikke leses: {e.strerror or e}") from e
    return _les(data, path, filtid, egne_adresser, maks_vedlegg_bytes)


def les_epost_bytes(
    data: bytes,
    filnavn: str,
    *,
    egne_adresser: Iterable[str] = (),
    maks_vedlegg_bytes: int = MAKS_VEDLEGG_BYTES,
    filtid: datetime | None = None,
) -> Epost:
    """Read a message that arrived as bytes (an Outlook drag of a mail item).

    `filtid` stands in for a file's modification time when the message has
    no readable date; without it the time of reading is used.
    """
    return _les(bytes(data), Path(filnavn), filtid or datetime.now(UTC), egne_adresser, maks_vedlegg_bytes)


# ---------------------------------------------------------------------------
# Shared assembly


def _les(data: bytes, kilde: Path, filtid: datetime, egne_adresser: Iterable[str], maks: int) -> Epost:
    if not data:
        raise EpostFeil("Filen er tom (0 byte)")
    if data.startswith(_OLE_SIGNATUR):
        format_: Literal["msg", "eml"] = "msg"
        rå = les_msg(data, maks)
    elif ser_ut_som_mime(data):
        format_ = "eml"
        rå = les_eml(data, maks)
    elif kilde.suffix.lower() == ".eml":
        raise EpostFeil("Filen er ikke en e-post (.eml): den mangler e-posthoder som Fra, Til og Emne")
    elif kilde.suffix.lower() == ".msg":
        raise EpostFeil("Filen er ikke en Outlook-melding (.msg)")
    else:
        raise EpostFeil("Filen er ikke en e-post (.msg eller .eml)")

    advarsler = list(rå.advarsler)
    vedlegg = _ferdige_vedlegg(rå.vedlegg, advarsler)

    egne = {a.strip().casefold() for a in egne_adresser if a and a.strip()}
    flagg = rå.flagg
    fra_meg = flagg is not None and not flagg & _MSGFLAG_UNSENT and bool(flagg & _MSGFLAG_FROMME)
    sendt_element = fra_meg or bool(rå.avsender and rå.avsender.epost.casefold() in egne)
    if flagg is not None and flagg & _MSGFLAG_UNSENT:
        advarsler.append("Meldingen er et utkast som ikke er sendt")

    sendt, mottatt = rå.sendt, rå.mottatt
    if sendt is None and mottatt is None:
        advarsler.append("Datoen i meldingen kunne ikke leses; filens tidspunkt er brukt")
        if sendt_element:
            sendt = filtid
        else:
            mottatt = filtid

    videresendt, opprinnelig = finn_videresending(rå.emne, rå.tekst)
    if videresendt and opprinnelig is None:
        meldinger = [v for v in rå.vedlegg if v.fra_melding is None and v.melding_avsender]
        if len(meldinger) == 1:
            opprinnelig = meldinger[0].melding_avsender
    if videresendt and not sendt_element:
        advarsler.append("Meldingen er videresendt: avsenderen som vises er ikke den opprinnelige")

    if "\ufffd" in rå.emne + rå.tekst + (rå.html or ""):
        advarsler.append(TEGNFEIL)

    return Epost(
        kilde=kilde,
        format=format_,
        emne=rå.emne,
        avsender=rå.avsender,
        mottakere=rå.mottakere,
        kopi=rå.kopi,
        sendt=sendt,
        mottatt=mottatt,
        message_id=rå.message_id,
        tekst=rå.tekst,
        html=rå.html,
        vedlegg=vedlegg,
        sendt_element=sendt_element,
        videresendt=videresendt,
        opprinnelig_avsender=opprinnelig,
        advarsler=tuple(dict.fromkeys(advarsler)),
        sha256=hashlib.sha256(data).hexdigest(),
        storrelse=len(data),
    )


def _ferdige_vedlegg(rå: list[RåVedlegg], advarsler: list[str]) -> tuple[Vedlegg, ...]:
    """Safe unique names, PDF facts and warnings for every attachment."""
    navn = unike_filnavn([trygt_filnavn(v.navn) for v in rå])
    resultat = []
    for v, filnavn in zip(rå, navn, strict=True):
        sider, kryptert, advarsel = None, False, None
        if v.mimetype == "application/pdf" or v.navn.lower().endswith(".pdf") or v.data.startswith(b"%PDF"):
            sider, kryptert, advarsel = _pdf_fakta(v.data, v.navn)
        if advarsel:
            advarsler.append(advarsel)
        resultat.append(
            Vedlegg(
                filnavn=filnavn,
                opprinnelig_navn=v.navn,
                data=v.data,
                mimetype=v.mimetype,
                sider=sider,
                kryptert=kryptert,
                advarsel=advarsel,
                fra_melding=v.fra_melding,
                content_id=v.content_id,
                innebygd=v.innebygd,
            )
        )
    return tuple(resultat)


def _pdf_fakta(data: bytes, navn: str) -> tuple[int | None, bool, str | None]:
    """Page count and encryption; a broken PDF is kept, with a warning."""
    from pypdf import PdfReader

    try:
        leser = PdfReader(io.BytesIO(data), strict=False)
        if leser.is_encrypted:
            try:
                sider = len(leser.pages) if leser.decrypt("") else None
            except Exception:
                sider = None
            return sider, True, f"Vedlegget «{navn}» er kryptert"
        return len(leser.pages), False, None
    except Exception:
        return None, False, f"Vedlegget «{navn}» er en skadet PDF og kunne ikke åpnes"
