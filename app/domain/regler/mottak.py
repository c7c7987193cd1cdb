"""Incoming post from KS Fiks SvarInn: the archive checks it before anyone else sees it.

A journalpost registered from a SvarInn forsendelse carries the forsendelse's id as its
``message_id`` (``svarinn:<id>``), as an imported e-mail carries its Message-ID: the mark lives on
the journalpost row itself, so every kurv can tell (svarinn_mottak is the archive's alone). Until
the archive has passed it on (fordelt to a saksbehandler) it is in the archive's kurv Mottatt fra
SvarInn and in no leader's Til fordeling or Til offentlighetsvurdering.
"""

from __future__ import annotations

SVARINN_PREFIKS = "svarinn:"


def svarinn_melding(forsendelse_id: str) -> str:
    """The journalpost's message_id for a SvarInn forsendelse."""
    return SVARINN_PREFIKS + forsendelse_id


def fra_svarinn(message_id: str | None) -> bool:
    return bool(message_id) and str(message_id).startswith(SVARINN_PREFIKS)
