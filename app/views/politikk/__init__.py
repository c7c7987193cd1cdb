"""Political treatment in the window (issue 15): what the main window and the S card may call.

``koble_til(vindu)`` adds the «Politisk behandling» menu and keeps its actions in step with the
selection (and so with every data change, which reloads the list and sends the row again);
``saksgangfane(ctx, jpnr, kan_endre=…)`` is the S card's Saksgang tab. The
møtesekretær's kurver (Klar til behandling, Neste møte, Til oppfølging) are ordinary kurver in
the left pane (app/services/kurver.py); the Møtebord (app/views/politikk/motebord.py) holds the
saksliste, the vedtak and the PDFs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.views.politikk.handlinger import Politikkhandlinger, saksgangfane
from app.widgets.hendelser import hendelser

if TYPE_CHECKING:
    from app.views.hovedvindu.vindu import Hovedvindu

__all__ = ["Politikkhandlinger", "koble_til", "saksgangfane"]


def koble_til(vindu: Hovedvindu) -> Politikkhandlinger:
    """The menu and its actions on ``vindu``, following its selection and every data change."""
    p = Politikkhandlinger(vindu.kontekst, vindu)
    vindu.liste.sig_valg_endret.connect(p.oppdater)
    # A data change only puts the row's actions to wait: the window reloads the list on it, and the
    # list sends its current row again once the new ids land (KurvListe._etter_lasting), which reads
    # the verdicts once per change, for the row as it is after it.
    # A bound slot of a QObject: Qt drops the connection when the window (and p) goes.
    hendelser().sig_data_changed.connect(p._on_data_changed)
    return p
