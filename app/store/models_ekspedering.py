"""Forsendelser: one row per mottaker and channel, written before anything leaves the house.

Ekspedering talks to the outside world (an SMTP server, SvarUt, a printer), which can fail
halfway or answer late. The row is written, with our own uuid, in its own transaction before
the message goes; the channel's answer (the Message-ID, SvarUt's forsendelse-id) or the
failure is written after. So a journalpost sent to three of five mottakere says so, a retry
sends only to the two that are left, and a mottaker is never sent the same letter twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, Id


class Forsendelse(Base):
    __tablename__ = "forsendelse"
    __table_args__ = (UniqueConstraint("part_id", "kanal"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    journalpost_id: Mapped[int] = mapped_column(ForeignKey("journalpost.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("korrespondansepart.id", ondelete="CASCADE"), index=True)
    kanal: Mapped[str] = mapped_column(String(10))  # epost | papir | intern | svarut
    status: Mapped[str] = mapped_column(String(12))  # venter | sender | sendt | feilet
    ekstern_id: Mapped[str | None] = mapped_column(String(500))
    ekstern_status: Mapped[str | None] = mapped_column(String(40))
    feil: Mapped[str | None] = mapped_column(Text)
    av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    opprettet: Mapped[datetime] = mapped_column(DateTime)
    tid: Mapped[datetime] = mapped_column(DateTime)
