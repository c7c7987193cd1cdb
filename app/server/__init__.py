"""The Saksbord server: the only holder of a database login, running the same services and rules.

- ``app``: ``lag_app`` (the Starlette routes: login, writes, pull, documents, events, health)
- ``innlogging``: argon2 passwords, the lockout, tokens stored as hashes
- ``rolle``: each request's transactions as the user's NOLOGIN role (row-level security decides)
- ``hendelser``: one LISTEN per process fanned out as server-sent events
- ``kjor``: start it on uvicorn (TLS required outside loopback)
"""

from app.server.kjor import kjor, sjekk_lytteadresse

__all__ = ["kjor", "sjekk_lytteadresse"]
