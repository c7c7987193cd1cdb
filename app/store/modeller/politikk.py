"""Political treatment: utvalg, møter, saksgang, utvalgssaker and their behandlinger (issue 15).

The model follows Noark 4's detailed meeting model, so that each row has one home in a Noark 5
arkivuttrekk:

============================  =================================================================
Saksbord (Noark 4)            Noark 5 (arkivstruktur.xsd, moetemappe / moeteregistrering)
============================  =================================================================
``utvalg`` (UTVALG)           ``moetemappe.utvalg`` (the body's name); ``kode`` is the short name
``utvalgsmedlem`` (UTVMEDL.)  ``moetedeltaker`` (``moetedeltakerNavn``, ``moetedeltakerFunksjon``)
``mote`` (MØTE)               ``moetemappe``: ``moetenummer`` (``nummer/aar``), ``moetedato``,
                              ``moetested``, ``tittel`` (utvalg + date); one moetemappe per møte
``behandling`` (UTVBEHANDL.)  ``moeteregistrering`` in that moetemappe:
                              ``moeteregistreringstype`` (PS → ``Saksframlegg``/``Møtesak``,
                              DS/RS → ``Referatsak``, OS → ``Orienteringssak``),
                              ``moeteregistreringsstatus`` (``status``), ``tittel`` from the
                              journalpost, ``administrativEnhet``/``saksbehandler``, the
                              vedtak text as ``beskrivelse``, ``skjerming`` from ``tilgangskode``;
                              ``referanseTilMoeteregistrering`` links the behandlinger of one
                              utvalgssak in the saksgang (``referanseFraMoeteregistrering``)
``utvalgssak`` (UTVALGSSAK)   ``moetesakstype`` + ``moetesaksaar``/``moetesakssekvensnummer``
                              (``PS 12/26``), and the ``dokumentbeskrivelse`` of the sakspapir
                              (the S journalpost) each of its behandlinger points to
``saksgang``                  ``saksgang`` has no Noark 5 element of its own: it is the order of
                              the utvalgssaker (``rekkefolge``), the ``hjemmel`` goes to
                              ``skjerming``/``merknad`` and ``melding_til`` to ``merknad``
============================  =================================================================

A journalpost (the sakspapir) may have several utvalgssaker, one per utvalg in its saksgang
(behandlingsrekkefølge), and each utvalgssak one behandling per møte it is on (an utsatt sak
gets a new behandling at the next møte); every behandling points to the same sakspapir.
The exporter (app/services/eksport/moeter.py) reads these tables; the mapping above is its contract.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, Id


class Utvalg(Base):
    """A political body (formannskap, kommunestyre) or a body holding delegated authority."""

    __tablename__ = "utvalg"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kode: Mapped[str] = mapped_column(String(20), unique=True)  # short name: FSK, KST
    navn: Mapped[str] = mapped_column(String(200))
    sekretar_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    # The body it reports to: a delegated decision (DS) made here is referred there.
    fullmaktsorgan_id: Mapped[int | None] = mapped_column(ForeignKey("utvalg.id"))
    aktiv: Mapped[bool] = mapped_column(Boolean, default=True)
    versjon: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": versjon}


class Utvalgsmedlem(Base):
    """A member or deputy of an utvalg, for a period (politicians are usually not users)."""

    __tablename__ = "utvalgsmedlem"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    utvalg_id: Mapped[int] = mapped_column(ForeignKey("utvalg.id", ondelete="CASCADE"), index=True)
    navn: Mapped[str] = mapped_column(String(200))
    rolle: Mapped[str] = mapped_column(String(20))  # leder | nestleder | medlem | varamedlem
    parti: Mapped[str | None] = mapped_column(String(60))
    epost: Mapped[str | None] = mapped_column(String(200))
    bruker_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    fra: Mapped[date | None] = mapped_column(Date)
    til: Mapped[date | None] = mapped_column(Date)


class Mote(Base):
    """A meeting of an utvalg; ``status``: planlagt → last (saksliste locked) → avholdt."""

    __tablename__ = "mote"
    __table_args__ = (
        UniqueConstraint("utvalg_id", "aar", "nummer"),
        Index("ix_mote_utvalg_dato", "utvalg_id", "dato"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    utvalg_id: Mapped[int] = mapped_column(ForeignKey("utvalg.id"))
    aar: Mapped[int] = mapped_column(Integer)
    nummer: Mapped[int] = mapped_column(Integer)
    dato: Mapped[date] = mapped_column(Date)
    klokkeslett: Mapped[str | None] = mapped_column(String(10))
    sted: Mapped[str] = mapped_column(String(200))
    skrivefrist: Mapped[date] = mapped_column(Date)  # sakspapir finished by this date
    innkallingsfrist: Mapped[date] = mapped_column(Date)  # innkalling sent by this date
    status: Mapped[str] = mapped_column(String(12), default="planlagt")
    last_tid: Mapped[datetime | None] = mapped_column(DateTime)
    versjon: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": versjon}


class Saksgang(Base):
    """What the saksbehandler records on an S: hjemmel and who gets melding om vedtak."""

    __tablename__ = "saksgang"
    journalpost_id: Mapped[int] = mapped_column(
        ForeignKey("journalpost.id", ondelete="CASCADE"), primary_key=True
    )
    hjemmel: Mapped[str | None] = mapped_column(String(200))
    melding_til: Mapped[str | None] = mapped_column(Text)  # one recipient a line


class Utvalgssak(Base):
    """A sakspapir in one utvalg: its type, place in the saksgang and utvalgssaksnummer.

    ``status``: planlagt (in the saksgang, not its turn or not finished), klar (klar til
    behandling), satt_opp (on a møte), ferdig (vedtatt or sendt videre), utgaar.
    """

    __tablename__ = "utvalgssak"
    __table_args__ = (
        UniqueConstraint("utvalg_id", "type", "aar", "nummer"),
        Index("ix_utvalgssak_utvalg_status", "utvalg_id", "status"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    journalpost_id: Mapped[int] = mapped_column(ForeignKey("journalpost.id"), index=True)
    utvalg_id: Mapped[int] = mapped_column(ForeignKey("utvalg.id"))
    # DS: the body that made the delegated decision (the utvalg it is referred to is its fullmaktsorgan).
    vedtatt_av_id: Mapped[int | None] = mapped_column(ForeignKey("utvalg.id"))
    type: Mapped[str] = mapped_column(String(2))  # PS | DS | RS | OS
    rekkefolge: Mapped[int | None] = mapped_column(Integer)  # place in the saksgang (PS)
    aar: Mapped[int | None] = mapped_column(Integer)
    nummer: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="planlagt")
    onsket_mote_id: Mapped[int | None] = mapped_column(ForeignKey("mote.id"))
    klar_dato: Mapped[date | None] = mapped_column(Date)
    opprettet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    opprettet: Mapped[datetime] = mapped_column(DateTime)
    versjon: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": versjon}


class Behandling(Base):
    """One behandling of an utvalgssak in one møte (Noark 4 UTVBEHANDLING).

    ``status``: satt_opp, vedtatt, utsatt, sendt_videre. ``tilgangskode`` shields the
    behandling (lukket møte, offl.): its vedtak is withheld from the public protocol.
    """

    __tablename__ = "behandling"
    __table_args__ = (Index("ix_behandling_mote", "mote_id", "rekkefolge"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    utvalgssak_id: Mapped[int] = mapped_column(ForeignKey("utvalgssak.id", ondelete="CASCADE"), index=True)
    journalpost_id: Mapped[int] = mapped_column(ForeignKey("journalpost.id"), index=True)
    mote_id: Mapped[int] = mapped_column(ForeignKey("mote.id"))
    rekkefolge: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(14), default="satt_opp")
    innstilling: Mapped[str | None] = mapped_column(Text)
    vedtak: Mapped[str | None] = mapped_column(Text)
    vedtaksdato: Mapped[date | None] = mapped_column(Date)
    tilgangskode: Mapped[str | None] = mapped_column(ForeignKey("kode_tilgang.kode"))
    hjemmel: Mapped[str | None] = mapped_column(String(100))
    oppfolging_bekreftet: Mapped[datetime | None] = mapped_column(DateTime)
    oppfolging_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    versjon: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": versjon}
