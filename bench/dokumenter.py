"""How fast a template fills and a document becomes arkivformat (issue 12).

    python bench/dokumenter.py [--antall 20] [--bunke 10]

- ``fill_ms``: ``fyll_mal`` of the shipped brev (docxtpl, Jinja fields, one
  mottaker), median of --antall runs after one warm-up; target < 300 ms.
- ``arkiv_kald_s``: one .docx to PDF/A-2b with a fresh LibreOffice profile
  (the first conversion on a new machine or user: the profile is created).
- ``arkiv_start_s``: the same with the kept profile: what each batch pays for
  starting LibreOffice (one process per batch); median of 3.
- ``arkiv_varm_s``: per document inside one batch of --bunke documents (LibreOffice
  already running), i.e. (batch time - start time) / documents.
- ``pdf_til_pdfa_s``: an incoming PDF normalised by Ghostscript; median of 5.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

MÅL_FLETT_MS = 300.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--antall", type=int, default=20, help="template fills to time (default 20)")
    p.add_argument("--bunke", type=int, default=10, help="documents in the warm batch (default 10)")
    args = p.parse_args(argv)

    from app.dokumenter import konvertering
    from app.dokumenter.konvertering import pdf_til_pdfa, til_arkivformat, til_arkivformat_mange
    from app.dokumenter.maler import MALMAPPE, fyll_mal
    from tests.test_dokumenter_arkivformat import pdf_med_tekst
    from tests.test_dokumenter_maler import flettedata

    data = flettedata()
    mal = (MALMAPPE / "brev.docx").read_bytes()
    fyll_mal(mal, data)
    tider = []
    for _ in range(args.antall):
        start = time.perf_counter()
        [brev] = fyll_mal(mal, data)
        tider.append((time.perf_counter() - start) * 1000)
    fill_ms = statistics.median(tider)
    print(f"fill_ms          {fill_ms:8.1f}  (median of {args.antall}; target < {MÅL_FLETT_MS:.0f} ms)")

    with tempfile.TemporaryDirectory(prefix="saksbord-bench-lo-") as tmp:
        ny_profil = Path(tmp) / "profil"

        class _FerskProfil:
            def __enter__(self) -> Path:
                return ny_profil

            def __exit__(self, *_: object) -> None:
                return None

        with mock.patch.object(konvertering, "_profil", _FerskProfil):
            start = time.perf_counter()
            til_arkivformat(brev.data, "brev.docx")
            kald = time.perf_counter() - start
    print(f"arkiv_kald_s     {kald:8.2f}  (fresh LibreOffice profile, one .docx)")

    til_arkivformat(brev.data, "brev.docx")  # make sure the kept profile exists
    starter = []
    for _ in range(3):
        start = time.perf_counter()
        til_arkivformat(brev.data, "brev.docx")
        starter.append(time.perf_counter() - start)
    én = statistics.median(starter)
    print(f"arkiv_start_s    {én:8.2f}  (kept profile, one .docx per process; median of 3)")

    start = time.perf_counter()
    resultat = til_arkivformat_mange([(brev.data, f"brev{i}.docx") for i in range(args.bunke)])
    bunke = time.perf_counter() - start
    assert all(r.feil is None for r in resultat), [str(r.feil) for r in resultat if r.feil]
    varm = (bunke - én) / max(1, args.bunke - 1)
    print(f"arkiv_varm_s     {varm:8.2f}  (per document in a batch of {args.bunke}: {bunke:.2f} s in all)")

    pdf = pdf_med_tekst(*(f"Side {i}" for i in range(1, 6)))
    gs = []
    for _ in range(5):
        start = time.perf_counter()
        pdf_til_pdfa(pdf)
        gs.append(time.perf_counter() - start)
    print(
        f"pdf_til_pdfa_s   {statistics.median(gs):8.2f}  (5-page incoming PDF through Ghostscript; median of 5)"
    )
    return 0 if fill_ms < MÅL_FLETT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
