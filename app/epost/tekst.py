"""Addresses, dates, text clean-up, character sets and the readable text of an HTML body."""

from __future__ import annotations

import codecs
import email.utils
import re
from collections.abc import Callable
from datetime import UTC, datetime
from html.parser import HTMLParser

from app.epost.modell import Adresse

_EPOST = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def lag_adresse(navn: str, epost: str) -> Adresse | None:
    navn, epost = navn.strip().strip("'\""), epost.strip()
    if "@" not in epost:  # an Exchange DN such as /O=EXCHANGELABS/..., useless outside
        if not navn and epost:
            navn = epost if not epost.startswith("/") else ""
        epost = ""
    if navn.casefold() == epost.casefold():
        navn = ""
    if not navn and not epost:
        return None
    return Adresse(navn, epost)


def adresse_fra_tekst(tekst: str) -> Adresse | None:
    """Sender from free text: "Kari <kari@x.no>", "Kari [mailto:kari@x.no]", "kari@x.no"."""
    tekst = re.sub(r"<mailto:[^>]*>", "", tekst).strip().strip("*").strip()
    if not tekst:
        return None
    if funnet := re.search(r"\[mailto:([^\]]+)\]", tekst):
        return lag_adresse(tekst[: funnet.start()], funnet.group(1))
    navn, epost = email.utils.parseaddr(tekst)
    if "@" in epost:
        return lag_adresse(navn, epost)
    if funnet := _EPOST.search(tekst):
        rest = (tekst[: funnet.start()] + tekst[funnet.end() :]).replace("<>", "").replace("()", "")
        return lag_adresse(rest.strip(" <>()[]\"'"), funnet.group(0))
    return lag_adresse(tekst, "")


def gyldig_dato(hent: Callable[[], object]) -> datetime | None:
    """A plausible, timezone-aware date, or None for anything odd."""
    try:
        verdi = hent()
    except Exception:
        return None
    if not isinstance(verdi, datetime) or not 1980 <= verdi.year <= 2200:
        return None
    if verdi.tzinfo is None:
        verdi = verdi.replace(tzinfo=UTC)
    return verdi


_KONTROLL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SURROGAT = re.compile("[\ud800-\udfff]")


def ren(tekst: str) -> str:
    """Text safe to store and show: no NULs, lone surrogates or stray controls."""
    if SURROGAT.search(tekst):
        tekst = tekst.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _KONTROLL.sub("", tekst.replace("\r\n", "\n").replace("\r", "\n"))


def ren_linje(tekst: str) -> str:
    return re.sub(r"\s+", " ", ren(str(tekst))).strip()


_TEGNSETT = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def html_tegnsett(rå: bytes, kodeside: object) -> str:
    if funnet := _TEGNSETT.search(rå[:4096]):
        return kodek(funnet.group(1).decode("ascii"))
    if isinstance(kodeside, int):
        return kodek(kodeside)
    return "utf-8"


_KODESIDER = {
    65001: "utf-8", 65000: "utf-7", 1200: "utf-16-le", 20127: "ascii", 10000: "mac_roman",
    20866: "koi8_r", 21866: "koi8_u", 50220: "iso2022_jp", 50221: "iso2022_jp", 50222: "iso2022_jp",
    51932: "euc_jp", 51949: "euc_kr", 52936: "hz", 54936: "gb18030",
}  # fmt: skip
"""Windows code pages whose Python codec is not simply "cp<number>"."""


def kodek(navn: str | int | None, standard: str = "utf-8") -> str:
    """A Python codec for a charset name or Windows code page number."""
    if isinstance(navn, int):
        navn = _KODESIDER.get(
            navn, f"cp{navn}" if navn < 20000 else f"iso8859_{navn - 28590}" if 28591 <= navn <= 28606 else ""
        )
    try:
        return codecs.lookup(navn or "").name
    except LookupError:
        return standard


class _HtmlTekst(HTMLParser):
    _BLOKKER = frozenset(
        {"p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
        | {"blockquote", "pre", "hr", "dt", "dd", "address", "section", "article"}
    )
    _SKJULTE = frozenset({"script", "style", "title", "xml"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.deler: list[str] = []
        self._skjult = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKJULTE:
            self._skjult += 1
        elif tag in self._BLOKKER:
            self.deler.append("\n")
        elif tag in ("td", "th"):
            self.deler.append("\t")
        self._pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKJULTE:
            self._skjult = max(0, self._skjult - 1)
        elif tag in self._BLOKKER and tag != "br":
            self.deler.append("\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._skjult:
            self.deler.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_til_tekst(html: str) -> str:
    """Readable text of an HTML body, for indexing and forward detection."""
    parser = _HtmlTekst()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    tekst = "".join(parser.deler).replace("\xa0", " ")
    tekst = "\n".join(linje.strip(" ") for linje in tekst.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", tekst).strip()
