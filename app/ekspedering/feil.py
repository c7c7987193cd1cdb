"""A channel that could not deliver: the message for the user and whether trying again may help."""

from __future__ import annotations

from app.domain.feil import SaksbordFeil


class KanalFeil(SaksbordFeil):
    """Delivery failed. ``permanent``: the same message will fail again (a refused address, a bad
    login); otherwise the far end was unreachable or busy and a retry may go through.
    ``sendt_kanskje``: the failure came after the message may have been handed over (a timeout
    after the data was sent), so a blind retry could send it twice.
    """

    def __init__(self, melding: str, *, permanent: bool = False, sendt_kanskje: bool = False) -> None:
        super().__init__(melding)
        self.permanent = permanent
        self.sendt_kanskje = sendt_kanskje
