"""Fixtures for the window tests: temporary settings, offices, sample data, a shown window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft
from crm_app.services.sample_data import load_sample_data
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences

W = TypeVar("W", bound=QObject)


def find(parent: QObject, kind: type[W], name: str) -> W:
    """A widget by its fixed object name, whatever the interface language."""
    found = parent.findChild(kind, name)
    assert isinstance(found, kind), f"no {kind.__name__} named {name!r}"
    return found


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The window talks to services only; PostgreSQL is covered by the store tests."""
    return sqlite_url


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.from_file(tmp_path / "preferences.ini")


@pytest.fixture
def beijing(services: Services) -> int:
    return services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    ).id


@pytest.fixture
def sample(services: Services) -> None:
    load_sample_data(services.offices, services.contacts, services.clock)


@pytest.fixture
def asked() -> list[str]:
    """The text of each question `answers` answered, in order."""
    return []


@pytest.fixture
def answers(
    monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> Iterator[list[QMessageBox.StandardButton]]:
    """Answers the next questions in order, whether asked with QMessageBox.question or a
    QMessageBox of its own (exec); fails on an unexpected one."""
    queue: list[QMessageBox.StandardButton] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        assert queue, "an unexpected question was asked"
        asked.append(text)
        return queue.pop(0)

    def run(box: QMessageBox) -> int:
        assert queue, "an unexpected question was asked"
        asked.append(box.text())
        return queue.pop(0).value

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", run)
    yield queue
    assert not queue, "a question that was expected was not asked"


def _drop_edits(window: QWidget) -> None:
    """Closing asks about unsaved edits; a test that left some must not hang on the question."""
    assert isinstance(window, MainWindow)
    for section in (window.contacts, window.offices):
        if section.is_dirty():
            section.detail.revert()


def open_window(qtbot: QtBot, services: Services, preferences: Preferences) -> MainWindow:
    window = MainWindow(services, preferences)
    qtbot.addWidget(window, before_close_func=_drop_edits)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, services: Services, preferences: Preferences) -> MainWindow:
    return open_window(qtbot, services, preferences)
