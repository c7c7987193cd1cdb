"""``saksbord synk``: replay the outbox and pull once, from the command line."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.domain.feil import UgyldigInndata
from app.services.synk.klient import SynkKlient


def synk_kommando(*, db: str | None, profil: str | None, bruker: str | None, replika: str | None) -> dict:
    """Replay and pull once; what happened, for the CLI."""
    from app.services import profil as profiler
    from app.store.db import til_url
    from app.store.sync.replika import standard_replika_sti

    if profil:
        p = profiler.hent_profil(profil)
        url, initialer, navn = p.url(), bruker or p.initialer, p.navn
    elif db:
        url, initialer, navn = til_url(db), bruker, make_url(til_url(db)).database or "db"
    else:
        p = profiler.aktiv_profil()
        if p is None:
            raise UgyldigInndata("Ingen tilkoblingsprofil; oppgi --profil eller --db")
        url, initialer, navn = p.url(), bruker or p.initialer, p.navn
    if not initialer:
        raise UgyldigInndata("Oppgi hvem som arbeider (--bruker)")
    if not url.startswith("postgresql"):
        raise UgyldigInndata("Synkronisering gjelder bare en felles PostgreSQL-database")
    klient = SynkKlient(str(replika or standard_replika_sti(navn)), url, initialer)
    try:
        hentet = klient.synk()
        venter = klient.venter()
        antall_konflikter = len(klient.konflikter())
        melding = (
            f"{klient.siste_status}: {hentet} rader hentet, {venter} venter, {antall_konflikter} konflikter"
        )
        return {
            "melding": melding, "status": klient.siste_status, "hentet": hentet, "venter": venter,
            "konflikter": antall_konflikter,
        }  # fmt: skip
    finally:
        klient.lukk()
