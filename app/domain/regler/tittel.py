"""Title line 1 is public: the words that should not be on it (DESIGN §7), and the shielded words.

Shielded words (issue 20 item 10): words of title line 1 (a name, for example) marked on the
journalpost (``journalpost.skjermede_ord``, one per line). ``tittel_for_leser`` is THE rule every
output asks: the card, the kurver, the search and the reports through ``visning.Skjult.tittel``
(masked for a reader without the post's code), and every public output (offentlig journal and
postliste, eInnsyn, the arkivuttrekk's offentligTittel and offentlig journal) with
``offentlig=True`` (the public never holds a code). There is no other convention (the old
``{braces}`` in the title text are gone).
"""

from __future__ import annotations

import re

from app.domain.feil import UgyldigInndata

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


def les_skjermede_ord(lagret: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """The shielded words of a title as stored (one per line)."""
    if isinstance(lagret, tuple):
        return lagret
    return tuple(o for o in (lagret or "").split("\n") if o.strip())


def sjekk_skjermede_ord(tittel: str, ord_: list[str]) -> str | None:
    """Every word to shield must be in title line 1; returns them as stored (None: none)."""
    rene = [" ".join(o.split()) for o in ord_ if o and o.strip()]
    mangler = [o for o in rene if o.lower() not in (tittel or "").lower()]
    if mangler:
        raise UgyldigInndata(f"«{', '.join(mangler)}» står ikke i tittel linje 1")
    return "\n".join(dict.fromkeys(rene)) or None


def masker_ord(tittel: str, ord_: tuple[str, ...]) -> str:
    """Title line 1 with each shielded word replaced by asterisks; the rest stays readable (003)."""
    for o in sorted(ord_, key=len, reverse=True):
        tittel = re.sub(re.escape(o), lambda t: "*" * len(t.group(0)), tittel, flags=re.IGNORECASE)
    return tittel


def tittel_for_leser(
    tittel: str | None, skjermede_ord: str | tuple[str, ...] | None, *, ser_ordene: bool = False
) -> str:
    """Title line 1 as a reader sees it: each shielded word as asterisks unless ``ser_ordene``.

    ``ser_ordene`` is true for a reader who may see the post's code (``visning`` decides it); a
    public output passes nothing: the public never sees them.
    """
    ord_ = les_skjermede_ord(skjermede_ord)
    if ser_ordene or not ord_:
        return tittel or ""
    return masker_ord(tittel or "", ord_)
