"""Copy and publish say what they did, outdated releases show it, a verified date can go,
file dialogs remember their folder, a user's template language can be the default."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_app.domain.blocks import shipped_templates_dir
from crm_app.domain.records import PhoneKind
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    PhoneInput,
    ReleaseDraft,
)
from crm_app.ui.main_window import MainWindow
from crm_app.ui.models.release_table_model import ReleaseColumn
from crm_app.ui.preferences import Preferences
from crm_app.ui.preferences_dialog import PreferencesDialog
from crm_app.ui.releases import ReleasesSection
from crm_app.ui.vcard_dialogs import ExportDialog, ImportDialog
from tests.conftest import TODAY
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kieran(services: Services, beijing: int) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
            last_verified=TODAY - timedelta(days=10),
        )
    ).id


def _release_with(services: Services, contact_id: int, title: str = "Links for migration") -> int:
    return services.releases.add(
        ReleaseDraft(title=title, language="fr", date=TODAY, contact_ids=(contact_id,))
    ).id


def test_copy_block_confirms_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, services: Services, kieran: int
) -> None:
    release = _release_with(services, kieran)
    window.show_section(2)
    window.releases.reload()
    assert window.releases.open_release(release)
    window.statusBar().clearMessage()
    qtbot.mouseClick(find(window, QPushButton, "copyBlock"), Qt.MouseButton.LeftButton)
    assert "copied" in window.statusBar().currentMessage()


def test_publish_says_published_not_saved(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    kieran: int,
    answers: list[QMessageBox.StandardButton],
) -> None:
    release = _release_with(services, kieran)
    window.show_section(2)
    window.releases.reload()
    assert window.releases.open_release(release)
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(find(window, QPushButton, "publishRelease"), Qt.MouseButton.LeftButton)
    message = window.statusBar().currentMessage()
    assert "published" in message
    assert "saved" not in message


def test_an_outdated_release_is_marked_in_the_list_and_in_its_editor(
    qtbot: QtBot, services: Services, preferences: Preferences, kieran: int
) -> None:
    release = _release_with(services, kieran)
    services.releases.publish(release)
    services.contacts.edit(kieran, ContactChanges(phones=(PhoneInput("+86 10 5979 9600"),)))
    section = ReleasesSection(services, preferences)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    qtbot.waitUntil(lambda: not section.is_checking_outdated())  # it checks in a worker
    model = section.model()
    row = model.row_of(release)
    status = model.index(row, ReleaseColumn.STATUS)
    assert status.data() == "Published, outdated"
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None
    assert section.open_release(release)
    assert find(section, QLabel, "releaseStatus").text() == "Published, outdated"
    note = find(section, QLabel, "releaseOutdated")
    assert note.isVisible()
    assert "Kieran Best" in note.text()

    # Once the contact prints as before again, the marks go.
    services.contacts.edit(
        kieran, ContactChanges(phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),))
    )
    section.reload()
    qtbot.waitUntil(lambda: not section.is_checking_outdated())
    assert model.index(row, ReleaseColumn.STATUS).data() == "Published"
    assert not note.isVisible()


def test_the_verified_date_can_be_cleared_in_the_editor(
    qtbot: QtBot, window: MainWindow, services: Services, kieran: int
) -> None:
    window.contacts.reload()
    window.open_contact(kieran)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    box = find(window, QCheckBox, "verified")
    assert box.isVisible() and box.isChecked()
    box.setChecked(False)
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert services.contacts.get(kieran).last_verified is None


def test_file_dialogs_start_in_and_remember_the_last_folder(
    qtbot: QtBot,
    window: MainWindow,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "cards"
    first.mkdir()
    (first / "people.vcf").write_text("", encoding="utf-8")
    second = tmp_path / "exports"
    second.mkdir()
    started_in: list[str] = []

    def open_file(_parent: QWidget, _caption: str, folder: str, _filter: str) -> tuple[str, str]:
        started_in.append(folder)
        return str(first / "people.vcf"), ""

    def save_file(_parent: QWidget, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        started_in.append(str(Path(start).parent))
        return str(second / "out.vcf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)

    window.import_vcards(None)
    importer = window.findChild(ImportDialog)
    assert importer is not None
    qtbot.mouseClick(find(importer, QPushButton, "importBrowse"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.is_running())
    assert preferences.last_folder == first
    importer.close()

    window.export_vcards()
    exporter = window.findChild(ExportDialog)
    assert exporter is not None
    qtbot.mouseClick(find(exporter, QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert started_in[-1] == str(first)  # where the import left off
    assert preferences.last_folder == second
    exporter.close()


def test_a_template_language_added_by_the_user_can_be_the_default(
    qtbot: QtBot, services: Services, preferences: Preferences, tmp_path: Path
) -> None:
    # The services of these tests read user templates from tmp_path / "templates".
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    english = (shipped_templates_dir() / "en.toml").read_text(encoding="utf-8")
    (folder / "de.toml").write_text(
        english.replace("For more information, please contact:", "Weitere Informationen:"),
        encoding="utf-8",
    )
    assert "de" in services.releases.languages()

    dialog = PreferencesDialog(preferences, "db", services.releases.languages())
    qtbot.addWidget(dialog)
    combo = find(dialog, QComboBox, "defaultReleaseLanguage")
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert preferences.release_language == "de"

    section = ReleasesSection(services, preferences)
    qtbot.addWidget(section)
    assert find(section, QComboBox, "releaseLanguage").currentData() == "de"


def test_no_plural_guesswork_or_promises_in_the_wording() -> None:
    sources = [*ROOT.joinpath("crm_app").rglob("*.py")]
    sources += [*ROOT.joinpath("resources", "translations").glob("*.ts")]
    offending = re.compile(r"contact\(s\)|comes in a later version|contacto\(s\)")
    found = [
        f"{path.name}: {match.group(0)}"
        for path in sources
        for match in offending.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_a_read_only_form_shows_no_examples_and_an_unverified_date_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, kieran: int
) -> None:
    window.contacts.reload()
    window.open_contact(kieran)
    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    honorific = find(window, QLineEdit, "honorific")
    example = honorific.placeholderText()
    assert example  # an editable form shows what to type

    services.contacts.delete(kieran)
    window.open_contact(kieran)
    assert honorific.placeholderText() == ""  # greyed examples would read as data
    services.contacts.restore(kieran)
    window.open_contact(kieran)
    assert honorific.placeholderText() == example

    qtbot.mouseClick(find(window, QPushButton, "editContact"), Qt.MouseButton.LeftButton)
    box = find(window, QCheckBox, "verified")
    date_field = find(window, QDateEdit, "lastVerified")
    box.setChecked(False)
    assert date_field.text() == "not verified"  # never a date that looks like data
    box.setChecked(True)
    assert date_field.text() not in ("", "not verified")
