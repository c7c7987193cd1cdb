"""Starting the server on uvicorn: the address, TLS, and the request log."""

from __future__ import annotations

import ipaddress
import logging
from datetime import timedelta
from pathlib import Path

from app.domain.feil import UgyldigInndata
from app.server.oidc import OidcOppsett

log = logging.getLogger("saksbord.server")

#: Seconds an idle keep-alive connection is held open. Longer than the desktop keeps one in its pool
#: (``app.services.synk.http.KLIENT_HOLDER_S``), so the client always closes first and never sends
#: a request into a connection the server is just closing (that was a ReadError under load).
HOLD_TILKOBLING_S = 75


def uvicorn_valg() -> dict:
    """The uvicorn settings every server run uses (also the tests' in-thread server)."""
    return {
        "access_log": False, "log_config": None, "timeout_graceful_shutdown": 5, "proxy_headers": False,
        "timeout_keep_alive": HOLD_TILKOBLING_S,
    }  # fmt: skip


def les_lytteadresse(tekst: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8443`` for IPv6) → (host, port)."""
    vert, _, port = tekst.strip().rpartition(":")
    vert = vert.strip("[]")
    if not vert or not port.isdigit() or not 0 < int(port) < 65536:
        raise UgyldigInndata(f"--lytt må ha formen VERT:PORT, for eksempel 127.0.0.1:8080 (fikk «{tekst}»)")
    return vert, int(port)


def er_lokal(vert: str) -> bool:
    if vert == "localhost":
        return True
    try:
        return ipaddress.ip_address(vert).is_loopback
    except ValueError:
        return False


def sjekk_lytteadresse(vert: str, sertifikat: str | None, nokkel: str | None) -> bool:
    """True when TLS is to be used; refuses plain HTTP on anything but a loopback address."""
    if bool(sertifikat) != bool(nokkel):
        raise UgyldigInndata("Oppgi både --sertifikat og --nokkel")
    if sertifikat and nokkel:
        for sti in (sertifikat, nokkel):
            if not Path(sti).is_file():
                raise UgyldigInndata(f"Finner ikke filen {sti}")
        return True
    if not er_lokal(vert):
        raise UgyldigInndata(
            f"Serveren lytter på {vert}, som ikke er lokal: oppgi --sertifikat og --nokkel (TLS), "
            "eller lytt på 127.0.0.1 bak en TLS-terminerende proxy"
        )
    return False


def kjor(
    db_url: str,
    lytt: str,
    *,
    sertifikat: str | None = None,
    nokkel: str | None = None,
    token_timer: float | None = None,
    oidc: OidcOppsett | None = None,
) -> None:
    """Run until stopped (Ctrl+C / SIGTERM)."""
    import uvicorn

    from app.server.app import lag_app
    from app.server.innlogging import TOKEN_LEVETID
    from app.store.db import Database

    vert, port = les_lytteadresse(lytt)
    tls = sjekk_lytteadresse(vert, sertifikat, nokkel)
    db = Database.aapne(db_url, opprett=False)
    levetid = timedelta(hours=token_timer) if token_timer else TOKEN_LEVETID
    app = lag_app(db, token_levetid=levetid, oidc=oidc)
    log.info("Saksbord-server på %s://%s:%d (%s)", "https" if tls else "http", vert, port, db.beskrivelse())
    try:
        uvicorn.run(app, host=vert, port=port, ssl_certfile=sertifikat, ssl_keyfile=nokkel, **uvicorn_valg())
    finally:
        db.lukk()
