"""The program's log: a few rotating files in the data folder, readable by the user alone.

A contact book is personal data, so nothing above DEBUG names a person: records say what
happened (events, ids, counts, durations, exception types, tracebacks without their
messages), never names, e-mail addresses, phone numbers, notes or database passwords.
Set CRM_LOG_LEVEL=DEBUG to get more when chasing a bug on one's own machine.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_app import __version__
from crm_app.domain.errors import CrmError
from crm_app.domain.redact import RedactingFormatter

LOGGER_NAME = "crm_app"
LOG_FOLDER = "logs"
LOG_FILE = "press-contacts.log"
LOG_LEVEL_ENVIRONMENT = "CRM_LOG_LEVEL"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"

log = logging.getLogger(__name__)


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it creates, the first and those after a rollover, is mode 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        # A file left by an older version, or created under another umask, is narrowed too.
        os.chmod(self.baseFilename, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def _level() -> int:
    name = os.environ.get(LOG_LEVEL_ENVIRONMENT, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


def start_logging(data_dir: Path) -> Path | None:
    """Log to ``<data_dir>/logs/press-contacts.log``; the path, or None if it cannot be written.

    Called again (another in-process run, another data folder), it replaces the handler it
    added before. A log that cannot be written never stops the program.
    """
    stop_logging()
    folder = data_dir / LOG_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        handler = _PrivateRotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(_level())
    return Path(handler.baseFilename)


def stop_logging() -> None:
    """Remove and close the handler start_logging added, if any."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def describe_database(url: str) -> str:
    """A database as a log may name it: the file name, or backend://host/database.

    No user name, no password, no folder (which often holds the user's own name).
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(not a database URL)"
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return f"sqlite:{Path(parsed.database).name if parsed.database else ':memory:'}"
    return f"{backend}://{parsed.host or 'localhost'}/{parsed.database or ''}"


def log_start(what: str) -> None:
    """The first record of a run: what was started, with the versions that matter."""
    log.info(
        "%s started: Press Contacts %s, Python %s, %s",
        what,
        __version__,
        platform.python_version(),
        platform.platform(),
    )


def log_command(args: argparse.Namespace) -> None:
    """The CLI's hook: the log in the data folder, and which command runs (never its values)."""
    from crm_app.app.paths import AppPaths

    data_dir: str | None = getattr(args, "data_dir", None)
    try:
        folder = AppPaths.resolve(data_dir).data_dir
        if folder.exists() and not folder.is_dir():
            return
    except (CrmError, OSError, RuntimeError):
        return  # the command itself says what is wrong with --data-dir
    if start_logging(folder) is not None:
        words = [getattr(args, "command", None), getattr(args, "action", None)]
        log_start(" ".join(["crm-app", *(str(word) for word in words if word)]))
