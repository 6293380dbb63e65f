"""Qt's own messages (a platform plugin's warnings, a font not found) go to the program's
log, as everything else the window has to say does, rather than to standard error, which
a window started from a desktop menu has nowhere to show. Whoever asks Qt for its output
(QT_LOGGING_RULES set, as a developer or a benchmark watching paints does) sees it on
standard error too, as Qt prints it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("crm_app.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


@contextmanager
def qt_messages_in_the_log() -> Iterator[None]:
    """Within the block, Qt's messages are log records of ``crm_app.qt`` (a handler that
    was installed before, such as a test runner's, still gets them too)."""
    previous: Handler | None = None
    echo = bool(os.environ.get("QT_LOGGING_RULES"))

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        where = f"{category}: " if category and category != "default" else ""
        log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", where, message)
        if echo and previous is None:
            sys.stderr.write(f"{where}{message}\n")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
