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

import codecs
import email.utils
import functools
import hashlib
import io
import mimetypes
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

from app.services.epost.filnavn import trygt_filnavn, unike_filnavn

MAKS_VEDLEGG_BYTES = 25 * 1024 * 1024
_TEGNFEIL = "Noen tegn i meldingen kunne ikke leses (ukjent tegnkoding) og er erstattet med «\ufffd»"
_OLE_SIGNATUR = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAKS_DYBDE = 5
"""Messages nested deeper than this are kept as files but not opened."""


class EpostFeil(Exception):
    """A file that cannot be read as an e-mail; str(e) is shown to the user."""


@dataclass(frozen=True)
class Adresse:
    navn: str
    epost: str

    def __str__(self) -> str:
        if self.navn and self.epost:
            return f"{self.navn} <{self.epost}>"
        return self.navn or self.epost


@dataclass(frozen=True)
class Vedlegg:
    filnavn: str
    """Safe and unique within the message; use it when writing the file."""
    opprinnelig_navn: str
    data: bytes
    mimetype: str
    sider: int | None
    kryptert: bool
    advarsel: str | None
    fra_melding: str | None
    """Subject of the attached message this came from; None at the top level."""
    content_id: str | None = None
    innebygd: bool = False
    """Shown inside the message body (an inline image), not attached by the sender."""


@dataclass(frozen=True)
class Epost:
    kilde: Path
    format: Literal["msg", "eml"]
    emne: str
    avsender: Adresse | None
    mottakere: tuple[Adresse, ...]
    kopi: tuple[Adresse, ...]
    sendt: datetime | None
    mottatt: datetime | None
    message_id: str | None
    tekst: str
    html: str | None
    vedlegg: tuple[Vedlegg, ...]
    sendt_element: bool
    videresendt: bool
    opprinnelig_avsender: Adresse | None
    advarsler: tuple[str, ...]
    sha256: str
    storrelse: int


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


@dataclass
class _Rå:
    """What a format reader found, before the common rules are applied."""

    emne: str = ""
    avsender: Adresse | None = None
    mottakere: tuple[Adresse, ...] = ()
    kopi: tuple[Adresse, ...] = ()
    sendt: datetime | None = None
    mottatt: datetime | None = None
    message_id: str | None = None
    tekst: str = ""
    html: str | None = None
    flagg: int | None = None
    vedlegg: list[_RåVedlegg] = field(default_factory=list)
    advarsler: list[str] = field(default_factory=list)


@dataclass
class _RåVedlegg:
    navn: str
    data: bytes
    mimetype: str
    fra_melding: str | None
    content_id: str | None
    innebygd: bool
    melding_avsender: Adresse | None = None
    """Sender of an attached message: the original one in a forward-as-attachment."""


def _les(data: bytes, kilde: Path, filtid: datetime, egne_adresser: Iterable[str], maks: int) -> Epost:
    if not data:
        raise EpostFeil("Filen er tom (0 byte)")
    if data.startswith(_OLE_SIGNATUR):
        format_: Literal["msg", "eml"] = "msg"
        rå = _les_msg(data, maks)
    elif _ser_ut_som_mime(data):
        format_ = "eml"
        rå = _les_eml(data, maks)
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

    videresendt, opprinnelig = _finn_videresending(rå.emne, rå.tekst)
    if videresendt and opprinnelig is None:
        meldinger = [v for v in rå.vedlegg if v.fra_melding is None and v.melding_avsender]
        if len(meldinger) == 1:
            opprinnelig = meldinger[0].melding_avsender
    if videresendt and not sendt_element:
        advarsler.append("Meldingen er videresendt: avsenderen som vises er ikke den opprinnelige")

    if "\ufffd" in rå.emne + rå.tekst + (rå.html or ""):
        advarsler.append(_TEGNFEIL)

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


def _ferdige_vedlegg(rå: list[_RåVedlegg], advarsler: list[str]) -> tuple[Vedlegg, ...]:
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


def _for_stort(navn: str, størrelse: int, maks: int) -> None:
    if størrelse > maks:
        raise EpostFeil(f"Vedlegget «{navn}» er større enn {maks / (1024 * 1024):g} MB")


def _mimetype(navn: str, oppgitt: str | None) -> str:
    if oppgitt and "/" in oppgitt:
        return oppgitt.strip().lower()
    return mimetypes.guess_type(navn)[0] or "application/octet-stream"


# ---------------------------------------------------------------------------
# Outlook .msg

_MSGFLAG_UNSENT = 0x08
_MSGFLAG_FROMME = 0x20
_RECIPIENT_TO, _RECIPIENT_CC, _RECIPIENT_BCC = 1, 2, 3

_NEKTEDE_TYPER = (
    ("ipm.appointment", "Elementet er en avtale, ikke en e-post"),
    ("ipm.ole.class.{00061055", "Elementet er en avtale, ikke en e-post"),
    ("ipm.contact", "Elementet er et kontaktkort, ikke en e-post"),
    ("ipm.distlist", "Elementet er en distribusjonsliste, ikke en e-post"),
    ("ipm.stickynote", "Elementet er et notat, ikke en e-post"),
    ("ipm.task", "Elementet er en oppgave, ikke en e-post"),
    ("ipm.activity", "Elementet er et journalelement fra Outlook, ikke en e-post"),
)
_VARSLEDE_TYPER = (
    ("ipm.schedule.meeting", "Elementet er en møteinnkalling eller et svar på en, ikke en vanlig e-post"),
    ("report.", "Elementet er en leveringsrapport eller lesebekreftelse, ikke en vanlig e-post"),
)


def _les_msg(data: bytes, maks: int) -> _Rå:
    import extract_msg
    from extract_msg.enums import ErrorBehavior
    from extract_msg.exceptions import (
        InvalidFileFormatError,
        UnrecognizedMSGTypeError,
        UnsupportedMSGTypeError,
    )

    tåler = ErrorBehavior.ATTACH_SUPPRESS_ALL | ErrorBehavior.STANDARDS_VIOLATION
    try:
        msg = extract_msg.openMsg(data, errorBehavior=tåler)
    except (UnsupportedMSGTypeError, UnrecognizedMSGTypeError) as e:
        raise EpostFeil(f"Elementet er ikke en e-post og kan ikke registreres ({_meldingsklasse(e)})") from e
    except InvalidFileFormatError as e:
        raise EpostFeil("Filen er ikke en Outlook-melding (.msg), men et annet Office-dokument") from e
    except Exception as e:
        raise EpostFeil(f"Filen er avkuttet eller skadet: Outlook-strukturen kan ikke leses ({e})") from e
    try:
        klasse = (msg.classType or "").lower()
        for prefiks, melding in _NEKTEDE_TYPER:
            if klasse.startswith(prefiks):
                raise EpostFeil(melding)
        if not hasattr(msg, "recipients"):
            raise EpostFeil("Elementet er ikke en e-post og kan ikke registreres")
        try:
            rå = _msg_innhold(msg, maks)
        except UnicodeDecodeError:
            # Broken text (often a UTF-16 pair cut in two): read again, replacing what cannot be decoded.
            msg.close()
            msg = _tolerant(type(msg))(data, errorBehavior=tåler)
            rå = _msg_innhold(msg, maks)
            rå.advarsler.append(_TEGNFEIL)
        rå.advarsler[:0] = [m for p, m in _VARSLEDE_TYPER if klasse.startswith(p)]
        return rå
    except EpostFeil:
        raise
    except Exception as e:
        raise EpostFeil(f"Filen er avkuttet eller skadet: {e}") from e
    finally:
        msg.close()


@functools.cache
def _tolerant(klasse: type) -> type:
    """`klasse` with string properties decoded leniently instead of raising."""

    class Tolerant(klasse):
        tolerant = True

        def getStringStream(self, filename, prefix: bool = True) -> str | None:  # noqa: ANN001, N802
            filename = self.fixPath(filename, prefix)
            rå = self.getStream(filename + ("001F" if self.areStringsUnicode else "001E"), prefix=False)
            return None if rå is None else rå.decode(self.stringEncoding, errors="replace")

    return Tolerant


def _meldingsklasse(e: Exception) -> str:
    funnet = re.search(r'"([^"]+)"', str(e))
    return funnet.group(1) if funnet else "ukjent type"


def _msg_innhold(msg, maks: int) -> _Rå:  # noqa: ANN001 - extract_msg's MessageBase
    advarsler: list[str] = []
    mottakere, kopi, blindkopi = [], [], 0
    for r in msg.recipients:
        adresse = _adresse(r.name or "", r.email or "")
        if adresse is None:
            continue
        if r.type == _RECIPIENT_CC:
            kopi.append(adresse)
        elif r.type == _RECIPIENT_BCC:
            blindkopi += 1
        else:
            mottakere.append(adresse)
    if blindkopi:
        advarsler.append(f"Meldingen har {blindkopi} blindkopimottaker(e); de er ikke tatt med")

    avsender = _adresse_fra_tekst(_ren(msg.sender or ""))
    if avsender and "@" not in avsender.epost:
        smtp = msg.getStringStream("__substg1.0_5D01") or msg.getStringStream("__substg1.0_5D02") or ""
        avsender = Adresse(avsender.navn, smtp.strip() if "@" in smtp else "")

    tekst = msg.getStringStream("__substg1.0_1000")
    har_html = msg.exists("__substg1.0_10130102") or msg.exists("__substg1.0_1013001F")
    rtf = None if har_html and tekst else _msg_rtf(msg, advarsler)
    html = _msg_html(msg, rtf)
    if not (tekst and tekst.strip()):
        tekst = _html_til_tekst(html) if html else None
    if not (tekst and tekst.strip()) and rtf:
        tekst = _rtf_tolk(rtf, som_html=False)

    vedlegg: list[_RåVedlegg] = []
    _msg_vedlegg(msg, None, html or "", maks, vedlegg, advarsler, dybde=0)

    return _Rå(
        emne=_ren_linje(msg.subject or ""),
        avsender=avsender,
        mottakere=tuple(mottakere),
        kopi=tuple(kopi),
        sendt=_gyldig_dato(lambda: msg.date) or _gyldig_dato(lambda: _hode_dato(msg)),
        mottatt=_gyldig_dato(lambda: msg.receivedTime),
        message_id=_ren_linje(msg.messageId or "") or None,
        tekst=_ren(tekst or ""),
        html=html,
        flagg=msg.getPropertyVal("0E070003"),
        vedlegg=vedlegg,
        advarsler=advarsler,
    )


def _hode_dato(msg) -> datetime | None:  # noqa: ANN001
    """The Date header, for messages whose MAPI submit time is missing."""
    tekst = msg.headerText
    if not tekst:
        return None
    funnet = re.search(r"^Date:\s*(.+)$", tekst, re.M | re.I)
    return email.utils.parsedate_to_datetime(funnet.group(1).strip()) if funnet else None


def _msg_html(msg, rtf: bytes | None) -> str | None:  # noqa: ANN001
    """The HTML body: stored as such, or unwrapped from Outlook's RTF."""
    rå = msg.getStream("__substg1.0_10130102")
    if rå:
        return _ren(rå.decode(_html_tegnsett(rå, msg.getPropertyVal("3FDE0003")), errors="replace"))
    tekst = msg.getStringStream("__substg1.0_1013")
    if tekst:
        return _ren(tekst)
    return _rtf_tolk(rtf, som_html=True) if rtf else None


def _msg_rtf(msg, advarsler: list[str]) -> bytes | None:  # noqa: ANN001
    """The decompressed RTF body; a damaged one costs the formatting, not the message."""
    try:
        return msg.rtfBody
    except Exception:
        advarsler.append("Den formaterte teksten i meldingen er skadet; bare ren tekst er brukt")
        return None


def _msg_vedlegg(
    msg,  # noqa: ANN001
    fra_melding: str | None,
    html: str,
    maks: int,
    ut: list[_RåVedlegg],
    advarsler: list[str],
    *,
    dybde: int,
) -> None:
    """Attachments of `msg`, with attached messages opened and flattened."""
    from extract_msg.enums import AttachmentType
    from extract_msg.msg_classes import MSGFile

    for a in msg.attachments:
        navn = "vedlegg"
        try:
            navn = _ren_linje(a.name or a.displayName or "") or navn
            innhold = a.data
            if isinstance(innhold, MSGFile):
                _msg_innebygd(innhold, fra_melding, maks, ut, advarsler, dybde=dybde)
            elif isinstance(innhold, bytes):
                _for_stort(navn, len(innhold), maks)
                cid = _ren_linje(a.cid or "").strip("<>") or None
                innebygd = bool(a.hidden) or bool(cid and f"cid:{cid}" in html)
                ut.append(_RåVedlegg(navn, innhold, _mimetype(navn, a.mimetype), fra_melding, cid, innebygd))
            elif getattr(a, "type", None) == AttachmentType.WEB:
                advarsler.append(
                    f"Vedlegget «{navn}» er en lenke til en fil på nettet og følger ikke med meldingen"
                )
            else:
                advarsler.append(f"Vedlegget «{navn}» kunne ikke leses og er ikke tatt med")
        except EpostFeil:
            raise
        except UnicodeDecodeError:
            if dybde == 0 and not getattr(msg, "tolerant", False):
                raise  # _les_msg reads the message again, leniently
            advarsler.append(f"Vedlegget «{navn}» kunne ikke leses og er ikke tatt med")
        except Exception:
            advarsler.append(f"Vedlegget «{navn}» kunne ikke leses og er ikke tatt med")


def _msg_innebygd(
    innhold,  # noqa: ANN001 - an attached MSGFile
    fra_melding: str | None,
    maks: int,
    ut: list[_RåVedlegg],
    advarsler: list[str],
    *,
    dybde: int,
) -> None:
    """An attached message: kept as a .msg file of its own, its attachments flattened."""
    emne = _ren_linje(getattr(innhold, "subject", None) or "") or "Innebygd melding"
    navn = f"{emne}.msg"
    try:
        rådata = innhold.exportBytes()
    except Exception:
        rådata = innhold.exportBytes(allowBadEmbed=True)
    _for_stort(navn, len(rådata), maks)
    avsender = _adresse_fra_tekst(_ren(getattr(innhold, "sender", None) or ""))
    ut.append(_RåVedlegg(navn, rådata, "application/vnd.ms-outlook", fra_melding, None, False, avsender))
    if dybde < _MAKS_DYBDE and hasattr(innhold, "attachments"):
        _msg_vedlegg(innhold, emne, "", maks, ut, advarsler, dybde=dybde + 1)


# ---------------------------------------------------------------------------
# .eml (RFC 5322 / MIME)

_MIME_HODE = re.compile(rb"^[!-9;-~]{1,76}:")
_KJENTE_HODER = frozenset(
    {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version", b"return-path"}
)


def _ser_ut_som_mime(data: bytes) -> bool:
    """True when the file starts with a block of mail headers."""
    hode = data[:16384].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    linjer = hode.split(b"\n")
    if linjer and linjer[0].startswith(b"From "):  # mbox separator line
        linjer = linjer[1:]
    if not linjer or not _MIME_HODE.match(linjer[0]):
        return False
    navn = set()
    for linje in linjer:
        if linje[:1] in (b" ", b"\t"):
            continue
        if not _MIME_HODE.match(linje):
            return False
        navn.add(linje.split(b":", 1)[0].strip().lower())
    return bool(navn & _KJENTE_HODER)


def _les_eml(data: bytes, maks: int) -> _Rå:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return _eml_innhold(msg, maks)
    except EpostFeil:
        raise
    except Exception as e:
        raise EpostFeil(f"Filen er avkuttet eller skadet: e-postens oppbygning kan ikke leses ({e})") from e


def _eml_innhold(msg: EmailMessage, maks: int) -> _Rå:
    advarsler: list[str] = []
    tekstdel = msg.get_body(preferencelist=("plain",))
    htmldel = msg.get_body(preferencelist=("html",))
    html = _ren(_del_tekst(htmldel)) if htmldel is not None else None
    tekst = _ren(_del_tekst(tekstdel)) if tekstdel is not None else ""
    if not tekst.strip() and html:
        tekst = _html_til_tekst(html)

    vedlegg: list[_RåVedlegg] = []
    _eml_vedlegg(msg, None, {id(tekstdel), id(htmldel)}, html or "", maks, vedlegg, dybde=0)

    if msg.get_all("bcc"):
        advarsler.append("Meldingen har blindkopimottakere; de er ikke tatt med")
    avsendere = _eml_adresser(msg, "from")
    return _Rå(
        emne=_ren_linje(str(msg.get("subject", ""))),
        avsender=avsendere[0] if avsendere else None,
        mottakere=_eml_adresser(msg, "to"),
        kopi=_eml_adresser(msg, "cc"),
        sendt=_gyldig_dato(lambda: msg["date"].datetime if msg["date"] else None),
        mottatt=_gyldig_dato(lambda: _mottatt_fra_received(msg)),
        message_id=_ren_linje(str(msg.get("message-id", ""))) or None,
        tekst=tekst,
        html=html,
        vedlegg=vedlegg,
        advarsler=advarsler,
    )


def _eml_adresser(msg: EmailMessage, felt: str) -> tuple[Adresse, ...]:
    resultat: list[Adresse] = []
    for hode in msg.get_all(felt) or []:
        try:
            adresser = [(a.display_name, a.addr_spec) for a in hode.addresses]
        except Exception:
            adresser = email.utils.getaddresses([str(hode)])
        for navn, epost in adresser:
            if (a := _adresse(_ren_linje(navn), _ren_linje(epost))) is not None:
                resultat.append(a)
    return tuple(resultat)


def _mottatt_fra_received(msg: EmailMessage) -> datetime | None:
    """The top Received header was written by the last server: delivery time."""
    hoder = msg.get_all("received") or []
    if not hoder or ";" not in str(hoder[0]):
        return None
    return email.utils.parsedate_to_datetime(str(hoder[0]).rsplit(";", 1)[1].strip())


def _del_tekst(del_: EmailMessage) -> str:
    try:
        return del_.get_content()
    except Exception:
        return (del_.get_payload(decode=True) or b"").decode("utf-8", errors="replace")


def _blader(del_: EmailMessage) -> Iterator[EmailMessage]:
    """Leaf parts, not descending into attached messages."""
    if del_.get_content_maintype() == "multipart":
        for underdel in del_.iter_parts():
            yield from _blader(underdel)
    else:
        yield del_


def _eml_vedlegg(
    msg: EmailMessage,
    fra_melding: str | None,
    tekstdeler: set[int],
    html: str,
    maks: int,
    ut: list[_RåVedlegg],
    *,
    dybde: int,
) -> None:
    for del_ in _blader(msg):
        if id(del_) in tekstdeler:
            continue
        navn = _ren_linje(del_.get_filename() or "")
        disposisjon = del_.get_content_disposition()
        if del_.get_content_maintype() == "text" and not navn and disposisjon != "attachment":
            continue  # an alternative or trailing body part, not a file
        if del_.get_content_type() in ("message/rfc822", "message/global"):
            indre = del_.get_payload(0) if del_.is_multipart() else None
            if not isinstance(indre, EmailMessage):
                continue
            emne = _ren_linje(str(indre.get("subject", ""))) or "Innebygd melding"
            rådata = _som_bytes(indre)
            navn = navn or f"{emne}.eml"
            _for_stort(navn, len(rådata), maks)
            avsendere = _eml_adresser(indre, "from")
            ut.append(
                _RåVedlegg(
                    navn,
                    rådata,
                    "message/rfc822",
                    fra_melding,
                    None,
                    False,
                    avsendere[0] if avsendere else None,
                )
            )
            if dybde < _MAKS_DYBDE:
                indre_tekst = indre.get_body(preferencelist=("plain",))
                indre_html = indre.get_body(preferencelist=("html",))
                _eml_vedlegg(
                    indre,
                    emne,
                    {id(indre_tekst), id(indre_html)},
                    _del_tekst(indre_html) if indre_html is not None else "",
                    maks,
                    ut,
                    dybde=dybde + 1,
                )
            continue
        data = del_.get_payload(decode=True) or b""
        if not navn:
            endelse = mimetypes.guess_extension(del_.get_content_type()) or ""
            navn = f"vedlegg{endelse}"
        _for_stort(navn, len(data), maks)
        cid = _ren_linje(str(del_.get("content-id", ""))).strip("<>") or None
        innebygd = disposisjon != "attachment" and bool(cid and f"cid:{cid}" in html)
        ut.append(
            _RåVedlegg(navn, data, _mimetype(navn, del_.get_content_type()), fra_melding, cid, innebygd)
        )


def _som_bytes(msg: EmailMessage) -> bytes:
    """An attached message as a file of its own."""
    for p in (policy.default, policy.SMTPUTF8, policy.compat32):
        try:
            return msg.as_bytes(policy=p)
        except Exception:
            continue
    return msg.as_string(policy=policy.compat32).encode("utf-8", errors="replace")


# ---------------------------------------------------------------------------
# Addresses, dates and text clean-up

_EPOST = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def _adresse(navn: str, epost: str) -> Adresse | None:
    navn, epost = navn.strip().strip("'\""), epost.strip()
    if "@" not in epost:  # an Exchange DN such as /O=EXCHANGELABS/..., useless outside
        if not navn and epost:
            navn = epost if not epost.startswith("/") else ""
        epost = ""
    if navn.casefold() == epost.casefold():
        navn = ""
    if not navn and not epost:
        return None
    return Adresse(navn, epost)


def _adresse_fra_tekst(tekst: str) -> Adresse | None:
    """Sender from free text: "Kari <kari@x.no>", "Kari [mailto:kari@x.no]", "kari@x.no"."""
    tekst = re.sub(r"<mailto:[^>]*>", "", tekst).strip().strip("*").strip()
    if not tekst:
        return None
    if funnet := re.search(r"\[mailto:([^\]]+)\]", tekst):
        return _adresse(tekst[: funnet.start()], funnet.group(1))
    navn, epost = email.utils.parseaddr(tekst)
    if "@" in epost:
        return _adresse(navn, epost)
    if funnet := _EPOST.search(tekst):
        rest = (tekst[: funnet.start()] + tekst[funnet.end() :]).replace("<>", "").replace("()", "")
        return _adresse(rest.strip(" <>()[]\"'"), funnet.group(0))
    return _adresse(tekst, "")


def _gyldig_dato(hent: Callable[[], object]) -> datetime | None:
    """A plausible, timezone-aware date, or None for anything odd."""
    try:
        verdi = hent()
    except Exception:
        return None
    if not isinstance(verdi, datetime) or not 1980 <= verdi.year <= 2200:
        return None
    if verdi.tzinfo is None:
        verdi = verdi.replace(tzinfo=UTC)
    return verdi


_KONTROLL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGAT = re.compile("[\ud800-\udfff]")


def _ren(tekst: str) -> str:
    """Text safe to store and show: no NULs, lone surrogates or stray controls."""
    if _SURROGAT.search(tekst):
        tekst = tekst.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _KONTROLL.sub("", tekst.replace("\r\n", "\n").replace("\r", "\n"))


def _ren_linje(tekst: str) -> str:
    return re.sub(r"\s+", " ", _ren(str(tekst))).strip()


_TEGNSETT = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _html_tegnsett(rå: bytes, kodeside: object) -> str:
    if funnet := _TEGNSETT.search(rå[:4096]):
        return _kodek(funnet.group(1).decode("ascii"))
    if isinstance(kodeside, int):
        return _kodek(kodeside)
    return "utf-8"


_KODESIDER = {
    65001: "utf-8", 65000: "utf-7", 1200: "utf-16-le", 20127: "ascii", 10000: "mac_roman",
    20866: "koi8_r", 21866: "koi8_u", 50220: "iso2022_jp", 50221: "iso2022_jp", 50222: "iso2022_jp",
    51932: "euc_jp", 51949: "euc_kr", 52936: "hz", 54936: "gb18030",
}  # fmt: skip
"""Windows code pages whose Python codec is not simply "cp<number>"."""


def _kodek(navn: str | int | None, standard: str = "utf-8") -> str:
    """A Python codec for a charset name or Windows code page number."""
    if isinstance(navn, int):
        navn = _KODESIDER.get(
            navn, f"cp{navn}" if navn < 20000 else f"iso8859_{navn - 28590}" if 28591 <= navn <= 28606 else ""
        )
    try:
        return codecs.lookup(navn or "").name
    except LookupError:
        return standard


class _HtmlTekst(HTMLParser):
    _BLOKKER = frozenset(
        {"p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
        | {"blockquote", "pre", "hr", "dt", "dd", "address", "section", "article"}
    )
    _SKJULTE = frozenset({"script", "style", "title", "xml"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.deler: list[str] = []
        self._skjult = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKJULTE:
            self._skjult += 1
        elif tag in self._BLOKKER:
            self.deler.append("\n")
        elif tag in ("td", "th"):
            self.deler.append("\t")
        self._pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKJULTE:
            self._skjult = max(0, self._skjult - 1)
        elif tag in self._BLOKKER and tag != "br":
            self.deler.append("\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._skjult:
            self.deler.append(data if self._pre else re.sub(r"\s+", " ", data))


def _html_til_tekst(html: str) -> str:
    """Readable text of an HTML body, for indexing and forward detection."""
    parser = _HtmlTekst()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    tekst = "".join(parser.deler).replace("\xa0", " ")
    tekst = "\n".join(linje.strip(" ") for linje in tekst.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", tekst).strip()


# ---------------------------------------------------------------------------
# Forwarded messages: find who really wrote it

_PREFIKS_VS = re.compile(r"^\s*(?:vs|fw|fwd|wg|vb)\s*:", re.I)
_PREFIKS_SVAR = re.compile(r"^\s*(?:sv|re|aw|antw|vs)\s*:", re.I)
_MERKELAPP = re.compile(r"^\s*(?:\[[^\]]*\]\s*)+")
_VS_MARKØR = re.compile(
    r"^[\s>]*(?:-{2,}\s*)?(?:original message|opprinnelig melding|forwarded message|videresendt melding"
    r"|begin forwarded message|start på videresendt melding|ursprüngliche nachricht|weitergeleitete nachricht"
    r"|ursprungligt meddelande|vidarebefordrat meddelande)\s*:?\s*(?:-{2,})?\s*$",
    re.I,
)
_HODELINJE = re.compile(
    r"^[ \t>]*\**\s*(fra|from|von|från|sendt|sent|dato|date|datum|gesendet|skickat|til|to|an|till"
    r"|kopi|cc|emne|subject|betreff|ämne)\s*\**\s*:\s*\**\s*(.*?)\s*$",
    re.I,
)
_ETIKETTER = {
    **dict.fromkeys(("fra", "from", "von", "från"), "fra"),
    **dict.fromkeys(("sendt", "sent", "dato", "date", "datum", "gesendet", "skickat"), "dato"),
    **dict.fromkeys(("til", "to", "an", "till"), "til"),
    **dict.fromkeys(("kopi", "cc"), "kopi"),
    **dict.fromkeys(("emne", "subject", "betreff", "ämne"), "emne"),
}


def _finn_videresending(emne: str, tekst: str) -> tuple[bool, Adresse | None]:
    """Whether the message is a forward, and the sender of what was forwarded.

    A forward is recognised by its subject prefix (VS:, FW:, Fwd:, WG:) or,
    when the subject is not a reply, by a quoted header block or a "forwarded
    message" line in the body. The original sender is taken from the first
    quoted block that is not itself a forward, so a chain of forwards leads
    back to the person who wrote the message.
    """
    emne = _MERKELAPP.sub("", emne)
    blokker = _sitatblokker(tekst)
    if _PREFIKS_VS.match(emne):
        videresendt = True
    elif _PREFIKS_SVAR.match(emne):
        videresendt = False
    else:
        videresendt = bool(blokker) or any(_VS_MARKØR.match(linje) for linje in tekst.splitlines())
    if not videresendt or not blokker:
        return videresendt, None
    valgt = next(
        (b for b in blokker if not _PREFIKS_VS.match(_MERKELAPP.sub("", b.get("emne", "")))), blokker[-1]
    )
    return True, _adresse_fra_tekst(valgt["fra"])


def _sitatblokker(tekst: str) -> list[dict[str, str]]:
    """Quoted header blocks ("Fra: … / Sendt: … / Til: … / Emne: …"), in order."""
    linjer = tekst.splitlines()
    blokker: list[dict[str, str]] = []
    i = 0
    while i < len(linjer):
        if not _HODELINJE.match(linjer[i]):
            i += 1
            continue
        felt: dict[str, str] = {}
        j, tom = i, False
        while j < len(linjer):
            if funnet := _HODELINJE.match(linjer[j]):
                etikett = _ETIKETTER[funnet.group(1).lower()]
                if etikett in felt:
                    break  # a label seen twice starts the next quoted message
                felt[etikett] = funnet.group(2)
                tom = False
            elif not linjer[j].strip(" \t>") and not tom:
                tom = True  # some clients put a blank line between the header lines
            else:
                break
            j += 1
        if felt.get("fra") and len(felt) >= 2:
            blokker.append(felt)
        i = max(j, i + 1)
    return blokker


# ---------------------------------------------------------------------------
# RTF: unwrap the HTML (or text) Outlook keeps inside its RTF body

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # 1, 2: control word and parameter
    rb"|\\'([0-9a-fA-F]{2})"  # 3: escaped byte
    rb"|\\([^a-zA-Z'])"  # 4: control symbol
    rb"|([{}])"  # 5: group
    rb"|[\r\n]+"  # line breaks in RTF source mean nothing
    rb"|([^\\{}\r\n]+)"  # 6: text
    rb"|\\"  # a stray backslash
)
_RTF_HOPP_OVER = frozenset(
    b"""colortbl stylesheet info pict object header footer headerl headerr headerf footerl footerr
    footerf footnote fldinst themedata colorschememapping listtable listoverridetable rsidtbl latentstyles
    datastore xmlnstbl mmathPr generator filetbl revtbl pgdsctbl nonshppict shpinst xe tc txe private
    annotation atnid atnauthor""".split()
)
_RTF_TEGN = {
    b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"cell": "\t", b"tab": "\t",
    b"emdash": "\u2014", b"endash": "\u2013", b"bullet": "\u2022", b"lquote": "\u2018",
    b"rquote": "\u2019", b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"emspace": "\u2003",
    b"enspace": "\u2002", b"qmspace": "\u2005",
}  # fmt: skip
_RTF_SYMBOL = {b"~": "\xa0", b"_": "\u2011", b"-": "", b"\n": "\n", b"\r": "\n", b"|": "", b":": ""}
_FONT_TEGNSETT = {
    77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
    177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 254: 437, 255: 850,
}  # fmt: skip


@functools.lru_cache(maxsize=64)
def _kodeside(n: int) -> str:
    return _kodek(n, "cp1252")


def _rtf_tolk(rtf: bytes, *, som_html: bool) -> str | None:
    """The encapsulated HTML (som_html) or the visible text of an RTF body.

    Follows [MS-OXRTFEX] 2.2.3: HTML is the content of {\\*\\htmltag} groups
    plus the text outside \\htmlrtf regions. Returns None when som_html is
    asked of RTF that does not carry HTML.
    """
    rtf = rtf.rstrip(b"\x00")
    if not rtf.lstrip().startswith(b"{\\rtf"):
        return None
    første_gruppe = rtf.find(b"{", rtf.find(b"{\\rtf") + 1)
    hode = rtf[: første_gruppe if første_gruppe > 0 else 512]
    fra_html, fra_tekst = b"\\fromhtml" in hode, b"\\fromtext" in hode
    if som_html and not fra_html:
        return None
    respekter_htmlrtf = som_html or fra_tekst

    standard_cp = 1252
    fonter: dict[int, int] = {}
    ut: list[str] = []
    buffer = bytearray()
    buffer_cp = standard_cp

    def tøm() -> None:
        nonlocal buffer
        if buffer:
            ut.append(buffer.decode(_kodeside(buffer_cp), errors="replace"))
            buffer = bytearray()

    # Group state: skip, htmlrtf, in htmltag, unicode skip count, code page, font-table font id
    hopp, htmlrtf, i_tag, uc, cp, fontdef = False, False, False, 1, standard_cp, -1
    stabel: list[tuple[bool, bool, bool, int, int, int]] = []
    ny_gruppe = False  # the previous token opened a group: a destination word may follow
    stjerne = False  # "\*" seen at the start of this group
    i_fonttbl = 0  # depth of the font table group, 0 when outside
    hopp_tegn = 0  # characters still to skip after \uN
    pos, slutt = 0, len(rtf)

    while pos < slutt:
        m = _RTF_TOKEN.match(rtf, pos)
        if m is None:
            pos += 1
            continue
        pos = m.end()
        ord_, param, heks, symbol, gruppe, tekst = m.groups()

        if gruppe is not None:
            hopp_tegn = 0
            if gruppe == b"{":
                stabel.append((hopp, htmlrtf, i_tag, uc, cp, fontdef))
                ny_gruppe, stjerne = True, False
                if i_fonttbl:
                    i_fonttbl += 1
            else:
                if stabel:
                    hopp, htmlrtf, i_tag, uc, cp, fontdef = stabel.pop()
                if i_fonttbl:
                    i_fonttbl -= 1
                ny_gruppe = stjerne = False
            continue

        start_på_gruppe = ny_gruppe
        ny_gruppe = False
        if symbol == b"*":
            ny_gruppe, stjerne = start_på_gruppe, True
            continue

        if ord_ is not None:
            tall = int(param) if param is not None else None
            if ord_ == b"bin" and tall:
                pos += tall  # raw binary data, never text
                continue
            if start_på_gruppe:
                if ord_ == b"fonttbl":
                    i_fonttbl = 1
                if stjerne:
                    if som_html and ord_ == b"htmltag" and not hopp:
                        i_tag = True
                    else:
                        hopp = True
                    continue
                if ord_ in _RTF_HOPP_OVER:
                    hopp = True
                    continue
            if ord_ == b"htmlrtf":
                htmlrtf = tall != 0
                continue
            if i_fonttbl:
                if ord_ == b"f" and tall is not None:
                    fontdef = tall
                elif ord_ == b"fcharset" and tall is not None and fontdef >= 0:
                    fonter.setdefault(fontdef, _FONT_TEGNSETT.get(tall, 0))
                elif ord_ == b"cpg" and tall and fontdef >= 0:
                    fonter[fontdef] = tall
                continue
            if ord_ == b"ansicpg" and tall:
                standard_cp = cp = tall
                continue
            if ord_ == b"f" and tall is not None:
                cp = fonter.get(tall) or standard_cp
                continue
            if ord_ == b"uc" and tall is not None:
                uc = tall
                continue
            if hopp_tegn:
                hopp_tegn -= 1
                continue
            if hopp or (htmlrtf and respekter_htmlrtf):
                continue
            if ord_ == b"u" and tall is not None:
                tøm()
                ut.append(chr(tall + 65536 if tall < 0 else tall))
                hopp_tegn = uc
            elif ord_ in _RTF_TEGN:
                tøm()
                ut.append(_RTF_TEGN[ord_])
            continue

        if hopp_tegn:
            if tekst is not None and len(tekst) > hopp_tegn:
                tekst = tekst[hopp_tegn:]
                hopp_tegn = 0
            elif tekst is not None:
                hopp_tegn -= len(tekst)
                continue
            else:
                hopp_tegn -= 1
                continue
        if hopp or i_fonttbl or (htmlrtf and respekter_htmlrtf):
            continue
        biter = bytes.fromhex(heks.decode()) if heks is not None else tekst
        if symbol is not None:
            if symbol in b"\\{}":
                biter = symbol
            else:
                tøm()
                ut.append(_RTF_SYMBOL.get(symbol, ""))
                continue
        if biter:
            bruk_cp = standard_cp if i_tag else cp
            if bruk_cp != buffer_cp:
                tøm()
                buffer_cp = bruk_cp
            buffer += biter
    tøm()
    resultat = "".join(ut)
    if _SURROGAT.search(resultat):
        resultat = resultat.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _ren(resultat)
