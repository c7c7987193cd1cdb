"""Tables for the handbooks' rules of issue 20: write access to a sak, and the users' own kurver.

Kept apart from app/store/models.py (which imports this module at its end, so every table is in
``Base.metadata`` wherever the models are used: the sync registry reads it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, Id


class SakTilgang(Base):
    """A user the saksansvarlig (or the archive) has given write access to a sak outside their unit."""

    __tablename__ = "sak_tilgang"
    __table_args__ = (UniqueConstraint("sak_id", "bruker_id"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sak_id: Mapped[int] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    bruker_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"), index=True)
    gitt_av_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"))
    gitt: Mapped[datetime] = mapped_column(DateTime)


class EgenKurv(Base):
    """A saved search a user keeps in the left pane; a leader may share one with the unit."""

    __tablename__ = "egen_kurv"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    eier_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"), index=True)
    navn: Mapped[str] = mapped_column(String(100))
    kriterier: Mapped[str] = mapped_column(Text)  # JSON: type, status, enhet, saksbehandler, klasse, dager …
    rekkefolge: Mapped[int] = mapped_column(Integer, default=0)
    delt_enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"), index=True)
    opprettet: Mapped[datetime] = mapped_column(DateTime)
