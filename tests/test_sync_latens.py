"""The window in sync mode never waits on the network: a slow link, and no link at all.

The Saksbord server runs in a process of its own (``python -m app.cli server``), and a TCP proxy
adds 300 ms round trip between the clients and it while two users register, answer, send for
approval and approve in their windows; a heartbeat on the UI thread shows the longest time the
thread could not run, and a watchdog that any HTTP call (httpx, httpcore) or database call ran on
it. And with the database stopped, Mottatte oppgaver still open (reading a task is a pure read;
the "mark as read" waits in the outbox).
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import httpx
import psycopg
import pytest
from PySide6.QtCore import QTimer

from app.domain.feil import UgyldigTilstand
from app.services import oppgaver
from app.services.arbeid import Kontekst
from app.services.journalposter import PartInn
from app.server.innlogging import sett_passord
from app.services.synk import SynkKlient, Synkroniserer, konflikter
from app.services.synk.http import HttpTransport, logg_inn
from app.store.db import Database
from app.views.app import SynkBro
from app.views.dialoger.enkle import BehandleOppgaveDialog, BesvarDialog, SendOppgaveDialog
from app.views.dialoger.kort import JournalpostKortDialog
from app.widgets.hendelser import hendelser
from tests.support.latens import proxy_prosess
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)
from tests.test_window_routines import aapne, velg
from tests.test_window_synk import _oha_journalposter, bekreftet, vindu


def _i_koen_s() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux schedstat; 0 elsewhere)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except OSError:
        return 0.0


#: Frames that mean the UI thread is waiting on the network or on the sync client's lock.
NETTVERK = (
    "psycopg", "socket.py", "selectors.py", "synk/transport.py", "sync/pull.py", "sync/lytter.py",
    "sync/forste.py", "httpx", "httpcore", "synk/http.py",
)  # fmt: skip
LAASTE = {"_laast", "utfor", "_utfor_tilkoblet", "synk", "_synk", "loes_konflikt"}


#: The reads a selection needs (issue 11: they run on the reading lane, never on the UI thread).
LESING = ("services/handlinger.py", "services/visning.py", "services/dokumenter.py", "services/oppgaver.py")


def _i_lesing(f: traceback.FrameSummary) -> bool:
    return any(n in f.filename for n in LESING)


def _i_nettverk(f: traceback.FrameSummary) -> bool:
    return any(n in f.filename for n in NETTVERK) or (
        f.filename.endswith("synk/klient.py") and f.name in LAASTE
    )


class Puls:
    """A 5 ms timer on the UI thread: the longest gap between two ticks is the longest block.

    Time the thread was ready but the (shared, loaded) machine gave it no CPU is not a block
    by the program and is taken out (``lengste``); the raw wall-clock gap is ``lengste_vegg``.
    A watchdog samples the UI thread every 10 ms while it is late: where it was during the
    longest stall (``hvor``), and every sample that was inside network code (``i_nettverk``).
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tikk)
        self.lengste = 0.0
        self.lengste_vegg = 0.0
        self.tikk = 0
        self.hvor: traceback.StackSummary | None = None
        self.i_nettverk: list[traceback.StackSummary] = []
        self.i_lesing: list[traceback.StackSummary] = []
        self._siste = 0.0
        self._ko = 0.0
        self._ui = threading.get_ident()
        self._stopp = threading.Event()
        self._vakt = threading.Thread(target=self._vokt, daemon=True)
        self._stall: traceback.StackSummary | None = None

    def start(self) -> None:
        self._siste, self._ko = time.perf_counter(), _i_koen_s()
        self.timer.start()
        self._vakt.start()

    def _tikk(self) -> None:
        naa, ko = time.perf_counter(), _i_koen_s()
        vegg = naa - self._siste
        blokkert = vegg - (ko - self._ko)
        self.lengste_vegg = max(self.lengste_vegg, vegg)
        if blokkert > self.lengste:
            self.lengste = blokkert
            self.hvor = self._stall
        self._siste, self._ko = naa, ko
        self._stall = None
        self.tikk += 1

    def _vokt(self) -> None:
        # Only raw frames here (no source lines): formatting would hold the GIL and
        # lengthen the very stall it describes.
        while not self._stopp.wait(0.01):
            if time.perf_counter() - self._siste < 0.02:
                continue
            ramme = sys._current_frames().get(self._ui)
            if ramme is None:
                continue
            stabel = traceback.StackSummary.extract(traceback.walk_stack(ramme), limit=40, lookup_lines=False)
            if any(_i_nettverk(f) for f in stabel):
                self.i_nettverk.append(stabel)
            if any(_i_lesing(f) for f in stabel):
                self.i_lesing.append(stabel)
            if self._stall is None:
                self._stall = stabel

    def stopp(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._tikk()
        self._stopp.set()


class Klikk:
    """Times each click on the UI thread (wall clock minus time spent waiting for a CPU)."""

    def __init__(self) -> None:
        self.tider: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        """The UI thread's own CPU time in each click (no waiting for a CPU or for the GIL)."""

    def __call__(self, w, handling: str) -> None:
        t, ko, cpu = time.perf_counter(), _i_koen_s(), time.thread_time()
        w.handlinger[handling].trigger()
        self.tider[handling] = (time.perf_counter() - t) - (_i_koen_s() - ko)
        self.cpu[handling] = time.thread_time() - cpu


class Valgtid:
    """Times the window's two selection handlers on the UI thread: the row changed, its read landed.

    They are connected again through a timer (the same slots, the same signals), so what is
    measured is exactly what the UI thread runs when the selection changes.
    """

    def __init__(self, w) -> None:
        self.tider: list[tuple[str, float]] = []
        self.cpu: list[tuple[str, float]] = []
        """The UI thread's own CPU time in each call (no waiting for a CPU or for the GIL)."""
        for signal, slot, navn in (
            (w.liste.sig_valg_endret, w._on_valg_endret, "valg endret"),
            (w.leser.sig_lest, w._on_valg_lest, "valg lest"),
        ):
            signal.disconnect(slot)
            signal.connect(lambda *a, slot=slot, navn=navn: self._tid(navn, slot, *a))

    def _tid(self, navn: str, slot, *a) -> None:
        t, ko, cpu = time.perf_counter(), _i_koen_s(), time.thread_time()
        slot(*a)
        self.tider.append((navn, (time.perf_counter() - t) - (_i_koen_s() - ko)))
        self.cpu.append((navn, time.thread_time() - cpu))

    def lengste(self) -> float:
        return max((t for _n, t in self.tider), default=0.0)


def _i_replikaen(klient: SynkKlient, sql: str, *param) -> object:
    with klient.replika.engine.connect() as c:
        return c.exec_driver_sql(sql, param).scalar()


def _paa_serveren(demo, sql: str, *param) -> object:
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute(sql, param).fetchone()[0]


def _vent_paa_rad(qtbot, w, hvor, frist_ms: int = 120000):
    """Wait until the (background-loaded) list shows a row for which ``hvor`` holds, then select it."""
    m = w.liste.modell

    def finnes() -> bool:
        return any((r := m.rad(i)) is not None and hvor(r) for i in range(m.rowCount()))

    qtbot.waitUntil(finnes, timeout=frist_ms)
    return velg(qtbot, w, hvor)


@pytest.fixture
def tjener_prosess(pg_demo, nokkelring, tmp_path):  # noqa: F811
    """``saksbord server`` in a process of its own over the demo (its own GIL, as in production)."""
    db = Database.aapne(pg_demo.admin_url, opprett=False)
    for ini in ("OHA", "KLE"):
        sett_passord(db, ini, PASSORD)
    db.lukk()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    logg = open(tmp_path / "server.log", "wb")  # noqa: SIM115
    p = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "server", "--db", pg_demo.admin_url, "--lytt", f"127.0.0.1:{port}"],
        cwd=Path(__file__).resolve().parents[1], stdout=logg, stderr=subprocess.STDOUT,
        env={**os.environ, "SAKSBORD_LOGGMAPPE": str(tmp_path)},
    )  # fmt: skip
    adresse = f"http://127.0.0.1:{port}"
    try:
        slutt = time.monotonic() + 60
        while True:
            try:
                if httpx.get(adresse + "/helse", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert p.poll() is None and time.monotonic() < slutt, (tmp_path / "server.log").read_text()[-2000:]
            time.sleep(0.2)
        yield adresse
    finally:
        p.terminate()
        try:
            p.wait(15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(5)
        logg.close()


@pytest.mark.slow
def test_ingen_klikk_venter_paa_nettet_bak_300_ms_forsinkelse(
    qtbot,
    fanger,
    pg_demo,  # noqa: F811
    tjener_prosess,
    tmp_path,
    caplog,
):
    sak = _paa_serveren(
        pg_demo,
        "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
        "AND saksansvarlig_id = (SELECT id FROM bruker WHERE initialer = 'OHA') ORDER BY id LIMIT 1",
    )
    # The first full pull is not what is measured: fill both replicas over the direct line.
    for ini in ("OHA", "KLE"):
        logg_inn(tjener_prosess, ini, PASSORD)
        k = SynkKlient(str(tmp_path / f"{ini}.sqlite"), tjener_prosess, ini)
        assert isinstance(k.transport, HttpTransport)
        k.synk()
        k.lukk()
    caplog.set_level(logging.WARNING, logger="app.services.synk")
    vert, port = tjener_prosess.removeprefix("http://").split(":")
    with proxy_prosess((vert, int(port)), rundtur_s=0.3) as proxy:

        def treg(ini: str) -> str:
            adresse = f"http://127.0.0.1:{proxy.port}"
            logg_inn(adresse, ini, PASSORD)  # the token for this address goes to the keyring
            return adresse

        klienter, synker, vinduer, broer = {}, [], {}, []
        for ini in ("OHA", "KLE"):
            bro = SynkBro()  # the wiring app.views.app.start uses
            broer.append(bro)
            klienter[ini] = SynkKlient(
                str(tmp_path / f"{ini}.sqlite"),
                treg(ini),
                ini,
                status=bro.sig_status.emit,
                endret=bro.sig_endret.emit,
            )
            synker.append(Synkroniserer(klienter[ini]).start())
            vinduer[ini] = w = vindu(qtbot, fanger, klienter[ini])
            bro.sig_status.connect(w.sett_synkstatus)
            bro.sig_endret.connect(lambda: hendelser().sig_data_changed.emit("alt"))
        oha, kle = vinduer["OHA"], vinduer["KLE"]
        puls, klikk = Puls(), Klikk()
        valgtid = [Valgtid(oha), Valgtid(kle)]
        try:
            puls.start()
            # 1. OHA registers an incoming letter.
            aapne(qtbot, oha, "ubehandlet")
            velg(qtbot, oha, lambda r: True)

            def fyll_kort(d: JournalpostKortDialog) -> None:
                d.sak.setText(sak)
                d.type.setCurrentIndex(d.type.findData("I"))
                d.tittel.setText("Brev over treg linje")
                d.parter.legg_til("avsender", PartInn("Per Post"))

            fanger.plan(JournalpostKortDialog, fyll_kort)
            klikk(oha, "ny_journalpost")
            assert oha.skriver.venter == 1  # sent, not waited for
            bekreftet(qtbot, oha)
            # 2. … answers it (the background sync brings it into the replica and the list) …
            aapne(qtbot, oha, "ubehandlet")
            _vent_paa_rad(qtbot, oha, lambda r: r.tittel == "Brev over treg linje")
            fanger.plan(BesvarDialog, lambda d: d.tittel.setText("Svar over treg linje"))
            klikk(oha, "besvar")
            bekreftet(qtbot, oha)
            # 3. … and sends the answer to KLE for approval.
            aapne(qtbot, oha, "dokumenter-i-arbeid")
            _vent_paa_rad(qtbot, oha, lambda r: r.tittel == "Svar over treg linje")
            fanger.plan(SendOppgaveDialog, lambda d: d.velg("godkjenning", "KLE"))
            klikk(oha, "send_oppgave")
            bekreftet(qtbot, oha)
            # 4. KLE's desk hears of it (NOTIFY through the proxy) and approves.
            aapne(qtbot, kle, "mottatt-for-godkjenning")
            _vent_paa_rad(qtbot, kle, lambda r: r.tittel == "Svar over treg linje")
            fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("godkjent"))
            klikk(kle, "behandle_oppgave")
            bekreftet(qtbot, kle)
            puls.stopp()
        finally:
            puls.stopp()
            for s in synker:
                s.stopp()
            for w in vinduer.values():
                w.close()
            for k in klienter.values():
                k.lukk()
        assert not fanger.meldinger, fanger.meldinger
    tider = [t for v in valgtid for t in v.tider]
    assert len(tider) > 10, tider
    lengst = max(v.lengste() for v in valgtid)
    cpu = max((t for v in valgtid for _n, t in v.cpu), default=0.0)
    print(
        f"\nvalg på UI-tråden: {len(tider)} kall, lengst {lengst * 1000:.1f} ms "
        f"(median {sorted(t for _n, t in tider)[len(tider) // 2] * 1000:.1f} ms, CPU lengst {cpu * 1000:.1f} ms); "
        f"lengste blokk {puls.lengste * 1000:.0f} ms (veggtid {puls.lengste_vegg * 1000:.0f} ms); "
        f"klikk {', '.join(f'{k} {v * 1000:.1f} ms (CPU {klikk.cpu[k] * 1000:.1f})' for k, v in klikk.tider.items())}"
    )
    assert proxy.antall_forbindelser >= 4  # both clients and their event streams went through the proxy
    assert not [r for r in caplog.records if "UI-tråden" in r.getMessage()]
    assert puls.tikk > 100
    # With 300 ms per round trip, one network call on the UI thread would be sampled ~30 times.
    assert not puls.i_nettverk, "UI-tråden ventet på nettverket:\n" + "".join(puls.i_nettverk[0].format())
    # Each click hands its write to the writer thread and returns.
    assert set(klikk.tider) == {"ny_journalpost", "besvar", "send_oppgave", "behandle_oppgave"}
    # The 50 ms for what a click itself does: the user list and the party register are read
    # on lanes, not in the click, so its own UI-thread CPU measured 3-19 ms on 2 cores at load 1-2
    # (Ny journalpost the most: it builds the card). The wall clock adds GIL waits while the writer,
    # the pull and the reads run beside it, so its bound is one frame-drop wider; either way a
    # network wait (300 ms a trip) fails it.
    assert max(klikk.cpu.values()) < 0.050, klikk.cpu
    assert max(klikk.tider.values()) < 0.100, klikk.tider
    # Selecting a row reads nothing on the UI thread (issue 11): mulige_handlinger, the journalpost,
    # its tasks, history and document status are read on the reading lane; the two handlers that
    # do run there (the row changed, its answer landed) only fill widgets.
    assert not puls.i_lesing, "UI-tråden leste for lesefeltet:\n" + "".join(puls.i_lesing[0].format())
    # The 50 ms holds for the work the handlers do; on a loaded machine the wall clock adds
    # waits for the GIL while another of the process's threads (the pull, a read) is off a CPU,
    # seen up to 56 ms at load 15 on 2 cores, so the wall-clock bound is one frame-drop wider.
    assert cpu < 0.050, sorted((t for v in valgtid for t in v.cpu), key=lambda t: -t[1])[:5]
    assert lengst < 0.100, sorted(tider, key=lambda t: -t[1])[:5]
    # Every other block stays well below a network round trip (300 ms). What remains there has none
    # of our Python on the UI thread's stack (the watchdog finds it inside Qt's event loop): painting,
    # and the GIL handed back and forth with the background pull writing the replica and the reads a
    # data change starts (one round for a burst of changes, hovedvindu/oppfrisking.py). Measured on a
    # 2-core machine: 81-97 ms at load 15 before that; 39-92 ms at load 1-2 after it (111-163 ms before).
    # The bound stays at the round trip: a CI machine under load has shown 182 ms here before.
    assert puls.lengste < 0.300, (
        f"UI-tråden sto stille i {puls.lengste * 1000:.0f} ms (veggtid {puls.lengste_vegg * 1000:.0f} ms):\n"
        + "".join(puls.hvor.format() if puls.hvor else [])
    )
    # Everything landed on the server.
    assert (
        _paa_serveren(pg_demo, "SELECT status FROM journalpost WHERE tittel = 'Svar over treg linje'") == "F"
    )
    assert (
        _paa_serveren(
            pg_demo,
            "SELECT a.kode FROM avskrivning a JOIN journalpost j ON j.id = a.journalpost_id "
            "WHERE j.tittel = 'Brev over treg linje'",
        )
        == "BU"
    )
    assert (
        _paa_serveren(
            pg_demo,
            "SELECT o.svar FROM oppgave o JOIN journalpost j ON j.id = o.journalpost_id "
            "WHERE j.tittel = 'Svar over treg linje' AND o.type = 'godkjenning'",
        )
        == "godkjent"
    )


def test_mottatte_oppgaver_aapnes_frakoblet(qtbot, fanger, pg_demo, tmp_path):  # noqa: F811
    ((jpnr, _id),) = _oha_journalposter(pg_demo, 1)
    sender = pg_demo.db("OHA")
    try:
        oid = oppgaver.send_oppgave(
            Kontekst(sender, "OHA"), type_="beskjed", til="KLE", jpnr=jpnr, merknad="Les denne frakoblet"
        ).oppgave
        klient = SynkKlient(str(tmp_path / "kle.sqlite"), pg_demo.url("KLE"), "KLE")
        klient.synk()
        try:
            w = vindu(qtbot, fanger, klient)
            pg_demo.server.stop()
            try:
                aapne(qtbot, w, "mottatte-oppgaver")
                velg(qtbot, w, lambda r: r.id == oid)
                assert "Les denne frakoblet" in w.lesefelt.oppgavefelt.text()
                assert w.lesefelt.oppgavefelt.isVisibleTo(w.lesefelt)
                bekreftet(qtbot, w)
                assert not fanger.meldinger, fanger.meldinger
                # Opening it queued the "mark as read", applied to the replica for now.
                assert klient.venter() == 1 and klient.siste_status == "Frakoblet – 1 endring venter"
                assert oppgaver.vis_oppgave(klient.ctx, oid).lest is not None
            finally:
                pg_demo.server.start()
            assert _paa_serveren(pg_demo, "SELECT lest FROM oppgave WHERE id = %s", oid) is None
            klient.synk()
            assert klient.venter() == 0 and konflikter(klient.replika) == []
            assert _paa_serveren(pg_demo, "SELECT lest FROM oppgave WHERE id = %s", oid) is not None
            assert (
                _paa_serveren(
                    pg_demo,
                    "SELECT count(*) FROM endringslogg WHERE handling = 'oppgave lest' AND entitet_id = %s",
                    oid,
                )
                == 1
            )
            # The rule it serves: once the recipient has opened it, the sender cannot withdraw it.
            with pytest.raises(UgyldigTilstand, match="kan ikke lenger deaktiveres"):
                oppgaver.deaktiver_oppgave(Kontekst(sender, "OHA"), oid)
        finally:
            klient.lukk()
    finally:
        sender.lukk()
