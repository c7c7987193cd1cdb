"""The user's own choices on this machine: language, font size, start kurv, mail, working folder, updates.

They belong to the person at the desk, not to the municipality (those are the variant rules in
``app.services.innstillinger``), so they live beside the connection profiles in the platform's
config folder (``mine_innstillinger.json``), read and written only here. The SMTP password is the
one secret and goes to the OS keyring (service ``saksbord-smtp``), never into the file; which
shared database the window opens is the connection profiles' ``aktiv``, changed through
``app.services.profil``.

Read with :func:`les` (a missing or damaged file gives the defaults, never an error), change
with :func:`lagre` (validated; a bad value is a Norwegian :class:`UgyldigInndata`).
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from app.domain.feil import UgyldigInndata
from app.services import profil

log = logging.getLogger(__name__)

FILNAVN = "mine_innstillinger.json"
SMTP_NOKKELRING = "saksbord-smtp"

SPRAK = {"": "Som systemet", "nb": "Norsk bokmål", "en": "English"}
"""Language codes the window has, with their own names (shown untranslated, as language menus do)."""

EPOSTKLIENTER = {
    "standard": "Systemets e-postprogram",
    "outlook": "Microsoft Outlook",
    "smtp": "Send direkte med SMTP",
}
SMTP_SIKKERHET = ("starttls", "ssl", "ingen")
MIN_SKRIFT, MAKS_SKRIFT = 7, 24


@dataclass(frozen=True)
class MineInnstillinger:
    """What one user chose; the defaults are what a new installation does."""

    sprak: str = ""
    """"" follows SAKSBORD_SPRAK or the system locale; "nb" or "en" fixes it."""
    skriftstorrelse: int = 0
    """Point size of the window's text; 0 keeps the system's."""
    standard_kurv: str = "ubehandlet"
    """The kurv that opens when the window starts (a key in app.services.kurver.KURVER)."""
    epostklient: str = "standard"
    smtp_server: str = ""
    smtp_port: int = 587
    smtp_bruker: str = ""
    smtp_sikkerhet: str = "starttls"
    avsenderadresse: str = ""
    arbeidsmappe: str = ""
    """Where working copies of documents are checked out; "" is the user data folder."""
    se_etter_oppdateringer: bool = False
    """Off by default: nothing is asked of the network unless the user (or IT) turns it on."""
    oppdatering_url: str = ""

    @property
    def smtp_nokkel(self) -> str:
        return f"{self.smtp_bruker}@{self.smtp_server}:{self.smtp_port}"


def _fil() -> Path:
    return profil.konfig_mappe() / FILNAVN


def les() -> MineInnstillinger:
    """The saved choices; unknown keys are ignored and a bad file falls back to the defaults."""
    try:
        data = json.loads(_fil().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return MineInnstillinger()
    except (OSError, ValueError) as e:
        log.warning("Kunne ikke lese %s (%s); bruker standardvalgene", _fil(), e)
        return MineInnstillinger()
    kjente = {f.name for f in fields(MineInnstillinger)}
    try:
        return sjekk(MineInnstillinger(**{k: v for k, v in data.items() if k in kjente}))
    except (TypeError, UgyldigInndata) as e:
        log.warning("Ugyldige valg i %s (%s); bruker standardvalgene", _fil(), e)
        return MineInnstillinger()


def sjekk(v: MineInnstillinger) -> MineInnstillinger:
    """The choices tidied (trimmed, numbers as numbers), or UgyldigInndata saying what is wrong."""
    if v.sprak not in SPRAK:
        raise UgyldigInndata(f"Ukjent språk «{v.sprak}»; velg {', '.join(k for k in SPRAK if k)}")
    try:
        skrift, port = int(v.skriftstorrelse), int(v.smtp_port)
    except (TypeError, ValueError) as e:
        raise UgyldigInndata("Skriftstørrelse og SMTP-port må være tall") from e
    if skrift and not MIN_SKRIFT <= skrift <= MAKS_SKRIFT:
        raise UgyldigInndata(f"Skriftstørrelsen må være mellom {MIN_SKRIFT} og {MAKS_SKRIFT} punkter")
    if not 0 < port < 65536:
        raise UgyldigInndata("SMTP-porten må være et tall mellom 1 og 65535")
    if v.epostklient not in EPOSTKLIENTER:
        raise UgyldigInndata(f"Ukjent e-postprogram «{v.epostklient}»")
    if v.smtp_sikkerhet not in SMTP_SIKKERHET:
        raise UgyldigInndata("SMTP-sikkerhet må være starttls, ssl eller ingen")
    server = v.smtp_server.strip()
    if v.epostklient == "smtp" and not server:
        raise UgyldigInndata("Oppgi SMTP-serveren når e-post skal sendes direkte med SMTP")
    adresse = v.avsenderadresse.strip()
    if adresse and ("@" not in adresse or " " in adresse):
        raise UgyldigInndata(f"Avsenderadressen «{adresse}» er ikke en e-postadresse")
    url = v.oppdatering_url.strip()
    if url:
        deler = urlsplit(url)
        if deler.scheme not in ("https", "http") or not deler.hostname:
            raise UgyldigInndata("Adressen for oppdateringer må begynne med https://")
    if v.se_etter_oppdateringer and not url:
        raise UgyldigInndata("Oppgi adressen det skal ses etter oppdateringer på")
    mappe = v.arbeidsmappe.strip()
    if mappe and not Path(mappe).expanduser().is_absolute():
        raise UgyldigInndata(f"Arbeidsmappen må være en full sti, ikke «{mappe}»")
    return replace(
        v, skriftstorrelse=skrift, smtp_port=port, smtp_server=server, smtp_bruker=v.smtp_bruker.strip(),
        avsenderadresse=adresse, oppdatering_url=url, arbeidsmappe=mappe, standard_kurv=v.standard_kurv.strip(),
    )  # fmt: skip


def lagre(v: MineInnstillinger, *, smtp_passord: str | None = None) -> MineInnstillinger:
    """Validate and save; ``smtp_passord`` (when given) goes to the keyring, "" removes it."""
    v = sjekk(v)
    fil = _fil()
    fil.parent.mkdir(parents=True, exist_ok=True)
    tmp = fil.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(v), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(fil)
    if smtp_passord is not None:
        import keyring
        from keyring.errors import PasswordDeleteError

        if smtp_passord:
            keyring.set_password(SMTP_NOKKELRING, v.smtp_nokkel, smtp_passord)
        else:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SMTP_NOKKELRING, v.smtp_nokkel)
    log.info(
        "Mine innstillinger lagret (språk %s, skrift %s)", v.sprak or "system", v.skriftstorrelse or "system"
    )
    return v


def smtp_passord(v: MineInnstillinger) -> str | None:
    """The SMTP password from the keyring, for sending; never shown, logged or written to a file."""
    if not v.smtp_server:
        return None
    import keyring

    return keyring.get_password(SMTP_NOKKELRING, v.smtp_nokkel)


def arbeidsmappe() -> Path | None:
    """The chosen folder for working copies, or None for the default."""
    mappe = les().arbeidsmappe
    return Path(mappe).expanduser() if mappe else None


def velg_profil(navn: str | None) -> None:
    """Which shared database the window opens next time: a profile by name, None for the embedded one."""
    profil.sett_aktiv(navn)
