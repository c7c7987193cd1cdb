"""app/domain is the bottom layer: it imports nothing of ours outside itself, and its codes are plain strings."""

from __future__ import annotations

import ast
from pathlib import Path

from app.domain import koder, regler

DOMENE = Path(__file__).resolve().parents[1] / "app" / "domain"


def _importer(sti: Path) -> set[str]:
    navn = set()
    for node in ast.walk(ast.parse(sti.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            navn |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            navn.add(node.module)
    return navn


def test_domenet_importerer_bare_seg_selv():
    filer = sorted(DOMENE.rglob("*.py"))
    assert len(filer) >= 10  # koder, feil, innstillinger and the regler package
    utenfor = {
        f"{f.relative_to(DOMENE)}: {m}"
        for f in filer
        for m in _importer(f)
        if (m == "app" or m.startswith("app.")) and not m.startswith("app.domain")
    }
    assert not utenfor, sorted(utenfor)
    assert not any(m.startswith("sqlalchemy") for f in filer for m in _importer(f))


def test_kodene_er_strenger_i_databasen():
    assert koder.Journalstatus.FERDIGSTILT == "F" and f"{koder.Journalstatus.FERDIGSTILT}" == "F"
    assert "F" in koder.LAASTE_JP_STATUSER and "R" not in koder.LAASTE_JP_STATUSER
    assert {k: v for k, v in koder.JOURNALPOSTTYPER.items()}["I"] == "Inngående dokument"
    assert set(koder.SAKSSTATUSER) == set("RBAUX")
    assert [a.kode for a in koder.AVSKRIVNINGSMAATER][0] == "***"


def test_reglene_kan_fortsatt_hentes_fra_pakken():
    for navn in regler.__all__:
        assert getattr(regler, navn) is not None
    assert regler.sjekk_saksstatus.__module__ == "app.domain.regler.sak"
    assert regler.Aktor.__module__ == "app.domain.regler.tilgang"
