"""The global search field's runner: every search off the UI thread, the one before called off.

Typing calls off the running search at once (its SQL statement is interrupted through
``sok.Avbryter``) and starts a new one when the user pauses; Enter starts it at once. A number
(saksnummer, journalpostnummer) is one index lookup and answers on Enter without a thread, so
the list shows it before the key is let go. The hits come first (``sig_treff``); when a page is
full, the count follows from a second query (``sig_talt``), called off the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from app.domain.regler import les_journalpostnummer, les_saksnummer
from app.services import sok
from app.services.arbeid import Kontekst
from app.widgets.arbeider import Arbeider

PAUSE_MS = 300
"""How long the user must pause typing before the search starts by itself."""


class Sokeleder(QObject):
    sig_treff = Signal(object)
    """The hits of the newest search (a SokTreff; its counts may still be None)."""
    sig_talt = Signal(object)
    """The same search again with its counts (only when a page was full)."""
    sig_feil = Signal(object)
    """An error (a SaksbordFeil) of the newest search."""

    def __init__(self, felt: QLineEdit, ctx: Callable[[], Kontekst], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._felt, self._ctx = felt, ctx
        self.generasjon = 0
        """Counts the searches started; a result of an older one is never shown."""
        self._avbryter: sok.Avbryter | None = None
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_treff)
        self._arbeider.sig_error.connect(self._on_feil)
        self._teller = Arbeider(self)
        self._teller.sig_result.connect(self.sig_talt)
        self._teller.sig_error.connect(self._on_feil)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._sok_naa)
        felt.textEdited.connect(self._on_skrevet)
        felt.returnPressed.connect(self._on_enter)

    @property
    def opptatt(self) -> bool:
        return self._pause.isActive() or self._arbeider.opptatt or self._teller.opptatt

    def avbryt(self) -> None:
        """Call off the running search (and its count); nothing of it will be shown."""
        self.generasjon += 1
        if self._avbryter is not None:
            self._avbryter.avbryt()
            self._avbryter = None
        self._arbeider.avbryt()
        self._teller.avbryt()

    def _on_skrevet(self, _tekst: str) -> None:
        self.avbryt()
        if self._felt.text().strip():
            self._pause.start()
        else:
            self._pause.stop()

    def _on_enter(self) -> None:
        self._pause.stop()
        self._sok_naa()

    def _sok_naa(self) -> None:
        tekst = self._felt.text().strip()
        self.avbryt()
        if not tekst:
            return
        ctx = self._ctx()
        if les_journalpostnummer(tekst) or les_saksnummer(tekst):
            try:
                self.sig_treff.emit(sok.sok(ctx, tekst))
            except sok.SokAvbrutt:
                pass
            except Exception as e:  # noqa: BLE001 - shown like any search error
                self.sig_feil.emit(e)
            return
        avbryter = self._avbryter = sok.Avbryter()
        self._arbeider.start(lambda progress, avbrutt: sok.sok(ctx, tekst, tell=False, avbryter=avbryter))

    def _on_treff(self, treff: sok.SokTreff) -> None:
        self.sig_treff.emit(treff)
        if treff.talt or self._avbryter is None:
            return
        ctx, avbryter = self._ctx(), self._avbryter
        self._teller.start(lambda progress, avbrutt: sok.sok(ctx, treff.tekst, avbryter=avbryter))

    def _on_feil(self, e: object) -> None:
        if not isinstance(e, sok.SokAvbrutt):
            self.sig_feil.emit(e)
