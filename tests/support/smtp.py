"""A real SMTP server in the test process (aiosmtpd), that can refuse chosen recipients or stop."""

from __future__ import annotations

import email
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller


def ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mottatt:
    fra: str
    til: list[str]
    melding: EmailMessage


@dataclass
class Postkasse:
    """What the server received; ``avvis`` holds addresses answered with 451 (try again later)."""

    mottatt: list[Mottatt] = field(default_factory=list)
    avvis: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.avvis:
            return "451 4.3.0 Midlertidig feil, prøv igjen senere"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        melding = email.message_from_bytes(envelope.content, policy=default)
        assert isinstance(melding, EmailMessage)
        self.mottatt.append(Mottatt(envelope.mail_from, list(envelope.rcpt_tos), melding))
        return "250 Message accepted for delivery"


class SmtpTjener:
    def __init__(self) -> None:
        self.postkasse = Postkasse()
        self.port = ledig_port()
        self._kontroller = Controller(self.postkasse, hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpTjener:
        self._kontroller.start()
        return self

    def stopp(self) -> None:
        self._kontroller.stop()
