"""Write real Outlook ``.msg`` files for tests (standard library only).  PYTEST_DONT_REWRITE

Two layers, both after the public Microsoft specifications:

* :func:`cfb_bytes` -- a Compound File Binary writer (MS-CFB, version 3:
  512-byte sectors, FAT, DIFAT for large files, a mini stream + MiniFAT for
  streams under 4096 bytes, and directory entries laid out as a balanced
  binary tree with every node black, which MS-CFB 2.6.4 allows).
* :func:`msg_bytes` / :func:`write_msg` -- the Outlook message layout on top
  of it (MS-OXMSG: ``__properties_version1.0`` streams, ``__substg1.0_*``
  streams for variable-size properties, recipient, attachment and named
  property storages, embedded messages as attachments with method 5).

All strings are written as PT_UNICODE (UTF-16LE).  Naive datetimes are taken
as UTC.  The files open in Outlook-compatible readers; the suite checks them
with extract-msg, the reader the app uses.
"""

from __future__ import annotations

import email.utils
import math
import mimetypes
import re
import struct
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.header import Header
from pathlib import Path

__all__ = ["write_msg", "msg_bytes", "cfb_bytes"]

# ---------------------------------------------------------------------------------------
# MS-CFB
# ---------------------------------------------------------------------------------------

_SECTOR = 512
_MINI_SECTOR = 64
_MINI_CUTOFF = 4096
_FAT_PER_SECTOR = _SECTOR // 4  # 128
_HEADER_DIFAT = 109

_MAXREGSECT = 0xFFFFFFFA
_DIFSECT = 0xFFFFFFFC
_FATSECT = 0xFFFFFFFD
_ENDOFCHAIN = 0xFFFFFFFE
_FREESECT = 0xFFFFFFFF
_NOSTREAM = 0xFFFFFFFF

_STGTY_STORAGE = 1
_STGTY_STREAM = 2
_STGTY_ROOT = 5
_BLACK = 1

# A tree is a mapping: name -> bytes (a stream) or name -> mapping (a storage).
Tree = Mapping[str, "bytes | Tree"]


class _Entry:
    __slots__ = ("name", "kind", "data", "children", "clsid", "left", "right", "child", "start", "size")

    def __init__(self, name: str, kind: int, data: bytes = b"", clsid: bytes = b""):
        self.name = name
        self.kind = kind
        self.data = data
        self.children: list[_Entry] = []
        self.clsid = clsid or bytes(16)
        self.left = self.right = self.child = _NOSTREAM
        self.start = _ENDOFCHAIN if kind != _STGTY_STORAGE else 0
        self.size = 0


def _cfb_name_key(name: str) -> tuple[int, str]:
    # MS-CFB 2.6.4: shorter names sort first, then code-point order of the upper-cased names.
    return (len(name.encode("utf-16-le")), name.upper())


def _check_name(name: str) -> None:
    if not name or len(name.encode("utf-16-le")) > 62 or any(c in name for c in "/\\:!"):
        raise ValueError(f"invalid compound-file entry name: {name!r}")


def cfb_bytes(tree: Tree, root_clsid: bytes | uuid.UUID | None = None) -> bytes:
    """Serialize ``tree`` (name -> bytes | nested mapping) as an MS-CFB v3 file."""
    if isinstance(root_clsid, uuid.UUID):
        root_clsid = root_clsid.bytes_le
    root = _Entry("Root Entry", _STGTY_ROOT, clsid=root_clsid or b"")
    entries: list[_Entry] = [root]

    def build(parent: _Entry, subtree: Tree) -> None:
        for name, value in subtree.items():
            _check_name(name)
            if isinstance(value, (bytes, bytearray, memoryview)):
                child = _Entry(name, _STGTY_STREAM, bytes(value))
            elif isinstance(value, Mapping):
                child = _Entry(name, _STGTY_STORAGE)
            else:
                raise TypeError(f"{name}: expected bytes or a mapping, got {type(value).__name__}")
            parent.children.append(child)
            entries.append(child)
            if child.kind == _STGTY_STORAGE:
                build(child, value)

    build(root, tree)
    index = {id(e): i for i, e in enumerate(entries)}

    # Sibling trees: balanced binary search trees over the CFB name order.
    def link(items: list[_Entry]) -> int:
        if not items:
            return _NOSTREAM
        mid = len(items) // 2
        node = items[mid]
        node.left = link(items[:mid])
        node.right = link(items[mid + 1 :])
        return index[id(node)]

    for e in entries:
        if e.children:
            keys = [_cfb_name_key(c.name) for c in e.children]
            if len(set(keys)) != len(keys):
                raise ValueError(f"duplicate names (case-insensitive) under {e.name!r}")
            e.child = link(sorted(e.children, key=lambda c: _cfb_name_key(c.name)))

    # Stream data: small streams into the mini stream, the rest into regular sectors.
    mini_stream = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for e in entries:
        if e.kind != _STGTY_STREAM:
            continue
        e.size = len(e.data)
        if e.size == 0:
            e.start = _ENDOFCHAIN
        elif e.size < _MINI_CUTOFF:
            first = len(minifat)
            n = math.ceil(e.size / _MINI_SECTOR)
            minifat.extend(range(first + 1, first + n))
            minifat.append(_ENDOFCHAIN)
            e.start = first
            mini_stream += e.data + bytes(n * _MINI_SECTOR - e.size)
        else:
            big.append(e)

    sectors: list[bytes] = []  # sector payloads, in file order
    fat: list[int] = []

    def alloc(data: bytes) -> int:
        """Append data as a chain of sectors; returns the first sector or ENDOFCHAIN."""
        if not data:
            return _ENDOFCHAIN
        n = math.ceil(len(data) / _SECTOR)
        first = len(sectors)
        for i in range(n):
            chunk = data[i * _SECTOR : (i + 1) * _SECTOR]
            sectors.append(chunk + bytes(_SECTOR - len(chunk)))
        fat.extend(range(first + 1, first + n))
        fat.append(_ENDOFCHAIN)
        return first

    for e in big:
        e.start = alloc(e.data)
    root.start = alloc(bytes(mini_stream))
    root.size = len(mini_stream)
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    if minifat:
        per = _SECTOR // 4
        pad = (-len(minifat)) % per
        minifat_bytes += struct.pack("<I", _FREESECT) * pad
    minifat_start = alloc(minifat_bytes)
    n_minifat = math.ceil(len(minifat_bytes) / _SECTOR)

    # Directory: 128-byte entries, padded with unused ones to fill the last sector.
    dir_bytes = bytearray()
    for e in entries:
        name = e.name.encode("utf-16-le") + b"\0\0"
        dir_bytes += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name,
            len(name),
            e.kind,
            _BLACK,
            e.left,
            e.right,
            e.child,
            e.clsid,
            0,  # state bits
            0,  # creation time
            0,  # modified time
            e.start,
            e.size,
        )
    while len(dir_bytes) % _SECTOR:
        dir_bytes += struct.pack(
            "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM, bytes(16), 0, 0, 0, 0, 0
        )
    dir_start = alloc(bytes(dir_bytes))

    # FAT (+ DIFAT when more than 109 FAT sectors are needed).
    n_data = len(sectors)
    n_fat = 1
    while True:
        n_difat = math.ceil(max(0, n_fat - _HEADER_DIFAT) / (_FAT_PER_SECTOR - 1))
        if n_data + n_fat + n_difat <= n_fat * _FAT_PER_SECTOR:
            break
        n_fat += 1
    fat_sectors = list(range(n_data, n_data + n_fat))
    difat_sectors = list(range(n_data + n_fat, n_data + n_fat + n_difat))
    fat.extend([_FATSECT] * n_fat)
    fat.extend([_DIFSECT] * n_difat)
    assert len(fat) <= _MAXREGSECT
    fat.extend([_FREESECT] * (n_fat * _FAT_PER_SECTOR - len(fat)))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    for i in range(n_fat):
        sectors.append(fat_bytes[i * _SECTOR : (i + 1) * _SECTOR])

    header_difat = fat_sectors[:_HEADER_DIFAT]
    header_difat += [_FREESECT] * (_HEADER_DIFAT - len(header_difat))
    rest = fat_sectors[_HEADER_DIFAT:]
    for i, _sect in enumerate(difat_sectors):
        chunk = rest[i * (_FAT_PER_SECTOR - 1) : (i + 1) * (_FAT_PER_SECTOR - 1)]
        chunk += [_FREESECT] * (_FAT_PER_SECTOR - 1 - len(chunk))
        nxt = difat_sectors[i + 1] if i + 1 < len(difat_sectors) else _ENDOFCHAIN
        sectors.append(struct.pack(f"<{_FAT_PER_SECTOR}I", *chunk, nxt))

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x003E,  # minor version
        0x0003,  # major version 3: 512-byte sectors
        0xFFFE,  # little-endian
        9,  # sector shift: 2**9 = 512
        6,  # mini sector shift: 2**6 = 64
        bytes(6),
        0,  # number of directory sectors (must be 0 in v3)
        n_fat,
        dir_start,
        0,  # transaction signature
        _MINI_CUTOFF,
        minifat_start,
        n_minifat,
        difat_sectors[0] if difat_sectors else _ENDOFCHAIN,
        n_difat,
    )
    header += struct.pack(f"<{_HEADER_DIFAT}I", *header_difat)
    assert len(header) == _SECTOR
    return header + b"".join(sectors)


# ---------------------------------------------------------------------------------------
# MS-OXMSG
# ---------------------------------------------------------------------------------------

PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_OBJECT = 0x000D
PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_BINARY = 0x0102

_PROPATTR_READABLE = 0x2
_PROPATTR_WRITABLE = 0x4

MSGFLAG_READ = 0x1
MSGFLAG_UNSENT = 0x8
MSGFLAG_HASATTACH = 0x10
MSGFLAG_FROMME = 0x20

_CLSID_MESSAGE = uuid.UUID("00020D0B-0000-0000-C000-000000000046")
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_SUBJECT_PREFIX = re.compile(r"^((?:re|sv|fw|fwd|vs|aw|wg|tr)\s*:\s*)", re.IGNORECASE)


def _filetime(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _FILETIME_EPOCH
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


class _PropertyBag:
    """Collects the fixed-size entries and the variable-size streams of one object."""

    def __init__(self) -> None:
        self.entries: list[bytes] = []
        self.tree: dict[str, bytes | dict] = {}
        self._tags: set[int] = set()

    def _entry(self, prop_id: int, ptype: int, value: bytes) -> None:
        tag = (prop_id << 16) | ptype
        if tag in self._tags:
            raise ValueError(f"property {tag:08X} written twice")
        self._tags.add(tag)
        flags = _PROPATTR_READABLE | _PROPATTR_WRITABLE
        self.entries.append(struct.pack("<II", tag, flags) + value)

    def long(self, prop_id: int, value: int) -> None:
        self._entry(prop_id, PT_LONG, struct.pack("<I", value & 0xFFFFFFFF) + bytes(4))

    def boolean(self, prop_id: int, value: bool) -> None:
        self._entry(prop_id, PT_BOOLEAN, struct.pack("<I", 1 if value else 0) + bytes(4))

    def time(self, prop_id: int, value: datetime | None) -> None:
        if value is not None:
            self._entry(prop_id, PT_SYSTIME, struct.pack("<Q", _filetime(value)))

    def string(self, prop_id: int, value: str | None) -> None:
        if value is None:
            return
        data = value.encode("utf-16-le")
        # The size counts the terminating NUL; the stream holds the string without it.
        self._entry(prop_id, PT_UNICODE, struct.pack("<II", len(data) + 2, 0))
        self.tree[f"__substg1.0_{prop_id:04X}{PT_UNICODE:04X}"] = data

    def binary(self, prop_id: int, value: bytes | None) -> None:
        if value is None:
            return
        self._entry(prop_id, PT_BINARY, struct.pack("<II", len(value), 0))
        self.tree[f"__substg1.0_{prop_id:04X}{PT_BINARY:04X}"] = bytes(value)

    def embedded_message(self, prop_id: int, storage: dict) -> None:
        # MS-OXMSG 2.4.2.2: size 0xFFFFFFFF, reserved 1 (embedded message object).
        self._entry(prop_id, PT_OBJECT, struct.pack("<II", 0xFFFFFFFF, 1))
        self.tree[f"__substg1.0_{prop_id:04X}{PT_OBJECT:04X}"] = storage

    def properties_stream(self, header: bytes) -> bytes:
        return header + b"".join(self.entries)


def _addresses(items: Iterable[tuple[str, str]] | None) -> list[tuple[str, str]]:
    out = []
    for item in items or ():
        name, addr = item
        out.append((name or "", addr or ""))
    return out


def _format_addr(name: str, addr: str) -> str:
    # RFC 2047-encodes non-ASCII display names, as a mail transport would.
    return email.utils.formataddr((name, addr), charset="utf-8")


def _transport_headers(
    *,
    subject: str,
    sender_name: str,
    sender_email: str,
    to: list[tuple[str, str]],
    cc: list[tuple[str, str]],
    sent: datetime | None,
    message_id: str | None,
    html: str | None,
) -> str:
    lines = []
    if sender_name or sender_email:
        lines.append(f"From: {_format_addr(sender_name, sender_email)}")
    if to:
        lines.append("To: " + ", ".join(_format_addr(n, a) for n, a in to))
    if cc:
        lines.append("Cc: " + ", ".join(_format_addr(n, a) for n, a in cc))
    lines.append("Subject: " + (subject if subject.isascii() else Header(subject, "utf-8").encode()))
    if sent is not None:
        lines.append(
            "Date: " + email.utils.format_datetime(sent if sent.tzinfo else sent.replace(tzinfo=UTC))
        )
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    lines.append("MIME-Version: 1.0")
    if html is None:
        lines.append('Content-Type: text/plain; charset="utf-8"')
    else:
        lines.append('Content-Type: multipart/alternative; boundary="_saksbord_boundary_"')
    return "\r\n".join(lines) + "\r\n\r\n"


def _display_list(people: list[tuple[str, str]]) -> str:
    return "; ".join(name or addr for name, addr in people)


def _recipient_storage(row: int, name: str, addr: str, rtype: int) -> dict:
    bag = _PropertyBag()
    bag.long(0x3000, row)  # PR_ROWID
    bag.long(0x0C15, rtype)  # PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc
    bag.long(0x0FFE, 6)  # PR_OBJECT_TYPE: MAPI_MAILUSER
    bag.long(0x3900, 0)  # PR_DISPLAY_TYPE: DT_MAILUSER
    bag.string(0x3001, name or addr)  # PR_DISPLAY_NAME
    bag.string(0x3A20, name or addr)  # PR_TRANSMITABLE_DISPLAY_NAME
    bag.string(0x3002, "SMTP")  # PR_ADDRTYPE
    bag.string(0x3003, addr)  # PR_EMAIL_ADDRESS
    bag.string(0x39FE, addr)  # PR_SMTP_ADDRESS
    bag.boolean(0x0E0F, True)  # PR_RESPONSIBILITY
    return {"__properties_version1.0": bag.properties_stream(bytes(8)), **bag.tree}


def _attachment_storage(num: int, filename: str, data: bytes) -> dict:
    bag = _PropertyBag()
    ext = Path(filename).suffix
    mime = mimetypes.guess_type(filename, strict=False)[0] or "application/octet-stream"
    bag.long(0x0E21, num)  # PR_ATTACH_NUM
    bag.long(0x0FFE, 7)  # PR_OBJECT_TYPE: MAPI_ATTACH
    bag.long(0x3705, 1)  # PR_ATTACH_METHOD: ATTACH_BY_VALUE
    bag.long(0x370B, 0xFFFFFFFF)  # PR_RENDERING_POSITION: not rendered in the body
    bag.long(0x0E20, len(data))  # PR_ATTACH_SIZE
    bag.string(0x3001, filename)  # PR_DISPLAY_NAME
    bag.string(0x3704, filename)  # PR_ATTACH_FILENAME
    bag.string(0x3707, filename)  # PR_ATTACH_LONG_FILENAME
    if ext:
        bag.string(0x3703, ext)  # PR_ATTACH_EXTENSION
    bag.string(0x370E, mime)  # PR_ATTACH_MIME_TAG
    bag.binary(0x3701, data)  # PR_ATTACH_DATA_BIN
    return {"__properties_version1.0": bag.properties_stream(bytes(8)), **bag.tree}


def _embedded_attachment_storage(num: int, message: dict, subject: str) -> dict:
    bag = _PropertyBag()
    size = _tree_size(message)
    bag.long(0x0E21, num)  # PR_ATTACH_NUM
    bag.long(0x0FFE, 7)  # PR_OBJECT_TYPE: MAPI_ATTACH
    bag.long(0x3705, 5)  # PR_ATTACH_METHOD: ATTACH_EMBEDDED_MSG
    bag.long(0x370B, 0xFFFFFFFF)  # PR_RENDERING_POSITION
    bag.long(0x0E20, size)  # PR_ATTACH_SIZE
    bag.string(0x3001, subject)  # PR_DISPLAY_NAME
    bag.embedded_message(0x3701, message)  # PR_ATTACH_DATA_OBJ
    return {"__properties_version1.0": bag.properties_stream(bytes(8)), **bag.tree}


def _tree_size(tree: Mapping) -> int:
    return sum(len(v) if isinstance(v, bytes) else _tree_size(v) for v in tree.values())


def _message_tree(
    *,
    top_level: bool,
    subject: str,
    sender_name: str = "",
    sender_email: str = "",
    to: Iterable[tuple[str, str]] = (),
    cc: Iterable[tuple[str, str]] = (),
    body: str = "",
    html: str | None = None,
    attachments: Iterable[tuple[str, bytes]] = (),
    embedded: Iterable[Mapping] = (),
    sent: datetime | None = None,
    received: datetime | None = None,
    message_id: str | None = None,
    sent_item: bool = False,
    headers: bool = True,
) -> dict:
    to_list = _addresses(to)
    cc_list = _addresses(cc)
    attachments = list(attachments)
    embedded = list(embedded)
    n_attach = len(attachments) + len(embedded)

    bag = _PropertyBag()
    bag.string(0x001A, "IPM.Note")  # PR_MESSAGE_CLASS
    bag.string(0x0037, subject)  # PR_SUBJECT
    prefix = _SUBJECT_PREFIX.match(subject)
    bag.string(0x003D, prefix.group(1) if prefix else "")  # PR_SUBJECT_PREFIX
    bag.string(0x0E1D, subject[prefix.end() :] if prefix else subject)  # PR_NORMALIZED_SUBJECT
    bag.string(0x0070, subject[prefix.end() :] if prefix else subject)  # PR_CONVERSATION_TOPIC
    bag.long(0x340D, 0x00040000)  # PR_STORE_SUPPORT_MASK: STORE_UNICODE_OK
    bag.long(0x0017, 1)  # PR_IMPORTANCE: normal
    bag.long(0x0036, 0)  # PR_SENSITIVITY: none

    flags = MSGFLAG_READ
    if sent_item:
        flags |= MSGFLAG_FROMME
    if n_attach:
        flags |= MSGFLAG_HASATTACH
    bag.long(0x0E07, flags)  # PR_MESSAGE_FLAGS (never MSGFLAG_UNSENT: these are sent/received mail)
    bag.boolean(0x0E1B, bool(n_attach))  # PR_HASATTACH

    bag.string(0x1000, body)  # PR_BODY
    if html is not None:
        bag.binary(0x1013, html.encode("utf-8"))  # PR_HTML
        bag.long(0x3FDE, 65001)  # PR_INTERNET_CPID: UTF-8

    if sender_name or sender_email:
        for name_id, email_id, type_id, smtp_id in (
            (0x0C1A, 0x0C1F, 0x0C1E, 0x5D01),  # PR_SENDER_*
            (0x0042, 0x0065, 0x0064, 0x5D02),  # PR_SENT_REPRESENTING_*
        ):
            bag.string(name_id, sender_name or sender_email)
            if sender_email:
                bag.string(email_id, sender_email)
                bag.string(type_id, "SMTP")
                bag.string(smtp_id, sender_email)

    bag.string(0x0E04, _display_list(to_list))  # PR_DISPLAY_TO
    bag.string(0x0E03, _display_list(cc_list))  # PR_DISPLAY_CC
    bag.string(0x0E02, "")  # PR_DISPLAY_BCC

    bag.time(0x0039, sent)  # PR_CLIENT_SUBMIT_TIME
    bag.time(0x0E06, received)  # PR_MESSAGE_DELIVERY_TIME
    stamp = received or sent
    bag.time(0x3007, stamp)  # PR_CREATION_TIME
    bag.time(0x3008, stamp)  # PR_LAST_MODIFICATION_TIME
    if message_id:
        bag.string(0x1035, message_id)  # PR_INTERNET_MESSAGE_ID
    if headers:
        bag.string(  # PR_TRANSPORT_MESSAGE_HEADERS
            0x007D,
            _transport_headers(
                subject=subject,
                sender_name=sender_name,
                sender_email=sender_email,
                to=to_list,
                cc=cc_list,
                sent=sent,
                message_id=message_id,
                html=html,
            ),
        )

    tree: dict[str, bytes | dict] = {}
    recipients = [(n, a, 1) for n, a in to_list] + [(n, a, 2) for n, a in cc_list]
    for row, (name, addr, rtype) in enumerate(recipients):
        tree[f"__recip_version1.0_#{row:08X}"] = _recipient_storage(row, name, addr, rtype)
    num = 0
    for filename, data in attachments:
        tree[f"__attach_version1.0_#{num:08X}"] = _attachment_storage(num, filename, data)
        num += 1
    for spec in embedded:
        spec = dict(spec)
        if "path" in spec:
            raise TypeError("embedded messages take the write_msg keywords without 'path'")
        inner = _message_tree(top_level=False, **spec)
        tree[f"__attach_version1.0_#{num:08X}"] = _embedded_attachment_storage(num, inner, spec["subject"])
        num += 1

    # Header: reserved(8), next recipient id, next attachment id, recipient count,
    # attachment count, and 8 more reserved bytes for the top-level message only.
    header = struct.pack("<8sIIII", bytes(8), len(recipients), n_attach, len(recipients), n_attach)
    if top_level:
        header += bytes(8)
        tree["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",  # GUID stream
            "__substg1.0_00030102": b"",  # entry stream
            "__substg1.0_00040102": b"",  # string stream
        }
    tree["__properties_version1.0"] = bag.properties_stream(header)
    tree.update(bag.tree)
    return tree


def msg_bytes(
    *,
    subject: str,
    sender_name: str = "",
    sender_email: str = "",
    to: Iterable[tuple[str, str]] = (),
    cc: Iterable[tuple[str, str]] = (),
    body: str = "",
    html: str | None = None,
    attachments: Iterable[tuple[str, bytes]] = (),
    embedded: Iterable[Mapping] = (),
    sent: datetime | None = None,
    received: datetime | None = None,
    message_id: str | None = None,
    sent_item: bool = False,
    headers: bool = True,
) -> bytes:
    """The bytes of an Outlook .msg file (IPM.Note); see :func:`write_msg` for the keywords."""
    tree = _message_tree(
        top_level=True,
        subject=subject,
        sender_name=sender_name,
        sender_email=sender_email,
        to=to,
        cc=cc,
        body=body,
        html=html,
        attachments=attachments,
        embedded=embedded,
        sent=sent,
        received=received,
        message_id=message_id,
        sent_item=sent_item,
        headers=headers,
    )
    return cfb_bytes(tree, root_clsid=_CLSID_MESSAGE)


def write_msg(
    path: str | Path,
    *,
    subject: str,
    sender_name: str = "",
    sender_email: str = "",
    to: Iterable[tuple[str, str]] = (),
    cc: Iterable[tuple[str, str]] = (),
    body: str = "",
    html: str | None = None,
    attachments: Iterable[tuple[str, bytes]] = (),
    embedded: Iterable[Mapping] = (),
    sent: datetime | None = None,
    received: datetime | None = None,
    message_id: str | None = None,
    sent_item: bool = False,
    headers: bool = True,
) -> Path:
    """Write an Outlook .msg file and return its path.

    ``to``/``cc`` are ``(display name, address)`` pairs; ``attachments`` are
    ``(filename, data)`` pairs; each dict in ``embedded`` holds these same
    keywords (without ``path``) for a message attached inside this one, and may
    nest further.  ``sent`` becomes PR_CLIENT_SUBMIT_TIME and the Date header,
    ``received`` PR_MESSAGE_DELIVERY_TIME.  ``sent_item=True`` marks the
    message as sent by the mailbox owner (MSGFLAG_FROMME).  ``headers=False``
    leaves out PR_TRANSPORT_MESSAGE_HEADERS (as for a message saved from Sent
    Items), so readers must fall back on the MAPI properties.
    """
    path = Path(path)
    path.write_bytes(
        msg_bytes(
            subject=subject,
            sender_name=sender_name,
            sender_email=sender_email,
            to=to,
            cc=cc,
            body=body,
            html=html,
            attachments=attachments,
            embedded=embedded,
            sent=sent,
            received=received,
            message_id=message_id,
            sent_item=sent_item,
            headers=headers,
        )
    )
    return path
