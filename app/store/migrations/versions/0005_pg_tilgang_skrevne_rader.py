"""PostgreSQL: row-level security for written rows and every shielded table, visibility changes,
replayed requests

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 09:20:00

The access rules changed six times after 0002 shipped without a revision of their own (0002
called the living ``app.store.pg.ddl``), so an upgraded server kept the old ones. This is the
SQL that ``ddl.installer()`` ran at commit 353fde6, written out, and it brings any database
made by an earlier 0002 to it:

* 9e03810: RLS on klassering, presedens, kryssreferanse, avskrivning, oppgave, endringslogg;
  ``saksbord_er_part``.
* 1485c74: NOTIFY carries only the table name.
* c77f1ba: ``saksbord_synlighet`` and its triggers (replicas re-check what they may see).
* dd91e6b: ``utfort_foresporsel`` (replay skips what the server already did).
* b417ba4: every written row is checked (``WITH CHECK`` per table, not ``true``);
  ``saksbord_oppgave_uendret``.
* a214688: ``saksbord_rydd_utfort`` prunes request ids after 90 days.
* ea7a6dd: rows are written only in the connected user's own name (restrictive
  ``saksbord_forfatter`` policies, ``saksbord_er_forfatter``, ``saksbord_forfatter_uendret``).

Every statement is idempotent (``CREATE OR REPLACE``, ``IF NOT EXISTS``, a policy or trigger
dropped before it is made), so it also runs cleanly on a server that a newer 0002 had already
brought this far.

Frozen: never edit this file; make a new revision.
"""
from alembic import context, op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _kjor(sql: str) -> None:
    # The driver connection, so the plpgsql text (with its %) is sent as is.
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(OPP)


def downgrade() -> None:
    # Remove all of it, then put back 0002 as it shipped.
    if op.get_bind().dialect.name == "postgresql":
        _kjor(NED)
        _kjor(context.script.get_revision("0002").module.OPP)


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

-- Is the role one of these users, or an active stedfortreder for one of them (their desk)?
CREATE OR REPLACE FUNCTION saksbord_er_part(ider bigint[], rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND (
      b.id = ANY (ider)
      OR EXISTS (SELECT 1 FROM stedfortreder s
                 WHERE s.stedfortreder_id = b.id AND current_date BETWEEN s.fra AND s.til
                   AND s.leder_id = ANY (ider))))
$$;

-- Does the stored task still point at this journalpost and sak? (A party may change a task
-- about a record they cannot see, but not re-point it.) Reads the row as it was before the UPDATE.
CREATE OR REPLACE FUNCTION saksbord_oppgave_uendret(p_oppgave bigint, p_jp bigint, p_sak bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM oppgave o WHERE o.id = p_oppgave AND o.journalpost_id IS NOT DISTINCT FROM p_jp
                 AND o.sak_id IS NOT DISTINCT FROM p_sak)
$$;

-- Is the role this author, and (if given) an active stedfortreder today for `paa_vegne`?
CREATE OR REPLACE FUNCTION saksbord_er_forfatter(forfatter bigint, paa_vegne bigint DEFAULT NULL,
                                                 rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND b.id = forfatter
      AND (paa_vegne IS NULL
           OR EXISTS (SELECT 1 FROM stedfortreder s
                      WHERE s.stedfortreder_id = b.id AND s.leder_id = paa_vegne
                        AND current_date BETWEEN s.fra AND s.til)))
$$;

-- Does the stored row still name this author (and on-behalf-of leader)? Like
-- saksbord_oppgave_uendret it reads the row as it was before the UPDATE.
CREATE OR REPLACE FUNCTION saksbord_forfatter_uendret(tabell text, rad bigint, forfatter bigint,
                                                      paa_vegne bigint DEFAULT NULL) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE tabell
    WHEN 'oppgave' THEN EXISTS (SELECT 1 FROM oppgave o WHERE o.id = rad AND o.fra_id = forfatter
                                AND o.paa_vegne_av_id IS NOT DISTINCT FROM paa_vegne)
    WHEN 'merknad' THEN EXISTS (SELECT 1 FROM merknad m WHERE m.id = rad AND m.av_id = forfatter)
    WHEN 'avskrivning' THEN EXISTS (SELECT 1 FROM avskrivning a WHERE a.id = rad AND a.av_id = forfatter)
    WHEN 'presedens' THEN EXISTS (SELECT 1 FROM presedens p WHERE p.id = rad AND p.av_id = forfatter)
    ELSE false
  END
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "' || TG_TABLE_NAME || '"}');
  RETURN OLD;
END $$;

CREATE OR REPLACE FUNCTION saksbord_endring_administrativ_enhet() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "administrativ_enhet"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "arkiv"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "innhold"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "innstilling"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_avskrivning"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_journalposttype"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_journalstatus"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_saksstatus"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_sakstype"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kode_tilgang"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "arkivdel"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "bruker"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "bruker_rolle"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "bruker_tilgang"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "dokumentbeskrivelse"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "endringslogg"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "sak"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "stedfortreder"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "dokumentobjekt"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "journalpost"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "klassering"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "presedens"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "avskrivning"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "journalpost_dokument"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "korrespondansepart"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "kryssreferanse"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "oppgave"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "merknad"}');  -- no ids: see NOTIFY in the module doc
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
  PERFORM pg_notify('saksbord_endring', '{"tabell": "fulltekst"}');  -- no ids: see NOTIFY in the module doc
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON fulltekst;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON fulltekst
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_fulltekst();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON fulltekst;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON fulltekst
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE TABLE IF NOT EXISTS saksbord_synlighet (endringsnr bigint PRIMARY KEY DEFAULT nextval('saksbord_endringsnr'), endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(), tid timestamptz NOT NULL DEFAULT now());

CREATE INDEX IF NOT EXISTS ix_saksbord_synlighet_xid ON saksbord_synlighet (endringsxid);

-- A change that may move rows in or out of some user's sight (shielding, owner, unit, a
-- journalpost moved, a document unlinked, a code or stedfortreder period granted or revoked)
-- leaves one id-less row per transaction; the replicas then re-check which ids they may see.
CREATE OR REPLACE FUNCTION saksbord_synlighet_endret() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'journalpost' THEN
    -- A new owner or unit matters only for a journalpost shielded by itself or by its sak.
    IF OLD.tilgangskode IS NOT DISTINCT FROM NEW.tilgangskode AND OLD.type = NEW.type
       AND OLD.sak_id = NEW.sak_id AND NEW.tilgangskode IS NULL
       AND NOT EXISTS (SELECT 1 FROM sak WHERE id = NEW.sak_id AND tilgangskode IS NOT NULL) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM saksbord_synlighet WHERE endringsxid = pg_current_xact_id()) THEN
    INSERT INTO saksbord_synlighet DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;

CREATE TABLE IF NOT EXISTS utfort_foresporsel (id uuid PRIMARY KEY, tid timestamptz NOT NULL DEFAULT now(), rolle name NOT NULL DEFAULT current_user, journalpost_id bigint);

CREATE INDEX IF NOT EXISTS ix_utfort_foresporsel_tid ON utfort_foresporsel (tid);

CREATE OR REPLACE FUNCTION saksbord_rydd_utfort() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$ WITH d AS (DELETE FROM utfort_foresporsel WHERE tid < now() - interval '90 days' RETURNING 1) SELECT count(*) FROM d $$;

ALTER TABLE utfort_foresporsel ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_egen ON utfort_foresporsel;

CREATE POLICY saksbord_egen ON utfort_foresporsel FOR ALL USING (rolle = current_user) WITH CHECK (rolle = current_user);

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON sak;

CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE ON sak FOR EACH ROW WHEN (OLD.tilgangskode IS DISTINCT FROM NEW.tilgangskode OR OLD.saksansvarlig_id IS DISTINCT FROM NEW.saksansvarlig_id OR OLD.enhet_id IS DISTINCT FROM NEW.enhet_id) EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost;

CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE ON journalpost FOR EACH ROW WHEN (OLD.tilgangskode IS DISTINCT FROM NEW.tilgangskode OR OLD.type IS DISTINCT FROM NEW.type OR OLD.sak_id IS DISTINCT FROM NEW.sak_id OR OLD.saksbehandler_id IS DISTINCT FROM NEW.saksbehandler_id OR OLD.enhet_id IS DISTINCT FROM NEW.enhet_id) EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON oppgave;

CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE ON oppgave FOR EACH ROW WHEN ((OLD.fra_id, OLD.til_id, OLD.paa_vegne_av_id, OLD.journalpost_id, OLD.sak_id, OLD.type) IS DISTINCT FROM (NEW.fra_id, NEW.til_id, NEW.paa_vegne_av_id, NEW.journalpost_id, NEW.sak_id, NEW.type)) EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost_dokument;

CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OR DELETE ON journalpost_dokument FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_tilgang;

CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_tilgang FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_rolle;

CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_rolle FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON stedfortreder;

CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON stedfortreder FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker;

CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OF aktiv, db_rolle ON bruker FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;

CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON journalpost FOR EACH ROW EXECUTE FUNCTION saksbord_laas_journalpost();

DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;

CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON sak FOR EACH ROW EXECUTE FUNCTION saksbord_laas_sak();

ALTER TABLE sak ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON sak;

CREATE POLICY saksbord_synlig ON sak FOR ALL USING (tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[saksansvarlig_id])) WITH CHECK (tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[saksansvarlig_id]));

ALTER TABLE journalpost ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost;

CREATE POLICY saksbord_synlig ON journalpost FOR ALL USING (saksbord_kan_se_jp(tilgangskode, type, sak_id, enhet_id, saksbehandler_id)) WITH CHECK ((saksbord_kan_se_jp(tilgangskode, type, sak_id, enhet_id, saksbehandler_id)) AND EXISTS (SELECT 1 FROM sak s WHERE s.id = journalpost.sak_id));

ALTER TABLE korrespondansepart ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON korrespondansepart;

CREATE POLICY saksbord_synlig ON korrespondansepart FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = korrespondansepart.journalpost_id)) WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = korrespondansepart.journalpost_id));

ALTER TABLE journalpost_dokument ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON journalpost_dokument;

CREATE POLICY saksbord_synlig ON journalpost_dokument FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = journalpost_dokument.journalpost_id)) WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = journalpost_dokument.journalpost_id));

ALTER TABLE dokumentbeskrivelse ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentbeskrivelse;

CREATE POLICY saksbord_synlig ON dokumentbeskrivelse FOR ALL USING (opprettet_av_id = saksbord_bruker_id() OR EXISTS (SELECT 1 FROM journalpost_dokument jd WHERE jd.dokument_id = dokumentbeskrivelse.id)) WITH CHECK (opprettet_av_id = saksbord_bruker_id() OR EXISTS (SELECT 1 FROM journalpost_dokument jd WHERE jd.dokument_id = dokumentbeskrivelse.id));

ALTER TABLE dokumentobjekt ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON dokumentobjekt;

CREATE POLICY saksbord_synlig ON dokumentobjekt FOR ALL USING (EXISTS (SELECT 1 FROM dokumentbeskrivelse d WHERE d.id = dokumentobjekt.dokument_id)) WITH CHECK (EXISTS (SELECT 1 FROM dokumentbeskrivelse d WHERE d.id = dokumentobjekt.dokument_id));

ALTER TABLE innhold ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON innhold;

CREATE POLICY saksbord_synlig ON innhold FOR ALL USING (EXISTS (SELECT 1 FROM dokumentobjekt o WHERE o.sjekksum = innhold.sjekksum) OR NOT saksbord_innhold_brukt(sjekksum)) WITH CHECK (EXISTS (SELECT 1 FROM dokumentobjekt o WHERE o.sjekksum = innhold.sjekksum) OR NOT saksbord_innhold_brukt(sjekksum));

ALTER TABLE merknad ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON merknad;

CREATE POLICY saksbord_synlig ON merknad FOR ALL USING ((sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = merknad.sak_id)) AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = merknad.journalpost_id))) WITH CHECK ((sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = merknad.sak_id)) AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = merknad.journalpost_id)));

ALTER TABLE fulltekst ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON fulltekst;

CREATE POLICY saksbord_synlig ON fulltekst FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = fulltekst.journalpost_id)) WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = fulltekst.journalpost_id));

ALTER TABLE klassering ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON klassering;

CREATE POLICY saksbord_synlig ON klassering FOR ALL USING (EXISTS (SELECT 1 FROM sak s WHERE s.id = klassering.sak_id)) WITH CHECK (EXISTS (SELECT 1 FROM sak s WHERE s.id = klassering.sak_id));

ALTER TABLE presedens ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON presedens;

CREATE POLICY saksbord_synlig ON presedens FOR ALL USING (EXISTS (SELECT 1 FROM sak s WHERE s.id = presedens.sak_id)) WITH CHECK (EXISTS (SELECT 1 FROM sak s WHERE s.id = presedens.sak_id));

ALTER TABLE avskrivning ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON avskrivning;

CREATE POLICY saksbord_synlig ON avskrivning FOR ALL USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = avskrivning.journalpost_id)) WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = avskrivning.journalpost_id));

ALTER TABLE kryssreferanse ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON kryssreferanse;

CREATE POLICY saksbord_synlig ON kryssreferanse FOR ALL USING (EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.fra_sak_id) AND (til_sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.til_sak_id)) AND (til_journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = kryssreferanse.til_journalpost_id))) WITH CHECK (EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.fra_sak_id) AND (til_sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.til_sak_id)) AND (til_journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = kryssreferanse.til_journalpost_id)));

ALTER TABLE oppgave ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON oppgave;

CREATE POLICY saksbord_synlig ON oppgave FOR ALL USING (saksbord_er_part(ARRAY[fra_id, til_id, paa_vegne_av_id]) OR (type IN ('dokumentsenter', 'avslutt-sak') AND saksbord_har_rolle('arkiv')) OR ((journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = oppgave.journalpost_id)) AND (sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = oppgave.sak_id)))) WITH CHECK (((journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = oppgave.journalpost_id)) AND (sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = oppgave.sak_id))) OR ((saksbord_er_part(ARRAY[fra_id, til_id, paa_vegne_av_id]) OR (type IN ('dokumentsenter', 'avslutt-sak') AND saksbord_har_rolle('arkiv'))) AND saksbord_oppgave_uendret(id, journalpost_id, sak_id)));

ALTER TABLE endringslogg ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON endringslogg;

CREATE POLICY saksbord_synlig ON endringslogg FOR ALL USING (endringsxid = pg_current_xact_id_if_assigned() OR (entitet = 'bruker' AND entitet_id = saksbord_bruker_id()) OR (entitet <> 'bruker' AND (sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = endringslogg.sak_id)) AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = endringslogg.journalpost_id)))) WITH CHECK (((sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = endringslogg.sak_id)) AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = endringslogg.journalpost_id))) OR (entitet = 'oppgave' AND EXISTS (SELECT 1 FROM oppgave o WHERE o.id = endringslogg.entitet_id AND (endringslogg.journalpost_id IS NULL OR endringslogg.journalpost_id = o.journalpost_id) AND (endringslogg.sak_id IS NULL OR endringslogg.sak_id = o.sak_id))));

DROP POLICY IF EXISTS saksbord_forfatter ON endringslogg;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON endringslogg;

CREATE POLICY saksbord_forfatter ON endringslogg AS RESTRICTIVE FOR INSERT WITH CHECK (saksbord_er_forfatter(bruker_id, paa_vegne_av_id));

DROP POLICY IF EXISTS saksbord_forfatter ON oppgave;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON oppgave;

CREATE POLICY saksbord_forfatter ON oppgave AS RESTRICTIVE FOR INSERT WITH CHECK (saksbord_er_forfatter(fra_id, paa_vegne_av_id));

CREATE POLICY saksbord_forfatter_uendret ON oppgave AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (saksbord_forfatter_uendret('oppgave', id, fra_id, paa_vegne_av_id));

DROP POLICY IF EXISTS saksbord_forfatter ON merknad;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON merknad;

CREATE POLICY saksbord_forfatter ON merknad AS RESTRICTIVE FOR INSERT WITH CHECK (saksbord_er_forfatter(av_id, NULL));

CREATE POLICY saksbord_forfatter_uendret ON merknad AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (saksbord_forfatter_uendret('merknad', id, av_id, NULL));

DROP POLICY IF EXISTS saksbord_forfatter ON avskrivning;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON avskrivning;

CREATE POLICY saksbord_forfatter ON avskrivning AS RESTRICTIVE FOR INSERT WITH CHECK (saksbord_er_forfatter(av_id, NULL));

CREATE POLICY saksbord_forfatter_uendret ON avskrivning AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (saksbord_forfatter_uendret('avskrivning', id, av_id, NULL));

DROP POLICY IF EXISTS saksbord_forfatter ON presedens;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON presedens;

CREATE POLICY saksbord_forfatter ON presedens AS RESTRICTIVE FOR INSERT WITH CHECK (saksbord_er_forfatter(av_id, NULL));

CREATE POLICY saksbord_forfatter_uendret ON presedens AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (saksbord_forfatter_uendret('presedens', id, av_id, NULL));

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
DROP POLICY IF EXISTS saksbord_forfatter ON endringslogg;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON endringslogg;

DROP POLICY IF EXISTS saksbord_forfatter ON oppgave;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON oppgave;

DROP POLICY IF EXISTS saksbord_forfatter ON merknad;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON merknad;

DROP POLICY IF EXISTS saksbord_forfatter ON avskrivning;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON avskrivning;

DROP POLICY IF EXISTS saksbord_forfatter ON presedens;

DROP POLICY IF EXISTS saksbord_forfatter_uendret ON presedens;

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

DROP POLICY IF EXISTS saksbord_synlig ON klassering;

ALTER TABLE klassering DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON presedens;

ALTER TABLE presedens DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON avskrivning;

ALTER TABLE avskrivning DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON kryssreferanse;

ALTER TABLE kryssreferanse DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON oppgave;

ALTER TABLE oppgave DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_synlig ON endringslogg;

ALTER TABLE endringslogg DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS saksbord_les ON stedfortreder;

DROP POLICY IF EXISTS saksbord_skriv ON stedfortreder;

DROP POLICY IF EXISTS saksbord_endre ON stedfortreder;

DROP POLICY IF EXISTS saksbord_slett ON stedfortreder;

ALTER TABLE stedfortreder DISABLE ROW LEVEL SECURITY;

DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;

DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON sak;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON oppgave;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost_dokument;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_tilgang;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_rolle;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON stedfortreder;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker;

DROP FUNCTION IF EXISTS saksbord_synlighet_endret();

DROP TABLE IF EXISTS saksbord_synlighet;

DROP FUNCTION IF EXISTS saksbord_rydd_utfort();

DROP TABLE IF EXISTS utfort_foresporsel;

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

DROP FUNCTION IF EXISTS saksbord_er_part(bigint[], name);

DROP FUNCTION IF EXISTS saksbord_innhold_brukt(text);

DROP FUNCTION IF EXISTS saksbord_oppgave_uendret(bigint, bigint, bigint);

DROP FUNCTION IF EXISTS saksbord_er_forfatter(bigint, bigint, name);

DROP FUNCTION IF EXISTS saksbord_forfatter_uendret(text, bigint, bigint, bigint);

DROP FUNCTION IF EXISTS saksbord_vedlikehold();

DROP FUNCTION IF EXISTS saksbord_er_admin(name);

DROP FUNCTION IF EXISTS saksbord_har_rolle(text, name);

DROP FUNCTION IF EXISTS saksbord_bruker_id(name);
"""
