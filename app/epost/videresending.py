"""Forwarded messages: find who really wrote it (DESIGN §7)."""

from __future__ import annotations

import re

from app.epost.modell import Adresse
from app.epost.tekst import adresse_fra_tekst

_PREFIKS_VS = re.compile(r"^\s*(?:vs|fw|fwd|wg|vb)\s*:", re.I)
_PREFIKS_SVAR = re.compile(r"^\s*(?:sv|re|aw|antw|vs)\s*:", re.I)
_MERKELAPP = re.compile(r"^\s*(?:\[[^\]]*\]\s*)+")
_VS_MARKØR = re.compile(
    r"^[\s>]*(?:-{2,}\s*)?(?:original message|opprinnelig melding|forwarded message|videresendt melding"
    r"|begin forwarded message|start på videresendt melding|ursprüngliche nachricht|weitergeleitete nachricht"
    r"|ursprungligt meddelande|vidarebefordrat meddelande)\s*:?\s*(?:-{2,})?\s*$",
    re.I,
)
_HODELINJE = re.compile(
    r"^[ \t>]*\**\s*(fra|from|von|från|sendt|sent|dato|date|datum|gesendet|skickat|til|to|an|till"
    r"|kopi|cc|emne|subject|betreff|ämne)\s*\**\s*:\s*\**\s*(.*?)\s*$",
    re.I,
)
_ETIKETTER = {
    **dict.fromkeys(("fra", "from", "von", "från"), "fra"),
    **dict.fromkeys(("sendt", "sent", "dato", "date", "datum", "gesendet", "skickat"), "dato"),
    **dict.fromkeys(("til", "to", "an", "till"), "til"),
    **dict.fromkeys(("kopi", "cc"), "kopi"),
    **dict.fromkeys(("emne", "subject", "betreff", "ämne"), "emne"),
}


def finn_videresending(emne: str, tekst: str) -> tuple[bool, Adresse | None]:
    """Whether the message is a forward, and the sender of what was forwarded.

    A forward is recognised by its subject prefix (VS:, FW:, Fwd:, WG:) or,
    when the subject is not a reply, by a quoted header block or a "forwarded
    message" line in the body. The original sender is taken from the first
    quoted block that is not itself a forward, so a chain of forwards leads
    back to the person who wrote the message.
    """
    emne = _MERKELAPP.sub("", emne)
    blokker = _sitatblokker(tekst)
    if _PREFIKS_VS.match(emne):
        videresendt = True
    elif _PREFIKS_SVAR.match(emne):
        videresendt = False
    else:
        videresendt = bool(blokker) or any(_VS_MARKØR.match(linje) for linje in tekst.splitlines())
    if not videresendt or not blokker:
        return videresendt, None
    valgt = next(
        (b for b in blokker if not _PREFIKS_VS.match(_MERKELAPP.sub("", b.get("emne", "")))), blokker[-1]
    )
    return True, adresse_fra_tekst(valgt["fra"])


def _sitatblokker(tekst: str) -> list[dict[str, str]]:
    """Quoted header blocks ("Fra: … / Sendt: … / Til: … / Emne: …"), in order."""
    linjer = tekst.splitlines()
    blokker: list[dict[str, str]] = []
    i = 0
    while i < len(linjer):
        if not _HODELINJE.match(linjer[i]):
            i += 1
            continue
        felt: dict[str, str] = {}
        j, tom = i, False
        while j < len(linjer):
            if funnet := _HODELINJE.match(linjer[j]):
                etikett = _ETIKETTER[funnet.group(1).lower()]
                if etikett in felt:
                    break  # a label seen twice starts the next quoted message
                felt[etikett] = funnet.group(2)
                tom = False
            elif not linjer[j].strip(" \t>") and not tom:
                tom = True  # some clients put a blank line between the header lines
            else:
                break
            j += 1
        if felt.get("fra") and len(felt) >= 2:
            blokker.append(felt)
        i = max(j, i + 1)
    return blokker
