"""The window's composition root: application, settings, log, database, services, main window.

With --data-dir everything the window writes goes to that folder: the database, the log,
the settings (``settings.ini``), Qt's own settings and the block templates; nothing goes
to the user's profile. The composition root keeps the `Database` and closes it; the window
only gets the services.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from crm_app.app.file_open_events import FileOpenEvents
from crm_app.app.handover import FileHandover, hand_over, server_name
from crm_app.app.logs import describe_database, log_start, start_logging, stop_logging
from crm_app.app.paths import AppPaths
from crm_app.app.qt_log import qt_messages_in_the_log
from crm_app.app.quit_signals import SignalWatcher
from crm_app.domain.errors import CrmError, DatabaseDamagedError, DatabaseOpenError
from crm_app.domain.redact import redact_url, redacted_traceback
from crm_app.services.connection import DatabaseSettings, DatabaseSource
from crm_app.services.container import MAPPINGS_FILE, Services
from crm_app.services.maintenance import DatabaseEngine, MaintenanceService, database_damage
from crm_app.store.database import Database, open_database
from crm_app.ui.about import ProgramFacts
from crm_app.ui.crash import CrashReporter
from crm_app.ui.i18n import install_translators
from crm_app.ui.icons import DESKTOP_FILE_NAME, application_icon
from crm_app.ui.main_window import MainWindow
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.preferences import Preferences

ORGANISATION = "Press Contacts"
APPLICATION = "press-contacts"

log = logging.getLogger(__name__)


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) drawn as they are, not rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(sys.argv[:1])


def _identify(app: QApplication) -> None:
    """The icon every window shows, and the desktop entry the shell matches windows to."""
    app.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def environment_report(database: DatabaseEngine | None = None, data_dir: Path | None = None) -> str:
    """The versions and places a bug report needs, put before the traceback by Copy details:
    the same facts, from the same place, as Help → About's Copy."""
    return ProgramFacts.gather(database, data_dir).report()


def _keep_qt_settings_in(folder: Path) -> Callable[[], None]:
    """Send user-scope QSettings files, Qt's own included, to ``folder``; returns the undo.

    Qt's file dialog keeps its recent places in QSettings(UserScope, "QtProject"), which
    is always the native format: on Linux and macOS a file, moved by setPath. (On Windows
    the native format is the registry, which setPath cannot move.)
    """
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    previous_format = QSettings.defaultFormat()
    previous_paths = [
        str(Path(QSettings(kind, QSettings.Scope.UserScope, "probe").fileName()).parent)
        for kind in formats
    ]
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    # Native (GTK, portal) file dialogs keep their own history in the profile; Qt's do not.
    dialogs = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    previous_dialogs = QCoreApplication.testAttribute(dialogs)
    QCoreApplication.setAttribute(dialogs, True)

    def restore() -> None:
        QSettings.setDefaultFormat(previous_format)
        for kind, path in zip(formats, previous_paths, strict=True):
            QSettings.setPath(kind, QSettings.Scope.UserScope, path)
        QCoreApplication.setAttribute(dialogs, previous_dialogs)

    return restore


def _nothing() -> None:
    pass


@dataclass
class OpenWindow:
    """A shown main window and what the composition root keeps for it until it closes."""

    window: MainWindow
    preferences: Preferences
    reporter: CrashReporter
    database: Database
    _restore: Callable[[], None]
    maintenance: MaintenanceService

    def close(self) -> None:
        """After the event loop: settings written, hooks and Qt settings put back, DB closed."""
        self.preferences.sync()
        self.reporter.uninstall()
        # Gone now, not at exit: a file dialog saves Qt's settings as it is destroyed, and
        # that must happen while they still point into the data folder.
        if shiboken6.isValid(self.window):
            shiboken6.delete(self.window)
        self.database.close()
        self._restore()
        log.info("window closed")
        stop_logging()


def _cannot_open(error: CrmError) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("gui", "Press Contacts"),
        QCoreApplication.translate("gui", "The database cannot be opened.\n\n{reason}").format(
            reason=redact_url(tr_error(error))
        ),
    )


def open_window(app: QApplication, db_url: str | None, data_dir: str | None) -> OpenWindow | None:
    """Build and show the main window; None when the database cannot be opened (said so)."""
    try:
        paths = AppPaths.resolve(data_dir)
        paths.ensure()
    except CrmError as exc:  # a data folder that cannot hold the database, the log, the settings
        install_translators(app, None)
        _cannot_open(exc)
        return None
    log_file = start_logging(paths.data_dir)
    log_start("window")
    # QSettings() finds the user's settings by these names; on X11 the application name is
    # also the class of the windows' WM_CLASS, which the desktop entry's StartupWMClass names.
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    _identify(app)
    restore: Callable[[], None] = _nothing
    if data_dir:
        paths.qt_settings_dir.mkdir(exist_ok=True)
        restore = _keep_qt_settings_in(paths.qt_settings_dir)
        preferences = Preferences.from_file(paths.settings_file)
    else:
        preferences = Preferences.for_user()
    install_translators(app, preferences.interface_language or None)

    while True:
        url = ""
        try:
            url, source = paths.database_choice(db_url)
            database = _open_or_restore(url, MaintenanceService(url))
            break
        except CrmError as exc:
            log.warning("database could not be opened")
            # --db and CRM_DB_URL come before the saved choice: only that can change here.
            changeable = (
                isinstance(exc, DatabaseOpenError)
                and db_url is None
                and not paths.environment_database()
            )
            if changeable and _choose_another_database(exc, preferences, paths.data_dir, url):
                continue
            restore()
            stop_logging()
            if not changeable:  # else the question has said it
                _cannot_open(exc)
            return None
    if database is None:  # damaged, and the person chose no backup
        restore()
        stop_logging()
        return None
    log.info("database opened: %s", describe_database(url))
    try:
        services = Services.build(
            database,
            templates_override=paths.templates_dir,
            mappings_file=paths.data_dir / MAPPINGS_FILE,
        )
        reporter = CrashReporter(
            environment_report(services.maintenance.engine(), paths.data_dir), log_file
        )
        connections = DatabaseSettings(paths.data_dir, url, source)
        window = MainWindow(services, preferences, connections=connections, data_dir=paths.data_dir)
    except Exception as exc:
        log.error("the window could not be built\n%s", redacted_traceback(exc).rstrip())
        database.close()
        restore()
        stop_logging()
        raise
    reporter.set_window(window)
    reporter.install()
    window.show()
    log.info("window shown")
    # The first searches find the database in memory, not on a cold disk. A plain thread
    # with plain file reads: it touches neither Qt nor SQLite, and ends on its own.
    threading.Thread(target=services.maintenance.warm_up, name="warm-up", daemon=True).start()
    return OpenWindow(window, preferences, reporter, database, restore, services.maintenance)


def _choose_another_database(
    error: CrmError, preferences: Preferences, data_dir: Path, url: str
) -> bool:
    """The database chosen in Preferences cannot be opened (a server out of reach, a
    changed password): offer the Database page. True when a new choice was saved."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("gui", "Press Contacts"),
        QCoreApplication.translate("gui", "The database cannot be opened.\n\n{reason}").format(
            reason=redact_url(tr_error(error))
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
    )
    box.button(QMessageBox.StandardButton.Open).setText(
        QCoreApplication.translate("gui", "Choose Another Database…")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    if box.exec() != QMessageBox.StandardButton.Open:
        return False
    # Loaded only on this path: the dialog is not part of a normal start.
    from crm_app.ui.preferences_dialog import PreferencesDialog

    settings = DatabaseSettings(data_dir, url, DatabaseSource.SAVED)
    dialog = PreferencesDialog(preferences, settings.describe_in_use(), connections=settings)
    dialog.show_database_page()
    dialog.open_on_ok()
    return dialog.exec() == QDialog.DialogCode.Accepted


def keep_start_up_out_of_collections() -> None:
    """What start-up built (modules, services, the window) lives as long as the window: keep
    it out of Python's full garbage collections, which otherwise walk all of it, for a few
    hundred milliseconds, in the middle of whatever the person is doing (a scroll)."""
    gc.freeze()


def _open_or_restore(url: str, maintenance: MaintenanceService) -> Database | None:
    """The database at `url`; when its file is damaged, the person may first restore a backup.

    None when a file too damaged to read has no backup chosen. A damaged file that can still
    be read opens read-only if the person prefers that to a restore.
    """
    while True:
        try:
            database = open_database(url)
        except DatabaseDamagedError as exc:
            explanation = QCoreApplication.translate(
                "gui", "The database file is damaged and cannot be opened.\n\n{reason}"
            ).format(reason=redact_url(tr_error(exc)))
            chosen = _choose_backup(maintenance, explanation)
            if chosen is None or not _restore(maintenance, chosen):
                return None
            continue
        damage = database_damage(database)
        if damage is None:
            return database
        chosen = _choose_backup(maintenance, tr_message(damage), read_only=True)
        if chosen is None:
            return database
        database.close()
        _restore(maintenance, chosen)


class _StopRequest:
    """A signal asked the program to stop: which one, once it has come."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.signal: int | None = None

    def __call__(self, number: int) -> None:
        if self.signal is None:
            log.info("%s received: closing the window", signal.Signals(number).name)
        self.signal = number
        # Every event loop returns, a dialog's own included; the window then closes in
        # run_window, with no one left to answer its questions.
        self._app.quit()


def run_window(db_url: str | None, data_dir: str | None, files: Sequence[Path] = ()) -> int:
    """Open the main window on the database `db_url` (default: the embedded SQLite file),
    then import `files` (vCards, spreadsheets) one after the other.

    A restore chosen in the window closes it; the backup is then put in place here, where
    the database is opened, and the window comes back on the restored file. SIGTERM and
    SIGINT close the window as Quit does, without questions (unsaved edits are saved), and
    the status is 0."""
    app = _application()
    handover = _handover_name(db_url, data_dir)
    if files and handover is not None and hand_over(handover, files):
        return 0  # the window already open on this data folder imports them
    stop = _StopRequest(app)
    watcher = SignalWatcher()
    watcher.received.connect(stop)
    with qt_messages_in_the_log(), watcher.watching():
        return _run_windows(app, db_url, data_dir, list(files), stop, handover)


def _handover_name(db_url: str | None, data_dir: str | None) -> str | None:
    """Where a window on this data folder and database waits for the files of later starts
    (None: the data folder cannot be used, which opening the window then says)."""
    try:
        folder = AppPaths.resolve(data_dir).data_dir
    except CrmError:
        return None
    return server_name(folder, db_url or AppPaths.environment_database() or None)


def _run_windows(
    app: QApplication,
    db_url: str | None,
    data_dir: str | None,
    to_open: list[Path],
    stop: _StopRequest,
    handover: str | None,
) -> int:
    while True:
        opened = open_window(app, db_url, data_dir)
        if opened is None:
            return 1
        if to_open:
            opened.window.open_files(to_open)
            to_open = []  # a window opened again (restore, another database) starts bare
        file_open = FileOpenEvents(app, opened.window)
        listener = FileHandover(handover, opened.window) if handover is not None else None
        if listener is not None and listener.listen():
            log.info("waiting for files from other starts")
        keep_start_up_out_of_collections()
        try:
            code = app.exec() if stop.signal is None else 0
            if stop.signal is not None:
                opened.window.close_without_questions()
                return 0
            requested = opened.window.requested_restore
            reopen = opened.window.requested_reopen
        finally:
            file_open.remove()
            if listener is not None:
                listener.close()
            opened.close()
            gc.unfreeze()  # what the closed window leaves in cycles can go now
        if reopen:  # another database was chosen in Preferences, to use at once
            continue
        if requested is None:
            return code
        _restore(opened.maintenance, requested)


def _choose_backup(
    maintenance: MaintenanceService, explanation: str, read_only: bool = False
) -> str | None:
    """The name of the backup the person chose to restore, or None.

    With `read_only`, cancelling opens the damaged file read-only instead of quitting."""
    from crm_app.ui.backup_dialog import RestoreBackupDialog  # only for a damaged file

    dialog = RestoreBackupDialog(maintenance, explanation)
    if read_only:
        dialog.setWindowTitle(QCoreApplication.translate("gui", "The database is damaged"))
        cancel = dialog.findChild(QDialogButtonBox)
        if cancel is not None:
            button = cancel.button(QDialogButtonBox.StandardButton.Cancel)
            button.setText(QCoreApplication.translate("gui", "Open Read-Only"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    backup = dialog.chosen()
    return backup.name if backup is not None else None


def _restore(maintenance: MaintenanceService, name: str) -> bool:
    try:
        result = maintenance.restore(name)
    except CrmError as exc:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("gui", "Restore a Backup"),
            QCoreApplication.translate("gui", "The backup was not restored.\n\n{reason}").format(
                reason=tr_error(exc)
            ),
        )
        return False
    text = QCoreApplication.translate("gui", "Restored {name}.").format(name=result.restored.name)
    if result.set_aside:
        text += "\n\n" + QCoreApplication.translate(
            "gui",
            "The file it replaced was kept as {name}; File → Restore a Backup brings it back.",
        ).format(name=result.set_aside)
    QMessageBox.information(None, QCoreApplication.translate("gui", "Restore a Backup"), text)
    return True
