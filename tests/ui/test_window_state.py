"""The window remembers its size, splitters, columns and section (in a temporary file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from crm_app.services.container import Services
from crm_app.ui.preferences import WINDOW_GEOMETRY, Preferences
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_the_window_remembers_its_geometry_splitter_and_columns(
    qtbot: QtBot, services: Services, sample: None, preferences: Preferences
) -> None:
    first = open_window(qtbot, services, preferences)
    # The offscreen screen is 800 pixels wide: a size below that, above the window's minimum.
    chosen = QSize(min(first.minimumSizeHint().width() + 5, 799), 640)
    first.resize(chosen)
    splitter = find(first, QSplitter, "contactsSplitter")
    splitter.setSizes([420, 500])
    remembered_sizes = splitter.sizes()
    first.contacts.view.horizontalHeader().resizeSection(0, 321)
    first.show_section(1)
    assert first.close()
    assert not preferences.data(WINDOW_GEOMETRY).isEmpty()

    second = open_window(qtbot, services, preferences)
    assert second.size() == chosen
    assert second.current_section() is second.offices
    second.show_section(0)
    qtbot.waitUntil(lambda: find(second, QSplitter, "contactsSplitter").sizes() == remembered_sizes)
    assert second.contacts.view.horizontalHeader().sectionSize(0) == 321
    second.close()


def test_a_first_window_fits_the_screen(
    qtbot: QtBot, services: Services, preferences: Preferences
) -> None:
    window = open_window(qtbot, services, preferences)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.close()
