"""eInnsyn's API (OpenAPI in shared/specs/einnsyn): upsert saksmapper and journalposter by externalId.

Every object we send carries an ``externalId`` of our own making; before creating anything the
client asks for that externalId (``GET /{ressurs}?externalIds=``) and updates (PATCH) what is
there, so a retry after a lost answer, or a post sent again after a change, never makes a second
copy. A withdrawal is a DELETE of the object found by its externalId. The key goes in the
``API-KEY`` header. Server trouble (5xx, no answer) is :class:`Midlertidig` (try again later);
a refusal (4xx) is :class:`Avvist` with eInnsyn's own message.
"""

from __future__ import annotations

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

    def _kall(self, metode: str, sti: str, **kw: Any) -> Any:
        import httpx

        try:
            svar = self._klient.request(metode, sti, **kw)
        except httpx.HTTPError as e:
            raise Midlertidig(f"eInnsyn svarer ikke ({type(e).__name__})") from e
        if svar.status_code >= 500:
            raise Midlertidig(f"eInnsyn svarte med feil {svar.status_code}{_melding(svar)}")
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

    def slett_journalpost(self, ekstern_id: str) -> bool:
        """Withdraw the journalpost with this externalId; False if eInnsyn does not have it."""
        funnet = self.finn("journalpost", ekstern_id)
        if not funnet:
            return False
        self._kall("DELETE", f"/journalpost/{funnet['id']}")
        return True


def _melding(svar: httpx.Response) -> str:
    try:
        data = svar.json()
    except ValueError:
        return ""
    body = data.get("body", data) if isinstance(data, dict) else {}
    tekst = body.get("message") if isinstance(body, dict) else None
    return f": {tekst}" if tekst else ""
