"""The release workspace: picking contacts, reordering, the live preview, copy, publish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.records import BlockLayout, PhoneKind, ReleaseStatus
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
    ReleaseChanges,
    ReleaseDraft,
)
from crm_app.ui.models.release_table_model import ReleaseColumn
from crm_app.ui.preferences import Preferences
from crm_app.ui.releases import ReleasesSection
from crm_app.ui.releases.contacts_model import ReleaseContactsModel
from crm_app.ui.releases.picker import ContactPickerDialog
from tests.conftest import TODAY
from tests.ui.conftest import open_window

W = TypeVar("W", bound=QObject)

# The offscreen platform cannot pass a shown dialog's size limits on to a window system and
# says so with a warning; that is the test platform talking, not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """Widgets, not SQL dialects, are under test here: one SQLite file is enough."""
    return sqlite_url


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    )
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Headquarters", "fr": "OIM Siège", "es": "OIM Sede"},
            country="CH",
            city="Geneva",
            switchboard="+41 22 717 9111",
        )
    )
    kieran = services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
            last_verified=TODAY - timedelta(days=10),
        )
    )
    nadia = services.contacts.add(
        ContactDraft(
            given="Nadia",
            family="Haddad",
            office="IOM Headquarters",
            phones=(PhoneInput("+41 22 717 9405", PhoneKind.WORK),),
            emails=(EmailInput("nhaddad@iom.int"),),
            last_verified=TODAY - timedelta(days=30),
        )
    )
    return {"kieran": kieran.id, "nadia": nadia.id}


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.from_file(tmp_path / "preferences.ini")


@pytest.fixture
def section(qtbot: QtBot, services: Services, preferences: Preferences) -> ReleasesSection:
    widget = ReleasesSection(services, preferences)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()  # a section reads its releases once shown
    return widget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QMessageBox.StandardButton]]:
    """Answers the next QMessageBox.question calls, in order; records that they were asked."""
    queue: list[QMessageBox.StandardButton] = []

    def question(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        assert queue, "an unexpected question was asked"
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    yield queue
    assert not queue, "a question that was expected was not asked"


def _find(parent: QObject, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert isinstance(found, kind), f"no {kind.__name__} named {name!r}"
    return found


def _pick(qtbot: QtBot, section: ReleasesSection, search: str, names: list[str]) -> None:
    """Drive the real picker dialog: type, select the matching rows, press Add."""

    def interact() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, ContactPickerDialog)
        box = _find(picker, QLineEdit, "pickerSearch")
        qtbot.keyClicks(box, search)
        picker.search_now()
        wanted = {contact.id for contact in picker._found.values() if contact.display_name in names}
        picker.select_ids(wanted)
        qtbot.mouseClick(_find(picker, QPushButton, "pickerAdd"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, interact)
    qtbot.mouseClick(_find(section, QPushButton, "addReleaseContact"), Qt.MouseButton.LeftButton)


def _wait_for_the_outdated_check(qtbot: QtBot, section: ReleasesSection) -> None:
    """The check runs in a worker; its marks appear when it ends."""
    qtbot.waitUntil(lambda: not section.is_checking_outdated())


def _preview_text(section: ReleasesSection) -> str:
    """What the preview shows (Qt turns non-breaking spaces into spaces here)."""
    return _find(section, QTextBrowser, "blockPreview").toPlainText()


def _block_text(section: ReleasesSection) -> str:
    block = section.editor().preview().block()
    assert block is not None
    return block.text


def _choose_language(section: ReleasesSection, code: str) -> None:
    combo = _find(section, QComboBox, "releaseLanguage")
    combo.setCurrentIndex(combo.findData(code))


def test_build_release_pick_two_contacts_reorder_and_the_preview_follows(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    qtbot.keyClicks(_find(section, QLineEdit, "releaseTitle"), "Migration links in Asia")
    _choose_language(section, "fr")
    _pick(qtbot, section, "Best", ["Kieran Best"])
    _pick(qtbot, section, "Haddad", ["Nadia Haddad"])

    assert _block_text(section).startswith("Pour plus d'informations, veuillez contacter\u00a0:")
    text = _preview_text(section)
    assert text.index("Kieran Best") < text.index("Nadia Haddad")
    assert "OIM Pékin" in text

    # Up/Down buttons: select Nadia (row 1) and move her up.
    contacts = _find(section, QListView, "releaseContacts")
    contacts.setCurrentIndex(contacts.model().index(1, 0))
    qtbot.mouseClick(_find(section, QPushButton, "moveContactUp"), Qt.MouseButton.LeftButton)
    text = _preview_text(section)
    assert text.index("Nadia Haddad") < text.index("Kieran Best")

    # Drag and drop: a drop of row 0 at the end puts Nadia last again.
    model = contacts.model()
    assert isinstance(model, ReleaseContactsModel)
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    text = _preview_text(section)
    assert text.index("Kieran Best") < text.index("Nadia Haddad")
    assert model.contact_ids() == (people["kieran"], people["nadia"])

    # Save: the release is stored with its contacts in that order and listed.
    assert section.editor().is_dirty()
    qtbot.mouseClick(_find(section, QPushButton, "saveRelease"), Qt.MouseButton.LeftButton)
    assert not section.editor().is_dirty()
    stored = services.releases.all()
    assert [r.title for r in stored] == ["Migration links in Asia"]
    assert [c.id for c in stored[0].contacts] == [people["kieran"], people["nadia"]]
    assert stored[0].language == "fr"
    listing = _find(section, QTableView, "releaseList")
    assert listing.model().rowCount() == 1


def test_internal_move_through_move_rows_keeps_every_contact(
    section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"], people["nadia"]]))
    model = editor.contacts_model()
    # What QListView does on an internal drag: one moveRow to "before row 0".
    assert model.moveRow(QModelIndex(), 1, QModelIndex(), 0)
    assert model.contact_ids() == (people["nadia"], people["kieran"])
    assert not model.moveRow(QModelIndex(), 0, QModelIndex(), 1)  # onto itself
    assert model.contact_ids() == (people["nadia"], people["kieran"])


def test_layout_and_language_switch_regenerate_the_preview(
    section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"], people["nadia"]]))
    _choose_language(section, "en")
    assert _block_text(section).startswith("For more information, please contact:\nKieran Best")
    _choose_language(section, "es")
    assert "OIM Pekín" in _preview_text(section)
    layout = _find(section, QComboBox, "blockLayout")
    layout.setCurrentIndex(layout.findData(BlockLayout.INLINE.value))
    inline = editor.preview().block()
    assert inline is not None
    assert "\n" not in inline.text  # one paragraph: a sentence per contact
    markdown = editor.preview().findChild(object, "blockPreviewMarkdown")
    assert markdown is not None
    assert markdown.toPlainText() == inline.markdown  # type: ignore[attr-defined]


def test_copy_puts_plain_text_and_html_on_the_clipboard(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    _choose_language(section, "fr")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(_find(section, QPushButton, "copyBlock"), Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert mime.hasText()
    assert mime.hasHtml()
    assert mime.text() == (
        "Pour plus d'informations, veuillez contacter\u00a0:\n"
        "Kieran Best\n"
        "OIM Pékin\n"
        "Tél.\u00a0: +86 10 5979 9695, poste 203\n"
        "Courriel\u00a0: kgormanbest@iom.int"
    )
    rich = mime.html()
    assert "<strong>Pour plus d&#x27;informations, veuillez contacter\u00a0:</strong>" in rich
    assert '<a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a>' in rich
    assert '<a href="tel:+861059799695,203">' in rich


def test_warnings_are_beside_the_block_and_link_to_the_contact(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    services.contacts.edit(people["nadia"], ContactChanges(active=False))
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"], people["nadia"]]))
    warnings = _find(section, QTextBrowser, "blockWarnings")
    assert "Nadia Haddad has left the organisation." in warnings.toPlainText()
    assert "left" not in _preview_text(section)  # never inside the block
    with qtbot.waitSignal(section.open_contact_requested) as opened:
        warnings.anchorClicked.emit(QUrl(f"contact:{people['nadia']}"))
    assert opened.args == [people["nadia"]]


@pytest.mark.parametrize(("language", "name"), [("es", "Spanish"), ("fr", "French")])
def test_a_title_printed_in_english_is_a_warning_until_translated(
    section: ReleasesSection, people: dict[str, int], services: Services, language: str, name: str
) -> None:
    services.contacts.edit(people["kieran"], ContactChanges(titles={"en": "Media Officer"}))
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    _choose_language(section, language)
    assert "Media Officer" in _block_text(section)
    warnings = _find(section, QTextBrowser, "blockWarnings").toPlainText()
    assert (
        f"Kieran Best has no job title in {name}: the block prints the English one"
        " (Media Officer). Add the translation in the contact’s details."
    ) in warnings
    _choose_language(section, "en")
    assert "job title" not in _find(section, QTextBrowser, "blockWarnings").toPlainText()


def test_publish_freezes_the_preview_and_outdated_lists_the_change(
    qtbot: QtBot,
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    answers: list[QMessageBox.StandardButton],
) -> None:
    editor = section.editor()
    qtbot.keyClicks(_find(section, QLineEdit, "releaseTitle"), "Links for migration")
    _choose_language(section, "fr")
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    before = _block_text(section)
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(_find(section, QPushButton, "publishRelease"), Qt.MouseButton.LeftButton)
    release = editor.current()
    assert release is not None
    assert release.status is ReleaseStatus.PUBLISHED
    assert editor.is_published()
    assert not _find(section, QPushButton, "addReleaseContact").isEnabled()
    assert not _find(section, QComboBox, "blockLayout").isEnabled()

    services.contacts.edit(
        people["kieran"], ContactChanges(phones=(PhoneInput("+86 10 5979 9600 ext. 310"),))
    )
    section.reload()
    assert _block_text(section) == before  # the printed block is history
    assert "+86 10 5979 9695" in _preview_text(section)

    section.show_outdated()
    _wait_for_the_outdated_check(qtbot, section)
    outdated = section.outdated_view().outdated()
    assert [item.release.id for item in outdated] == [release.id]
    shown = section.outdated_view().text_view()
    text = shown.toPlainText()
    assert "Links for migration" in text
    assert "Kieran Best, phone" in text
    assert "Printed: +86 10 5979 9695, poste 203" in text
    assert "Now: +86 10 5979 9600" in text
    with qtbot.waitSignal(section.open_contact_requested) as opened:
        shown.anchorClicked.emit(QUrl(f"contact:{people['kieran']}"))
    assert opened.args == [people["kieran"]]


def test_publish_asks_and_no_keeps_the_draft(
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    answers: list[QMessageBox.StandardButton],
) -> None:
    editor = section.editor()
    _find(section, QLineEdit, "releaseTitle").setText("Draft only")
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    answers.append(QMessageBox.StandardButton.No)
    assert not editor.publish()
    stored = services.releases.all()
    assert [r.status for r in stored] == [ReleaseStatus.DRAFT]  # saved, not published


def test_leaving_a_dirty_release_asks_and_cancel_stays(
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    answers: list[QMessageBox.StandardButton],
) -> None:
    for title in ("First", "Second"):
        services.releases.add(
            ReleaseDraft(title=title, language="en", date=TODAY, contact_ids=(people["kieran"],))
        )
    section.reload()
    listing = _find(section, QTableView, "releaseList")
    proxy = listing.model()
    rows = {proxy.index(r, 0).data(): r for r in range(proxy.rowCount())}
    listing.setCurrentIndex(proxy.index(rows["First"], 0))
    assert section.editor().current() is not None
    title = _find(section, QLineEdit, "releaseTitle")
    title.setText("First, edited")
    title.textEdited.emit("First, edited")
    assert section.editor().is_dirty()

    answers.append(QMessageBox.StandardButton.Cancel)
    listing.setCurrentIndex(proxy.index(rows["Second"], 0))
    current = section.editor().current()
    assert current is not None and current.title == "First"
    assert title.text() == "First, edited"  # the edit is still there

    answers.append(QMessageBox.StandardButton.Save)
    listing.setCurrentIndex(proxy.index(rows["Second"], 0))
    current = section.editor().current()
    assert current is not None and current.title == "Second"
    assert sorted(r.title for r in services.releases.all()) == ["First, edited", "Second"]


def test_new_release_from_this_one_copies_its_contacts(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    base = services.releases.add(
        ReleaseDraft(
            title="Earlier release",
            language="es",
            date=TODAY,
            office="IOM Beijing",
            contact_ids=(people["nadia"], people["kieran"]),
        )
    )
    section.reload()
    assert section.open_release(base.id)
    qtbot.mouseClick(_find(section, QPushButton, "newReleaseFromThis"), Qt.MouseButton.LeftButton)
    editor = section.editor()
    assert editor.is_new()
    assert [c.id for c in editor.contacts()] == [people["nadia"], people["kieran"]]
    assert _find(section, QComboBox, "releaseLanguage").currentData() == "es"
    assert _find(section, QComboBox, "releaseOffice").currentText() == "IOM Beijing"
    _find(section, QLineEdit, "releaseTitle").setText("Later release")
    assert editor.save()
    later = editor.current()
    assert later is not None and later.id != base.id
    assert [c.id for c in later.contacts] == [people["nadia"], people["kieran"]]


def test_a_title_is_required_and_the_reason_is_shown(
    section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    editor = section.editor()
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    assert not editor.save()
    assert services.releases.all() == []
    message = section.findChild(object, "releaseError")
    assert message is not None
    assert message.text() == "Give the release a title."  # type: ignore[attr-defined]


def test_delete_asks_then_removes_the_release_but_keeps_its_contacts(
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    answers: list[QMessageBox.StandardButton],
) -> None:
    release = services.releases.add(
        ReleaseDraft(title="To delete", language="en", date=TODAY, contact_ids=(people["kieran"],))
    )
    section.reload()
    assert section.open_release(release.id)
    assert section.can_delete()
    answers.append(QMessageBox.StandardButton.No)
    section.delete_current()
    assert [r.id for r in services.releases.all()] == [release.id]
    answers.append(QMessageBox.StandardButton.Yes)
    section.delete_current()
    assert services.releases.all() == []
    assert section.model().rowCount() == 0
    assert section.editor().is_new()
    assert services.contacts.get(people["kieran"]).display_name == "Kieran Best"


def test_saving_a_new_draft_while_switching_keeps_the_clicked_release_selected(
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    answers: list[QMessageBox.StandardButton],
) -> None:
    other = services.releases.add(
        ReleaseDraft(title="Existing", language="en", date=TODAY, contact_ids=(people["nadia"],))
    )
    section.reload()
    editor = section.editor()
    _find(section, QLineEdit, "releaseTitle").setText("Fresh draft")
    editor.add_contacts(services.contacts.get_many([people["kieran"]]))
    assert editor.is_dirty()
    listing = _find(section, QTableView, "releaseList")
    answers.append(QMessageBox.StandardButton.Save)
    listing.setCurrentIndex(listing.model().index(0, 0))
    current = editor.current()
    assert current is not None and current.id == other.id
    assert listing.currentIndex().data() == "Existing"
    assert sorted(r.title for r in services.releases.all()) == ["Existing", "Fresh draft"]


def test_picker_search_narrows_and_hides_contacts_already_chosen(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    picker = ContactPickerDialog(services.contacts, exclude_ids={people["kieran"]})
    qtbot.addWidget(picker)
    results = picker.findChild(QListView, "pickerResults")
    assert results is not None
    assert results.model().rowCount() == 1  # only Nadia: Kieran is already in the release
    box = _find(picker, QLineEdit, "pickerSearch")
    box.setText("nobody-by-this-name")
    qtbot.waitUntil(lambda: results.model().rowCount() == 0)
    box.setText("Hadd")
    qtbot.waitUntil(lambda: results.model().rowCount() == 1)


def _unnamed_controls(root: QWidget) -> list[str]:
    """Controls a person can reach with the keyboard that a screen reader cannot name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QTabBar):
            continue  # a tab bar is named by its tab texts
        parent = widget.parentWidget()
        inside_compound = False
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QDateEdit):
                inside_compound = True  # the combo's popup, the date edit's line edit
                break
            parent = parent.parentWidget()
        if not inside_compound and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, section: ReleasesSection, services: Services, preferences: Preferences
) -> None:
    from crm_app.ui.preferences_dialog import PreferencesDialog
    from crm_app.ui.vcard_dialogs import ExportDialog, ImportDialog

    vcards = services.vcards
    roots: list[QWidget] = [
        section,
        ContactPickerDialog(services.contacts),
        ImportDialog(vcards),
        ExportDialog(vcards, selection_ids=[1], release_id=1, release_title="A release"),
        PreferencesDialog(preferences, "/data/press-contacts.sqlite3"),
    ]
    for root in roots[1:]:
        qtbot.addWidget(root)
    for root in roots:
        assert _unnamed_controls(root) == [], type(root).__name__


def test_models_pass_qt_model_tester(
    qtmodeltester: object, services: Services, people: dict[str, int]
) -> None:
    from crm_app.ui.models.release_table_model import ReleaseTableModel

    for title in ("One", "Two"):
        services.releases.add(
            ReleaseDraft(title=title, language="fr", date=TODAY, contact_ids=(people["kieran"],))
        )
    releases = ReleaseTableModel("fr")
    releases.set_releases(services.releases.summaries())
    qtmodeltester.check(releases)  # type: ignore[attr-defined]
    contacts = ReleaseContactsModel("fr")
    contacts.set_contacts(services.contacts.get_many([people["kieran"], people["nadia"]]))
    qtmodeltester.check(contacts)  # type: ignore[attr-defined]
    assert contacts.move(0, 1)
    assert contacts.contact_ids() == (people["nadia"], people["kieran"])


def test_choosing_a_release_shows_what_is_outdated_without_checking_every_release_again(
    qtbot: QtBot,
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for title in ("First", "Second"):
        release = services.releases.add(
            ReleaseDraft(title=title, language="en", date=TODAY, contact_ids=(people["kieran"],))
        )
        services.releases.publish(release.id)
    services.contacts.edit(
        people["kieran"], ContactChanges(phones=(PhoneInput("+86 10 5979 9600 ext. 310"),))
    )
    checks: list[int] = []
    check = services.releases.outdated
    monkeypatch.setattr(services.releases, "outdated", lambda: checks.append(1) or check())
    section.reload()
    _wait_for_the_outdated_check(qtbot, section)
    assert len(checks) == 1  # once per change of the data, also with the outdated tab shut
    for release in services.releases.all():
        assert section.open_release(release.id)
        note = _find(section, QWidget, "releaseOutdated")
        assert note.isVisibleTo(section)  # each one says it is outdated
    assert len(checks) == 1


def test_the_window_reads_no_release_until_the_section_is_shown(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for title in ("Older", "Newer"):
        release = services.releases.add(
            ReleaseDraft(title=title, language="en", date=TODAY, contact_ids=(people["kieran"],))
        )
    services.releases.publish(release.id)
    services.contacts.edit(
        people["kieran"], ContactChanges(phones=(PhoneInput("+86 10 5979 9600 ext. 310"),))
    )
    reads: list[str] = []
    for name in ("all", "summaries", "outdated", "get"):
        method = getattr(services.releases, name)
        monkeypatch.setattr(
            services.releases,
            name,
            lambda *args, _name=name, _method=method: reads.append(_name) or _method(*args),
        )
    window = open_window(qtbot, services, preferences)
    qtbot.wait(50)
    assert window.current_section() is window.contacts
    assert reads == []
    window.releases.reload()  # what another section's change asks of it, hidden
    assert reads == []

    window.show_section(2)
    listing = _find(window, QTableView, "releaseList")
    assert sorted(listing.model().index(r, 0).data() for r in range(2)) == ["Newer", "Older"]
    assert "all" not in reads  # one line per release, not each release with its contacts
    _wait_for_the_outdated_check(qtbot, window.releases)
    row = window.releases.model().row_of(release.id)
    status = window.releases.model().index(row, ReleaseColumn.STATUS)
    assert status.data() == "Published, outdated"


def test_a_changed_release_changes_its_row_and_the_selection_stays(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    first = services.releases.add(
        ReleaseDraft(title="First", language="en", date=TODAY, contact_ids=(people["kieran"],))
    )
    second = services.releases.add(
        ReleaseDraft(title="Second", language="en", date=TODAY, contact_ids=(people["nadia"],))
    )
    section.reload()
    assert section.open_release(first.id)
    listing = _find(section, QTableView, "releaseList")
    resets: list[bool] = []
    section.model().modelReset.connect(lambda: resets.append(True))
    services.releases.edit(second.id, ReleaseChanges(title="Second, retitled"))
    third = services.releases.add(ReleaseDraft(title="Third", language="en", date=TODAY))
    section.reload()
    titles = {listing.model().index(r, 0).data() for r in range(listing.model().rowCount())}
    assert titles == {"First", "Second, retitled", "Third"}
    assert listing.currentIndex().data() == "First"
    assert resets == []  # the rows changed in place, the list was not rebuilt
    services.releases.delete(third.id)
    section.reload()
    assert listing.model().rowCount() == 2
    assert listing.currentIndex().data() == "First"


def test_refresh_checks_again_without_waiting_on_the_window(
    qtbot: QtBot,
    section: ReleasesSection,
    people: dict[str, int],
    services: Services,
) -> None:
    release = services.releases.add(
        ReleaseDraft(title="Links", language="en", date=TODAY, contact_ids=(people["nadia"],))
    )
    services.releases.publish(release.id)
    section.reload()
    section.show_outdated()
    _wait_for_the_outdated_check(qtbot, section)
    text = section.outdated_view().text_view()
    assert "No published release prints" in text.toPlainText()

    # Changed by someone else (no signal reaches this window): Refresh finds it.
    services.contacts.edit(
        people["nadia"], ContactChanges(emails=(EmailInput("n.haddad@iom.int"),))
    )
    refresh = _find(section, QPushButton, "refreshOutdated")
    with qtbot.waitSignal(section.outdated_checked):
        qtbot.mouseClick(refresh, Qt.MouseButton.LeftButton)
    assert "Printed: nhaddad@iom.int" in text.toPlainText()
    assert "Now: n.haddad@iom.int" in text.toPlainText()
    assert refresh.isEnabled()


def test_the_list_sorts_on_a_column_and_keeps_the_chosen_release(
    qtbot: QtBot, section: ReleasesSection, people: dict[str, int], services: Services
) -> None:
    for title, days in (("Beta", 3), ("alpha", 1), ("Gamma", 2)):
        services.releases.add(
            ReleaseDraft(title=title, language="en", date=TODAY - timedelta(days=days))
        )
    section.reload()
    listing = _find(section, QTableView, "releaseList")

    def titles() -> list[str]:
        model = listing.model()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert titles() == ["alpha", "Gamma", "Beta"]  # newest first
    listing.setCurrentIndex(listing.model().index(1, 0))
    assert section.editor().current() is not None
    listing.sortByColumn(ReleaseColumn.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles() == ["alpha", "Beta", "Gamma"]  # by title, whatever the case
    assert listing.currentIndex().data() == "Gamma"
    services.releases.add(ReleaseDraft(title="Delta", language="en", date=TODAY))
    section.reload()
    assert titles() == ["alpha", "Beta", "Delta", "Gamma"]  # a new one takes its place
    assert listing.currentIndex().data() == "Gamma"
