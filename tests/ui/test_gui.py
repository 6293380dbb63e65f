"""The composition root and the vCard import hook the window is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.vcard_dialogs import ImportDialog
from tests.ui.conftest import open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
    "EMAIL;TYPE=INTERNET:ada@example.org\r\nEND:VCARD\r\n"
)


def test_window_import_previews_then_imports_and_refreshes_the_list(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    tmp_path: Path,
) -> None:
    file = tmp_path / "ada.vcf"
    file.write_text(CARD, encoding="utf-8")
    window = open_window(qtbot, services, preferences)
    assert window.contacts.showing_welcome()
    window.import_vcards(file)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert not window.import_action.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=10_000)
    assert services.contacts.count(ContactQuery()) == 0  # the preview wrote nothing
    run = dialog.findChild(QPushButton, "importRun")
    assert run is not None
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    assert [c.display_name for c in services.contacts.page(ContactQuery())] == ["Ada Lovelace"]
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)  # the list was read again
    assert not window.contacts.showing_welcome()
    dialog.close()
    qtbot.waitUntil(window.import_action.isEnabled)
    window.close()


def test_the_window_has_a_releases_section_and_vcard_menus(
    qtbot: QtBot, services: Services, preferences: Preferences
) -> None:
    window = open_window(qtbot, services, preferences)
    assert [section.key for section in window._sections][-1] == window.releases.key
    assert window.show_section(2)
    assert window.current_section() is window.releases
    assert window.export_action.objectName() == "actionExportVCards"
    assert window.acceptDrops()  # a .vcf dropped on the window starts the import
    window.close()


def test_run_window_reports_a_database_that_cannot_be_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_rest: shown.append(text)
    )
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    url = f"sqlite:///{tmp_path / 'missing-folder' / 'x.sqlite3'}"
    assert gui.run_window(url, str(tmp_path)) == 1
    assert shown and "missing-folder" in shown[0]


def test_run_window_opens_the_window_on_the_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    monkeypatch.setattr(
        Preferences, "for_user", classmethod(lambda _cls: Preferences.from_file(tmp_path / "u.ini"))
    )
    titles: list[str] = []

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                titles.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(50, close_it)
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        assert gui.run_window(None, str(tmp_path)) == 0
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert titles and titles[0].startswith("Press Contacts — ")
    assert titles[0].endswith("press-contacts.sqlite3")
