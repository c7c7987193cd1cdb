"""How many e-mails per second `importer_filer` registers, PDF rendering and indexing included.

    python bench/import_msg.py [--antall 200] [--korpus ../shared/fixtures/msg]

Repeats the .msg corpus to about --antall files, builds a fresh demo database
in a temporary folder (not timed) and imports every file into one of OHA's
saker the way the window does: one transaction per message, the message as
produksjonsformat with its PDF as arkivformat, attachments as vedlegg, and
body and PDF text in the full-text index. Repeated messages are registered
again (duplikat="importer"), so the duplicate check runs for every file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

MÅL = 20.0
"""Messages per second a case handler's batch must reach (issue 5)."""
KORPUS = ROT.parent / "shared" / "fixtures" / "msg"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--antall", type=int, default=200, help="about this many messages (default 200)")
    p.add_argument("--korpus", type=Path, default=KORPUS, help=f"folder of .msg files (default {KORPUS})")
    args = p.parse_args(argv)

    korpus = sorted(args.korpus.glob("*.msg")) if args.korpus.is_dir() else []
    if not korpus:
        print(f"Fant ingen .msg-filer i {args.korpus}", file=sys.stderr)
        return 2

    from app.services import kurver
    from app.services.arbeid import Kontekst
    from app.services.demo import lag_demo
    from app.services.epostimport import importer_filer
    from app.widgets import arkivpdf

    arkivpdf.sikre_qt()
    with tempfile.TemporaryDirectory(prefix="saksbord-bench-") as mappe:
        tmp = Path(mappe)
        filer = []
        for i in range(max(1, round(args.antall / len(korpus)))):
            for kilde in korpus:
                kopi = tmp / "korpus" / f"{i:03d}_{kilde.name}"
                kopi.parent.mkdir(exist_ok=True)
                shutil.copy2(kilde, kopi)
                filer.append(kopi)
        db = lag_demo(tmp / "demo.sqlite")
        try:
            ctx = Kontekst(db, "OHA")
            rader = kurver.kurv_rader(ctx, "mine-saker", kurver.kurv_ider(ctx, "mine-saker"))
            sak = next(r.saksnummer for r in rader if not r.skjermet and r.status in ("R", "B"))
            start = time.perf_counter()
            rapport = importer_filer(
                ctx,
                sak,
                filer,
                duplikat="importer",
                render_pdf=arkivpdf.lag_arkiv_pdf,
                pdf_tekst=arkivpdf.pdf_tekst,
            )
            tid = time.perf_counter() - start
        finally:
            db.lukk()

    importert = len(rapport.importerte)
    fart = importert / tid
    print(
        f"{len(filer)} meldinger ({len(korpus)} i korpuset, gjentatt), {importert} importert på {tid:.2f} s"
    )
    print(f"{fart:.1f} meldinger/s (mål ≥ {MÅL:g}/s): {'OK' if fart >= MÅL else 'UNDER MÅLET'}")
    print(f"Maskinen har {os.cpu_count()} kjerner; importen bruker én tråd (én skriver mot SQLite)")
    for r in rapport.avviste:
        print(f"  avvist: {Path(r.fil).name}: {r.melding}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
