"""Give users write access to a sak for a test's setup, the way the house does (issue 20 item 4).

Registering in a sak needs write access: the saksansvarlig, the sak's unit, the archive or a user
granted it. Tests that let users of several units register in one sak grant it first, through
the service the saksansvarlig or the archive uses, instead of bypassing the rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.feil import UgyldigInndata
from app.services import sakstilgang
from app.services.arbeid import Kontekst
from app.store.db import Database


def gi_skrivetilgang(
    db: Database | Any, saksnr: str, brukere: Iterable[str], *, giver: str = "ALA"
) -> list[str]:
    """Grant each of ``brukere`` write access to ``saksnr`` as ``giver``; returns those granted.

    ``db`` is a Database, or the giver's HttpTransport when the test goes through the server.

    A user who has write access already (the sak's own unit, the archive, the saksansvarlig) is
    refused by the service ("har skrivetilgang til sak … fra før"); that is skipped, nothing else is.
    """
    gitt = []
    for ini in brukere:
        try:
            if hasattr(db, "utfor"):
                db.utfor("gi_skrivetilgang", {"saksnr": saksnr, "til": ini})
            else:
                sakstilgang.gi_skrivetilgang(Kontekst(db, giver), saksnr, til=ini)
        except UgyldigInndata as e:
            if "fra før" not in str(e):
                raise
            continue
        gitt.append(ini)
    return gitt
