"""The demo's political bodies, made through the services: formannskap and kommunestyre with
members, deputies and a møtesekretær (Liv Moen, LMO), and their next møter."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.arbeid import Kontekst
from app.services.politikk import mote, utvalg
from app.store.db import Database

SEKRETAR = "LMO"

MEDLEMMER = {
    "FSK": [
        ("Siri Haugland", "leder", "Ap"),
        ("Tor Egil Moe", "nestleder", "Sp"),
        ("Hilde Sandvik", "medlem", "H"),
        ("Arne Brekke", "medlem", "Ap"),
        ("Nina Lund", "medlem", "SV"),
        ("Kjell Ødegård", "varamedlem", "Sp"),
    ],
    "KST": [
        ("Siri Haugland", "leder", "Ap"),
        ("Tor Egil Moe", "nestleder", "Sp"),
        ("Hilde Sandvik", "medlem", "H"),
        ("Arne Brekke", "medlem", "Ap"),
        ("Nina Lund", "medlem", "SV"),
        ("Ole Bakke", "medlem", "FrP"),
        ("Randi Vold", "medlem", "KrF"),
        ("Kjell Ødegård", "varamedlem", "Sp"),
    ],
}


def fyll(db: Database, idag: date) -> None:
    ctx = Kontekst(db, SEKRETAR)
    utvalg.opprett_utvalg(ctx, kode="KST", navn="Kommunestyret", sekretar=SEKRETAR)
    utvalg.opprett_utvalg(ctx, kode="FSK", navn="Formannskapet", sekretar=SEKRETAR, fullmaktsorgan="KST")
    for kode, medlemmer in MEDLEMMER.items():
        for navn, rolle, parti in medlemmer:
            utvalg.legg_til_medlem(ctx, kode, navn=navn, rolle=rolle, parti=parti)
    for kode, dager, sted in (
        ("FSK", 14, "Formannskapssalen"),
        ("KST", 21, "Kommunestyresalen"),
        ("FSK", 35, "Formannskapssalen"),
        ("KST", 42, "Kommunestyresalen"),
    ):
        mote.opprett_mote(ctx, kode, dato=idag + timedelta(days=dager), sted=sted, klokkeslett="18:00")
