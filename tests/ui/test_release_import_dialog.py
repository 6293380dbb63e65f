"""File → Import from Release Text: paste or drop a release, see whom it names, choose, import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.domain.records import Contact
from crm_app.services.container import Services
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import RELEASE_IMPORT_GEOMETRY, Preferences
from crm_app.ui.release_import_dialog import (
    LARGE_SOURCE,
    Column,
    ReleaseImportDialog,
)
from tests.ui.conftest import find

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = FIXTURES / "releases" / "seed-iom-beijing-fr.txt"
CP1252 = FIXTURES / "release_blocks" / "fr-unicef-cp1252.txt"
SUGGESTION = "+86 10 5979 9695 ext. 203"
TIMEOUT_MS = 60_000

TWO_PEOPLE = """IOM and WHO open a clinic in Dakar

DAKAR, 3 March 2026 - A new clinic opens today.

For more information, please contact:
Fatou Ndiaye, IOM Dakar, Tel: +221 33 869 62 00, Email: fndiaye@example.org
Kieran Best, IOM Beijing, Email: kgormanbest@iom.int
"""

# Daniel Mwangi of the sample data, by the short name and an address we do not have.
PROBABLE = """IOM opens a centre in Nairobi

NAIROBI, 3 March 2026 - A new centre opens today.

For more information, please contact:
Dan Mwangi, IOM Nairobi, Tel: +254 20 444 4174, Email: dan.mwangi@example.org
"""

NO_BLOCK = """IOM opens a clinic in Dakar

DAKAR, 3 March 2026 - A new clinic opens today. Nobody to call.
"""

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _contacts(services: Services) -> list[Contact]:
    return list(services.contacts.stream(ContactQuery()))


def _open(window: MainWindow) -> ReleaseImportDialog:
    find(window, QAction, "importReleaseText").trigger()
    (dialog,) = [d for d in window.findChildren(ReleaseImportDialog) if d.isVisible()]
    return dialog


def _paste(qtbot: QtBot, dialog: ReleaseImportDialog, text: str) -> None:
    """Put the text in the paste area as a paste does, and wait for the pause to pass."""
    with qtbot.waitSignal(dialog.read_done, timeout=TIMEOUT_MS):
        find(dialog, QPlainTextEdit, "releaseTextInput").setPlainText(text)


def _cell(dialog: ReleaseImportDialog, row: int, column: int) -> str:
    item = find(dialog, QTableWidget, "foundContacts").item(row, column)
    assert item is not None
    return item.text()


def _confirm(dialog: ReleaseImportDialog) -> QPushButton:
    return find(dialog, QPushButton, "confirmImport")


def _choose(dialog: ReleaseImportDialog, row: int, text: str) -> None:
    combo = dialog.choice_of(row)
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_the_seed_shows_kieran_matched_with_his_flagged_number_and_writes_nothing(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    dialog = _open(window)
    pages = find(dialog, QStackedWidget, "foundPages")
    empty = find(dialog, QLabel, "releaseEmptyState")
    assert pages.currentWidget() is empty and "Paste a release" in empty.text()
    assert not _confirm(dialog).isEnabled()

    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    table = find(dialog, QTableWidget, "foundContacts")
    assert pages.currentWidget() is table and table.rowCount() == 1
    assert find(dialog, QLabel, "releaseTitle").text().startswith("L'OIM encourage")
    assert find(dialog, QLabel, "releaseLanguage").text() == "French"
    person = _cell(dialog, 0, Column.PERSON)
    assert person.startswith("Kieran Best") and "IOM Beijing" in person
    assert "kgormanbest@iom.int" in _cell(dialog, 0, Column.EMAILS)
    phones = _cell(dialog, 0, Column.PHONES)
    assert "+ 86 5979 9695 ext. 203 — not a valid number" in phones
    assert f"did you mean {SUGGESTION}?" in phones
    stored = _cell(dialog, 0, Column.STORED)
    assert stored.startswith("Kieran Best") and "Same person" in stored
    assert "+86 10 5979 9695 ext. 203" in stored
    choice = dialog.choice_of(0)
    assert choice.currentText() == "Link to the stored contact"
    fix = find(dialog, QPushButton, "useSuggestedNumber")
    assert fix.isVisibleTo(dialog) and SUGGESTION in fix.toolTip()
    assert _confirm(dialog).isEnabled()
    assert services.releases.all() == []  # reading writes nothing
    dialog.reject()


def test_the_fix_then_import_records_the_release_and_opens_it(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    before = _contacts(services)
    kieran = next(c for c in before if c.family == "Best")
    dialog = _open(window)
    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    with qtbot.waitSignal(dialog.read_done, timeout=TIMEOUT_MS):
        find(dialog, QPushButton, "useSuggestedNumber").click()
    phones = _cell(dialog, 0, Column.PHONES)
    assert phones == f"{SUGGESTION} (suggestion taken)"
    assert not find(dialog, QScrollArea, "phoneFixesArea").isVisibleTo(dialog)
    assert services.releases.all() == []

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.keyClick(
            find(dialog, QPlainTextEdit, "releaseTextInput"),
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
    (release,) = services.releases.all()
    assert release.title.startswith("L'OIM encourage")
    assert [c.id for c in services.releases.get(release.id).contacts] == [kieran.id]
    assert services.contacts.get(kieran.id).phones == kieran.phones
    assert len(_contacts(services)) == len(before)
    assert window.current_section() is window.releases
    shown = window.releases.current_release()
    assert shown is not None and shown.id == release.id
    status = window.statusBar().currentMessage()
    assert "imported" in status and "unchanged: 1" in status
    assert not dialog.isVisible()


def test_a_new_person_gets_the_suggested_number(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    text = SEED.read_text(encoding="utf-8").replace("kgormanbest@iom.int", "lzhao@example.org")
    text = text.replace("Kieran Best", "Lin Zhao")
    dialog = _open(window)
    _paste(qtbot, dialog, text)
    assert _cell(dialog, 0, Column.STORED) == "No stored contact matches."
    combo = dialog.choice_of(0)
    assert combo.currentText() == "Create a new contact"
    assert combo.findText("Link to the stored contact") < 0  # nobody to link to
    with qtbot.waitSignal(dialog.read_done, timeout=TIMEOUT_MS):
        find(dialog, QPushButton, "useSuggestedNumber").click()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        _confirm(dialog).click()
    lin = next(c for c in _contacts(services) if c.family == "Zhao")
    assert [(p.e164, p.extension, p.valid) for p in lin.phones] == [("+861059799695", "203", True)]
    assert "New contacts: 1" in window.statusBar().currentMessage()


def test_a_probable_match_waits_for_a_choice(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    before = len(_contacts(services))
    dialog = _open(window)
    _paste(qtbot, dialog, PROBABLE)
    assert "Perhaps the same person" in _cell(dialog, 0, Column.STORED)
    assert "Daniel Mwangi" in _cell(dialog, 0, Column.STORED)
    assert dialog.choice_of(0).currentText() == "Choose…"
    assert not _confirm(dialog).isEnabled()
    message = find(dialog, QLabel, "importMessage").text()
    assert "Choose…" in message and "before importing" in message
    dialog.confirm()  # Ctrl+Return does nothing either
    assert services.releases.all() == []

    _choose(dialog, 0, "Link to the stored contact")
    assert _confirm(dialog).isEnabled()
    assert dialog.choice_of(0).findText("Choose…") < 0
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        _confirm(dialog).click()
    assert len(_contacts(services)) == before
    daniel = next(c for c in _contacts(services) if c.family == "Mwangi")
    assert "dan.mwangi@example.org" in [e.address for e in daniel.emails]


def test_skip_writes_nothing_for_that_person(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    before = len(_contacts(services))
    dialog = _open(window)
    _paste(qtbot, dialog, TWO_PEOPLE)
    assert dialog.choice_of(0).currentText() == "Create a new contact"
    assert dialog.choice_of(1).currentText() == "Link to the stored contact"
    _choose(dialog, 0, "Skip")
    assert "skip 1" in find(dialog, QLabel, "importMessage").text()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        _confirm(dialog).click()
    assert len(_contacts(services)) == before
    assert not any(c.family == "Ndiaye" and c.given == "Fatou" for c in _contacts(services))
    (release,) = services.releases.all()
    assert [c.family for c in services.releases.get(release.id).contacts] == ["Best"]
    assert "skipped: 1" in window.statusBar().currentMessage()


def _drag(kind: type[QDragEnterEvent] | type[QDropEvent], mime: QMimeData) -> QDropEvent:
    """The event does not own its data: the caller keeps `mime` alive."""
    return kind(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_a_dropped_windows_1252_file_is_read_and_named_by_its_file(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "unicef-rapport.txt"
    shutil.copy(CP1252, path)
    dialog = _open(window)
    target = find(dialog, QPlainTextEdit, "releaseTextInput").viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = _drag(QDragEnterEvent, mime)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(dialog.read_done, timeout=TIMEOUT_MS):
        drop = _drag(QDropEvent, mime)
        QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    assert dialog.source() == CP1252.read_bytes()  # the bytes, for the reader to decode
    assert "unicef-rapport.txt" in find(dialog, QLabel, "releaseFileName").text()
    assert "Amélie Rousseau" in find(dialog, QPlainTextEdit, "releaseTextInput").toPlainText()
    assert _cell(dialog, 0, Column.PERSON).startswith("Amélie Rousseau")
    assert "arousseau@example.org" in _cell(dialog, 0, Column.EMAILS)
    assert "Windows-1252" in find(dialog, QLabel, "releaseWarnings").text()
    assert "unicef-rapport" in find(dialog, QLabel, "releaseTitle").text()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        _confirm(dialog).click()
    (release,) = services.releases.all()
    assert release.title == "unicef-rapport"  # the text has none: the file's name


def test_a_text_without_a_block_says_nobody_was_found(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    dialog = _open(window)
    _paste(qtbot, dialog, NO_BLOCK)
    nobody = find(dialog, QLabel, "noContactsFound")
    assert find(dialog, QStackedWidget, "foundPages").currentWidget() is nobody
    assert "No contacts found" in nobody.text()
    assert "For more information, please contact:" in nobody.text()
    assert find(dialog, QLabel, "releaseTitle").text() == "IOM opens a clinic in Dakar"
    assert not _confirm(dialog).isEnabled()


def test_a_text_without_a_title_is_refused_naming_the_title(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    before = len(_contacts(services))
    dialog = _open(window)
    _paste(qtbot, dialog, TWO_PEOPLE.split("\n", 4)[4])  # from the block's heading on
    assert "first line" in find(dialog, QLabel, "releaseTitle").text()
    _confirm(dialog).click()
    message = find(dialog, QLabel, "importMessage").text()
    assert "Nothing was imported" in message and "Release title" in message
    assert dialog.isVisible()
    assert services.releases.all() == []
    assert len(_contacts(services)) == before


def test_a_large_page_is_read_off_the_gui_thread(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    seed = SEED.read_text(encoding="utf-8")
    head, _, tail = seed.partition("Pour plus d'informations")
    padding = "Un paragraphe du communiqué, sans personne à joindre.\n" * (LARGE_SOURCE // 40)
    dialog = _open(window)
    _paste(qtbot, dialog, head + padding + "Pour plus d'informations" + tail)
    assert len(dialog.source()) > LARGE_SOURCE
    assert _cell(dialog, 0, Column.PERSON).startswith("Kieran Best")


def test_escape_cancels_and_the_size_is_remembered(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow, preferences: Preferences
) -> None:
    dialog = _open(window)
    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    dialog.resize(700, 480)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.releases.all() == []
    assert not preferences.data(RELEASE_IMPORT_GEOMETRY).isEmpty()
    again = _open(window)
    assert again is not dialog
    assert (again.width(), again.height()) == (700, 480)
    again.reject()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    dialog = _open(window)
    _paste(qtbot, dialog, SEED.read_text(encoding="utf-8"))
    controls = [
        find(dialog, QPlainTextEdit, "releaseTextInput"),
        find(dialog, QPushButton, "openReleaseFile"),
        find(dialog, QTableWidget, "foundContacts"),
        find(dialog, QPushButton, "useSuggestedNumber"),
        find(dialog, QPushButton, "confirmImport"),
        find(dialog, QPushButton, "cancelImport"),
        dialog.choice_of(0),
    ]
    assert all(control.accessibleName() for control in controls)
    assert "Kieran Best" in dialog.choice_of(0).accessibleName()
    dialog.reject()
