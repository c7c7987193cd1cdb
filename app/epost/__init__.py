"""E-mail file formats: .msg and .eml into plain data, and what the archive rendering says.

No database, no Qt: the import service (``app.services.epostimport``) turns an ``Epost`` into a
journalpost, and the window draws the archive PDF (``app.widgets.arkivpdf``). Modules:

- ``parse``          entry points and the rules common to both formats (sent item, dates, forwards)
- ``msg``, ``eml``   one reader per file format
- ``rtf``            the HTML or text Outlook keeps inside its RTF body
- ``tekst``          addresses, dates, clean-up, character sets, the text of an HTML body
- ``videresending``  forwarded messages and their original sender
- ``filnavn``        safe file names for attachments and dropped messages
- ``arkivvisning``   the header block and body of the archive rendering, as HTML
"""

from typing import TYPE_CHECKING

from app.epost.filnavn import trygt_filnavn, unike_filnavn
from app.epost.modell import MAKS_VEDLEGG_BYTES, Adresse, Epost, EpostFeil, Vedlegg

if TYPE_CHECKING:
    from app.epost.parse import les_epost, les_epost_bytes


def __getattr__(navn: str):
    """The readers load on first use (the window imports this package for file names before it paints)."""
    if navn in ("les_epost", "les_epost_bytes"):
        from app.epost import parse

        return getattr(parse, navn)
    raise AttributeError(f"module 'app.epost' has no attribute {navn!r}")

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
