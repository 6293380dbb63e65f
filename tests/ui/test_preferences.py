"""UI settings: one declared default each, a temporary file in tests, bad values ignored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from crm_app.domain.records import BlockLayout
from crm_app.ui.preferences import (
    LAST_FOLDER,
    RELEASE_LANGUAGE,
    WINDOW_GEOMETRY,
    Preferences,
    section_splitter,
)


def test_defaults(preferences: Preferences) -> None:
    assert preferences.interface_language == ""  # follows the system
    assert preferences.data_language == "en"
    assert preferences.release_language == "en"
    assert preferences.block_layout is BlockLayout.STACKED
    assert preferences.last_folder is None
    assert preferences.data(WINDOW_GEOMETRY).isEmpty()


def test_values_survive_a_new_preferences_on_the_same_file(tmp_path: Path) -> None:
    first = Preferences.from_file(tmp_path / "ui.ini")
    first.interface_language = "fr"
    first.release_language = "es"
    first.block_layout = BlockLayout.INLINE
    first.last_folder = tmp_path
    first.set_data(section_splitter("contacts"), QByteArray(b"\x00\x01state"))
    first.sync()
    again = Preferences.from_file(tmp_path / "ui.ini")
    assert (again.interface_language, again.data_language) == ("fr", "fr")
    assert again.release_language == "es"
    assert again.block_layout is BlockLayout.INLINE
    assert again.last_folder == tmp_path
    assert again.data(section_splitter("contacts")).data() == b"\x00\x01state"


def test_a_hand_edited_file_cannot_break_the_window(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    path.write_text(
        "[interface]\nlanguage=klingon\n"
        "[releases]\ndefault_language=../xx\ndefault_block_layout=sideways\n",
        encoding="utf-8",
    )
    preferences = Preferences.from_file(path)
    assert preferences.interface_language == ""
    assert preferences.release_language == RELEASE_LANGUAGE.default
    assert preferences.block_layout is BlockLayout.STACKED
    assert preferences.text(LAST_FOLDER) == ""
