"""Entry script for the bundled Saksbord(.exe): the `saksbord` command, plus "Open with Saksbord".

Explorer's "Open with Saksbord" on one or more .msg/.eml files (registered by packaging/saksbord.iss)
starts the program with just those paths: the window opens and asks which sak to import them into.
Anything else is the command line as `saksbord` knows it (no arguments: the window).
"""

import sys
from pathlib import Path

E_POST = (".msg", ".eml")


def epostfiler(argv: list[str]) -> list[str] | None:
    """The paths when every argument is an existing e-mail file, else None."""
    if not argv or any(a.startswith("-") for a in argv):
        return None
    filer = [Path(a) for a in argv]
    if all(f.suffix.lower() in E_POST and f.is_file() for f in filer):
        return [str(f.resolve()) for f in filer]
    return None


def main() -> int:
    filer = epostfiler(sys.argv[1:])
    if filer:
        from app import bootstrap
        from app.views.app import start

        bootstrap.sett_opp_logging(konsoll=False, hva=f"åpne med Saksbord: {len(filer)} fil(er)")
        return start(None, filer=filer)
    from app.cli import main as cli

    return cli()


if __name__ == "__main__":
    sys.exit(main())
