"""Every undoable change in the window, undone and redone twice; nothing is ever lost.

A duplicate kept on purpose comes back with a warning, never a refusal; an undo or redo
that fails for a real reason stays on offer, so it can be tried again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    ReleaseDraft,
)
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

EMAIL = "kgormanbest@iom.int"
Shown = list[tuple[str, str]]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """The error boxes the window shows (title, text), answered at once."""
    shown: Shown = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def kieran(services: Services, beijing: int) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran", family="Best", office="IOM Beijing", emails=(EmailInput(EMAIL),)
        )
    ).id


@pytest.fixture
def shanghai(services: Services, beijing: int) -> int:
    """An office nobody belongs to, so it can be deleted."""
    return services.offices.add(
        OfficeDraft(names={"en": "IOM Shanghai"}, country="CN", city="Shanghai")
    ).id


def contact_names(window: MainWindow) -> list[str]:
    model = window.contacts.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def archived_names(window: MainWindow) -> list[str]:
    """What the Archived view lists; the list is put back on live contacts afterwards."""
    archive = find(window, QComboBox, "archiveFilter")
    archive.setCurrentIndex(archive.findData(Archive.ARCHIVED))
    names = contact_names(window)
    archive.setCurrentIndex(archive.findData(Archive.ALL_LIVE))
    return names


def office_names(window: MainWindow) -> list[str]:
    model = window.offices.view.model()
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def select(qtbot: QtBot, window: MainWindow, offices: bool, name: str) -> None:
    view = window.offices.view if offices else window.contacts.view
    model = view.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def twice(window: MainWindow, undone: Callable[[], None], redone: Callable[[], None]) -> None:
    """Undo, redo, undo, redo, checking what the person sees after each step."""
    for _ in range(2):
        window.undo_action.trigger()
        undone()
        window.redo_action.trigger()
        redone()


# Contacts


def test_a_contact_edit(qtbot: QtBot, kieran: int, window: MainWindow, errors: Shown) -> None:
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()

    def undone() -> None:
        assert family.text() == "Best"
        assert contact_names(window) == ["Kieran Best"]

    def redone() -> None:
        assert family.text() == "Gorman-Best"
        assert contact_names(window) == ["Kieran Gorman-Best"]

    twice(window, undone, redone)
    assert errors == []


def test_an_edit_that_first_verified_the_details(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow, errors: Shown
) -> None:
    # The service keeps a verification date once given, so undo leaves it; redo must still
    # see the contact as the undo left it, not as changed by someone else.
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    find(window, QCheckBox, "verified").setChecked(True)
    window.save_action.trigger()
    assert services.contacts.get(kieran).last_verified is not None

    def undone() -> None:
        assert family.text() == "Best"

    def redone() -> None:
        assert family.text() == "Gorman-Best"

    twice(window, undone, redone)
    assert errors == []


def test_a_contact_delete(qtbot: QtBot, kieran: int, window: MainWindow, errors: Shown) -> None:
    select(qtbot, window, False, "Kieran Best")
    window.delete_action.trigger()
    assert contact_names(window) == []

    def undone() -> None:
        assert contact_names(window) == ["Kieran Best"]
        assert archived_names(window) == []

    def redone() -> None:
        assert contact_names(window) == []
        assert archived_names(window) == ["Kieran Best (deleted)"]

    twice(window, undone, redone)
    assert errors == []


def test_a_contact_added_in_the_window(
    qtbot: QtBot, beijing: int, window: MainWindow, errors: Shown
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Li")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Wei")
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert contact_names(window) == ["Li Wei"]

    def undone() -> None:
        assert contact_names(window) == []
        assert archived_names(window) == ["Li Wei (deleted)"]

    def redone() -> None:
        assert contact_names(window) == ["Li Wei"]
        assert archived_names(window) == []

    twice(window, undone, redone)
    assert errors == []


def test_a_contact_restored_from_the_archive(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow, errors: Shown
) -> None:
    services.contacts.delete(kieran)
    window.contacts.reload()
    archive = find(window, QComboBox, "archiveFilter")
    archive.setCurrentIndex(archive.findData(Archive.ARCHIVED))
    select(qtbot, window, False, "Kieran Best (deleted)")
    qtbot.mouseClick(find(window, QPushButton, "restoreContact"), Qt.MouseButton.LeftButton)
    assert status(window) == "Restored Kieran Best."
    archive.setCurrentIndex(archive.findData(Archive.ALL_LIVE))

    def undone() -> None:
        assert contact_names(window) == []
        assert archived_names(window) == ["Kieran Best (deleted)"]

    def redone() -> None:
        assert contact_names(window) == ["Kieran Best"]
        assert archived_names(window) == []

    twice(window, undone, redone)
    assert errors == []


def test_a_contact_who_left_marked_active_again(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow, errors: Shown
) -> None:
    services.contacts.edit(kieran, ContactChanges(active=False))
    window.contacts.reload()
    select(qtbot, window, False, "Kieran Best (left)")
    left = find(window, QCheckBox, "hasLeft")
    assert left.isChecked()
    window.restore_action.trigger()
    assert not left.isChecked()

    def undone() -> None:
        assert contact_names(window) == ["Kieran Best (left)"]
        assert left.isChecked()

    def redone() -> None:
        assert contact_names(window) == ["Kieran Best"]
        assert not left.isChecked()

    twice(window, undone, redone)
    assert errors == []


def test_an_edit_then_a_delete_undo_and_redo_in_turn(
    qtbot: QtBot, kieran: int, window: MainWindow, errors: Shown
) -> None:
    # Deleting and restoring changes the record's version; the edit must still undo.
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    window.delete_action.trigger()
    for _ in range(2):
        window.undo_action.trigger()
        assert contact_names(window) == ["Kieran Gorman-Best"]
        window.undo_action.trigger()
        assert contact_names(window) == ["Kieran Best"]
        window.redo_action.trigger()
        assert contact_names(window) == ["Kieran Gorman-Best"]
        window.redo_action.trigger()
        assert contact_names(window) == []
    assert errors == []


# The duplicate kept on purpose


def test_a_duplicate_added_anyway_survives_delete_undo_and_restore(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    window: MainWindow,
    errors: Shown,
    answers: list[QMessageBox.StandardButton],
) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "K.")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")
    qtbot.keyClicks(find(window, QLineEdit, "emailAddress"), EMAIL)
    answers.append(QMessageBox.StandardButton.Yes)  # "Add anyway"
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert sorted(contact_names(window)) == ["K. Best", "Kieran Best"]
    select(qtbot, window, False, "K. Best")
    window.delete_action.trigger()
    assert contact_names(window) == ["Kieran Best"]
    warning = f"possible duplicate of Kieran Best (IOM Beijing): same e-mail {EMAIL}"

    def undone() -> None:
        assert sorted(contact_names(window)) == ["K. Best", "Kieran Best"]
        assert status(window) == f"Undone: Delete K. Best. Warning: {warning}."

    def redone() -> None:
        assert contact_names(window) == ["Kieran Best"]
        assert archived_names(window) == ["K. Best (deleted)"]

    twice(window, undone, redone)
    assert errors == []  # never "Cannot undo"

    # The Archived view's Restore brings it back too, with the same warning.
    archive = find(window, QComboBox, "archiveFilter")
    archive.setCurrentIndex(archive.findData(Archive.ARCHIVED))
    select(qtbot, window, False, "K. Best (deleted)")
    qtbot.mouseClick(find(window, QPushButton, "restoreFromCard"), Qt.MouseButton.LeftButton)
    assert status(window) == f"Restored K. Best. Warning: {warning}."
    assert errors == []
    archive.setCurrentIndex(archive.findData(Archive.ALL_LIVE))
    assert sorted(contact_names(window)) == ["K. Best", "Kieran Best"]
    # The card shows the restored contact; its form links to the other one.
    assert window.contacts.card.contact is not None
    assert window.contacts.card.contact.given == "K."
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    assert find(window, QLineEdit, "givenName").text() == "K."
    duplicates = find(window, QLabel, "duplicates")
    qtbot.waitUntil(duplicates.isVisible)
    assert f'href="contact:{kieran}"' in duplicates.text()

    def restore_undone() -> None:
        assert contact_names(window) == ["Kieran Best"]

    def restore_redone() -> None:
        assert sorted(contact_names(window)) == ["K. Best", "Kieran Best"]
        assert warning in status(window)

    twice(window, restore_undone, restore_redone)
    assert errors == []
    assert services.contacts.count(ContactQuery(archive=Archive.ALL_LIVE)) == 2


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The interface in French for one test, back in English afterwards."""
    locale = QLocale()
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents()


def test_the_warning_and_the_failure_read_in_french(
    qtbot: QtBot, services: Services, kieran: int, french: None, window: MainWindow, errors: Shown
) -> None:
    double = services.contacts.add(
        ContactDraft(given="K.", family="Best", emails=(EmailInput(EMAIL),)), force=True
    )
    window.contacts.reload()
    select(qtbot, window, False, "K. Best")
    window.delete_action.trigger()
    window.undo_action.trigger()
    assert status(window) == (
        "Annulé\u00a0: Supprimer K. Best. Attention\u00a0: doublon possible de "
        f"Kieran Best (IOM Beijing)\u00a0: même courriel {EMAIL}."
    )
    services.contacts.delete(double.id)  # someone else deletes it meanwhile
    window.redo_action.trigger()
    ((title, text),) = errors
    assert title == "Impossible de rétablir"
    assert text.startswith("«\u00a0Supprimer K. Best\u00a0» n'a pas été rétabli\u00a0: ")
    assert "Édition → Rétablir" in text


# A failed undo or redo stays on offer


def test_an_undo_that_meets_a_colleagues_edit_stays_on_offer(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow, errors: Shown
) -> None:
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    services.contacts.edit(kieran, ContactChanges(notes="Changed by a colleague"))
    index = window.undo_stack.index()

    window.undo_action.trigger()

    ((title, text),) = errors
    assert title == "Cannot undo"
    assert text.startswith("“Edit Kieran Gorman-Best” was not undone: contact")
    assert "changed by someone else" in text
    assert "try again" in text
    # Their change is kept, and the editor shows it; the undo is still there to try again.
    stored = services.contacts.get(kieran)
    assert (stored.family, stored.notes) == ("Gorman-Best", "Changed by a colleague")
    assert family.text() == "Gorman-Best"
    assert window.undo_stack.index() == index
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit Kieran Gorman-Best"
    assert not window.redo_action.isEnabled()

    # Once the colleague's note is taken out again, the same undo goes through.
    services.contacts.edit(kieran, ContactChanges(notes=""))
    window.undo_action.trigger()
    assert len(errors) == 1
    assert family.text() == "Best"
    assert window.undo_stack.index() == index - 1
    window.redo_action.trigger()
    assert family.text() == "Gorman-Best"


def test_a_redo_that_meets_a_deletion_stays_on_offer(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow, errors: Shown
) -> None:
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    window.undo_action.trigger()
    services.contacts.delete(kieran)  # someone else deletes the contact meanwhile
    index = window.undo_stack.index()

    window.redo_action.trigger()

    ((title, text),) = errors
    assert title == "Cannot redo"
    assert text.startswith("“Edit Kieran Gorman-Best” was not redone: contact not found")
    assert window.undo_stack.index() == index
    assert window.redo_action.text() == "&Redo Edit Kieran Gorman-Best"
    assert contact_names(window) == []

    services.contacts.restore(kieran)
    window.contacts.reload()
    window.redo_action.trigger()
    assert len(errors) == 1
    assert contact_names(window) == ["Kieran Gorman-Best"]
    assert window.undo_stack.index() == index + 1


# Offices


def test_an_office_edit(qtbot: QtBot, shanghai: int, window: MainWindow, errors: Shown) -> None:
    window.show_section(1)
    select(qtbot, window, True, "IOM Shanghai")
    city = find(window.offices, QLineEdit, "city")
    name = find(window.offices, QLineEdit, "officeNameFr")
    city.clear()
    qtbot.keyClicks(city, "Pudong")
    qtbot.keyClicks(name, "OIM Shanghai")
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)

    def undone() -> None:
        assert (city.text(), name.text()) == ("Shanghai", "")

    def redone() -> None:
        assert (city.text(), name.text()) == ("Pudong", "OIM Shanghai")

    twice(window, undone, redone)
    assert errors == []


def test_an_office_delete_and_its_restore(
    qtbot: QtBot, shanghai: int, window: MainWindow, errors: Shown
) -> None:
    window.show_section(1)
    select(qtbot, window, True, "IOM Shanghai")
    window.delete_action.trigger()
    assert office_names(window) == ["IOM Beijing"]

    def undone() -> None:  # the undo restores the office
        assert office_names(window) == ["IOM Beijing", "IOM Shanghai"]
        office = find(window.contacts, QComboBox, "office")
        assert office.findText("IOM Shanghai") >= 0  # contacts can choose it again

    def redone() -> None:
        assert office_names(window) == ["IOM Beijing"]

    twice(window, undone, redone)
    assert errors == []


def test_an_office_added_in_the_window(
    qtbot: QtBot, beijing: int, window: MainWindow, errors: Shown
) -> None:
    window.show_section(1)
    qtbot.mouseClick(find(window, QPushButton, "newOffice"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "officeName"), "IOM Shanghai")
    find(window.offices, QComboBox, "country").setEditText("China (CN)")
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)
    assert office_names(window) == ["IOM Beijing", "IOM Shanghai"]

    def undone() -> None:
        assert office_names(window) == ["IOM Beijing"]

    def redone() -> None:
        assert office_names(window) == ["IOM Beijing", "IOM Shanghai"]

    twice(window, undone, redone)
    assert errors == []


def test_an_office_whose_name_was_taken_meanwhile_comes_back_with_a_warning(
    qtbot: QtBot, services: Services, shanghai: int, window: MainWindow, errors: Shown
) -> None:
    window.show_section(1)
    select(qtbot, window, True, "IOM Shanghai")
    window.delete_action.trigger()
    newcomer = services.offices.add(OfficeDraft(names={"en": "IOM Shanghai"}, country="CN")).id
    window.offices.reload()

    def undone() -> None:
        assert office_names(window) == ["IOM Beijing", "IOM Shanghai", "IOM Shanghai"]
        assert status(window) == (
            "Undone: Delete IOM Shanghai. "
            f"Warning: 'IOM Shanghai' is also the name of office {newcomer}."
        )

    def redone() -> None:
        assert office_names(window) == ["IOM Beijing", "IOM Shanghai"]

    twice(window, undone, redone)
    assert errors == []


def test_a_contact_edit_undone_shows_in_the_releases_that_cite_the_contact(
    qtbot: QtBot, kieran: int, services: Services, window: MainWindow, errors: Shown
) -> None:
    release = services.releases.add(
        ReleaseDraft(title="Links", language="en", date=TODAY, contact_ids=(kieran,))
    )
    window.releases.open_release(release.id)

    def block_names() -> str:
        """The block as the Releases section shows it (a hidden section catches up with
        changes when it is shown again)."""
        window.show_section(2)
        block = window.releases.editor().preview().block()
        text = block.text if block is not None else ""
        window.show_section(0)
        return text

    assert "Kieran Best" in block_names()
    select(qtbot, window, False, "Kieran Best")
    family = find(window, QLineEdit, "familyName")
    family.clear()
    qtbot.keyClicks(family, "Gorman-Best")
    window.save_action.trigger()
    assert "Kieran Gorman-Best" in block_names()

    window.undo()
    assert "Kieran Best" in block_names()  # the release's block follows the undo
    window.redo()
    assert "Kieran Gorman-Best" in block_names()
    assert errors == []
