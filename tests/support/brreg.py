"""A fake Enhetsregisteret on pytest-httpserver, answering in the open API's public JSON shape."""

from __future__ import annotations

import json

from werkzeug import Request, Response

BRREG = {
    "974760673": {
        "organisasjonsnummer": "974760673",
        "navn": "REGISTERENHETEN I BRØNNØYSUND",
        "organisasjonsform": {"kode": "ORGL", "beskrivelse": "Organisasjonsledd"},
        "postadresse": {
            "land": "Norge",
            "landkode": "NO",
            "postnummer": "8910",
            "poststed": "BRØNNØYSUND",
            "adresse": ["Postboks 900"],
            "kommune": "BRØNNØY",
            "kommunenummer": "1813",
        },
        "forretningsadresse": {
            "land": "Norge",
            "landkode": "NO",
            "postnummer": "8900",
            "poststed": "BRØNNØYSUND",
            "adresse": ["Havnegata 48"],
            "kommune": "BRØNNØY",
            "kommunenummer": "1813",
        },
        "registreringsdatoEnhetsregisteret": "1995-08-09",
    },
}


def _enhet(request: Request) -> Response:
    orgnr = request.path.rsplit("/", 1)[-1]
    if orgnr not in BRREG:
        body = {"timestamp": "2026-12-02T10:00:00.000+00:00", "status": 404, "error": "Not Found",
                "message": f"Ingen enhet med organisasjonsnummer {orgnr} ble funnet", "path": request.path}  # fmt: skip
        return Response(json.dumps(body), status=404, content_type="application/json")
    return Response(json.dumps(BRREG[orgnr]), content_type="application/json")


def _sok(request: Request) -> Response:
    navn = request.args.get("navn", "").upper()
    treff = [e for e in BRREG.values() if navn in e["navn"]]
    body: dict = {"page": {"size": 20, "totalElements": len(treff), "totalPages": 1, "number": 0}}
    if treff:
        body["_embedded"] = {"enheter": treff}
    return Response(json.dumps(body), content_type="application/json")


def brreg(httpserver) -> str:
    """Serve the fake on ``httpserver``; returns the API root to put in the setting."""
    import re

    httpserver.expect_request(re.compile(r"/enhetsregisteret/api/enheter/\w+")).respond_with_handler(_enhet)
    httpserver.expect_request("/enhetsregisteret/api/enheter").respond_with_handler(_sok)
    return httpserver.url_for("/enhetsregisteret/api")
