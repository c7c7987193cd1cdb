"""PostgreSQL-only objects: roles, grants, row-level security, locking and change triggers."""
