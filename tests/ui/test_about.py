"""Help → About: what the program is, its versions, where its data is, its licence; Copy."""

from __future__ import annotations

import sqlite3
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.services.container import Services
from crm_app.store.database import Database
from crm_app.ui.about import AboutDialog
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from tests.ui.conftest import _drop_edits, find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
SMALL = (1024, 640)
# A data folder as deep as a real profile can make it, with a long name and a space.
DEEP = (
    "home/jean-baptiste.dupont-de-la-fontaine/Documents/Communication et presse/"
    "Contacts presse — archive 2026/press-contacts-données"
)


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _about(qtbot: QtBot, services: Services, preferences: Preferences, data: Path) -> AboutDialog:
    window = MainWindow(services, preferences, data_dir=data)
    qtbot.addWidget(window, before_close_func=_drop_edits)
    window.show()
    qtbot.waitExposed(window)
    window.findChild(type(window.about_action), "actionAbout").trigger()
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _text(dialog: QWidget, name: str) -> str:
    return find(dialog, QLabel, name).text()


def test_about_says_what_the_program_is_its_versions_its_data_and_its_licence(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    database: Database,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    dialog = _about(qtbot, services, preferences, data)
    assert dialog.windowTitle() == "About Press Contacts"
    assert _text(dialog, "aboutName") == "Press Contacts"
    assert _text(dialog, "aboutVersion") == f"Version {_pyproject_version()}"
    assert "contact block" in _text(dialog, "aboutDescription")
    assert _text(dialog, "aboutQt") == qVersion()
    assert _text(dialog, "aboutPySide") == PySide6.__version__
    assert _text(dialog, "aboutPython").startswith(".".join(map(str, sys.version_info[:3])))
    with sqlite3.connect(":memory:") as connection:
        (library,) = connection.execute("select sqlite_version()").fetchone()
    assert _text(dialog, "aboutEngine") == f"SQLite {library}"
    assert _text(dialog, "aboutDatabase") == str(database.file)
    assert _text(dialog, "aboutDataFolder") == str(data)
    assert _text(dialog, "aboutLicence") == "GNU General Public License, version 3 or later"
    icon = find(dialog, QLabel, "aboutIcon").pixmap()
    assert not icon.isNull() and icon.width() >= 64
    # Every fact can be selected and copied by hand, too.
    for label in dialog.findChildren(QLabel):
        if label.objectName().startswith("about") and label.objectName() != "aboutIcon":
            flags = label.textInteractionFlags()
            assert flags & Qt.TextInteractionFlag.TextSelectableByMouse, label.objectName()


def test_copy_puts_the_same_facts_on_the_clipboard_as_plain_text(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    database: Database,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    dialog = _about(qtbot, services, preferences, data)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    copy = find(dialog, QPushButton, "copyAbout")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    assert copy.text() == "Copied"
    lines = copied.splitlines()
    assert lines[0] == f"Press Contacts {_pyproject_version()}"
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in lines
    assert f"Database engine: {_text(dialog, 'aboutEngine')}" in lines
    assert f"Database (file): {database.file}" in lines
    assert f"Data folder: {data}" in lines
    assert "Licence: GPL-3.0-or-later" in lines
    assert "<" not in copied  # plain text, no markup


def test_the_crash_report_starts_with_the_facts_about_copies(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One source: the window's error report gives the same versions and places as About."""
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    opened = gui.open_window(qapp, None, str(tmp_path))
    assert opened is not None
    try:
        about = opened.window.about()
        opened.reporter.report(RuntimeError("boom"))
        qtbot.waitUntil(lambda: opened.reporter.dialog() is not None)
        crash = opened.reporter.dialog()
        assert crash is not None
        facts = about.facts().report()
        assert f"Database (file): {tmp_path / 'press-contacts.sqlite3'}" in facts
        assert f"Data folder: {tmp_path}" in facts
        assert crash.details().startswith(facts + "\n")
        crash.close()
        about.close()
    finally:
        opened.window.close()
        opened.close()
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


class _Longer(QTranslator):
    """Translations half as long again as the English, for the strings no catalogue has yet:
    French and Spanish run that much longer."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context != "AboutDialog":
            return None
        words = source.split(" ")
        return " ".join(words + words[: max(1, len(words) // 2)])


@pytest.fixture(params=["fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_translators(qapp, code)
    longer = _Longer()  # no parent: gone with the fixture, not left on the application
    qapp.installTranslator(longer)
    yield code
    qapp.removeTranslator(longer)
    del longer
    install_translators(qapp, "en")


def test_about_fits_a_small_screen_in_french_and_spanish_with_a_deep_data_folder(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    tmp_path: Path,
    language: str,
) -> None:
    data = tmp_path / DEEP
    dialog = _about(qtbot, services, preferences, data)
    QCoreApplication.processEvents()
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1]
    inside = QRect(0, 0, dialog.width(), dialog.height())
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.parent() is not dialog:
            continue
        where = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        assert inside.contains(where), f"{widget.objectName() or type(widget).__name__} is cut"
        if isinstance(widget, QLabel) and widget.wordWrap():
            # Wrapped, not cut: the label is as tall as its text needs at its width.
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
            assert widget.width() >= widget.minimumSizeHint().width(), widget.text()
    assert _text(dialog, "aboutDataFolder") == str(data)
