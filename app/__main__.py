"""``python -m app``: the same as the ``saksbord`` command (with no arguments, the window).

The window alone (no subcommand; at most ``--db``) starts without building the command line's
parser, which imports every command's services: the first paint waits for nothing it does not draw.
"""

from __future__ import annotations

import sys


def _bare_vinduet(argv: list[str]) -> tuple[bool, str | None]:
    """(True, db) when ``argv`` asks only for the window, with its ``--db`` if given."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    vindu, db = _bare_vinduet(argv)
    if vindu:
        from app import bootstrap

        bootstrap.sett_opp_logging(konsoll=True, hva="arbeidsbordet")
        from app.views.app import start

        return start(db)
    from app.cli import main as cli

    return cli(argv)


if __name__ == "__main__":
    sys.exit(main())
