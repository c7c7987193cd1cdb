"""SvarInn mottak: one row per forsendelse fetched from KS Fiks SvarInn, registered or not.

The row is what makes fetching safe to repeat. It is written in the same transaction as the
journalpost it became, so the next poll (or a poll after a lost kvittering) finds the SvarInn
forsendelse-id and registers nothing twice. A forsendelse that could not be decrypted or read
keeps its payload here, as downloaded, with the reason, so the archive sees it and nothing is
lost; ``kvittert`` says whether SvarInn has been told (kvitterMottak or mottakFeilet).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, Id


class SvarInnMottak(Base):
    __tablename__ = "svarinn_mottak"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    forsendelse_id: Mapped[str] = mapped_column(String(100), unique=True)
    status: Mapped[str] = mapped_column(String(12))  # registrert | feilet
    kvittert: Mapped[bool] = mapped_column(Boolean, default=False)
    permanent: Mapped[bool | None] = mapped_column(Boolean)
    tittel: Mapped[str] = mapped_column(String(1000))
    avsender: Mapped[str | None] = mapped_column(String(300))
    journalpost_id: Mapped[int | None] = mapped_column(ForeignKey("journalpost.id"), index=True)
    feilmelding: Mapped[str | None] = mapped_column(Text)
    forsendelse_json: Mapped[str] = mapped_column(Text)
    filnavn: Mapped[str | None] = mapped_column(String(300))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    mottatt: Mapped[datetime] = mapped_column(DateTime)
    endret: Mapped[datetime] = mapped_column(DateTime)
