"""Conflicts as kurv rows: what the user did offline, in words, and the journalpost it is about."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.feil import SaksbordFeil
from app.domain.koder import OPPGAVESVAR_NAVN, OPPGAVETYPER
from app.services import visning
from app.services.arbeid import Kontekst
from app.services.data import JournalpostInfo, KurvRad
from app.services.synk import KonfliktInfo, konflikter
from app.store.db import Database
from app.views.kurver.tre import KONFLIKTER
from app.widgets.oversetting import QT_TRANSLATE_NOOP

KURV = KONFLIKTER
"""The kurv's key in the tree."""
ART = "konflikt"
"""The row kind in the list (its columns are in app/widgets/kurvmodell.py)."""

#: The queued services in the user's words.
TJENESTENAVN = {
    "registrer_journalpost": QT_TRANSLATE_NOOP("Konflikter", "Registrer journalpost"),
    "endre_journalpost": QT_TRANSLATE_NOOP("Konflikter", "Endre journalpost"),
    "avskriv": QT_TRANSLATE_NOOP("Konflikter", "Avskriv"),
    "besvar": QT_TRANSLATE_NOOP("Konflikter", "Besvar"),
    "send_oppgave": QT_TRANSLATE_NOOP("Konflikter", "Send oppgave"),
    "svar_oppgave": QT_TRANSLATE_NOOP("Konflikter", "Svar på oppgave"),
    "ferdigstill": QT_TRANSLATE_NOOP("Konflikter", "Ferdigstill"),
    "ekspeder": QT_TRANSLATE_NOOP("Konflikter", "Ekspeder"),
    "merk_oppgave_lest": QT_TRANSLATE_NOOP("Konflikter", "Åpne oppgave"),
}

#: endre_journalpost's fields, "Endre <felt>: …".
_ENDRE = {
    "tittel": QT_TRANSLATE_NOOP("Konflikter", "Endre tittel: %1"),
    "tittel2": QT_TRANSLATE_NOOP("Konflikter", "Endre undertittel: %1"),
    "forfallsdato": QT_TRANSLATE_NOOP("Konflikter", "Endre forfallsdato: %1"),
    "dokumentdato": QT_TRANSLATE_NOOP("Konflikter", "Endre dokumentdato: %1"),
    "avsendere": QT_TRANSLATE_NOOP("Konflikter", "Endre avsendere: %1"),
    "mottakere": QT_TRANSLATE_NOOP("Konflikter", "Endre mottakere: %1"),
    "kopimottakere": QT_TRANSLATE_NOOP("Konflikter", "Endre kopimottakere: %1"),
}

_MAATE = {
    "avskriv": QT_TRANSLATE_NOOP("Konflikter", "Besvar og avskriv"),
    "forelopig": QT_TRANSLATE_NOOP("Konflikter", "Foreløpig svar"),
    "uten": QT_TRANSLATE_NOOP("Konflikter", "Besvar uten å avskrive"),
}


def _tr(tekst: str) -> str:
    return QCoreApplication.translate("Konflikter", tekst)


@dataclass(frozen=True)
class KonfliktRad(KurvRad):
    """One open conflict in the list; ``tittel`` is the first line of ``linjer``, ``merknad`` the server's answer."""

    handling: str = ""
    melding: str = ""
    tid: str = ""
    linjer: tuple[str, ...] = ()
    server: JournalpostInfo | None = None
    info: KonfliktInfo | None = None


def _verdi(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, str):
        return f"«{v}»"
    if isinstance(v, datetime):
        return f"{v:%d.%m.%Y %H:%M}"
    if isinstance(v, date):
        return f"{v:%d.%m.%Y}"
    if isinstance(v, list | tuple):
        return ", ".join(_navn(x) for x in v) or "–"
    if dataclasses.is_dataclass(v):
        return _navn(v)
    return str(v)


def _navn(v: Any) -> str:
    return str(getattr(v, "navn", v))


def _med(mal: str, *verdier: str) -> str:
    tekst = _tr(mal)
    for i, v in enumerate(verdier, start=1):
        tekst = tekst.replace(f"%{i}", v)
    return tekst


def beskriv(info: KonfliktInfo) -> list[str]:
    """What the user did offline, readable: ["Endre tittel: «ny tittel»", …]. Never raises."""
    a = dict(info.argumenter)
    t = info.tjeneste
    linjer: list[str] = []
    if t == "endre_journalpost":
        for felt, mal in _ENDRE.items():
            if a.get(felt) is not None:
                linjer.append(_med(mal, _verdi(a[felt])))
        brukt = {"jpnr", "versjon", *_ENDRE}
    elif t == "registrer_journalpost":
        ny = a.get("ny")
        if ny is not None:
            linjer.append(
                _med(
                    QT_TRANSLATE_NOOP("Konflikter", "Registrer journalpost (%1) i sak %2: %3"),
                    str(getattr(ny, "type", "")),
                    str(getattr(ny, "sak", "")),
                    _verdi(getattr(ny, "tittel", "")),
                )
            )
            for felt, mal in (
                ("avsendere", QT_TRANSLATE_NOOP("Konflikter", "Avsender: %1")),
                ("mottakere", QT_TRANSLATE_NOOP("Konflikter", "Mottaker: %1")),
            ):
                if getattr(ny, felt, None):
                    linjer.append(_med(mal, _verdi(getattr(ny, felt))))
            if getattr(ny, "saksbehandler", None):
                linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Saksbehandler: %1"), ny.saksbehandler))
        brukt = {"ny"}
    elif t == "avskriv":
        linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Avskriv med kode %1"), str(a.get("kode") or "–")))
        brukt = {"jpnr", "kode"}
    elif t == "besvar":
        linjer.append(_tr(_MAATE.get(a.get("maate") or "avskriv", _MAATE["avskriv"])))
        if a.get("tittel"):
            linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Svarets tittel: %1"), _verdi(a["tittel"])))
        brukt = {"jpnr", "maate", "tittel"}
    elif t == "send_oppgave":
        type_ = OPPGAVETYPER.get(a.get("type_") or "", a.get("type_") or "")
        linjer.append(
            _med(QT_TRANSLATE_NOOP("Konflikter", "Send oppgave «%1» til %2"), type_, str(a.get("til") or "–"))
        )
        if a.get("gul_merknad"):
            linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Gul lapp: %1"), _verdi(a["gul_merknad"])))
        brukt = {"jpnr", "saksnr", "type_", "til", "gul_merknad", "gul_for_alle"}
    elif t == "svar_oppgave":
        svar = OPPGAVESVAR_NAVN.get(a.get("svar") or "", a.get("svar") or "")
        linjer.append(
            _med(
                QT_TRANSLATE_NOOP("Konflikter", "Svar «%1» på oppgave %2"),
                svar,
                str(a.get("oppgave_id") or ""),
            )
        )
        if a.get("til"):
            linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Videresend til %1"), str(a["til"])))
        brukt = {"oppgave_id", "svar", "til"}
    elif t == "ekspeder":
        linjer.append(_tr("Ekspeder"))
        if a.get("kanal"):
            linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Kanal: %1"), str(a["kanal"])))
        brukt = {"jpnr", "kanal", "kanaler"}
    elif t == "ferdigstill":
        linjer.append(_tr("Ferdigstill"))
        brukt = {"jpnr"}
    else:
        linjer.append(info.tjeneste)
        brukt = set()
    if a.get("merknad"):
        linjer.append(_med(QT_TRANSLATE_NOOP("Konflikter", "Merknad: %1"), _verdi(a["merknad"])))
    brukt.add("merknad")
    for k, v in a.items():  # anything else the action carried: shown, not hidden
        if k not in brukt and v not in (None, "", [], {}, False):
            linjer.append(f"{k}: {_verdi(v)}")
    return linjer or [_tr(TJENESTENAVN.get(t, t))]


def handling(info: KonfliktInfo) -> str:
    navn = TJENESTENAVN.get(info.tjeneste)
    return _tr(navn) if navn else info.tjeneste


def referanser(info: KonfliktInfo) -> list[str | int]:
    """The journalposter the action was about, as the user gave them (numbers or ids)."""
    nr = info.argumenter.get("jpnr")
    if nr is None:
        return []
    return list(nr) if isinstance(nr, list | tuple) else [nr]


def tid(info: KonfliktInfo) -> str:
    """The replica stamps UTC (CURRENT_TIMESTAMP); show local time."""
    try:
        t = datetime.fromisoformat(info.tid).replace(tzinfo=UTC).astimezone()
    except (TypeError, ValueError):
        return info.tid or ""
    return f"{t:%d.%m.%Y %H:%M}"


def _serverens(ctx: Kontekst, ref: str | int) -> JournalpostInfo | None:
    """The journalpost as the last sync brought it from the server (the replica holds no offline rows now)."""
    try:
        return visning.vis_journalpost(ctx, ref)
    except SaksbordFeil:
        return None


def lag_rad(ctx: Kontekst, info: KonfliktInfo) -> KonfliktRad:
    refs = referanser(info)
    server = _serverens(ctx, refs[0]) if refs else None
    numre = [server.journalpostnummer if (i == 0 and server) else str(r) for i, r in enumerate(refs)]
    linjer = tuple(beskriv(info))
    return KonfliktRad(
        art=ART,
        id=info.id,
        journalpostnummer=", ".join(numre) or info.lokalt_nr,
        saksnummer=server.saksnummer if server else None,
        tittel=linjer[0],
        type=None,
        status=None,
        avsender_mottaker=None,
        forfallsdato=None,
        saksbehandler=None,
        dato=None,
        journalpost_id=None,  # not a journalpost row: the window's journalpost actions stay off
        sak_id=None,
        merknad=info.melding,
        handling=handling(info),
        melding=info.melding,
        tid=tid(info),
        linjer=linjer,
        server=server,
        info=info,
    )


def konflikt_rader(ctx: Kontekst, replika: Database, ider: list[int]) -> list[KonfliktRad]:
    """The model's row fetch for the Konflikter kurv: the open conflicts among ``ider``."""
    onsket = set(ider)
    return [lag_rad(ctx, k) for k in konflikter(replika) if k.id in onsket]


def konflikt_ider(replika: Database, filter: str | None = None) -> list[int]:
    """The open conflicts' ids, oldest first; ``filter`` matches the action, its words and the message."""
    ut = []
    for k in konflikter(replika):
        if filter:
            tekst = " ".join(
                [handling(k), *beskriv(k), k.melding, *map(str, referanser(k)), k.lokalt_nr or ""]
            )
            if filter.casefold() not in tekst.casefold():
                continue
        ut.append(k.id)
    return ut
