"""Preferences → Database: the embedded file or a PostgreSQL server, a Test button that
says what failed, a password kept only in libpq's password file, and a switch at once."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.services.connection import (
    DatabaseSettings,
    DatabaseSource,
    ServerAddress,
    read_saved_choice,
    write_saved_choice,
)
from crm_app.services.container import Services
from crm_app.ui import preferences_dialog
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.preferences_dialog import Edited, PreferencesDialog
from tests.conftest import POSTGRES_URL, _reset_postgres
from tests.store.test_server_connection import closed_port, pg_password, pg_server
from tests.ui.conftest import find, open_window
from tests.ui.test_contacts_window import edit_row

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

OTHER_LINE = "reports.example.org:5432:*:analyst:other-secret\n"


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The password file, holding a line for another server already."""
    path = tmp_path / "pgpass"
    path.write_text(OTHER_LINE, encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def settings_for(
    data_dir: Path, source: DatabaseSource = DatabaseSource.DEFAULT
) -> DatabaseSettings:
    return DatabaseSettings(data_dir, f"sqlite:///{data_dir / 'press-contacts.sqlite3'}", source)


def make_dialog(
    qtbot: QtBot, preferences: Preferences, connections: DatabaseSettings
) -> PreferencesDialog:
    dialog = PreferencesDialog(preferences, "press-contacts.sqlite3", connections=connections)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_database_page()
    return dialog


def fill_server(dialog: PreferencesDialog, server: ServerAddress, password: str = "") -> None:
    find(dialog, QRadioButton, "databaseServer").setChecked(True)
    find(dialog, QLineEdit, "databaseHost").setText(server.host)
    find(dialog, QSpinBox, "databasePort").setValue(server.port)
    find(dialog, QLineEdit, "databaseName").setText(server.database)
    find(dialog, QLineEdit, "databaseUser").setText(server.user)
    find(dialog, QLineEdit, "databasePassword").setText(password)
    ssl = find(dialog, QComboBox, "databaseSslMode")
    ssl.setCurrentIndex(ssl.findData(server.ssl_mode))


def result_text(dialog: QWidget) -> str:
    return find(dialog, QLabel, "databaseTestResult").text()


def test_a_server_is_saved_without_its_password_which_goes_to_the_password_file(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    assert find(dialog, QRadioButton, "databaseEmbedded").isChecked()
    assert not find(dialog, QWidget, "databaseServerFields").isEnabled()
    server = ServerAddress("db.example.org", 6543, "press", "kbest", "require")
    fill_server(dialog, server, r"pa:ss\word")
    assert find(dialog, QWidget, "databaseServerFields").isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database_changed()

    # The password file: the other server's line as it was, ours escaped as libpq reads it.
    assert pgpass.read_text(encoding="utf-8") == (
        OTHER_LINE + "db.example.org:6543:press:kbest:pa\\:ss\\\\word\n"
    )
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert read_saved_choice(data_dir) == (
        "postgresql://kbest@db.example.org:6543/press?sslmode=require"
    )
    preferences.sync()
    for written in (*data_dir.iterdir(), tmp_path / "preferences.ini"):
        if written.is_file():
            assert "pa:ss" not in written.read_text(encoding="utf-8"), written.name

    again = make_dialog(qtbot, preferences, settings_for(data_dir))
    assert find(again, QRadioButton, "databaseServer").isChecked()
    assert find(again, QLineEdit, "databaseHost").text() == "db.example.org"
    assert find(again, QSpinBox, "databasePort").value() == 6543
    assert find(again, QComboBox, "databaseSslMode").currentData() == "require"
    assert find(again, QLineEdit, "databasePassword").text() == ""
    assert (
        "A password for this server is kept in"
        in find(again, QLabel, "databasePasswordNote").text()
    )

    # Back to the embedded file: the choice goes, the password file stays as it is.
    find(again, QRadioButton, "databaseEmbedded").setChecked(True)
    again.accept()
    assert read_saved_choice(data_dir) is None
    assert "db.example.org:6543" in pgpass.read_text(encoding="utf-8")


def test_an_empty_field_keeps_the_dialog_open_and_is_named(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path
) -> None:
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    fill_server(dialog, ServerAddress("", 5432, "press", "kbest"))
    dialog.accept()
    assert dialog.isVisible()
    assert result_text(dialog) == "Host: give the server's name or address."
    assert read_saved_choice(data_dir) is None


def test_the_test_runs_in_the_background_and_names_host_and_port(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path
) -> None:
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    port = closed_port()
    fill_server(dialog, ServerAddress("127.0.0.1", port, "press", "kbest"), "pw")
    button = find(dialog, QPushButton, "testDatabase")
    button.click()
    # The window answers at once; the connection is tried on another thread.
    assert result_text(dialog) == f"Connecting to 127.0.0.1, port {port}…"
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_testing())
    assert result_text(dialog) == (
        f"Host and port: no PostgreSQL server answers at 127.0.0.1, port {port}; check both,"
        " and that the server is running."
    )
    assert button.isEnabled()
    assert read_saved_choice(data_dir) is None  # a test saves nothing


def test_closing_the_dialog_while_a_test_runs_lets_the_test_end_on_its_own(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path
) -> None:
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    fill_server(dialog, ServerAddress("127.0.0.1", closed_port(), "press", "kbest"), "pw")
    find(dialog, QPushButton, "testDatabase").click()
    dialog.reject()
    assert preferences_dialog._LEFT_RUNNING
    qtbot.waitUntil(lambda: not preferences_dialog._LEFT_RUNNING)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path
) -> None:
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    missing = []
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QTabBar):
            continue  # a tab bar is named by its tab texts
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractSpinBox | QComboBox):
            parent = parent.parentWidget()
        if parent is None and not widget.accessibleName():  # not a spin box's line edit
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_with_db_given_the_dialog_says_the_choice_waits_and_no_switch_is_offered(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connections = settings_for(data_dir, DatabaseSource.OPTION)
    dialog = make_dialog(qtbot, preferences, connections)
    assert "--db" in find(dialog, QLabel, "databaseNote").text()
    window = MainWindow(services, preferences, connections=connections)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        preferences_dialog, "edit_preferences", lambda *_args: Edited(database_changed=True)
    )
    window.preferences_action.trigger()  # no question: answers would fail on one
    assert not window.requested_reopen


def test_switching_now_closes_the_window_after_asking_about_unsaved_edits(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    sample: None,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    window = MainWindow(services, preferences, connections=settings_for(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(
        preferences_dialog, "edit_preferences", lambda *_args: Edited(database_changed=True)
    )
    edit_row(qtbot, window, 0)
    qtbot.keyClicks(find(window, QLineEdit, "jobTitleEs"), "Oficial de prensa")

    answers.extend([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel])
    window.preferences_action.trigger()
    assert asked[0].startswith("Switch to the chosen database now?")
    assert asked[1].startswith("Save the changes to ")
    assert window.isVisible() and not window.requested_reopen  # the person stayed

    answers.extend([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard])
    window.preferences_action.trigger()
    assert not window.isVisible() and window.requested_reopen

    # Not now: nothing closes.
    other = open_window(qtbot, services, preferences)
    other._connections = settings_for(data_dir)
    answers.append(QMessageBox.StandardButton.No)
    other.preferences_action.trigger()
    assert other.isVisible() and not other.requested_reopen


def _run_window_on(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        return gui.run_window(None, str(data_dir))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_switching_to_a_server_out_of_reach_offers_another_choice_and_keeps_passwords_out(
    qtbot: QtBot,
    data_dir: Path,
    pgpass: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    """The window opens on the file; the person chooses a server (with a password) and
    switches at once; the server cannot be reached, so the person picks again: the file."""
    port = closed_port()
    server = ServerAddress("127.0.0.1", port, "press", "kbest")
    titles: list[str] = []

    def choose_the_server() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                titles.append(widget.windowTitle())
                DatabaseSettings(data_dir, "", DatabaseSource.DEFAULT).save(server, "s3cret-pw")
                widget.request_reopen()

    def back_to_the_file(dialog: PreferencesDialog) -> int:
        assert find(dialog, QLineEdit, "databaseHost").text() == "127.0.0.1"
        assert find(dialog, QLabel, "databaseNote").text() == "OK opens the chosen database."
        find(dialog, QRadioButton, "databaseEmbedded").setChecked(True)
        dialog.accept()
        QTimer.singleShot(50, close_the_window)
        return int(dialog.result())

    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                titles.append(widget.windowTitle())
                widget.close()

    monkeypatch.setattr(PreferencesDialog, "exec", back_to_the_file)
    QTimer.singleShot(50, choose_the_server)
    answers.append(QMessageBox.StandardButton.Open)  # "Choose Another Database…"
    assert _run_window_on(data_dir, monkeypatch, tmp_path) == 0

    assert asked[0].startswith("The database cannot be opened.")
    assert f"no PostgreSQL server answers at 127.0.0.1, port {port}" in asked[0]
    assert len(titles) == 2 and all(t.endswith("press-contacts.sqlite3") for t in titles)
    assert read_saved_choice(data_dir) is None
    assert "127.0.0.1:" + str(port) + ":press:kbest:s3cret-pw" in pgpass.read_text("utf-8")
    written = [p for p in data_dir.rglob("*") if p.is_file() and "sqlite3" not in p.name]
    assert any(p.name == "press-contacts.log" for p in written)
    for path in written:
        assert b"s3cret" not in path.read_bytes(), path.name
    assert all("s3cret" not in text for text in asked + titles)


def test_a_saved_server_that_cannot_be_reached_can_be_left_as_it_is(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    write_saved_choice(data_dir, ServerAddress("127.0.0.1", closed_port(), "p", "k").url())
    answers.append(QMessageBox.StandardButton.Close)
    assert _run_window_on(data_dir, monkeypatch, tmp_path) == 1
    assert len(asked) == 1  # said once, not again by a second box
    assert read_saved_choice(data_dir) is not None
    assert not (data_dir / "press-contacts.sqlite3").exists()


@pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
def test_the_test_button_against_a_real_server(
    qtbot: QtBot, preferences: Preferences, data_dir: Path, pgpass: Path
) -> None:
    _reset_postgres(POSTGRES_URL)
    dialog = make_dialog(qtbot, preferences, settings_for(data_dir))
    fill_server(dialog, pg_server(), "not-the-password")
    find(dialog, QPushButton, "testDatabase").click()
    qtbot.waitUntil(lambda: not dialog.is_testing())
    assert result_text(dialog).startswith("User and password: the server refused user ")
    assert "not-the-password" not in result_text(dialog)

    find(dialog, QLineEdit, "databasePassword").setText(pg_password())
    find(dialog, QPushButton, "testDatabase").click()
    qtbot.waitUntil(lambda: not dialog.is_testing())
    assert result_text(dialog) == (
        f"Connected to {pg_server().location}: the database is empty; it will be set up on"
        " first use."
    )


@pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
def test_the_window_opens_on_the_saved_server_with_the_password_from_the_password_file(
    qtbot: QtBot, data_dir: Path, pgpass: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reset_postgres(POSTGRES_URL)
    server = pg_server()
    DatabaseSettings(data_dir, "", DatabaseSource.DEFAULT).save(server, pg_password())
    titles: list[str] = []

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                titles.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(50, close_it)
    assert _run_window_on(data_dir, monkeypatch, tmp_path) == 0
    assert titles == [f"Press Contacts — {server.host}/{server.database}"]
    log = (data_dir / "logs" / "press-contacts.log").read_text(encoding="utf-8")
    assert f"database opened: postgresql://{server.host}/{server.database}" in log
    assert f":{pg_password()}@" not in log
