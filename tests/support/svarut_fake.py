"""A fake SvarUt that follows shared/specs/svarut/v2: send, ekstern-referanse lookup, status, hendelser.

Built on pytest-httpserver (a real HTTP server on localhost, threaded so a slow send does not block
the lookup that follows a timeout). Every send is validated against the ``Forsendelse`` schema of
``forsendelse-send-api-v2.json`` (jsonschema, with the file's own components) and the multipart
shape v3 documents (a ``forsendelse`` JSON part, then one file part per document in the same order,
matched by filename); every answer is validated against its response schema before it leaves, so
the fake cannot drift from the spec without a test failing.

What a test can drive:
- ``les(id)``       MOTTATT → AKSEPTERT → VARSLET → LEST (digital delivery, read by the mottaker)
- ``skriv_ut(id)``  MOTTATT → AKSEPTERT → SENDT_PRINT → PRINTET (the print fallback)
- ``sett_status(id, status, hendelse)`` any single step
- ``forsinkelse = N``  a send is stored (and accepted) at once, but answered only after N seconds
- ``avvis_neste(melding)``  the next send is refused with HTTP 400 (a permanent refusal)
- ``forsendelser``  what was stored: metadata JSON and the file parts

Use the ``svarut_fake`` fixture (registered in tests/conftest.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

SPEC = Path(__file__).parent / "specs" / "svarut" / "v2"
_ULOVLIG = re.compile(r'[*:"\\/<>|?]')


def _spec(navn: str) -> dict[str, Any]:
    return json.loads((SPEC / navn).read_text(encoding="utf-8"))


def _validator(dokument: dict[str, Any], skjema: str) -> jsonschema.Draft7Validator:
    """A validator for ``#/components/schemas/<skjema>`` that resolves refs inside the same file."""
    rot = {"components": dokument["components"], "$ref": f"#/components/schemas/{skjema}"}
    return jsonschema.Draft7Validator(rot)


def _svarskjema(dokument: dict[str, Any], sti: str, metode: str) -> jsonschema.Draft7Validator:
    ref = dokument["paths"][sti][metode]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return _validator(dokument, ref.rsplit("/", 1)[1])


@dataclass
class LagretForsendelse:
    id: str
    metadata: dict[str, Any]
    filer: list[tuple[str, str, bytes]]  # (filename, content type, bytes)
    status: str = "MOTTATT"
    endret: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    hendelser: list[tuple[dt.datetime, str]] = field(default_factory=list)


class SvarUtFake:
    def __init__(self, server: HTTPServer, *, konto_id: str | None = None, passord: str = "hemmelig") -> None:
        self.server = server
        self.konto_id = konto_id or str(uuid.uuid4())
        self.passord = passord
        self.forsendelser: dict[str, LagretForsendelse] = {}
        self.forsinkelse = 0.0
        self.ugyldige: list[str] = []  # every schema complaint about a request we received
        self.kall: list[tuple[str, str]] = []
        self._avvis: str | None = None
        self._laas = threading.Lock()
        send = _spec("forsendelse-send-api-v2.json")
        status = _spec("forsendelse-status-api-v2.json")
        ekstern = _spec("forsendelse-eksternref-api-v2.json")
        hendelser = _spec("forsendelse-hendelser-api-v2.json")
        self._forsendelse_skjema = _validator(send, "Forsendelse")
        self._send_svar = _svarskjema(send, "/v2/kontoer/{kontoId}/forsendelser", "post")
        self._statussok_skjema = _validator(status, "StatusSok")
        self._status_svar = _svarskjema(status, "/v2/kontoer/{kontoId}/forsendelser/status-sok", "post")
        self._ekstern_svar = _svarskjema(ekstern, "/v2/kontoer/{kontoId}/forsendelser", "get")
        self._hendelser_svar = _svarskjema(hendelser, "/v2/forsendelser/{forsendelseId}/hendelser", "get")
        self._feil_skjema = _validator(send, "ErrorMessage")
        konto = re.escape(self.konto_id)
        server.expect_request(
            re.compile(rf"^/v2/kontoer/{konto}/forsendelser$"), method="POST"
        ).respond_with_handler(self._send)
        server.expect_request(
            re.compile(rf"^/v2/kontoer/{konto}/forsendelser$"), method="GET"
        ).respond_with_handler(self._finn)
        server.expect_request(
            re.compile(rf"^/v2/kontoer/{konto}/forsendelser/status-sok$"), method="POST"
        ).respond_with_handler(self._status)
        server.expect_request(
            re.compile(r"^/v2/forsendelser/[^/]+/hendelser$"), method="GET"
        ).respond_with_handler(self._hendelser)

    @property
    def url(self) -> str:
        return self.server.url_for("/").rstrip("/")

    # -- what a test drives -----------------------------------------------------------------------

    def avvis_neste(self, melding: str = "Mottaker har ugyldig fødselsnummer") -> None:
        self._avvis = melding

    def sett_status(self, forsendelse_id: str, status: str, hendelse: str) -> None:
        with self._laas:
            f = self.forsendelser[forsendelse_id]
            f.status = status
            f.endret = dt.datetime.now(dt.UTC)
            f.hendelser.append((f.endret, hendelse))

    def les(self, forsendelse_id: str) -> None:
        self.sett_status(forsendelse_id, "AKSEPTERT", "Akseptert for ekspedering")
        self.sett_status(forsendelse_id, "VARSLET", "Varsel sendt til mottaker")
        self.sett_status(forsendelse_id, "LEST", "Lest av mottaker")

    def skriv_ut(self, forsendelse_id: str) -> None:
        self.sett_status(forsendelse_id, "AKSEPTERT", "Akseptert for ekspedering")
        self.sett_status(forsendelse_id, "SENDT_PRINT", "Sendt til print")
        self.sett_status(forsendelse_id, "PRINTET", "Printet og sendt i posten")

    # -- the endpoints ----------------------------------------------------------------------------

    def _innlogget(self, request: Request) -> bool:
        hode = request.headers.get("Authorization", "")
        if not hode.startswith("Basic "):
            return False
        bruker, _, passord = base64.b64decode(hode[6:]).decode("utf-8").partition(":")
        return bruker == self.konto_id and passord == self.passord

    def _svar(self, data: dict[str, Any], validator: jsonschema.Draft7Validator, kode: int = 200) -> Response:
        validator.validate(data)
        return Response(json.dumps(data, ensure_ascii=False), status=kode, content_type="application/json")

    def _feil(self, request: Request, kode: int, melding: str) -> Response:
        data = {
            "timestamp": int(time.time() * 1000),
            "status": kode,
            "error": {400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}.get(kode, "Error"),
            "errorId": str(uuid.uuid4()),
            "path": request.path,
            "message": melding,
            "errorCode": "VALIDERINGSFEIL" if kode == 400 else "FEIL",
        }
        return self._svar(data, self._feil_skjema, kode)

    def _send(self, request: Request) -> Response:
        self.kall.append(("send", request.path))
        if not self._innlogget(request):
            return self._feil(request, 401, "Ugyldig brukernavn eller passord")
        if not request.content_type or not request.content_type.startswith("multipart/form-data"):
            return self._ugyldig(request, f"forventet multipart/form-data, fikk {request.content_type}")
        tekst = request.form.get("forsendelse")
        if tekst is None and "forsendelse" in request.files:
            tekst = request.files["forsendelse"].read().decode("utf-8")
        if tekst is None:
            return self._ugyldig(request, "mangler multipart-delen 'forsendelse'")
        metadata = json.loads(tekst)
        klager = [
            f"{'/'.join(map(str, e.path))}: {e.message}"
            for e in self._forsendelse_skjema.iter_errors(metadata)
        ]
        filer = [
            (fil.filename or "", fil.content_type or "", fil.read()) for fil in request.files.getlist("filer")
        ]
        dokumenter = metadata.get("dokumenter") or []
        navn = [d.get("filnavn") for d in dokumenter]
        if [f[0] for f in filer] != navn:
            klager.append(f"fildelene {[f[0] for f in filer]} stemmer ikke med dokumenter {navn}")
        if len({str(n).casefold() for n in navn}) != len(navn):
            klager.append("filnavn er ikke unike")
        klager += [f"ulovlig tegn i filnavn {n!r}" for n in navn if _ULOVLIG.search(str(n))]
        mottaker = metadata.get("mottaker") or {}
        if not metadata.get("kunDigitalLevering") and not (
            mottaker.get("poststed") and mottaker.get("postnummer")
        ):
            klager.append("postnummer og poststed er påkrevd når forsendelsen ikke er kun digital")
        if metadata.get("kunDigitalLevering") and not mottaker.get("digitalId"):
            klager.append("digitalId er påkrevd ved kun digital levering")
        if metadata.get("krevNiva4Innlogging") and not metadata.get("kryptert"):
            klager.append("nivå 4 krever krypterte dokumenter")
        if klager:
            return self._ugyldig(request, "; ".join(klager))
        if self._avvis is not None:
            melding, self._avvis = self._avvis, None
            return self._feil(request, 400, melding)
        forsendelse_id = str(uuid.uuid4())
        with self._laas:
            lagret = LagretForsendelse(forsendelse_id, metadata, filer)
            lagret.hendelser.append((lagret.endret, "Mottatt"))
            self.forsendelser[forsendelse_id] = lagret
        if self.forsinkelse:
            time.sleep(self.forsinkelse)
        return self._svar({"id": forsendelse_id}, self._send_svar)

    def _ugyldig(self, request: Request, klage: str) -> Response:
        self.ugyldige.append(klage)
        return self._feil(request, 400, klage)

    def _finn(self, request: Request) -> Response:
        self.kall.append(("finn", request.full_path))
        if not self._innlogget(request):
            return self._feil(request, 401, "Ugyldig brukernavn eller passord")
        ref = request.args.get("eksternRef")
        if ref is None:
            return self._ugyldig(request, "eksternRef er påkrevd")
        with self._laas:
            ids = [f.id for f in self.forsendelser.values() if f.metadata.get("eksternReferanse") == ref]
        return self._svar({"forsendelseIds": ids}, self._ekstern_svar)

    def _status(self, request: Request) -> Response:
        self.kall.append(("status", request.path))
        if not self._innlogget(request):
            return self._feil(request, 401, "Ugyldig brukernavn eller passord")
        sok = json.loads(request.get_data(as_text=True) or "{}")
        klager = [e.message for e in self._statussok_skjema.iter_errors(sok)]
        if klager:
            return self._ugyldig(request, "; ".join(klager))
        with self._laas:
            statuser = [
                {"id": f.id, "sisteStatusEndring": f.endret.isoformat(), "status": f.status}
                for i in sok["forsendelseIds"]
                if (f := self.forsendelser.get(i)) is not None
            ]
        return self._svar({"statuser": statuser}, self._status_svar)

    def _hendelser(self, request: Request) -> Response:
        self.kall.append(("hendelser", request.path))
        if not self._innlogget(request):
            return self._feil(request, 401, "Ugyldig brukernavn eller passord")
        forsendelse_id = request.path.split("/")[3]
        with self._laas:
            f = self.forsendelser.get(forsendelse_id)
            if f is None:
                return self._feil(request, 404, f"Fant ikke forsendelse {forsendelse_id}")
            hendelser = [{"tidspunkt": t.isoformat(), "hendelse": h} for t, h in f.hendelser]
        return self._svar({"hendelser": hendelser}, self._hendelser_svar)


@pytest.fixture
def svarut_fake():
    """A running fake SvarUt; ``.url``, ``.konto_id`` and ``.passord`` log a client in."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield SvarUtFake(server)
    finally:
        server.clear()
        server.stop()
