"""Compiled translations shipped with the package (see translations/oppdater.py)."""
