"""The document errors a user can meet, each a ``SaksbordFeil`` with a Norwegian message.

The window shows the message on the document (with a retry for conversions),
the CLI prints it and exits 1; neither needs to know which tool failed.
"""

from __future__ import annotations

from app.domain.feil import SaksbordFeil, UgyldigInndata


class MalFeil(UgyldigInndata):
    """A template cannot be filled: not a .docx, damaged, or a field with a syntax error."""


class KonverteringFeil(SaksbordFeil):
    """A document could not be turned into arkivformat; the message says why."""


class ManglerProgram(KonverteringFeil):
    """LibreOffice or Ghostscript is not installed where Saksbord looks for it."""
