"""The depot check's bounded memory (issue 14): what it keeps does not grow with the uttrekk.

Its systemIDs live in a temporary SQLite file (app/services/eksport/idlager.py), removed afterwards;
a test uttrekk's status warnings are kept up to a limit and counted beyond it. The broken-package
findings themselves are tested in tests/test_eksport_noark5.py.
"""

from __future__ import annotations

from pathlib import Path

from app.services.eksport import idlager, kontroll, kontroller
from tests.test_eksport_noark5 import _uttrekk


def test_statusadvarsler_telles_forbi_grensen_og_lageret_ryddes(demo_sqlite, tmp_path, monkeypatch):
    ut = tmp_path / "u"
    _uttrekk(demo_sqlite, ut, test=True)
    alle = kontroller(ut, test=True)
    status = [a for a in alle.advarsler if "avleveres" in a]
    assert len(status) > 3 and alle.ok

    monkeypatch.setattr(kontroll, "MAKS_ADVARSLER", 3)
    mapper: list[str] = []
    ekte = idlager.Idlager.__init__

    def husk(self) -> None:
        ekte(self)
        mapper.append(self._mappe.name)

    monkeypatch.setattr(idlager.Idlager, "__init__", husk)
    kort = kontroller(ut, test=True)
    assert kort.advarsler[:3] == status[:3]
    assert f"… og {len(status) - 3} advarsler til" in kort.advarsler[-1]
    # The strict check still lists every one as an error.
    assert len([f for f in kontroller(ut).feil if "avleveres" in f]) == len(status)
    assert mapper and not any(Path(m).exists() for m in mapper)


def test_idlageret_finner_duplikater_og_referanser_som_ikke_peker_noe_sted():
    a, b = "3f1c1b1e-0000-4000-8000-000000000001", "3f1c1b1e-0000-4000-8000-000000000002"
    with idlager.Idlager() as lager:
        for i in range(idlager.BUNKE + 5):  # across a batch boundary
            lager.systemid(idlager.nokkel(f"3f1c1b1e-0000-4000-8000-{i + 10:012d}"), idlager.JOURNALPOST)
        lager.systemid(idlager.nokkel(a), idlager.MAPPE)
        lager.systemid(idlager.nokkel(a), idlager.KLASSE)
        lager.systemid(idlager.nokkel("ikke-en-uuid"), idlager.ANNET)
        lager.referanse("referanseTilMappe", idlager.nokkel(a), "linje 1")
        lager.referanse("referanseTilMappe", idlager.nokkel(b), "linje 2")
        lager.referanse("referanseTilKlasse", idlager.nokkel("ikke-en-uuid"), "linje 3")
        lager.journal(1, idlager.nokkel(b))
        assert [(idlager.vis(k), n) for k, n in lager.duplikater()] == [(a, 2)]
        assert [(idlager.vis(k), h) for k, h in lager.uloste("referanseTilMappe", (idlager.MAPPE,))] == [
            (b, "linje 2")
        ]
        assert [h for _k, h in lager.uloste("referanseTilKlasse", (idlager.KLASSE,))] == ["linje 3"]
        assert lager.antall(idlager.JOURNALPOST) == idlager.BUNKE + 5
        assert [idlager.vis(k) for k in lager.journal_uten(1, None)] == [b]
        lager.journal(2, idlager.nokkel(a))  # added after the first question
        assert [idlager.vis(k) for k in lager.journal_uten(2, 1)] == [a]
