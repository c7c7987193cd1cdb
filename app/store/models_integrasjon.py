"""Tables of the national integrations (issue 16): Fiks Arkiv, eInnsyn and the party register.

* ``ekstern_noekkel``: a fagsystem's own key for a sak or journalpost it archived through Fiks Arkiv.
  Looked up before anything is made, so a message sent twice creates nothing the second time; the
  unique key stops two parallel receipts of the same message.
* ``arkivmelding_mottak``: every arkivmelding received, with its checksum, the outcome and the
  answer sent (the kvittering or the schema error), so the archive sees what came in.
* ``einnsyn_publisering``: per journalpost what was sent to eInnsyn (externalId, checksum of the
  content, status venter/publisert/feilet/trukket, the last error), so a change is sent as an
  update and a retry never publishes twice.
* ``partregister``: external parties typed once, offered again; a row carries the tilgangskode of
  the journalpost it came from, so a shielded party is offered only to those who may see it.

Enhetsregisteret answers are public data and cached per desk in a file (app/integrasjoner), not here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, Id


class EksternNoekkel(Base):
    __tablename__ = "ekstern_noekkel"
    __table_args__ = (UniqueConstraint("fagsystem", "noekkel", "entitet"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    fagsystem: Mapped[str] = mapped_column(String(200))
    noekkel: Mapped[str] = mapped_column(String(200))
    entitet: Mapped[str] = mapped_column(String(20))  # sak | journalpost
    sak_id: Mapped[int | None] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    journalpost_id: Mapped[int | None] = mapped_column(
        ForeignKey("journalpost.id", ondelete="CASCADE"), index=True
    )
    opprettet: Mapped[datetime] = mapped_column(DateTime)


class Arkivmeldingmottak(Base):
    __tablename__ = "arkivmelding_mottak"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sjekksum: Mapped[str] = mapped_column(String(64), index=True)
    fagsystem: Mapped[str | None] = mapped_column(String(200))
    filnavn: Mapped[str] = mapped_column(String(300))
    mottatt: Mapped[datetime] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(20))  # opprettet | eksisterende | feilet
    feil: Mapped[str | None] = mapped_column(Text)
    sak_id: Mapped[int | None] = mapped_column(ForeignKey("sak.id", ondelete="SET NULL"))
    journalpost_id: Mapped[int | None] = mapped_column(ForeignKey("journalpost.id", ondelete="SET NULL"))
    svar: Mapped[str] = mapped_column(Text)
    av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))


class EinnsynPublisering(Base):
    __tablename__ = "einnsyn_publisering"
    journalpost_id: Mapped[int] = mapped_column(
        ForeignKey("journalpost.id", ondelete="CASCADE"), primary_key=True
    )
    ekstern_id: Mapped[str] = mapped_column(String(100), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)  # venter | publisert | feilet | trukket
    feil: Mapped[str | None] = mapped_column(Text)
    forsok: Mapped[int] = mapped_column(Integer, default=0)
    sist_forsok: Mapped[datetime | None] = mapped_column(DateTime)
    publisert: Mapped[datetime | None] = mapped_column(DateTime)
    sjekksum: Mapped[str | None] = mapped_column(String(64))  # of the content last published
    navn_fjernet: Mapped[bool] = mapped_column(Boolean, default=False)


class Partregister(Base):
    __tablename__ = "partregister"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    navn: Mapped[str] = mapped_column(String(300), index=True)
    epost: Mapped[str | None] = mapped_column(String(200))
    adresse: Mapped[str | None] = mapped_column(String(300))
    postnummer: Mapped[str | None] = mapped_column(String(10))
    poststed: Mapped[str | None] = mapped_column(String(100))
    orgnr: Mapped[str | None] = mapped_column(String(9), index=True)
    fodselsnummer: Mapped[str | None] = mapped_column(String(11))
    tilgangskode: Mapped[str | None] = mapped_column(ForeignKey("kode_tilgang.kode"))
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"))
    antall: Mapped[int] = mapped_column(Integer, default=1)
    sist_brukt: Mapped[datetime] = mapped_column(DateTime)


class EinnsynDokument(Base):
    """A document the archive has marked for publication on eInnsyn (others are never sent)."""

    __tablename__ = "einnsyn_dokument"
    dokument_id: Mapped[int] = mapped_column(
        ForeignKey("dokumentbeskrivelse.id", ondelete="CASCADE"), primary_key=True
    )
    merket: Mapped[datetime] = mapped_column(DateTime)
    av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
