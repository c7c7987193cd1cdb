"""What the public may see of a journalpost's text: private names, working days.

Shielded words of a title are ``regler.tittel_for_leser`` (app/domain/regler/tittel.py), the one
rule every output asks.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: Name endings that mark an organisation, not a private person (Enhetsregisteret's forms and public bodies).
_ORGANISASJON = re.compile(
    r"\b(AS|ASA|SA|ANS|DA|ENK|NUF|BA|SF|KF|IKS|STI|FLI|BBL|BRL|kommune|fylkeskommune|"
    r"direktorat(et)?|departement(et)?|etat(en)?|tilsyn(et)?|statsforvalter(en)?|skole|barnehage|"
    r"forening(en)?|lag(et)?|stiftelse(n)?|sameie(t)?|borettslag(et)?)\b\.?$",
    re.IGNORECASE,
)


def er_privatperson(navn: str, *, orgnr: str | None = None) -> bool:
    """A party that is a private person (whose name is removed from what was published after a time)."""
    if orgnr:
        return False
    return bool(navn.strip()) and not _ORGANISASJON.search(navn.strip())


def arbeidsdager_etter(dag: date, antall: int) -> date:
    """The date ``antall`` working days (Monday to Friday; public holidays not counted out) after ``dag``."""
    d = dag
    igjen = antall
    while igjen > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            igjen -= 1
    return d


def maaneder_for(dag: date, antall: int) -> date:
    """The same day ``antall`` months earlier (the last day of a shorter month)."""
    aar, mnd = divmod(dag.year * 12 + dag.month - 1 - antall, 12)
    mnd += 1
    for d in (dag.day, 30, 29, 28):
        try:
            return date(aar, mnd, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
