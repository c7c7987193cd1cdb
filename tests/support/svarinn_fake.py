"""A fake KS Fiks SvarInn for a mottakersystem, on pytest-httpserver (no spec file exists in shared/specs).

It follows KS's public SvarInn API: ``GET /tjenester/svarinn/mottaker/hentNyeForsendelser`` lists
what is not yet kvittert (with ``filmetadata``, ``avsender``, ``metadataForImport``,
``downloadUrl``), ``GET /tjenester/svarinn/forsendelse/{id}`` gives the CMS-encrypted zip,
``POST /tjenester/svarinn/kvitterMottak/forsendelse/{id}`` and
``POST /tjenester/svarinn/mottakFeilet/forsendelse/{id}`` (JSON ``feilmelding``, ``permanent``)
close it; a non-permanent mottakFeilet offers it again, as SvarInn does. Every request needs the
mottakersystem's Basic login.

A test adds forsendelser with ``legg_til`` (real CMS: RSA PKCS#1 v1.5 through cryptography's own
PKCS#7 builder, RSA-OAEP/SHA-256 through ``app.integrasjoner.fiks.cms.krypter``, which tests/test_fiks_cms.py
checks against openssl), or with a payload of its own (``innhold=``) for one that cannot be
opened; ``mist_neste_kvittering()`` answers the next kvitterMottak with 503 (the receipt is lost).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import threading
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from app.integrasjoner.fiks.cms import krypter


@dataclass
class FakeForsendelse:
    id: str
    metadata: dict[str, Any]
    innhold: bytes
    status: str = "ny"  # ny | kvittert | feilet
    feilmeldinger: list[tuple[str, bool]] = field(default_factory=list)
    nedlastinger: int = 0


def krypter_pkcs1v15(data: bytes, sertifikat: x509.Certificate) -> bytes:
    """CMS EnvelopedData with RSA PKCS#1 v1.5 and AES-256-CBC, built by cryptography (not our code)."""
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(data)
        .add_recipient(sertifikat)
        .set_content_encryption_algorithm(pkcs7.algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


class SvarInnFake:
    def __init__(
        self, server: HTTPServer, *, brukernavn: str = "mottakersystem-1", passord: str = "hemmelig"
    ):
        self.server = server
        self.brukernavn = brukernavn
        self.passord = passord
        self.forsendelser: dict[str, FakeForsendelse] = {}
        self.kvitteringer: list[str] = []
        self._mist = 0
        self._laas = threading.Lock()
        server.expect_request(
            "/tjenester/svarinn/mottaker/hentNyeForsendelser", method="GET"
        ).respond_with_handler(self._nye)
        import re

        server.expect_request(
            re.compile(r"^/tjenester/svarinn/forsendelse/[^/]+$"), method="GET"
        ).respond_with_handler(self._last_ned)
        server.expect_request(
            re.compile(r"^/tjenester/svarinn/kvitterMottak/forsendelse/[^/]+$"), method="POST"
        ).respond_with_handler(self._kvitter)
        server.expect_request(
            re.compile(r"^/tjenester/svarinn/mottakFeilet/forsendelse/[^/]+$"), method="POST"
        ).respond_with_handler(self._feilet)

    @property
    def url(self) -> str:
        return self.server.url_for("/").rstrip("/")

    # -- what a test drives ------------------------------------------------------------------------

    def legg_til(
        self,
        tittel: str,
        dokumenter: list[tuple[str, str, bytes]],
        *,
        sertifikat: x509.Certificate | None = None,
        oaep: bool = False,
        innhold: bytes | None = None,
        avsender: dict[str, str] | None = None,
        saksnummer: tuple[int, int] | None = None,
    ) -> str:
        """Offer a forsendelse; the documents zipped and encrypted to ``sertifikat`` unless ``innhold``."""
        fid = str(uuid.uuid4())
        if innhold is None:
            assert sertifikat is not None
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for navn, _mime, data in dokumenter:
                    z.writestr(navn, data)
            zip_ = buf.getvalue()
            if oaep:
                innhold = krypter(zip_, sertifikat.public_bytes(serialization.Encoding.PEM), oaep=True)
            else:
                innhold = krypter_pkcs1v15(zip_, sertifikat)
        imp: dict[str, Any] = {"journalposttype": "I", "tittel": tittel, "dokumentetsDato": 1764633600000}
        if saksnummer:
            imp.update(saksaar=saksnummer[0], sakssekvensnummer=saksnummer[1])
        metadata = {
            "id": fid,
            "tittel": tittel,
            "date": int(time.time() * 1000),
            "avsender": avsender
            or {
                "navn": "Statsforvalteren i Innlandet",
                "adresse1": "Postboks 987",
                "adresse2": "",
                "adresse3": "",
                "postnr": "2626",
                "poststed": "LILLEHAMMER",
            },
            "mottaker": {"navn": "Kongsvinger kommune", "orgnr": "944117784"},
            "svarSendesTil": None,
            "svarPaForsendelse": None,
            "forsendelseType": None,
            "eksternRef": f"SF-{fid[:8]}",
            "downloadUrl": self.server.url_for(f"/tjenester/svarinn/forsendelse/{fid}"),
            "downloadSize": len(innhold),
            "niva": "3",
            "filmetadata": [
                {
                    "filnavn": navn,
                    "mimetype": mime,
                    "sha256hash": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                }
                for navn, mime, data in dokumenter
            ],
            "metadataForImport": imp,
            "metadataFraAvleverendeSystem": {"tittel": tittel, "saksBehandler": "Ola Saksbehandler"},
        }
        self.forsendelser[fid] = FakeForsendelse(fid, metadata, innhold)
        return fid

    def mist_neste_kvittering(self) -> None:
        self._mist += 1

    # -- the endpoints ----------------------------------------------------------------------------

    def _innlogget(self, request: Request) -> bool:
        hode = request.headers.get("Authorization", "")
        if not hode.startswith("Basic "):
            return False
        bruker, _, passord = base64.b64decode(hode[6:]).decode().partition(":")
        return (bruker, passord) == (self.brukernavn, self.passord)

    @staticmethod
    def _json(data: Any, kode: int = 200) -> Response:
        return Response(json.dumps(data, ensure_ascii=False), status=kode, content_type="application/json")

    def _nekt(self) -> Response:
        return self._json({"status": 401, "message": "Ugyldig brukernavn eller passord"}, 401)

    def _finn(self, request: Request) -> FakeForsendelse | None:
        return self.forsendelser.get(request.path.rsplit("/", 1)[1])

    def _nye(self, request: Request) -> Response:
        if not self._innlogget(request):
            return self._nekt()
        with self._laas:
            return self._json([f.metadata for f in self.forsendelser.values() if f.status == "ny"])

    def _last_ned(self, request: Request) -> Response:
        if not self._innlogget(request):
            return self._nekt()
        f = self._finn(request)
        if f is None:
            return self._json({"status": 404, "message": "Fant ikke forsendelsen"}, 404)
        f.nedlastinger += 1
        return Response(f.innhold, content_type="application/pkcs7-mime")

    def _kvitter(self, request: Request) -> Response:
        if not self._innlogget(request):
            return self._nekt()
        f = self._finn(request)
        if f is None:
            return self._json({"status": 404, "message": "Fant ikke forsendelsen"}, 404)
        if self._mist:
            self._mist -= 1
            return self._json({"status": 503, "message": "Tjenesten er midlertidig utilgjengelig"}, 503)
        with self._laas:
            f.status = "kvittert"
            self.kvitteringer.append(f.id)
        return Response(status=200)

    def _feilet(self, request: Request) -> Response:
        if not self._innlogget(request):
            return self._nekt()
        f = self._finn(request)
        if f is None:
            return self._json({"status": 404, "message": "Fant ikke forsendelsen"}, 404)
        body = json.loads(request.get_data(as_text=True) or "null")
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("feilmelding"), str)
            or not isinstance(body.get("permanent"), bool)
        ):
            return self._json(
                {"status": 400, "message": "feilmelding (tekst) og permanent (boolsk) kreves"}, 400
            )
        with self._laas:
            f.feilmeldinger.append((body["feilmelding"], body["permanent"]))
            # Not permanent: SvarInn offers it again later; permanent: it leaves the mottaker's queue.
            f.status = "feilet" if body["permanent"] else "ny"
        return Response(status=200)


@pytest.fixture
def svarinn_fake():
    """A running fake SvarInn; ``.url``, ``.brukernavn`` and ``.passord`` log a client in."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield SvarInnFake(server)
    finally:
        server.clear()
        server.stop()
