"""PostgreSQL: change tracking for the replicas, row-level security, locked records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00

SQLite (the embedded database and the replicas) needs none of it: the replica's
own bookkeeping tables are made by app.store.sync.

Frozen: this is the SQL that ``app.store.pg.ddl.installer()`` / ``fjern()`` ran when this
revision shipped (commit f0efc52), written out statement by statement. The revision used to
call the living module, so a server upgraded later kept these policies (``WITH CHECK (true)``)
while a fresh one got newer ones; 0005 brings a database from here to the policies of today.
Never edit this file: make a new revision.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _kjor(sql: str) -> None:
    # The driver connection, so the plpgsql text (with its %) is sent as is.
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(OPP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(NED)


OPP = r"""
CREATE TABLE IF NOT EXISTS fulltekst (journalpost_id BIGINT NOT NULL, tekst TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', tekst)) STORED);

CREATE INDEX IF NOT EXISTS ix_fulltekst_tsv ON fulltekst USING gin (tsv);

CREATE INDEX IF NOT EXISTS ix_fulltekst_jp ON fulltekst (journalpost_id);

ALTER TABLE fulltekst ADD COLUMN IF NOT EXISTS id bigserial;

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'pk_fulltekst') THEN ALTER TABLE fulltekst ADD CONSTRAINT pk_fulltekst PRIMARY KEY (id); END IF; END $$;

CREATE SEQUENCE IF NOT EXISTS saksbord_endringsnr;

CREATE TABLE IF NOT EXISTS saksbord_slettet (endringsnr bigint PRIMARY KEY, endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(), tabell text NOT NULL, nokkel jsonb NOT NULL, tid timestamptz NOT NULL DEFAULT now());

CREATE INDEX IF NOT EXISTS ix_saksbord_slettet_xid ON saksbord_slettet (endringsxid);

ALTER TABLE administrativ_enhet ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_administrativ_enhet_endringsnr ON administrativ_enhet (endringsnr);

CREATE INDEX IF NOT EXISTS ix_administrativ_enhet_endringsxid ON administrativ_enhet (endringsxid);

ALTER TABLE arkiv ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_arkiv_endringsnr ON arkiv (endringsnr);

CREATE INDEX IF NOT EXISTS ix_arkiv_endringsxid ON arkiv (endringsxid);

ALTER TABLE innhold ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_innhold_endringsnr ON innhold (endringsnr);

CREATE INDEX IF NOT EXISTS ix_innhold_endringsxid ON innhold (endringsxid);

ALTER TABLE innstilling ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_innstilling_endringsnr ON innstilling (endringsnr);

CREATE INDEX IF NOT EXISTS ix_innstilling_endringsxid ON innstilling (endringsxid);

ALTER TABLE kode_avskrivning ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_avskrivning_endringsnr ON kode_avskrivning (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_avskrivning_endringsxid ON kode_avskrivning (endringsxid);

ALTER TABLE kode_journalposttype ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_journalposttype_endringsnr ON kode_journalposttype (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_journalposttype_endringsxid ON kode_journalposttype (endringsxid);

ALTER TABLE kode_journalstatus ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_journalstatus_endringsnr ON kode_journalstatus (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_journalstatus_endringsxid ON kode_journalstatus (endringsxid);

ALTER TABLE kode_saksstatus ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_saksstatus_endringsnr ON kode_saksstatus (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_saksstatus_endringsxid ON kode_saksstatus (endringsxid);

ALTER TABLE kode_sakstype ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_sakstype_endringsnr ON kode_sakstype (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_sakstype_endringsxid ON kode_sakstype (endringsxid);

ALTER TABLE kode_tilgang ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kode_tilgang_endringsnr ON kode_tilgang (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kode_tilgang_endringsxid ON kode_tilgang (endringsxid);

ALTER TABLE arkivdel ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_arkivdel_endringsnr ON arkivdel (endringsnr);

CREATE INDEX IF NOT EXISTS ix_arkivdel_endringsxid ON arkivdel (endringsxid);

ALTER TABLE bruker ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_bruker_endringsnr ON bruker (endringsnr);

CREATE INDEX IF NOT EXISTS ix_bruker_endringsxid ON bruker (endringsxid);

ALTER TABLE bruker_rolle ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_bruker_rolle_endringsnr ON bruker_rolle (endringsnr);

CREATE INDEX IF NOT EXISTS ix_bruker_rolle_endringsxid ON bruker_rolle (endringsxid);

ALTER TABLE bruker_tilgang ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_bruker_tilgang_endringsnr ON bruker_tilgang (endringsnr);

CREATE INDEX IF NOT EXISTS ix_bruker_tilgang_endringsxid ON bruker_tilgang (endringsxid);

ALTER TABLE dokumentbeskrivelse ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_dokumentbeskrivelse_endringsnr ON dokumentbeskrivelse (endringsnr);

CREATE INDEX IF NOT EXISTS ix_dokumentbeskrivelse_endringsxid ON dokumentbeskrivelse (endringsxid);

ALTER TABLE endringslogg ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_endringslogg_endringsnr ON endringslogg (endringsnr);

CREATE INDEX IF NOT EXISTS ix_endringslogg_endringsxid ON endringslogg (endringsxid);

ALTER TABLE sak ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_sak_endringsnr ON sak (endringsnr);

CREATE INDEX IF NOT EXISTS ix_sak_endringsxid ON sak (endringsxid);

ALTER TABLE stedfortreder ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_stedfortreder_endringsnr ON stedfortreder (endringsnr);

CREATE INDEX IF NOT EXISTS ix_stedfortreder_endringsxid ON stedfortreder (endringsxid);

ALTER TABLE dokumentobjekt ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_dokumentobjekt_endringsnr ON dokumentobjekt (endringsnr);

CREATE INDEX IF NOT EXISTS ix_dokumentobjekt_endringsxid ON dokumentobjekt (endringsxid);

ALTER TABLE journalpost ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_journalpost_endringsnr ON journalpost (endringsnr);

CREATE INDEX IF NOT EXISTS ix_journalpost_endringsxid ON journalpost (endringsxid);

ALTER TABLE klassering ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_klassering_endringsnr ON klassering (endringsnr);

CREATE INDEX IF NOT EXISTS ix_klassering_endringsxid ON klassering (endringsxid);

ALTER TABLE presedens ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_presedens_endringsnr ON presedens (endringsnr);

CREATE INDEX IF NOT EXISTS ix_presedens_endringsxid ON presedens (endringsxid);

ALTER TABLE avskrivning ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_avskrivning_endringsnr ON avskrivning (endringsnr);

CREATE INDEX IF NOT EXISTS ix_avskrivning_endringsxid ON avskrivning (endringsxid);

ALTER TABLE journalpost_dokument ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_journalpost_dokument_endringsnr ON journalpost_dokument (endringsnr);

CREATE INDEX IF NOT EXISTS ix_journalpost_dokument_endringsxid ON journalpost_dokument (endringsxid);

ALTER TABLE korrespondansepart ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_korrespondansepart_endringsnr ON korrespondansepart (endringsnr);

CREATE INDEX IF NOT EXISTS ix_korrespondansepart_endringsxid ON korrespondansepart (endringsxid);

ALTER TABLE kryssreferanse ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_kryssreferanse_endringsnr ON kryssreferanse (endringsnr);

CREATE INDEX IF NOT EXISTS ix_kryssreferanse_endringsxid ON kryssreferanse (endringsxid);

ALTER TABLE oppgave ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_oppgave_endringsnr ON oppgave (endringsnr);

CREATE INDEX IF NOT EXISTS ix_oppgave_endringsxid ON oppgave (endringsxid);

ALTER TABLE merknad ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_merknad_endringsnr ON merknad (endringsnr);

CREATE INDEX IF NOT EXISTS ix_merknad_endringsxid ON merknad (endringsxid);

ALTER TABLE fulltekst ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'), ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS ix_fulltekst_endringsnr ON fulltekst (endringsnr);

CREATE INDEX IF NOT EXISTS ix_fulltekst_endringsxid ON fulltekst (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_bruker_id(rolle name DEFAULT current_user) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM bruker WHERE db_rolle = rolle AND aktiv
$$;

CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = rolle AND b.aktiv AND r.rolle = navn)
$$;

-- True for a connection that is not an app user (the owner, init-db, maintenance).
CREATE OR REPLACE FUNCTION saksbord_er_admin(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM bruker WHERE db_rolle = rolle)
$$;

-- May the role see content shielded with `kode` in unit `enhet`, owned by `eier`?
-- Exact code; a unit-limited grant only within that unit; codes granted in an active
-- stedfortreder period (and held by the leader); the record's own saksbehandler/saksansvarlig.
CREATE OR REPLACE FUNCTION saksbord_kan_se(kode text, enhet bigint, eier bigint[],
                                           rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT kode IS NULL OR EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND (
      b.id = ANY (eier)
      OR EXISTS (SELECT 1 FROM bruker_tilgang t
                 WHERE t.bruker_id = b.id AND t.tilgangskode = kode
                   AND (t.enhet_id IS NULL OR t.enhet_id = enhet))
      OR EXISTS (SELECT 1 FROM stedfortreder s
                 WHERE s.stedfortreder_id = b.id AND current_date BETWEEN s.fra AND s.til
                   AND (s.leder_id = ANY (eier)
                        OR (kode = ANY (string_to_array(replace(s.koder, ' ', ''), ','))
                            AND EXISTS (SELECT 1 FROM bruker_tilgang t
                                        WHERE t.bruker_id = s.leder_id AND t.tilgangskode = kode
                                          AND (t.enhet_id IS NULL OR t.enhet_id = enhet)))))))
$$;

-- A journalpost's own code, else its sak's (saksframlegg S are public by default).
CREATE OR REPLACE FUNCTION saksbord_kan_se_jp(kode text, jptype text, sak bigint, enhet bigint, sbh bigint,
                                              rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE
    WHEN kode IS NOT NULL THEN saksbord_kan_se(kode, enhet, ARRAY[sbh, s.saksansvarlig_id], rolle)
    WHEN jptype = 'S' OR s.tilgangskode IS NULL THEN true
    ELSE saksbord_kan_se(s.tilgangskode, enhet, ARRAY[sbh, s.saksansvarlig_id], rolle)
  END
  FROM sak s WHERE s.id = sak
$$;

CREATE OR REPLACE FUNCTION saksbord_innhold_brukt(sum text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM dokumentobjekt WHERE sjekksum = sum)
$$;

-- Maintenance by a superuser that sets saksbord.vedlikehold = 'ja' may change locked rows.
CREATE OR REPLACE FUNCTION saksbord_vedlikehold() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('saksbord.vedlikehold', true), '') = 'ja'
         AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
$$;

CREATE OR REPLACE FUNCTION saksbord_laas_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['status', 'ekspedert_dato', 'journaldato', 'endret', 'versjon', 'endringsnr',
                          'endringsxid', 'restanse', 'forelopig_svar', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'saksbehandler_id', 'enhet_id'];
BEGIN
  IF OLD.status NOT IN ('F', 'E', 'J', 'A') OR saksbord_vedlikehold() THEN
    RETURN NEW;
  END IF;
  IF NEW.status IN ('R', 'S', 'M') THEN
    RAISE EXCEPTION 'Journalposten er låst (status %) og kan ikke settes tilbake til %', OLD.status, NEW.status
      USING ERRCODE = '55000';
  END IF;
  IF saksbord_er_admin() OR saksbord_har_rolle('arkiv') THEN
    tillatt := tillatt || ARRAY['sak_id', 'dokumentnummer'];  -- the archive moves locked journalposter
  END IF;
  IF (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
    RAISE EXCEPTION 'Journalposten er låst (status %); bare status, skjerming og restanse kan endres', OLD.status
      USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_sak() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['endret', 'versjon', 'endringsnr', 'endringsxid', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'avslutning_bedt', 'status', 'avsluttet_dato'];
BEGIN
  IF OLD.status <> 'A' OR saksbord_vedlikehold() THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt)
     OR (NEW.status = 'A' AND NEW.avsluttet_dato IS DISTINCT FROM OLD.avsluttet_dato) THEN
    RAISE EXCEPTION 'Saken er avsluttet; bare arkivet kan gjenåpne den (statusendring)' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_slettet_rad() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  nokkel jsonb := (SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) FROM unnest(TG_ARGV) AS k);
  nr bigint := nextval('saksbord_endringsnr');
BEGIN
  INSERT INTO saksbord_slettet (tabell, nokkel, endringsnr) VALUES (TG_TABLE_NAME, nokkel, nr);
  PERFORM pg_notify('saksbord_endring',
                    json_build_object('tabell', TG_TABLE_NAME, 'id', nokkel, 'endringsnr', nr,
                                      'slettet', true)::text);
  RETURN OLD;
END $$;

CREATE OR REPLACE FUNCTION saksbord_endring_administrativ_enhet() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'administrativ_enhet', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON administrativ_enhet;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON administrativ_enhet
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_administrativ_enhet();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON administrativ_enhet;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON administrativ_enhet
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_arkiv() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'arkiv', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON arkiv;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON arkiv
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_arkiv();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON arkiv;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON arkiv
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_innhold() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'innhold', 'id', NEW.sjekksum,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON innhold;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON innhold
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_innhold();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON innhold;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON innhold
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('sjekksum');

CREATE OR REPLACE FUNCTION saksbord_endring_innstilling() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'innstilling', 'id', NEW.navn,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON innstilling;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON innstilling
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_innstilling();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON innstilling;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON innstilling
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('navn');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_avskrivning() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_avskrivning', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_avskrivning;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_avskrivning
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_avskrivning();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_avskrivning;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_avskrivning
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_journalposttype() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_journalposttype', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_journalposttype;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_journalposttype
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_journalposttype();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_journalposttype;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_journalposttype
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_journalstatus() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_journalstatus', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_journalstatus;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_journalstatus
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_journalstatus();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_journalstatus;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_journalstatus
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_saksstatus() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_saksstatus', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_saksstatus;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_saksstatus
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_saksstatus();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_saksstatus;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_saksstatus
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_sakstype() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_sakstype', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_sakstype;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_sakstype
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_sakstype();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_sakstype;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_sakstype
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_kode_tilgang() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kode_tilgang', 'id', NEW.kode,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_tilgang;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kode_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kode_tilgang();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_tilgang;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kode_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('kode');

CREATE OR REPLACE FUNCTION saksbord_endring_arkivdel() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'arkivdel', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON arkivdel;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON arkivdel
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_arkivdel();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON arkivdel;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON arkivdel
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_bruker() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'bruker', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON bruker
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_bruker();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON bruker
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_bruker_rolle() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'bruker_rolle', 'id', json_build_object('bruker_id', NEW.bruker_id, 'rolle', NEW.rolle),
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker_rolle;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON bruker_rolle
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_bruker_rolle();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker_rolle;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON bruker_rolle
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('bruker_id', 'rolle');

CREATE OR REPLACE FUNCTION saksbord_endring_bruker_tilgang() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'bruker_tilgang', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker_tilgang;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON bruker_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_bruker_tilgang();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker_tilgang;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON bruker_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_dokumentbeskrivelse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'dokumentbeskrivelse', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON dokumentbeskrivelse;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON dokumentbeskrivelse
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_dokumentbeskrivelse();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON dokumentbeskrivelse;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON dokumentbeskrivelse
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_endringslogg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'endringslogg', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON endringslogg;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON endringslogg
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_endringslogg();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON endringslogg;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON endringslogg
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_sak() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'sak', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON sak;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON sak
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_sak();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON sak;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON sak
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_stedfortreder() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'stedfortreder', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON stedfortreder;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON stedfortreder
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_stedfortreder();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON stedfortreder;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON stedfortreder
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_dokumentobjekt() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'dokumentobjekt', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON dokumentobjekt;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON dokumentobjekt
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_dokumentobjekt();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON dokumentobjekt;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON dokumentobjekt
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'journalpost', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON journalpost;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON journalpost
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_journalpost();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON journalpost;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON journalpost
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_klassering() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'klassering', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON klassering;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON klassering
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_klassering();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON klassering;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON klassering
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_presedens() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'presedens', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON presedens;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON presedens
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_presedens();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON presedens;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON presedens
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_avskrivning() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'avskrivning', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON avskrivning;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON avskrivning
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_avskrivning();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON avskrivning;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON avskrivning
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_journalpost_dokument() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'journalpost_dokument', 'id', json_build_object('journalpost_id', NEW.journalpost_id, 'dokument_id', NEW.dokument_id),
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON journalpost_dokument;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON journalpost_dokument
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_journalpost_dokument();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON journalpost_dokument;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON journalpost_dokument
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('journalpost_id', 'dokument_id');

CREATE OR REPLACE FUNCTION saksbord_endring_korrespondansepart() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'korrespondansepart', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON korrespondansepart;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON korrespondansepart
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_korrespondansepart();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON korrespondansepart;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON korrespondansepart
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_kryssreferanse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'kryssreferanse', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON kryssreferanse;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON kryssreferanse
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_kryssreferanse();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON kryssreferanse;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON kryssreferanse
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_oppgave() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'oppgave', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON oppgave;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON oppgave
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_oppgave();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON oppgave;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON oppgave
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_merknad() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'merknad', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON merknad;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON merknad
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_merknad();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON merknad;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON merknad
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_fulltekst() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', json_build_object('tabell', 'fulltekst', 'id', NEW.id,
                                                  'endringsnr', NEW.endringsnr)::text);
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON fulltekst;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON fulltekst
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_fulltekst();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON fulltekst;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON fulltekst
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;

CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON journalpost FOR EACH ROW EXECUTE FUNCTION saksbord_laas_journalpost();

DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;

CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON sak FOR EACH ROW EXECUTE FUNCTION saksbord_laas_sak();

ALTER TABLE sak ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON sak;

CREATE POLICY saksbord_synlig ON sak FOR ALL USING (tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[saksansvarlig_id])) WITH CHECK (true);

ALTER TABLE journalpost ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost;

CREATE POLICY saksbord_synlig ON journalpost FOR ALL USING (saksbord_kan_se_jp(tilgangskode, type, sak_id, enhet_id, saksbehandler_id)) WITH CHECK (true);

ALTER TABLE korrespondansepart ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON korrespondansepart;

CREATE POLICY saksbord_synlig ON korrespondansepart FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = korrespondansepart.journalpost_id)) WITH CHECK (true);

ALTER TABLE journalpost_dokument ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost_dokument;

CREATE POLICY saksbord_synlig ON journalpost_dokument FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = journalpost_dokument.journalpost_id)) WITH CHECK (true);

ALTER TABLE dokumentbeskrivelse ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentbeskrivelse;

CREATE POLICY saksbord_synlig ON dokumentbeskrivelse FOR ALL USING (opprettet_av_id = saksbord_bruker_id() OR EXISTS (SELECT 1 FROM journalpost_dokument jd WHERE jd.dokument_id = dokumentbeskrivelse.id)) WITH CHECK (true);

ALTER TABLE dokumentobjekt ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentobjekt;

CREATE POLICY saksbord_synlig ON dokumentobjekt FOR ALL USING (EXISTS (SELECT 1 FROM dokumentbeskrivelse d WHERE d.id = dokumentobjekt.dokument_id)) WITH CHECK (true);

ALTER TABLE innhold ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON innhold;

CREATE POLICY saksbord_synlig ON innhold FOR ALL USING (EXISTS (SELECT 1 FROM dokumentobjekt o WHERE o.sjekksum = innhold.sjekksum) OR NOT saksbord_innhold_brukt(sjekksum)) WITH CHECK (true);

ALTER TABLE merknad ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON merknad;

CREATE POLICY saksbord_synlig ON merknad FOR ALL USING ((sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = merknad.sak_id)) AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = merknad.journalpost_id))) WITH CHECK (true);

ALTER TABLE fulltekst ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON fulltekst;

CREATE POLICY saksbord_synlig ON fulltekst FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = fulltekst.journalpost_id)) WITH CHECK (true);

ALTER TABLE stedfortreder ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_les ON stedfortreder;

DROP POLICY IF EXISTS saksbord_skriv ON stedfortreder;

DROP POLICY IF EXISTS saksbord_endre ON stedfortreder;

DROP POLICY IF EXISTS saksbord_slett ON stedfortreder;

CREATE POLICY saksbord_les ON stedfortreder FOR SELECT USING (true);

CREATE POLICY saksbord_skriv ON stedfortreder FOR INSERT WITH CHECK (leder_id = saksbord_bruker_id() OR saksbord_har_rolle('arkiv') OR saksbord_har_rolle('systemansvarlig'));

CREATE POLICY saksbord_endre ON stedfortreder FOR UPDATE USING (leder_id = saksbord_bruker_id() OR saksbord_har_rolle('arkiv') OR saksbord_har_rolle('systemansvarlig')) WITH CHECK (leder_id = saksbord_bruker_id() OR saksbord_har_rolle('arkiv') OR saksbord_har_rolle('systemansvarlig'));

CREATE POLICY saksbord_slett ON stedfortreder FOR DELETE USING (leder_id = saksbord_bruker_id() OR saksbord_har_rolle('arkiv') OR saksbord_har_rolle('systemansvarlig'));
"""

NED = r"""
DROP POLICY IF EXISTS saksbord_synlig ON sak;

ALTER TABLE sak DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost;

ALTER TABLE journalpost DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON korrespondansepart;

ALTER TABLE korrespondansepart DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost_dokument;

ALTER TABLE journalpost_dokument DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentbeskrivelse;

ALTER TABLE dokumentbeskrivelse DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentobjekt;

ALTER TABLE dokumentobjekt DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON innhold;

ALTER TABLE innhold DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON merknad;

ALTER TABLE merknad DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON fulltekst;

ALTER TABLE fulltekst DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_les ON stedfortreder;

DROP POLICY IF EXISTS saksbord_skriv ON stedfortreder;

DROP POLICY IF EXISTS saksbord_endre ON stedfortreder;

DROP POLICY IF EXISTS saksbord_slett ON stedfortreder;

ALTER TABLE stedfortreder DISABLE ROW LEVEL SECURITY;

DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;

DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;

DROP TRIGGER IF EXISTS saksbord_b_endring ON administrativ_enhet;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON administrativ_enhet;

DROP FUNCTION IF EXISTS saksbord_endring_administrativ_enhet();

ALTER TABLE administrativ_enhet DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON arkiv;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON arkiv;

DROP FUNCTION IF EXISTS saksbord_endring_arkiv();

ALTER TABLE arkiv DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON innhold;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON innhold;

DROP FUNCTION IF EXISTS saksbord_endring_innhold();

ALTER TABLE innhold DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON innstilling;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON innstilling;

DROP FUNCTION IF EXISTS saksbord_endring_innstilling();

ALTER TABLE innstilling DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_avskrivning;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_avskrivning;

DROP FUNCTION IF EXISTS saksbord_endring_kode_avskrivning();

ALTER TABLE kode_avskrivning DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_journalposttype;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_journalposttype;

DROP FUNCTION IF EXISTS saksbord_endring_kode_journalposttype();

ALTER TABLE kode_journalposttype DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_journalstatus;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_journalstatus;

DROP FUNCTION IF EXISTS saksbord_endring_kode_journalstatus();

ALTER TABLE kode_journalstatus DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_saksstatus;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_saksstatus;

DROP FUNCTION IF EXISTS saksbord_endring_kode_saksstatus();

ALTER TABLE kode_saksstatus DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_sakstype;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_sakstype;

DROP FUNCTION IF EXISTS saksbord_endring_kode_sakstype();

ALTER TABLE kode_sakstype DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kode_tilgang;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kode_tilgang;

DROP FUNCTION IF EXISTS saksbord_endring_kode_tilgang();

ALTER TABLE kode_tilgang DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON arkivdel;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON arkivdel;

DROP FUNCTION IF EXISTS saksbord_endring_arkivdel();

ALTER TABLE arkivdel DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker;

DROP FUNCTION IF EXISTS saksbord_endring_bruker();

ALTER TABLE bruker DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker_rolle;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker_rolle;

DROP FUNCTION IF EXISTS saksbord_endring_bruker_rolle();

ALTER TABLE bruker_rolle DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON bruker_tilgang;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON bruker_tilgang;

DROP FUNCTION IF EXISTS saksbord_endring_bruker_tilgang();

ALTER TABLE bruker_tilgang DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON dokumentbeskrivelse;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON dokumentbeskrivelse;

DROP FUNCTION IF EXISTS saksbord_endring_dokumentbeskrivelse();

ALTER TABLE dokumentbeskrivelse DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON endringslogg;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON endringslogg;

DROP FUNCTION IF EXISTS saksbord_endring_endringslogg();

ALTER TABLE endringslogg DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON sak;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON sak;

DROP FUNCTION IF EXISTS saksbord_endring_sak();

ALTER TABLE sak DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON stedfortreder;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON stedfortreder;

DROP FUNCTION IF EXISTS saksbord_endring_stedfortreder();

ALTER TABLE stedfortreder DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON dokumentobjekt;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON dokumentobjekt;

DROP FUNCTION IF EXISTS saksbord_endring_dokumentobjekt();

ALTER TABLE dokumentobjekt DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON journalpost;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON journalpost;

DROP FUNCTION IF EXISTS saksbord_endring_journalpost();

ALTER TABLE journalpost DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON klassering;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON klassering;

DROP FUNCTION IF EXISTS saksbord_endring_klassering();

ALTER TABLE klassering DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON presedens;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON presedens;

DROP FUNCTION IF EXISTS saksbord_endring_presedens();

ALTER TABLE presedens DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON avskrivning;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON avskrivning;

DROP FUNCTION IF EXISTS saksbord_endring_avskrivning();

ALTER TABLE avskrivning DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON journalpost_dokument;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON journalpost_dokument;

DROP FUNCTION IF EXISTS saksbord_endring_journalpost_dokument();

ALTER TABLE journalpost_dokument DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON korrespondansepart;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON korrespondansepart;

DROP FUNCTION IF EXISTS saksbord_endring_korrespondansepart();

ALTER TABLE korrespondansepart DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON kryssreferanse;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON kryssreferanse;

DROP FUNCTION IF EXISTS saksbord_endring_kryssreferanse();

ALTER TABLE kryssreferanse DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON oppgave;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON oppgave;

DROP FUNCTION IF EXISTS saksbord_endring_oppgave();

ALTER TABLE oppgave DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON merknad;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON merknad;

DROP FUNCTION IF EXISTS saksbord_endring_merknad();

ALTER TABLE merknad DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TRIGGER IF EXISTS saksbord_b_endring ON fulltekst;

DROP TRIGGER IF EXISTS saksbord_c_slettet ON fulltekst;

DROP FUNCTION IF EXISTS saksbord_endring_fulltekst();

ALTER TABLE fulltekst DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid;

DROP TABLE IF EXISTS saksbord_slettet;

DROP SEQUENCE IF EXISTS saksbord_endringsnr;

DROP FUNCTION IF EXISTS saksbord_laas_journalpost();

DROP FUNCTION IF EXISTS saksbord_laas_sak();

DROP FUNCTION IF EXISTS saksbord_slettet_rad();

DROP FUNCTION IF EXISTS saksbord_kan_se_jp(text, text, bigint, bigint, bigint, name);

DROP FUNCTION IF EXISTS saksbord_kan_se(text, bigint, bigint[], name);

DROP FUNCTION IF EXISTS saksbord_innhold_brukt(text);

DROP FUNCTION IF EXISTS saksbord_vedlikehold();

DROP FUNCTION IF EXISTS saksbord_er_admin(name);

DROP FUNCTION IF EXISTS saksbord_har_rolle(text, name);

DROP FUNCTION IF EXISTS saksbord_bruker_id(name);
"""
