"""Outlook .msg files (MS-OXMSG) through extract-msg, with the quirks real files have."""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import datetime

from app.epost.modell import MAKS_DYBDE, TEGNFEIL, Adresse, EpostFeil, Rå, RåVedlegg, for_stort, mimetype_for
from app.epost.rtf import rtf_tolk
from app.epost.tekst import (
    adresse_fra_tekst,
    gyldig_dato,
    html_tegnsett,
    html_til_tekst,
    lag_adresse,
    ren,
    ren_linje,
)

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


def les_msg(data: bytes, maks: int) -> Rå:
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
            rå.advarsler.append(TEGNFEIL)
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


def _msg_innhold(msg, maks: int) -> Rå:  # noqa: ANN001 - extract_msg's MessageBase
    advarsler: list[str] = []
    mottakere, kopi, blindkopi = [], [], 0
    for r in msg.recipients:
        adresse = lag_adresse(r.name or "", r.email or "")
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

    avsender = adresse_fra_tekst(ren(msg.sender or ""))
    if avsender and "@" not in avsender.epost:
        smtp = msg.getStringStream("__substg1.0_5D01") or msg.getStringStream("__substg1.0_5D02") or ""
        avsender = Adresse(avsender.navn, smtp.strip() if "@" in smtp else "")

    tekst = msg.getStringStream("__substg1.0_1000")
    har_html = msg.exists("__substg1.0_10130102") or msg.exists("__substg1.0_1013001F")
    rtf = None if har_html and tekst else _msg_rtf(msg, advarsler)
    html = _msg_html(msg, rtf)
    if not (tekst and tekst.strip()):
        tekst = html_til_tekst(html) if html else None
    if not (tekst and tekst.strip()) and rtf:
        tekst = rtf_tolk(rtf, som_html=False)

    vedlegg: list[RåVedlegg] = []
    _msg_vedlegg(msg, None, html or "", maks, vedlegg, advarsler, dybde=0)

    return Rå(
        emne=ren_linje(msg.subject or ""),
        avsender=avsender,
        mottakere=tuple(mottakere),
        kopi=tuple(kopi),
        sendt=gyldig_dato(lambda: msg.date) or gyldig_dato(lambda: _hode_dato(msg)),
        mottatt=gyldig_dato(lambda: msg.receivedTime),
        message_id=ren_linje(msg.messageId or "") or None,
        tekst=ren(tekst or ""),
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
        return ren(rå.decode(html_tegnsett(rå, msg.getPropertyVal("3FDE0003")), errors="replace"))
    tekst = msg.getStringStream("__substg1.0_1013")
    if tekst:
        return ren(tekst)
    return rtf_tolk(rtf, som_html=True) if rtf else None


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
    ut: list[RåVedlegg],
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
            navn = ren_linje(a.name or a.displayName or "") or navn
            innhold = a.data
            if isinstance(innhold, MSGFile):
                _msg_innebygd(innhold, fra_melding, maks, ut, advarsler, dybde=dybde)
            elif isinstance(innhold, bytes):
                for_stort(navn, len(innhold), maks)
                cid = ren_linje(a.cid or "").strip("<>") or None
                innebygd = bool(a.hidden) or bool(cid and f"cid:{cid}" in html)
                ut.append(
                    RåVedlegg(navn, innhold, mimetype_for(navn, a.mimetype), fra_melding, cid, innebygd)
                )
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
                raise  # les_msg reads the message again, leniently
            advarsler.append(f"Vedlegget «{navn}» kunne ikke leses og er ikke tatt med")
        except Exception:
            advarsler.append(f"Vedlegget «{navn}» kunne ikke leses og er ikke tatt med")


def _msg_innebygd(
    innhold,  # noqa: ANN001 - an attached MSGFile
    fra_melding: str | None,
    maks: int,
    ut: list[RåVedlegg],
    advarsler: list[str],
    *,
    dybde: int,
) -> None:
    """An attached message: kept as a .msg file of its own, its attachments flattened."""
    emne = ren_linje(getattr(innhold, "subject", None) or "") or "Innebygd melding"
    navn = f"{emne}.msg"
    try:
        rådata = innhold.exportBytes()
    except Exception:
        rådata = innhold.exportBytes(allowBadEmbed=True)
    for_stort(navn, len(rådata), maks)
    avsender = adresse_fra_tekst(ren(getattr(innhold, "sender", None) or ""))
    ut.append(RåVedlegg(navn, rådata, "application/vnd.ms-outlook", fra_melding, None, False, avsender))
    if dybde < MAKS_DYBDE and hasattr(innhold, "attachments"):
        _msg_vedlegg(innhold, emne, "", maks, ut, advarsler, dybde=dybde + 1)
