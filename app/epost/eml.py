"""MIME messages (.eml, RFC 5322) through the standard library's email package."""

from __future__ import annotations

import email.utils
import mimetypes
import re
from collections.abc import Iterator
from datetime import datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

from app.epost.modell import MAKS_DYBDE, Adresse, EpostFeil, Rå, RåVedlegg, for_stort, mimetype_for
from app.epost.tekst import gyldig_dato, html_til_tekst, lag_adresse, ren, ren_linje

_MIME_HODE = re.compile(rb"^[!-9;-~]{1,76}:")
_KJENTE_HODER = frozenset(
    {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version", b"return-path"}
)


def ser_ut_som_mime(data: bytes) -> bool:
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


def les_eml(data: bytes, maks: int) -> Rå:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return _eml_innhold(msg, maks)
    except EpostFeil:
        raise
    except Exception as e:
        raise EpostFeil(f"Filen er avkuttet eller skadet: e-postens oppbygning kan ikke leses ({e})") from e


def _eml_innhold(msg: EmailMessage, maks: int) -> Rå:
    advarsler: list[str] = []
    tekstdel = msg.get_body(preferencelist=("plain",))
    htmldel = msg.get_body(preferencelist=("html",))
    html = ren(_del_tekst(htmldel)) if htmldel is not None else None
    tekst = ren(_del_tekst(tekstdel)) if tekstdel is not None else ""
    if not tekst.strip() and html:
        tekst = html_til_tekst(html)

    vedlegg: list[RåVedlegg] = []
    _eml_vedlegg(msg, None, {id(tekstdel), id(htmldel)}, html or "", maks, vedlegg, dybde=0)

    if msg.get_all("bcc"):
        advarsler.append("Meldingen har blindkopimottakere; de er ikke tatt med")
    avsendere = _eml_adresser(msg, "from")
    return Rå(
        emne=ren_linje(str(msg.get("subject", ""))),
        avsender=avsendere[0] if avsendere else None,
        mottakere=_eml_adresser(msg, "to"),
        kopi=_eml_adresser(msg, "cc"),
        sendt=gyldig_dato(lambda: msg["date"].datetime if msg["date"] else None),
        mottatt=gyldig_dato(lambda: _mottatt_fra_received(msg)),
        message_id=ren_linje(str(msg.get("message-id", ""))) or None,
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
            if (a := lag_adresse(ren_linje(navn), ren_linje(epost))) is not None:
                resultat.append(a)
    return tuple(resultat)


def _mottatt_fra_received(msg: EmailMessage) -> datetime | None:
    """The top Received header was written by the last server: delivery time."""
    hoder = msg.get_all("received") or []
    if not hoder or ";" not in str(hoder[0]):
        return None
    return email.utils.parsedate_to_datetime(str(hoder[0]).rsplit(";", 1)[1].strip())


def _del_tekst(del_: MIMEPart) -> str:
    try:
        return del_.get_content()
    except Exception:
        return _innhold(del_).decode("utf-8", errors="replace")


def _innhold(del_: MIMEPart) -> bytes:
    """A leaf part's decoded bytes; b"" where there are none (a multipart gives None)."""
    data = del_.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _blader(del_: MIMEPart) -> Iterator[MIMEPart]:
    """Leaf parts, not descending into attached messages."""
    if del_.get_content_maintype() == "multipart":
        for underdel in del_.iter_parts():
            yield from _blader(underdel)
    else:
        yield del_


def _eml_vedlegg(
    msg: MIMEPart,
    fra_melding: str | None,
    tekstdeler: set[int],
    html: str,
    maks: int,
    ut: list[RåVedlegg],
    *,
    dybde: int,
) -> None:
    for del_ in _blader(msg):
        if id(del_) in tekstdeler:
            continue
        navn = ren_linje(del_.get_filename() or "")
        disposisjon = del_.get_content_disposition()
        if del_.get_content_maintype() == "text" and not navn and disposisjon != "attachment":
            continue  # an alternative or trailing body part, not a file
        if del_.get_content_type() in ("message/rfc822", "message/global"):
            indre = del_.get_payload(0) if del_.is_multipart() else None
            if not isinstance(indre, EmailMessage):
                continue
            emne = ren_linje(str(indre.get("subject", ""))) or "Innebygd melding"
            rådata = _som_bytes(indre)
            navn = navn or f"{emne}.eml"
            for_stort(navn, len(rådata), maks)
            avsendere = _eml_adresser(indre, "from")
            ut.append(
                RåVedlegg(
                    navn,
                    rådata,
                    "message/rfc822",
                    fra_melding,
                    None,
                    False,
                    avsendere[0] if avsendere else None,
                )
            )
            if dybde < MAKS_DYBDE:
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
        data = _innhold(del_)
        if not navn:
            endelse = mimetypes.guess_extension(del_.get_content_type()) or ""
            navn = f"vedlegg{endelse}"
        for_stort(navn, len(data), maks)
        cid = ren_linje(str(del_.get("content-id", ""))).strip("<>") or None
        innebygd = disposisjon != "attachment" and bool(cid and f"cid:{cid}" in html)
        ut.append(
            RåVedlegg(navn, data, mimetype_for(navn, del_.get_content_type()), fra_melding, cid, innebygd)
        )


def _som_bytes(msg: EmailMessage) -> bytes:
    """An attached message as a file of its own."""
    for p in (policy.default, policy.SMTPUTF8, policy.compat32):
        try:
            return msg.as_bytes(policy=p)
        except Exception:
            continue
    return msg.as_string(policy=policy.compat32).encode("utf-8", errors="replace")
