"""``saksbord synk``: replay the outbox and pull once, from the command line."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.domain.feil import UgyldigInndata
from app.services.synk.klient import SynkKlient


def synk_kommando(
    *, db: str | None, profil: str | None, bruker: str | None, replika: str | None, server: str | None = None
) -> dict:
    """Replay and pull once; what happened, for the CLI.

    The far end is a Saksbord server (a server profile or ``server``, signed in with ``logg_inn``)
    or, for the administrator, PostgreSQL directly.
    """
    from urllib.parse import urlsplit

    from app.services import profil as profiler
    from app.store.db import til_url
    from app.store.sync.replika import standard_replika_sti

    if server:
        url, initialer = profiler.sjekk_adresse(server), bruker
        navn = urlsplit(url).hostname or "server"
    elif profil:
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
    if not url.startswith(("postgresql", "https://", "http://")):
        raise UgyldigInndata("Synkronisering gjelder en Saksbord-server eller en felles PostgreSQL-database")
    initialer = initialer.strip().upper()
    if url.startswith("http") and not profiler.har_innlogging(
        profiler.Profil(navn, "", adresse=url, initialer=initialer)
    ):
        raise UgyldigInndata(f"{initialer} er ikke logget på {url}; kjør «saksbord logg-inn» først")
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


def logg_inn_kommando(
    *, server: str, bruker: str = "", passord: str = "", profil: str | None = None, oidc: bool = False
) -> dict:
    """Sign in to a Saksbord server and keep the sign-in as a server profile (token in the keyring).

    With ``oidc`` the municipality's identity provider signs the user in in the browser
    (``app.services.synk.oidc``) and the server says who that is.
    """
    from urllib.parse import urlsplit

    from app.domain.feil import IngenTilgang
    from app.services import profil as profiler

    adresse = profiler.sjekk_adresse(server)
    navn = (profil or urlsplit(adresse).hostname or "server").strip()
    if oidc:
        from app.services.synk.oidc import logg_inn_og_lagre

        bruker = logg_inn_og_lagre(adresse)
    p = profiler.Profil(navn, "", adresse=adresse, initialer=bruker.strip().upper())
    if not oidc and (feil := profiler.logg_inn_server(p, passord)):
        raise IngenTilgang(feil)
    p = profiler.lagre_profil(p)
    return {
        "melding": f"{p.initialer} er logget på {adresse}; profilen «{p.navn}» er valgt",
        "profil": p.navn, "adresse": adresse, "initialer": p.initialer,
    }  # fmt: skip
