"""Conditions several kurver share (issue 20): an N's own restanse per mottaker, and no follow-up
in saker unntatt fra prosesstyring or closed. Kept apart so app/services/kurver.py stays readable."""

from __future__ import annotations

from sqlalchemy import exists, or_, select

from app.domain.koder import UTEN_OPPFOLGING_SAKSSTATUSER
from app.store import models as m

JP, SAK = m.Journalpost, m.Sak


def egen_avskrivning(mottaker):
    """An N's internal mottaker (a user id, or a column) has cleared their own restanse (issue 20)."""
    av, kode = m.Avskrivning, m.Avskrivningskode
    return exists(
        select(av.id)
        .join(kode, kode.kode == av.kode)
        .where(
            av.journalpost_id == JP.id,
            or_(av.mottaker_id == mottaker, av.mottaker_id.is_(None)),
            av.ventende.is_(False),
            kode.beholder_restanse.is_(False),
        )
        .correlate_except(av, kode)  # the journalpost (and party) of every enclosing query
    )


def i_oppfolging():
    """Not in a sak that is unntatt fra prosesstyring (X) or closed: no follow-up there."""
    return JP.sak_id.not_in(select(SAK.id).where(SAK.status.in_(sorted(UTEN_OPPFOLGING_SAKSSTATUSER))))
