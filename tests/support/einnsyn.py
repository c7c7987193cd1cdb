"""A fake eInnsyn on pytest-httpserver, following shared/specs/einnsyn/einnsyn.openapi.yml.

Only the routes the publisher uses, with the spec's own required fields and enums read from the
OpenAPI file (so a payload the real API would refuse for a missing field is refused here too),
the ``API-KEY`` header checked, ``externalIds`` lookups, PATCH as a merge and DELETE. ``feil_neste``
makes the next requests answer 500, as a server in trouble does.
"""

from __future__ import annotations

import json
import re
import uuid
from functools import cache
from pathlib import Path
from typing import Any

from werkzeug import Request, Response

SPEC = Path("/work/shared/specs/einnsyn/einnsyn.openapi.yml")
_PREFIKS = {"arkiv": "ark", "arkivdel": "ad", "saksmappe": "sm", "journalpost": "jp"}


@cache
def _skjemaer() -> dict[str, Any]:
    import yaml

    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]


def _krav(navn: str) -> tuple[set[str], dict[str, list[str]]]:
    """Required properties (own and inherited through allOf) and enums of a schema."""
    s = _skjemaer()[navn]
    paakrevd = set(s.get("required", []))
    enum = {k: v["enum"] for k, v in s.get("properties", {}).items() if "enum" in v}
    for del_ in s.get("allOf", []):
        ref = del_.get("$ref", "").rsplit("/", 1)[-1]
        if ref.endswith("Create"):
            p, e = _krav(ref)
            paakrevd |= p
            enum |= e
    return paakrevd, enum


def _feil(status: int, type_: str, melding: str) -> Response:
    return Response(
        json.dumps({"type": type_, "message": melding}), status=status, content_type="application/json"
    )


class FalskEinnsyn:
    def __init__(self, api_noekkel: str) -> None:
        self.api_noekkel = api_noekkel
        self.objekter: dict[str, dict[str, Any]] = {}
        self.feil_neste = 0
        self.mist_svar_paa_ny = 0
        """Create the next objects, then answer 500 as if the answer were lost on the way back."""
        self.kall: list[tuple[str, str]] = []

    def av_type(self, ressurs: str) -> list[dict[str, Any]]:
        return [o for o in self.objekter.values() if o["entity"].lower() == ressurs]

    def _valider(self, skjema: str, body: dict[str, Any]) -> Response | None:
        paakrevd, enum = _krav(skjema)
        mangler = sorted(f for f in paakrevd if f not in body)
        if mangler:
            return _feil(400, "validationError", f"Mangler {', '.join(mangler)}")
        for felt, lov in enum.items():
            if felt in body and body[felt] not in lov:
                return _feil(400, "validationError", f"{felt}: {body[felt]} er ikke tillatt")
        return None

    def _ny(self, ressurs: str, body: dict[str, Any], **ekstra: Any) -> Response:
        id_ = f"{_PREFIKS[ressurs]}_{uuid.uuid4().hex[:26]}"
        obj = {"id": id_, "entity": ressurs.capitalize(), **body, **ekstra}
        self.objekter[id_] = obj
        if ressurs == "journalpost" and self.mist_svar_paa_ny:
            self.mist_svar_paa_ny -= 1
            return _feil(502, "networkError", "Svaret kom ikke fram")
        return Response(json.dumps(obj), status=201, content_type="application/json")

    def __call__(self, request: Request) -> Response:
        self.kall.append((request.method, request.path))
        if request.headers.get("API-KEY") != self.api_noekkel:
            return _feil(401, "authenticationError", "Ugyldig API-nøkkel")
        if self.feil_neste:
            self.feil_neste -= 1
            return _feil(500, "internalServerError", "Intern feil")
        deler = request.path.strip("/").split("/")
        body = request.get_json(silent=True) or {}
        if request.method == "GET" and len(deler) == 1:
            ider = set(",".join(request.args.getlist("externalIds")).split(",")) - {""}
            items = [o for o in self.av_type(deler[0]) if not ider or o.get("externalId") in ider]
            return Response(json.dumps({"items": items}), content_type="application/json")
        if request.method == "POST" and deler == ["arkiv"]:
            return self._ny("arkiv", body)
        if (
            request.method == "POST"
            and len(deler) == 3
            and deler[2] in ("arkivdel", "saksmappe", "journalpost")
        ):
            forelder = self.objekter.get(deler[1])
            if forelder is None:
                return _feil(404, "notFound", f"Fant ikke {deler[1]}")
            if deler[2] == "saksmappe" and (svar := self._valider("Saksmappe.SaksmappeCreate", body)):
                return svar
            if deler[2] == "journalpost" and (svar := self._valider("Journalpost.JournalpostCreate", body)):
                return svar
            return self._ny(deler[2], body, **{deler[0]: deler[1]})
        if len(deler) == 2 and deler[1] in self.objekter:
            obj = self.objekter[deler[1]]
            if request.method == "PATCH":
                obj.update(body)
                return Response(json.dumps(obj), content_type="application/json")
            if request.method == "DELETE":
                del self.objekter[deler[1]]
                return Response(json.dumps({**obj, "deleted": True}), content_type="application/json")
            if request.method == "GET":
                return Response(json.dumps(obj), content_type="application/json")
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
