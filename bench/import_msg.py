"""E-mail import on distinct messages, next to the floor of parsing the same files alone.

    python bench/import_msg.py [--antall 200] [--seed 3] [--korpus ../shared/fixtures/msg] [--json ut.json]

The messages are all different, so no duplicate check can shortcut any of them: --antall .eml
files are generated (seeded) with their own Message-ID, sender, subject, a plain-text body of
realistic length (some with an HTML part as well) and, for about half, one or two attachments
(a small PDF with its own text, a .txt, a .csv), and each real Outlook .msg of the corpus is added
once. A fresh demo database is built in a temporary folder (not timed) and every file is imported
into one of OHA's saker the way the window does it (``importer_filer``: one transaction per
message, the message as produksjonsformat, its PDF as arkivformat, attachments as vedlegg, body and
PDF text indexed), with duplicates reported, not imported again.

The floor is ``les_epost`` over the same files in the same process (reading and parsing only):
``import_vs_parse`` = import time / parse time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

MÅL = 20.0
"""Messages per second a case handler's batch must reach (issue 5)."""
KORPUS = ROT.parent / "shared" / "fixtures" / "msg"


def lag_eposter(mappe: Path, antall: int, seed: int = 3) -> list[Path]:
    """``antall`` distinct .eml files in ``mappe`` (the same seed gives the same files)."""
    from app.services.demo import enkel_pdf
    from bench import ordlister as o

    rnd = random.Random(seed)
    mappe.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    setninger = o.SETNINGER
    filer = []
    for i in range(antall):
        fn, en = rnd.choice(o.FORNAVN), rnd.choice(o.ETTERNAVN)
        lokal = f"{fn}.{en}".lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
        lokal = "".join(c for c in lokal if c.isascii() and (c.isalnum() or c in ".-"))
        m = EmailMessage()
        m["From"] = f"{fn} {en} <{lokal}@eksempel.no>"
        m["To"] = "Postmottak <postmottak@benchkommune.no>"
        if rnd.random() < 0.2:
            m["Cc"] = f"{rnd.choice(o.FORNAVN)} {rnd.choice(o.ETTERNAVN)} <kopi{i}@eksempel.no>"
        tema = rnd.choice(o.TEMA)
        mal = rnd.choice(o.INN_MALER)
        m["Subject"] = mal.format(t=f"{tema} ({rnd.choice(o.STEDER)})")
        m["Date"] = format_datetime(start + timedelta(minutes=17 * i + rnd.randint(0, 16)))
        m["Message-ID"] = f"<benk{seed}.{i}.{rnd.getrandbits(48):012x}@eksempel.no>"
        n = max(1, round(rnd.lognormvariate(1.6, 0.75)))
        avsnitt = [" ".join(rnd.choice(setninger) for _ in range(min(3, n - k))) for k in range(0, n, 3)]
        tekst = "\n\n".join(["Hei,", f"Viser til {tema}.", *avsnitt, f"Med vennlig hilsen\n{fn} {en}"])
        m.set_content(tekst)
        if rnd.random() < 0.3:
            html = "".join(f"<p>{a}</p>" for a in tekst.split("\n\n"))
            m.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
        r = rnd.random()
        if r < 0.45:
            linjer = [m["Subject"]] + [rnd.choice(setninger) for _ in range(rnd.randint(5, 40))]
            m.add_attachment(enkel_pdf(linjer[0], linjer[1:]), maintype="application", subtype="pdf",
                             filename=f"vedlegg-{i}.pdf")  # fmt: skip
        if 0.3 < r < 0.55:
            m.add_attachment(f"Notat {i}\n{rnd.choice(setninger)}\n".encode(), maintype="text", subtype="plain",
                             filename=f"notat-{i}.txt")  # fmt: skip
        if 0.5 < r < 0.6:
            rader = "\n".join(f"{k};{rnd.randint(1, 9999)};{rnd.choice(o.STEDER)}" for k in range(rnd.randint(3, 30)))
            m.add_attachment(("nr;belop;sted\n" + rader).encode(), maintype="text", subtype="csv",
                             filename=f"tabell-{i}.csv")  # fmt: skip
        for k, del_ in enumerate(d for d in m.walk() if d.is_multipart()):
            del_.set_boundary(f"=_benk{seed}_{i}_{k}_{rnd.getrandbits(32):08x}")  # seeded, not from the clock
        sti = mappe / f"{i:04d}.eml"
        sti.write_bytes(m.as_bytes())
        filer.append(sti)
    return filer


def maal_import(antall: int = 200, *, seed: int = 3, korpus: Path | None = KORPUS, logg=print) -> dict:
    """Import ``antall`` distinct messages (+ the real .msg corpus once); the parse floor beside it."""
    from app.epost import EpostFeil, les_epost
    from app.services import kurver
    from app.services.arbeid import Kontekst
    from app.services.demo import lag_demo
    from app.services.epostimport import importer_filer
    from app.widgets import arkivpdf

    arkivpdf.sikre_qt()
    with tempfile.TemporaryDirectory(prefix="saksbord-bench-epost-") as mappe:
        tmp = Path(mappe)
        filer = lag_eposter(tmp / "eposter", antall, seed)
        ekte = sorted(korpus.glob("*.msg")) if korpus is not None and korpus.is_dir() else []
        filer += ekte
        storrelse = sum(f.stat().st_size for f in filer)
        # the floor: parsing alone, the same files, twice (the first warms the code paths and the cache)
        parse = []
        for _ in range(2):
            t = time.perf_counter()
            for f in filer:
                try:
                    les_epost(f)
                except EpostFeil:
                    pass
            parse.append(time.perf_counter() - t)
        parse_s = min(parse)
        db = lag_demo(tmp / "demo.sqlite")
        try:
            ctx = Kontekst(db, "OHA")
            rader = kurver.kurv_rader(ctx, "mine-saker", kurver.kurv_ider(ctx, "mine-saker"))
            sak = next(r.saksnummer for r in rader if not r.skjermet and r.status in ("R", "B"))
            assert sak is not None
            start = time.perf_counter()
            rapport = importer_filer(
                ctx, sak, filer, duplikat="spor", render_pdf=arkivpdf.lag_arkiv_pdf, pdf_tekst=arkivpdf.pdf_tekst
            )
            import_s = time.perf_counter() - start
        finally:
            db.lukk()
    ut = {
        "filer": len(filer),
        "eml": antall,
        "msg": len(ekte),
        "mb": round(storrelse / 1e6, 1),
        "importert": len(rapport.importerte),
        "duplikater": len(rapport.duplikater),
        "avvist": [f"{Path(r.fil).name}: {r.melding}" for r in rapport.avviste],
        "import_s": round(import_s, 2),
        "import_per_s": round(len(rapport.importerte) / import_s, 1) if import_s else None,
        "import_parse_s": round(parse_s, 3),
        "parse_alle_s": [round(p, 3) for p in parse],
        "import_vs_parse": round(import_s / parse_s, 1) if parse_s else None,
    }
    logg(
        f"e-postimport: {ut['importert']} av {ut['filer']} ulike meldinger ({ut['eml']} .eml, {ut['msg']} .msg, "
        f"{ut['mb']} MB) på {import_s:.2f} s = {ut['import_per_s']}/s (mål ≥ {MÅL:g}/s); "
        f"bare lesing av de samme filene {parse_s:.3f} s; {ut['duplikater']} duplikater"
    )
    return ut


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--antall", type=int, default=200, help="distinct .eml messages to generate (default 200)")
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--korpus", type=Path, default=KORPUS, help=f"real .msg files added once each (default {KORPUS})")
    p.add_argument("--json", type=Path)
    args = p.parse_args(argv)
    ut = maal_import(args.antall, seed=args.seed, korpus=args.korpus)
    for a in ut["avvist"]:
        print(f"  avvist: {a}")
    print(f"Maskinen har {os.cpu_count()} kjerner; last {os.getloadavg()[0]:.2f}; importen bruker én skriver mot SQLite")
    if args.json:
        args.json.write_text(json.dumps(ut, indent=2, ensure_ascii=False))
    return 0 if ut["import_per_s"] and ut["import_per_s"] >= MÅL else 1


if __name__ == "__main__":
    sys.exit(main())

