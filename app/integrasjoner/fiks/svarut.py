"""A client for KS Fiks SvarUt's forsendelse REST API, version 2 (shared/specs/svarut/v2).

Why v2 and not v3: the v3 descriptions say of themselves "UNDER UTVIKLING, det vil fortsatt komme
endringer", and v3 has only send and status; the lookup by ekstern referanse that makes a retry
safe (``forsendelse-eksternref-api-v2``) exists only in v2. So every call here is v2:

- ``send``   POST ``/v2/kontoer/{kontoId}/forsendelser`` (operationId ``send``), answer
             ``SendForsendelseResponse {id}``
- ``finn``   GET  ``/v2/kontoer/{kontoId}/forsendelser?eksternRef=…``
             (``finnForsendelserKnyttetTilEksternRef``), answer ``{forsendelseIds: [...]}``
- ``status`` POST ``/v2/kontoer/{kontoId}/forsendelser/status-sok`` with ``{forsendelseIds: [id]}``
             (``hentStatuser``), plus GET ``/v2/forsendelser/{id}/hendelser`` (``hentHendelser``)
             for the latest event's text as the detail.

The send body: the v2 file declares no requestBody; v3 documents it as ``multipart/form-data``
with a part ``forsendelse`` (the JSON metadata, schema ``Forsendelse``) and one part per document,
in the order of ``forsendelse.dokumenter`` and matched by its ``filename``. We send exactly that,
with the v2 ``Forsendelse`` schema as JSON and the document parts named ``filer`` (v3 says the
part name is ignored). Filenames are made unique and stripped of ``* : " \\ / < > | ?`` as the
schema demands.

Authentication: v2 declares no scheme; SvarUt's forsendelse accounts log in with HTTP Basic,
``brukernavn`` being the account (konto) id and ``passord`` its password. The account id is also the
``kontoId`` path parameter unless ``konto_id`` is given. The credentials come from the keyring;
they are never stored by this module.

The API is not idempotent and a send can take minutes. A timeout after the request was written
raises ``SvarUtTidsavbrudd``: the server may have stored the forsendelse. The caller writes its
dispatch record before sending, sends the record's id as ``ekstern_referanse``, and after any
non-permanent ``SvarUtFeil`` calls ``finn(ekstern_referanse)`` before sending again, so a retry
never sends twice.

Interface (agreed with the ekspedering service):
  ``SvarUtDokument(filnavn, mimetype, innhold)``,
  ``SvarUtMottaker(navn, adresse, postnummer, poststed, fodselsnummer=None, organisasjonsnummer=None)``,
  ``SvarUtForsendelse(tittel, mottaker, dokumenter, ekstern_referanse, krever_niva4=False,
  skriv_ut_som_fallback=True)``; ``SvarUtKlient(url, brukernavn, passord, tidsavbrudd=120.0,
  *, konto_id=None, svarut_sertifikat=None)`` with ``send(f) -> str``, ``finn(ref) -> list[str]``,
  ``status(id) -> SvarUtStatus(forsendelse_id, status, tidspunkt, detalj)``; errors ``SvarUtFeil``
  (``.permanent``: sending the same again will not help) and ``SvarUtTidsavbrudd``.

"Krever nivå 4" sets ``krevNiva4Innlogging`` and, as the schema demands, encrypts every document
with CMS to SvarUt's public certificate (``svarut_sertifikat``, PEM or DER) and sets ``kryptert``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.domain.feil import SaksbordFeil

#: Every status ``ForsendelseStatus.status`` may have (v2; v3 adds a few, accepted as text too).
STATUSER = (
    "MOTTATT",
    "AKSEPTERT",
    "AVVIST",
    "VARSLET",
    "LEST",
    "SENDT_PRINT",
    "PRINTET",
    "MANUELT_HANDTERT",
    "SENDT_DIGITALT",
    "SENDT_SDP",
    "LEVERT_SDP",
    "KLAR_FOR_MOTTAK",
    "IKKE_LEVERT",
)
#: Statuses after which nothing more happens to the forsendelse (polling may stop).
ENDELIGE = frozenset({"LEST", "PRINTET", "MANUELT_HANDTERT", "IKKE_LEVERT", "AVVIST", "LEVERT_SDP"})
#: Statuses that mean the letter did not reach the mottaker.
MISLYKTE = frozenset({"AVVIST", "IKKE_LEVERT"})

AVGIVENDE_SYSTEM = "Saksbord"
_ULOVLIG_I_FILNAVN = re.compile(r'[*:"\\/<>|?\x00-\x1f]')
_MAKS_FILNAVN = 226
_MAKS_TITTEL = 1000
_MAKS_REFERANSE = 100


class SvarUtFeil(SaksbordFeil):
    """SvarUt refused or could not be reached; ``permanent`` says whether the same send may succeed later."""

    def __init__(self, melding: str, permanent: bool) -> None:
        super().__init__(melding)
        self.permanent = permanent


class SvarUtTidsavbrudd(SvarUtFeil):
    """No answer in time: SvarUt may have accepted the forsendelse, so look it up before sending again."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding, permanent=False)


@dataclass(frozen=True)
class SvarUtDokument:
    filnavn: str
    mimetype: str
    innhold: bytes = field(repr=False)


@dataclass(frozen=True)
class SvarUtMottaker:
    navn: str
    adresse: str
    postnummer: str
    poststed: str
    fodselsnummer: str | None = None
    organisasjonsnummer: str | None = None

    @property
    def digital_id(self) -> str | None:
        return self.fodselsnummer or self.organisasjonsnummer


@dataclass(frozen=True)
class SvarUtForsendelse:
    tittel: str
    mottaker: SvarUtMottaker
    dokumenter: Sequence[SvarUtDokument]
    ekstern_referanse: str
    krever_niva4: bool = False
    skriv_ut_som_fallback: bool = True


@dataclass(frozen=True)
class SvarUtStatus:
    """One forsendelse's status as SvarUt names it, when it last changed, and the latest event's text."""

    forsendelse_id: str
    status: str
    tidspunkt: dt.datetime | None
    detalj: str = ""

    @property
    def endelig(self) -> bool:
        return self.status in ENDELIGE

    @property
    def mislykket(self) -> bool:
        return self.status in MISLYKTE


def trygge_filnavn(navn: Sequence[str]) -> list[str]:
    """The file names as the schema allows them: no ``* : " \\ / < > | ?``, at most 226 long, unique."""
    brukt: set[str] = set()
    ut: list[str] = []
    for opprinnelig in navn:
        rent = _ULOVLIG_I_FILNAVN.sub("_", opprinnelig).strip() or "dokument"
        stamme, punkt, endelse = rent.rpartition(".")
        if not punkt:
            stamme, endelse = rent, ""
        kandidat, n = rent, 1
        while kandidat.casefold() in brukt or len(kandidat) > _MAKS_FILNAVN:
            n += 1
            hale = f" ({n})" + (f".{endelse}" if endelse else "")
            kandidat = stamme[: _MAKS_FILNAVN - len(hale)] + hale
        brukt.add(kandidat.casefold())
        ut.append(kandidat)
    return ut


def forsendelse_json(
    f: SvarUtForsendelse, filnavn: Sequence[str], *, kryptert: bool = False
) -> dict[str, Any]:
    """The ``Forsendelse`` object of the v2 schema for ``f`` (refuses what SvarUt would refuse)."""
    m = f.mottaker
    problemer: list[str] = []
    if not f.tittel.strip():
        problemer.append("forsendelsen mangler tittel")
    if not m.navn.strip():
        problemer.append("mottakeren mangler navn")
    if not f.dokumenter:
        problemer.append("forsendelsen har ingen dokumenter")
    if not f.ekstern_referanse or len(f.ekstern_referanse) > _MAKS_REFERANSE:
        problemer.append(f"ekstern referanse må ha 1–{_MAKS_REFERANSE} tegn")
    if f.skriv_ut_som_fallback:
        if not (m.adresse.strip() and m.poststed.strip()):
            problemer.append(
                f"{m.navn or 'mottakeren'} mangler postadresse, som trengs når brevet kan skrives ut"
            )
        ikke_pdf = [d.filnavn for d in f.dokumenter if d.mimetype != "application/pdf"]
        if ikke_pdf and len(ikke_pdf) == len(f.dokumenter):
            problemer.append("ingen av dokumentene er PDF, så brevet kan ikke skrives ut")
    elif not m.digital_id:
        problemer.append(
            f"{m.navn or 'mottakeren'} mangler fødselsnummer eller organisasjonsnummer for digital levering"
        )
    if problemer:
        raise SvarUtFeil(
            "Forsendelsen kan ikke sendes med SvarUt: " + "; ".join(problemer) + ".", permanent=True
        )

    linjer = [linje.strip() for linje in m.adresse.splitlines() if linje.strip()]
    if len(linjer) > 3:
        linjer = [*linjer[:2], ", ".join(linjer[2:])]
    adresse: dict[str, Any] = {"navn": m.navn}
    if m.digital_id:
        adresse["digitalId"] = m.digital_id
    for i, linje in enumerate(linjer, start=1):
        adresse[f"adresselinje{i}"] = linje
    if m.postnummer.strip():
        adresse["postnummer"] = m.postnummer.strip()
    if m.poststed.strip():
        adresse["poststed"] = m.poststed.strip()
    dokumenter = []
    for d, navn in zip(f.dokumenter, filnavn, strict=True):
        dok: dict[str, Any] = {"filnavn": navn, "mimeType": d.mimetype}
        if f.skriv_ut_som_fallback and d.mimetype != "application/pdf":
            dok["skalEkskluderesFraUtskrift"] = True
        dokumenter.append(dok)
    return {
        "tittel": f.tittel[:_MAKS_TITTEL],
        "mottaker": adresse,
        "avgivendeSystem": AVGIVENDE_SYSTEM,
        "kunDigitalLevering": not f.skriv_ut_som_fallback,
        "krevNiva4Innlogging": f.krever_niva4,
        "kryptert": kryptert,
        "dokumenter": dokumenter,
        "eksternReferanse": f.ekstern_referanse,
    }


class SvarUtKlient:
    """SvarUt forsendelse API v2 for one account; every call is one HTTP request (two for ``status``)."""

    def __init__(
        self,
        url: str,
        brukernavn: str,
        passord: str,
        tidsavbrudd: float = 120.0,
        *,
        konto_id: str | None = None,
        svarut_sertifikat: bytes | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url.strip():
            raise SvarUtFeil("SvarUt-adressen (svarut.url) er ikke satt.", permanent=True)
        if not brukernavn or not passord:
            raise SvarUtFeil(
                "SvarUt-kontoen mangler brukernavn eller passord (i nøkkelringen).", permanent=True
            )
        self.url = url.rstrip("/")
        self.konto_id = konto_id or brukernavn
        self.tidsavbrudd = tidsavbrudd
        self._sertifikat = svarut_sertifikat
        self._http = httpx.Client(
            base_url=self.url,
            auth=(brukernavn, passord),
            timeout=httpx.Timeout(tidsavbrudd),
            headers={"Accept": "application/json"},
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SvarUtKlient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- the three calls ---------------------------------------------------------------------------

    def send(self, f: SvarUtForsendelse) -> str:
        """Send ``f``; the forsendelse id SvarUt gave it. On any non-permanent error call ``finn`` first."""
        filnavn = trygge_filnavn([d.filnavn for d in f.dokumenter])
        innhold = [d.innhold for d in f.dokumenter]
        kryptert = False
        if f.krever_niva4:
            if not self._sertifikat:
                raise SvarUtFeil(
                    "Nivå 4-innlogging krever at dokumentene krypteres med SvarUts sertifikat, "
                    "og sertifikatet (svarut.sertifikat) er ikke satt.",
                    permanent=True,
                )
            from app.integrasjoner.fiks.cms import krypter

            innhold = [krypter(data, self._sertifikat) for data in innhold]
            kryptert = True
        metadata = forsendelse_json(f, filnavn, kryptert=kryptert)
        deler: list[tuple[str, tuple[str | None, bytes, str]]] = [
            (
                "forsendelse",
                (None, json.dumps(metadata, ensure_ascii=False).encode("utf-8"), "application/json"),
            )
        ]
        for navn, data, dok in zip(filnavn, innhold, f.dokumenter, strict=True):
            deler.append(("filer", (navn, data, "application/octet-stream" if kryptert else dok.mimetype)))
        svar = self._kall(
            "POST", f"/v2/kontoer/{self.konto_id}/forsendelser", files=deler, hva="sende forsendelsen"
        )
        forsendelse_id = self._json(svar).get("id")
        if not isinstance(forsendelse_id, str) or not forsendelse_id:
            raise SvarUtFeil(
                "SvarUt svarte uten forsendelse-id; slå opp på ekstern referanse.", permanent=False
            )
        return forsendelse_id

    def finn(self, ekstern_referanse: str) -> list[str]:
        """The ids of the forsendelser already sent from this account with ``ekstern_referanse``."""
        svar = self._kall(
            "GET",
            f"/v2/kontoer/{self.konto_id}/forsendelser",
            params={"eksternRef": ekstern_referanse},
            hva="slå opp forsendelser på ekstern referanse",
        )
        ids = self._json(svar).get("forsendelseIds")
        if not isinstance(ids, list):
            raise SvarUtFeil("SvarUt svarte ikke med en liste av forsendelser.", permanent=False)
        return [str(i) for i in ids]

    def status(self, forsendelse_id: str) -> SvarUtStatus:
        """The forsendelse's current status, when it changed, and the text of its latest event."""
        svar = self._kall(
            "POST",
            f"/v2/kontoer/{self.konto_id}/forsendelser/status-sok",
            json={"forsendelseIds": [forsendelse_id]},
            hva="hente status",
        )
        statuser = self._json(svar).get("statuser") or []
        treff = [s for s in statuser if isinstance(s, dict) and s.get("id") == forsendelse_id]
        if not treff:
            raise SvarUtFeil(f"SvarUt kjenner ikke forsendelse {forsendelse_id}.", permanent=True)
        s = treff[0]
        return SvarUtStatus(
            forsendelse_id=forsendelse_id,
            status=str(s.get("status") or ""),
            tidspunkt=_tidspunkt(s.get("sisteStatusEndring")),
            detalj=self._siste_hendelse(forsendelse_id),
        )

    # -- plumbing ----------------------------------------------------------------------------------

    def _siste_hendelse(self, forsendelse_id: str) -> str:
        svar = self._kall("GET", f"/v2/forsendelser/{forsendelse_id}/hendelser", hva="hente hendelser")
        hendelser = [h for h in self._json(svar).get("hendelser") or [] if isinstance(h, dict)]
        if not hendelser:
            return ""
        # The newest by time; on equal times the one SvarUt lists last (a stable sort keeps its order).
        ordnet = sorted(
            hendelser, key=lambda h: _tidspunkt(h.get("tidspunkt")) or dt.datetime.min.replace(tzinfo=dt.UTC)
        )
        return str(ordnet[-1].get("hendelse") or "")

    def _kall(self, metode: str, sti: str, *, hva: str, **kw: Any) -> httpx.Response:
        try:
            svar = self._http.request(metode, sti, **kw)
        except httpx.TimeoutException as e:
            raise SvarUtTidsavbrudd(
                f"SvarUt svarte ikke innen {self.tidsavbrudd:g} sekunder da vi skulle {hva}. "
                "Forsendelsen kan likevel være mottatt; den slås opp på ekstern referanse før den sendes på nytt."
            ) from e
        except httpx.TransportError as e:
            raise SvarUtFeil(
                f"Fikk ikke kontakt med SvarUt ({self.url}) for å {hva}: {e}", permanent=False
            ) from e
        if svar.status_code < 300:
            return svar
        raise _feil_fra_svar(svar, hva)

    @staticmethod
    def _json(svar: httpx.Response) -> dict[str, Any]:
        try:
            data = svar.json()
        except ValueError as e:
            raise SvarUtFeil("SvarUt svarte med noe som ikke er JSON.", permanent=False) from e
        if not isinstance(data, dict):
            raise SvarUtFeil("SvarUt svarte med et uventet JSON-svar.", permanent=False)
        return data


def _feil_fra_svar(svar: httpx.Response, hva: str) -> SvarUtFeil:
    """An ``ErrorMessage`` answer as a Norwegian error; 4xx is permanent except 401/403/408/409/429."""
    try:
        data = svar.json()
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    tekst = str(data.get("message") or data.get("error") or svar.reason_phrase or "").strip()
    hvor = f" (feil-id {data['errorId']})" if data.get("errorId") else ""
    kode = svar.status_code
    if kode in (401, 403):
        return SvarUtFeil(
            f"SvarUt avviste innloggingen da vi skulle {hva} (HTTP {kode}); sjekk konto og passord{hvor}.",
            permanent=False,
        )
    if kode in (408, 409, 425, 429) or kode >= 500:
        return SvarUtFeil(
            f"SvarUt kunne ikke {hva} nå (HTTP {kode}: {tekst}){hvor}; prøv igjen senere.", permanent=False
        )
    return SvarUtFeil(
        f"SvarUt avviste forespørselen om å {hva} (HTTP {kode}: {tekst}){hvor}.", permanent=True
    )


def _tidspunkt(tekst: object) -> dt.datetime | None:
    if not isinstance(tekst, str) or not tekst:
        return None
    try:
        return dt.datetime.fromisoformat(tekst.replace("Z", "+00:00"))
    except ValueError:
        return None
