"""Who changed what, in the window: the History tab, putting a version back (undoably),
a deleted contact's history from the Archived view, the name in Preferences, and a save
that meets a colleague's newer change."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.history import ChangeAction, RecordKind
from crm_app.domain.queries import Archive
from crm_app.services.common import default_user
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeChanges,
    OfficeDraft,
    ReleaseChanges,
    ReleaseDraft,
)
from crm_app.store.database import open_database
from crm_app.ui import preferences_dialog
from crm_app.ui.conflict_dialog import ConflictDialog
from crm_app.ui.history_view import HistoryView
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.preferences_dialog import PreferencesDialog
from crm_app.ui.record_fields import format_moment
from tests.conftest import FIXED_NOW, TODAY, FakeClock
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

COLLEAGUE = "Jean-Baptiste Rakotomalala"


@pytest.fixture
def kieran(services: Services, beijing: int) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            emails=(EmailInput("kgormanbest@iom.int"),),
        )
    ).id


@pytest.fixture
def colleague(database_url: str, clock: FakeClock) -> Iterator[Services]:
    """Another person on the same database: their own connections, their own name."""
    database = open_database(database_url)
    yield Services.build(database, clock=clock, user=COLLEAGUE)
    database.close()


def select_row(qtbot: QtBot, view: QTableView, text: str) -> None:
    model = view.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == text]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def card_history(window: MainWindow) -> list[str]:
    """The History tab of the card, opened: each version's text, newest first."""
    card = window.contacts.card
    card.tabs.setCurrentWidget(card.history)
    model = card.history.model
    return [model.index(row).data() for row in range(model.rowCount())]


def restore_in_card(qtbot: QtBot, window: MainWindow, version: int) -> None:
    history = window.contacts.card.history
    assert history.select_version(version)
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)


# The History tab


def test_the_history_tab_shows_who_changed_which_field_and_when(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow
) -> None:
    services.actor.set("Anna Lindqvist")
    services.contacts.edit(kieran, ContactChanges(titles={"fr": "Chargé de communication"}))
    window.contacts.reload()
    select_row(qtbot, window.contacts.view, "Kieran Best")
    # Read only once the tab is shown.
    assert window.contacts.card.history.versions() == []
    newest, created = card_history(window)
    assert newest.splitlines() == [
        "Edited by Anna Lindqvist",
        f"Version 2 · {format_moment(FIXED_NOW)} · current",
        "Job title (French): (empty) → Chargé de communication",
    ]
    assert created.splitlines()[0] == f"Created by {default_user()}"
    assert "Given name: Kieran" in created.splitlines()
    # The editor has its own History tab, which reads the same versions.
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    editor = window.contacts.editor
    assert editor.tabs is not None
    editor.tabs.setCurrentWidget(editor.history)
    assert [v.version for v in editor.history.versions()] == [2, 1]


def test_restoring_a_version_puts_its_values_back_as_a_new_version_and_undo_takes_it_back(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    services.contacts.edit(kieran, ContactChanges(family="Gorman-Best"))
    services.contacts.edit(kieran, ContactChanges(notes="Prefers e-mail"))
    window.contacts.reload()
    select_row(qtbot, window.contacts.view, "Kieran Gorman-Best")
    card_history(window)
    history = window.contacts.card.history
    assert history.select_version(3)
    assert not history.restore_button.isEnabled()  # the current version: nothing to put back
    answers.append(QMessageBox.StandardButton.Yes)
    restore_in_card(qtbot, window, 1)

    stored = services.contacts.get(kieran)
    assert (stored.family, stored.notes) == ("Best", "")
    newest = services.contacts.history(kieran)[-1]
    assert (newest.version, newest.action, newest.reverted_to) == (4, ChangeAction.REVERTED, 1)
    assert set(newest.changed_fields) == {"family", "notes"}
    assert card_history(window)[0].startswith("Version 1 put back by ")
    assert find(window, QTableView, "contactList").model().index(0, 0).data() == "Kieran Best"

    window.undo_action.trigger()
    stored = services.contacts.get(kieran)
    assert (stored.family, stored.notes) == ("Gorman-Best", "Prefers e-mail")
    assert services.contacts.history(kieran)[-1].reverted_to == 3
    assert window.contacts.card.contact == stored
    window.redo_action.trigger()
    assert services.contacts.get(kieran).family == "Best"
    assert len(services.contacts.history(kieran)) == 6


def test_restoring_a_version_asks_first(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    services.contacts.edit(kieran, ContactChanges(family="Gorman-Best"))
    window.contacts.reload()
    select_row(qtbot, window.contacts.view, "Kieran Gorman-Best")
    card_history(window)
    answers.append(QMessageBox.StandardButton.Cancel)
    restore_in_card(qtbot, window, 1)
    assert "version 1 of Kieran Gorman-Best" in asked[0]
    assert services.contacts.get(kieran).family == "Gorman-Best"
    assert not window.undo_stack.canUndo()


def test_a_deleted_contacts_history_is_read_from_the_archived_view(
    qtbot: QtBot, services: Services, kieran: int, window: MainWindow
) -> None:
    services.contacts.edit(kieran, ContactChanges(family="Gorman-Best"))
    services.contacts.delete(kieran)
    archive = find(window, QComboBox, "archiveFilter")
    archive.setCurrentIndex(archive.findData(Archive.ARCHIVED))
    select_row(qtbot, window.contacts.view, "Kieran Gorman-Best (deleted)")
    texts = card_history(window)
    assert [text.splitlines()[0].split(" by ")[0] for text in texts] == [
        "Deleted",
        "Edited",
        "Created",
    ]
    history = window.contacts.card.history
    assert history.note.isVisible()
    assert "Restore the contact first" in history.note.label.text()
    assert history.select_version(1)
    assert not history.restore_button.isEnabled()

    # Once the contact is back, its versions can be put back.
    qtbot.mouseClick(find(window, QPushButton, "restoreFromCard"), Qt.MouseButton.LeftButton)
    assert not services.contacts.get(kieran).deleted
    card_history(window)
    assert not history.note.isVisible()
    assert history.select_version(1)
    assert history.restore_button.isEnabled()


# Who the changes are recorded as


def save_family(qtbot: QtBot, window: MainWindow, family: str) -> None:
    edit = find(window, QLineEdit, "familyName")
    edit.clear()
    qtbot.keyClicks(edit, family)
    window.save_action.trigger()


def test_the_name_in_preferences_is_who_the_changes_are_recorded_as(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preferences.history_name = "Anna Lindqvist"
    window = MainWindow(services, preferences)
    qtbot.addWidget(window)
    window.show()
    select_row(qtbot, window.contacts.view, "Kieran Best")
    save_family(qtbot, window, "Gorman-Best")
    assert services.contacts.history(kieran)[-1].changed_by == "Anna Lindqvist"

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, PreferencesDialog)
        name = find(dialog, QLineEdit, "historyName")
        assert (name.text(), name.placeholderText()) == ("Anna Lindqvist", default_user())
        name.setText("  Jean   Dupont ")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences_dialog, "run_modal", answer)
    window.preferences_action.trigger()
    assert preferences.history_name == "Jean Dupont"
    save_family(qtbot, window, "Best")
    assert services.contacts.history(kieran)[-1].changed_by == "Jean Dupont"

    def clear(dialog: QDialog) -> int:
        find(dialog, QLineEdit, "historyName").clear()
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences_dialog, "run_modal", clear)
    window.preferences_action.trigger()
    save_family(qtbot, window, "Gorman-Best")
    assert services.contacts.history(kieran)[-1].changed_by == default_user()


# Conflicts


Choose = Callable[[ConflictDialog], None]


def answer_conflict(monkeypatch: pytest.MonkeyPatch, choose: Choose) -> list[ConflictDialog]:
    """Answers the conflict dialog with `choose`; the dialogs shown, in order."""
    shown: list[ConflictDialog] = []

    def run(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        choose(dialog)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", run)
    return shown


def click(name: str) -> Choose:
    return lambda dialog: find(dialog, QPushButton, name).click()


def edit_against_a_colleague(
    qtbot: QtBot, window: MainWindow, colleague: Services, kieran: int
) -> None:
    """I change the given name and the French title; meanwhile the colleague saves another
    given name and a note. Then I save."""
    select_row(qtbot, window.contacts.view, "Kieran Best")
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    colleague.contacts.edit(kieran, ContactChanges(given="Kieron", notes="Met in Geneva"))
    given = find(window, QLineEdit, "givenName")
    given.clear()
    qtbot.keyClicks(given, "Kieran-Paul")
    find(window, QLineEdit, "jobTitleFr").insert("Chargé de presse")
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)


def test_a_clash_shows_both_versions_and_keep_theirs_keeps_my_other_fields(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = answer_conflict(monkeypatch, click("keepTheirs"))
    edit_against_a_colleague(qtbot, window, colleague, kieran)
    (dialog,) = shown
    rows = {row.key: row for row in dialog.rows()}
    assert set(rows) == {"given", "title:fr", "notes"}
    assert (rows["given"].mine, rows["given"].theirs, rows["given"].clash) == (
        "Kieran-Paul",
        "Kieron",
        True,
    )
    assert not rows["notes"].clash and not rows["title:fr"].clash
    assert rows["notes"].label == "Notes"
    assert rows["title:fr"].label == "Job title (French)"
    assert COLLEAGUE in find(dialog, QLabel, "conflictTitle").text()
    assert format_moment(FIXED_NOW) in find(dialog, QLabel, "conflictTitle").text()

    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes, stored.titles.get("fr")) == (
        "Kieron",
        "Met in Geneva",
        "Chargé de presse",
    )
    assert window.contacts.card.contact == stored
    assert not window.contacts.is_dirty()


def test_keep_mine_saves_mine_over_theirs_and_its_undo_brings_back_theirs(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_conflict(monkeypatch, click("keepMine"))
    edit_against_a_colleague(qtbot, window, colleague, kieran)
    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes, stored.titles.get("fr")) == (
        "Kieran-Paul",
        "Met in Geneva",
        "Chargé de presse",
    )
    authors = [(v.changed_by, v.changed_fields) for v in services.contacts.history(kieran)[1:]]
    assert authors == [
        (COLLEAGUE, ("given", "notes")),
        (default_user(), ("given", "title:fr")),
    ]
    # Undo takes back my save only: the colleague's version stays whole.
    window.undo_action.trigger()
    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes, stored.titles.get("fr")) == (
        "Kieron",
        "Met in Geneva",
        None,
    )


def test_each_field_can_be_taken_from_either_side(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def choose(dialog: ConflictDialog) -> None:
        save = find(dialog, QPushButton, "saveChosenFields")
        assert dialog.choice("given") is None  # both changed it: no default
        assert not save.isEnabled()
        find(dialog, QRadioButton, "mine:given").click()
        find(dialog, QRadioButton, "theirs:title:fr").click()
        find(dialog, QRadioButton, "mine:notes").click()
        assert save.isEnabled()
        save.click()

    answer_conflict(monkeypatch, choose)
    edit_against_a_colleague(qtbot, window, colleague, kieran)
    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes, stored.titles.get("fr")) == ("Kieran-Paul", "", None)


def test_going_back_from_a_conflict_saves_nothing_and_keeps_my_edits(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_conflict(monkeypatch, click("keepEditing"))
    edit_against_a_colleague(qtbot, window, colleague, kieran)
    stored = services.contacts.get(kieran)
    assert (stored.given, stored.notes, stored.titles.get("fr")) == (
        "Kieron",
        "Met in Geneva",
        None,
    )
    assert find(window, QLineEdit, "givenName").text() == "Kieran-Paul"
    assert window.contacts.is_dirty()
    assert len(services.contacts.history(kieran)) == 2


def test_an_edit_of_other_fields_by_a_colleague_merges_without_a_question(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = answer_conflict(monkeypatch, click("keepEditing"))
    select_row(qtbot, window.contacts.view, "Kieran Best")
    colleague.contacts.edit(kieran, ContactChanges(notes="Met in Geneva"))
    find(window, QLineEdit, "jobTitleFr").insert("Chargé de presse")
    window.save_action.trigger()
    assert shown == []
    stored = services.contacts.get(kieran)
    assert (stored.notes, stored.titles.get("fr")) == ("Met in Geneva", "Chargé de presse")
    assert window.contacts.card.contact == stored
    assert "Notes" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    stored = services.contacts.get(kieran)
    assert (stored.notes, stored.titles.get("fr")) == ("Met in Geneva", None)


def test_an_office_save_that_meets_a_colleagues_change(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    beijing: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = answer_conflict(monkeypatch, click("keepMine"))
    window.show_section(1)
    select_row(qtbot, window.offices.view, "IOM Beijing")
    # Another field: kept without a question.
    colleague.offices.edit(beijing, OfficeChanges(switchboard="+86 10 5979 9700"))
    city = find(window.offices, QLineEdit, "city")
    city.clear()
    qtbot.keyClicks(city, "Peking")
    window.save_action.trigger()
    assert shown == []
    stored = services.offices.get(beijing)
    assert (stored.city, stored.switchboard and stored.switchboard.raw) == (
        "Peking",
        "+86 10 5979 9700",
    )
    # The same field: both shown, mine kept when chosen.
    colleague.offices.edit(beijing, OfficeChanges(city="Beijing (Chaoyang)"))
    city.clear()
    qtbot.keyClicks(city, "Beijing, Sanlitun")
    window.save_action.trigger()
    (dialog,) = shown
    assert [row.key for row in dialog.rows() if row.clash] == ["city"]
    assert services.offices.get(beijing).city == "Beijing, Sanlitun"
    assert [v.changed_by for v in services.offices.history(beijing)][-2:] == [
        COLLEAGUE,
        default_user(),
    ]


def test_keep_theirs_with_nothing_else_changed_shows_their_version(
    qtbot: QtBot,
    services: Services,
    colleague: Services,
    kieran: int,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_conflict(monkeypatch, click("keepTheirs"))
    select_row(qtbot, window.contacts.view, "Kieran Best")
    colleague.contacts.edit(kieran, ContactChanges(family="Gorman-Best"))
    save_family(qtbot, window, "Best-Gorman")
    assert len(services.contacts.history(kieran)) == 2  # nothing saved over theirs
    assert find(window, QLineEdit, "familyName").text() == "Gorman-Best"
    assert not window.contacts.is_dirty()
    model = window.contacts.view.model()
    assert model.index(0, 0).data() == "Kieran Gorman-Best"
    assert not window.undo_stack.canUndo()


def test_restoring_from_the_editor_asks_about_unsaved_edits_first(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    services.contacts.edit(kieran, ContactChanges(family="Gorman-Best"))
    window.contacts.reload()
    select_row(qtbot, window.contacts.view, "Kieran Gorman-Best")
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    find(window, QPlainTextEdit, "notes").insertPlainText("Unsaved")
    editor = window.contacts.editor
    assert editor.tabs is not None
    editor.tabs.setCurrentWidget(editor.history)
    assert editor.history.select_version(1)
    answers.extend([QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes])
    qtbot.mouseClick(editor.history.restore_button, Qt.MouseButton.LeftButton)
    assert "Save the changes" in asked[0]
    assert services.contacts.get(kieran).family == "Best"
    assert find(window, QLineEdit, "familyName").text() == "Best"
    assert [v.version for v in editor.history.versions()] == [3, 2, 1]


def test_restoring_an_office_version_from_its_history_tab_and_undoing_it(
    qtbot: QtBot,
    services: Services,
    beijing: int,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
    asked: list[str],
) -> None:
    services.offices.edit(beijing, OfficeChanges(names={"en": "IOM China"}, city="Shanghai"))
    window.show_section(1)
    select_row(qtbot, window.offices.view, "IOM China")
    find(window.offices, QLineEdit, "city").setText("Unsaved")
    editor = window.offices.editor
    assert editor.tabs is not None
    editor.tabs.setCurrentWidget(editor.history)
    assert editor.history.select_version(2)
    assert not editor.history.restore_button.isEnabled()  # what it holds now
    assert editor.history.select_version(1)
    answers.extend([QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes])
    qtbot.mouseClick(editor.history.restore_button, Qt.MouseButton.LeftButton)
    assert "Save the changes" in asked[0]
    assert "version 1 of IOM China" in asked[1]

    stored = services.offices.get(beijing)
    assert (stored.names["en"], stored.city) == ("IOM Beijing", "Beijing")
    newest = services.offices.history(beijing)[-1]
    assert (newest.version, newest.action, newest.reverted_to) == (3, ChangeAction.REVERTED, 1)
    assert [v.version for v in editor.history.versions()] == [3, 2, 1]
    assert find(window.offices, QLineEdit, "city").text() == "Beijing"
    assert window.offices.view.model().index(0, 0).data() == "IOM Beijing"

    window.undo_action.trigger()
    stored = services.offices.get(beijing)
    assert (stored.names["en"], stored.city) == ("IOM China", "Shanghai")
    assert services.offices.history(beijing)[-1].reverted_to == 2
    assert editor.office == stored
    assert window.offices.view.model().index(0, 0).data() == "IOM China"
    window.redo_action.trigger()
    assert services.offices.get(beijing).names["en"] == "IOM Beijing"
    assert len(services.offices.history(beijing)) == 5


def test_restoring_a_release_version_from_its_history_tab_and_undoing_it(
    qtbot: QtBot,
    services: Services,
    kieran: int,
    window: MainWindow,
    answers: list[QMessageBox.StandardButton],
) -> None:
    release = services.releases.add(
        ReleaseDraft(title="Floods", language="en", date=TODAY, contact_ids=(kieran,))
    )
    services.releases.edit(release.id, ReleaseChanges(title="Floods in Henan", contact_ids=()))
    window.show_section(2)
    assert window.releases.open_release(release.id)
    editor = window.releases.editor()
    editor.tabs.setCurrentWidget(editor.history)
    assert editor.history.select_version(1)
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.history.restore_button, Qt.MouseButton.LeftButton)

    stored = services.releases.get(release.id)
    assert (stored.title, [c.id for c in stored.contacts]) == ("Floods", [kieran])
    assert services.releases.history(release.id)[-1].reverted_to == 1
    assert editor.current() == stored
    assert [v.version for v in editor.history.versions()] == [3, 2, 1]

    window.undo_action.trigger()
    stored = services.releases.get(release.id)
    assert (stored.title, stored.contacts) == ("Floods in Henan", ())
    assert editor.current() == stored


def test_an_office_in_the_history_is_named_in_the_chosen_language(
    qtbot: QtBot, services: Services, kieran: int
) -> None:
    services.offices.add(OfficeDraft(names={"en": "IOM Geneva", "fr": "OIM Genève"}, country="CH"))
    services.contacts.edit(kieran, ContactChanges(office="IOM Geneva"))

    texts = {}
    for language in ("fr", "en"):
        view = HistoryView(RecordKind.CONTACT, language)
        qtbot.addWidget(view)
        view.show_record(lambda: services.contacts.history(kieran))
        view.show()
        qtbot.waitUntil(lambda view=view: view.model.rowCount() == 2)
        texts[language] = [view.model.index(row).data() for row in range(2)]
    assert "Office: OIM Pékin → OIM Genève" in texts["fr"][0].splitlines()
    assert "Office: IOM Beijing" in texts["en"][1].splitlines()
