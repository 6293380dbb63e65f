"""Preferences: interface language, release defaults, and which database to use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.domain.records import BlockLayout
from crm_app.services.common import default_user
from crm_app.services.connection import (
    DEFAULT_PORT,
    DEFAULT_SSL_MODE,
    SSL_MODES,
    ConnectionTest,
    DatabaseSettings,
    ServerAddress,
    check_server,
)
from crm_app.ui.dialogs import run_modal
from crm_app.ui.i18n import INTERFACE_LANGUAGES, install_translators, language_name
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.preferences import HISTORY_NAME_LENGTH, SUPPORTED_LANGUAGES, Preferences
from crm_app.ui.workers import BackgroundTask

# Tests still running when their dialog closed: kept until their thread ends, since a
# connection attempt cannot be interrupted (it lasts at most the test's timeout).
_LEFT_RUNNING: set[BackgroundTask] = set()


def _keep_until_finished(task: BackgroundTask) -> None:
    _LEFT_RUNNING.add(task)

    def ended() -> None:
        _LEFT_RUNNING.discard(task)
        task.deleteLater()

    task.finished.connect(ended)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(task.wait)


def _sentence(text: str) -> str:
    """A service message (lower case, to follow "crm-app: error:") as a sentence."""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "…")) else ".")


class PreferencesDialog(QDialog):
    """Edits the user's Preferences; nothing is stored until OK.

    With `connections`, the Database page also chooses between the embedded file and a
    PostgreSQL server, tests a server off the GUI thread, and keeps a typed password in
    libpq's password file; without, it only shows the database in use.
    """

    def __init__(
        self,
        preferences: Preferences,
        database_location: str,
        release_languages: Sequence[str] = SUPPORTED_LANGUAGES,
        parent: QWidget | None = None,
        connections: DatabaseSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._preferences = preferences
        self._connections = connections
        self._language_changed = False
        self._database_changed = False
        self._opening = False
        self._task: BackgroundTask | None = None
        self._testing: tuple[ServerAddress, str] | None = None

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
        self._database_note.setObjectName("databaseNote")
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

        self._history_name = QLineEdit()
        self._history_name.setObjectName("historyName")
        self._history_name.setMaxLength(HISTORY_NAME_LENGTH)
        self._history_name.setText(preferences.history_name)
        # Empty: what the history records then (CRM_USER, else the OS login).
        self._history_name.setPlaceholderText(default_user())
        self._history_name.setClearButtonEnabled(True)
        self._history_label = QLabel()
        self._history_label.setBuddy(self._history_name)
        self._history_note = QLabel()
        self._history_note.setObjectName("historyNameNote")
        self._history_note.setWordWrap(True)
        self._history_box = QGroupBox()
        history = QFormLayout(self._history_box)
        history.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        history.addRow(self._history_label, self._history_name)
        history.addRow(self._history_note)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self._appearance)
        general_layout.addWidget(self._releases)
        general_layout.addWidget(self._history_box)
        general_layout.addStretch(1)
        database_page = QWidget()
        database_page.setObjectName("databasePage")
        self._database_layout = QVBoxLayout(database_page)
        in_use = QFormLayout()
        in_use.addRow(self._labels[3], self._database)
        self._database_layout.addLayout(in_use)
        if connections is not None:
            self._build_connection(connections)
        self._database_layout.addWidget(self._database_note)
        self._database_layout.addStretch(1)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("preferencesPages")
        self._tabs.addTab(general, "")
        self._tabs.addTab(database_page, "")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._buttons)

        self._select(self._interface, preferences.interface_language)
        self._select(self._release_language, preferences.release_language)
        self._select(self._layout, preferences.block_layout.value)
        self._retranslate()
        # Wrapped notes need their height for the chosen width, which a plain resize or
        # the layout's minimum size does not ask for.
        width = max(560, self.sizeHint().width())
        self.resize(width, self.heightForWidth(width))

    def _fit_height(self) -> None:
        """Grow to show a longer wrapped text (a test's result) whole. Asked of the page:
        QTabWidget's own height-for-width leaves out part of its frame."""
        page = self._tabs.currentWidget()
        missing = page.heightForWidth(page.width()) - page.height()
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    def _build_connection(self, connections: DatabaseSettings) -> None:
        self._embedded = QRadioButton()
        self._embedded.setObjectName("databaseEmbedded")
        self._server = QRadioButton()
        self._server.setObjectName("databaseServer")
        self._kind = QButtonGroup(self)
        self._kind.addButton(self._embedded)
        self._kind.addButton(self._server)
        self._host = QLineEdit()
        self._host.setObjectName("databaseHost")
        self._port = QSpinBox()
        self._port.setObjectName("databasePort")
        self._port.setRange(1, 65535)
        self._port.setValue(DEFAULT_PORT)
        self._name = QLineEdit()
        self._name.setObjectName("databaseName")
        self._user = QLineEdit()
        self._user.setObjectName("databaseUser")
        self._password = QLineEdit()
        self._password.setObjectName("databasePassword")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_note = QLabel()
        self._password_note.setObjectName("databasePasswordNote")
        self._password_note.setWordWrap(True)
        self._ssl = QComboBox()
        self._ssl.setObjectName("databaseSslMode")
        for mode in SSL_MODES:
            self._ssl.addItem(mode, mode)
        self._test_button = QPushButton()
        self._test_button.setObjectName("testDatabase")
        self._test_button.clicked.connect(self.test_connection)
        self._result = QLabel()
        self._result.setObjectName("databaseTestResult")
        self._result.setWordWrap(True)
        self._result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._server_labels = [QLabel() for _ in range(6)]
        fields: list[QWidget] = [
            self._host,
            self._port,
            self._name,
            self._user,
            self._password,
            self._ssl,
        ]
        for label, field in zip(self._server_labels, fields, strict=True):
            label.setBuddy(field)

        self._server_fields = QWidget()
        self._server_fields.setObjectName("databaseServerFields")
        form = QFormLayout(self._server_fields)
        # Indented under its radio button, so the fields read as its details.
        form.setContentsMargins(24, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._server_labels[0], self._host)
        form.addRow(self._server_labels[1], self._port)
        form.addRow(self._server_labels[2], self._name)
        form.addRow(self._server_labels[3], self._user)
        form.addRow(self._server_labels[4], self._password)
        form.addRow(self._password_note)
        form.addRow(self._server_labels[5], self._ssl)
        test_row = QHBoxLayout()
        test_row.addWidget(self._test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self._result)

        self._database_layout.addWidget(self._embedded)
        self._database_layout.addWidget(self._server)
        self._database_layout.addWidget(self._server_fields)

        saved = connections.saved()
        self._initial: ServerAddress | None = saved
        if saved is not None:
            self._host.setText(saved.host)
            self._port.setValue(saved.port)
            self._name.setText(saved.database)
            self._user.setText(saved.user)
        self._select(self._ssl, saved.ssl_mode if saved is not None else DEFAULT_SSL_MODE)
        (self._server if saved is not None else self._embedded).setChecked(True)
        self._server_fields.setEnabled(saved is not None)
        self._server.toggled.connect(self._kind_changed)
        for line in (self._host, self._name, self._user, self._password):
            line.textChanged.connect(self._fields_changed)
        self._port.valueChanged.connect(self._fields_changed)
        self._ssl.currentIndexChanged.connect(self._fields_changed)

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

    def history_name(self) -> str:
        """ "" records changes under the login name."""
        return " ".join(self._history_name.text().split())

    def set_history_name(self, name: str) -> None:
        self._history_name.setText(name)

    def show_database_page(self) -> None:
        self._tabs.setCurrentIndex(1)

    def open_on_ok(self) -> None:
        """Say that OK opens the chosen database at once (the one in use could not open)."""
        self._opening = True
        self._retranslate_database()

    def chosen_server(self) -> ServerAddress | None:
        """The server the Database page names; None when the embedded file is chosen."""
        if self._connections is None or not self._server.isChecked():
            return None
        return ServerAddress(
            host=self._host.text().strip(),
            port=self._port.value(),
            database=self._name.text().strip(),
            user=self._user.text().strip(),
            ssl_mode=str(self._ssl.currentData()),
        )

    def database_changed(self) -> bool:
        """After OK: whether the chosen database differs from the one in use now."""
        return self._database_changed

    def store(self) -> bool:
        """Write the choices; True when the interface language changed."""
        changed = self.interface_language() != self._preferences.interface_language
        self._preferences.interface_language = self.interface_language()
        self._preferences.release_language = self.release_language()
        self._preferences.block_layout = self.block_layout()
        self._preferences.history_name = self.history_name()
        self._preferences.sync()
        return changed

    def _store_database(self) -> bool:
        """Keep the database choice (and a typed password, in the password file only).
        False, with the reason shown, when it cannot be kept."""
        connections = self._connections
        if connections is None:
            return True
        server = self.chosen_server()
        password = self._password.text() if server is not None else ""
        if server is not None:
            problem = check_server(server, password)
            if problem is not None:
                self._show_result(problem)
                return False
        if server == self._initial and not password:
            return True  # nothing new: an unreadable saved file is left for the person
        try:
            connections.save(server, password)
        except CrmError as exc:
            self.show_database_page()
            self._result.setText(_sentence(tr_error(exc)))
            return False
        self._database_changed = not connections.is_in_use(server)
        return True

    def accept(self) -> None:
        if not self._store_database():
            return
        self._language_changed = self.store()
        super().accept()

    def language_changed(self) -> bool:
        """After OK: whether the interface language is now a different one."""
        return self._language_changed

    # The Database page

    def _kind_changed(self) -> None:
        self._server_fields.setEnabled(self._server.isChecked())
        self._result.clear()
        if self._server.isChecked() and not self._host.text():
            self._host.setFocus()

    def _fields_changed(self) -> None:
        # A result belongs to the fields it was found for.
        if self._testing is None:
            self._result.clear()
        self._update_password_note()

    def _update_password_note(self) -> None:
        connections = self._connections
        server = self.chosen_server()
        if connections is None:
            return
        file = str(connections.password_file())
        if server is not None and not self._password.text() and connections.has_password(server):
            text = self.tr(
                "A password for this server is kept in {file}; type one only to change it."
            )
        else:
            text = self.tr(
                "Kept in {file}, where psql and other PostgreSQL programs find it too;"
                " never in the settings."
            )
        self._password_note.setText(text.format(file=file))

    def test_connection(self) -> None:
        """Try the server named by the fields, off the GUI thread; the result shows below."""
        connections = self._connections
        server = self.chosen_server()
        if connections is None or server is None or self._task is not None:
            return
        password = self._password.text()
        problem = check_server(server, password)
        if problem is not None:
            self._show_result(problem)
            return
        self._testing = (server, password)
        self._test_button.setEnabled(False)
        self._result.setText(
            self.tr("Connecting to {host}, port {port}…").format(host=server.host, port=server.port)
        )
        task = BackgroundTask(lambda _progress, _cancelled: connections.test(server, password))
        task.succeeded.connect(self._tested)
        task.failed.connect(self._test_failed)
        task.finished.connect(self._test_finished)
        self._task = task
        task.start()

    def is_testing(self) -> bool:
        return self._task is not None

    def _tested(self, result: object) -> None:
        assert isinstance(result, ConnectionTest)
        if self._testing == (self.chosen_server(), self._password.text()):
            self._show_result(result)
        else:
            self._result.clear()  # the fields changed while it ran

    def _test_failed(self, message: str) -> None:
        self._result.setText(_sentence(message))
        # Once the label has taken its new text into its size (a posted layout request).
        QTimer.singleShot(0, self, self._fit_height)

    def _test_finished(self) -> None:
        task = self._task
        self._task = None
        self._testing = None
        self._test_button.setEnabled(True)
        if task is not None:
            task.deleteLater()

    def _show_result(self, result: ConnectionTest) -> None:
        self.show_database_page()
        self._result.setText(_sentence(tr_message(result.message)))
        # Once the label has taken its new text into its size (a posted layout request).
        QTimer.singleShot(0, self, self._fit_height)
        widgets: dict[str, QWidget] = {
            "host": self._host,
            "port": self._port,
            "database": self._name,
            "user": self._user,
            "password": self._password,
            "ssl_mode": self._ssl,
        }
        if result.fields:
            widgets[result.fields[0]].setFocus()

    def done(self, result: int) -> None:
        task = self._task
        if task is not None:
            # Its answer has nowhere to go now; the thread ends on its own.
            for signal in (task.succeeded, task.failed, task.finished):
                signal.disconnect()
            _keep_until_finished(task)
            self._task = None
        super().done(result)

    # Translation

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._tabs.setTabText(0, self.tr("General"))
        self._tabs.setTabText(1, self.tr("Database"))
        self._tabs.setAccessibleName(self.tr("Preference pages"))
        self._appearance.setTitle(self.tr("Interface"))
        self._releases.setTitle(self.tr("New releases"))
        self._labels[0].setText(self.tr("Interface &language:"))
        self._labels[1].setText(self.tr("Default release &language:"))
        self._labels[2].setText(self.tr("Default block la&yout:"))
        self._labels[3].setText(self.tr("In use now:"))
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
        self._history_box.setTitle(self.tr("History"))
        self._history_label.setText(self.tr("Your &name in the history:"))
        self._history_name.setAccessibleName(self.tr("Your name in the history"))
        self._history_note.setText(
            self.tr(
                "Every change you make is recorded under this name. Left empty, your login"
                " name is used."
            )
        )
        self._database.setAccessibleName(self.tr("Database location"))
        self._retranslate_database()
        for button in self._buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def _retranslate_database(self) -> None:
        connections = self._connections
        if connections is None:
            self._database_note.setText(
                self.tr("To use another database, start the program with --db or set CRM_DB_URL.")
            )
            return
        self._embedded.setText(self.tr("The &file on this computer, for one person"))
        self._server.setText(self.tr("A PostgreSQL &server, shared by a team"))
        for label, text in zip(
            self._server_labels,
            (
                self.tr("&Host:"),
                self.tr("P&ort:"),
                self.tr("&Database:"),
                self.tr("&User:"),
                self.tr("Pass&word:"),
                self.tr("SSL &mode:"),
            ),
            strict=True,
        ):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":\u00a0 "))
        self._embedded.setAccessibleName(self._embedded.text().replace("&", ""))
        self._server.setAccessibleName(self._server.text().replace("&", ""))
        descriptions = {
            "disable": self.tr("never encrypted"),
            "allow": self.tr("encrypted only if the server insists"),
            "prefer": self.tr("encrypted when the server offers it"),
            "require": self.tr("always encrypted, certificate not checked"),
            "verify-ca": self.tr("always encrypted, certificate checked"),
            "verify-full": self.tr("always encrypted, certificate and host name checked"),
        }
        for row in range(self._ssl.count()):
            mode = str(self._ssl.itemData(row))
            self._ssl.setItemText(
                row,
                self.tr("{mode}: {description}").format(mode=mode, description=descriptions[mode]),
            )
        self._test_button.setText(self.tr("&Test Connection"))
        self._test_button.setAccessibleName(self.tr("Test Connection"))
        self._result.setAccessibleName(self.tr("Result of the connection test"))
        self._update_password_note()
        if self._opening:
            note = self.tr("OK opens the chosen database.")
        elif connections.overridden_by is not None:
            note = self.tr(
                "This window uses the database that {source} names, which comes before this"
                " choice; the choice applies when the program starts without it."
            ).format(source=connections.overridden_by)
        else:
            note = self.tr(
                "A new choice applies the next time the program starts, or at once if you"
                " say so after OK."
            )
        self._database_note.setText(note)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


@dataclass(frozen=True, slots=True)
class Edited:
    """What OK in the Preferences changed that the window acts on."""

    database_changed: bool  # another database is chosen than the one in use


def edit_preferences(
    parent: QWidget | None,
    preferences: Preferences,
    database_location: str,
    release_languages: Sequence[str] = SUPPORTED_LANGUAGES,
    connections: DatabaseSettings | None = None,
) -> Edited | None:
    """Show the dialog; on OK store the choices and switch the interface language at once.

    Returns None when the person cancelled. Widgets that rebuild their texts on
    LanguageChange follow immediately; the rest do when next created.
    """
    dialog = PreferencesDialog(
        preferences, database_location, release_languages, parent, connections
    )
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    app = QCoreApplication.instance()
    if app is not None and dialog.language_changed():
        install_translators(app, preferences.interface_language or None)
    return Edited(database_changed=dialog.database_changed())


def ask_to_switch_database(parent: QWidget) -> bool:
    """Whether to switch to the newly chosen database now, rather than at the next start."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PreferencesDialog", "Switch Database"),
        QCoreApplication.translate(
            "PreferencesDialog",
            "Switch to the chosen database now? The window closes and opens again on it,"
            " after asking about any unsaved changes. Otherwise the switch happens the next"
            " time the program starts.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
