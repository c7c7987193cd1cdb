"""A fake eInnsyn on pytest-httpserver, following shared/specs/einnsyn/einnsyn.openapi.yml.

Every request is matched against the spec's own paths: a route the spec does not have answers 404,
and a JSON body is validated (jsonschema, draft 2020-12) against the operation's requestBody schema
from the OpenAPI file, with the spec's readOnly properties (``id``, ``entity``, ``url`` …) not
required of a client, so a payload the real API would refuse for a missing field, a wrong type or
a value outside an enum is refused here too. The ``API-KEY`` header is checked, ``externalIds``
lookups answer, PATCH merges, DELETE removes (a journalpost's or dokumentbeskrivelse's children are
NOT removed with it: a client that leaves them behind is seen to do so).

Files: the spec has no upload route; a dokumentobjekt's ``referanseDokumentfil`` is a URI. The fake
takes a ``data:`` URI (RFC 2397, base64), decodes it and checks it against ``sjekksum`` (SHA-256);
every file received is kept in ``mottatte_filer`` (so a file sent twice is seen) and the current
file of each dokumentobjekt in ``filer``. ``feil_neste`` makes the next requests answer 500, as a
server in trouble does; ``mist_svar_paa_ny`` / ``mist_svar_paa_fil`` create the object and then
answer 502, as if the answer were lost on the way back.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import json
import re
import uuid
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from werkzeug import Request, Response

SPEC = Path("/work/shared/specs/einnsyn/einnsyn.openapi.yml")
_PREFIKS = {
    "arkiv": "ark",
    "arkivdel": "ad",
    "saksmappe": "sm",
    "journalpost": "jp",
    "dokumentbeskrivelse": "db",
    "dokumentobjekt": "do",
}
_ENTITET = {r: r[0].upper() + r[1:] for r in _PREFIKS}


def _uten_readonly_krav(node: Any) -> Any:
    """The spec with readOnly properties dropped from every ``required`` (the server fills them)."""
    if isinstance(node, dict):
        ny = {k: _uten_readonly_krav(v) for k, v in node.items()}
        egenskaper = node.get("properties")
        if isinstance(egenskaper, dict) and isinstance(node.get("required"), list):
            ny["required"] = [f for f in node["required"] if not (egenskaper.get(f) or {}).get("readOnly")]
        return ny
    if isinstance(node, list):
        return [_uten_readonly_krav(v) for v in node]
    return node


@cache
def _spec() -> dict[str, Any]:
    import yaml

    return _uten_readonly_krav(yaml.safe_load(SPEC.read_text(encoding="utf-8")))


@cache
def _ruter() -> list[tuple[re.Pattern[str], str, dict[str, Any]]]:
    """(path regex, method, operation) for every operation in the spec."""
    ut = []
    for sti, operasjoner in _spec()["paths"].items():
        monster = re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", sti) + "$")
        for metode, op in operasjoner.items():
            if metode in ("get", "post", "put", "patch", "delete"):
                ut.append((monster, metode.upper(), op))
    return ut


@cache
def _validator(skjema_json: str):
    """A draft 2020-12 validator for one requestBody schema, its $refs resolved in the spec."""
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    sjekker = FormatChecker()

    @sjekker.checks("uri")
    def _uri(verdi: object) -> bool:
        return not isinstance(verdi, str) or bool(urlsplit(verdi).scheme)

    register = Registry().with_resource("spec", Resource(contents=_spec(), specification=DRAFT202012))
    skjema = json.loads(skjema_json.replace('"#/components', '"spec#/components'))
    return Draft202012Validator(skjema, registry=register, format_checker=sjekker)


def _feil(status: int, type_: str, melding: str) -> Response:
    return Response(
        json.dumps({"type": type_, "message": melding}), status=status, content_type="application/json"
    )


def _json(obj: Any, status: int = 200) -> Response:
    return Response(json.dumps(obj), status=status, content_type="application/json")


class FalskEinnsyn:
    def __init__(self, api_noekkel: str) -> None:
        self.api_noekkel = api_noekkel
        self.objekter: dict[str, dict[str, Any]] = {}
        self.filer: dict[str, bytes] = {}
        """The current file of each dokumentobjekt id."""
        self.mottatte_filer: list[bytes] = []
        """Every file that arrived, in order (a file sent twice shows twice)."""
        self.feil_neste = 0
        self.mist_svar_paa_ny = 0
        """Create the next journalposter, then answer 502 as if the answer were lost on the way back."""
        self.mist_svar_paa_fil = 0
        """Take the next files, then answer 502."""
        self.kall: list[tuple[str, str]] = []
        self.avviste: list[str] = []
        """Every validation refusal (a test that expects none asserts this is empty)."""

    def av_type(self, ressurs: str) -> list[dict[str, Any]]:
        return [o for o in self.objekter.values() if o["entity"] == _ENTITET[ressurs]]

    def dokumenter(self, journalpost: dict[str, Any]) -> list[dict[str, Any]]:
        """A journalpost's dokumentbeskrivelser, in dokumentnummer order."""
        return sorted(
            (o for o in self.av_type("dokumentbeskrivelse") if o.get("journalpost") == journalpost["id"]),
            key=lambda o: o["dokumentnummer"],
        )

    def fil(self, dokumentbeskrivelse: dict[str, Any]) -> bytes | None:
        """The file of a dokumentbeskrivelse's (single) dokumentobjekt, or None."""
        ider = dokumentbeskrivelse.get("dokumentobjekt") or []
        return self.filer.get(ider[0]) if ider else None

    # --- the spec ---------------------------------------------------------------------------------

    def _operasjon(self, request: Request) -> dict[str, Any] | None:
        for monster, metode, op in _ruter():
            if metode == request.method and monster.match(request.path):
                return op
        return None

    def _valider(self, op: dict[str, Any], body: Any) -> Response | None:
        innhold = (op.get("requestBody") or {}).get("content", {}).get("application/json")
        if innhold is None:
            return None
        validator = _validator(json.dumps(innhold["schema"], sort_keys=True))
        feil = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
        if feil:
            tekst = "; ".join(f"{'/'.join(map(str, e.path)) or '(body)'}: {e.message}" for e in feil[:3])
            self.avviste.append(tekst)
            return _feil(400, "validationError", tekst)
        return None

    # --- objects ----------------------------------------------------------------------------------

    def _ny(self, ressurs: str, body: dict[str, Any], **ekstra: Any) -> dict[str, Any]:
        id_ = f"{_PREFIKS[ressurs]}_{uuid.uuid4().hex[:26]}"
        obj = {"id": id_, "entity": _ENTITET[ressurs], **copy.deepcopy(body), **ekstra}
        self.objekter[id_] = obj
        return obj

    def _ta_fil(self, obj_id: str, body: dict[str, Any]) -> Response | None:
        """Decode ``referanseDokumentfil`` (a data: URI) and check it against ``sjekksum``."""
        ref = body.get("referanseDokumentfil")
        if ref is None:
            return None
        treff = re.fullmatch(r"data:([\w.+-]+/[\w.+-]+)?;base64,(.*)", ref, flags=re.S)
        if not treff:
            return _feil(
                400, "validationError", "referanseDokumentfil: bare data:-URI med base64 tas imot her"
            )
        try:
            data = base64.b64decode(treff.group(2), validate=True)
        except (binascii.Error, ValueError):
            return _feil(400, "validationError", "referanseDokumentfil: ugyldig base64")
        if (
            body.get("sjekksumAlgoritme") != "SHA-256"
            or body.get("sjekksum") != hashlib.sha256(data).hexdigest()
        ):
            return _feil(400, "validationError", "sjekksum stemmer ikke med filen")
        self.mottatte_filer.append(data)
        self.filer[obj_id] = data
        return None

    def _slett(self, id_: str) -> Response:
        obj = self.objekter.pop(id_)
        self.filer.pop(id_, None)
        for o in self.objekter.values():
            for felt in ("dokumentbeskrivelse", "dokumentobjekt"):
                if isinstance(o.get(felt), list) and id_ in o[felt]:
                    o[felt].remove(id_)
        return _json({**obj, "deleted": True})

    def __call__(self, request: Request) -> Response:
        self.kall.append((request.method, request.path))
        if request.headers.get("API-KEY") != self.api_noekkel:
            return _feil(401, "authenticationError", "Ugyldig API-nøkkel")
        if self.feil_neste:
            self.feil_neste -= 1
            return _feil(500, "internalServerError", "Intern feil")
        op = self._operasjon(request)
        if op is None:
            return _feil(404, "notFound", f"{request.method} {request.path} finnes ikke i API-et")
        deler = request.path.strip("/").split("/")
        body = request.get_json(silent=True) if request.data else None
        if request.method in ("POST", "PATCH") and (svar := self._valider(op, body)):
            return svar
        body = body if isinstance(body, dict) else {}
        if request.method == "GET" and len(deler) == 1:
            ider = set(",".join(request.args.getlist("externalIds")).split(",")) - {""}
            items = [o for o in self.av_type(deler[0]) if not ider or o.get("externalId") in ider]
            return _json({"items": items})
        if request.method == "GET" and len(deler) == 3 and deler[2] == "dokumentbeskrivelse":
            forelder = self.objekter.get(deler[1])
            if forelder is None:
                return _feil(404, "notFound", f"Fant ikke {deler[1]}")
            return _json({"items": self.dokumenter(forelder)})
        if request.method == "POST" and deler == ["arkiv"]:
            return _json(self._ny("arkiv", body), 201)
        if request.method == "POST" and len(deler) == 3:
            forelder = self.objekter.get(deler[1])
            if forelder is None:
                return _feil(404, "notFound", f"Fant ikke {deler[1]}")
            if deler[2] == "dokumentobjekt":
                obj = self._ny("dokumentobjekt", {k: v for k, v in body.items() if k != "referanseDokumentfil"},
                               dokumentbeskrivelse=deler[1], url=f"https://einnsyn.test/fil/{deler[1]}")  # fmt: skip
                if svar := self._ta_fil(obj["id"], body):
                    del self.objekter[obj["id"]]
                    return svar
                obj["referanseDokumentfil"] = body["referanseDokumentfil"]
                forelder.setdefault("dokumentobjekt", []).append(obj["id"])
                if self.mist_svar_paa_fil:
                    self.mist_svar_paa_fil -= 1
                    return _feil(502, "networkError", "Svaret kom ikke fram")
                return _json(obj, 201)
            obj = self._ny(deler[2], body, **{deler[0]: deler[1]})
            if deler[2] == "dokumentbeskrivelse":
                obj["dokumentobjekt"] = []
                forelder.setdefault("dokumentbeskrivelse", []).append(obj["id"])
            if deler[2] == "journalpost" and self.mist_svar_paa_ny:
                self.mist_svar_paa_ny -= 1
                return _feil(502, "networkError", "Svaret kom ikke fram")
            return _json(obj, 201)
        if len(deler) == 2 and deler[1] in self.objekter:
            obj = self.objekter[deler[1]]
            if request.method == "PATCH":
                if obj["entity"] == "Dokumentobjekt" and (svar := self._ta_fil(obj["id"], body)):
                    return svar
                obj.update(copy.deepcopy(body))
                return _json(obj)
            if request.method == "DELETE":
                return self._slett(deler[1])
            if request.method == "GET":
                return _json(obj)
        return _feil(404, "notFound", f"{request.method} {request.path}")


def einnsyn(httpserver, api_noekkel: str = "test-nokkel") -> tuple[FalskEinnsyn, str]:
    """Serve a fake eInnsyn on ``httpserver``; returns it and its base URL."""
    falsk = FalskEinnsyn(api_noekkel)
    httpserver.expect_request(re.compile(r"/.*")).respond_with_handler(falsk)
    return falsk, httpserver.url_for("").rstrip("/")


class MinneNokkelring:
    """An in-memory keyring backend for tests (the machine has none): the keyring API, its storage."""

    def __new__(cls):
        from keyring.backend import KeyringBackend

        class _Ring(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.lager: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.lager.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.lager[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.lager.pop((service, username), None)

        return _Ring()
