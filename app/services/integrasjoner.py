"""Every national integration's state in one place: eInnsyn, Fiks Arkiv, Enhetsregisteret, SvarUt, SvarInn.

``oversikt`` reads what each integration's own service already keeps (the publication rows, the
arkivmelding receipts, the Enhetsregisteret cache, the SvarUt forsendelser, the SvarInn mottak)
and says per integration whether it is set up, where it points, one line of counts and the
items that need someone (failed, undelivered). The window's Integrasjoner dialog and
``saksbord integrasjon status`` show the same rows. A part that cannot be read says why in its
own row; the others still show. No network call is made: this is what the registry knows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.feil import SaksbordFeil
from app.integrasjoner.fiks.svarut import ENDELIGE, MISLYKTE
from app.services import arkivmelding, einnsyn, enhetsregister, innstillinger, svarinn
from app.services.arbeid import Kontekst, arbeid
from app.services.ekspedering.forsendelse import levert
from app.services.tilgang import krev_arkiv
from app.services.visning import jp_nummer
from app.store import models as m
from app.store.models_ekspedering import Forsendelse

#: At most this many lines of what needs attention per integration.
DETALJER = 20


@dataclass(frozen=True)
class Integrasjonsstatus:
    navn: str
    satt_opp: bool
    adresse: str
    tilstand: str
    """One line: the counts, or what is missing in the setup."""
    trenger_tilsyn: int = 0
    """How many items someone must see to (failed, undelivered, refused)."""
    detaljer: list[str] = field(default_factory=list)

    @property
    def tekst(self) -> str:
        merke = "" if self.satt_opp else " (ikke satt opp)"
        return f"{self.navn}{merke}: {self.tilstand}" + (f" – {self.adresse}" if self.adresse else "")


def _telling(teller: Counter[str], orden: tuple[str, ...]) -> str:
    deler = [f"{teller[n]} {n}" for n in orden if teller.get(n)]
    deler += [f"{v} {k}" for k, v in sorted(teller.items()) if k not in orden and v]
    return ", ".join(deler) or "ingenting ennå"


def _einnsyn(ctx: Kontekst) -> Integrasjonsstatus:
    url = innstillinger.les(ctx).einnsyn_url
    rader = einnsyn.status(ctx)
    teller = Counter(r.status.split(":")[0] for r in rader)
    har_nokkel = einnsyn.api_noekkel(url) is not None
    tilstand = _telling(teller, ("publisert", "venter", "feilet", "trukket"))
    if not har_nokkel:
        tilstand += "; ingen API-nøkkel i nøkkelringen («saksbord einnsyn nokkel»)"
    feilet = [f"{r.journalpostnummer}: {r.status}" for r in rader if r.status.startswith("feilet")]
    return Integrasjonsstatus("eInnsyn", har_nokkel, url, tilstand, len(feilet), feilet[:DETALJER])


def _fiks_arkiv(ctx: Kontekst) -> Integrasjonsstatus:
    mappe = innstillinger.les(ctx).fiks_arkiv_mappe
    rader = arkivmelding.mottak(ctx)
    teller = Counter(r.status for r in rader)
    feilet = [f"{r.filnavn}: {r.feil or r.status}" for r in rader if r.status == "feilet"]
    tilstand = _telling(teller, ("opprettet", "eksisterende", "feilet"))
    if not mappe:
        tilstand += "; ingen overvåket mappe (innstillingen fiks_arkiv_mappe)"
    return Integrasjonsstatus("Fiks Arkiv", bool(mappe), mappe, tilstand, len(feilet), feilet[:DETALJER])


def _enhetsregisteret(ctx: Kontekst) -> Integrasjonsstatus:
    st = enhetsregister.status(ctx)
    return Integrasjonsstatus(
        "Enhetsregisteret", bool(st.url), st.url, f"{st.antall} virksomheter i hurtigbufferen {st.mappe}"
    )


def _svarut(ctx: Kontekst) -> Integrasjonsstatus:
    from app.ekspedering.feil import KanalFeil
    from app.services.ekspedering.svarut import svarut_passord

    inst = innstillinger.les(ctx)
    satt_opp = bool(inst.svarut_url.strip() and inst.svarut_brukernavn.strip())
    mangler = ""
    if satt_opp:
        try:
            svarut_passord(inst.svarut_brukernavn.strip())
        except KanalFeil as e:
            satt_opp, mangler = False, str(e)
    elif not inst.svarut_url.strip():
        mangler = "sett svarut.url og svarut.brukernavn"
    teller: Counter[str] = Counter()
    ikke_levert: list[str] = []
    with arbeid(ctx, skriv=False) as a:
        rader = list(a.s.scalars(select(Forsendelse).where(Forsendelse.kanal == "svarut")))
        andre = {
            (f.journalpost_id, f.part_id)
            for f in a.s.scalars(select(Forsendelse).where(Forsendelse.kanal != "svarut"))
            if levert(f.status, f.ekstern_status) or f.status in ("venter", "sender")
        }
        for f in rader:
            if f.status == "sendt" and f.ekstern_status in MISLYKTE:
                if (f.journalpost_id, f.part_id) in andre:
                    teller["sendt på nytt"] += 1
                    continue
                teller["ikke levert"] += 1
                jp = a.s.get(m.Journalpost, f.journalpost_id)
                part = a.s.get(m.Korrespondansepart, f.part_id)
                nr = jp_nummer(jp.sak, jp) if jp else str(f.journalpost_id)
                ikke_levert.append(f"{nr} {part.navn if part else '?'}: {f.ekstern_status}")
            elif f.status == "sendt":
                teller["levert" if f.ekstern_status in ENDELIGE else "underveis"] += 1
            elif f.status == "sender":
                teller["uavklart"] += 1
            elif f.status == "feilet":
                teller["feilet"] += 1
                ikke_levert.append(f"forsendelse {f.uuid}: {f.feil or 'feilet'}")
    tilstand = _telling(teller, ("levert", "underveis", "ikke levert", "sendt på nytt", "uavklart", "feilet"))
    if mangler:
        tilstand += f"; {mangler}"
    return Integrasjonsstatus(
        "SvarUt", satt_opp, inst.svarut_url, tilstand, len(ikke_levert), ikke_levert[:DETALJER]
    )


def _svarinn(ctx: Kontekst) -> Integrasjonsstatus:
    inst = innstillinger.les(ctx)
    try:
        svarinn.oppsett(ctx)
        satt_opp, mangler = True, ""
    except SaksbordFeil as e:
        satt_opp, mangler = False, str(e)
    rader = svarinn.mottak(ctx)
    teller = Counter(r.status for r in rader)
    teller["ikke kvittert"] = sum(1 for r in rader if not r.kvittert)
    feilet = [
        f"{r.forsendelse_id} {r.tittel}: {r.feilmelding or r.status}" for r in rader if r.status == "feilet"
    ]
    tilstand = _telling(teller, ("registrert", "feilet", "ikke kvittert"))
    if mangler:
        tilstand += f"; {mangler}"
    return Integrasjonsstatus("SvarInn", satt_opp, inst.svarinn_url, tilstand, len(feilet), feilet[:DETALJER])


DELER: tuple[tuple[str, Callable[[Kontekst], Integrasjonsstatus]], ...] = (
    ("eInnsyn", _einnsyn),
    ("Fiks Arkiv", _fiks_arkiv),
    ("Enhetsregisteret", _enhetsregisteret),
    ("SvarUt", _svarut),
    ("SvarInn", _svarinn),
)


def oversikt(ctx: Kontekst) -> list[Integrasjonsstatus]:
    """One row per integration, in a fixed order (the archive's and systemansvarlig's view)."""
    with arbeid(ctx, skriv=False) as a:
        krev_arkiv(a, "se integrasjonene")
    ut = []
    for navn, del_ in DELER:
        try:
            ut.append(del_(ctx))
        except (SaksbordFeil, OSError) as e:
            ut.append(Integrasjonsstatus(navn, False, "", f"kan ikke leses: {e}", 1))
    return ut
