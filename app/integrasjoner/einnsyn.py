"""eInnsyn's API (OpenAPI in shared/specs/einnsyn): upsert saksmapper and journalposter by externalId.

Every object we send carries an ``externalId`` of our own making; before creating anything the
client asks for that externalId (``GET /{ressurs}?externalIds=``) and updates (PATCH) what is
there, so a retry after a lost answer, or a post sent again after a change, never makes a second
copy. A withdrawal is a DELETE of the object found by its externalId. The key goes in the
``API-KEY`` header. Server trouble (5xx, no answer) is :class:`Midlertidig` (try again later);
a refusal (4xx) is :class:`Avvist` with eInnsyn's own message.

Documents: the OpenAPI has no upload route. A journalpost's ``dokumentbeskrivelse`` is created
under it (``POST /journalpost/{id}/dokumentbeskrivelse``) and its file is a ``dokumentobjekt``
(``POST /dokumentbeskrivelse/{id}/dokumentobjekt``) whose ``referanseDokumentfil`` (a URI) carries
the file itself as an RFC 2397 ``data:`` URI, with ``sjekksum``/``sjekksumAlgoritme`` (SHA-256) so
eInnsyn can check what arrived. Both are found by externalId first; a file whose checksum eInnsyn
already has is never sent again, so a retry after a lost answer sends no byte twice.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # httpx loads on first use: the window imports this before its first paint
    import httpx

from app.domain.feil import SaksbordFeil

TIDSFRIST_S = 20.0

JOURNALPOSTTYPE = {
    "I": "inngaaende_dokument",
    "U": "utgaaende_dokument",
    "N": "organinternt_dokument_for_oppfoelging",
    "X": "organinternt_dokument_uten_oppfoelging",
    "S": "saksframlegg",
}


class EinnsynFeil(SaksbordFeil):
    """eInnsyn did not take what was sent."""


class Midlertidig(EinnsynFeil):
    """No answer or a server error: the same call may succeed later."""


class Avvist(EinnsynFeil):
    """eInnsyn refused the request (validation, authorisation): it must be fixed first."""


@dataclass(frozen=True)
class DokumentUt:
    """One public document: its dokumentbeskrivelse and, when it has an arkivformat, its file."""

    beskrivelse: dict[str, Any]
    """externalId, tittel, tittelSensitiv, dokumentnummer, tilknyttetRegistreringSom."""
    fil_ekstern_id: str
    sjekksum: str | None
    """SHA-256 (hex) of the PDF/A file; None while the document has no arkivformat yet."""
    filnavn: str = ""


def data_uri(data: bytes, mimetype: str = "application/pdf") -> str:
    return f"data:{mimetype};base64,{base64.b64encode(data).decode('ascii')}"


class EInnsyn:
    def __init__(self, base: str, api_noekkel: str, *, transport: httpx.BaseTransport | None = None) -> None:
        import httpx

        self.base = base.rstrip("/")
        self._klient = httpx.Client(
            base_url=self.base,
            timeout=TIDSFRIST_S,
            transport=transport,
            headers={"API-KEY": api_noekkel, "Accept": "application/json"},
        )

    def lukk(self) -> None:
        self._klient.close()

    def __enter__(self) -> EInnsyn:
        return self

    def __exit__(self, *_: object) -> None:
        self.lukk()

    def _kall(self, metode: str, sti: str, *, borte_ok: bool = False, **kw: Any) -> Any:
        """One request; ``borte_ok`` takes a 404 as done (a delete repeated after a lost answer)."""
        import httpx

        try:
            svar = self._klient.request(metode, sti, **kw)
        except httpx.HTTPError as e:
            raise Midlertidig(f"eInnsyn svarer ikke ({type(e).__name__})") from e
        if svar.status_code >= 500:
            raise Midlertidig(f"eInnsyn svarte med feil {svar.status_code}{_melding(svar)}")
        if svar.status_code == 404 and borte_ok:
            return None
        if svar.status_code >= 400:
            raise Avvist(f"eInnsyn avviste {metode} {sti} ({svar.status_code}){_melding(svar)}")
        return svar.json() if svar.content else None

    def finn(self, ressurs: str, ekstern_id: str) -> dict[str, Any] | None:
        """The object with this externalId, or None."""
        svar = self._kall("GET", f"/{ressurs}", params={"externalIds": ekstern_id})
        for item in (svar or {}).get("items", []):
            if isinstance(item, dict) and item.get("externalId") == ekstern_id:
                return item
        return None

    def sikre_arkivdel(self, *, ekstern_id: str, tittel: str) -> str:
        """Our arkiv and arkivdel in eInnsyn (made once, found by externalId after); returns the arkivdel id."""
        funnet = self.finn("arkivdel", ekstern_id + "/arkivdel")
        if funnet:
            return funnet["id"]
        arkiv = self.finn("arkiv", ekstern_id) or self._kall(
            "POST", "/arkiv", json={"externalId": ekstern_id, "tittel": tittel}
        )
        ny = self._kall(
            "POST",
            f"/arkiv/{arkiv['id']}/arkivdel",
            json={"externalId": ekstern_id + "/arkivdel", "tittel": tittel},
        )
        return ny["id"]

    def lagre_saksmappe(self, arkivdel_id: str, saksmappe: dict[str, Any]) -> str:
        """Create or update the saksmappe with ``saksmappe["externalId"]``; returns its id."""
        funnet = self.finn("saksmappe", saksmappe["externalId"])
        if funnet:
            self._kall("PATCH", f"/saksmappe/{funnet['id']}", json=saksmappe)
            return funnet["id"]
        return self._kall("POST", f"/arkivdel/{arkivdel_id}/saksmappe", json=saksmappe)["id"]

    def lagre_journalpost(self, saksmappe_id: str, journalpost: dict[str, Any]) -> tuple[str, bool]:
        """Create or update the journalpost by externalId; returns its id and whether it was new."""
        funnet = self.finn("journalpost", journalpost["externalId"])
        if funnet:
            self._kall("PATCH", f"/journalpost/{funnet['id']}", json=journalpost)
            return funnet["id"], False
        return self._kall("POST", f"/saksmappe/{saksmappe_id}/journalpost", json=journalpost)["id"], True

    def _dokumentbeskrivelser(self, journalpost_id: str) -> list[dict[str, Any]]:
        svar = self._kall("GET", f"/journalpost/{journalpost_id}/dokumentbeskrivelse")
        return [i for i in (svar or {}).get("items", []) if isinstance(i, dict)]

    def lagre_dokumenter(
        self,
        journalpost_id: str,
        dokumenter: list[DokumentUt],
        hent_fil: Callable[[str], bytes],
        *,
        prefiks: str,
    ) -> int:
        """Make eInnsyn hold exactly ``dokumenter`` under the journalpost; returns the files sent.

        Each dokumentbeskrivelse and dokumentobjekt is upserted by externalId; a file goes only when
        eInnsyn lacks one with its checksum (``hent_fil(sjekksum)`` gives the bytes). Our own
        documents (externalId starting with ``prefiks``) that are no longer wanted are deleted.
        """
        sendt = 0
        onsket = set()
        for d in dokumenter:
            ekstern = d.beskrivelse["externalId"]
            onsket.add(ekstern)
            funnet = self.finn("dokumentbeskrivelse", ekstern)
            if funnet is None:
                db_id = self._kall("POST", f"/journalpost/{journalpost_id}/dokumentbeskrivelse",
                                   json=d.beskrivelse)["id"]  # fmt: skip
            else:
                db_id = funnet["id"]
                endring = {k: v for k, v in d.beskrivelse.items() if funnet.get(k) != v}
                if endring:
                    self._kall("PATCH", f"/dokumentbeskrivelse/{db_id}", json=endring)
            objekt = self.finn("dokumentobjekt", d.fil_ekstern_id)
            if d.sjekksum is None:
                if objekt is not None:
                    self._kall("DELETE", f"/dokumentobjekt/{objekt['id']}", borte_ok=True)
                continue
            if objekt is not None and objekt.get("sjekksum") == d.sjekksum:
                continue
            fil = {
                "referanseDokumentfil": data_uri(hent_fil(d.sjekksum)),
                "format": "PDF/A",
                "sjekksum": d.sjekksum,
                "sjekksumAlgoritme": "SHA-256",
            }
            if objekt is None:
                self._kall("POST", f"/dokumentbeskrivelse/{db_id}/dokumentobjekt",
                           json={"externalId": d.fil_ekstern_id, **fil})  # fmt: skip
            else:
                self._kall("PATCH", f"/dokumentobjekt/{objekt['id']}", json=fil)
            sendt += 1
        for gammel in self._dokumentbeskrivelser(journalpost_id):
            ekstern = gammel.get("externalId") or ""
            if ekstern.startswith(prefiks) and ekstern not in onsket:
                self._slett_dokumentbeskrivelse(gammel)
        return sendt

    def _slett_dokumentbeskrivelse(self, db: dict[str, Any]) -> None:
        for objekt in db.get("dokumentobjekt") or []:
            objekt_id = objekt if isinstance(objekt, str) else objekt.get("id")
            if objekt_id:
                self._kall("DELETE", f"/dokumentobjekt/{objekt_id}", borte_ok=True)
        self._kall("DELETE", f"/dokumentbeskrivelse/{db['id']}", borte_ok=True)

    def slett_journalpost(self, ekstern_id: str) -> bool:
        """Withdraw the journalpost with this externalId, its documents and files first; False if absent."""
        funnet = self.finn("journalpost", ekstern_id)
        if not funnet:
            return False
        for db in self._dokumentbeskrivelser(funnet["id"]):
            self._slett_dokumentbeskrivelse(db)
        self._kall("DELETE", f"/journalpost/{funnet['id']}", borte_ok=True)
        return True


def _melding(svar: httpx.Response) -> str:
    try:
        data = svar.json()
    except ValueError:
        return ""
    body = data.get("body", data) if isinstance(data, dict) else {}
    tekst = body.get("message") if isinstance(body, dict) else None
    return f": {tekst}" if tekst else ""
