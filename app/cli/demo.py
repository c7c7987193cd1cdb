"""``saksbord demo``: make (or reset) the demo database and print where it is."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.felles import kommando, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "demo",
        help="lag eller nullstill demodatabasen",
        description="Lager demodatabasen på nytt og skriver stien.\n\nEksempel: saksbord demo",
    )
    x.add_argument("--json", action="store_true")
    kommando(x, _demo)


def _demo(args: argparse.Namespace) -> int:
    from app.services.demo import lag_demo
    from app.store.db import standard_db_sti

    sti = args.db or standard_db_sti()
    if "://" not in str(sti):
        Path(sti).parent.mkdir(parents=True, exist_ok=True)
    db = lag_demo(sti)
    skriv(args, {"database": str(sti), "url": db.url}, str(sti))
    return 0
