"""The application's icon, from the PNGs installed with the program (16 to 512 pixels)."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

ICON_PACKAGE = "crm_app.resources.icons"
_SIZED_PNG = re.compile(r"press-contacts-(\d+)\.png")

# The id the .desktop file and the AppStream metainfo are named after: Wayland shells
# (and X11 ones, through _KDE_NET_WM_DESKTOP_FILE) match the window to its desktop entry by it.
DESKTOP_FILE_NAME = "org.presscontacts.PressContacts"


def application_icon() -> QIcon:
    """One icon with every size, so that each place (title bar, task switcher, dock) gets a
    picture drawn for its size rather than a scaled one."""
    icon = QIcon()
    for entry in files(ICON_PACKAGE).iterdir():
        match = _SIZED_PNG.fullmatch(entry.name)
        if match is None:
            continue
        side = int(match[1])
        if isinstance(entry, Path):
            icon.addFile(str(entry), QSize(side, side))  # read when a size is first drawn
        else:  # installed zipped: no file to point at
            pixmap = QPixmap()
            pixmap.loadFromData(entry.read_bytes())
            icon.addPixmap(pixmap)
    return icon
