"""Own kurver: a user's saved searches in the left pane (issue 20, item 18; DESIGN §7).

Users of today's systems run the same searches every day (001's daily searches, 003's kurver):
here they save one as their own kurv. The criteria are plain values, checked once here; a day
window is relative to today ("last 14 days", "due within 7 days"), so the kurv stays current.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.domain.koder import Journalposttype, Journalstatus

#: The built-in kurver's keys and titles (app/services/kurver.py; a test keeps the two in step):
#: an own kurv may not take one of them as its name.
INNEBYGDE_KURVNAVN = frozenset(
    {
        "ubehandlet", "Ubehandlet", "forfall", "Forfall", "dokumenter-i-arbeid", "Dokumenter i arbeid",
        "mottatte-oppgaver", "Mottatte oppgaver", "sendt-til-godkjenning", "Sendt til godkjenning",
        "mottatt-for-godkjenning", "Mottatt for godkjenning", "kopier", "Kopier", "obs-saker", "OBS-saker",
        "mine-saker", "Mine saker", "til-fordeling", "Til fordeling", "til-offentlighetsvurdering",
        "Til offentlighetsvurdering", "restanser-enhet", "Restanser for enheten", "dokumenter-i-arbeid-enhet",
        "Dokumenter i arbeid (enheten)", "til-journalforing", "Til journalføring", "reserverte-saker",
        "Reserverte saker", "saker-til-avslutning", "Saker til avslutning", "beskjed-til-dokumentsenteret",
        "Beskjed til dokumentsenteret", "neste-mote", "Neste møte", "klar-til-behandling", "Klar til behandling",
        "til-oppfolging", "Til oppfølging", "mottatt-fra-svarinn", "Mottatt fra SvarInn",
    }
)  # fmt: skip

#: The key of an own kurv in the pane and the services: ``egen:<id>``.
PREFIKS = "egen:"
MAKS_DAGER = 3650


@dataclass(frozen=True)
class Kriterier:
    """What an own kurv lists: journalposter matching every criterion given (None: any)."""

    typer: str | None = None  # journalposttyper, e.g. "I" or "IN"
    statuser: str | None = None  # journalstatuser, e.g. "RF"
    enhet: str | None = None  # administrativ enhet (code)
    saksbehandler: str | None = None  # initials, or "meg" (whoever opens the kurv)
    klasse: str | None = None  # ordningsverdi of the sak, from the start (K-kode, gnr/bnr …)
    siste_dager: int | None = None  # journaldato within the last N days
    forfall_innen_dager: int | None = None  # restanse due within N days (or overdue)

    def til_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None}, ensure_ascii=False)

    @classmethod
    def fra_json(cls, tekst: str) -> Kriterier:
        data = json.loads(tekst or "{}")
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def _bokstaver(verdi: str | None, gyldige: set[str], hva: str) -> str | None:
    tekst = "".join(c for c in (verdi or "").upper() if not c.isspace() and c != ",")
    if not tekst:
        return None
    ukjente = sorted(set(tekst) - gyldige)
    if ukjente:
        raise UgyldigInndata(f"Ukjent {hva} «{''.join(ukjente)}» (bruk {', '.join(sorted(gyldige))})")
    return "".join(dict.fromkeys(tekst))


def _dager(verdi: int | None, hva: str) -> int | None:
    if verdi is None:
        return None
    if not 0 <= int(verdi) <= MAKS_DAGER:
        raise UgyldigInndata(f"{hva} må være mellom 0 og {MAKS_DAGER} dager")
    return int(verdi)


def rens_kriterier(k: Kriterier) -> Kriterier:
    """Checked and normalised criteria; at least one must be given (an empty kurv lists everything)."""
    ren = Kriterier(
        typer=_bokstaver(k.typer, {t.value for t in Journalposttype}, "journalposttype"),
        statuser=_bokstaver(k.statuser, {s.value for s in Journalstatus}, "journalstatus"),
        enhet=(k.enhet or "").strip().upper() or None,
        saksbehandler=(k.saksbehandler or "").strip().upper() or None,
        klasse=(k.klasse or "").strip() or None,
        siste_dager=_dager(k.siste_dager, "Siste dager"),
        forfall_innen_dager=_dager(k.forfall_innen_dager, "Forfall innen"),
    )
    if ren == Kriterier():
        raise UgyldigInndata(
            "Velg minst ett kriterium for kurven (type, status, enhet, saksbehandler, dager …)"
        )
    return ren


def rens_navn(navn: str, *, egne: set[str], innebygde: frozenset[str] = INNEBYGDE_KURVNAVN) -> str:
    """A name the pane can show: not empty, not too long, not one the user already has."""
    tekst = " ".join((navn or "").split())
    if not tekst:
        raise UgyldigInndata("Kurven må ha et navn")
    if len(tekst) > 100:
        raise UgyldigInndata("Kurvens navn kan ha høyst 100 tegn")
    if tekst.lower() in {n.lower() for n in innebygde} or tekst.lower() in {n.lower() for n in egne}:
        raise UgyldigInndata(f"Du har allerede en kurv som heter «{tekst}»")
    return tekst


def sjekk_kan_dele(er_leder_for_enheten: bool) -> None:
    if not er_leder_for_enheten:
        raise IngenTilgang("Bare lederen for enheten kan dele en kurv med enheten")


def sjekk_eier(er_eier: bool) -> None:
    if not er_eier:
        raise IngenTilgang("Kurven er delt med deg; bare den som laget den kan endre den")
