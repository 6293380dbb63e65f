"""The window's composition root: application, settings, database, services, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_app.app.paths import AppPaths
from crm_app.domain.errors import CrmError
from crm_app.domain.redact import redact_url
from crm_app.services.container import Services
from crm_app.store.database import open_database
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
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
    """Open the main window on the database `db_url` (default: the embedded SQLite file)."""
    app = _application()
    # QSettings() finds the user's settings by these names.
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    preferences = Preferences.for_user()
    install_translators(app, preferences.interface_language or None)

    try:
        paths = AppPaths.resolve(data_dir)
        database = open_database(paths.database_url(db_url))
    except CrmError as exc:  # the database, or a data folder that cannot hold one
        QMessageBox.critical(
            None,
            QCoreApplication.translate("gui", "Press Contacts"),
            QCoreApplication.translate("gui", "The database cannot be opened.\n\n{reason}").format(
                reason=redact_url(exc.message)
            ),
        )
        return 1
    try:
        services = Services.build(database, templates_override=paths.templates_dir)
        window = MainWindow(services, preferences)
        window.show()
        return app.exec()
    finally:
        database.close()
