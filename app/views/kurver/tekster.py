"""What the list says about its own content: counts in words, search limits, empty kurver.

Norwegian plurals are written out ("1 element", "2 elementer") and numbers carry thousands
separators ("10 000"), as a Norwegian reader expects; an empty kurv says what it is for.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_K = "KurvTekster"


def tall(n: int) -> str:
    """10000 → "10 000" (a no-break space between the groups, as Norwegian writes it)."""
    return f"{n:,}".replace(",", "\u00a0")


def antall_elementer(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("KurvTekster", "1 element")
    return QCoreApplication.translate("KurvTekster", "%1 elementer").replace("%1", tall(n))


def antall_treff(vist: int, totalt: int | None) -> str:
    """ "12 treff", or when the search stopped at its limit "viser de første 1 000 av 12 345 treff"."""
    if totalt is None or totalt <= vist:
        return QCoreApplication.translate("KurvTekster", "%1 treff").replace("%1", tall(vist))
    return (
        QCoreApplication.translate("KurvTekster", "viser de første %1 av %2 treff")
        .replace("%1", tall(vist))
        .replace("%2", tall(totalt))
    )


def ingen_treff(tekst: str) -> str:
    return QCoreApplication.translate(
        "KurvTekster", "Ingen treff for «%1». Prøv færre ord, et saksnummer eller en del av et navn."
    ).replace("%1", tekst)


#: What each built-in kurv is for, shown when it is empty instead of a bare grid.
TOMME_KURVER: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text
    "ubehandlet": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingen ubehandlede restanser. Her kommer inngående post og notater du skal svare på."
    ),
    "forfall": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingenting har forfalt. Her kommer restanser med svarfristen nådd."
    ),
    "dokumenter-i-arbeid": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingen dokumenter i arbeid. Her ligger dine egne brev og notater til de er ekspedert."
    ),
    "mottatte-oppgaver": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingen oppgaver til deg. Her kommer godkjenninger, beskjeder og kopier."
    ),
    "sendt-til-godkjenning": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingenting venter på godkjenning. Her ser du hva du har sendt, og hvem det venter på."
    ),
    "mottatt-for-godkjenning": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingenting å godkjenne. Her kommer dokumenter sendt til deg for godkjenning."
    ),
    "kopier": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingen kopier. Her kommer ferdige dokumenter der du er kopimottaker."
    ),
    "obs-saker": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingen OBS-saker. Her kommer dine saker med OBS-dato som nærmer seg."
    ),
    "mine-saker": QT_TRANSLATE_NOOP("KurvTekster", "Du er ikke saksansvarlig for noen åpne saker ennå."),
    "til-fordeling": QT_TRANSLATE_NOOP(
        "KurvTekster", "Ingenting å fordele. Her kommer enhetens post uten saksbehandler."
    ),
    "til-offentlighetsvurdering": QT_TRANSLATE_NOOP(
        "KurvTekster",
        "Ingenting å offentlighetsvurdere. Her kommer post arkivet har registrert som midlertidig skjermet.",
    ),
    "restanser-enhet": QT_TRANSLATE_NOOP("KurvTekster", "Enheten har ingen restanser."),
    "dokumenter-i-arbeid-enhet": QT_TRANSLATE_NOOP("KurvTekster", "Enheten har ingen dokumenter i arbeid."),
    "til-journalforing": QT_TRANSLATE_NOOP(
        "KurvTekster",
        "Ingenting å journalføre. Her kommer registrerte, ferdigstilte og ekspederte journalposter.",
    ),
    "reserverte-saker": QT_TRANSLATE_NOOP("KurvTekster", "Ingen reserverte saker å kontrollere."),
    "saker-til-avslutning": QT_TRANSLATE_NOOP("KurvTekster", "Ingen saker er meldt til avslutning."),
    "beskjed-til-dokumentsenteret": QT_TRANSLATE_NOOP("KurvTekster", "Ingen beskjeder til dokumentsenteret."),
}


def tom_kurv(navn: str) -> str:
    tekst = TOMME_KURVER.get(navn)
    return (
        QCoreApplication.translate(_K, str(tekst))
        if tekst
        else QCoreApplication.translate("KurvTekster", "Kurven er tom.")
    )
