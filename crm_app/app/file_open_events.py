"""Files the system asks the running program to open: macOS sends a FileOpen event to the
application (a .vcf double-clicked in the Finder, dropped on the Dock icon) instead of
starting it again with the file as an argument."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from crm_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FileOpenEvents(QObject):
    """Hands the files of the application's FileOpen events to `window.open_files`."""

    def __init__(self, application: QObject, window: MainWindow) -> None:
        super().__init__(window)
        self._application = application
        self._window = window
        application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                log.info("the system asked to open a file")
                self._window.open_files([Path(name)])
                return True
        return super().eventFilter(watched, event)

    def remove(self) -> None:
        self._application.removeEventFilter(self)
