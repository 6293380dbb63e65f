"""Preferences: interface language, release defaults, and where the database is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.records import BlockLayout
from crm_app.ui.dialogs import run_modal
from crm_app.ui.i18n import INTERFACE_LANGUAGES, install_translators, language_name
from crm_app.ui.preferences import SUPPORTED_LANGUAGES, Preferences


class PreferencesDialog(QDialog):
    """Edits the user's Preferences; nothing is stored until OK."""

    def __init__(
        self,
        preferences: Preferences,
        database_location: str,
        release_languages: Sequence[str] = SUPPORTED_LANGUAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._preferences = preferences
        self._language_changed = False

        self._interface = QComboBox()
        self._interface.setObjectName("interfaceLanguage")
        self._interface.addItem("", "")  # follow the system
        for code, own_name in INTERFACE_LANGUAGES.items():
            self._interface.addItem(own_name, code)
        self._release_language = QComboBox()
        self._release_language.setObjectName("defaultReleaseLanguage")
        for code in release_languages:
            self._release_language.addItem(language_name(code), code)
        self._layout = QComboBox()
        self._layout.setObjectName("defaultBlockLayout")
        self._layout.addItem("", BlockLayout.STACKED.value)
        self._layout.addItem("", BlockLayout.INLINE.value)
        self._database = QLineEdit(database_location)
        self._database.setObjectName("databaseLocation")
        self._database.setReadOnly(True)
        self._database.setCursorPosition(0)
        self._database_note = QLabel()
        self._database_note.setWordWrap(True)

        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self._labels,
            (self._interface, self._release_language, self._layout, self._database),
            strict=True,
        ):
            label.setBuddy(field)
        self._interface_note = QLabel()
        self._interface_note.setObjectName("interfaceLanguageNote")
        self._interface_note.setWordWrap(True)
        self._appearance = QGroupBox()
        appearance = QFormLayout(self._appearance)
        appearance.addRow(self._labels[0], self._interface)
        appearance.addRow(self._interface_note)
        self._releases = QGroupBox()
        releases = QFormLayout(self._releases)
        releases.addRow(self._labels[1], self._release_language)
        releases.addRow(self._labels[2], self._layout)
        self._storage = QGroupBox()
        storage = QFormLayout(self._storage)
        storage.addRow(self._labels[3], self._database)
        storage.addRow(self._database_note)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._appearance)
        layout.addWidget(self._releases)
        layout.addWidget(self._storage)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        self._select(self._interface, preferences.interface_language)
        self._select(self._release_language, preferences.release_language)
        self._select(self._layout, preferences.block_layout.value)
        self._retranslate()
        # Wrapped notes need their height for the chosen width, which a plain resize or
        # the layout's minimum size does not ask for.
        width = max(560, self.sizeHint().width())
        self.resize(width, self.heightForWidth(width))

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    # Values

    def interface_language(self) -> str:
        """ "" follows the system; otherwise "en", "fr" or "es"."""
        return str(self._interface.currentData())

    def set_interface_language(self, code: str) -> None:
        self._select(self._interface, code)

    def release_language(self) -> str:
        return str(self._release_language.currentData())

    def block_layout(self) -> BlockLayout:
        return BlockLayout(self._layout.currentData())

    def store(self) -> bool:
        """Write the choices; True when the interface language changed."""
        changed = self.interface_language() != self._preferences.interface_language
        self._preferences.interface_language = self.interface_language()
        self._preferences.release_language = self.release_language()
        self._preferences.block_layout = self.block_layout()
        self._preferences.sync()
        return changed

    def language_changed(self) -> bool:
        """After OK: whether the interface language is now a different one."""
        return self._language_changed

    def accept(self) -> None:
        self._language_changed = self.store()
        super().accept()

    # Translation

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._appearance.setTitle(self.tr("Interface"))
        self._releases.setTitle(self.tr("New releases"))
        self._storage.setTitle(self.tr("Database"))
        self._labels[0].setText(self.tr("Interface &language:"))
        self._labels[1].setText(self.tr("Default release &language:"))
        self._labels[2].setText(self.tr("Default block la&yout:"))
        self._labels[3].setText(self.tr("Location:"))
        self._interface.setItemText(0, self.tr("Same as the system"))
        self._interface.setAccessibleName(self.tr("Interface language"))
        # Not every window rebuilds its texts when the language changes while it is open.
        self._interface_note.setText(
            self.tr("The whole window shows the new language the next time the program starts.")
        )
        self._release_language.setAccessibleName(self.tr("Default language of new releases"))
        for row in range(self._release_language.count()):
            self._release_language.setItemText(
                row, language_name(str(self._release_language.itemData(row)))
            )
        self._layout.setItemText(0, self.tr("Stacked (one detail a line)"))
        self._layout.setItemText(1, self.tr("Inline (one sentence per contact)"))
        self._layout.setAccessibleName(self.tr("Default block layout"))
        self._database.setAccessibleName(self.tr("Database location"))
        self._database_note.setText(
            self.tr("To use another database, start the program with --db or set CRM_DB_URL.")
        )
        for button in self._buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def edit_preferences(
    parent: QWidget | None,
    preferences: Preferences,
    database_location: str,
    release_languages: Sequence[str] = SUPPORTED_LANGUAGES,
) -> bool:
    """Show the dialog; on OK store the choices and switch the interface language at once.

    Returns True when the person pressed OK. Widgets that rebuild their texts on
    LanguageChange follow immediately; the rest do when next created.
    """
    dialog = PreferencesDialog(preferences, database_location, release_languages, parent)
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return False
    app = QCoreApplication.instance()
    if app is not None and dialog.language_changed():
        install_translators(app, preferences.interface_language or None)
    return True
