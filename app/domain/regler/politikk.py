"""Political treatment (issue 15): saksgang, møter, saksliste, vedtak, as pure rules.

The handbooks (004 Notodden's utvalg work, 002's saksframlegg routine) and Noark 4's meeting
model: a saksframlegg (S) goes through one or more utvalg in order (the saksgang), is klar til
behandling once the approval chain has finished it, goes to the first møte whose skrivefrist
it made, gets an utvalgssaksnummer (``PS 12/26``) on the saksliste, is locked with the
saksliste before the møte, and gets one vedtak per behandling. Delegated decisions (DS) are
referred to the fullmaktsorgan; letters are referred as referatsaker (RS) or orienteringssaker (OS).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.koder import Rolle
from app.domain.regler.tilgang import Aktor

BEHANDLINGSTYPER: dict[str, str] = {
    "PS": "Politisk sak",
    "DS": "Delegert sak",
    "RS": "Referatsak",
    "OS": "Orienteringssak",
}
#: Which journalposttyper each behandlingstype takes: PS a saksframlegg; DS a delegated decision
#: (a U vedtaksbrev, an S or an X delegert vedtak); RS/OS any journalpost.
TYPER_FOR: dict[str, str] = {"PS": "S", "DS": "USX", "RS": "IUNXS", "OS": "IUNXS"}

MEDLEMSROLLER: dict[str, str] = {
    "leder": "Leder",
    "nestleder": "Nestleder",
    "medlem": "Medlem",
    "varamedlem": "Varamedlem",
}

MOTESTATUSER: dict[str, str] = {"planlagt": "Planlagt", "last": "Saksliste låst", "avholdt": "Avholdt"}
UTVALGSSAKSTATUSER: dict[str, str] = {
    "planlagt": "I saksgangen",
    "klar": "Klar til behandling",
    "satt_opp": "Satt opp på møte",
    "ferdig": "Ferdig behandlet",
}
BEHANDLINGSSTATUSER: dict[str, str] = {
    "satt_opp": "Satt opp",
    "vedtatt": "Vedtatt",
    "utsatt": "Utsatt",
    "sendt_videre": "Sendt videre",
}
VEDTAKSSTATUSER = ("vedtatt", "utsatt", "sendt_videre")

#: The saksframlegg's headings, in the template's order; none may be empty at ferdigstilling.
SAKSFRAMLEGG_OVERSKRIFTER = (
    "Overskrift",
    "Kommunedirektørens innstilling",
    "Dokumentliste/vedlegg",
    "Sammendrag",
    "Bakgrunn",
    "Saksopplysninger",
    "Økonomiske konsekvenser",
    "Vurdering",
)
INNSTILLING = "Kommunedirektørens innstilling"


def utvalgssaksnummer(type_: str, nummer: int | None, aar: int | None) -> str:
    """``PS 12/26``; without a number yet, only the type."""
    if nummer is None or aar is None:
        return type_
    return f"{type_} {nummer}/{aar % 100:02d}"


def motenavn(utvalgskode: str, dato: date) -> str:
    return f"{utvalgskode} {dato:%d.%m.%Y}"


def frister(dato: date, *, skrivefrist_dager: int, innkallingsfrist_dager: int) -> tuple[date, date]:
    """The default skrivefrist and innkallingsfrist of a møte on ``dato`` (calendar days before)."""
    return dato - timedelta(days=skrivefrist_dager), dato - timedelta(days=innkallingsfrist_dager)


def sjekk_mote(dato: date, skrivefrist: date, innkallingsfrist: date) -> None:
    if not skrivefrist <= innkallingsfrist <= dato:
        raise UgyldigInndata(
            "Skrivefristen må komme før (eller samme dag som) innkallingsfristen, og begge før møtedatoen "
            f"(skrivefrist {skrivefrist:%d.%m.%Y}, innkalling {innkallingsfrist:%d.%m.%Y}, møte {dato:%d.%m.%Y})"
        )


def er_sekretar(aktor: Aktor, sekretar_id: int | None) -> bool:
    return (
        Rolle.MOTESEKRETAR in aktor.roller
        or aktor.er_arkiv
        or (sekretar_id is not None and aktor.skrivebord_id == sekretar_id)
    )


def sjekk_sekretar(aktor: Aktor, sekretar_id: int | None, handling: str) -> None:
    """The møtesekretær (the role, or the utvalg's own secretary) and the archive run the møter."""
    if not er_sekretar(aktor, sekretar_id):
        raise IngenTilgang(f"Bare møtesekretæren eller arkivet kan {handling}")


def sjekk_type(behandlingstype: str, journalposttype: str) -> None:
    if behandlingstype not in BEHANDLINGSTYPER:
        raise UgyldigInndata(
            f"Ukjent behandlingstype «{behandlingstype}»; velg "
            + ", ".join(f"{k} ({v.lower()})" for k, v in BEHANDLINGSTYPER.items())
        )
    if journalposttype not in TYPER_FOR[behandlingstype]:
        hva = {"PS": "et saksframlegg (S)", "DS": "et vedtak (U, S eller X)"}.get(behandlingstype, "")
        raise UgyldigInndata(
            f"En {BEHANDLINGSTYPER[behandlingstype].lower()} ({behandlingstype}) må være {hva}, "
            f"ikke journalposttype {journalposttype}"
        )


def sjekk_saksgang(utvalg: Sequence[str]) -> None:
    if not utvalg:
        raise UgyldigInndata("Velg minst ett utvalg i saksgangen")
    dobbel = sorted({u for u in utvalg if list(utvalg).count(u) > 1})
    if dobbel:
        raise UgyldigInndata(f"Utvalget {', '.join(dobbel)} står flere ganger i saksgangen")


@dataclass(frozen=True)
class MoteValg:
    id: int
    dato: date
    skrivefrist: date
    status: str


def neste_mote(moter: Sequence[MoteValg], klar: date, *, etter: date | None = None) -> MoteValg | None:
    """The first møte still open for saker whose skrivefrist ``klar`` made (and after ``etter``)."""
    kandidater = sorted(
        (
            mt
            for mt in moter
            if mt.status == "planlagt" and mt.skrivefrist >= klar and (etter is None or mt.dato > etter)
        ),
        key=lambda mt: (mt.dato, mt.id),
    )
    return kandidater[0] if kandidater else None


def sjekk_kan_endre_saksliste(motestatus: str) -> None:
    if motestatus != "planlagt":
        raise UgyldigTilstand(
            f"Sakslisten er {MOTESTATUSER.get(motestatus, motestatus).lower()} og kan ikke endres"
        )


def sjekk_skrivefrist(klar: date | None, skrivefrist: date) -> None:
    if klar is None:
        raise UgyldigTilstand("Sakspapiret er ikke ferdig (ikke klar til behandling)")
    if klar > skrivefrist:
        raise UgyldigTilstand(
            f"Sakspapiret ble ferdig {klar:%d.%m.%Y}, etter møtets skrivefrist {skrivefrist:%d.%m.%Y}; "
            "sett saken opp på et senere møte"
        )


def ordne_saksliste(skjermet: Sequence[bool]) -> list[int]:
    """Indexes in saksliste order: the given order, saker unntatt offentlighet last."""
    return [i for i, s in enumerate(skjermet) if not s] + [i for i, s in enumerate(skjermet) if s]


def sjekk_rekkefolge(skjermet: Sequence[bool]) -> None:
    """Saker unntatt offentlighet come last on a saksliste (lukket del of the møte)."""
    if list(skjermet) != sorted(skjermet):
        raise UgyldigInndata("Saker unntatt offentlighet skal stå sist i sakslisten")


def sjekk_las(motestatus: str) -> None:
    if motestatus != "planlagt":
        raise UgyldigTilstand(f"Møtet er alt {MOTESTATUSER.get(motestatus, motestatus).lower()}")


def sjekk_innkalling(motestatus: str) -> None:
    if motestatus == "planlagt":
        raise UgyldigTilstand("Lås sakslisten før møteinnkallingen lages")


def sjekk_vedtak(motestatus: str, behandlingsstatus: str, status: str, tekst: str) -> None:
    if status not in VEDTAKSSTATUSER:
        raise UgyldigInndata(
            f"Ukjent vedtaksstatus «{status}»; velg "
            + ", ".join(BEHANDLINGSSTATUSER[s].lower() for s in VEDTAKSSTATUSER)
        )
    if motestatus == "planlagt":
        raise UgyldigTilstand("Sakslisten må låses før vedtak føres")
    if behandlingsstatus != "satt_opp":
        raise UgyldigTilstand(
            f"Behandlingen er alt {BEHANDLINGSSTATUSER.get(behandlingsstatus, behandlingsstatus).lower()}"
        )
    if status != "utsatt" and not tekst.strip():
        raise UgyldigInndata("Skriv vedtaksteksten (eller bruk innstillingen)")


def sjekk_protokoll(motestatus: str) -> None:
    if motestatus == "planlagt":
        raise UgyldigTilstand("Møtet er ikke holdt; sakslisten er ikke engang låst")


def er_plassholder(tekst: str) -> bool:
    """A template's ``[Skriv … her.]`` text counts as empty."""
    t = tekst.strip()
    return not t or (t.startswith("[") and t.endswith("]"))


def tomme_overskrifter(innhold: Mapping[str, str]) -> list[str]:
    """The saksframlegg's headings that are missing or hold only the template's placeholder."""
    return [o for o in SAKSFRAMLEGG_OVERSKRIFTER if er_plassholder(innhold.get(o, ""))]


def er_saksframlegg(innhold: Mapping[str, str]) -> bool:
    """Written from the saksframlegg template (its own headings), not e.g. a delegert vedtak, which
    shares Saksopplysninger and Vurdering with it."""
    return bool({"Overskrift", INNSTILLING} & set(innhold))


def sjekk_saksframlegg(innhold: Mapping[str, str]) -> None:
    tomme = tomme_overskrifter(innhold)
    if tomme:
        raise UgyldigTilstand(
            "Saksframlegget kan ikke ferdigstilles før alle overskriftene er fylt ut; tom: "
            + ", ".join(tomme),
            detaljer=tomme,
        )
