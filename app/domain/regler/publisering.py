"""The offentlig journal (postliste): which posts are listed, and how (DESIGN §4, §6; 003).

Whether a post shielded with a code is listed with its shielded fields replaced, or left off the
journal entirely, is a property of the code: WebSak Fokus (003) keeps U off the journal and uses IS
for shielding inside the house only. The code table holds it per code (``offentlig_journal``);
``app/services/postliste.er_offentlig`` applies these as the one SQL every public list selects with.
"""

from __future__ import annotations

from app.domain.feil import UgyldigInndata
from app.domain.koder import OFFENTLIG_JOURNAL_ERSTATT, OFFENTLIG_JOURNAL_UTELAT, Journalstatus

#: Posts in these statuses are on the journal (J, and A when the sak is closed).
PUBLISERBARE_STATUSER = frozenset({Journalstatus.JOURNALFORT, Journalstatus.ARKIVERT})
#: Publicity not yet assessed: never listed.
IKKE_VURDERT = frozenset({"XX", "M"})
OFFENTLIG_JOURNAL_VALG = (OFFENTLIG_JOURNAL_ERSTATT, OFFENTLIG_JOURNAL_UTELAT)


def sjekk_offentlig_journal_valg(verdi: str) -> str:
    v = (verdi or "").strip().lower()
    if v not in OFFENTLIG_JOURNAL_VALG:
        raise UgyldigInndata(
            f"Velg «{OFFENTLIG_JOURNAL_ERSTATT}» (vises med skjermede felt erstattet) eller "
            f"«{OFFENTLIG_JOURNAL_UTELAT}» (utelates fra offentlig journal)"
        )
    return v
