"""A TCP proxy that adds latency, for tests that put a slow network between a client and PostgreSQL.

``ForsinketProxy(("127.0.0.1", 5432), rundtur_s=0.3)`` listens on a free port on
127.0.0.1 and forwards every connection to the target. Each chunk is delivered
half the round-trip time after it arrived, in order, in both directions, so one
query-and-answer costs the round trip and pipelined traffic is not slowed
further (no bandwidth limit). ``kutt()`` drops every connection and refuses new
ones until ``gjenopprett()``: a server that became unreachable.

``proxy_prosess(maal, rundtur_s=…)`` runs the same proxy in a process of its own, so
its threads do not compete for the test process's GIL (a test that times the UI
thread must not measure the proxy), and counts the connections it forwarded.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass


class ForsinketProxy:
    def __init__(self, maal: tuple[str, int], *, rundtur_s: float = 0.3) -> None:
        self.maal = maal
        self.enveis_s = rundtur_s / 2
        self._lytter = socket.create_server(("127.0.0.1", 0))
        self._lytter.settimeout(0.2)
        self.host, self.port = self._lytter.getsockname()[:2]
        self._stopp = threading.Event()
        self._kuttet = threading.Event()
        self._forbindelser: list[socket.socket] = []
        self._laas = threading.Lock()
        self._traad = threading.Thread(target=self._godta, name="latens-proxy", daemon=True)
        self.antall_forbindelser = 0
        self.meld_forbindelse = False

    def __enter__(self) -> ForsinketProxy:
        self._traad.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopp.set()
        self.kutt()
        self._traad.join(timeout=5)
        self._lytter.close()

    def kutt(self) -> None:
        """Drop every open connection and refuse new ones (the network is gone)."""
        self._kuttet.set()
        with self._laas:
            for s in self._forbindelser:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._forbindelser.clear()

    def gjenopprett(self) -> None:
        self._kuttet.clear()

    def _godta(self) -> None:
        while not self._stopp.is_set():
            try:
                klient, _adr = self._lytter.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._kuttet.is_set():
                klient.close()
                continue
            try:
                server = socket.create_connection(self.maal, timeout=5)
            except OSError:
                klient.close()
                continue
            server.settimeout(None)
            klient.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._laas:
                self._forbindelser += [klient, server]
                self.antall_forbindelser += 1
            if self.meld_forbindelse:
                print("forbindelse", flush=True)
            for fra, til in ((klient, server), (server, klient)):
                ko: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
                threading.Thread(target=self._les, args=(fra, ko), daemon=True).start()
                threading.Thread(target=self._send, args=(til, ko), daemon=True).start()

    def _les(self, fra: socket.socket, ko: queue.Queue) -> None:
        try:
            while data := fra.recv(65536):
                ko.put((time.monotonic() + self.enveis_s, data))
        except OSError:
            pass
        ko.put(None)

    def _send(self, til: socket.socket, ko: queue.Queue) -> None:
        while (bit := ko.get()) is not None:
            frist, data = bit
            if (igjen := frist - time.monotonic()) > 0:
                time.sleep(igjen)
            try:
                til.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            til.shutdown(socket.SHUT_WR)


@dataclass
class Proxyprosess:
    host: str
    port: int
    antall_forbindelser: int = 0
    """Connections it forwarded; known once the proxy has stopped."""


@contextlib.contextmanager
def proxy_prosess(maal: tuple[str, int], *, rundtur_s: float = 0.3) -> Iterator[Proxyprosess]:
    """A ``ForsinketProxy`` in its own process; yields where to connect."""
    p = subprocess.Popen(
        [sys.executable, "-m", "tests.support.latens", maal[0], str(maal[1]), str(rundtur_s)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert p.stdout is not None
    host, port = p.stdout.readline().split()
    ut = Proxyprosess(host, int(port))
    try:
        yield ut
    finally:
        p.terminate()
        rest, _ = p.communicate(timeout=10)
        ut.antall_forbindelser = rest.count("forbindelse")


def main(argv: list[str] | None = None) -> None:
    a = argparse.ArgumentParser(description="TCP-proxy med forsinkelse (for tester)")
    a.add_argument("host")
    a.add_argument("port", type=int)
    a.add_argument("rundtur", type=float)
    args = a.parse_args(argv)
    proxy = ForsinketProxy((args.host, args.port), rundtur_s=args.rundtur)
    proxy.meld_forbindelse = True
    with proxy:
        print(proxy.host, proxy.port, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
