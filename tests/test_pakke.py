"""The one-folder bundle: built with packaging/saksbord.spec, started on the demo database.

The Windows bundle is built the same way on a Windows runner (.github/workflows/windows.yml); here
the Linux one is built from the same spec, so a module, a translation, a migration or a template
the spec forgets shows up as a bundle that cannot start or cannot open the demo. The test starts
the bundle as a user would (its own executable, no Python of ours on the path) offscreen and waits
for the demo's user picker in the bundle's log; under Xvfb it also finds the picker's window by its
title on the X server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parents[1]
BYGG_TIDSAVBRUDD = 1200
FERDIG_BUNT = "SAKSBORD_BUNT"
"""Test a bundle already built (its dist/Saksbord folder) instead of building one."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="bygger Linux-bunten; Windows bygges i CI"
    ),
]


@pytest.fixture(scope="module")
def bunt(tmp_path_factory) -> Path:
    ferdig = os.environ.get(FERDIG_BUNT)
    if ferdig:  # a bundle built by hand or by CI, tested as it is
        return Path(ferdig)
    pytest.importorskip("PyInstaller", reason="PyInstaller mangler (pip install -e '.[packaging]')")
    mappe = tmp_path_factory.mktemp("bunt")
    miljo = {**os.environ, "PYTHONPATH": str(ROT)}
    start = time.monotonic()
    r = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(mappe / "dist"), "--workpath", str(mappe / "bygg"),
            str(ROT / "packaging" / "saksbord.spec"),
        ],
        cwd=ROT, env=miljo, capture_output=True, text=True, timeout=BYGG_TIDSAVBRUDD,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-4000:]
    print(f"\nbunten bygget på {time.monotonic() - start:.0f} s")
    return mappe / "dist" / "Saksbord"


def _miljo(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no PYTHONPATH into the source tree, fresh log and config folders."""
    miljo = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "SAKSBORD_BRUKER", "SAKSBORD_SPRAK", "QT_QPA_PLATFORM")
    }
    miljo.update(
        SAKSBORD_LOGGMAPPE=str(tmp_path / "logg"),
        SAKSBORD_KONFIG=str(tmp_path / "konfig"),
        HOME=str(tmp_path),
    )
    return miljo


def test_bunten_har_det_den_trenger(bunt):
    intern = bunt / "_internal"
    assert (bunt / "Saksbord").is_file()
    for fil in (
        "app/translations/saksbord_en.qm",
        "app/translations/qtbase_nb.qm",
        "app/translations/qtbase_nn.qm",
        "app/resources/saksbord.svg",
        "app/resources/saksbord.png",
        "app/resources/maler/brev.docx",
        "app/store/migrations/env.py",
    ):
        assert (intern / fil).is_file(), fil
    assert list((intern / "app/store/migrations/versions").glob("0001_*.py"))
    navn = {p.name for p in intern.rglob("*")}
    for uten in (
        "libQt6WebEngineCore.so.6",
        "libQt63DCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Multimedia.so.6",
    ):
        assert uten not in navn, f"{uten} skal ikke være med i bunten"
    assert any(n.startswith("libQt6Pdf") for n in navn)
    storrelse = sum(p.stat().st_size for p in bunt.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbunten: {storrelse / 1e6:.0f} MB")


def test_bunten_starter_paa_demodatabasen_og_viser_brukervalget(bunt, tmp_path):
    miljo = _miljo(tmp_path)
    db = tmp_path / "demo.sqlite"
    r = subprocess.run(
        [str(bunt / "Saksbord"), "--db", str(db), "demo"],
        env=miljo,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert (
        "--versjon"
        in subprocess.run(
            [str(bunt / "Saksbord"), "--help"], env=miljo, capture_output=True, text=True, timeout=60
        ).stdout
    )
    logg = tmp_path / "logg" / "saksbord.log"
    miljo["QT_QPA_PLATFORM"] = "offscreen"
    start = time.monotonic()
    p = subprocess.Popen(
        [str(bunt / "Saksbord"), "--db", str(db)], env=miljo, stderr=subprocess.PIPE, text=True
    )
    try:
        while time.monotonic() - start < 90 and p.poll() is None:
            if logg.exists() and "Demodatabase: brukervalg med 11 brukere" in logg.read_text(
                encoding="utf-8"
            ):
                break
            time.sleep(0.3)
        assert p.poll() is None, (
            f"bunten avsluttet med {p.returncode}: {p.stderr.read()[-3000:] if p.stderr else ''}"
        )
        tekst = logg.read_text(encoding="utf-8")
        assert "Demodatabase: brukervalg med 11 brukere" in tekst, tekst[-3000:]
        assert "Traceback" not in tekst
        print(f"\nbrukervalget vist etter {time.monotonic() - start:.1f} s")
    finally:
        p.kill()
        p.wait(timeout=30)


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xwininfo")), reason="trenger xvfb-run og xwininfo"
)
def test_bunten_under_xvfb_viser_vinduet_velg_bruker(bunt, tmp_path):
    miljo = _miljo(tmp_path)
    db = tmp_path / "demo.sqlite"
    subprocess.run([str(bunt / "Saksbord"), "--db", str(db), "demo"], env=miljo, check=True, timeout=180)
    skript = (
        '"$0" --db "$1" & p=$!; for i in $(seq 120); do '
        'if xwininfo -root -tree | grep -q "Velg bruker (demo)"; then kill $p; echo FUNNET; exit 0; fi; '
        "sleep 0.5; done; kill $p; xwininfo -root -tree; exit 1"
    )
    r = subprocess.run(
        ["xvfb-run", "-a", "sh", "-c", skript, str(bunt / "Saksbord"), str(db)],
        env=miljo, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert "FUNNET" in r.stdout, r.stdout[-3000:] + r.stderr[-3000:]
