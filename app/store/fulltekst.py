"""Full-text index of mail bodies and attachment text: FTS5 on SQLite, a GIN tsvector on PostgreSQL.

On SQLite two trigram FTS5 tables also answer the global search's substring
words without a full scan: ``sok_jp`` (rowid = journalpost id; the title and
every party name, one per line) and ``sok_sak`` (rowid = sak id; the title).
Triggers keep them in step with journalpost, korrespondansepart and sak, so
no service has to remember them; ``bygg_sokeindeks`` fills them in bulk.

The tables and triggers are made by the migrations (0002 on PostgreSQL, 0003 on SQLite).
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


def bygg_sokeindeks(conn: Connection) -> None:
    """(Re)fill the trigram search tables from the registry in bulk (SQLite; a no-op elsewhere)."""
    if conn.dialect.name != "sqlite" or not har_sokeindeks(conn):
        return
    conn.exec_driver_sql("DELETE FROM sok_jp")
    conn.exec_driver_sql(
        "INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce(char(10) || p.navn, '') "
        "FROM journalpost j LEFT JOIN (SELECT journalpost_id, group_concat(navn, char(10)) AS navn "
        "FROM korrespondansepart GROUP BY journalpost_id) p ON p.journalpost_id = j.id"
    )
    conn.exec_driver_sql("DELETE FROM sok_sak")
    conn.exec_driver_sql("INSERT INTO sok_sak (rowid, tekst) SELECT id, tittel FROM sak")
    for tabell in ("sok_jp", "sok_sak"):
        conn.exec_driver_sql(f"INSERT INTO {tabell} ({tabell}) VALUES ('optimize')")


def har_sokeindeks(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sok_jp'").first() is not None


def sok_ord(s: Session, tabell: str, ord_: list[str], *, grense: int) -> list[int] | None:
    """Ids (newest first) whose text in ``tabell`` (sok_jp | sok_sak) holds every word as a substring.

    Same test as ``lower(col) LIKE '%word%'``; None when the index cannot answer
    (no trigram table, or no word of three letters or more to look up).
    """
    # Only words of three characters or more (and no LIKE wildcard) can be looked up in a trigram
    # index; shorter ones are tested on the candidates as plain expressions the index never sees
    # (SQLite 3.40 crashes on an index LIKE that yields no trigram when it comes first).
    sokbare = [o for o in ord_ if len(o) >= 3 and "_" not in o]
    if not sokbare:
        return None
    andre = [o for o in ord_ if o not in sokbare]
    vilkaar = " AND ".join(
        [f"tekst LIKE :o{i}" for i in range(len(sokbare))]
        + [f"(tekst || '') LIKE :k{i}" for i in range(len(andre))]
    )
    verdier = {f"o{i}": f"%{o}%" for i, o in enumerate(sokbare)}
    verdier |= {f"k{i}": f"%{o}%" for i, o in enumerate(andre)}
    rader = s.execute(
        text(f"SELECT rowid FROM {tabell} WHERE {vilkaar} ORDER BY rowid DESC LIMIT :n"),
        {**verdier, "n": grense},
    )
    return [int(r[0]) for r in rader]


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
