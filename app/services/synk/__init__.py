"""The sync client: a local replica of the shared database, an outbox, and the far end behind a seam.

- ``klient``: ``SynkKlient`` (run a write at the far end or queue it offline; replay; conflicts)
- ``bakgrunn``: ``Synkroniserer`` (the background thread that keeps the replica fresh)
- ``transport``: ``Transport`` (what the client needs from the far end) and ``PgTransport``
- ``http``: ``HttpTransport`` (the Saksbord server over HTTPS, token in the keyring) and ``logg_inn``
- ``kodek``: service arguments as JSON (outbox and wire)
- ``kommando``: ``saksbord synk``

The replica's bookkeeping tables are ``app.store.sync.replika.Bokforing``'s alone; the
write services and whether the outbox may queue them are ``arbeid.SKRIVETJENESTER``.
"""

from app.services.synk.bakgrunn import Synkroniserer
from app.services.synk.klient import (
    SYNKRONISERER,
    TILKOBLET,
    KonfliktInfo,
    SynkKlient,
    forelopig_nummer,
    forelopige_numre,
    frakoblet_tekst,
    konflikter,
    loes_konflikt_i_vinduet,
)
from app.services.synk.kommando import logg_inn_kommando, synk_kommando
from app.services.synk.transport import PgTransport, Transport

__all__ = [
    "SYNKRONISERER",
    "TILKOBLET",
    "KonfliktInfo",
    "PgTransport",
    "SynkKlient",
    "Synkroniserer",
    "Transport",
    "forelopig_nummer",
    "forelopige_numre",
    "frakoblet_tekst",
    "konflikter",
    "loes_konflikt_i_vinduet",
    "logg_inn_kommando",
    "synk_kommando",
]
