"""The errors a user can cause, each with a Norwegian message.

The window shows ``str(err)``, the command line prints it and exits 1. Anything
that is not a ``SaksbordFeil`` is a bug and keeps its traceback in the log.
"""


class SaksbordFeil(Exception):
    """A request the registry refuses; ``str()`` is the message for the user."""

    def __init__(self, melding: str, *, detaljer: list[str] | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        self.detaljer = list(detaljer or [])

    def __str__(self) -> str:
        if not self.detaljer:
            return self.melding
        return self.melding + "\n" + "\n".join(f"– {d}" for d in self.detaljer)


class IkkeFunnet(SaksbordFeil):
    """The sak, journalpost, user or task does not exist (or is invisible)."""


class IngenTilgang(SaksbordFeil):
    """The acting user lacks the role, unit or access code for the action."""


class UgyldigTilstand(SaksbordFeil):
    """The record's status does not allow the action (locked, already done …)."""


class UgyldigInndata(SaksbordFeil):
    """A value is missing or malformed (a date, a code, a mandatory merknad)."""


class Konflikt(SaksbordFeil):
    """Someone else changed the record since it was read."""


class Frakoblet(SaksbordFeil):
    """The shared database cannot be reached."""
