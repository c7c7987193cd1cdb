"""Several PDFs into one, for ekspedering on paper: the letter first, then its vedlegg.

The result is for printing and posting, not for the archive (each document
keeps its own arkivformat), so it does not claim PDF/A even when every part is.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from app.dokumenter.feil import KonverteringFeil


def slå_sammen(pdfer: Sequence[tuple[bytes, str]], *, tittel: str | None = None) -> bytes:
    """The pages of every (pdf, name) in order; ``KonverteringFeil`` names a PDF that cannot be read."""
    from pypdf import PdfReader, PdfWriter  # on use: the window imports this module before it paints
    from pypdf.errors import PyPdfError

    if not pdfer:
        raise KonverteringFeil("Det er ingen dokumenter å slå sammen.")
    skriver = PdfWriter()
    for data, navn in pdfer:
        try:
            leser = PdfReader(io.BytesIO(data))
            if leser.is_encrypted and not leser.decrypt(""):
                raise KonverteringFeil(f"«{navn}» er passordbeskyttet og kan ikke tas med i utskriften.")
            skriver.append(leser)
        except PyPdfError as e:
            raise KonverteringFeil(f"«{navn}» kan ikke leses som PDF og kan ikke tas med: {e}") from e
    if tittel:
        skriver.add_metadata({"/Title": tittel})
    ut = io.BytesIO()
    skriver.write(ut)
    return ut.getvalue()
