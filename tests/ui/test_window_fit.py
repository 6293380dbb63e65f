"""A window that looks finished on a small screen: nothing cut, nothing scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ReleaseDraft
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import NAVIGATION_SPLITTER, Preferences
from tests.conftest import TODAY
from tests.ui.conftest import _drop_edits, find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SMALL = (1024, 640)
PHONE = "+86 10 5979 9695 ext. 203"
EMAIL = "kgormanbest@iom.int"


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in English, then in French (longer labels)."""
    code = str(request.param)
    install_translators(qapp, code)
    yield code
    install_translators(qapp, "en")


def _small_window(qtbot: QtBot, services: Services, preferences: Preferences) -> MainWindow:
    window = MainWindow(services, preferences)
    qtbot.addWidget(window, before_close_func=_drop_edits)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shows_whole(edit: QLineEdit, text: str) -> bool:
    """The line edit shows all of `text`: with the cursor at its end, its start is not
    scrolled out of view, and its width fits the room the field gives text."""
    assert edit.text() == text
    edit.setCursorPosition(0)
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len(text))
    end = edit.cursorRect().center().x()
    edit.setCursorPosition(0)
    advance = edit.fontMetrics().horizontalAdvance(text)
    return end - start >= advance - 1 and end <= edit.width() and start >= 0


def _scrolling_sideways(root: QWidget) -> list[str]:
    return [
        f"{type(area).__name__} {area.objectName()!r}"
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def _settle(qtbot: QtBot) -> None:
    # Layouts run from posted events; let them all run before measuring.
    for _ in range(3):
        QCoreApplication.processEvents()
    qtbot.wait(1)


def test_phone_and_email_are_whole_and_nothing_scrolls_sideways_at_1024_by_640(
    qtbot: QtBot, services: Services, sample: None, preferences: Preferences, language: str
) -> None:
    kieran = next(c for c in services.contacts.stream(ContactQuery()) if c.family == "Best")
    services.releases.add(
        ReleaseDraft(
            title="IOM and partners call for urgent support for migrants stranded in the region",
            language=language,
            date=TODAY,
            office="IOM Beijing",
            contact_ids=tuple(c.id for c in services.contacts.stream(ContactQuery()))[:3],
        )
    )
    window = _small_window(qtbot, services, preferences)
    window.open_contact(kieran.id)
    _settle(qtbot)
    assert _scrolling_sideways(window) == []  # the card
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert _shows_whole(find(window, QLineEdit, "phoneNumber"), PHONE)
    assert _shows_whole(find(window, QLineEdit, "emailAddress"), EMAIL)
    assert _scrolling_sideways(window) == []

    for row in (1, 2):
        assert window.show_section(row)
        if row == 2:
            window.releases.open_release(services.releases.all()[0].id)
        _settle(qtbot)
        assert _scrolling_sideways(window) == [], window.current_section().key
    # The release editor's parts fit their pane: none is wider than the room it is given.
    editor = window.releases.editor()
    assert editor.minimumSizeHint().width() <= editor.width()
    window.grab()  # paints every pane at this size without a warning
    window.close()


def test_a_tiny_remembered_splitter_cannot_cut_the_navigation_labels(
    qtbot: QtBot, services: Services, preferences: Preferences, language: str
) -> None:
    # A splitter state as an older version (or a hand-edited file) could have left.
    tiny = QSplitter()
    tiny.addWidget(QWidget())
    tiny.addWidget(QWidget())
    tiny.resize(1000, 100)
    tiny.setSizes([4, 996])
    preferences.set_data(NAVIGATION_SPLITTER, tiny.saveState())
    tiny.deleteLater()

    window = _small_window(qtbot, services, preferences)
    _settle(qtbot)
    navigation = find(window, QListWidget, "navigation")
    metrics = navigation.fontMetrics()
    for row in range(navigation.count()):
        item = navigation.item(row)
        text_room = navigation.visualItemRect(item).width() - 14  # the item's left padding
        assert metrics.horizontalAdvance(item.text()) <= text_room, item.text()
    window.close()


def test_a_first_start_opens_at_a_share_of_the_screen_not_at_the_minimum(
    qtbot: QtBot, services: Services, preferences: Preferences
) -> None:
    window = MainWindow(services, preferences)
    qtbot.addWidget(window, before_close_func=_drop_edits)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    # Never larger than the screen, and not its minimum: 85 % of the screen (capped).
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= min(round(available.width() * 0.85), 1600)
    assert window.height() >= min(round(available.height() * 0.85), 1000)
    assert window.height() > window.minimumSizeHint().height()
    window.close()


def test_the_seed_paste_and_its_fixes_fit_a_small_screen(
    qtbot: QtBot, services: Services, sample: None, preferences: Preferences, language: str
) -> None:
    window = _small_window(qtbot, services, preferences)
    window.contacts.new_record()
    office = find(window, QComboBox, "office")
    office.setCurrentIndex(office.findText("OIM Pékin" if language == "fr" else "IOM Beijing"))
    for name, text in (
        ("givenName", "Kieran"),
        ("familyName", "Best"),
        ("phoneNumber", "Tél. + 86 5979 9695 Ext. 203"),
        ("emailAddress", '"mailto:kgormanbest@iom.int" target="" title="">kgormanbest@iom.int'),
    ):
        find(window, QLineEdit, name).setText(text)
    _settle(qtbot)
    number_fix = find(window, QPushButton, "useSuggestedNumber")
    email_fix = find(window, QPushButton, "useSuggestedEmail")
    assert number_fix.isVisible() and email_fix.isVisible()
    # Each button says what it does, in full when it has the room, in short when it has not.
    for fix in (number_fix, email_fix):
        assert fix.width() >= fix.minimumSizeHint().width()
        assert fix.fontMetrics().horizontalAdvance(fix.text()) < fix.width()
    assert _scrolling_sideways(window) == []
    # The list beside the form is narrow: its filters still say what they filter by.
    for name in ("officeFilter", "kindFilter", "archiveFilter"):
        combo = find(window, QComboBox, name)
        arrow = combo.sizeHint().width() - combo.fontMetrics().horizontalAdvance("x" * 6)
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) + arrow <= combo.width()

    qtbot.mouseClick(number_fix, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(email_fix, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    shown = "+86 10 5979 9695, poste 203" if language == "fr" else PHONE
    assert _shows_whole(find(window, QLineEdit, "phoneNumber"), shown)
    assert _shows_whole(find(window, QLineEdit, "emailAddress"), EMAIL)
    assert _scrolling_sideways(window) == []


def test_the_welcome_shows_all_of_its_text_on_a_small_screen(
    qtbot: QtBot, services: Services, preferences: Preferences, language: str
) -> None:
    window = _small_window(qtbot, services, preferences)
    _settle(qtbot)
    welcome = find(window, QWidget, "welcome")
    assert welcome.isVisible()
    cut = [
        label.text()[:40]
        for label in welcome.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
