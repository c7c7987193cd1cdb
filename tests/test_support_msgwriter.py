"""The .msg writer the suite uses instead of a shared corpus (tests/support/msgwriter.py).

Every file is read back with extract-msg, the reader the app uses, so a
writer bug shows up here rather than as a puzzling failure in an app test.
"""

from __future__ import annotations

import io
import os
import struct
from datetime import UTC, datetime, timedelta, timezone

import extract_msg
import olefile
import pytest

from tests.support.msgwriter import cfb_bytes, msg_bytes, write_msg

SENT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
RECEIVED = datetime(2024, 5, 6, 7, 9, 30, tzinfo=UTC)
BIG = bytes(range(256)) * 40 + b"tail"  # 10244 bytes: regular FAT sectors, not the mini stream
SMALL = "Hei, dette er et lite vedlegg fra Åse.\n".encode()


@pytest.fixture
def open_msg():
    opened = []

    def _open(path):
        msg = extract_msg.openMsg(os.fspath(path))
        opened.append(msg)
        return msg

    yield _open
    for msg in opened:
        msg.close()


def _flags(msg) -> int:
    return msg.getPropertyVal("0E070003")


def test_plain_message_reads_back(tmp_path, open_msg):
    path = write_msg(
        tmp_path / "plain.msg",
        subject="Møteinnkalling",
        sender_name="Kari Nordmann",
        sender_email="kari.nordmann@example.no",
        to=[("Ola Normann", "ola@example.no"), ("", "post@kommune.example.no")],
        cc=[("Åse Ødegård", "ase@example.no")],
        body="Hei,\r\n\r\nVelkommen til møte.\r\n",
        sent=SENT,
        received=RECEIVED,
        message_id="<20240506070809.1234@example.no>",
    )
    assert path == tmp_path / "plain.msg"
    msg = open_msg(path)
    assert msg.classType == "IPM.Note"
    assert msg.subject == "Møteinnkalling"
    assert msg.sender == "Kari Nordmann <kari.nordmann@example.no>"
    assert msg.to == "Ola Normann <ola@example.no>; post@kommune.example.no"
    assert msg.cc == "Åse Ødegård <ase@example.no>"
    assert msg.body == "Hei,\r\n\r\nVelkommen til møte.\r\n"
    assert msg.date == SENT
    assert msg.receivedTime == RECEIVED
    assert msg.messageId == "<20240506070809.1234@example.no>"
    assert msg.isRead and msg.isSent
    assert not _flags(msg) & 0x20  # not MSGFLAG_FROMME
    assert msg.attachments == []

    people = [(r.name, r.email, int(r.type)) for r in msg.recipients]
    assert people == [
        ("Ola Normann", "ola@example.no", 1),
        ("post@kommune.example.no", "post@kommune.example.no", 1),
        ("Åse Ødegård", "ase@example.no", 2),
    ]
    assert msg.getStringStream("__substg1.0_0E04") == "Ola Normann; post@kommune.example.no"
    assert msg.getStringStream("__substg1.0_0E03") == "Åse Ødegård"
    assert msg.getStringStream("__substg1.0_0C1F") == "kari.nordmann@example.no"
    assert msg.getStringStream("__substg1.0_0C1E") == "SMTP"


def test_html_body(tmp_path, open_msg):
    html = '<html><head><meta charset="utf-8"></head><body><p>Søknad <b>mottatt</b></p></body></html>'
    msg = open_msg(
        write_msg(tmp_path / "html.msg", subject="HTML", body="Søknad mottatt", html=html, sent=SENT)
    )
    assert msg.htmlBody == html.encode("utf-8")
    assert msg.body == "Søknad mottatt"
    assert msg.getPropertyVal("3FDE0003") == 65001


def test_attachments_small_and_large(tmp_path, open_msg):
    msg = open_msg(
        write_msg(
            tmp_path / "att.msg",
            subject="To vedlegg",
            sender_email="a@example.no",
            to=[("B", "b@example.no")],
            attachments=[("notat.txt", SMALL), ("Vedtak om tilskudd.pdf", BIG)],
            sent=SENT,
        )
    )
    got = [(att.longFilename, att.shortFilename, att.data) for att in msg.attachments]
    assert got == [
        ("notat.txt", "notat.txt", SMALL),
        ("Vedtak om tilskudd.pdf", "Vedtak om tilskudd.pdf", BIG),
    ]
    assert [att.getFilename() for att in msg.attachments] == ["notat.txt", "Vedtak om tilskudd.pdf"]
    assert msg.attachments[1].mimetype == "application/pdf"
    assert _flags(msg) & 0x10  # MSGFLAG_HASATTACH


def test_embedded_message_with_its_own_attachment(tmp_path, open_msg):
    inner_sent = datetime(2024, 1, 2, 3, 4, 5)  # naive: taken as UTC
    msg = open_msg(
        write_msg(
            tmp_path / "outer.msg",
            subject="VS: Klage på vedtak",
            sender_name="Saksbehandler",
            sender_email="sb@kommune.example.no",
            to=[("Arkiv", "arkiv@kommune.example.no")],
            body="Se vedlagt e-post.",
            attachments=[("oversikt.txt", SMALL)],
            embedded=[
                {
                    "subject": "Klage på vedtak",
                    "sender_name": "Per Klagesen",
                    "sender_email": "per@example.no",
                    "to": [("Saksbehandler", "sb@kommune.example.no")],
                    "body": "Jeg klager.",
                    "attachments": [("klage.pdf", BIG)],
                    "sent": inner_sent,
                    "message_id": "<inner@example.no>",
                }
            ],
            sent=SENT,
        )
    )
    assert msg.subject == "VS: Klage på vedtak"
    assert msg.getStringStream("__substg1.0_003D") == "VS: "
    assert msg.getStringStream("__substg1.0_0E1D") == "Klage på vedtak"
    assert len(msg.attachments) == 2
    plain, emb = msg.attachments
    assert (plain.longFilename, plain.data) == ("oversikt.txt", SMALL)
    assert isinstance(emb, extract_msg.attachments.EmbeddedMsgAttachment)
    inner = emb.data
    assert inner.subject == "Klage på vedtak"
    assert inner.sender == "Per Klagesen <per@example.no>"
    assert inner.to == "Saksbehandler <sb@kommune.example.no>"
    assert inner.body == "Jeg klager."
    assert inner.date == inner_sent.replace(tzinfo=UTC)
    assert inner.messageId == "<inner@example.no>"
    assert [(a.longFilename, a.data) for a in inner.attachments] == [("klage.pdf", BIG)]


def test_nested_twice(tmp_path, open_msg):
    deepest = {"subject": "Nivå 3", "attachments": [("d.txt", b"d")]}
    middle = {"subject": "Nivå 2", "embedded": [deepest]}
    msg = open_msg(write_msg(tmp_path / "n.msg", subject="Nivå 1", embedded=[middle]))
    level2 = msg.attachments[0].data
    level3 = level2.attachments[0].data
    assert (level2.subject, level3.subject) == ("Nivå 2", "Nivå 3")
    assert level3.attachments[0].data == b"d"


def test_norwegian_subject_and_names(tmp_path, open_msg):
    subject = "Søknad om ærlig å-vei"
    msg = open_msg(
        write_msg(
            tmp_path / "no.msg",
            subject=subject,
            sender_name="Bjørn Ærø",
            sender_email="bjorn@example.no",
            to=[("Øystein Åsheim", "oystein@example.no")],
            body="Æ Ø Å æ ø å",
            sent=datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=1))),
        )
    )
    assert msg.subject == subject
    assert msg.sender == "Bjørn Ærø <bjorn@example.no>"
    assert msg.to == "Øystein Åsheim <oystein@example.no>"
    assert msg.body == "Æ Ø Å æ ø å"
    assert msg.date == datetime(2024, 3, 1, 11, 0, tzinfo=UTC)
    # The transport header is RFC 2047-encoded like a real one.
    assert msg.headerText.isascii()
    assert "Subject: =?utf-8?" in msg.headerText


def test_sent_item(tmp_path, open_msg):
    msg = open_msg(
        write_msg(
            tmp_path / "sent.msg",
            subject="Svar på søknad",
            sender_name="Saksbehandler",
            sender_email="sb@kommune.example.no",
            to=[("Kari", "kari@example.no")],
            body="Innvilget.",
            sent=SENT,
            message_id="<sent@kommune.example.no>",
            sent_item=True,
        )
    )
    flags = _flags(msg)
    assert flags & 0x20  # MSGFLAG_FROMME
    assert not flags & 0x08  # not MSGFLAG_UNSENT
    assert msg.isSent
    assert msg.date == SENT
    assert msg.messageId == "<sent@kommune.example.no>"


def test_without_transport_headers_readers_fall_back_on_properties(tmp_path, open_msg):
    msg = open_msg(
        write_msg(
            tmp_path / "noheaders.msg",
            subject="Utgående",
            sender_name="Saksbehandler",
            sender_email="sb@kommune.example.no",
            to=[("Kari Nordmann", "kari@example.no")],
            cc=[("Ola", "ola@example.no")],
            sent=SENT,
            message_id="<x@kommune.example.no>",
            sent_item=True,
            headers=False,
        )
    )
    assert msg.headerText is None
    assert msg.sender == "Saksbehandler <sb@kommune.example.no>"
    assert msg.to == "Kari Nordmann <kari@example.no>"
    assert msg.cc == "Ola <ola@example.no>"
    assert msg.date == SENT
    assert msg.messageId == "<x@kommune.example.no>"


def test_msg_bytes_matches_write_msg_and_is_deterministic(tmp_path):
    kwargs = {"subject": "Likt", "body": "b", "attachments": [("a.bin", b"a")], "sent": SENT}
    data = msg_bytes(**kwargs)
    assert data == msg_bytes(**kwargs)
    assert write_msg(tmp_path / "x.msg", **kwargs).read_bytes() == data
    assert data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    assert len(data) % 512 == 0


def test_msg_layout_follows_ms_oxmsg(tmp_path):
    data = msg_bytes(
        subject="Layout",
        to=[("A", "a@example.no")],
        cc=[("B", "b@example.no")],
        attachments=[("a.txt", b"a")],
        embedded=[{"subject": "Inner", "to": [("C", "c@example.no")]}],
    )
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_POTENTIAL)
    names = {"/".join(p) for p in ole.listdir(streams=True, storages=True)}
    assert {
        "__nameid_version1.0",
        "__nameid_version1.0/__substg1.0_00020102",
        "__nameid_version1.0/__substg1.0_00030102",
        "__nameid_version1.0/__substg1.0_00040102",
        "__recip_version1.0_#00000000",
        "__recip_version1.0_#00000001",
        "__attach_version1.0_#00000000/__substg1.0_37010102",
        "__attach_version1.0_#00000001/__substg1.0_3701000D/__properties_version1.0",
        "__attach_version1.0_#00000001/__substg1.0_3701000D/__recip_version1.0_#00000000",
        "__substg1.0_0037001F",
    } <= names
    assert not any(n.startswith("__attach_version1.0_#00000001/__substg1.0_3701000D/__nameid") for n in names)

    top = ole.openstream("__properties_version1.0").read()
    assert struct.unpack_from("<IIII", top, 8) == (2, 2, 2, 2)  # next ids and counts
    assert (len(top) - 32) % 16 == 0
    inner = ole.openstream(
        "__attach_version1.0_#00000001/__substg1.0_3701000D/__properties_version1.0"
    ).read()
    assert struct.unpack_from("<IIII", inner, 8) == (1, 0, 1, 0)
    assert (len(inner) - 24) % 16 == 0
    att = ole.openstream("__attach_version1.0_#00000001/__properties_version1.0").read()
    entries = {struct.unpack_from("<I", att, i)[0]: att[i + 8 : i + 16] for i in range(8, len(att), 16)}
    assert entries[0x37050003][:4] == struct.pack("<I", 5)  # PR_ATTACH_METHOD: embedded message
    assert entries[0x3701000D] == struct.pack("<II", 0xFFFFFFFF, 1)
    subject = {struct.unpack_from("<I", top, i)[0]: top[i + 8 : i + 12] for i in range(32, len(top), 16)}
    assert subject[0x0037001F] == struct.pack("<I", len("Layout") * 2 + 2)  # size counts the NUL
    assert ole.openstream("__substg1.0_0037001F").read() == "Layout".encode("utf-16-le")
    ole.close()


def test_compound_file_writer_handles_mini_regular_and_difat(tmp_path):
    big = os.urandom(7_500_000)  # > 109 FAT sectors: needs a DIFAT sector
    tree = {
        "small": b"s" * 10,
        "edge_mini": b"m" * 4095,
        "edge_regular": b"r" * 4096,
        "empty": b"",
        "big": big,
        "Storage": {"x" * 31: b"long name", **{f"s{i}": bytes([i]) * i for i in range(40)}, "Sub": {}},
    }
    data = cfb_bytes(tree)
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_POTENTIAL)
    assert ole.num_difat_sectors >= 1
    assert ole.openstream("big").read() == big
    assert ole.openstream("edge_mini").read() == b"m" * 4095
    assert ole.openstream("edge_regular").read() == b"r" * 4096
    assert ole.openstream("small").read() == b"s" * 10
    assert ole.openstream("empty").read() == b""
    assert ole.openstream("Storage/" + "x" * 31).read() == b"long name"
    assert all(ole.openstream(f"Storage/s{i}").read() == bytes([i]) * i for i in range(40))
    assert ole.get_type("Storage/Sub") == olefile.STGTY_STORAGE
    ole.close()


def test_compound_file_writer_rejects_bad_names():
    with pytest.raises(ValueError):
        cfb_bytes({"x" * 32: b""})
    with pytest.raises(ValueError):
        cfb_bytes({"a/b": b""})
    with pytest.raises(ValueError):
        cfb_bytes({"Name": b"", "NAME": b""})
