"""Translation markers typed as Qt runs them."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

#: ``QT_TRANSLATE_NOOP(context, text)`` marks ``text`` for pyside6-lupdate and returns it unchanged;
#: PySide6's stub types the result as ``object``, so the cast only restores the ``str`` it is.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
