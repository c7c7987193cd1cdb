"""Each request's transactions run as the signed-in user's NOLOGIN role (``SET LOCAL ROLE``).

The server's login owns the tables; on its own it would see and may write everything. Inside
``som_bruker(rolle)`` every transaction the server's engine begins starts with
``SET LOCAL ROLE <rolle>``, so row-level security and the write checks of the database judge
the request exactly as they judged that user's own login before, and the services' rules run
on top. ``LOCAL`` ends with the transaction, so a pooled connection never keeps a user's role.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from sqlalchemy import Connection, event

from app.store.db import Database
from app.store.pg import roller as pgroller

_rolle: ContextVar[str | None] = ContextVar("saksbord_server_rolle", default=None)


def _ved_begin(conn: Connection) -> None:
    rolle = _rolle.get()
    if rolle is not None:
        conn.exec_driver_sql(f"SET LOCAL ROLE {pgroller.sitert(rolle)}")


def koble(db: Database) -> None:
    """Let ``som_bruker`` act on this engine (once, at server start)."""
    if not event.contains(db.engine, "begin", _ved_begin):
        event.listen(db.engine, "begin", _ved_begin)


@contextlib.contextmanager
def som_bruker(rolle: str) -> Iterator[None]:
    pgroller.sitert(rolle)  # refuse anything that is not a plain role name before it reaches SQL
    token = _rolle.set(rolle)
    try:
        yield
    finally:
        _rolle.reset(token)
