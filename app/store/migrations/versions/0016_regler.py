"""The handbooks' rules: a stedfortreder within the granted codes, codes per type, the public journal

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 02:30:00

* PostgreSQL ``saksbord_kan_se``: a stedfortreder no longer sees what the absent person owns
  (saksbehandler or saksansvarlig) through ownership; in an active period only the codes granted
  for it (and held by the leader) open anything, as ``regler.autorisert`` does in Python. The
  owner's own rows still open to the owner.
* ``kode_avskrivning``: BSS, BB, BM and EP apply to I, U, N and X (the table in 003); rows still
  at the old default ("IN") are widened, a municipality's own edit is left alone.
* ``kode_tilgang.offentlig_journal``: whether a post with the code is listed on the offentlig
  journal with its shielded fields replaced ("erstatt") or left off entirely ("utelat"). The
  default from 003: U (unntatt offentlighet) and IS (intern skjerming) are left off.
* ``journalpost.krever_godkjenning``: the post must be approved before it is ferdigstilt.
  On PostgreSQL the lock trigger is unchanged: the column is set only while the post is R or S.
* ``avskrivning.mottaker_id``: an N with several internal mottakere has a restanse per mottaker;
  an avskrivning made by one of them names them and clears only their own. (A new row, so the
  lock triggers, which refuse edits of a locked post's parties, are not in the way.)
* ``sak_tilgang``: users the saksansvarlig (or the archive) has given write access to a sak;
  registering in a sak needs the saksansvarlig, the sak's unit, the archive or such a grant.
  On PostgreSQL a grant is seen where its sak is, and written only by the archive or by the
  user named as its giver, where the sak is visible.
* ``egen_kurv``: a user's own saved searches in the left pane; a leader may share one with the
  unit. On PostgreSQL each row is seen by its owner and, when shared, by the unit's members;
  only the owner writes it, and only the unit's leader shares it with the unit.
  Both tables get change tracking like every synced table.

* ``journalpost.skjermede_ord`` and ``sak.skjermede_ord``: words of title line 1 shown as asterisks
  to readers without the
  post's code (and on the offentlig journal); settable in every status, as skjerming is.
* The lock triggers of 0007 (journalpost, sak, korrespondansepart, avskrivning) now let the
  archive's logged correction path correct a locked journalpost's title, dates and parties and a
  closed sak's title and saksdato, and undo an avskrivning: ``saksbord_arkivretting()`` is true
  only in a transaction where the correction service has set ``saksbord.arkivretting`` (a
  transaction-local setting) and only for the archive (``saksbord_er_arkiv``). The service logs
  each correction with old value, new value and the reason. Everyone else, the archive's own
  direct UPDATEs included, is held exactly as before.

Every statement is idempotent, as 0003-0008 are.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


DATA = """
UPDATE kode_avskrivning SET typer = 'IUNX' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IN';
UPDATE kode_tilgang SET offentlig_journal = 'utelat' WHERE kode IN ('U', 'IS') AND offentlig_journal IS NULL;
UPDATE kode_tilgang SET offentlig_journal = 'erstatt' WHERE offentlig_journal IS NULL;
"""

KOLONNER_SQLITE = (
    ("kode_tilgang", "offentlig_journal", "VARCHAR(10)"),
    ("journalpost", "krever_godkjenning", "BOOLEAN NOT NULL DEFAULT 0"),
    ("avskrivning", "mottaker_id", "INTEGER REFERENCES bruker (id)"),
    ("journalpost", "skjermede_ord", "TEXT"),
    ("sak", "skjermede_ord", "TEXT"),
)


TABELLER_SQLITE = (
    """CREATE TABLE IF NOT EXISTS sak_tilgang (
	id INTEGER NOT NULL,
	sak_id INTEGER NOT NULL,
	bruker_id INTEGER NOT NULL,
	gitt_av_id INTEGER NOT NULL,
	gitt DATETIME NOT NULL,
	CONSTRAINT pk_sak_tilgang PRIMARY KEY (id),
	CONSTRAINT uq_sak_tilgang_sak_id UNIQUE (sak_id, bruker_id),
	CONSTRAINT fk_sak_tilgang_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE CASCADE,
	CONSTRAINT fk_sak_tilgang_bruker_id_bruker FOREIGN KEY(bruker_id) REFERENCES bruker (id),
	CONSTRAINT fk_sak_tilgang_gitt_av_id_bruker FOREIGN KEY(gitt_av_id) REFERENCES bruker (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_sak_tilgang_sak_id ON sak_tilgang (sak_id)",
    "CREATE INDEX IF NOT EXISTS ix_sak_tilgang_bruker_id ON sak_tilgang (bruker_id)",
    """CREATE TABLE IF NOT EXISTS egen_kurv (
	id INTEGER NOT NULL,
	eier_id INTEGER NOT NULL,
	navn VARCHAR(100) NOT NULL,
	kriterier TEXT NOT NULL,
	rekkefolge INTEGER NOT NULL,
	delt_enhet_id INTEGER,
	opprettet DATETIME NOT NULL,
	CONSTRAINT pk_egen_kurv PRIMARY KEY (id),
	CONSTRAINT fk_egen_kurv_eier_id_bruker FOREIGN KEY(eier_id) REFERENCES bruker (id),
	CONSTRAINT fk_egen_kurv_delt_enhet_id_administrativ_enhet FOREIGN KEY(delt_enhet_id) REFERENCES administrativ_enhet (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_egen_kurv_eier_id ON egen_kurv (eier_id)",
    "CREATE INDEX IF NOT EXISTS ix_egen_kurv_delt_enhet_id ON egen_kurv (delt_enhet_id)",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the function text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG + LAAS_PG + DATA)
        return
    x = bind.exec_driver_sql
    for sql in TABELLER_SQLITE:
        x(sql)
    for tabell, navn, type_ in KOLONNER_SQLITE:
        if navn not in {rad[1] for rad in x(f"PRAGMA table_info({tabell})")}:
            x(f"ALTER TABLE {tabell} ADD COLUMN {navn} {type_}")
    for sql in DATA.strip().splitlines():
        x(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG + LAAS_NED_PG)
        return
    x = bind.exec_driver_sql
    x("DROP TABLE IF EXISTS egen_kurv")
    x("DROP TABLE IF EXISTS sak_tilgang")
    x("UPDATE kode_avskrivning SET typer = 'IN' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IUNX'")
    for tabell, navn, _type in KOLONNER_SQLITE:
        with op.batch_alter_table(tabell) as batch_op:
            batch_op.drop_column(navn)


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS sak_tilgang (
  id BIGSERIAL NOT NULL,
  sak_id BIGINT NOT NULL,
  bruker_id BIGINT NOT NULL,
  gitt_av_id BIGINT NOT NULL,
  gitt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_sak_tilgang PRIMARY KEY (id),
  CONSTRAINT uq_sak_tilgang_sak_id UNIQUE (sak_id, bruker_id),
  CONSTRAINT fk_sak_tilgang_sak_id_sak FOREIGN KEY (sak_id) REFERENCES sak (id) ON DELETE CASCADE,
  CONSTRAINT fk_sak_tilgang_bruker_id_bruker FOREIGN KEY (bruker_id) REFERENCES bruker (id),
  CONSTRAINT fk_sak_tilgang_gitt_av_id_bruker FOREIGN KEY (gitt_av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_sak_id ON sak_tilgang (sak_id);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_bruker_id ON sak_tilgang (bruker_id);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_endringsnr ON sak_tilgang (endringsnr);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_endringsxid ON sak_tilgang (endringsxid);

CREATE TABLE IF NOT EXISTS egen_kurv (
  id BIGSERIAL NOT NULL,
  eier_id BIGINT NOT NULL,
  navn VARCHAR(100) NOT NULL,
  kriterier TEXT NOT NULL,
  rekkefolge INTEGER NOT NULL,
  delt_enhet_id BIGINT,
  opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_egen_kurv PRIMARY KEY (id),
  CONSTRAINT fk_egen_kurv_eier_id_bruker FOREIGN KEY (eier_id) REFERENCES bruker (id),
  CONSTRAINT fk_egen_kurv_delt_enhet_id_administrativ_enhet FOREIGN KEY (delt_enhet_id) REFERENCES administrativ_enhet (id)
);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_eier_id ON egen_kurv (eier_id);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_delt_enhet_id ON egen_kurv (delt_enhet_id);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_endringsnr ON egen_kurv (endringsnr);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_endringsxid ON egen_kurv (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_sak_tilgang() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "sak_tilgang"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON sak_tilgang;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON sak_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_sak_tilgang();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON sak_tilgang;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON sak_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_egen_kurv() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "egen_kurv"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON egen_kurv;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON egen_kurv
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_egen_kurv();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON egen_kurv;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON egen_kurv
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

-- A grant is seen where its sak is; written by the archive, or in the giver's own name.
ALTER TABLE sak_tilgang ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON sak_tilgang;
CREATE POLICY saksbord_synlig ON sak_tilgang FOR ALL
  USING (saksbord_er_admin() OR EXISTS (SELECT 1 FROM sak s WHERE s.id = sak_tilgang.sak_id))
  WITH CHECK (saksbord_er_admin() OR (EXISTS (SELECT 1 FROM sak s WHERE s.id = sak_tilgang.sak_id)
              AND (saksbord_er_arkiv() OR gitt_av_id = saksbord_bruker_id())));

-- An own kurv is seen by its owner and, shared, by the unit; only the unit's leader shares.
ALTER TABLE egen_kurv ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON egen_kurv;
CREATE POLICY saksbord_synlig ON egen_kurv FOR ALL
  USING (saksbord_er_admin() OR eier_id = saksbord_bruker_id()
         OR delt_enhet_id = (SELECT b.enhet_id FROM bruker b WHERE b.id = saksbord_bruker_id()))
  WITH CHECK (saksbord_er_admin() OR (eier_id = saksbord_bruker_id()
              AND (delt_enhet_id IS NULL OR EXISTS (SELECT 1 FROM administrativ_enhet e
                                                   WHERE e.id = delt_enhet_id AND e.leder_id = eier_id))));

ALTER TABLE kode_tilgang ADD COLUMN IF NOT EXISTS offentlig_journal VARCHAR(10);
ALTER TABLE journalpost ADD COLUMN IF NOT EXISTS krever_godkjenning BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE avskrivning ADD COLUMN IF NOT EXISTS mottaker_id BIGINT;
ALTER TABLE journalpost ADD COLUMN IF NOT EXISTS skjermede_ord TEXT;
ALTER TABLE sak ADD COLUMN IF NOT EXISTS skjermede_ord TEXT;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_avskrivning_mottaker_id_bruker') THEN ALTER TABLE avskrivning ADD CONSTRAINT fk_avskrivning_mottaker_id_bruker FOREIGN KEY (mottaker_id) REFERENCES bruker (id); END IF; END $$;

-- May the role see content shielded with `kode` in unit `enhet`, owned by `eier`?
-- Exact code; a unit-limited grant only within that unit; the record's own saksbehandler or
-- saksansvarlig; in an active stedfortreder period the codes granted for it that the leader
-- holds, and nothing through the leader's ownership.
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
                   AND kode = ANY (string_to_array(replace(s.koder, ' ', ''), ','))
                   AND EXISTS (SELECT 1 FROM bruker_tilgang t
                               WHERE t.bruker_id = s.leder_id AND t.tilgangskode = kode
                                 AND (t.enhet_id IS NULL OR t.enhet_id = enhet)))))
$$;
"""

NED_PG = r"""
DROP TABLE IF EXISTS egen_kurv;
DROP TABLE IF EXISTS sak_tilgang;
DROP FUNCTION IF EXISTS saksbord_endring_egen_kurv();
DROP FUNCTION IF EXISTS saksbord_endring_sak_tilgang();
UPDATE kode_avskrivning SET typer = 'IN' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IUNX';
ALTER TABLE kode_tilgang DROP COLUMN IF EXISTS offentlig_journal;
ALTER TABLE journalpost DROP COLUMN IF EXISTS krever_godkjenning;
ALTER TABLE journalpost DROP COLUMN IF EXISTS skjermede_ord;
ALTER TABLE sak DROP COLUMN IF EXISTS skjermede_ord;
ALTER TABLE avskrivning DROP CONSTRAINT IF EXISTS fk_avskrivning_mottaker_id_bruker, DROP COLUMN IF EXISTS mottaker_id;
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
"""


# The lock triggers of 0007 with the archive's corrections (issue 20, item 5).
LAAS_PG = r"""
-- The archive's logged correction path (app/services/arkivretting.py sets the setting, local to
-- its transaction): only for the archive (saksbord_er_arkiv, as every archive check), never for a
-- plain UPDATE.
CREATE OR REPLACE FUNCTION saksbord_arkivretting() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('saksbord.arkivretting', true), '') = 'ja' AND saksbord_er_arkiv()
$$;

CREATE OR REPLACE FUNCTION saksbord_laas_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['status', 'ekspedert_dato', 'journaldato', 'endret', 'versjon', 'endringsnr',
                          'endringsxid', 'restanse', 'forelopig_svar', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'saksbehandler_id', 'enhet_id', 'skjermede_ord'];
  trinn jsonb := '{"R": 0, "S": 0, "M": 0, "F": 1, "E": 2, "J": 3, "A": 4}';
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('F', 'E', 'J', 'A') OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En journalpost slettes ikke (status %); den kan feilregistreres', OLD.status
        USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'S', 'M') THEN
      RAISE EXCEPTION 'En journalpost registreres ikke rett i status %', NEW.status USING ERRCODE = '55000';
    END IF;
    IF saksbord_sak_status(NEW.sak_id) IN ('A', 'U') THEN
      RAISE EXCEPTION 'Saken er avsluttet eller utgått; nye journalposter kan ikke registreres'
        USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.journalaar, NEW.journalsekvensnummer) IS DISTINCT FROM (OLD.journalaar, OLD.journalsekvensnummer) THEN
    RAISE EXCEPTION 'Løpenummeret til en journalpost endres ikke' USING ERRCODE = '55000';
  END IF;
  IF arkiv THEN
    tillatt := tillatt || ARRAY['sak_id', 'dokumentnummer'];  -- the archive moves (saksbord_flytt)
  END IF;
  IF saksbord_arkivretting() THEN
    -- the archive's logged correction of a locked post's registration (issue 20)
    tillatt := tillatt || ARRAY['tittel', 'tittel2', 'dokumentdato', 'mottatt_dato', 'forfallsdato'];
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF OLD.status = 'U' THEN
      RAISE EXCEPTION 'Journalposten er feilregistrert; statusen endres ikke' USING ERRCODE = '55000';
    ELSIF NEW.status = 'U' THEN
      IF OLD.status IN ('F', 'E', 'J', 'A') AND NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan feilregistrere en journalpost i status %', OLD.status
          USING ERRCODE = '42501';
      END IF;
    ELSIF (trinn ->> NEW.status)::int < (trinn ->> OLD.status)::int THEN
      IF NOT (OLD.status = 'A' AND NEW.status = 'J' AND arkiv) THEN  -- the archive reopens the sak
        RAISE EXCEPTION 'Journalposten er låst (status %) og kan ikke settes tilbake til %', OLD.status, NEW.status
          USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('J', 'A') THEN
      IF NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan sette journalstatus %', NEW.status USING ERRCODE = '42501';
      END IF;
      IF NEW.status = 'A' AND OLD.status <> 'J' THEN
        RAISE EXCEPTION 'Bare journalførte journalposter arkiveres' USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('F', 'E') AND NOT saksbord_kan_ferdigstille(OLD.id) THEN
      RAISE EXCEPTION 'Bare saksbehandler, saksansvarlig, leder, arkivet eller godkjenneren kan sette status %',
        NEW.status USING ERRCODE = '42501';
    END IF;
  END IF;
  IF OLD.status IN ('F', 'E', 'J', 'A')
     AND (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
    RAISE EXCEPTION 'Journalposten er låst (status %); bare status, skjerming og restanse kan endres', OLD.status
      USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_sak() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['endret', 'versjon', 'endringsnr', 'endringsxid', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'avslutning_bedt', 'status', 'avsluttet_dato', 'skjermede_ord'];
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'A' OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En sak slettes ikke; arkivet kan sette den utgått' USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'B') OR (NEW.status = 'B' AND NOT arkiv) THEN
      RAISE EXCEPTION 'En ny sak får ikke status %', NEW.status USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.saksaar, NEW.sakssekvensnummer) IS DISTINCT FROM (OLD.saksaar, OLD.sakssekvensnummer) THEN
    RAISE EXCEPTION 'Saksnummeret endres ikke' USING ERRCODE = '55000';
  END IF;
  IF NEW.siste_dokumentnummer < OLD.siste_dokumentnummer THEN
    RAISE EXCEPTION 'Sakens dokumentnummer kan ikke spoles tilbake' USING ERRCODE = '55000';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT arkiv AND NOT (OLD.status = 'R' AND NEW.status = 'U'
                          AND saksbord_er_part(ARRAY[OLD.saksansvarlig_id])) THEN
      RAISE EXCEPTION 'Bare arkivet kan endre saksstatus fra % til %', OLD.status, NEW.status
        USING ERRCODE = '42501';
    END IF;
    IF NEW.status = 'A' AND NOT saksbord_er_demo()
       AND (NEW.avsluttet_dato IS NULL OR NEW.avsluttet_dato NOT BETWEEN current_date - 1 AND current_date + 1) THEN
      RAISE EXCEPTION 'En sak avsluttes med dagens dato, ikke %', NEW.avsluttet_dato USING ERRCODE = '55000';
    END IF;
  END IF;
  IF saksbord_arkivretting() THEN
    tillatt := tillatt || ARRAY['tittel', 'tittel2', 'saksdato'];  -- the archive's logged correction
  END IF;
  IF OLD.status = 'A' AND ((to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt)
                           OR (NEW.status = 'A' AND NEW.avsluttet_dato IS DISTINCT FROM OLD.avsluttet_dato)) THEN
    RAISE EXCEPTION 'Saken er avsluttet; bare arkivet kan gjenåpne den (statusendring)' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_part() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['epost', 'adresse', 'postnummer', 'poststed', 'kanal', 'ekspedert', 'endringsnr',
                          'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'UPDATE' AND saksbord_arkivretting() AND NEW.journalpost_id = OLD.journalpost_id
     AND (to_jsonb(NEW) - ARRAY['navn', 'adresse', 'postnummer', 'poststed', 'epost', 'referanse', 'endringsnr',
                                'endringsxid'])
         IS NOT DISTINCT FROM (to_jsonb(OLD) - ARRAY['navn', 'adresse', 'postnummer', 'poststed', 'epost',
                                                     'referanse', 'endringsnr', 'endringsxid']) THEN
    RETURN NEW;  -- the archive corrects a party's name or address on a locked post (issue 20)
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR OLD.ekspedert IS NOT NULL OR NEW.journalpost_id <> OLD.journalpost_id
       OR saksbord_jp_status(OLD.journalpost_id) NOT IN ('F', 'E')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Journalposten er låst (status %); partene kan ikke endres',
        saksbord_jp_status(OLD.journalpost_id) USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.journalpost_id IS DISTINCT FROM OLD.journalpost_id
     AND saksbord_jp_laast(NEW.journalpost_id) THEN
    RAISE EXCEPTION 'Journalposten er låst; nye parter kan ikke legges til' USING ERRCODE = '55000';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_avskrivning() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['ventende', 'dato', 'endringsnr', 'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF saksbord_jp_status(NEW.journalpost_id) = 'A' THEN
      RAISE EXCEPTION 'Journalposten er arkivert' USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND saksbord_arkivretting() AND NOT OLD.ventende
     AND coalesce(saksbord_jp_status(OLD.journalpost_id), '') <> 'A' THEN
    RETURN OLD;  -- the archive undoes an avskrivning (issue 20); the endringslogg keeps what it was
  END IF;
  IF saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR NOT OLD.ventende OR NEW.ventende OR NEW.dato IS NULL
       OR coalesce(saksbord_jp_status(OLD.svar_journalpost_id), '') NOT IN ('E', 'J', 'A')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Avskrivningen hører til en låst journalpost og kan ikke endres' USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;
"""

# … and as 0007 left them, for the downgrade.
LAAS_NED_PG = r"""
CREATE OR REPLACE FUNCTION saksbord_laas_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['status', 'ekspedert_dato', 'journaldato', 'endret', 'versjon', 'endringsnr',
                          'endringsxid', 'restanse', 'forelopig_svar', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'saksbehandler_id', 'enhet_id'];
  trinn jsonb := '{"R": 0, "S": 0, "M": 0, "F": 1, "E": 2, "J": 3, "A": 4}';
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('F', 'E', 'J', 'A') OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En journalpost slettes ikke (status %); den kan feilregistreres', OLD.status
        USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'S', 'M') THEN
      RAISE EXCEPTION 'En journalpost registreres ikke rett i status %', NEW.status USING ERRCODE = '55000';
    END IF;
    IF saksbord_sak_status(NEW.sak_id) IN ('A', 'U') THEN
      RAISE EXCEPTION 'Saken er avsluttet eller utgått; nye journalposter kan ikke registreres'
        USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.journalaar, NEW.journalsekvensnummer) IS DISTINCT FROM (OLD.journalaar, OLD.journalsekvensnummer) THEN
    RAISE EXCEPTION 'Løpenummeret til en journalpost endres ikke' USING ERRCODE = '55000';
  END IF;
  IF arkiv THEN
    tillatt := tillatt || ARRAY['sak_id', 'dokumentnummer'];  -- the archive moves (saksbord_flytt)
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF OLD.status = 'U' THEN
      RAISE EXCEPTION 'Journalposten er feilregistrert; statusen endres ikke' USING ERRCODE = '55000';
    ELSIF NEW.status = 'U' THEN
      IF OLD.status IN ('F', 'E', 'J', 'A') AND NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan feilregistrere en journalpost i status %', OLD.status
          USING ERRCODE = '42501';
      END IF;
    ELSIF (trinn ->> NEW.status)::int < (trinn ->> OLD.status)::int THEN
      IF NOT (OLD.status = 'A' AND NEW.status = 'J' AND arkiv) THEN  -- the archive reopens the sak
        RAISE EXCEPTION 'Journalposten er låst (status %) og kan ikke settes tilbake til %', OLD.status, NEW.status
          USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('J', 'A') THEN
      IF NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan sette journalstatus %', NEW.status USING ERRCODE = '42501';
      END IF;
      IF NEW.status = 'A' AND OLD.status <> 'J' THEN
        RAISE EXCEPTION 'Bare journalførte journalposter arkiveres' USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('F', 'E') AND NOT saksbord_kan_ferdigstille(OLD.id) THEN
      RAISE EXCEPTION 'Bare saksbehandler, saksansvarlig, leder, arkivet eller godkjenneren kan sette status %',
        NEW.status USING ERRCODE = '42501';
    END IF;
  END IF;
  IF OLD.status IN ('F', 'E', 'J', 'A')
     AND (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
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
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'A' OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En sak slettes ikke; arkivet kan sette den utgått' USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'B') OR (NEW.status = 'B' AND NOT arkiv) THEN
      RAISE EXCEPTION 'En ny sak får ikke status %', NEW.status USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.saksaar, NEW.sakssekvensnummer) IS DISTINCT FROM (OLD.saksaar, OLD.sakssekvensnummer) THEN
    RAISE EXCEPTION 'Saksnummeret endres ikke' USING ERRCODE = '55000';
  END IF;
  IF NEW.siste_dokumentnummer < OLD.siste_dokumentnummer THEN
    RAISE EXCEPTION 'Sakens dokumentnummer kan ikke spoles tilbake' USING ERRCODE = '55000';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT arkiv AND NOT (OLD.status = 'R' AND NEW.status = 'U'
                          AND saksbord_er_part(ARRAY[OLD.saksansvarlig_id])) THEN
      RAISE EXCEPTION 'Bare arkivet kan endre saksstatus fra % til %', OLD.status, NEW.status
        USING ERRCODE = '42501';
    END IF;
    IF NEW.status = 'A' AND NOT saksbord_er_demo()
       AND (NEW.avsluttet_dato IS NULL OR NEW.avsluttet_dato NOT BETWEEN current_date - 1 AND current_date + 1) THEN
      RAISE EXCEPTION 'En sak avsluttes med dagens dato, ikke %', NEW.avsluttet_dato USING ERRCODE = '55000';
    END IF;
  END IF;
  IF OLD.status = 'A' AND ((to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt)
                           OR (NEW.status = 'A' AND NEW.avsluttet_dato IS DISTINCT FROM OLD.avsluttet_dato)) THEN
    RAISE EXCEPTION 'Saken er avsluttet; bare arkivet kan gjenåpne den (statusendring)' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_part() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['epost', 'adresse', 'postnummer', 'poststed', 'kanal', 'ekspedert', 'endringsnr',
                          'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR OLD.ekspedert IS NOT NULL OR NEW.journalpost_id <> OLD.journalpost_id
       OR saksbord_jp_status(OLD.journalpost_id) NOT IN ('F', 'E')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Journalposten er låst (status %); partene kan ikke endres',
        saksbord_jp_status(OLD.journalpost_id) USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.journalpost_id IS DISTINCT FROM OLD.journalpost_id
     AND saksbord_jp_laast(NEW.journalpost_id) THEN
    RAISE EXCEPTION 'Journalposten er låst; nye parter kan ikke legges til' USING ERRCODE = '55000';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_avskrivning() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['ventende', 'dato', 'endringsnr', 'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF saksbord_jp_status(NEW.journalpost_id) = 'A' THEN
      RAISE EXCEPTION 'Journalposten er arkivert' USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR NOT OLD.ventende OR NEW.ventende OR NEW.dato IS NULL
       OR coalesce(saksbord_jp_status(OLD.svar_journalpost_id), '') NOT IN ('E', 'J', 'A')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Avskrivningen hører til en låst journalpost og kan ikke endres' USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

DROP FUNCTION IF EXISTS saksbord_arkivretting();
"""
