"""Reading e-mail files (.msg, .eml) into plain data; no Qt, no database."""

from app.services.epost.filnavn import trygt_filnavn, unike_filnavn
from app.services.epost.parse import (
    MAKS_VEDLEGG_BYTES,
    Adresse,
    Epost,
    EpostFeil,
    Vedlegg,
    les_epost,
    les_epost_bytes,
)

__all__ = [
    "MAKS_VEDLEGG_BYTES",
    "Adresse",
    "Epost",
    "EpostFeil",
    "Vedlegg",
    "les_epost",
    "les_epost_bytes",
    "trygt_filnavn",
    "unike_filnavn",
]
