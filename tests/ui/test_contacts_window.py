"""The main window driven as a person would: search, add, fix a number, delete, undo, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.store.database import Database
from crm_app.ui.conflict_dialog import ConflictDialog
from crm_app.ui.main_window import MainWindow
from tests.ui.conftest import find

# The offscreen platform cannot hand a window's size limits to a window system and says so;
# that is the test platform talking, not a fault of the window.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

BROKEN = "+ 86 5979 9695 Ext. 203"
REPAIRED = "+86 10 5979 9695 ext. 203"


def names_in_list(window: MainWindow) -> list[str]:
    model = window.contacts.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def edit_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    """Choose a contact in the list, then open its form from the card."""
    click_row(qtbot, window.contacts.view, row)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "givenName").isVisible()


def contact_id(services: Services, family: str) -> int:
    (found,) = [c for c in services.contacts.page(ContactQuery()) if c.family == family]
    return found.id


def test_title_names_the_program_and_the_database(database: Database, window: MainWindow) -> None:
    assert window.windowTitle() == f"Press Contacts — {database.display_name}"


def test_typing_in_search_shrinks_the_list(qtbot: QtBot, sample: None, window: MainWindow) -> None:
    assert window.contacts.model.rowCount() == 5
    search = find(window, QLineEdit, "searchContacts")
    qtbot.keyClicks(search, "pekin")  # the French office name "OIM Pékin", typed without accent
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert names_in_list(window) == ["Kieran Best"]
    search.clear()
    qtbot.keyClicks(search, "5979 9695")  # phone digits, as printed
    qtbot.waitUntil(lambda: names_in_list(window) == ["Kieran Best"])
    search.clear()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 5)


def test_add_contact_with_the_broken_beijing_number_and_apply_the_fix(
    qtbot: QtBot, services: Services, beijing: int, window: MainWindow
) -> None:
    # A database with an office but no contacts greets with the welcome; start from there.
    assert window.contacts.showing_welcome()
    qtbot.mouseClick(find(window, QPushButton, "welcomeAddContact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Li")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Wei")
    office = find(window, QComboBox, "office")
    office.setCurrentIndex(office.findText("IOM Beijing"))
    qtbot.keyClicks(find(window, QLineEdit, "jobTitle"), "Communications Assistant")
    number = find(window, QLineEdit, "phoneNumber")
    qtbot.keyClicks(number, BROKEN)

    check = find(window, QLabel, "phoneCheck")
    assert check.isVisible()
    assert "looks invalid" in check.text()
    assert "area code (10) is missing" in check.text()
    fix = find(window, QPushButton, "useSuggestedNumber")
    assert fix.isVisible()
    assert REPAIRED in fix.text()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert number.text() == REPAIRED
    assert "looks invalid" not in check.text()
    assert not fix.isVisible()

    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert not window.contacts.is_dirty()
    assert "Li Wei" in names_in_list(window)
    (stored,) = services.contacts.page(ContactQuery(text="wei"))
    phone = stored.phones[0]
    assert (phone.e164, phone.extension, phone.valid) == ("+861059799695", "203", True)
    assert stored.office is not None and stored.office.id == beijing

    search = find(window, QLineEdit, "searchContacts")
    qtbot.keyClicks(search, "Wei")
    qtbot.waitUntil(lambda: names_in_list(window) == ["Li Wei"])


def test_an_invalid_email_is_refused_and_nothing_is_written(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Ada")
    email = find(window, QLineEdit, "emailAddress")
    qtbot.keyClicks(email, "kgormanbest@@iom.int")
    check = find(window, QLabel, "emailCheck")
    assert check.text() == "An e-mail address has only one @-sign."

    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert services.contacts.count(ContactQuery(archive=Archive.ALL_LIVE)) == 0
    assert window.contacts.is_dirty()  # nothing is lost either
    assert find(window, QLabel, "contactError").text().startswith("Not saved")

    email.clear()
    qtbot.keyClicks(email, "ada@iom.int")
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert [c.emails[0].address for c in services.contacts.page(ContactQuery())] == ["ada@iom.int"]


def test_an_invalid_phone_needs_keep_as_typed_and_is_stored_flagged(
    qtbot: QtBot, services: Services, beijing: int, window: MainWindow
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Ada")
    office = find(window, QComboBox, "office")
    office.setCurrentIndex(office.findData(beijing))
    qtbot.keyClicks(find(window, QLineEdit, "phoneNumber"), "+86 123")
    save = find(window, QPushButton, "saveContact")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert services.contacts.count(ContactQuery()) == 0
    assert "Keep as typed" in find(window, QLabel, "phoneCheck").text()

    keep = find(window, QCheckBox, "keepPhoneAsTyped")
    assert keep.isVisible()
    keep.setChecked(True)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (stored,) = services.contacts.page(ContactQuery())
    assert (stored.phones[0].raw, stored.phones[0].valid) == ("+86 123", False)


def test_delete_then_undo_brings_the_contact_back(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    view = window.contacts.view
    click_row(qtbot, view, 0)
    assert find(window, QLineEdit, "givenName").text() == "Kieran"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Delete in the list deletes the contact
    assert "Kieran Best" not in names_in_list(window)
    assert services.contacts.count(ContactQuery()) == 4
    assert window.undo_action.isEnabled()
    assert "Delete Kieran Best" in window.undo_action.text()

    window.undo_action.trigger()
    assert "Kieran Best" in names_in_list(window)
    assert not services.contacts.get(contact_id(services, "Best")).deleted
    window.redo_action.trigger()
    assert "Kieran Best" not in names_in_list(window)


def test_an_edit_is_undone_through_the_service(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    edit_row(qtbot, window, 0)
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    kieran = contact_id(services, "Gorman-Best")
    window.undo_action.trigger()
    assert services.contacts.get(kieran).family == "Best"
    assert family.text() == "Best"  # the editor shows what is stored again
    window.redo_action.trigger()
    assert services.contacts.get(kieran).family == "Gorman-Best"


def _refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window refused to do, as the warnings it showed."""
    shown: list[str] = []

    def warning(_parent: object, title: str, text: str, *_rest: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_two_edits_of_one_contact_are_both_undone_and_redone(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    sample: None,
    window: MainWindow,
) -> None:
    refusals = _refusals(monkeypatch)
    click_row(qtbot, window.contacts.view, 0)
    kieran = contact_id(services, "Best")
    family = find(window, QLineEdit, "familyName")
    for text in ("Gorman-Best", "Gorman Best"):
        family.clear()
        qtbot.keyClicks(family, text)
        window.save_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert services.contacts.get(kieran).family == "Best"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert services.contacts.get(kieran).family == "Gorman Best"
    assert family.text() == "Gorman Best"
    assert refusals == []


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    sample: None,
    window: MainWindow,
) -> None:
    refusals = _refusals(monkeypatch)
    click_row(qtbot, window.contacts.view, 0)
    kieran = contact_id(services, "Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    # A colleague changes the contact from another computer.
    services.contacts.edit(kieran, ContactChanges(notes="Moved to Shanghai"))
    window.undo_action.trigger()
    assert [text.split(":")[0] for text in refusals] == ["Cannot undo"]
    stored = services.contacts.get(kieran)
    assert (stored.family, stored.notes) == ("Gorman-Best", "Moved to Shanghai")


def test_switching_contacts_with_unsaved_changes_asks(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    view = window.contacts.view
    edit_row(qtbot, window, 0)
    given = find(window, QLineEdit, "givenName")
    given.clear()
    qtbot.keyClicks(given, "Kiera")

    answers.append(QMessageBox.StandardButton.Cancel)
    click_row(qtbot, view, 1)
    assert given.text() == "Kiera"  # still editing the first contact
    assert view.currentIndex().row() == 0

    answers.append(QMessageBox.StandardButton.Discard)
    click_row(qtbot, view, 1)
    assert not given.isVisible()  # the other contact opens on its card
    assert services.contacts.get(contact_id(services, "Best")).given == "Kieran"
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    assert given.text() == "Nadia"

    qtbot.keyClicks(given, "h")
    answers.append(QMessageBox.StandardButton.Save)
    assert window.show_section(1)  # leaving the section asks too
    assert services.contacts.get(contact_id(services, "Haddad")).given == "Nadiah"


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    edit_row(qtbot, window, 0)
    qtbot.keyClicks(find(window, QLineEdit, "jobTitleEs"), "Oficial de prensa")
    answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()


def test_an_edit_of_other_fields_saved_meanwhile_is_kept_without_a_question(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edit_row(qtbot, window, 0)
    kieran = contact_id(services, "Best")
    services.contacts.edit(kieran, ContactChanges(notes="Changed by a colleague"))
    given = find(window, QLineEdit, "givenName")
    qtbot.keyClicks(given, "o")

    def no_dialog(dialog: ConflictDialog) -> int:
        raise AssertionError("a conflict was shown for edits of different fields")

    monkeypatch.setattr(ConflictDialog, "exec", no_dialog)
    # No question either (`answers` is empty): the two saves changed different fields.
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes) == ("Kierano", "Changed by a colleague")
    assert window.contacts.editor.contact == stored
    assert "Notes" in window.statusBar().currentMessage()


def test_a_duplicate_is_shown_with_a_link_that_opens_the_other_contact(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "emailAddress"), "KGormanBest@iom.int")
    duplicates = find(window, QLabel, "duplicates")
    qtbot.waitUntil(duplicates.isVisible)
    assert "Kieran Best" in duplicates.text()
    kieran = contact_id(services, "Best")
    assert f'href="contact:{kieran}"' in duplicates.text()

    answers.append(QMessageBox.StandardButton.Discard)
    duplicates.linkActivated.emit(f"contact:{kieran}")
    assert find(window, QLineEdit, "givenName").text() == "Kieran"


def test_the_archive_filter_shows_deleted_contacts_with_restore(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    kieran = contact_id(services, "Best")
    services.contacts.delete(kieran)
    window.contacts.reload()
    assert "Kieran Best" not in names_in_list(window)
    archive = find(window, QComboBox, "archiveFilter")
    archive.setCurrentIndex(archive.findData(Archive.ARCHIVED))
    assert names_in_list(window) == ["Kieran Best (deleted)"]

    click_row(qtbot, window.contacts.view, 0)
    assert not find(window, QPushButton, "editContact").isEnabled()  # read-only until restored
    assert window.restore_action.isEnabled()
    qtbot.mouseClick(find(window, QPushButton, "restoreFromCard"), Qt.MouseButton.LeftButton)
    assert not services.contacts.get(kieran).deleted
    assert names_in_list(window) == []
    window.undo_action.trigger()  # restoring is undoable too
    assert services.contacts.get(kieran, include_deleted=True).deleted


def test_first_run_shows_a_welcome_and_loads_sample_data(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    assert window.contacts.showing_welcome()
    assert find(window, QPushButton, "welcomeImportVCards").isVisible()
    sample_button = find(window, QPushButton, "loadSampleData")
    qtbot.mouseClick(sample_button, Qt.MouseButton.LeftButton)
    # The records are checked and saved in a worker: the window stays live meanwhile, and
    # neither the button nor the menu can start a second load.
    assert not sample_button.isEnabled()
    assert not window.sample_action.isEnabled()
    assert window.statusBar().currentMessage() == "Loading sample data…"
    qtbot.waitUntil(lambda: not window.contacts.showing_welcome(), timeout=10_000)
    qtbot.waitUntil(window.sample_action.isEnabled)
    assert window.statusBar().currentMessage().startswith("Sample data: 5 offices and 5 contacts")
    assert window.contacts.model.rowCount() == 5
    assert find(window, QTableView, "contactList").isVisible()
    office_filter = find(window, QComboBox, "officeFilter")
    assert office_filter.findText("IOM Beijing") >= 0
    window.show_section(1)  # the Offices section reads its list when shown
    assert window.offices.view.model().rowCount() == 5


def test_closing_the_window_while_sample_data_loads_keeps_every_record(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    window.sample_action.trigger()
    assert window.contacts.loading_sample_data()
    assert window.close()  # waits for the worker: no half-loaded set, no thread left running
    assert services.contacts.count(ContactQuery()) == 5
    assert len(services.offices.all()) == 5


def test_filters_narrow_by_office_and_kind(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    office = find(window, QComboBox, "officeFilter")
    office.setCurrentIndex(office.findText("IOM Beijing"))
    assert names_in_list(window) == ["Kieran Best"]
    office.setCurrentIndex(0)
    kind = find(window, QComboBox, "kindFilter")
    kind.setCurrentIndex(kind.findData("spokesperson"))
    assert names_in_list(window) == ["Nadia Haddad"]
    assert find(window, QLabel, "contactCount").text() == "1 contact found"


def test_sorting_by_name_is_done_by_the_store(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    header = window.contacts.view.horizontalHeader()
    first = names_in_list(window)
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert window.contacts.model.query.descending
    assert names_in_list(window) == list(reversed(first))


def test_standard_shortcuts_and_find(qtbot: QtBot, sample: None, window: MainWindow) -> None:
    standard = QKeySequence.StandardKey
    assert window.new_action.shortcut() == QKeySequence(standard.New)
    assert window.save_action.shortcut() == QKeySequence(standard.Save)
    assert window.delete_action.shortcut() == QKeySequence(standard.Delete)
    assert window.undo_action.shortcut() == QKeySequence(standard.Undo)
    assert window.find_action.shortcut() == QKeySequence(standard.Find)
    assert not window.quit_action.shortcut().isEmpty()
    window.activateWindow()
    window.find_action.trigger()
    search = find(window, QLineEdit, "searchContacts")
    qtbot.waitUntil(search.hasFocus)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QPlainTextEdit,
        QWidget,
    )

    kinds: tuple[type[QWidget], ...] = (
        QLineEdit,
        QComboBox,
        QAbstractButton,
        QAbstractItemView,
        QPlainTextEdit,
        QAbstractSpinBox,
    )
    unnamed = []

    def look() -> None:
        for widget in window.findChildren(QWidget):
            parent = widget.parentWidget()
            inner = isinstance(parent, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractItemView)
            named = bool(widget.accessibleName())
            if isinstance(widget, kinds) and widget.isVisible() and not inner and not named:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")

    click_row(qtbot, window.contacts.view, 0)  # the card
    look()
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    look()  # the form
    assert unnamed == []


def test_current_index_is_kept_on_the_edited_contact_after_search(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    click_row(qtbot, window.contacts.view, 2)
    editing = window.contacts.editor.contact
    assert editing is not None
    window.contacts.clear_filters()
    current: QModelIndex = window.contacts.view.currentIndex()
    assert window.contacts.model.contact_at(current.row()).id == editing.id


def test_adding_a_duplicate_asks_and_no_writes_nothing(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    qtbot.keyClicks(find(window, QLineEdit, "emailAddress"), "kgormanbest@iom.int")
    save = find(window, QPushButton, "saveContact")
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert services.contacts.count(ContactQuery()) == 5
    assert "Same e-mail" in find(window, QLabel, "emailCheck").text()

    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert services.contacts.count(ContactQuery()) == 6
