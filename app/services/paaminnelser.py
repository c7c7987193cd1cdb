"""Reminders the desk shows at start: approvals that have waited too long (DESIGN §7)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.services import innstillinger
from app.services.arbeid import Kontekst, arbeid
from app.services.data import OppgaveInfo
from app.services.visning import oppgave_info
from app.store import models as m


def ventende_godkjenninger(ctx: Kontekst) -> list[OppgaveInfo]:
    """Approval tasks on the acting desk older than the configured number of days, oldest first."""
    with arbeid(ctx, skriv=False) as a:
        dager = innstillinger.les(a).paaminnelse_godkjenning_dager
        grense = datetime.combine(a.idag - timedelta(days=dager), datetime.max.time())
        rader = a.s.scalars(
            select(m.Oppgave)
            .where(
                m.Oppgave.til_id == a.aktor.skrivebord_id,
                m.Oppgave.type == "godkjenning",
                m.Oppgave.status == "aktiv",
                m.Oppgave.sendt <= grense,
            )
            .order_by(m.Oppgave.sendt)
        )
        return [oppgave_info(a, o) for o in rader]
