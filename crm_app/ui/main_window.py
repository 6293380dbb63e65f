"""The main window: a navigation column of sections, menus, shortcuts, undo, and window state.

Everything it shows comes from the `Services` it is given; it keeps no globals. Sections
are listed once in `_build_sections`; navigation, the View menu and Ctrl+1… follow.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from crm_app.services.changes import Changes
from crm_app.services.connection import DatabaseSettings
from crm_app.services.container import Services
from crm_app.ui.contacts_section import ContactsSection
from crm_app.ui.dialogs import run_modal, unattended
from crm_app.ui.file_drops import (
    VCARD_SUFFIXES,
    accept_sheet_drops,
    accept_vcard_drops,
    file_problem,
)
from crm_app.ui.live_updates import LiveUpdates
from crm_app.ui.messages import tr_message
from crm_app.ui.models.contact_table_model import CONTACT_ID_ROLE
from crm_app.ui.offices_section import OfficesSection
from crm_app.ui.preferences import (
    CURRENT_SECTION,
    NAVIGATION_SPLITTER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Preferences,
)
from crm_app.ui.releases import ReleasesSection
from crm_app.ui.section import Section
from crm_app.ui.undo import UndoStack
from crm_app.ui.widgets import scaled_font

# The dialogs load when first opened, not with the window (they are a fifth of its imports).
if TYPE_CHECKING:
    from crm_app.services.release_import import ReleaseTextImport
    from crm_app.ui.about import AboutDialog
    from crm_app.ui.release_import_dialog import ReleaseImportDialog
    from crm_app.ui.sheet_dialogs import SheetImportDialog
    from crm_app.ui.vcard_dialogs import ImportDialog

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000
# Undo reaches this many changes back; older ones are let go, so a window left open for
# weeks does not keep every record it ever changed.
UNDO_LIMIT = 100
DEFAULT_SIZE = QSize(1280, 800)
# A first start takes this share of the screen's free area, up to MAXIMUM_FIRST_SIZE.
SCREEN_SHARE = 0.85
MAXIMUM_FIRST_SIZE = QSize(1600, 1000)


def services_keep_backups(services: Services) -> bool:
    """Backups are kept of a SQLite file; a server database has its own."""
    return services.maintenance.is_file()


def _shortcut(standard: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's key for a standard action; some platforms have none for Quit."""
    sequence = QKeySequence(standard)
    return sequence if not sequence.isEmpty() else QKeySequence(fallback)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        parent: QWidget | None = None,
        connections: DatabaseSettings | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The data folder, for Help → About (None: the window was given none to show).
        self._data_dir = data_dir
        self._services = services
        self._preferences = preferences
        # The database choice of Preferences → Database (None: the window only shows it).
        self._connections = connections
        self._import_dialog: ImportDialog | None = None
        self._release_import_dialog: ReleaseImportDialog | None = None
        self._sheet_import_dialog: SheetImportDialog | None = None
        # Files given on the command line still to import, and the message about one that
        # cannot be (each waits for the previous dialog to close).
        self._files_to_open: deque[Path] = deque()
        self._file_message: QMessageBox | None = None
        # The backup to restore once this window has closed (see app/gui.py).
        self.requested_restore: str | None = None
        # Whether to open again once closed, on the database now chosen in Preferences.
        self.requested_reopen = False
        # Closing with no one to answer questions (see close_without_questions).
        self._unattended = False
        self._apply_history_name()
        self.undo_stack = UndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        # Started before the sections read anything: a change made meanwhile is not missed.
        self.live = LiveUpdates(services.changes, self)
        self.live.start()
        title = self.tr("Press Contacts — {database}").format(database=services.database_name)
        if services.maintenance.is_damaged():
            title += " " + self.tr("(damaged, read-only)")
        self.setWindowTitle(title)

        self.contacts = ContactsSection(services, preferences, self.undo_stack)
        self.offices = OfficesSection(services, preferences, self.undo_stack)
        self.releases = ReleasesSection(services, preferences, self.undo_stack)
        self._sections: list[Section] = self._build_sections()

        self._navigation = QListWidget(self)
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Sections"))
        self._navigation.setFrameShape(QFrame.Shape.NoFrame)
        self._navigation.setFont(scaled_font(self._navigation, 1.1))
        self._style_navigation()
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("sections")
        row_height = self._navigation.fontMetrics().height() + 14
        for section in self._sections:
            item = QListWidgetItem(section.title(), self._navigation)
            item.setSizeHint(QSize(0, row_height))
            self._stack.addWidget(section)
        self._navigation.setCurrentRow(0)
        self._navigation.currentRowChanged.connect(self._navigate)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._navigation)
        self._splitter.addWidget(self._stack)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        # Wide enough for the longest section name in this language ("Communiqués"), plus
        # the item padding on both sides.
        metrics = self._navigation.fontMetrics()
        navigation_width = max(
            metrics.averageCharWidth() * 12,
            *(metrics.horizontalAdvance(section.title()) + 40 for section in self._sections),
        )
        # A remembered splitter (or a drag) can never make the labels elide.
        self._navigation.setMinimumWidth(navigation_width)
        self._splitter.setSizes([navigation_width, DEFAULT_SIZE.width() - navigation_width])
        self.setCentralWidget(self._splitter)

        self._build_actions()
        self._build_menus()
        for section in self._sections:
            section.status_message.connect(self._show_status)
            section.actions_changed.connect(self._update_actions)
            section.dirty_changed.connect(self._update_actions)
            section.data_changed.connect(self._reload_others)
            section.open_contact_requested.connect(self.open_contact)
        self.live.changed.connect(self._outside_changes)
        self.contacts.import_requested.connect(lambda: self.import_vcards(None))
        self.contacts.open_release_requested.connect(self.open_release)
        # Dropping a .vcf file on the window starts the same import as File → Import.
        accept_vcard_drops(self, self.import_vcards)
        accept_sheet_drops(self, self.import_spreadsheet)
        self.statusBar().setObjectName("statusBar")
        self._restore_state()
        self._update_actions()

    def _style_navigation(self) -> None:
        # A sidebar that reads as part of the window. Palette roles only, so it follows the
        # system's colours, dark mode included; set again when the palette changes, because
        # a style sheet resolves palette() once.
        self._navigation.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 6px;"
            " outline: 0; }"
            "QListWidget#navigation::item { padding-left: 14px; border: none; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_navigation"):
            self._style_navigation()

    def _build_sections(self) -> list[Section]:
        """The navigation column, top to bottom. A new section is one more entry here."""
        return [self.contacts, self.offices, self.releases]

    # Actions and menus

    def _action(self, text: str, object_name: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(object_name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New"), "actionNew", self._new_record)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.save_action = self._action(self.tr("&Save"), "actionSave", self._save)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.import_action = self._action(
            self.tr("&Import vCards…"), "actionImportVCards", lambda: self.import_vcards(None)
        )
        self.import_release_action = self._action(
            self.tr("Import from &Release Text…"),
            "importReleaseText",
            self.import_release_text,
        )
        self.import_release_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.export_action = self._action(
            self.tr("&Export vCards…"), "actionExportVCards", self.export_vcards
        )
        self.import_sheet_action = self._action(
            self.tr("Import from &Spreadsheet (CSV, Excel)…"),
            "actionImportSpreadsheet",
            lambda: self.import_spreadsheet(None),
        )
        self.export_sheet_action = self._action(
            self.tr("Export to Sprea&dsheet…"), "actionExportSpreadsheet", self.export_spreadsheet
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), "actionPreferences", self._edit_preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.sample_action = self._action(
            self.tr("Load S&ample Data"), "actionLoadSampleData", self._load_sample_data
        )
        self.restore_backup_action = self._action(
            self.tr("Restore a &Backup…"), "actionRestoreBackup", self.restore_backup
        )
        self.restore_backup_action.setEnabled(services_keep_backups(self._services))
        self.quit_action = self._action(self.tr("&Quit"), "actionQuit", self.close)
        self.quit_action.setShortcut(_shortcut(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        # The stack's own actions keep their text ("Undo Delete Kieran Best") and enabled
        # state in step; only what triggering them does is ours, to ask about unsaved edits.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.undo)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.redo)
        self.redo_action.setShortcut(_shortcut(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self.delete_action = self._action(self.tr("&Delete"), "actionDelete", self._delete)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete acts on the list that has the focus; in a text field the key edits the text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for section in self._sections:
            target = section.delete_key_target()
            if target is not None:
                target.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("&Restore"), "actionRestore", self._restore)
        self.find_action = self._action(self.tr("&Find"), "actionFind", self._find)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

        self.section_actions = QActionGroup(self)
        self.section_actions.setExclusive(True)
        self._section_actions: list[QAction] = []
        for number, section in enumerate(self._sections, start=1):
            action = QAction(section.title(), self.section_actions)
            action.setObjectName(f"actionShow{section.key.title()}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_section(row))
            self._section_actions.append(action)
        self._section_actions[0].setChecked(True)

        self.about_action = self._action(
            self.tr("&About Press Contacts"), "actionAbout", self.about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(
            self.tr("About &Qt"), "actionAboutQt", lambda: QMessageBox.aboutQt(self)
        )
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_sheet_action)
        file_menu.addAction(self.import_release_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_sheet_action)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.restore_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addActions(self._section_actions)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _update_actions(self) -> None:
        section = self.current_section()
        self.new_action.setText(section.new_record_label())
        self.save_action.setEnabled(section.can_save() and section.is_dirty())
        self.delete_action.setEnabled(section.can_delete())
        self.restore_action.setEnabled(section.can_restore())
        self.import_action.setEnabled(self._import_dialog is None)
        self.import_sheet_action.setEnabled(self._sheet_import_dialog is None)
        self.sample_action.setEnabled(not self.contacts.loading_sample_data())

    # Sections

    def current_section(self) -> Section:
        return self._sections[self._stack.currentIndex()]

    def show_section(self, row: int) -> bool:
        """Switch sections, asking first about unsaved edits; False if the person stayed."""
        if row == self._stack.currentIndex():
            return True
        if not self.current_section().can_leave():
            self._navigation.blockSignals(True)
            self._navigation.setCurrentRow(self._stack.currentIndex())
            self._navigation.blockSignals(False)
            self._section_actions[self._stack.currentIndex()].setChecked(True)
            return False
        self._stack.setCurrentIndex(row)
        self._navigation.blockSignals(True)
        self._navigation.setCurrentRow(row)
        self._navigation.blockSignals(False)
        self._section_actions[row].setChecked(True)
        self._update_actions()
        return True

    def _navigate(self, row: int) -> None:
        self.show_section(row)

    def _reload_others(self) -> None:
        sender = self.sender()
        for section in self._sections:
            if section is not sender and not section.is_dirty():
                section.reload()

    def _outside_changes(self, changes: object) -> None:
        """Other users changed records: every section shows them as they are now."""
        assert isinstance(changes, Changes)
        for section in self._sections:
            section.outside_changes(changes)
        self._update_actions()

    def open_contact(self, contact_id: int) -> None:
        """Show a contact (a release's warning links here)."""
        if self.show_section(self._sections.index(self.contacts)):
            self.contacts.open_contact(contact_id)

    def open_release(self, release_id: int) -> None:
        """Show a release (a contact's card lists those that cite the contact)."""
        if self.show_section(self._sections.index(self.releases)):
            self.releases.open_release(release_id)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # Commands

    def _new_record(self) -> None:
        self.current_section().new_record()

    def _save(self) -> None:
        self.current_section().save()

    def _delete(self) -> None:
        self.current_section().delete_current()

    def _restore(self) -> None:
        self.current_section().restore_current()

    def _find(self) -> None:
        self.current_section().focus_search()

    def undo(self) -> None:
        # An undo changes stored records; unsaved edits in a form must not silently go stale.
        if self.current_section().can_leave():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.current_section().can_leave():
            self.undo_stack.redo()

    def _load_sample_data(self) -> None:
        if self.show_section(self._sections.index(self.contacts)):
            self.contacts.load_sample_data()

    def import_vcards(self, path: Path | None = None) -> None:
        """A preview of what would be created, updated and skipped, then the import."""
        if self._import_dialog is not None:
            self._import_dialog.raise_()
            return
        from crm_app.ui.vcard_dialogs import start_vcard_import

        dialog = start_vcard_import(
            self, self._services.vcards, path, folder=self._preferences.last_folder
        )
        dialog.imported.connect(lambda _report: self._import_finished())
        dialog.folder_chosen.connect(self._remember_folder)
        dialog.finished.connect(self._import_dialog_closed)
        self._import_dialog = dialog
        self._update_actions()

    def _import_dialog_closed(self) -> None:
        self._import_dialog = None
        self._update_actions()
        self._open_next_file_soon()

    def import_spreadsheet(self, path: Path | None = None) -> None:
        """The columns mapped, a preview of what would change, then the import."""
        if self._sheet_import_dialog is not None:
            self._sheet_import_dialog.raise_()
            return
        from crm_app.ui.sheet_dialogs import start_sheet_import

        dialog = start_sheet_import(
            self, self._services.spreadsheets, path, folder=self._preferences.last_folder
        )
        dialog.imported.connect(lambda _report: self._import_finished())
        dialog.folder_chosen.connect(self._remember_folder)
        dialog.finished.connect(self._sheet_import_dialog_closed)
        self._sheet_import_dialog = dialog
        self._update_actions()

    def _sheet_import_dialog_closed(self) -> None:
        self._sheet_import_dialog = None
        self._update_actions()
        self._open_next_file_soon()

    def open_files(self, paths: Sequence[Path]) -> None:
        """Import files given on the command line (what a file manager's Open With passes):
        a vCard through the vCard import's preview, a spreadsheet through the spreadsheet
        import, one after the other, each once the previous one's dialog has closed. A file
        that cannot be imported is named, with the reason, and the next one follows."""
        log.info("%d file(s) to open", len(paths))
        self._files_to_open.extend(paths)
        self._open_next_file()

    def files_waiting(self) -> list[Path]:
        """The files given to open_files that are not opened yet."""
        return list(self._files_to_open)

    def _open_next_file_soon(self) -> None:
        # Once the closing dialog is gone, not from inside its finished signal.
        QTimer.singleShot(0, self, self._open_next_file)

    def _open_next_file(self) -> None:
        busy = (self._import_dialog, self._sheet_import_dialog, self._file_message)
        if any(dialog is not None for dialog in busy) or not self._files_to_open:
            return
        path = self._files_to_open.popleft()
        problem = file_problem(path)
        if problem is not None:
            self._cannot_open_file(path, problem)
        elif path.suffix.lower() in VCARD_SUFFIXES:
            self.import_vcards(path)
        else:
            self.import_spreadsheet(path)

    def _cannot_open_file(self, path: Path, problem: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot Open a File"),
            self.tr("“{name}” cannot be imported.").format(name=path.name),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("cannotOpenFile")
        box.setInformativeText(problem + "\n\n" + str(path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._file_message_closed)
        self._file_message = box
        box.open()

    def _file_message_closed(self) -> None:
        self._file_message = None
        self._open_next_file_soon()

    def import_release_text(self) -> ReleaseImportDialog:
        """The people of a published release's contact block, matched, then imported."""
        if self._release_import_dialog is not None:
            self._release_import_dialog.raise_()
            self._release_import_dialog.activateWindow()
            return self._release_import_dialog
        from crm_app.ui.data_language import PhoneFormat
        from crm_app.ui.release_import_dialog import ReleaseImportDialog

        dialog = ReleaseImportDialog(
            self._services.release_texts,
            PhoneFormat(self._services.templates),
            self._preferences,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._release_imported)
        dialog.finished.connect(self._release_import_closed)
        self._release_import_dialog = dialog
        dialog.open()
        return dialog

    def _release_import_closed(self) -> None:
        self._release_import_dialog = None

    def _release_imported(self, result: ReleaseTextImport) -> None:
        from crm_app.services.importing import OutcomeKind

        counts = {kind: len(result.of_kind(kind)) for kind in OutcomeKind}
        text = (
            self.tr("Release “{title}” imported")
            if result.release_created
            else self.tr("Release “{title}” was already here; its contacts were brought up to date")
        ).format(title=result.title)
        self._show_status(
            self.tr(
                "{what}. New contacts: {created}, updated: {updated}, unchanged: {unchanged}, "
                "skipped: {skipped}."
            ).format(
                what=text,
                created=counts[OutcomeKind.CREATED],
                updated=counts[OutcomeKind.UPDATED],
                unchanged=counts[OutcomeKind.UNCHANGED],
                skipped=counts[OutcomeKind.SKIPPED],
            )
        )
        self._import_finished()
        if result.release_id is not None:
            self.open_release(result.release_id)

    def export_vcards(self) -> None:
        rows = self.contacts.view.selectionModel().selectedRows(0)
        release = self.releases.current_release()
        from crm_app.ui.vcard_dialogs import ExportDialog

        dialog = ExportDialog(
            self._services.vcards,
            selection_ids=[int(index.data(CONTACT_ID_ROLE)) for index in rows],
            release_id=release.id if release is not None else None,
            release_title=release.title if release is not None else "",
            folder=self._preferences.last_folder,
            parent=self,
        )
        dialog.folder_chosen.connect(self._remember_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_spreadsheet(self) -> None:
        rows = self.contacts.view.selectionModel().selectedRows(0)
        release = self.releases.current_release()
        from crm_app.ui.sheet_dialogs import SheetExportDialog

        dialog = SheetExportDialog(
            self._services.spreadsheets,
            selection_ids=[int(index.data(CONTACT_ID_ROLE)) for index in rows],
            release_id=release.id if release is not None else None,
            release_title=release.title if release is not None else "",
            folder=self._preferences.last_folder,
            parent=self,
        )
        dialog.folder_chosen.connect(self._remember_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _remember_folder(self, folder: Path) -> None:
        """The next file dialog starts where the person last went."""
        self._preferences.last_folder = folder

    def restore_backup(self) -> None:
        """Choose a backup; this window then closes, and the database is restored and
        opened again in a new one (a restore needs the file closed)."""
        from crm_app.ui.backup_dialog import RestoreBackupDialog

        damage = self._services.maintenance.damage()
        dialog = RestoreBackupDialog(
            self._services.maintenance, tr_message(damage) if damage else "", self
        )
        accepted = run_modal(dialog) == QDialog.DialogCode.Accepted
        backup = dialog.chosen()
        if not accepted:
            return
        if backup is not None:
            self.request_restore(backup.name)

    def request_restore(self, name: str) -> bool:
        """Close to restore `name`; False if the person kept the window (unsaved edits)."""
        self.requested_restore = name
        if not self.close():
            self.requested_restore = None
            return False
        return True

    def request_reopen(self) -> bool:
        """Close to open again on the chosen database; False if the person kept the window."""
        self.requested_reopen = True
        if not self.close():
            self.requested_reopen = False
            return False
        return True

    def _edit_preferences(self) -> None:
        from crm_app.ui.preferences_dialog import ask_to_switch_database, edit_preferences

        edited = edit_preferences(
            self,
            self._preferences,
            self._services.database_name,
            self._services.releases.languages(),
            self._connections,
        )
        if edited is None:
            return
        self._apply_history_name()
        self.releases.apply_preferences(self._preferences)
        connections = self._connections
        if (
            edited.database_changed
            and connections is not None
            and connections.overridden_by is None
            and ask_to_switch_database(self)
        ):
            self.request_reopen()

    def _apply_history_name(self) -> None:
        """Record the next changes under the name set in Preferences (or the login)."""
        self._services.actor.set(self._preferences.history_name or None)

    def _import_finished(self) -> None:
        for section in self._sections:
            if not section.is_dirty():
                section.reload()
        self._update_actions()

    def about(self) -> AboutDialog:
        """Help → About: versions, where the data is, the licence; Copy for a bug report."""
        from crm_app.ui.about import AboutDialog, ProgramFacts

        facts = ProgramFacts.gather(self._services.maintenance.engine(), self._data_dir)
        dialog = AboutDialog(facts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Window state

    def _restore_state(self) -> None:
        geometry = self._preferences.data(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        state = self._preferences.data(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self._preferences.data(NAVIGATION_SPLITTER)
        if not splitter.isEmpty():
            self._splitter.restoreState(splitter)
        for section in self._sections:
            section.restore_state(self._preferences)
        keys = [section.key for section in self._sections]
        remembered = self._preferences.text(CURRENT_SECTION)
        if remembered in keys:
            self.show_section(keys.index(remembered))

    def _default_size(self) -> QSize:
        """A comfortable share of the screen, never more than the screen nor less than the
        window's minimum (a small screen then gets its whole free area)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size()
        wanted = (available * SCREEN_SHARE).boundedTo(MAXIMUM_FIRST_SIZE)
        return wanted.expandedTo(self.minimumSizeHint()).boundedTo(available)

    def save_state(self) -> None:
        self._preferences.set_data(WINDOW_GEOMETRY, self.saveGeometry())
        self._preferences.set_data(WINDOW_STATE, self.saveState())
        self._preferences.set_data(NAVIGATION_SPLITTER, self._splitter.saveState())
        self._preferences.set_text(CURRENT_SECTION, self.current_section().key)
        for section in self._sections:
            section.save_state(self._preferences)
        self._preferences.sync()

    def close_without_questions(self) -> bool:
        """Close as Quit does, for when no one can answer a question (the program was told
        to stop: SIGTERM, Ctrl+C in its terminal). Unsaved edits are saved, as Save would
        save them, rather than dropped; where Save would ask, the answer is the one that
        keeps the work (a possible duplicate is added anyway). Edits that cannot be saved
        (a field the checks refuse, or a field someone else changed meanwhile) are lost,
        and the log says in which section. Window state and settings are kept as on Quit."""
        self._unattended = True
        with unattended():
            for section in self._sections:
                if section.is_dirty() and not section.save():
                    log.warning(
                        "closing without questions: the unsaved edits in %s could not be saved",
                        section.key,
                    )
            return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._unattended and not all(section.can_leave() for section in self._sections):
            event.ignore()
            return
        self._files_to_open.clear()  # none opens once the window is gone
        if self._import_dialog is not None:
            # Closing the dialog cancels its work, which rolls the import back.
            self._import_dialog.close()
        if self._release_import_dialog is not None:
            self._release_import_dialog.close()
        if self._sheet_import_dialog is not None:
            self._sheet_import_dialog.close()
        self.live.stop()  # its listener's connection closes with the database
        for section in self._sections:
            section.finish_work()  # their workers use the database, which closes next
        self.save_state()
        event.accept()
