"""The local replica: a SQLite copy of what the user may see, pulled from PostgreSQL, plus the outbox."""
