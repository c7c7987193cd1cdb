"""The CLI run in this process: ``main(argv)`` with stdout, stderr and exit code captured.

A new Python process per command costs about a second (imports, SQLAlchemy, the schema check)
and proves nothing a call of ``main`` does not; tests that need a real process (the installed
entry point, several processes numbering at once, the environment of a fresh process) start
one themselves.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass(frozen=True)
class Utfall:
    """What a subprocess.run would have given: the exit code and what was printed."""

    returncode: int
    stdout: str
    stderr: str


def kjor_cli(*argv: str, env: dict[str, str] | None = None) -> Utfall:
    """``saksbord *argv`` in-process; ``env`` is set for the call only. An uncaught exception propagates."""
    from app.cli import main

    gamle = {k: os.environ.get(k) for k in env or {}}
    ut, feil = io.StringIO(), io.StringIO()
    try:
        os.environ.update(env or {})
        with redirect_stdout(ut), redirect_stderr(feil):
            try:
                kode = main(list(argv))
            except SystemExit as e:  # argparse: --help (0) and wrong usage (2)
                kode = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        for k, v in gamle.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Utfall(kode, ut.getvalue(), feil.getvalue())
