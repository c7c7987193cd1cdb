"""``saksbord rapport NAVN``: a report as CSV, HTML or PDF, as the acting user may see it."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.felles import dato, felles, heltall, kommando, med_kontekst


def registrer(sub) -> None:
    from app.services.rapporter import RAPPORTER

    x = sub.add_parser(
        "rapport",
        help="ta ut en rapport (restanser, forfall, uavsluttede saker, journaler) som CSV, HTML eller PDF",
        description="Rapportene: " + ", ".join(RAPPORTER) + ".\n"
        "Skjermede felt erstattes for den som tar ut rapporten, som i kurvene.\n\n"
        "Eksempel: saksbord rapport restanseliste --enhet OPP --format pdf --out restanser.pdf --bruker KLE",
    )
    x.add_argument("navn", metavar="NAVN", help="rapportens navn (se over)")
    x.add_argument("--fra", type=dato, help="første dato (ÅÅÅÅ-MM-DD)")
    x.add_argument("--til", type=dato, help="siste dato (ÅÅÅÅ-MM-DD)")
    x.add_argument("--enhet", metavar="KODE", help="administrativ enhet")
    x.add_argument("--saksbehandler", metavar="INITIALER", help="én saksbehandlers restanser eller saker")
    x.add_argument("--sak", metavar="SAKSNR", help="saken (fullstendig-journal)")
    x.add_argument("--dager", type=heltall, help="forfallsliste: forfall innen så mange dager")
    x.add_argument("--format", type=_format, default="csv", help="csv (standard), html eller pdf")
    x.add_argument("--out", required=True, metavar="FIL")
    felles(x)
    kommando(x, med_kontekst(_rapport))


def _format(tekst: str) -> str:
    fmt = tekst.strip().lower()
    if fmt not in ("csv", "html", "pdf"):
        raise argparse.ArgumentTypeError(f"«{tekst}» er ikke et format; velg csv, html eller pdf")
    return fmt


def _rapport(ctx, args: argparse.Namespace) -> int:
    from app.services.rapporter import Kriterier, lag_rapport
    from app.services.rapporter.format import som_csv, som_html

    k = Kriterier(
        fra=args.fra,
        til=args.til,
        enhet=args.enhet,
        saksbehandler=args.saksbehandler,
        sak=args.sak,
        dager=args.dager,
    )
    r = lag_rapport(ctx, args.navn, k)
    ut = Path(args.out)
    if args.format == "csv":
        ut.write_bytes(som_csv(r))
    elif args.format == "html":
        ut.write_text(som_html(r), encoding="utf-8")
    else:
        from app.widgets.rapportpdf import skriv_pdf

        skriv_pdf(r, ut)
    print(f"{r.tittel}: {len(r.rader)} rader skrevet til {ut}")
    return 0
