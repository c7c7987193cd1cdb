"""RTF: unwrap the HTML (or text) Outlook keeps inside its compressed RTF body ([MS-OXRTFEX])."""

from __future__ import annotations

import functools
import re

from app.epost.tekst import SURROGAT, kodek, ren

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # 1, 2: control word and parameter
    rb"|\\'([0-9a-fA-F]{2})"  # 3: escaped byte
    rb"|\\([^a-zA-Z'])"  # 4: control symbol
    rb"|([{}])"  # 5: group
    rb"|[\r\n]+"  # line breaks in RTF source mean nothing
    rb"|([^\\{}\r\n]+)"  # 6: text
    rb"|\\"  # a stray backslash
)
_RTF_HOPP_OVER = frozenset(
    b"""colortbl stylesheet info pict object header footer headerl headerr headerf footerl footerr
    footerf footnote fldinst themedata colorschememapping listtable listoverridetable rsidtbl latentstyles
    datastore xmlnstbl mmathPr generator filetbl revtbl pgdsctbl nonshppict shpinst xe tc txe private
    annotation atnid atnauthor""".split()
)
_RTF_TEGN = {
    b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"cell": "\t", b"tab": "\t",
    b"emdash": "\u2014", b"endash": "\u2013", b"bullet": "\u2022", b"lquote": "\u2018",
    b"rquote": "\u2019", b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"emspace": "\u2003",
    b"enspace": "\u2002", b"qmspace": "\u2005",
}  # fmt: skip
_RTF_SYMBOL = {b"~": "\xa0", b"_": "\u2011", b"-": "", b"\n": "\n", b"\r": "\n", b"|": "", b":": ""}
_FONT_TEGNSETT = {
    77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
    177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 254: 437, 255: 850,
}  # fmt: skip


@functools.lru_cache(maxsize=64)
def _kodeside(n: int) -> str:
    return kodek(n, "cp1252")


def rtf_tolk(rtf: bytes, *, som_html: bool) -> str | None:
    """The encapsulated HTML (som_html) or the visible text of an RTF body.

    Follows [MS-OXRTFEX] 2.2.3: HTML is the content of {\\*\\htmltag} groups
    plus the text outside \\htmlrtf regions. Returns None when som_html is
    asked of RTF that does not carry HTML.
    """
    rtf = rtf.rstrip(b"\x00")
    if not rtf.lstrip().startswith(b"{\\rtf"):
        return None
    første_gruppe = rtf.find(b"{", rtf.find(b"{\\rtf") + 1)
    hode = rtf[: første_gruppe if første_gruppe > 0 else 512]
    fra_html, fra_tekst = b"\\fromhtml" in hode, b"\\fromtext" in hode
    if som_html and not fra_html:
        return None
    respekter_htmlrtf = som_html or fra_tekst

    standard_cp = 1252
    fonter: dict[int, int] = {}
    ut: list[str] = []
    buffer = bytearray()
    buffer_cp = standard_cp

    def tøm() -> None:
        nonlocal buffer
        if buffer:
            ut.append(buffer.decode(_kodeside(buffer_cp), errors="replace"))
            buffer = bytearray()

    # Group state: skip, htmlrtf, in htmltag, unicode skip count, code page, font-table font id
    hopp, htmlrtf, i_tag, uc, cp, fontdef = False, False, False, 1, standard_cp, -1
    stabel: list[tuple[bool, bool, bool, int, int, int]] = []
    ny_gruppe = False  # the previous token opened a group: a destination word may follow
    stjerne = False  # "\*" seen at the start of this group
    i_fonttbl = 0  # depth of the font table group, 0 when outside
    hopp_tegn = 0  # characters still to skip after \uN
    pos, slutt = 0, len(rtf)

    while pos < slutt:
        m = _RTF_TOKEN.match(rtf, pos)
        if m is None:
            pos += 1
            continue
        pos = m.end()
        ord_, param, heks, symbol, gruppe, tekst = m.groups()

        if gruppe is not None:
            hopp_tegn = 0
            if gruppe == b"{":
                stabel.append((hopp, htmlrtf, i_tag, uc, cp, fontdef))
                ny_gruppe, stjerne = True, False
                if i_fonttbl:
                    i_fonttbl += 1
            else:
                if stabel:
                    hopp, htmlrtf, i_tag, uc, cp, fontdef = stabel.pop()
                if i_fonttbl:
                    i_fonttbl -= 1
                ny_gruppe = stjerne = False
            continue

        start_på_gruppe = ny_gruppe
        ny_gruppe = False
        if symbol == b"*":
            ny_gruppe, stjerne = start_på_gruppe, True
            continue

        if ord_ is not None:
            tall = int(param) if param is not None else None
            if ord_ == b"bin" and tall:
                pos += tall  # raw binary data, never text
                continue
            if start_på_gruppe:
                if ord_ == b"fonttbl":
                    i_fonttbl = 1
                if stjerne:
                    if som_html and ord_ == b"htmltag" and not hopp:
                        i_tag = True
                    else:
                        hopp = True
                    continue
                if ord_ in _RTF_HOPP_OVER:
                    hopp = True
                    continue
            if ord_ == b"htmlrtf":
                htmlrtf = tall != 0
                continue
            if i_fonttbl:
                if ord_ == b"f" and tall is not None:
                    fontdef = tall
                elif ord_ == b"fcharset" and tall is not None and fontdef >= 0:
                    fonter.setdefault(fontdef, _FONT_TEGNSETT.get(tall, 0))
                elif ord_ == b"cpg" and tall and fontdef >= 0:
                    fonter[fontdef] = tall
                continue
            if ord_ == b"ansicpg" and tall:
                standard_cp = cp = tall
                continue
            if ord_ == b"f" and tall is not None:
                cp = fonter.get(tall) or standard_cp
                continue
            if ord_ == b"uc" and tall is not None:
                uc = tall
                continue
            if hopp_tegn:
                hopp_tegn -= 1
                continue
            if hopp or (htmlrtf and respekter_htmlrtf):
                continue
            if ord_ == b"u" and tall is not None:
                tøm()
                ut.append(chr(tall + 65536 if tall < 0 else tall))
                hopp_tegn = uc
            elif ord_ in _RTF_TEGN:
                tøm()
                ut.append(_RTF_TEGN[ord_])
            continue

        if hopp_tegn:
            if tekst is not None and len(tekst) > hopp_tegn:
                tekst = tekst[hopp_tegn:]
                hopp_tegn = 0
            elif tekst is not None:
                hopp_tegn -= len(tekst)
                continue
            else:
                hopp_tegn -= 1
                continue
        if hopp or i_fonttbl or (htmlrtf and respekter_htmlrtf):
            continue
        biter = bytes.fromhex(heks.decode()) if heks is not None else tekst
        if symbol is not None:
            if symbol in b"\\{}":
                biter = symbol
            else:
                tøm()
                ut.append(_RTF_SYMBOL.get(symbol, ""))
                continue
        if biter:
            bruk_cp = standard_cp if i_tag else cp
            if bruk_cp != buffer_cp:
                tøm()
                buffer_cp = bruk_cp
            buffer += biter
    tøm()
    resultat = "".join(ut)
    if SURROGAT.search(resultat):
        resultat = resultat.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return ren(resultat)
