"""A window left open all day: what a person does again and again must not pile up.

benchmarks/soak.py drives the whole window for thousands of actions and watches memory;
these tests pin down, one by one, the things it found growing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.ui import main_window
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.releases.picker import ContactPickerDialog
from crm_app.ui.widgets import FieldMark, Level, level_icon
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

VALID = "+41 22 717 9405"
PREFIX = VALID[:-4]  # too short to be a number yet


def _changed_connections(edit: QLineEdit) -> int:
    """Connections to `changed` of every action the field holds (its icons, its marks)."""
    return sum(action.receivers(SIGNAL("changed()")) for action in edit.findChildren(QAction))


def _mark(edit: QLineEdit) -> FieldMark:
    (mark,) = edit.findChildren(FieldMark)
    return mark


def test_a_checked_field_keeps_its_mark_without_piling_up_connections(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    qtbot.mouseClick(find(window, QWidget, "newContact"), Qt.MouseButton.LeftButton)
    number = find(window, QLineEdit, "phoneNumber")
    mark = _mark(number)
    assert not mark.isVisible()
    qtbot.keyClicks(number, VALID)
    assert mark.isVisible() and mark.level() is Level.OK
    assert "Reads as +41 22 717 94 05" in mark.toolTip()
    before = _changed_connections(number)
    for _ in range(20):  # the mark changes on every keystroke
        number.clear()
        qtbot.keyClicks(number, PREFIX)
        assert mark.level() is Level.WARNING
        qtbot.keyClicks(number, VALID[len(PREFIX) :])
    assert mark.level() is Level.OK
    number.clear()
    assert not mark.isVisible()
    assert _changed_connections(number) <= before


def test_the_mark_leaves_room_for_itself_at_the_end_of_the_text(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    qtbot.mouseClick(find(window, QWidget, "newContact"), Qt.MouseButton.LeftButton)
    email = find(window, QLineEdit, "emailAddress")
    qtbot.keyClicks(email, "nhaddad@iom.int")
    mark = _mark(email)
    assert mark.level() is Level.OK
    assert mark.geometry().right() < email.width()
    assert email.textMargins().right() >= mark.width() > 0
    assert not mark.pixmap().isNull()


def test_level_icons_are_made_once() -> None:
    # Qt caches an icon's pictures under the icon's own key: a new QIcon per keystroke
    # would fill the pixmap cache with copies.
    assert level_icon(Level.WARNING).cacheKey() == level_icon(Level.WARNING).cacheKey()
    assert level_icon(Level.OK).cacheKey() != level_icon(Level.ERROR).cacheKey()
    assert level_icon(Level.NONE).isNull()


def _answer_modal(answer: Callable[[QWidget], None]) -> None:
    def run() -> None:
        modal = QApplication.activeModalWidget()
        assert modal is not None
        answer(modal)

    QTimer.singleShot(0, run)


def _wait_until_gone(qtbot: QtBot, parent: QObject, kind: type[QObject]) -> None:
    qtbot.waitUntil(lambda: not parent.findChildren(kind))


def test_the_contact_picker_is_deleted_once_closed(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    editor = window.releases.editor()
    for _ in range(3):
        _answer_modal(lambda picker: picker.close())
        editor.pick_contacts()
    _wait_until_gone(qtbot, editor, ContactPickerDialog)


# A popup menu asks the window system for the keyboard, which the offscreen one cannot give.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
def test_the_list_s_context_menu_is_deleted_once_closed(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    view = window.contacts.view
    position = view.visualRect(view.model().index(0, 0)).center()
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([action.text() for action in menu.actions()])
        menu.close()

    for _ in range(3):
        QTimer.singleShot(0, close_menu)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position)
        )
        QApplication.sendEvent(view.viewport(), event)
    assert shown == [["Delete"]] * 3
    _wait_until_gone(qtbot, window.contacts, QMenu)


def test_undo_reaches_back_a_bounded_number_of_changes(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    preferences: Preferences,
    sample: None,
) -> None:
    monkeypatch.setattr(main_window, "UNDO_LIMIT", 3)
    window = open_window(qtbot, services, preferences)
    view = window.contacts.view
    for _ in range(5):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(view.model().index(0, 0)).center(),
        )
        window.delete_action.trigger()
    assert services.contacts.count(ContactQuery()) == 0
    assert window.undo_stack.count() == 3
    undone = 0
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
        undone += 1
    assert undone == 3  # the three latest deletions come back, the first two stay deleted
    assert services.contacts.count(ContactQuery()) == 3


COPY_THEN_QUIT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from crm_app.services.container import Services
    from crm_app.services.drafts import ContactDraft, EmailInput
    from crm_app.store.database import open_database
    from crm_app.ui.releases.preview import BlockPreview

    folder = Path(sys.argv[1])
    app = QApplication([])
    database = open_database(f"sqlite:///{folder / 'copy.sqlite3'}")
    services = Services.build(database, templates_override=folder / "templates")
    nadia = services.contacts.add(
        ContactDraft(given="Nadia", family="Haddad", emails=(EmailInput("nhaddad@iom.int"),))
    )
    preview = BlockPreview(services.releases)
    preview.show_contacts([nadia], "en")
    for _ in range(int(sys.argv[2])):
        assert preview.copy_block()
        app.processEvents()
    print(QGuiApplication.clipboard().mimeData().text().splitlines()[1])
    database.close()
    # The block stays on the clipboard: Qt deletes it as the application goes away.
    """
)


def test_quitting_after_copying_blocks_exits_cleanly(tmp_path: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", COPY_THEN_QUIT, str(tmp_path), "300"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, f"exit status {child.returncode}:\n{child.stderr[-2000:]}"
    assert child.stdout.strip().splitlines()[-1] == "Nadia Haddad"
