"""Title line 1 is public: the words that should not be on it (DESIGN §7)."""

from __future__ import annotations

import re

_FNR = re.compile(r"\b\d{6}\s?\d{5}\b")


def tittel_advarsler(tittel: str, kjente_navn: tuple[str, ...] = ()) -> list[str]:
    """Warn when title line 1 holds a fødselsnummer or a person's name."""
    varsler = []
    if _FNR.search(tittel or ""):
        varsler.append("Tittel linje 1 ser ut til å inneholde et fødselsnummer; flytt det til linje 2")
    lav = (tittel or "").lower()
    for navn in kjente_navn:
        if navn and len(navn) > 3 and navn.lower() in lav:
            varsler.append(f"Tittel linje 1 inneholder navnet «{navn}»; personnavn hører hjemme på linje 2")
            break
    return varsler
