"""The Offices section: the office list with a filter box, and the office editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError, NotFoundError
from crm_app.domain.records import Office
from crm_app.services.changes import Changes
from crm_app.services.container import Services
from crm_app.ui.dialogs import show_error
from crm_app.ui.history_view import confirm_restore_version
from crm_app.ui.messages import tr_error
from crm_app.ui.models.office_table_model import OFFICE_ID_ROLE, OfficeColumn, OfficeTableModel
from crm_app.ui.office_editor import OfficeEditor
from crm_app.ui.preferences import Preferences
from crm_app.ui.section import (
    ListDetailSection,
    column_fitter,
    keeping_place,
    make_list_view,
    search_bar,
    select_row,
    set_column_widths,
)
from crm_app.ui.undo import EditOfficeCommand, PresenceCommand, RevertOfficeCommand, UndoStack
from crm_app.ui.widgets import count_label, secondary


class OfficesSection(ListDetailSection):
    key = "offices"

    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        undo_stack: UndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self._language = preferences.data_language
        self._model = OfficeTableModel(self._language, self)
        # Offices are few: filtering the loaded list in memory is instant.
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setFilterKeyColumn(-1)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("officesSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._build_list_pane())
        self._editor = OfficeEditor(services, self._language, self._splitter)
        self._editor.setObjectName("officeEditor")
        self._splitter.addWidget(self._editor)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)
        self.detail, self.splitter, self.list_view = self._editor, self._splitter, self._view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

        self._editor.dirty_changed.connect(self.dirty_changed)
        self._editor.dirty_changed.connect(self.actions_changed)
        self._editor.saved.connect(self._on_saved)
        self._editor.stored_changed.connect(self.record_changed)
        self._editor.restore_version_requested.connect(self.restore_version)
        # Read when first shown (the window opens on its contacts), and after a change made
        # while hidden, when shown again.
        self._needs_reading = True

    def _build_list_pane(self) -> QWidget:
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        self._search, self._new, top = search_bar(
            pane,
            ("searchOffices", "newOffice"),
            (self.tr("Filter offices"), self.tr("Filter by name, country, city…")),
            self.tr("New office"),
        )
        self._search.textChanged.connect(self._proxy.setFilterFixedString)
        self._search.textChanged.connect(self._update_count)
        self._new.clicked.connect(self.new_record)
        layout.addLayout(top)

        self._view = make_list_view(pane, "officeList", self.tr("Offices"))
        self._view.setModel(self._proxy)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(OfficeColumn.NAME, Qt.SortOrder.AscendingOrder)
        set_column_widths(
            self._view,
            {
                OfficeColumn.NAME: 22,
                OfficeColumn.COUNTRY: 14,
                OfficeColumn.CITY: 12,
                OfficeColumn.KIND: 16,
            },
        )
        self._view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        layout.addWidget(self._view, 1)
        self._count = secondary(QLabel(pane))
        self._count.setObjectName("officeCount")
        layout.addWidget(self._count)
        return pane

    # Section

    def title(self) -> str:
        return self.tr("Offices")

    def new_record_label(self) -> str:
        return self.tr("&New Office")

    @property
    def editor(self) -> OfficeEditor:
        return self._editor

    @property
    def view(self) -> QTableView:
        return self._view

    def new_record(self) -> None:
        if not self.can_leave():
            return
        select_row(self._view, QModelIndex(), notify=False)
        self._editor.new_office()
        self.actions_changed.emit()

    def can_delete(self) -> bool:
        return self._editor.office is not None and self._editor.is_editing()

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    # The list

    def reload(self) -> None:
        if not self.isVisible():
            self._needs_reading = True
            return
        self._read()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._needs_reading:
            self._read()

    def _read(self, scroll: bool = True) -> None:
        self._needs_reading = False
        offices = self._services.offices.all()
        self._model.set_offices(offices)
        self._editor.set_offices(offices)
        column_fitter(self._view).measure()  # the rows come after the view's first resize
        self._update_count()
        self._select_editor_office(scroll)

    def _update_count(self) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        if shown == total:
            text = count_label(total, self.tr("1 office"), self.tr("{count} offices"))
        else:
            text = count_label(shown, self.tr("1 office found"), self.tr("{count} offices found"))
        self._count.setText(text)

    def _row_index(self, office_id: int) -> QModelIndex:
        row = self._model.row_of(office_id)
        if row is None:
            return QModelIndex()
        return self._proxy.mapFromSource(self._model.index(row, OfficeColumn.NAME))

    def _select_editor_office(self, scroll: bool = True) -> None:
        office = self._editor.office
        if office is not None and self._editor.is_editing():
            index = self._row_index(office.id)
            if index.isValid():
                select_row(self._view, index, notify=False, scroll=scroll)

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        office_id = current.data(OFFICE_ID_ROLE) if current.isValid() else None
        shown = self._editor.office
        if not isinstance(office_id, int) or (shown is not None and shown.id == office_id):
            return
        if not self.can_leave():
            select_row(self._view, previous, notify=False)
            return
        self._show_office(office_id)

    def _show_office(self, office_id: int) -> None:
        try:
            office = self._services.offices.get(office_id)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            self.reload()
            return
        self._editor.load(office)
        self.actions_changed.emit()

    def record_changed(self, record_id: int) -> None:
        self.reload()
        office = self._editor.office
        if office is not None and office.id == record_id and not self._editor.is_dirty():
            try:
                self._editor.load(self._services.offices.get(record_id))
            except CrmError:
                self._editor.clear()  # deleted again by an undo
        self._select_editor_office()
        self.data_changed.emit()
        self.actions_changed.emit()

    def outside_changes(self, changes: Changes) -> None:
        if not (changes.everything or changes.offices):
            return
        self._check_open_office(changes)
        if not self.isVisible():
            self._needs_reading = True
            return
        with keeping_place(self._view, OFFICE_ID_ROLE, self._row_index):
            self._read(scroll=False)
        self.actions_changed.emit()

    def _check_open_office(self, changes: Changes) -> None:
        """The office in the editor, read again if others changed it; with unsaved edits,
        a banner says so instead."""
        office = self._editor.office
        if office is None or not self._editor.is_editing() or not changes.touches_office(office.id):
            return
        stored: Office | None
        try:
            stored = self._services.offices.get(office.id)
        except NotFoundError:
            stored = None
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        if stored == office:
            return
        if self._editor.is_dirty():
            if stored is None or stored.version != office.version:
                self._editor.changed_elsewhere(stored)
            return
        if stored is None:
            self._editor.clear()
            self.status_message.emit(
                self.tr("{name} was deleted by someone else.").format(
                    name=office.name(self._language)
                )
            )
        else:
            self._editor.load(stored)

    # Saving and deleting (undoable)

    def _report(self, title: str, text: str) -> None:
        show_error(self, title, text)

    def _on_saved(self, before: Office | None, after: Office) -> None:
        command: QUndoCommand
        name = after.name(self._language)
        if before is None:
            command = PresenceCommand(
                self.tr("Add {name}").format(name=name),
                self._services.offices,
                after.id,
                True,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        else:
            command = EditOfficeCommand(
                self.tr("Edit {name}").format(name=name),
                self._services.offices,
                before,
                after,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        self._undo.push(command)
        self.reload()
        self.status_message.emit(self.tr("Saved {name}.").format(name=name))
        self.data_changed.emit()

    def restore_version(self, office_id: int, version: int) -> None:
        """Put back an earlier version of an office, once confirmed, undoably."""
        if not self.can_leave():
            return
        try:
            office = self._services.offices.get(office_id)
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            return
        name = office.name(self._language)
        if not confirm_restore_version(self, name, version):
            return
        try:
            after = self._services.offices.revert(
                office_id, version, expected_version=office.version
            )
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            self.record_changed(office_id)
            return
        if after.version == office.version:
            self.status_message.emit(
                self.tr("Version {version} holds what {name} holds now: nothing changed.").format(
                    version=version, name=name
                )
            )
            return
        self._undo.push(
            RevertOfficeCommand(
                self.tr("Restore version {version} of {name}").format(version=version, name=name),
                self._services.offices,
                office,
                after,
                version,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        )
        self.record_changed(office_id)
        self.status_message.emit(
            self.tr(
                "Put back version {version} of {name}. Undo brings back what it replaced."
            ).format(version=version, name=after.name(self._language))
        )

    def delete_current(self) -> None:
        office = self._editor.office
        if office is None or not self.can_leave():
            return
        name = office.name(self._language)
        try:
            self._services.offices.delete(office.id)
        except CrmError as exc:
            show_error(self, self.tr("Cannot delete {name}").format(name=name), tr_error(exc))
            return
        self._undo.push(
            PresenceCommand(
                self.tr("Delete {name}").format(name=name),
                self._services.offices,
                office.id,
                False,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        )
        self._editor.clear()
        self.reload()
        self.status_message.emit(
            self.tr("Deleted {name}. Undo brings the office back.").format(name=name)
        )
        self.data_changed.emit()
        self.actions_changed.emit()
