"""`saksbord import-msg` (app/cli/importmsg.py): one result per file, exit 0 or 1, never a traceback."""

# ruff: noqa: F811 - the demo fixtures are imported from test_epost_import and taken as arguments

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.services import visning
from app.services.arbeid import Kontekst
from app.store.db import Database
from tests.support.msgwriter import write_msg
from tests.test_epost_import import FIXTURFILER, OLA, ctx, demo_mal, sak  # noqa: F401

ROT = Path(__file__).resolve().parents[1]
SENDT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


@pytest.fixture
def db_sti(ctx, sak, tmp_path) -> str:
    """The test's copy of the demo, closed here: the CLI opens it itself."""
    ctx.db.lukk()
    return str(tmp_path / "demo.sqlite")


def _meldinger(mappe: Path) -> list[Path]:
    innkommende = write_msg(
        mappe / "soknad.msg",
        subject="Søknad om tilskudd",
        sender_name="Kari Nordmann",
        sender_email="kari@example.no",
        to=[OLA],
        body="Søknaden ligger ved.",
        attachments=[("budsjett.txt", b"100 kr")],
        sent=SENDT,
        message_id="<soknad@example.no>",
    )
    sendt = write_msg(
        mappe / "svar.msg",
        subject="SV: Søknad om tilskudd",
        sender_name="Ola Hansen",
        sender_email="ola.hansen@demokommune.no",
        to=[("Kari Nordmann", "kari@example.no")],
        body="Takk, vi ser på den.",
        sent=SENDT,
        sent_item=True,
    )
    return [innkommende, sendt]


def _dårlige(mappe: Path, mal: Path) -> list[Path]:
    tom = mappe / "tom.msg"
    tom.write_bytes(b"")
    tekst = mappe / "tekst.msg"
    tekst.write_text("Dette er ikke en e-post\n", encoding="utf-8")
    avkuttet = mappe / "avkuttet.msg"
    avkuttet.write_bytes(mal.read_bytes()[: mal.stat().st_size // 3])
    return [tom, tekst, avkuttet]


def test_json_over_good_and_bad_files_in_a_fresh_process(db_sti, sak, tmp_path) -> None:
    gode = _meldinger(tmp_path)
    dårlige = _dårlige(tmp_path, gode[0])
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    p = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", db_sti, "import-msg", "--sak", sak, "--bruker", "OHA",
         "--json", *map(str, [*gode, *FIXTURFILER, *dårlige, gode[0]])],
        capture_output=True, text=True, cwd=ROT, env=env, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in p.stdout + p.stderr, p.stderr
    assert p.returncode == 1, p.stderr
    resultater = json.loads(p.stdout)["resultater"]
    assert [Path(r["fil"]).name for r in resultater] == [
        p.name for p in [*gode, *FIXTURFILER, *dårlige, gode[0]]
    ]
    for r in resultater:
        assert set(r) >= {"fil", "status", "journalpostnummer", "vedlegg", "melding"}
        assert r["status"] in ("importert", "avvist") and r["melding"], r
        assert (r["journalpostnummer"] is not None) == (r["status"] == "importert"), r

    soknad, svar = resultater[:2]
    assert (soknad["status"], soknad["type"], soknad["vedlegg"]) == ("importert", "I", 1)
    assert (svar["status"], svar["type"]) == ("importert", "U")
    ola = Kontekst(Database.aapne(db_sti, opprett=False), "OHA")
    assert visning.vis_journalpost(ola, soknad["journalpostnummer"]).tittel == "Søknad om tilskudd"
    assert visning.vis_journalpost(ola, svar["journalpostnummer"]).status == "R"
    ola.db.lukk()

    *_, tom, tekst, avkuttet, igjen = resultater
    assert (tom["status"], tom["melding"]) == ("avvist", "Filen er tom (0 byte)")
    assert (tekst["status"], tekst["melding"]) == ("avvist", "Filen er ikke en Outlook-melding (.msg)")
    assert avkuttet["status"] == "avvist" and avkuttet["melding"].startswith("Filen er avkuttet eller skadet")
    assert igjen["status"] == "avvist"
    assert igjen["melding"] == f"Meldingen er allerede registrert i saken som {soknad['journalpostnummer']}"


def test_all_imported_exits_0_with_short_norwegian_lines(qapp, db_sti, sak, tmp_path, capsys) -> None:
    rc = main(
        ["--db", db_sti, "import-msg", "--sak", sak, "--bruker", "OHA", *map(str, _meldinger(tmp_path))]
    )
    ut = capsys.readouterr().out.splitlines()
    assert rc == 0
    assert ut[0].startswith("soknad.msg: ") and ut[0].endswith(" (I, 1 vedlegg)")
    assert ut[1].startswith("svar.msg: ") and ut[1].endswith(" (U, 0 vedlegg)")
    assert ut[-1] == f"2 importert, 0 avvist (sak {sak})"


def test_a_refused_file_in_text_mode_says_why_and_exits_1(qapp, db_sti, sak, tmp_path, capsys) -> None:
    tom = tmp_path / "tom.msg"
    tom.write_bytes(b"")
    rc = main(["--db", db_sti, "import-msg", "--sak", sak, "--bruker", "OHA", str(tom)])
    assert rc == 1
    assert capsys.readouterr().out.splitlines() == [
        "tom.msg: avvist – Filen er tom (0 byte)",
        f"0 importert, 1 avvist (sak {sak})",
    ]


@pytest.mark.parametrize(
    ("sak_", "bruker", "melding"),
    [
        ("1999/9", "OHA", "Fant ingen sak 1999/9"),
        (None, "INGEN", "Fant ingen bruker med initialer «INGEN»"),
    ],
)
def test_unknown_sak_or_user_refuses_the_batch_with_a_message(
    qapp,
    db_sti,
    sak,
    tmp_path,
    capsys,
    sak_,
    bruker,
    melding,
) -> None:
    (fil, _) = _meldinger(tmp_path)
    rc = main(["--db", db_sti, "import-msg", "--sak", sak_ or sak, "--bruker", bruker, str(fil)])
    ut = capsys.readouterr()
    assert rc == 1
    assert ut.err.strip() == melding and ut.out == ""
