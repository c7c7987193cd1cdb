"""Entry script for the bundled Saksbord.exe: the same as the `saksbord` console command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
