"""The window's composition root: application, settings, database, services, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from crm_app.app.paths import AppPaths
from crm_app.domain.errors import CrmError, DatabaseDamagedError, DatabaseOpenError
from crm_app.services.container import Services
from crm_app.services.maintenance import MaintenanceService, database_damage
from crm_app.store.database import open_database
from crm_app.ui.backup_dialog import RestoreBackupDialog
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.preferences import Preferences

ORGANISATION = "Press Contacts"
APPLICATION = "press-contacts"


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (125 %, 150 %) drawn as they are, not rounded to 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(sys.argv[:1])


def run_window(db_url: str | None, data_dir: str | None) -> int:
    """Open the main window on the database `db_url` (default: the embedded SQLite file).

    A restore chosen in the window closes it; the backup is then put in place here, where
    the database is opened, and the window comes back on the restored file."""
    app = _application()
    # QSettings() finds the user's settings by these names.
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    preferences = Preferences.for_user()
    install_translators(app, preferences.interface_language or None)

    paths = AppPaths.resolve(data_dir)
    try:
        url = paths.database_url(db_url)
    except CrmError as exc:
        _cannot_open(tr_error(exc))
        return 1
    maintenance = MaintenanceService(url)
    while True:
        try:
            database = open_database(url)
        except DatabaseDamagedError as exc:
            # Too damaged to read at all: a backup is the way back, if there is one.
            explanation = QCoreApplication.translate(
                "gui", "The database file is damaged and cannot be opened.\n\n{reason}"
            ).format(reason=exc.message)
            chosen = _choose_backup(maintenance, explanation)
            if chosen is None or not _restore(maintenance, chosen):
                return 1
            continue
        except DatabaseOpenError as exc:
            _cannot_open(exc.message)
            return 1
        requested: str | None = None
        code = 0
        try:
            damage = database_damage(database)
            if damage is not None:
                requested = _choose_backup(maintenance, tr_message(damage), read_only=True)
            if requested is None:
                services = Services.build(database, templates_override=paths.templates_dir)
                window = MainWindow(services, preferences)
                window.show()
                code = app.exec()
                requested = window.requested_restore
                # A restore opens a new window on the restored file; this one goes.
                window.deleteLater()
        finally:
            database.close()
        if requested is None:
            return code
        _restore(maintenance, requested)


def _cannot_open(reason: str) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("gui", "Press Contacts"),
        QCoreApplication.translate("gui", "The database cannot be opened.\n\n{reason}").format(
            reason=reason
        ),
    )


def _choose_backup(
    maintenance: MaintenanceService, explanation: str, read_only: bool = False
) -> str | None:
    """The name of the backup the person chose to restore, or None.

    With `read_only`, cancelling opens the damaged file read-only instead of quitting."""
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
