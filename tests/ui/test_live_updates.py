"""Live updates: the window shows what another program changes in its database, as it
happens, without losing the person's selection, scroll position or unsaved edits.

"Elsewhere" is a second `Services` on the same database (another program, as far as the
window can tell), and once the real `crm-app` command line in a child process. Each test
runs on a SQLite file (the window polls its change counter) and on PostgreSQL when
CRM_TEST_POSTGRES_URL is set (the window listens for notifications).
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_app.services.changes import LiveMode
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    OfficeChanges,
    OfficeDraft,
    ReleaseChanges,
    ReleaseDraft,
)
from crm_app.store.database import Database, open_database
from crm_app.ui.main_window import MainWindow
from crm_app.ui.models.contact_table_model import CONTACT_ID_ROLE
from crm_app.ui.preferences import Preferences
from tests.conftest import FIXED_NOW, POSTGRES_URL, TODAY, _database_params, _reset_postgres
from tests.ui.bulk import insert_contacts
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
# Long enough for a poll or a notification on a busy machine; waitUntil returns sooner.
WAIT_MS = 15_000


@pytest.fixture(params=_database_params())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        _reset_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return f"sqlite:///{tmp_path / 'contacts.sqlite3'}"


@pytest.fixture
def elsewhere(database: Database, tmp_path: Path) -> Iterator[Services]:
    """Another program with the same database open (the window's was opened first)."""
    other = open_database(database.url)
    yield Services.build(other, templates_override=tmp_path / "templates")
    other.close()


def add(services: Services, given: str, family: str, **more: object) -> int:
    return services.contacts.add(ContactDraft(given=given, family=family, **more)).id  # type: ignore[arg-type]


def many(database: Database, services: Services, count: int) -> None:
    """`count` contacts, quickly (one transaction, as an import would write them)."""
    insert_contacts(database, count, services.offices.all(), FIXED_NOW.replace(tzinfo=None))
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:  # the ids were given: move the counter on
            connection.execute(
                text("SELECT setval('contacts_id_seq', (SELECT max(id) FROM contacts))")
            )


def row_id(window: MainWindow, row: int) -> int:
    value = window.contacts.model.index(row, 0).data(CONTACT_ID_ROLE)
    assert isinstance(value, int)
    return value


def selected_id(window: MainWindow) -> int | None:
    rows = window.contacts.view.selectionModel().selectedRows(0)
    return int(rows[0].data(CONTACT_ID_ROLE)) if len(rows) == 1 else None


def open_contact(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    window.contacts.open_contact(contact_id)
    qtbot.waitUntil(lambda: selected_id(window) == contact_id)


def banner(window: QWidget, prefix: str = "contact") -> str:
    """The changed-elsewhere banner's text, or "" while it is hidden."""
    frame = find(window, QWidget, f"{prefix}ChangedElsewhere")
    if not frame.isVisible():
        return ""
    return find(frame, QLabel, f"{prefix}ChangedElsewhereMessage").text()


def test_the_window_listens_on_postgresql_and_polls_a_sqlite_file(
    window: MainWindow, database: Database
) -> None:
    expected = LiveMode.NOTIFY if database.dialect == "postgresql" else LiveMode.POLL
    assert window.live.mode is expected


def test_a_contact_added_elsewhere_appears_and_the_list_stays_where_it_was(
    qtbot: QtBot, services: Services, database: Database, preferences: Preferences,
    elsewhere: Services,
) -> None:  # fmt: skip
    many(database, services, 400)
    window = open_window(qtbot, services, preferences)
    view = window.contacts.view
    view.verticalScrollBar().setValue(view.rowViewportPosition(120))
    top = view.rowAt(0)
    chosen = row_id(window, top + 3)
    open_contact(qtbot, window, chosen)
    top_id, top_y = row_id(window, view.rowAt(0)), view.rowViewportPosition(view.rowAt(0))
    count = window.contacts.model.total

    # Sorts first: a row is inserted above everything on screen.
    added = add(elsewhere, "Aaron", "Aardvark")

    qtbot.waitUntil(lambda: window.contacts.model.row_of(added) == 0, timeout=WAIT_MS)
    assert window.contacts.model.total == count + 1
    assert selected_id(window) == chosen
    assert window.contacts.editor.contact is not None
    assert window.contacts.editor.contact.id == chosen
    # The same contact at the top of the list, at the same height: nothing moved on screen.
    assert row_id(window, view.rowAt(0)) == top_id
    assert view.rowViewportPosition(view.rowAt(0)) == top_y


def test_a_contact_edited_elsewhere_shows_its_new_details_in_the_list_and_the_card(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best", notes="old note")
    other = add(services, "Nadia", "Haddad")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)

    elsewhere.contacts.edit(kieran, ContactChanges(family="Zuniga", notes="new note"))

    model = window.contacts.model
    qtbot.waitUntil(
        lambda: model.row_of(kieran) == 1 and model.contact_at(1).name == "Kieran Zuniga",
        timeout=WAIT_MS,
    )
    assert model.row_of(other) == 0
    assert selected_id(window) == kieran  # the selection moved with the row
    card_name = find(window.contacts.card, QLabel, "cardName")
    qtbot.waitUntil(lambda: card_name.text() == "Kieran Zuniga")
    assert window.contacts.editor.contact is not None
    assert window.contacts.editor.contact.notes == "new note"
    assert not window.contacts.editor.is_dirty()
    assert banner(window) == ""


def test_the_card_lists_a_release_that_cites_the_contact_added_elsewhere(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)
    citing = find(window.contacts.card, QListWidget, "citingReleases")
    assert citing.count() == 0

    elsewhere.releases.add(
        ReleaseDraft(title="Floods in the north", language="en", date=TODAY, contact_ids=[kieran])
    )

    qtbot.waitUntil(lambda: citing.count() == 1, timeout=WAIT_MS)
    assert "Floods in the north" in citing.item(0).text()


def test_unsaved_edits_stay_and_a_banner_says_at_once_that_someone_changed_the_contact(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)
    window.contacts.edit_current()
    notes = find(window, QPlainTextEdit, "notes")
    notes.setPlainText("Met at the Geneva briefing")
    assert window.contacts.is_dirty()

    elsewhere.contacts.edit(kieran, ContactChanges(given="Kieren"))

    qtbot.waitUntil(lambda: "changed this contact" in banner(window), timeout=WAIT_MS)
    # What the person typed is still there, unsaved; nothing was overwritten.
    assert notes.toPlainText() == "Met at the Geneva briefing"
    assert find(window, QLineEdit, "givenName").text() == "Kieran"
    assert window.contacts.is_dirty()
    # The list shows the stored name.
    model = window.contacts.model
    qtbot.waitUntil(lambda: model.contact_at(model.row_of(kieran) or 0).name == "Kieren Best")

    qtbot.mouseClick(find(window, QPushButton, "reloadContact"), Qt.MouseButton.LeftButton)
    assert banner(window) == ""
    assert find(window, QLineEdit, "givenName").text() == "Kieren"
    assert notes.toPlainText() == ""
    assert not window.contacts.is_dirty()


def test_a_contact_deleted_elsewhere_leaves_the_list_and_its_card_says_it_was_deleted(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    nadia = add(services, "Nadia", "Haddad")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)

    elsewhere.contacts.delete(kieran)

    model = window.contacts.model
    qtbot.waitUntil(lambda: model.row_of(kieran) is None, timeout=WAIT_MS)
    assert model.row_of(nadia) == 0
    editor = window.contacts.editor
    qtbot.waitUntil(lambda: editor.contact is not None and editor.contact.deleted)
    assert find(window, QLabel, "contactState").text().startswith("Deleted on")
    assert "deleted by someone else" in window.statusBar().currentMessage()
    # No other contact was opened in its place.
    assert selected_id(window) is None


def test_deleting_the_contact_being_edited_elsewhere_keeps_the_edits_and_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)
    window.contacts.edit_current()
    find(window, QLineEdit, "familyName").setText("Best-Gorman")

    elsewhere.contacts.delete(kieran)

    qtbot.waitUntil(lambda: "deleted this contact" in banner(window), timeout=WAIT_MS)
    assert find(window, QLineEdit, "familyName").text() == "Best-Gorman"
    assert window.contacts.is_dirty()
    qtbot.mouseClick(find(window, QPushButton, "reloadContact"), Qt.MouseButton.LeftButton)
    assert window.contacts.editor.contact is not None
    assert window.contacts.editor.contact.deleted
    assert not window.contacts.is_dirty()


def test_a_change_made_with_the_command_line_shows_in_the_open_window(
    qtbot: QtBot, window: MainWindow, services: Services, database: Database, tmp_path: Path
) -> None:
    kieran = add(services, "Kieran", "Best")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)

    options = ["--data-dir", str(tmp_path / "cli"), "--db", database.url]
    command = ["contact", "edit", str(kieran), "--title", "Head of Media"]
    subprocess.run(
        [sys.executable, "-m", "crm_app", *options, *command],
        check=True,
        capture_output=True,
    )

    editor = window.contacts.editor
    qtbot.waitUntil(
        lambda: editor.contact is not None and editor.contact.titles.get("en") == "Head of Media",
        timeout=WAIT_MS,
    )
    assert find(window, QLineEdit, "jobTitle").text() == "Head of Media"
    assert selected_id(window) == kieran


def test_the_window_s_own_saves_are_not_read_again(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    window.contacts.reload()
    open_contact(qtbot, window, kieran)
    window.contacts.edit_current()
    find(window, QLineEdit, "familyName").setText("Best-Gorman")
    arrived: list[object] = []
    window.live.changed.connect(arrived.append)

    assert window.contacts.save()
    window.live.check_now()
    qtbot.wait(600)  # past the settling pause and a notification's trip: nothing may come

    assert arrived == []


def test_offices_renamed_elsewhere_show_in_the_offices_list_and_the_contact_list(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services, beijing: int
) -> None:
    add(services, "Kieran", "Best", office="IOM Beijing")
    window.contacts.reload()
    window.show_section(1)
    offices = window.offices
    office_list = offices.view
    assert office_list.model().index(0, 0).data() == "IOM Beijing"
    offices_added = elsewhere.offices.add(OfficeDraft(names={"en": "IOM Accra"}, country="GH"))

    qtbot.waitUntil(lambda: office_list.model().rowCount() == 2, timeout=WAIT_MS)
    assert office_list.model().index(0, 0).data() == "IOM Accra"

    elsewhere.offices.edit(beijing, OfficeChanges(names={"en": "IOM Beijing Office"}))
    qtbot.waitUntil(
        lambda: office_list.model().index(1, 0).data() == "IOM Beijing Office", timeout=WAIT_MS
    )
    window.show_section(0)
    model = window.contacts.model
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "IOM Beijing Office")
    assert offices_added.id != beijing


def test_an_office_changed_elsewhere_while_edited_keeps_the_edits_under_a_banner(
    qtbot: QtBot, window: MainWindow, elsewhere: Services, beijing: int
) -> None:
    window.show_section(1)
    offices = window.offices
    qtbot.waitUntil(lambda: offices.view.model().rowCount() == 1)
    offices.view.setCurrentIndex(offices.view.model().index(0, 0))
    city = find(window, QLineEdit, "city")
    city.setText("Peking")
    assert offices.is_dirty()

    elsewhere.offices.edit(beijing, OfficeChanges(city="Beijing (Chaoyang)"))

    qtbot.waitUntil(lambda: "changed this office" in banner(window, "office"), timeout=WAIT_MS)
    assert city.text() == "Peking"
    qtbot.mouseClick(find(window, QPushButton, "reloadOffice"), Qt.MouseButton.LeftButton)
    assert city.text() == "Beijing (Chaoyang)"
    assert not offices.is_dirty()


def test_releases_follow_changes_made_elsewhere_and_a_banner_guards_unsaved_edits(
    qtbot: QtBot, window: MainWindow, services: Services, elsewhere: Services
) -> None:
    kieran = add(services, "Kieran", "Best")
    first = services.releases.add(
        ReleaseDraft(title="Floods in the north", language="en", date=TODAY, contact_ids=[kieran])
    )
    window.show_section(2)
    releases = window.releases
    model = releases.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    second = elsewhere.releases.add(
        ReleaseDraft(title="Aid reaches the coast", language="en", date=TODAY)
    )
    qtbot.waitUntil(lambda: model.row_of(second.id) >= 0, timeout=WAIT_MS)

    assert releases.open_release(first.id)
    title = find(window, QLineEdit, "releaseTitle")
    title.setText("Floods in the north: update")
    title.textEdited.emit(title.text())
    assert releases.is_dirty()
    elsewhere.releases.edit(
        first.id, ReleaseChanges(title="Floods: the response"), expected_version=first.version
    )

    qtbot.waitUntil(lambda: "changed this release" in banner(window, "release"), timeout=WAIT_MS)
    assert title.text() == "Floods in the north: update"
    assert releases.is_dirty()
    qtbot.mouseClick(find(window, QPushButton, "reloadRelease"), Qt.MouseButton.LeftButton)
    assert title.text() == "Floods: the response"
    assert banner(window, "release") == ""


def test_the_poll_leaves_nothing_behind(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path, preferences: Preferences
) -> None:
    database = open_database(sqlite_url)
    try:
        services = Services.build(database, templates_override=tmp_path / "templates")
        window = open_window(qtbot, services, preferences)
        assert window.live.mode is LiveMode.POLL
        for _ in range(200):  # settle caches and lazily made objects
            window.live.check_now()
        gc.collect()
        children = len(window.findChildren(QObject))
        objects = len(gc.get_objects())

        for _ in range(20_000):
            window.live.check_now()
        gc.collect()

        assert len(window.findChildren(QObject)) == children
        # Less than one object in ten polls (gc's own bookkeeping varies by a few hundred).
        assert len(gc.get_objects()) - objects < 2_000
        window.close()
    finally:
        database.close()
