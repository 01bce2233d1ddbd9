"""Icons: one accessor over the SVG files in resources/icons (sharp at any screen scale)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

import desk

FOLDER = Path(desk.__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg; an empty icon (text shows instead) if it is missing."""
    path = FOLDER / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
