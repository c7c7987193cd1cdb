"""Full-text index of mail bodies and attachment text: FTS5 on SQLite, a GIN tsvector on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


def opprett(conn: Connection) -> None:
    """Create the index table if the dialect has one (called after the schema is migrated)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS fulltekst USING fts5("
            "journalpost_id UNINDEXED, tekst, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS fulltekst (journalpost_id BIGINT NOT NULL, tekst TEXT NOT NULL, "
            "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', tekst)) STORED)"
        )
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_fulltekst_tsv ON fulltekst USING gin (tsv)")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_fulltekst_jp ON fulltekst (journalpost_id)")


def indekser(s: Session, journalpost_id: int, tekst: str) -> None:
    if not tekst.strip():
        return
    s.execute(
        text("INSERT INTO fulltekst (journalpost_id, tekst) VALUES (:j, :t)"),
        {"j": journalpost_id, "t": tekst},
    )


def _fts_uttrykk(ord_: list[str]) -> str:
    return " AND ".join('"' + o.replace('"', "") + '"*' for o in ord_ if o)


def sok(s: Session, ord_: list[str], *, grense: int = 1000) -> list[int]:
    ord_ = [o for o in ord_ if o]
    if not ord_:
        return []
    dialekt = s.get_bind().dialect.name
    if dialekt == "sqlite":
        rader = s.execute(
            text("SELECT DISTINCT journalpost_id FROM fulltekst WHERE fulltekst MATCH :q LIMIT :n"),
            {"q": _fts_uttrykk(ord_), "n": grense},
        )
    else:
        rader = s.execute(
            text(
                "SELECT DISTINCT journalpost_id FROM fulltekst WHERE tsv @@ to_tsquery('simple', :q) LIMIT :n"
            ),
            {"q": " & ".join(o.replace("'", "") + ":*" for o in ord_), "n": grense},
        )
    return [int(r[0]) for r in rader]
