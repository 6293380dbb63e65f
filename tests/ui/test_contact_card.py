"""The contact pane as a person meets it: a card first, the form on request, and a list
that keeps its place, its search and its duplicates honest."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ReleaseDraft
from crm_app.store.database import Database
from crm_app.ui.contact_card import CopyButton
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from tests.conftest import FakeClock
from tests.ui.bulk import insert_contacts
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

KIERAN_PHONE = "+86 10 5979 9695 ext. 203"


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.contacts.view
    index = view.model().index(row, 0)

    def shown() -> bool:
        # The view learns of rows loaded behind its back at its next layout: ask again.
        view.scrollTo(index)
        return view.viewport().rect().contains(view.visualRect(index).center())

    qtbot.waitUntil(shown)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def kieran_id(services: Services) -> int:
    (kieran,) = services.contacts.page(ContactQuery(text="kgormanbest"))
    return kieran.id


def form_scroll(window: MainWindow) -> QScrollArea:
    form = find(window, QWidget, "contactForm")
    area = form.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    return area


def test_the_card_shows_the_contact_and_copies_a_phone_on_click(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    click_row(qtbot, window, 0)
    assert find(window, QWidget, "contactCard").isVisible()
    assert not find(window, QLineEdit, "givenName").isVisible()  # the form waits for Edit
    assert find(window, QLabel, "cardName").text() == "Kieran Best"
    assert find(window, QLabel, "cardTitle").text() == "Media and Communications Officer"
    assert find(window, QLabel, "cardOffice").text() == "IOM Beijing"
    channels = {b.text(): b for b in window.contacts.card.findChildren(CopyButton)}
    assert set(channels) == {KIERAN_PHONE, "kgormanbest@iom.int"}

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(channels[KIERAN_PHONE], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KIERAN_PHONE
    assert window.statusBar().currentMessage() == f"Copied {KIERAN_PHONE}"
    qtbot.mouseClick(channels["kgormanbest@iom.int"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "kgormanbest@iom.int"


def test_the_releases_citing_the_contact_are_listed_and_open_on_a_click(
    qtbot: QtBot, services: Services, sample: None, preferences: Preferences
) -> None:
    kieran = kieran_id(services)
    older = services.releases.add(
        ReleaseDraft("Migrants return to Beijing", "fr", date(2026, 10, 2), contact_ids=(kieran,))
    )
    newer = services.releases.add(
        ReleaseDraft("Data for East Asia", "en", date(2026, 11, 20), contact_ids=(kieran,))
    )
    services.releases.add(ReleaseDraft("Someone else's", "en", date(2026, 11, 21)))
    window = open_window(qtbot, services, preferences)
    click_row(qtbot, window, 0)

    cited = find(window, QListWidget, "citingReleases")
    lines = [cited.item(row).text() for row in range(cited.count())]
    assert len(lines) == 2  # newest first, and only those that cite Kieran
    assert lines[0].startswith("Data for East Asia") and "English" in lines[0]
    assert lines[1].startswith("Migrants return to Beijing") and "French" in lines[1]
    assert all("Draft" in line for line in lines)

    item = cited.item(1)
    qtbot.mouseClick(
        cited.viewport(), Qt.MouseButton.LeftButton, pos=cited.visualItemRect(item).center()
    )
    assert window.current_section() is window.releases
    assert window.releases.current_release_id() == older.id
    assert newer.id != older.id


def test_a_contact_nobody_cites_says_so(qtbot: QtBot, sample: None, window: MainWindow) -> None:
    click_row(qtbot, window, 1)
    assert not find(window, QListWidget, "citingReleases").isVisible()
    assert find(window, QLabel, "noCitingReleases").isVisible()


def test_edit_opens_the_form_scrolled_to_the_top(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    window.resize(1024, 640)
    click_row(qtbot, window, 0)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    scroll = form_scroll(window).verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)  # the form is taller than the pane
    scroll.setValue(scroll.maximum())
    qtbot.mouseClick(find(window, QPushButton, "closeContactForm"), Qt.MouseButton.LeftButton)
    assert find(window, QWidget, "contactCard").isVisible()

    click_row(qtbot, window, 1)
    qtbot.keyClick(window.contacts.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert find(window, QLineEdit, "givenName").isVisible()
    assert find(window, QLineEdit, "givenName").text() == "Nadia"
    assert scroll.value() == 0

    scroll.setValue(scroll.maximum())
    qtbot.keyClick(find(window, QLineEdit, "familyName"), Qt.Key.Key_Escape)
    assert find(window, QWidget, "contactCard").isVisible()
    qtbot.keyClick(window.contacts.view, Qt.Key.Key_Return)  # Enter in the list edits too
    assert find(window, QLineEdit, "givenName").isVisible()
    assert scroll.value() == 0


def test_a_new_contact_goes_straight_to_the_form(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    click_row(qtbot, window, 0)
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    given = find(window, QLineEdit, "givenName")
    assert given.isVisible() and given.text() == ""
    assert not find(window, QWidget, "contactCard").isVisible()


def test_leaving_the_form_asks_about_unsaved_changes(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    click_row(qtbot, window, 0)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    given = find(window, QLineEdit, "givenName")
    qtbot.keyClicks(given, "x")
    close = find(window, QPushButton, "closeContactForm")

    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert given.isVisible() and given.text() == "Kieranx"

    answers.append(QMessageBox.StandardButton.Save)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert find(window, QLabel, "cardName").text() == "Kieranx Best"
    assert services.contacts.get(kieran_id(services)).given == "Kieranx"


def test_escape_clears_the_search(qtbot: QtBot, sample: None, window: MainWindow) -> None:
    search = find(window, QLineEdit, "searchContacts")
    qtbot.keyClicks(search, "pekin")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert window.contacts.model.rowCount() == 5  # at once, not after the typing pause


def test_a_contact_the_search_hides_is_not_shown(
    qtbot: QtBot, sample: None, window: MainWindow
) -> None:
    click_row(qtbot, window, 0)
    assert find(window, QLabel, "cardName").text() == "Kieran Best"
    search = find(window, QLineEdit, "searchContacts")
    qtbot.keyClicks(search, "haddad")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert not find(window, QWidget, "contactCard").isVisible()
    assert find(window, QLabel, "contactPlaceholder").isVisible()
    assert not window.delete_action.isEnabled()  # nothing hidden can be deleted by mistake


def test_the_duplicate_question_opens_the_existing_contact(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    kieran = kieran_id(services)
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "K.")
    qtbot.keyClicks(find(window, QLineEdit, "phoneNumber"), KIERAN_PHONE)
    answers.append(QMessageBox.StandardButton.Open)  # "Open the existing contact"
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)

    (question,) = asked
    assert f"same phone {KIERAN_PHONE} as Kieran Best (IOM Beijing)" in question
    assert f"contact {kieran}" not in question
    assert services.contacts.count(ContactQuery()) == 5  # nothing added
    assert not window.contacts.is_dirty()
    assert find(window, QLabel, "cardName").text() == "Kieran Best"
    current: QModelIndex = window.contacts.view.currentIndex()
    assert window.contacts.model.contact_at(current.row()).id == kieran


def test_the_same_name_at_the_same_office_is_a_possible_duplicate(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "kieran")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "BEST")
    duplicates = find(window, QLabel, "duplicates")
    assert not duplicates.isVisible()  # no office chosen: a name alone is not enough
    office = find(window, QComboBox, "office")
    office.setCurrentIndex(office.findText("IOM Beijing"))
    qtbot.waitUntil(duplicates.isVisible)
    assert "Kieran Best (IOM Beijing)" in duplicates.text()
    assert "same name at the same office" in duplicates.text()
    assert f"contact:{kieran_id(services)}" in duplicates.text()


def test_the_list_fits_its_columns_and_gets_the_room(
    qtbot: QtBot, services: Services, sample: None, preferences: Preferences
) -> None:
    window = MainWindow(services, preferences)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.contacts.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.viewport().width() > 600)
    for column in range(header.count() - 1):
        # Nothing of the sample is cut: each column is as wide as its longest entry.
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    left, right = window.contacts.splitter.sizes()
    assert left > right
    assert not view.horizontalScrollBar().isVisible()
    wide = view.viewport().width()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: view.viewport().width() < wide)
    assert not view.horizontalScrollBar().isVisible()  # narrower, but never sideways

    # With the form open the list is narrow: names stay whole, the other columns share.
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(window, QLineEdit, "givenName").isVisible())
    qtbot.waitUntil(lambda: view.viewport().width() < 450)
    assert header.sectionSize(0) >= view.sizeHintForColumn(0)
    email = header.count() - 1
    assert header.sectionSize(email) <= view.viewport().width() // 3
    assert not view.horizontalScrollBar().isVisible()


def test_saving_far_down_a_long_list_keeps_the_place(
    qtbot: QtBot,
    database: Database,
    services: Services,
    sample: None,
    clock: FakeClock,
    preferences: Preferences,
) -> None:
    insert_contacts(database, 4_000, services.offices.all(), clock.now())
    window = open_window(qtbot, services, preferences)
    model, view = window.contacts.model, window.contacts.view
    while model.rowCount() <= 3_000:
        model.fetchMore(QModelIndex())
    click_row(qtbot, window, 3_000)
    chosen = model.contact_at(3_000)
    assert view.verticalScrollBar().value() > 0

    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    # The form takes room from the list (its filters may wrap): the place is what it shows
    # once that is laid out.
    qtbot.wait(20)
    scrolled = view.verticalScrollBar().value()
    qtbot.keyClicks(find(window, QLineEdit, "jobTitle"), "Press Officer")
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert model.rowCount() > 3_000  # not back to the first page
    assert view.currentIndex().row() == 3_000
    assert model.contact_at(3_000).id == chosen.id
    assert model.index(3_000, 2).data() == "Press Officer"
    assert view.verticalScrollBar().value() == scrolled

    # A new family name moves the contact: the selection follows it, in view.
    services_name = "Aaronson"
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, services_name)
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    row = view.currentIndex().row()
    assert model.contact_at(row).id == chosen.id
    assert model.contact_at(row).name.endswith(f" {services_name}")
    assert row == services.contacts.ids(ContactQuery()).index(chosen.id)
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    assert services.contacts.count(ContactQuery()) == model.total


def test_saving_the_last_contact_of_a_long_list_keeps_the_place(
    qtbot: QtBot,
    database: Database,
    services: Services,
    sample: None,
    clock: FakeClock,
    preferences: Preferences,
) -> None:
    insert_contacts(database, 3_000, services.offices.all(), clock.now())
    window = open_window(qtbot, services, preferences)
    model, view = window.contacts.model, window.contacts.view
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    last = model.rowCount() - 1
    click_row(qtbot, window, last)
    chosen = model.contact_id_at(last)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.keyClicks(find(window, QLineEdit, "jobTitle"), "Spokesperson")
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert view.currentIndex().row() == last
    assert model.contact_id_at(last) == chosen
    assert model.index(last, 2).data() == "Spokesperson"
    assert view.verticalScrollBar().value() == scrolled

    # Moved to the top, it takes the selection with it; every contact is listed once.
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Aaberg")
    with qtbot.assertNotEmitted(model.modelReset):
        qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert view.currentIndex().row() == 0
    assert model.contact_id_at(0) == chosen
    listed = [model.contact_id_at(row) for row in range(model.rowCount())]
    assert listed == services.contacts.ids(ContactQuery())


def test_an_edit_elsewhere_moves_one_row_only(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    kieran = kieran_id(services)
    services.contacts.edit(kieran, ContactChanges(family="Zhou"))
    model = window.contacts.model
    with qtbot.assertNotEmitted(model.modelReset):
        row = model.contact_changed(kieran)
    assert row == 4 and model.contact_at(4).name == "Kieran Zhou"
    assert [model.contact_at(r).id for r in range(5)] == services.contacts.ids(ContactQuery())
    services.contacts.delete(kieran)
    assert model.contact_changed(kieran) is None
    assert model.rowCount() == model.total == 4
