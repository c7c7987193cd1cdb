"""A mottaker's digital id for SvarUt: a fødselsnummer (11 digits) or an organisasjonsnummer (9).

Both end in a modulus-11 check digit, so a mistyped number is refused here, with a Norwegian
message, before SvarUt refuses the forsendelse.
"""

from __future__ import annotations

from app.domain.feil import UgyldigInndata

_ORGNR_VEKT = (3, 2, 7, 6, 5, 4, 3, 2)
_FNR_VEKT1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_VEKT2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _kontroll(sifre: str, vekter: tuple[int, ...]) -> int | None:
    rest = 11 - sum(int(s) * v for s, v in zip(sifre, vekter, strict=False)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def gyldig_digital_id(tekst: str) -> bool:
    if not tekst.isdigit():
        return False
    if len(tekst) == 9:
        return _kontroll(tekst[:8], _ORGNR_VEKT) == int(tekst[8])
    if len(tekst) == 11:
        return _kontroll(tekst[:9], _FNR_VEKT1) == int(tekst[9]) and _kontroll(tekst[:10], _FNR_VEKT2) == int(
            tekst[10]
        )
    return False


def krev_digital_id(tekst: str | None) -> str | None:
    """The id without spaces, or None when empty; UgyldigInndata when it is not a valid number."""
    rent = "".join((tekst or "").split())
    if not rent:
        return None
    if not gyldig_digital_id(rent):
        raise UgyldigInndata(
            f"«{tekst}» er verken et gyldig fødselsnummer (11 sifre) eller organisasjonsnummer (9 sifre)"
        )
    return rent


def er_organisasjonsnummer(digital_id: str) -> bool:
    return len(digital_id) == 9
