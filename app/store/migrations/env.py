"""Alembic environment: runs on the connection handed over by app.store.db.

Every schema or policy change is a new revision under ``versions/`` whose SQL (or alembic
operations) is written out in the file itself: a revision never imports living code for its
DDL (not app.store.models, not app.store.pg.ddl), so it does tomorrow what it did the day it
shipped. Never edit a shipped revision, not even to fix it: add the next one, written so that
it also runs on a database that an earlier, edited copy made (``IF NOT EXISTS``, ``CREATE OR
REPLACE``, drop a policy before making it). tests/test_pg_upgrade.py holds the shipped files
to their checksums and an upgraded database equal to a new one. See versions/README.

``target_metadata`` (the models) is here only for ``alembic revision --autogenerate``, which
writes a draft of the next revision to be read and frozen by hand.
"""

from alembic import context
from sqlalchemy import create_engine

from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _migrate(conn)
        return
    _migrate(conn)


def _migrate(conn) -> None:
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
