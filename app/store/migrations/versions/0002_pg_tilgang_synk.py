"""PostgreSQL: change tracking for the replicas, row-level security, locked records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00

SQLite (the embedded database and the replicas) needs none of it: the replica's
own bookkeeping tables are made by app.store.sync.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from app.store.pg import ddl

        ddl.installer(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from app.store.pg import ddl

        ddl.fjern(op.get_bind())
