"""National integrations: Fiks Arkiv external keys and receipts, eInnsyn publication, party register

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 03:00:00

* ``ekstern_noekkel``: a fagsystem's key (fagsystem, noekkel) for the sak or journalpost it
  archived; unique, so the same arkivmelding received twice (even in parallel) makes one sak.
* ``arkivmelding_mottak``: every message received, its checksum, outcome and the answer sent.
* ``einnsyn_publisering``: per journalpost what eInnsyn holds (externalId, content checksum,
  status, last error, tries), so changes go as updates and a retry never duplicates.
* ``einnsyn_dokument``: the documents the archive has marked for publication on eInnsyn.
* ``partregister``: the local address book of external parties, each row with the tilgangskode
  of the journalpost it came from.

PostgreSQL: all five get change tracking like every synced table. The first four are the
archive's (read and written by the archive role or the owner); ``partregister`` is shielded like
the journalposter (policy ``saksbord_synlig`` through ``saksbord_kan_se`` on its code and unit),
for reading and for every row written.

Idempotent, as 0003-0008 are. Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABELLER = ("einnsyn_dokument", "partregister", "einnsyn_publisering", "arkivmelding_mottak", "ekstern_noekkel")

TABELLER_SQLITE = (
    """CREATE TABLE IF NOT EXISTS ekstern_noekkel (
	id INTEGER NOT NULL,
	fagsystem VARCHAR(200) NOT NULL,
	noekkel VARCHAR(200) NOT NULL,
	entitet VARCHAR(20) NOT NULL,
	sak_id INTEGER,
	journalpost_id INTEGER,
	opprettet DATETIME NOT NULL,
	CONSTRAINT pk_ekstern_noekkel PRIMARY KEY (id),
	CONSTRAINT uq_ekstern_noekkel_fagsystem UNIQUE (fagsystem, noekkel, entitet),
	CONSTRAINT fk_ekstern_noekkel_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE CASCADE,
	CONSTRAINT fk_ekstern_noekkel_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE
)""",
    """CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_journalpost_id ON ekstern_noekkel (journalpost_id)""",
    """CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_sak_id ON ekstern_noekkel (sak_id)""",
    """CREATE TABLE IF NOT EXISTS arkivmelding_mottak (
	id INTEGER NOT NULL,
	sjekksum VARCHAR(64) NOT NULL,
	fagsystem VARCHAR(200),
	filnavn VARCHAR(300) NOT NULL,
	mottatt DATETIME NOT NULL,
	status VARCHAR(20) NOT NULL,
	feil TEXT,
	sak_id INTEGER,
	journalpost_id INTEGER,
	svar TEXT NOT NULL,
	av_id INTEGER,
	CONSTRAINT pk_arkivmelding_mottak PRIMARY KEY (id),
	CONSTRAINT fk_arkivmelding_mottak_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE SET NULL,
	CONSTRAINT fk_arkivmelding_mottak_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE SET NULL,
	CONSTRAINT fk_arkivmelding_mottak_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_mottatt ON arkivmelding_mottak (mottatt)""",
    """CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_sjekksum ON arkivmelding_mottak (sjekksum)""",
    """CREATE TABLE IF NOT EXISTS einnsyn_publisering (
	journalpost_id INTEGER NOT NULL,
	ekstern_id VARCHAR(100) NOT NULL,
	status VARCHAR(20) NOT NULL,
	feil TEXT,
	forsok INTEGER NOT NULL,
	sist_forsok DATETIME,
	publisert DATETIME,
	sjekksum VARCHAR(64),
	navn_fjernet BOOLEAN NOT NULL,
	CONSTRAINT pk_einnsyn_publisering PRIMARY KEY (journalpost_id),
	CONSTRAINT fk_einnsyn_publisering_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE,
	CONSTRAINT uq_einnsyn_publisering_ekstern_id UNIQUE (ekstern_id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_einnsyn_publisering_status ON einnsyn_publisering (status)""",
    """CREATE TABLE IF NOT EXISTS partregister (
	id INTEGER NOT NULL,
	navn VARCHAR(300) NOT NULL,
	epost VARCHAR(200),
	adresse VARCHAR(300),
	postnummer VARCHAR(10),
	poststed VARCHAR(100),
	orgnr VARCHAR(9),
	fodselsnummer VARCHAR(11),
	tilgangskode VARCHAR(6),
	enhet_id INTEGER,
	antall INTEGER NOT NULL,
	sist_brukt DATETIME NOT NULL,
	CONSTRAINT pk_partregister PRIMARY KEY (id),
	CONSTRAINT fk_partregister_tilgangskode_kode_tilgang FOREIGN KEY(tilgangskode) REFERENCES kode_tilgang (kode),
	CONSTRAINT fk_partregister_enhet_id_administrativ_enhet FOREIGN KEY(enhet_id) REFERENCES administrativ_enhet (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_partregister_navn ON partregister (navn)""",
    """CREATE INDEX IF NOT EXISTS ix_partregister_orgnr ON partregister (orgnr)""",
    """CREATE TABLE IF NOT EXISTS einnsyn_dokument (
	dokument_id INTEGER NOT NULL,
	merket DATETIME NOT NULL,
	av_id INTEGER,
	CONSTRAINT pk_einnsyn_dokument PRIMARY KEY (dokument_id),
	CONSTRAINT fk_einnsyn_dokument_dokument_id_dokumentbeskrivelse FOREIGN KEY(dokument_id) REFERENCES dokumentbeskrivelse (id) ON DELETE CASCADE,
	CONSTRAINT fk_einnsyn_dokument_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
)""",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the plpgsql text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG)
        return
    for sql in TABELLER_SQLITE:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    for tabell in TABELLER:
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {tabell}")
    if bind.dialect.name == "postgresql":
        for tabell in TABELLER:
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS saksbord_endring_{tabell}()")


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS ekstern_noekkel (
	id BIGSERIAL NOT NULL,
	fagsystem VARCHAR(200) NOT NULL,
	noekkel VARCHAR(200) NOT NULL,
	entitet VARCHAR(20) NOT NULL,
	sak_id BIGINT,
	journalpost_id BIGINT,
	opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_ekstern_noekkel PRIMARY KEY (id),
	CONSTRAINT uq_ekstern_noekkel_fagsystem UNIQUE (fagsystem, noekkel, entitet),
	CONSTRAINT fk_ekstern_noekkel_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE CASCADE,
	CONSTRAINT fk_ekstern_noekkel_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_journalpost_id ON ekstern_noekkel (journalpost_id);

CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_sak_id ON ekstern_noekkel (sak_id);

CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_endringsnr ON ekstern_noekkel (endringsnr);

CREATE INDEX IF NOT EXISTS ix_ekstern_noekkel_endringsxid ON ekstern_noekkel (endringsxid);

CREATE TABLE IF NOT EXISTS arkivmelding_mottak (
	id BIGSERIAL NOT NULL,
	sjekksum VARCHAR(64) NOT NULL,
	fagsystem VARCHAR(200),
	filnavn VARCHAR(300) NOT NULL,
	mottatt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	status VARCHAR(20) NOT NULL,
	feil TEXT,
	sak_id BIGINT,
	journalpost_id BIGINT,
	svar TEXT NOT NULL,
	av_id BIGINT,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_arkivmelding_mottak PRIMARY KEY (id),
	CONSTRAINT fk_arkivmelding_mottak_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE SET NULL,
	CONSTRAINT fk_arkivmelding_mottak_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE SET NULL,
	CONSTRAINT fk_arkivmelding_mottak_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
);

CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_mottatt ON arkivmelding_mottak (mottatt);

CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_sjekksum ON arkivmelding_mottak (sjekksum);

CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_endringsnr ON arkivmelding_mottak (endringsnr);

CREATE INDEX IF NOT EXISTS ix_arkivmelding_mottak_endringsxid ON arkivmelding_mottak (endringsxid);

CREATE TABLE IF NOT EXISTS einnsyn_publisering (
	journalpost_id BIGINT NOT NULL,
	ekstern_id VARCHAR(100) NOT NULL,
	status VARCHAR(20) NOT NULL,
	feil TEXT,
	forsok INTEGER NOT NULL,
	sist_forsok TIMESTAMP WITHOUT TIME ZONE,
	publisert TIMESTAMP WITHOUT TIME ZONE,
	sjekksum VARCHAR(64),
	navn_fjernet BOOLEAN NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_einnsyn_publisering PRIMARY KEY (journalpost_id),
	CONSTRAINT fk_einnsyn_publisering_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE,
	CONSTRAINT uq_einnsyn_publisering_ekstern_id UNIQUE (ekstern_id)
);

CREATE INDEX IF NOT EXISTS ix_einnsyn_publisering_status ON einnsyn_publisering (status);

CREATE INDEX IF NOT EXISTS ix_einnsyn_publisering_endringsnr ON einnsyn_publisering (endringsnr);

CREATE INDEX IF NOT EXISTS ix_einnsyn_publisering_endringsxid ON einnsyn_publisering (endringsxid);

CREATE TABLE IF NOT EXISTS partregister (
	id BIGSERIAL NOT NULL,
	navn VARCHAR(300) NOT NULL,
	epost VARCHAR(200),
	adresse VARCHAR(300),
	postnummer VARCHAR(10),
	poststed VARCHAR(100),
	orgnr VARCHAR(9),
	fodselsnummer VARCHAR(11),
	tilgangskode VARCHAR(6),
	enhet_id BIGINT,
	antall INTEGER NOT NULL,
	sist_brukt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_partregister PRIMARY KEY (id),
	CONSTRAINT fk_partregister_tilgangskode_kode_tilgang FOREIGN KEY(tilgangskode) REFERENCES kode_tilgang (kode),
	CONSTRAINT fk_partregister_enhet_id_administrativ_enhet FOREIGN KEY(enhet_id) REFERENCES administrativ_enhet (id)
);

CREATE INDEX IF NOT EXISTS ix_partregister_navn ON partregister (navn);

CREATE INDEX IF NOT EXISTS ix_partregister_orgnr ON partregister (orgnr);

CREATE INDEX IF NOT EXISTS ix_partregister_endringsnr ON partregister (endringsnr);

CREATE INDEX IF NOT EXISTS ix_partregister_endringsxid ON partregister (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_ekstern_noekkel() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "ekstern_noekkel"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON ekstern_noekkel;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON ekstern_noekkel
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_ekstern_noekkel();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON ekstern_noekkel;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON ekstern_noekkel
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');
ALTER TABLE ekstern_noekkel ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION saksbord_endring_arkivmelding_mottak() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "arkivmelding_mottak"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON arkivmelding_mottak;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON arkivmelding_mottak
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_arkivmelding_mottak();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON arkivmelding_mottak;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON arkivmelding_mottak
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');
ALTER TABLE arkivmelding_mottak ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION saksbord_endring_einnsyn_publisering() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "einnsyn_publisering"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON einnsyn_publisering;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON einnsyn_publisering
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_einnsyn_publisering();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON einnsyn_publisering;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON einnsyn_publisering
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('journalpost_id');
ALTER TABLE einnsyn_publisering ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION saksbord_endring_partregister() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "partregister"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON partregister;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON partregister
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_partregister();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON partregister;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON partregister
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');
ALTER TABLE partregister ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_arkiv ON ekstern_noekkel;
CREATE POLICY saksbord_arkiv ON ekstern_noekkel FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));

DROP POLICY IF EXISTS saksbord_arkiv ON arkivmelding_mottak;
CREATE POLICY saksbord_arkiv ON arkivmelding_mottak FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));

DROP POLICY IF EXISTS saksbord_arkiv ON einnsyn_publisering;
CREATE POLICY saksbord_arkiv ON einnsyn_publisering FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));

DROP POLICY IF EXISTS saksbord_synlig ON partregister;
CREATE POLICY saksbord_synlig ON partregister FOR ALL
  USING (tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[]::bigint[]))
  WITH CHECK (tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[]::bigint[]));
CREATE TABLE IF NOT EXISTS einnsyn_dokument (
	dokument_id BIGINT NOT NULL,
	merket TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	av_id BIGINT,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_einnsyn_dokument PRIMARY KEY (dokument_id),
	CONSTRAINT fk_einnsyn_dokument_dokument_id_dokumentbeskrivelse FOREIGN KEY(dokument_id) REFERENCES dokumentbeskrivelse (id) ON DELETE CASCADE,
	CONSTRAINT fk_einnsyn_dokument_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
);

CREATE INDEX IF NOT EXISTS ix_einnsyn_dokument_endringsnr ON einnsyn_dokument (endringsnr);

CREATE INDEX IF NOT EXISTS ix_einnsyn_dokument_endringsxid ON einnsyn_dokument (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_einnsyn_dokument() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "einnsyn_dokument"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON einnsyn_dokument;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON einnsyn_dokument
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_einnsyn_dokument();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON einnsyn_dokument;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON einnsyn_dokument
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('dokument_id');
ALTER TABLE einnsyn_dokument ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_arkiv ON einnsyn_dokument;
CREATE POLICY saksbord_arkiv ON einnsyn_dokument FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));
"""
