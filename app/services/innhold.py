"""A document version's bytes, wherever they are: in the store, or (on a replica) fetched on demand.

Its own module so that the reading services (visning) and the document services (dokumenter)
both use it without importing each other.
"""

from __future__ import annotations

from app.services.arbeid import Arbeid
from app.store import models as m


def les_innhold(a: Arbeid, obj: m.Dokumentobjekt) -> bytes:
    """A version's bytes (content-addressed by sjekksum). A replica fetches content it does not hold
    yet (the first sync leaves it out) through its journalpost on the server."""
    rad = a.s.get(m.Innhold, obj.sjekksum)
    if rad is None:
        from app.store.sync.replika import innhold_fra_kilde

        data = innhold_fra_kilde(a.db, obj.dokument_id, obj.versjonsnummer, obj.variantformat, obj.sjekksum)
        if data is not None:
            return data
    return bytes(a.hent(m.Innhold, obj.sjekksum, f"innholdet i {obj.filnavn}").data)
