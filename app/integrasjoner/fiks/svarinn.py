"""A client for KS Fiks SvarInn, the mottaker side of SvarUt: fetch, download, kvitter.

SvarInn has no OpenAPI file in shared/specs; this follows KS's public SvarInn API for a
mottakersystem (HTTP Basic with the mottakersystem's brukernavn and passord):

- GET  ``/tjenester/svarinn/mottaker/hentNyeForsendelser``: a JSON list of forsendelser not yet
  kvittert, each with ``id``, ``tittel``, ``date`` (ms since epoch), ``avsender`` (``navn``,
  ``adresse1..3``, ``postnr``, ``poststed``), ``filmetadata`` (``filnavn``, ``mimetype``,
  ``sha256hash``), ``downloadUrl``, ``metadataForImport`` / ``metadataFraAvleverendeSystem``
  (``saksaar``, ``sakssekvensnummer``, ``dokumentetsDato`` …), ``eksternRef``, ``svarPaForsendelse``
- GET  ``downloadUrl``: the documents as CMS EnvelopedData (``app.integrasjoner.fiks.cms``) of a zip (or of the
  one document when there is only one)
- POST ``/tjenester/svarinn/kvitterMottak/forsendelse/{id}``: received; SvarInn stops offering it
- POST ``/tjenester/svarinn/mottakFeilet/forsendelse/{id}`` with ``{"feilmelding", "permanent"}``:
  not received; permanent tells SvarInn not to offer it again (it goes to print or back to the
  sender), otherwise it is offered again later

The credentials are sent only to the configured SvarInn host: a ``downloadUrl`` on another host
is refused. ``pakk_ut`` turns the decrypted payload into the documents, checked against
``filmetadata`` (names, SHA-256). No database, no Qt; ``app.services.svarinn`` registers the result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from app.domain.feil import SaksbordFeil

log = logging.getLogger(__name__)

#: Largest payload unpacked (a guard against a zip bomb; SvarUt allows 350 MB for print).
MAKS_UTPAKKET = 1024 * 1024 * 1024


class SvarInnFeil(SaksbordFeil):
    """SvarInn could not be reached or refused, or a payload cannot be read; ``permanent`` as for SvarUt."""

    def __init__(self, melding: str, permanent: bool) -> None:
        super().__init__(melding)
        self.permanent = permanent


@dataclass(frozen=True)
class SvarInnAdresse:
    navn: str
    adresse: str = ""
    postnummer: str = ""
    poststed: str = ""
    orgnr: str = ""


@dataclass(frozen=True)
class SvarInnFil:
    filnavn: str
    mimetype: str
    sha256: str | None = None


@dataclass(frozen=True)
class Dokument:
    filnavn: str
    mimetype: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class SvarInnForsendelse:
    """One forsendelse as ``hentNyeForsendelser`` lists it; ``raa`` is the JSON as received."""

    id: str
    tittel: str
    avsender: SvarInnAdresse
    nedlasting: str
    filer: tuple[SvarInnFil, ...]
    mottatt: dt.datetime | None = None
    dokumentdato: dt.date | None = None
    saksnummer: str | None = None  # "2026/123" when the sender says which of our saker it belongs to
    ekstern_referanse: str | None = None
    raa: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _tekst(d: object, nokkel: str) -> str:
    v = d.get(nokkel) if isinstance(d, dict) else None
    return str(v).strip() if v not in (None, "") else ""


def _tid(v: object) -> dt.datetime | None:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return dt.datetime.fromtimestamp(v / 1000, dt.UTC)
    if isinstance(v, str) and v:
        try:
            t = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            return None
        return t if t.tzinfo else t.replace(tzinfo=dt.UTC)
    return None


def _saksnummer(*kilder: object) -> str | None:
    for k in kilder:
        if not isinstance(k, dict):
            continue
        aar, nr = k.get("saksaar"), k.get("sakssekvensnummer")
        if isinstance(aar, int) and isinstance(nr, int) and aar > 0 and nr > 0:
            return f"{aar}/{nr}"
    return None


def les_forsendelse(d: dict[str, Any]) -> SvarInnForsendelse:
    """One entry of ``hentNyeForsendelser`` as plain data; refuses an entry without id or downloadUrl."""
    fid, url = _tekst(d, "id"), _tekst(d, "downloadUrl")
    if not fid or not url:
        raise SvarInnFeil("SvarInn listet en forsendelse uten id eller nedlastingsadresse.", permanent=True)
    a = d.get("avsender") if isinstance(d.get("avsender"), dict) else {}
    linjer = [_tekst(a, f"adresse{i}") for i in (1, 2, 3)]
    avsender = SvarInnAdresse(
        navn=_tekst(a, "navn") or "Ukjent avsender",
        adresse="\n".join(linje for linje in linjer if linje),
        postnummer=_tekst(a, "postnr") or _tekst(a, "postnummer"),
        poststed=_tekst(a, "poststed"),
        orgnr=_tekst(a, "orgnr") or _tekst(a, "organisasjonsnummer"),
    )
    filer = tuple(
        SvarInnFil(
            filnavn=_tekst(f, "filnavn") or f"dokument-{i}",
            mimetype=_tekst(f, "mimetype") or _tekst(f, "mimeType") or "application/octet-stream",
            sha256=(_tekst(f, "sha256hash") or None),
        )
        for i, f in enumerate(d.get("filmetadata") or [], start=1)
        if isinstance(f, dict)
    )
    imp, fra = d.get("metadataForImport"), d.get("metadataFraAvleverendeSystem")
    dokdato = None
    for k in (imp, fra):
        t = _tid(k.get("dokumentetsDato")) if isinstance(k, dict) else None
        if t is not None:
            dokdato = t.date()
            break
    return SvarInnForsendelse(
        id=fid,
        tittel=_tekst(d, "tittel") or "(uten tittel)",
        avsender=avsender,
        nedlasting=url,
        filer=filer,
        mottatt=_tid(d.get("date")),
        dokumentdato=dokdato,
        saksnummer=_saksnummer(imp, fra),
        ekstern_referanse=_tekst(d, "eksternRef") or None,
        raa=d,
    )


def pakk_ut(data: bytes, filer: Sequence[SvarInnFil]) -> list[Dokument]:
    """The documents in a decrypted payload, in ``filmetadata`` order, each checked by SHA-256.

    The payload is a zip of the documents, or (one document only) the document itself.
    """
    if zipfile.is_zipfile(io.BytesIO(data)):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                innhold = [i for i in z.infolist() if not i.is_dir()]
                if sum(i.file_size for i in innhold) > MAKS_UTPAKKET:
                    raise SvarInnFeil("Forsendelsen er for stor til å pakkes ut.", permanent=True)
                i_zip = {PurePosixPath(i.filename).name: z.read(i) for i in innhold}
        except (zipfile.BadZipFile, OSError, RuntimeError) as e:
            raise SvarInnFeil(f"Zip-filen i forsendelsen kan ikke leses: {e}", permanent=True) from e
    elif len(filer) == 1:
        i_zip = {filer[0].filnavn: data}
    else:
        raise SvarInnFeil("Forsendelsen er verken en zip-fil eller ett enkelt dokument.", permanent=True)
    if not filer:
        return [Dokument(navn, "application/octet-stream", innhold) for navn, innhold in i_zip.items()]
    ut: list[Dokument] = []
    mangler = [f.filnavn for f in filer if f.filnavn not in i_zip]
    if mangler:
        raise SvarInnFeil("Forsendelsen mangler dokumentene " + ", ".join(mangler) + ".", permanent=True)
    for f in filer:
        innhold = i_zip[f.filnavn]
        if f.sha256 and hashlib.sha256(innhold).hexdigest().lower() != f.sha256.lower():
            raise SvarInnFeil(
                f"Sjekksummen for {f.filnavn} stemmer ikke; dokumentet er skadet.", permanent=True
            )
        ut.append(Dokument(f.filnavn, f.mimetype, innhold))
    return ut


class SvarInnKlient:
    """SvarInn for one mottakersystem; every call is one HTTP request."""

    def __init__(
        self,
        url: str,
        brukernavn: str,
        passord: str,
        tidsavbrudd: float = 120.0,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url.strip():
            raise SvarInnFeil("SvarInn-adressen (svarinn.url) er ikke satt.", permanent=True)
        if not brukernavn or not passord:
            raise SvarInnFeil("SvarInn mangler brukernavn eller passord.", permanent=True)
        self.url = url.rstrip("/")
        self.tidsavbrudd = tidsavbrudd
        self._http = httpx.Client(
            base_url=self.url,
            auth=(brukernavn, passord),
            timeout=httpx.Timeout(tidsavbrudd),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SvarInnKlient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def nye_forsendelser(self) -> list[SvarInnForsendelse]:
        svar = self._kall(
            "GET", "/tjenester/svarinn/mottaker/hentNyeForsendelser", hva="hente nye forsendelser"
        )
        try:
            data = svar.json()
        except ValueError as e:
            raise SvarInnFeil("SvarInn svarte med noe som ikke er JSON.", permanent=False) from e
        if not isinstance(data, list):
            raise SvarInnFeil("SvarInn svarte ikke med en liste av forsendelser.", permanent=False)
        ut = []
        for d in data:
            try:
                ut.append(les_forsendelse(d if isinstance(d, dict) else {}))
            except SvarInnFeil:  # one unreadable entry must not keep the others out; it stays on SvarInn
                log.warning("SvarInn listet en forsendelse som ikke kan leses: %.500r", d)
        return ut

    def last_ned(self, f: SvarInnForsendelse) -> bytes:
        """The payload as SvarInn holds it (encrypted), from ``downloadUrl`` on the SvarInn host only."""
        url = urljoin(self.url + "/", f.nedlasting)
        egen, den = urlsplit(self.url), urlsplit(url)
        if (den.scheme, den.netloc) != (egen.scheme, egen.netloc):
            raise SvarInnFeil(
                f"Nedlastingsadressen for «{f.tittel}» peker til {den.netloc or url}, ikke til SvarInn "
                f"({egen.netloc}); den hentes ikke.",
                permanent=True,
            )
        return self._kall("GET", url, hva=f"laste ned «{f.tittel}»").content

    def kvitter_mottak(self, forsendelse_id: str) -> None:
        self._kall(
            "POST",
            f"/tjenester/svarinn/kvitterMottak/forsendelse/{forsendelse_id}",
            hva="kvittere for mottak",
        )

    def mottak_feilet(self, forsendelse_id: str, feilmelding: str, *, permanent: bool) -> None:
        self._kall(
            "POST",
            f"/tjenester/svarinn/mottakFeilet/forsendelse/{forsendelse_id}",
            json={"feilmelding": feilmelding, "permanent": permanent},
            hva="melde at mottaket feilet",
        )

    def _kall(self, metode: str, sti: str, *, hva: str, **kw: Any) -> httpx.Response:
        try:
            svar = self._http.request(metode, sti, **kw)
        except httpx.TimeoutException as e:
            raise SvarInnFeil(
                f"SvarInn svarte ikke innen {self.tidsavbrudd:g} sekunder da vi skulle {hva}.",
                permanent=False,
            ) from e
        except httpx.TransportError as e:
            raise SvarInnFeil(
                f"Fikk ikke kontakt med SvarInn ({self.url}) for å {hva}: {e}", permanent=False
            ) from e
        if svar.status_code < 300:
            return svar
        kode = svar.status_code
        try:
            tekst = str(svar.json().get("message") or "")
        except (ValueError, AttributeError):
            tekst = svar.text[:200]
        if kode in (401, 403):
            raise SvarInnFeil(
                f"SvarInn avviste innloggingen da vi skulle {hva} (HTTP {kode}); sjekk brukernavn og passord.",
                permanent=False,
            )
        raise SvarInnFeil(
            f"SvarInn kunne ikke {hva} (HTTP {kode}{': ' + tekst if tekst else ''}).",
            permanent=400 <= kode < 500 and kode not in (404, 408, 409, 429),
        )
