"""One way in: the command line and the window open the registry and set up logging here.

``sett_opp_logging`` writes a rotating log file in the platformdirs user log dir: the installed
window has no console, so a support question starts with that file. The CLI keeps stderr for
its user messages and adds a stderr handler for warnings (level from SAKSBORD_LOGG).

``aapne`` opens what the services work on: the Database named by ``--db`` (a SQLite file or a
postgresql:// address), else, when the caller allows it, the sync client of the active
connection profile (a local replica read instantly, writes to the shared registry: through the
Saksbord server for a server profile, with the token from the keyring, or straight to
PostgreSQL), else the embedded SQLite file in the user data dir.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_log_dir

if TYPE_CHECKING:
    from app.services.synk import SynkKlient, Synkroniserer
    from app.store.db import Database

LOGGFIL = "saksbord.log"
LOGGMAPPE_MILJO = "SAKSBORD_LOGGMAPPE"
"""Overrides the log folder (tests, a shared support folder)."""
LOGGNIVAA_MILJO = "SAKSBORD_LOGG"
"""Level of the CLI's stderr handler (default WARNING); the file always takes INFO and up."""
MAKS_BYTES = 2 * 1024 * 1024
ANTALL_GAMLE = 5

log = logging.getLogger("saksbord")
_MERKE = "_saksbord_bootstrap"
_BARE_FIL = "saksbord_bare_fil"
"""A record with this attribute set goes to the file only (Python prints the traceback on stderr itself)."""
BARE_FIL = _BARE_FIL


def loggmappe() -> Path:
    """Where the log file lives: SAKSBORD_LOGGMAPPE, else the user log dir (per OS)."""
    return Path(os.environ.get(LOGGMAPPE_MILJO) or user_log_dir("Saksbord", "Saksbord"))


def sett_opp_logging(*, konsoll: bool, hva: str = "") -> Path:
    """Log INFO and up to a rotating file (and, with ``konsoll``, warnings to stderr); returns the file.

    Called again it replaces its own handlers (never anyone else's), so the CLI run in-process
    many times in one test session logs once per record.
    """
    rot = logging.getLogger()
    for h in [h for h in rot.handlers if getattr(h, _MERKE, False)]:
        rot.removeHandler(h)
        h.close()
    fil = loggmappe() / LOGGFIL
    handlere: list[logging.Handler] = []
    try:
        fil.parent.mkdir(parents=True, exist_ok=True)
        filhandler = logging.handlers.RotatingFileHandler(
            fil, maxBytes=MAKS_BYTES, backupCount=ANTALL_GAMLE, encoding="utf-8"
        )
        filhandler.setLevel(logging.INFO)
        filhandler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
        )
        handlere.append(filhandler)
    except OSError as e:  # a read-only or full disk must not stop the program
        print(f"saksbord: kan ikke skrive loggfilen {fil}: {e.strerror or e}", file=sys.stderr)
    if konsoll and sys.stderr is not None:  # a windowed build has no stderr at all
        konsollhandler = logging.StreamHandler(sys.stderr)
        konsollhandler.setLevel(os.environ.get(LOGGNIVAA_MILJO, "WARNING").upper())
        konsollhandler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        konsollhandler.addFilter(lambda post: not getattr(post, _BARE_FIL, False))
        handlere.append(konsollhandler)
    for h in handlere:
        setattr(h, _MERKE, True)
        rot.addHandler(h)
    rot.setLevel(min(logging.INFO, *(h.level for h in handlere)) if handlere else logging.WARNING)
    _fang_uventede_feil()
    log.info("Saksbord startet%s", f": {hva}" if hva else "")
    return fil


def logging_er_satt_opp() -> bool:
    return any(getattr(h, _MERKE, False) for h in logging.getLogger().handlers)


def _fang_uventede_feil() -> None:
    """An uncaught exception (main thread or any other) reaches the log file with its traceback."""
    if getattr(sys.excepthook, _MERKE, False):
        return
    forrige, forrige_traad = sys.excepthook, threading.excepthook

    def krok(typ, verdi, spor) -> None:  # noqa: ANN001
        if not issubclass(typ, KeyboardInterrupt):
            log.critical("Uventet feil", exc_info=(typ, verdi, spor), extra={_BARE_FIL: True})
        forrige(typ, verdi, spor)

    def traadkrok(args) -> None:  # noqa: ANN001
        log.critical(
            "Uventet feil i tråden %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            extra={_BARE_FIL: True},
        )
        forrige_traad(args)

    setattr(krok, _MERKE, True)
    sys.excepthook, threading.excepthook = krok, traadkrok


@dataclass
class Oppkobling:
    """What the services work on, and what must be closed at the end."""

    db: Database
    """The registry: the Database itself, or the sync client's local replica."""
    bruker: str | None = None
    """The connection profile's user (sync mode); None means: ask, or take it from --bruker."""
    synk: SynkKlient | None = None
    synkroniserer: Synkroniserer | None = field(default=None, repr=False)

    def lukk(self) -> None:
        if self.synkroniserer is not None:
            self.synkroniserer.stopp()
        if self.synk is not None:
            self.synk.lukk()
        else:
            self.db.lukk()


def aapne(
    db_arg: str | os.PathLike | None,
    *,
    profil: bool = False,
    status: Callable[[str], None] | None = None,
    endret: Callable[[], None] | None = None,
) -> Oppkobling:
    """Open ``db_arg``; without it and with ``profil``, the active connection profile's sync client.

    In sync mode the background sync is started here (``status`` and ``endret`` are its
    callbacks, called from its thread) and stopped by ``Oppkobling.lukk``.
    """
    from app.store.db import Database

    aktiv = None
    if profil and db_arg is None:
        from app.services import profil as profiler

        aktiv = profiler.aktiv_profil()
    if aktiv is None:
        db = Database.aapne(db_arg)
        log.info("Database åpnet: %s", db.beskrivelse())
        return Oppkobling(db)

    from app.services.synk import SynkKlient, Synkroniserer
    from app.store.sync.replika import standard_replika_sti

    # A server profile: the address only; HttpTransport reads the token from the keyring.
    fjern = aktiv.adresse if aktiv.er_server else aktiv.url()
    klient = SynkKlient(
        str(standard_replika_sti(aktiv.navn)), fjern, aktiv.initialer, status=status, endret=endret
    )
    log.info(
        "Profil %s åpnet for %s via %s (lokal kopi %s)",
        aktiv.navn, aktiv.initialer, "Saksbord-server" if aktiv.er_server else "PostgreSQL",
        klient.replika.beskrivelse(),
    )  # fmt: skip
    synk = Synkroniserer(klient).start()
    if not klient.grunndata.is_set():
        # A new desktop: the window opens as soon as the users and codes are in the replica; the
        # case data keeps arriving batch by batch behind it (the kurver fill as it comes).
        klient.vent_paa_grunndata()
    return Oppkobling(klient.replika, aktiv.initialer, klient, synk)
