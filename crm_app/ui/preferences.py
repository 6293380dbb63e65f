"""Every UI setting and its default, declared in this one place and kept by QSettings.

QSettings keeps only UI state and choices (window geometry, column widths, last folder,
languages); data lives in the database. Tests hand `Preferences` a QSettings on a temporary
INI file so they never touch the user's profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from crm_app.domain.records import DEFAULT_LANGUAGE, BlockLayout
from crm_app.ui.data_language import data_language

T = TypeVar("T", str, QByteArray)

# The interface and release languages the program ships templates and translations for.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
# What a block template's file name may be ("de", "pt-BR"), as TemplateLibrary reads them.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T


# "" follows the system's language.
INTERFACE_LANGUAGE = Setting("interface/language", "")
RELEASE_LANGUAGE = Setting("releases/default_language", DEFAULT_LANGUAGE)
BLOCK_LAYOUT = Setting("releases/default_block_layout", BlockLayout.STACKED.value)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
NAVIGATION_SPLITTER = Setting("window/navigation_splitter", QByteArray())
CURRENT_SECTION = Setting("window/section", "contacts")
LAST_FOLDER = Setting("files/last_folder", "")
RELEASE_IMPORT_GEOMETRY = Setting("dialogs/release_import/geometry", QByteArray())
# Who this person's changes are recorded as; "" uses CRM_USER or the OS login.
HISTORY_NAME = Setting("history/user_name", "")
# The longest name the history keeps (the services' MAX_USER_NAME).
HISTORY_NAME_LENGTH = 200


def section_splitter(section: str) -> Setting[QByteArray]:
    """The list/detail splitter of one navigation section ("contacts", "offices", …)."""
    return Setting(f"sections/{section}/splitter", QByteArray())


def section_columns(section: str) -> Setting[QByteArray]:
    """The column widths and order of one section's list (a QHeaderView state)."""
    return Setting(f"sections/{section}/columns", QByteArray())


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def for_user(cls) -> Preferences:
        """The user's own settings; the application's organisation and name must be set."""
        return cls(QSettings())

    @classmethod
    def from_file(cls, path: Path) -> Preferences:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def settings(self) -> QSettings:
        return self._settings

    # Typed access to any declared setting

    def text(self, setting: Setting[str]) -> str:
        value = self._settings.value(setting.key, setting.default)
        return value if isinstance(value, str) else setting.default

    def data(self, setting: Setting[QByteArray]) -> QByteArray:
        value = self._settings.value(setting.key)
        return value if isinstance(value, QByteArray) else QByteArray(setting.default)

    def set_text(self, setting: Setting[str], value: str) -> None:
        self._settings.setValue(setting.key, value)

    def set_data(self, setting: Setting[QByteArray], value: QByteArray) -> None:
        self._settings.setValue(setting.key, value)

    def sync(self) -> None:
        self._settings.sync()

    # Choices, checked on the way out so a hand-edited file cannot break the window

    @property
    def interface_language(self) -> str:
        value = self.text(INTERFACE_LANGUAGE)
        return value if value in SUPPORTED_LANGUAGES else INTERFACE_LANGUAGE.default

    @interface_language.setter
    def interface_language(self, value: str) -> None:
        self.set_text(INTERFACE_LANGUAGE, value)

    @property
    def data_language(self) -> str:
        """The language office names, countries and job titles are shown in: the interface's.

        When the interface follows the system, that is the language installed for it.
        """
        return self.interface_language or data_language()

    @property
    def release_language(self) -> str:
        """Any language code: a template added in the data folder's "templates" can be the
        default (a release editor without that template falls back to its first language)."""
        value = self.text(RELEASE_LANGUAGE)
        return value if _LANGUAGE_CODE.fullmatch(value) else RELEASE_LANGUAGE.default

    @release_language.setter
    def release_language(self, value: str) -> None:
        self.set_text(RELEASE_LANGUAGE, value)

    @property
    def block_layout(self) -> BlockLayout:
        value = self.text(BLOCK_LAYOUT)
        try:
            return BlockLayout(value)
        except ValueError:
            return BlockLayout(BLOCK_LAYOUT.default)

    @block_layout.setter
    def block_layout(self, value: BlockLayout) -> None:
        self.set_text(BLOCK_LAYOUT, value.value)

    @property
    def last_folder(self) -> Path | None:
        value = self.text(LAST_FOLDER)
        return Path(value) if value else None

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self.set_text(LAST_FOLDER, str(value))

    @property
    def history_name(self) -> str:
        """The name changes are recorded under; "" for the default (a hand-edited file's
        unusable name counts as none)."""
        value = " ".join(self.text(HISTORY_NAME).split())
        return value if value.isprintable() and len(value) <= HISTORY_NAME_LENGTH else ""

    @history_name.setter
    def history_name(self, value: str) -> None:
        self.set_text(HISTORY_NAME, " ".join(value.split()))
