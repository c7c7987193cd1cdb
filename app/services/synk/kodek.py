"""Service arguments as JSON text: what the outbox stores and what a transport may send.

Arguments are plain values and the services' input dataclasses (NyJournalpost,
PartInn, FilInn); dates, bytes and dicts with non-text keys are tagged so they
come back as they went in.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.sync.pull import Endringer


def _dataklasser() -> dict[str, type]:
    from app.services.journalposter import FilInn, NyJournalpost, PartInn

    return {k.__name__: k for k in (NyJournalpost, PartInn, FilInn)}


def _inn(v: Any) -> Any:
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {
            "__dk__": type(v).__name__,
            **{f.name: _inn(getattr(v, f.name)) for f in dataclasses.fields(v)},
        }
    if isinstance(v, datetime):
        return {"__tid__": v.isoformat()}
    if isinstance(v, date):
        return {"__dato__": v.isoformat()}
    if isinstance(v, bytes):
        return {"__bytes__": base64.b64encode(v).decode()}
    if isinstance(v, dict):
        return {"__dict__": [[_inn(k), _inn(x)] for k, x in v.items()]}
    if isinstance(v, list | tuple):
        return [_inn(x) for x in v]
    return v


def _ut(v: Any) -> Any:
    if isinstance(v, list):
        return [_ut(x) for x in v]
    if not isinstance(v, dict):
        return v
    if "__dk__" in v:
        klasse = _dataklasser()[v["__dk__"]]
        return klasse(**{k: _ut(x) for k, x in v.items() if k != "__dk__"})
    if "__tid__" in v:
        return datetime.fromisoformat(v["__tid__"])
    if "__dato__" in v:
        return date.fromisoformat(v["__dato__"])
    if "__bytes__" in v:
        return base64.b64decode(v["__bytes__"])
    if "__dict__" in v:
        return {_ut(k): _ut(x) for k, x in v["__dict__"]}
    return {k: _ut(x) for k, x in v.items()}


def til_json(kwargs: dict[str, Any]) -> str:
    return json.dumps({k: _inn(v) for k, v in kwargs.items()}, ensure_ascii=False)


def fra_json(tekst: str) -> dict[str, Any]:
    return {k: _ut(v) for k, v in json.loads(tekst).items()}


def endringer_til_json(e: Endringer) -> bytes:
    """A pull (``app.store.sync.pull.Endringer``) as JSON for the wire; bytes and dates tagged."""
    return til_json({"endringer": dataclasses.asdict(e)}).encode()


def endringer_fra_json(tekst: str | bytes) -> Endringer:
    from app.store.sync.pull import Endringer, Markor, Tabellrader

    d = fra_json(tekst if isinstance(tekst, str) else tekst.decode())["endringer"]
    return Endringer(
        markor=Markor(**d["markor"]),
        slettinger=[(t, n) for t, n in d["slettinger"]],
        borte=[(t, n) for t, n in d["borte"]],
        tabeller=[Tabellrader(**t) for t in d["tabeller"]],
        trenger_nokler=d["trenger_nokler"],
    )
