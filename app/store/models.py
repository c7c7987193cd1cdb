"""The registry model (DESIGN §1) mapped with SQLAlchemy 2, one schema for SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def tabell(modell: type[Base]) -> Table:
    """The Table a model is mapped to, for Core statements (upserts, counters).

    DeclarativeBase types ``__table__`` as any FromClause (a class may be mapped to a select);
    every model here is mapped to a Table.
    """
    t = modell.__table__
    assert isinstance(t, Table)
    return t


# --- reference tables (code lists) -----------------------------------------


class Journalposttype(Base):
    __tablename__ = "kode_journalposttype"
    kode: Mapped[str] = mapped_column(String(4), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))


class Journalstatus(Base):
    __tablename__ = "kode_journalstatus"
    kode: Mapped[str] = mapped_column(String(4), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))


class Saksstatus(Base):
    __tablename__ = "kode_saksstatus"
    kode: Mapped[str] = mapped_column(String(4), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))


class Sakstype(Base):
    __tablename__ = "kode_sakstype"
    kode: Mapped[str] = mapped_column(String(10), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))


class Avskrivningskode(Base):
    __tablename__ = "kode_avskrivning"
    kode: Mapped[str] = mapped_column(String(6), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))
    typer: Mapped[str] = mapped_column(String(10))
    krever_merknad: Mapped[bool] = mapped_column(Boolean, default=False)
    beholder_restanse: Mapped[bool] = mapped_column(Boolean, default=False)


class Tilgangskode(Base):
    __tablename__ = "kode_tilgang"
    kode: Mapped[str] = mapped_column(String(6), primary_key=True)
    navn: Mapped[str] = mapped_column(String(100))
    hjemmel: Mapped[str | None] = mapped_column(String(100))


class Innstilling(Base):
    __tablename__ = "innstilling"
    navn: Mapped[str] = mapped_column(String(60), primary_key=True)
    verdi: Mapped[str] = mapped_column(String(200))


class Nummerserie(Base):
    """Last number used per series and year; rows are locked while numbering."""

    __tablename__ = "nummerserie"
    serie: Mapped[str] = mapped_column(String(20), primary_key=True)
    aar: Mapped[int] = mapped_column(Integer, primary_key=True)
    siste: Mapped[int] = mapped_column(Integer, default=0)


# --- organisation ----------------------------------------------------------


class AdministrativEnhet(Base):
    __tablename__ = "administrativ_enhet"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    kode: Mapped[str] = mapped_column(String(20), unique=True)
    navn: Mapped[str] = mapped_column(String(200))
    leder_id: Mapped[int | None] = mapped_column(Id)  # no FK: bruker refers to enhet already
    overordnet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"))


class Bruker(Base):
    __tablename__ = "bruker"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    initialer: Mapped[str] = mapped_column(String(20), unique=True)
    navn: Mapped[str] = mapped_column(String(200))
    epost: Mapped[str | None] = mapped_column(String(200))
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"))
    aktiv: Mapped[bool] = mapped_column(Boolean, default=True)
    db_rolle: Mapped[str | None] = mapped_column(String(63))
    telefon: Mapped[str | None] = mapped_column(String(30))  # the letter's contact line

    enhet: Mapped[AdministrativEnhet | None] = relationship(foreign_keys=[enhet_id])
    roller: Mapped[list[BrukerRolle]] = relationship(cascade="all, delete-orphan")
    tilganger: Mapped[list[BrukerTilgang]] = relationship(cascade="all, delete-orphan")


class BrukerRolle(Base):
    __tablename__ = "bruker_rolle"
    bruker_id: Mapped[int] = mapped_column(ForeignKey("bruker.id", ondelete="CASCADE"), primary_key=True)
    rolle: Mapped[str] = mapped_column(String(30), primary_key=True)


class BrukerTilgang(Base):
    """An authorised tilgangskode; ``enhet_id`` limits it to one unit (leaders)."""

    __tablename__ = "bruker_tilgang"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    bruker_id: Mapped[int] = mapped_column(ForeignKey("bruker.id", ondelete="CASCADE"), index=True)
    tilgangskode: Mapped[str] = mapped_column(ForeignKey("kode_tilgang.kode"))
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"))


class Stedfortreder(Base):
    __tablename__ = "stedfortreder"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    leder_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"), index=True)
    stedfortreder_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"), index=True)
    fra: Mapped[date] = mapped_column(Date)
    til: Mapped[date] = mapped_column(Date)
    koder: Mapped[str] = mapped_column(String(200), default="")  # comma separated; empty = no shielded codes


# --- archive structure -----------------------------------------------------


class Arkiv(Base):
    __tablename__ = "arkiv"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    tittel: Mapped[str] = mapped_column(String(200))


class Arkivdel(Base):
    __tablename__ = "arkivdel"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    arkiv_id: Mapped[int] = mapped_column(ForeignKey("arkiv.id"))
    tittel: Mapped[str] = mapped_column(String(200))
    # Noark 5 periods (revision 0009; app/services/perioder.py): aktiv | overlapping | avsluttet.
    status: Mapped[str] = mapped_column(String(20), default="aktiv", server_default="aktiv")
    periode_start: Mapped[date | None] = mapped_column(Date)
    periode_slutt: Mapped[date | None] = mapped_column(Date)
    avsluttet_dato: Mapped[datetime | None] = mapped_column(DateTime)
    avsluttet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    forloper_id: Mapped[int | None] = mapped_column(ForeignKey("arkivdel.id"))


class Sak(Base):
    __tablename__ = "sak"
    __table_args__ = (UniqueConstraint("saksaar", "sakssekvensnummer"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    arkivdel_id: Mapped[int | None] = mapped_column(ForeignKey("arkivdel.id"))
    saksaar: Mapped[int] = mapped_column(Integer)
    sakssekvensnummer: Mapped[int] = mapped_column(Integer)
    tittel: Mapped[str] = mapped_column(String(500))
    tittel2: Mapped[str | None] = mapped_column(String(500))
    saksdato: Mapped[date] = mapped_column(Date)
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"), index=True)
    saksansvarlig_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"), index=True)
    sakstype: Mapped[str | None] = mapped_column(ForeignKey("kode_sakstype.kode"))
    status: Mapped[str] = mapped_column(ForeignKey("kode_saksstatus.kode"), index=True)
    obs_dato: Mapped[date | None] = mapped_column(Date, index=True)
    obs_kommentar: Mapped[str | None] = mapped_column(String(500))
    tilgangskode: Mapped[str | None] = mapped_column(ForeignKey("kode_tilgang.kode"))
    skjermingsnivaa: Mapped[int | None] = mapped_column(Integer)
    hjemmel: Mapped[str | None] = mapped_column(String(100))
    siste_dokumentnummer: Mapped[int] = mapped_column(Integer, default=0)
    opprettet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    avsluttet_dato: Mapped[date | None] = mapped_column(Date)
    avslutning_bedt: Mapped[bool] = mapped_column(Boolean, default=False)
    versjon: Mapped[int] = mapped_column(Integer, default=1)
    endret: Mapped[datetime | None] = mapped_column(DateTime)

    __mapper_args__ = {"version_id_col": versjon}

    klasseringer: Mapped[list[Klassering]] = relationship(
        cascade="all, delete-orphan", order_by="Klassering.sortering"
    )


class Klassering(Base):
    __tablename__ = "klassering"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sak_id: Mapped[int] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    ordningsprinsipp: Mapped[str] = mapped_column(String(30))  # K-kode, GBNR, FNR, ORG …
    ordningsverdi: Mapped[str] = mapped_column(String(100))
    beskrivelse: Mapped[str | None] = mapped_column(String(200))
    sortering: Mapped[int] = mapped_column(Integer, default=1)


class Journalpost(Base):
    __tablename__ = "journalpost"
    __table_args__ = (
        UniqueConstraint("sak_id", "dokumentnummer"),
        UniqueConstraint("journalaar", "journalsekvensnummer"),
        Index("ix_journalpost_sbh_status", "saksbehandler_id", "status"),
        # Ubehandlet/Forfall: a desk's restanser by due date without walking all its journalposter.
        Index("ix_journalpost_sbh_restanse", "saksbehandler_id", "restanse", "forfallsdato"),
        # Til journalføring, Til fordeling …: a status range already in date order, and counted
        # (tilgangskode XX left out) from the index alone (migration 0018).
        Index("ix_journalpost_status_dato_kode", "status", "journaldato", "tilgangskode"),
    )
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sak_id: Mapped[int] = mapped_column(ForeignKey("sak.id"), index=True)
    dokumentnummer: Mapped[int] = mapped_column(Integer)
    journalaar: Mapped[int] = mapped_column(Integer)
    journalsekvensnummer: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(ForeignKey("kode_journalposttype.kode"))
    status: Mapped[str] = mapped_column(ForeignKey("kode_journalstatus.kode"))
    tittel: Mapped[str] = mapped_column(String(500))
    tittel2: Mapped[str | None] = mapped_column(String(500))
    dokumentdato: Mapped[date | None] = mapped_column(Date)
    mottatt_dato: Mapped[date | None] = mapped_column(Date)
    ekspedert_dato: Mapped[date | None] = mapped_column(Date)
    journaldato: Mapped[date] = mapped_column(Date, index=True)
    saksbehandler_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"), index=True)
    forfallsdato: Mapped[date | None] = mapped_column(Date)
    antall_vedlegg: Mapped[int] = mapped_column(Integer, default=0)
    tilgangskode: Mapped[str | None] = mapped_column(ForeignKey("kode_tilgang.kode"))
    skjermingsnivaa: Mapped[int | None] = mapped_column(Integer)
    hjemmel: Mapped[str | None] = mapped_column(String(100))
    restanse: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    forelopig_svar: Mapped[bool] = mapped_column(Boolean, default=False)
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    kilde_sjekksum: Mapped[str | None] = mapped_column(String(64), index=True)
    advarsel: Mapped[str | None] = mapped_column(Text)
    # A forwarded e-mail's original sender, found in the quoted headers and offered to the user.
    foreslatt_avsender_navn: Mapped[str | None] = mapped_column(String(300))
    foreslatt_avsender_epost: Mapped[str | None] = mapped_column(String(200))
    opprettet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    opprettet: Mapped[datetime] = mapped_column(DateTime)
    versjon: Mapped[int] = mapped_column(Integer, default=1)
    endret: Mapped[datetime | None] = mapped_column(DateTime)

    __mapper_args__ = {"version_id_col": versjon}

    sak: Mapped[Sak] = relationship()
    parter: Mapped[list[Korrespondansepart]] = relationship(
        cascade="all, delete-orphan", order_by="Korrespondansepart.id"
    )


class Korrespondansepart(Base):
    __tablename__ = "korrespondansepart"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    journalpost_id: Mapped[int] = mapped_column(ForeignKey("journalpost.id", ondelete="CASCADE"), index=True)
    rolle: Mapped[str] = mapped_column(String(20))  # avsender | mottaker | kopimottaker
    navn: Mapped[str] = mapped_column(String(300), index=True)
    adresse: Mapped[str | None] = mapped_column(String(300))
    postnummer: Mapped[str | None] = mapped_column(String(10))
    poststed: Mapped[str | None] = mapped_column(String(100))
    epost: Mapped[str | None] = mapped_column(String(200))
    referanse: Mapped[str | None] = mapped_column(String(100))
    intern_bruker_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"), index=True)
    intern_enhet_id: Mapped[int | None] = mapped_column(ForeignKey("administrativ_enhet.id"))
    kanal: Mapped[str | None] = mapped_column(String(10))  # epost | papir | intern | svarut
    ekspedert: Mapped[datetime | None] = mapped_column(DateTime)
    # SvarUt's digitalId: fødselsnummer or organisasjonsnummer (revision 0013).
    digital_id: Mapped[str | None] = mapped_column(String(11))


class Dokumentbeskrivelse(Base):
    __tablename__ = "dokumentbeskrivelse"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    tittel: Mapped[str] = mapped_column(String(500))
    opprettet: Mapped[datetime] = mapped_column(DateTime)
    opprettet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    # Checked out for editing: who has it and since when (a second user cannot check in over it).
    utsjekket_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    utsjekket: Mapped[datetime | None] = mapped_column(DateTime)
    # The last arkivformat attempt failed: "feilet" and the reason, shown with a retry.
    arkivstatus: Mapped[str | None] = mapped_column(String(20))
    arkivfeil: Mapped[str | None] = mapped_column(Text)

    objekter: Mapped[list[Dokumentobjekt]] = relationship(
        cascade="all, delete-orphan", order_by="(Dokumentobjekt.versjonsnummer, Dokumentobjekt.variantformat)"
    )


class JournalpostDokument(Base):
    """Links a document to a journalpost; one document may serve several journalposter."""

    __tablename__ = "journalpost_dokument"
    journalpost_id: Mapped[int] = mapped_column(
        ForeignKey("journalpost.id", ondelete="CASCADE"), primary_key=True
    )
    dokument_id: Mapped[int] = mapped_column(
        ForeignKey("dokumentbeskrivelse.id"), primary_key=True, index=True
    )
    tilknytning: Mapped[str] = mapped_column(String(20))  # hoveddokument | vedlegg
    rekkefolge: Mapped[int] = mapped_column(Integer, default=1)

    dokument: Mapped[Dokumentbeskrivelse] = relationship()


class Innhold(Base):
    """File content stored once, by SHA-256."""

    __tablename__ = "innhold"
    sjekksum: Mapped[str] = mapped_column(String(64), primary_key=True)
    storrelse: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Dokumentobjekt(Base):
    __tablename__ = "dokumentobjekt"
    __table_args__ = (UniqueConstraint("dokument_id", "versjonsnummer", "variantformat"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    dokument_id: Mapped[int] = mapped_column(
        ForeignKey("dokumentbeskrivelse.id", ondelete="CASCADE"), index=True
    )
    versjonsnummer: Mapped[int] = mapped_column(Integer, default=1)
    variantformat: Mapped[str] = mapped_column(String(20))  # produksjonsformat | arkivformat
    format: Mapped[str] = mapped_column(String(20))  # pdf, msg, docx …
    filnavn: Mapped[str] = mapped_column(String(300))
    sjekksum: Mapped[str] = mapped_column(ForeignKey("innhold.sjekksum"), index=True)
    storrelse: Mapped[int] = mapped_column(BigInteger)
    sider: Mapped[int | None] = mapped_column(Integer)
    kryptert: Mapped[bool] = mapped_column(Boolean, default=False)
    opprettet: Mapped[datetime] = mapped_column(DateTime)


class Mal(Base):
    """A document template in the archive's library; the shipped defaults are copied in on first change."""

    __tablename__ = "mal"
    navn: Mapped[str] = mapped_column(String(100), primary_key=True)
    tittel: Mapped[str] = mapped_column(String(200))
    journalposttyper: Mapped[str] = mapped_column(String(20))  # "U", "NX" …
    standard_for: Mapped[str] = mapped_column(String(200), default="")  # comma separated
    aktiv: Mapped[bool] = mapped_column(Boolean, default=True)
    endret: Mapped[datetime] = mapped_column(DateTime)

    versjoner: Mapped[list[Malversjon]] = relationship(
        cascade="all, delete-orphan", order_by="Malversjon.versjon"
    )


class Malversjon(Base):
    """One version of a template's .docx; a replaced template keeps every older version."""

    __tablename__ = "malversjon"
    mal_navn: Mapped[str] = mapped_column(ForeignKey("mal.navn", ondelete="CASCADE"), primary_key=True)
    versjon: Mapped[int] = mapped_column(Integer, primary_key=True)
    filnavn: Mapped[str] = mapped_column(String(300))
    sjekksum: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    opprettet: Mapped[datetime] = mapped_column(DateTime)
    opprettet_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))


class Merknad(Base):
    __tablename__ = "merknad"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sak_id: Mapped[int | None] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    journalpost_id: Mapped[int | None] = mapped_column(
        ForeignKey("journalpost.id", ondelete="CASCADE"), index=True
    )
    oppgave_id: Mapped[int | None] = mapped_column(ForeignKey("oppgave.id"))
    type: Mapped[str] = mapped_column(String(10))  # formell | gul
    tekst: Mapped[str] = mapped_column(Text)
    for_alle: Mapped[bool] = mapped_column(Boolean, default=True)
    av_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"))
    tid: Mapped[datetime] = mapped_column(DateTime)


class Avskrivning(Base):
    __tablename__ = "avskrivning"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    journalpost_id: Mapped[int] = mapped_column(ForeignKey("journalpost.id", ondelete="CASCADE"), index=True)
    kode: Mapped[str] = mapped_column(ForeignKey("kode_avskrivning.kode"))
    dato: Mapped[date | None] = mapped_column(Date)  # None while waiting for the answer to be ekspedert
    av_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"))
    merknad: Mapped[str | None] = mapped_column(Text)
    svar_journalpost_id: Mapped[int | None] = mapped_column(ForeignKey("journalpost.id"), index=True)
    ventende: Mapped[bool] = mapped_column(Boolean, default=False)


class Presedens(Base):
    __tablename__ = "presedens"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sak_id: Mapped[int] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(30))  # vedtak, dom, praksis …
    stikkord: Mapped[str] = mapped_column(String(200))
    tekst: Mapped[str | None] = mapped_column(Text)
    journalpost_ids: Mapped[str] = mapped_column(String(500), default="")
    dato: Mapped[date] = mapped_column(Date)
    av_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"))


class Kryssreferanse(Base):
    __tablename__ = "kryssreferanse"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    fra_sak_id: Mapped[int] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"), index=True)
    til_sak_id: Mapped[int | None] = mapped_column(ForeignKey("sak.id", ondelete="CASCADE"))
    til_journalpost_id: Mapped[int | None] = mapped_column(ForeignKey("journalpost.id", ondelete="CASCADE"))


class Oppgave(Base):
    __tablename__ = "oppgave"
    __table_args__ = (Index("ix_oppgave_til_status", "til_id", "status"),)
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    journalpost_id: Mapped[int | None] = mapped_column(ForeignKey("journalpost.id"), index=True)
    sak_id: Mapped[int | None] = mapped_column(ForeignKey("sak.id"), index=True)
    fra_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"), index=True)
    paa_vegne_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    til_id: Mapped[int] = mapped_column(ForeignKey("bruker.id"))
    merknad: Mapped[str | None] = mapped_column(Text)
    gul_merknad: Mapped[str | None] = mapped_column(Text)
    gul_for_alle: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="aktiv")  # aktiv | besvart | deaktivert | fjernet
    svar: Mapped[str | None] = mapped_column(String(20))
    sendt: Mapped[datetime] = mapped_column(DateTime)
    lest: Mapped[datetime | None] = mapped_column(DateTime)
    besvart: Mapped[datetime | None] = mapped_column(DateTime)
    forrige_id: Mapped[int | None] = mapped_column(ForeignKey("oppgave.id"))
    kjede_start_id: Mapped[int | None] = mapped_column(ForeignKey("oppgave.id"))


class Endringslogg(Base):
    __tablename__ = "endringslogg"
    id: Mapped[int] = mapped_column(Id, primary_key=True)
    tid: Mapped[datetime] = mapped_column(DateTime, index=True)
    bruker_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    paa_vegne_av_id: Mapped[int | None] = mapped_column(ForeignKey("bruker.id"))
    handling: Mapped[str] = mapped_column(String(60))
    entitet: Mapped[str] = mapped_column(String(30))
    entitet_id: Mapped[int | None] = mapped_column(BigInteger)
    sak_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    journalpost_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    felt: Mapped[str | None] = mapped_column(String(60))
    fra: Mapped[str | None] = mapped_column(Text)
    til: Mapped[str | None] = mapped_column(Text)


# Feature areas keep their tables in their own modules on the same metadata; imported here so
# every user of ``Base.metadata`` (sync lists, schema checks) sees them.
from app.store import models_integrasjon  # noqa: E402, F401
from app.store.modeller import politikk as _politikk  # noqa: E402, F401
