"""E-mail out: one message per mottaker, over SMTP or as an unsent .eml for the user's mail program.

The message is built with the standard library's ``email`` package: the covering text as the
body (or the hoveddokument's own text, when the user chose it as the body), the arkivformat
PDFs attached. Our Message-ID is set before sending and is what the archive keeps, so the same
message imported back from Sent Items is recognised.

Without an SMTP server the message is written as an .eml with ``X-Unsent: 1``: Outlook and
Thunderbird open such a file as a draft ready to send, so the user sends it from their own
mail program (the window opens it). A failure says whether the message may already have gone
(a timeout after the data was handed over), so the caller never retries that blindly.
"""

from __future__ import annotations

import copy
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid

from app.ekspedering.feil import KanalFeil


@dataclass(frozen=True)
class Vedlegg:
    filnavn: str
    data: bytes
    mimetype: str = "application/pdf"


@dataclass(frozen=True)
class Adresse:
    navn: str
    epost: str

    def som_tekst(self) -> str:
        return formataddr((self.navn, self.epost))


@dataclass(frozen=True)
class SmtpOppsett:
    """Where and how to send; ``sikkerhet`` is ingen, starttls or tls."""

    vert: str
    port: int = 587
    sikkerhet: str = "starttls"
    bruker: str = ""
    passord: str = ""
    tidsavbrudd: float = 60.0


def ny_message_id(avsender: str) -> str:
    """A Message-ID in the sender's own domain (``<…@kommune.no>``)."""
    domene = avsender.rpartition("@")[2].strip(" >") or "saksbord.invalid"
    return make_msgid(domain=domene)


def lag_epost(
    *,
    avsender: Adresse,
    til: Sequence[Adresse],
    emne: str,
    tekst: str,
    vedlegg: Sequence[Vedlegg] = (),
    kopi: Sequence[Adresse] = (),
    message_id: str | None = None,
    referanse: str | None = None,
) -> EmailMessage:
    """The message as it will be sent; ``referanse`` (our forsendelse uuid) goes in a header of its own."""
    if not til:
        raise KanalFeil("E-posten har ingen mottaker", permanent=True)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = avsender.som_tekst()
    msg["To"] = ", ".join(a.som_tekst() for a in til)
    if kopi:
        msg["Cc"] = ", ".join(a.som_tekst() for a in kopi)
    msg["Subject"] = emne
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = message_id or ny_message_id(avsender.epost)
    if referanse:
        msg["X-Saksbord-Forsendelse"] = referanse
    msg.set_content(tekst or "")
    for v in vedlegg:
        hoved, _, under = v.mimetype.partition("/")
        msg.add_attachment(v.data, maintype=hoved, subtype=under or "octet-stream", filename=v.filnavn)
    return msg


def som_eml(msg: EmailMessage) -> bytes:
    """The message as an .eml the user's mail program opens as a draft to send (``X-Unsent: 1``)."""
    utkast = copy.deepcopy(msg)
    utkast["X-Unsent"] = "1"
    return utkast.as_bytes()


def send_smtp(msg: EmailMessage, oppsett: SmtpOppsett) -> str:
    """Send over SMTP; returns the Message-ID. ``KanalFeil`` says whether it may have gone anyway."""
    if not oppsett.vert:
        raise KanalFeil("Ingen SMTP-tjener er satt opp (smtp.vert)", permanent=True)
    levert = False
    try:
        if oppsett.sikkerhet == "tls":
            klient: smtplib.SMTP = smtplib.SMTP_SSL(
                oppsett.vert, oppsett.port, timeout=oppsett.tidsavbrudd, context=ssl.create_default_context()
            )
        else:
            klient = smtplib.SMTP(oppsett.vert, oppsett.port, timeout=oppsett.tidsavbrudd)
        with klient:
            if oppsett.sikkerhet == "starttls":
                klient.starttls(context=ssl.create_default_context())
            if oppsett.bruker:
                klient.login(oppsett.bruker, oppsett.passord)
            levert = True  # from here on the server may have the message
            avvist = klient.send_message(msg)
    except smtplib.SMTPAuthenticationError as e:
        raise KanalFeil(
            f"SMTP-tjeneren godtok ikke innloggingen for {oppsett.bruker}: {_tekst(e)}", permanent=True
        ) from e
    except smtplib.SMTPRecipientsRefused as e:
        adresser = ", ".join(e.recipients)
        varig = all(kode >= 500 for kode, _ in e.recipients.values())
        raise KanalFeil(f"SMTP-tjeneren avviste mottakeren {adresser}", permanent=varig) from e
    except smtplib.SMTPSenderRefused as e:
        raise KanalFeil(f"SMTP-tjeneren avviste avsenderen {e.sender}: {_tekst(e)}", permanent=True) from e
    except smtplib.SMTPResponseException as e:
        raise KanalFeil(
            f"SMTP-tjeneren svarte {e.smtp_code}: {_tekst(e)}", permanent=500 <= e.smtp_code < 600
        ) from e
    except TimeoutError as e:
        raise KanalFeil(f"SMTP-tjeneren {oppsett.vert} svarte ikke i tide", sendt_kanskje=levert) from e
    except (OSError, smtplib.SMTPException) as e:
        raise KanalFeil(
            f"Kan ikke sende gjennom SMTP-tjeneren {oppsett.vert}:{oppsett.port}: {e}", sendt_kanskje=levert
        ) from e
    if avvist:
        raise KanalFeil("SMTP-tjeneren avviste " + ", ".join(avvist), permanent=True)
    return str(msg["Message-ID"])


def _tekst(e: smtplib.SMTPResponseException) -> str:
    svar = e.smtp_error
    return svar.decode("utf-8", "replace") if isinstance(svar, bytes) else str(svar)
