"""Political treatment: utvalg, møter, saksgang, utvalgssaker and behandlinger (issue 15)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 03:00:00

Noark 4's meeting model, mapped to Noark 5 moetemappe/moeteregistrering as the module docstring
of app/store/modeller/politikk.py says:

* ``utvalg`` (with ``utvalgsmedlem``): the bodies, their members and deputies, secretary and the
  fullmaktsorgan a delegated decision is referred to.
* ``mote``: a meeting with its skrivefrist and innkallingsfrist and its status
  (planlagt, last, avholdt).
* ``saksbord_neste_nummer`` also numbers the utvalgssaker: a series ``UTV<utvalg id><type>``
  per year (``PS 12/26``).
* ``saksgang``: hjemmel and melding om vedtak of one S journalpost; ``utvalgssak``: that
  journalpost in one utvalg (PS, DS, RS or OS, its place in the saksgang, its utvalgssaksnummer);
  ``behandling``: one behandling of an utvalgssak in one møte, with the innstilling, the vedtak,
  its status and its own skjerming.

PostgreSQL: every table gets change tracking like every synced table (``endringsnr``,
``endringsxid``, the NOTIFY row trigger, the delete trigger) and row-level security. The
register of bodies and meetings is read by every known user and written by the archive, the
møtesekretær (the role or an utvalg's secretary: ``saksbord_er_motesekretar``) or the owner; ``saksgang``, ``utvalgssak`` and ``behandling`` are seen (and
written) exactly where their journalpost is (``saksbord_synlig``), so a shielded sakspapir
shields its behandlinger. Every table carries the restrictive ``saksbord_kjent`` (0007).

Every statement is idempotent, as 0003-0012 are. Frozen: never edit this file; make a new revision.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


TABELLER_SQLITE = (
    """CREATE TABLE IF NOT EXISTS utvalg (
	id INTEGER NOT NULL,
	kode VARCHAR(20) NOT NULL,
	navn VARCHAR(200) NOT NULL,
	sekretar_id INTEGER,
	fullmaktsorgan_id INTEGER,
	aktiv BOOLEAN NOT NULL,
	versjon INTEGER NOT NULL,
	CONSTRAINT pk_utvalg PRIMARY KEY (id),
	CONSTRAINT uq_utvalg_kode UNIQUE (kode),
	CONSTRAINT fk_utvalg_sekretar_id_bruker FOREIGN KEY(sekretar_id) REFERENCES bruker (id),
	CONSTRAINT fk_utvalg_fullmaktsorgan_id_utvalg FOREIGN KEY(fullmaktsorgan_id) REFERENCES utvalg (id)
)""",
    """CREATE TABLE IF NOT EXISTS utvalgsmedlem (
	id INTEGER NOT NULL,
	utvalg_id INTEGER NOT NULL,
	navn VARCHAR(200) NOT NULL,
	rolle VARCHAR(20) NOT NULL,
	parti VARCHAR(60),
	epost VARCHAR(200),
	bruker_id INTEGER,
	fra DATE,
	til DATE,
	CONSTRAINT pk_utvalgsmedlem PRIMARY KEY (id),
	CONSTRAINT fk_utvalgsmedlem_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id) ON DELETE CASCADE,
	CONSTRAINT fk_utvalgsmedlem_bruker_id_bruker FOREIGN KEY(bruker_id) REFERENCES bruker (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_utvalgsmedlem_utvalg_id ON utvalgsmedlem (utvalg_id)",
    """CREATE TABLE IF NOT EXISTS mote (
	id INTEGER NOT NULL,
	utvalg_id INTEGER NOT NULL,
	aar INTEGER NOT NULL,
	nummer INTEGER NOT NULL,
	dato DATE NOT NULL,
	klokkeslett VARCHAR(10),
	sted VARCHAR(200) NOT NULL,
	skrivefrist DATE NOT NULL,
	innkallingsfrist DATE NOT NULL,
	status VARCHAR(12) NOT NULL,
	last_tid DATETIME,
	versjon INTEGER NOT NULL,
	CONSTRAINT pk_mote PRIMARY KEY (id),
	CONSTRAINT uq_mote_utvalg_id UNIQUE (utvalg_id, aar, nummer),
	CONSTRAINT fk_mote_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_mote_utvalg_dato ON mote (utvalg_id, dato)",
    """CREATE TABLE IF NOT EXISTS saksgang (
	journalpost_id INTEGER NOT NULL,
	hjemmel VARCHAR(200),
	melding_til TEXT,
	CONSTRAINT pk_saksgang PRIMARY KEY (journalpost_id),
	CONSTRAINT fk_saksgang_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE
)""",
    """CREATE TABLE IF NOT EXISTS utvalgssak (
	id INTEGER NOT NULL,
	journalpost_id INTEGER NOT NULL,
	utvalg_id INTEGER NOT NULL,
	vedtatt_av_id INTEGER,
	type VARCHAR(2) NOT NULL,
	rekkefolge INTEGER,
	aar INTEGER,
	nummer INTEGER,
	status VARCHAR(12) NOT NULL,
	onsket_mote_id INTEGER,
	klar_dato DATE,
	opprettet_av_id INTEGER,
	opprettet DATETIME NOT NULL,
	versjon INTEGER NOT NULL,
	CONSTRAINT pk_utvalgssak PRIMARY KEY (id),
	CONSTRAINT uq_utvalgssak_utvalg_id UNIQUE (utvalg_id, type, aar, nummer),
	CONSTRAINT fk_utvalgssak_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id),
	CONSTRAINT fk_utvalgssak_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id),
	CONSTRAINT fk_utvalgssak_vedtatt_av_id_utvalg FOREIGN KEY(vedtatt_av_id) REFERENCES utvalg (id),
	CONSTRAINT fk_utvalgssak_onsket_mote_id_mote FOREIGN KEY(onsket_mote_id) REFERENCES mote (id),
	CONSTRAINT fk_utvalgssak_opprettet_av_id_bruker FOREIGN KEY(opprettet_av_id) REFERENCES bruker (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_utvalgssak_journalpost_id ON utvalgssak (journalpost_id)",
    "CREATE INDEX IF NOT EXISTS ix_utvalgssak_utvalg_status ON utvalgssak (utvalg_id, status)",
    """CREATE TABLE IF NOT EXISTS behandling (
	id INTEGER NOT NULL,
	utvalgssak_id INTEGER NOT NULL,
	journalpost_id INTEGER NOT NULL,
	mote_id INTEGER NOT NULL,
	rekkefolge INTEGER NOT NULL,
	status VARCHAR(14) NOT NULL,
	innstilling TEXT,
	vedtak TEXT,
	vedtaksdato DATE,
	tilgangskode VARCHAR(6),
	hjemmel VARCHAR(100),
	oppfolging_bekreftet DATETIME,
	oppfolging_av_id INTEGER,
	versjon INTEGER NOT NULL,
	CONSTRAINT pk_behandling PRIMARY KEY (id),
	CONSTRAINT fk_behandling_utvalgssak_id_utvalgssak FOREIGN KEY(utvalgssak_id) REFERENCES utvalgssak (id) ON DELETE CASCADE,
	CONSTRAINT fk_behandling_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id),
	CONSTRAINT fk_behandling_mote_id_mote FOREIGN KEY(mote_id) REFERENCES mote (id),
	CONSTRAINT fk_behandling_tilgangskode_kode_tilgang FOREIGN KEY(tilgangskode) REFERENCES kode_tilgang (kode),
	CONSTRAINT fk_behandling_oppfolging_av_id_bruker FOREIGN KEY(oppfolging_av_id) REFERENCES bruker (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_behandling_mote ON behandling (mote_id, rekkefolge)",
    "CREATE INDEX IF NOT EXISTS ix_behandling_journalpost_id ON behandling (journalpost_id)",
    "CREATE INDEX IF NOT EXISTS ix_behandling_utvalgssak_id ON behandling (utvalgssak_id)",
)

TABELLER = ("behandling", "utvalgssak", "saksgang", "mote", "utvalgsmedlem", "utvalg")


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
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
        return
    for t in TABELLER:
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {t}")


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS utvalg (
	id BIGSERIAL NOT NULL,
	kode VARCHAR(20) NOT NULL,
	navn VARCHAR(200) NOT NULL,
	sekretar_id BIGINT,
	fullmaktsorgan_id BIGINT,
	aktiv BOOLEAN NOT NULL,
	versjon INTEGER NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_utvalg PRIMARY KEY (id),
	CONSTRAINT uq_utvalg_kode UNIQUE (kode),
	CONSTRAINT fk_utvalg_sekretar_id_bruker FOREIGN KEY(sekretar_id) REFERENCES bruker (id),
	CONSTRAINT fk_utvalg_fullmaktsorgan_id_utvalg FOREIGN KEY(fullmaktsorgan_id) REFERENCES utvalg (id)
);
CREATE INDEX IF NOT EXISTS ix_utvalg_endringsnr ON utvalg (endringsnr);
CREATE INDEX IF NOT EXISTS ix_utvalg_endringsxid ON utvalg (endringsxid);

CREATE TABLE IF NOT EXISTS utvalgsmedlem (
	id BIGSERIAL NOT NULL,
	utvalg_id BIGINT NOT NULL,
	navn VARCHAR(200) NOT NULL,
	rolle VARCHAR(20) NOT NULL,
	parti VARCHAR(60),
	epost VARCHAR(200),
	bruker_id BIGINT,
	fra DATE,
	til DATE,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_utvalgsmedlem PRIMARY KEY (id),
	CONSTRAINT fk_utvalgsmedlem_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id) ON DELETE CASCADE,
	CONSTRAINT fk_utvalgsmedlem_bruker_id_bruker FOREIGN KEY(bruker_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_utvalgsmedlem_utvalg_id ON utvalgsmedlem (utvalg_id);
CREATE INDEX IF NOT EXISTS ix_utvalgsmedlem_endringsnr ON utvalgsmedlem (endringsnr);
CREATE INDEX IF NOT EXISTS ix_utvalgsmedlem_endringsxid ON utvalgsmedlem (endringsxid);

CREATE TABLE IF NOT EXISTS mote (
	id BIGSERIAL NOT NULL,
	utvalg_id BIGINT NOT NULL,
	aar INTEGER NOT NULL,
	nummer INTEGER NOT NULL,
	dato DATE NOT NULL,
	klokkeslett VARCHAR(10),
	sted VARCHAR(200) NOT NULL,
	skrivefrist DATE NOT NULL,
	innkallingsfrist DATE NOT NULL,
	status VARCHAR(12) NOT NULL,
	last_tid TIMESTAMP WITHOUT TIME ZONE,
	versjon INTEGER NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_mote PRIMARY KEY (id),
	CONSTRAINT uq_mote_utvalg_id UNIQUE (utvalg_id, aar, nummer),
	CONSTRAINT fk_mote_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id)
);
CREATE INDEX IF NOT EXISTS ix_mote_utvalg_dato ON mote (utvalg_id, dato);
CREATE INDEX IF NOT EXISTS ix_mote_endringsnr ON mote (endringsnr);
CREATE INDEX IF NOT EXISTS ix_mote_endringsxid ON mote (endringsxid);

CREATE TABLE IF NOT EXISTS saksgang (
	journalpost_id BIGINT NOT NULL,
	hjemmel VARCHAR(200),
	melding_til TEXT,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_saksgang PRIMARY KEY (journalpost_id),
	CONSTRAINT fk_saksgang_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ix_saksgang_endringsnr ON saksgang (endringsnr);
CREATE INDEX IF NOT EXISTS ix_saksgang_endringsxid ON saksgang (endringsxid);

CREATE TABLE IF NOT EXISTS utvalgssak (
	id BIGSERIAL NOT NULL,
	journalpost_id BIGINT NOT NULL,
	utvalg_id BIGINT NOT NULL,
	vedtatt_av_id BIGINT,
	type VARCHAR(2) NOT NULL,
	rekkefolge INTEGER,
	aar INTEGER,
	nummer INTEGER,
	status VARCHAR(12) NOT NULL,
	onsket_mote_id BIGINT,
	klar_dato DATE,
	opprettet_av_id BIGINT,
	opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	versjon INTEGER NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_utvalgssak PRIMARY KEY (id),
	CONSTRAINT uq_utvalgssak_utvalg_id UNIQUE (utvalg_id, type, aar, nummer),
	CONSTRAINT fk_utvalgssak_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id),
	CONSTRAINT fk_utvalgssak_utvalg_id_utvalg FOREIGN KEY(utvalg_id) REFERENCES utvalg (id),
	CONSTRAINT fk_utvalgssak_vedtatt_av_id_utvalg FOREIGN KEY(vedtatt_av_id) REFERENCES utvalg (id),
	CONSTRAINT fk_utvalgssak_onsket_mote_id_mote FOREIGN KEY(onsket_mote_id) REFERENCES mote (id),
	CONSTRAINT fk_utvalgssak_opprettet_av_id_bruker FOREIGN KEY(opprettet_av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_utvalgssak_journalpost_id ON utvalgssak (journalpost_id);
CREATE INDEX IF NOT EXISTS ix_utvalgssak_utvalg_status ON utvalgssak (utvalg_id, status);
CREATE INDEX IF NOT EXISTS ix_utvalgssak_endringsnr ON utvalgssak (endringsnr);
CREATE INDEX IF NOT EXISTS ix_utvalgssak_endringsxid ON utvalgssak (endringsxid);

CREATE TABLE IF NOT EXISTS behandling (
	id BIGSERIAL NOT NULL,
	utvalgssak_id BIGINT NOT NULL,
	journalpost_id BIGINT NOT NULL,
	mote_id BIGINT NOT NULL,
	rekkefolge INTEGER NOT NULL,
	status VARCHAR(14) NOT NULL,
	innstilling TEXT,
	vedtak TEXT,
	vedtaksdato DATE,
	tilgangskode VARCHAR(6),
	hjemmel VARCHAR(100),
	oppfolging_bekreftet TIMESTAMP WITHOUT TIME ZONE,
	oppfolging_av_id BIGINT,
	versjon INTEGER NOT NULL,
	endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
	endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT pk_behandling PRIMARY KEY (id),
	CONSTRAINT fk_behandling_utvalgssak_id_utvalgssak FOREIGN KEY(utvalgssak_id) REFERENCES utvalgssak (id) ON DELETE CASCADE,
	CONSTRAINT fk_behandling_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id),
	CONSTRAINT fk_behandling_mote_id_mote FOREIGN KEY(mote_id) REFERENCES mote (id),
	CONSTRAINT fk_behandling_tilgangskode_kode_tilgang FOREIGN KEY(tilgangskode) REFERENCES kode_tilgang (kode),
	CONSTRAINT fk_behandling_oppfolging_av_id_bruker FOREIGN KEY(oppfolging_av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_behandling_mote ON behandling (mote_id, rekkefolge);
CREATE INDEX IF NOT EXISTS ix_behandling_journalpost_id ON behandling (journalpost_id);
CREATE INDEX IF NOT EXISTS ix_behandling_utvalgssak_id ON behandling (utvalgssak_id);
CREATE INDEX IF NOT EXISTS ix_behandling_endringsnr ON behandling (endringsnr);
CREATE INDEX IF NOT EXISTS ix_behandling_endringsxid ON behandling (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_utvalg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "utvalg"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON utvalg;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON utvalg
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_utvalg();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON utvalg;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON utvalg
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_utvalgsmedlem() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "utvalgsmedlem"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON utvalgsmedlem;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON utvalgsmedlem
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_utvalgsmedlem();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON utvalgsmedlem;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON utvalgsmedlem
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_mote() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "mote"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON mote;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON mote
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_mote();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON mote;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON mote
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_saksgang() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "saksgang"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON saksgang;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON saksgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_saksgang();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON saksgang;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON saksgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('journalpost_id');

CREATE OR REPLACE FUNCTION saksbord_endring_utvalgssak() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "utvalgssak"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON utvalgssak;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON utvalgssak
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_utvalgssak();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON utvalgssak;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON utvalgssak
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_behandling() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "behandling"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON behandling;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON behandling
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_behandling();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON behandling;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON behandling
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

-- Numbers also for the utvalgssaker: one series per utvalg and behandlingstype (PS 12/26).
CREATE OR REPLACE FUNCTION saksbord_neste_nummer(p_serie text, p_aar integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  nr integer;
BEGIN
  IF NOT (p_serie IN ('sak', 'journal') OR p_serie ~ '^UTV[0-9]+(PS|DS|RS|OS)$')
     OR p_aar NOT BETWEEN 1900 AND 9999 THEN
    RAISE EXCEPTION 'Ukjent nummerserie % %', p_serie, p_aar USING ERRCODE = '22023';
  END IF;
  INSERT INTO nummerserie (serie, aar, siste) VALUES (p_serie, p_aar, 0) ON CONFLICT DO NOTHING;
  UPDATE nummerserie SET siste = siste + 1 WHERE serie = p_serie AND aar = p_aar RETURNING siste INTO nr;
  RETURN nr;
END $$;
REVOKE ALL ON FUNCTION saksbord_neste_nummer(text, integer) FROM PUBLIC;

-- Who runs the møter: the møtesekretær role, the secretary of an utvalg, the archive. Parameters are
-- qualified with the function's name: a bare ``navn`` would be bruker.navn (0007's saksbord_har_rolle
-- compared r.rolle with that column, so it was false for every role until 0010; not relied on here).
CREATE OR REPLACE FUNCTION saksbord_er_motesekretar(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT saksbord_er_arkiv(saksbord_er_motesekretar.rolle)
      OR EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = saksbord_er_motesekretar.rolle AND b.aktiv AND r.rolle = 'motesekretar')
      OR EXISTS (SELECT 1 FROM utvalg u JOIN bruker b ON b.id = u.sekretar_id
                 WHERE b.db_rolle = saksbord_er_motesekretar.rolle AND b.aktiv)
$$;

ALTER TABLE utvalg ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_les ON utvalg;
CREATE POLICY saksbord_les ON utvalg FOR SELECT USING (true);
DROP POLICY IF EXISTS saksbord_sekretar_skriver ON utvalg;
CREATE POLICY saksbord_sekretar_skriver ON utvalg FOR ALL
  USING (saksbord_er_admin() OR saksbord_er_motesekretar())
  WITH CHECK (saksbord_er_admin() OR saksbord_er_motesekretar());
DROP POLICY IF EXISTS saksbord_kjent ON utvalg;
CREATE POLICY saksbord_kjent ON utvalg AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE utvalgsmedlem ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_les ON utvalgsmedlem;
CREATE POLICY saksbord_les ON utvalgsmedlem FOR SELECT USING (true);
DROP POLICY IF EXISTS saksbord_sekretar_skriver ON utvalgsmedlem;
CREATE POLICY saksbord_sekretar_skriver ON utvalgsmedlem FOR ALL
  USING (saksbord_er_admin() OR saksbord_er_motesekretar())
  WITH CHECK (saksbord_er_admin() OR saksbord_er_motesekretar());
DROP POLICY IF EXISTS saksbord_kjent ON utvalgsmedlem;
CREATE POLICY saksbord_kjent ON utvalgsmedlem AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE mote ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_les ON mote;
CREATE POLICY saksbord_les ON mote FOR SELECT USING (true);
DROP POLICY IF EXISTS saksbord_sekretar_skriver ON mote;
CREATE POLICY saksbord_sekretar_skriver ON mote FOR ALL
  USING (saksbord_er_admin() OR saksbord_er_motesekretar())
  WITH CHECK (saksbord_er_admin() OR saksbord_er_motesekretar());
DROP POLICY IF EXISTS saksbord_kjent ON mote;
CREATE POLICY saksbord_kjent ON mote AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE saksgang ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON saksgang;
CREATE POLICY saksbord_synlig ON saksgang FOR ALL
  USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = saksgang.journalpost_id))
  WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = saksgang.journalpost_id));
DROP POLICY IF EXISTS saksbord_kjent ON saksgang;
CREATE POLICY saksbord_kjent ON saksgang AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE utvalgssak ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON utvalgssak;
CREATE POLICY saksbord_synlig ON utvalgssak FOR ALL
  USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = utvalgssak.journalpost_id))
  WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = utvalgssak.journalpost_id));
DROP POLICY IF EXISTS saksbord_kjent ON utvalgssak;
CREATE POLICY saksbord_kjent ON utvalgssak AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE behandling ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON behandling;
CREATE POLICY saksbord_synlig ON behandling FOR ALL
  USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = behandling.journalpost_id))
  WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = behandling.journalpost_id));
DROP POLICY IF EXISTS saksbord_kjent ON behandling;
CREATE POLICY saksbord_kjent ON behandling AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());
"""

NED_PG = r"""
CREATE OR REPLACE FUNCTION saksbord_neste_nummer(p_serie text, p_aar integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  nr integer;
BEGIN
  IF p_serie NOT IN ('sak', 'journal') OR p_aar NOT BETWEEN 1900 AND 9999 THEN
    RAISE EXCEPTION 'Ukjent nummerserie % %', p_serie, p_aar USING ERRCODE = '22023';
  END IF;
  INSERT INTO nummerserie (serie, aar, siste) VALUES (p_serie, p_aar, 0) ON CONFLICT DO NOTHING;
  UPDATE nummerserie SET siste = siste + 1 WHERE serie = p_serie AND aar = p_aar RETURNING siste INTO nr;
  RETURN nr;
END $$;
REVOKE ALL ON FUNCTION saksbord_neste_nummer(text, integer) FROM PUBLIC;
DROP TABLE IF EXISTS behandling;
DROP TABLE IF EXISTS utvalgssak;
DROP TABLE IF EXISTS saksgang;
DROP TABLE IF EXISTS mote;
DROP TABLE IF EXISTS utvalgsmedlem;
DROP TABLE IF EXISTS utvalg;
DROP FUNCTION IF EXISTS saksbord_endring_utvalg();
DROP FUNCTION IF EXISTS saksbord_er_motesekretar(name);
DROP FUNCTION IF EXISTS saksbord_endring_utvalgsmedlem();
DROP FUNCTION IF EXISTS saksbord_endring_mote();
DROP FUNCTION IF EXISTS saksbord_endring_saksgang();
DROP FUNCTION IF EXISTS saksbord_endring_utvalgssak();
DROP FUNCTION IF EXISTS saksbord_endring_behandling();
"""
