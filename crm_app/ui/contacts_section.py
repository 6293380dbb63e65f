"""The Contacts section: search and filters, the lazy contact list, and the contact editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact, ContactKind
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.services.sample_data import load_sample_data
from crm_app.ui.contact_editor import ContactEditor
from crm_app.ui.dialogs import run_menu, show_error
from crm_app.ui.empty_state import WelcomePage
from crm_app.ui.labels import contact_kind_label
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.models.contact_table_model import (
    CONTACT_ID_ROLE,
    ContactColumn,
    ContactTableModel,
)
from crm_app.ui.preferences import Preferences
from crm_app.ui.section import (
    ListDetailSection,
    make_list_view,
    search_bar,
    select_row,
    set_column_widths,
)
from crm_app.ui.undo import EditContactCommand, PresenceCommand, UndoStack
from crm_app.ui.widgets import count_label, secondary

# Long enough to skip the queries for letters typed in a burst, short enough to feel live.
SEARCH_DELAY_MS = 150
_WELCOME_PAGE, _WORK_PAGE = 0, 1
_LIST_PAGE, _NO_RESULTS_PAGE = 0, 1


class ContactsSection(ListDetailSection):
    key = "contacts"
    import_requested = Signal()

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
        self._welcome_dismissed = False
        self._model = ContactTableModel(services.contacts, self._language, parent=self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self._pages = QStackedWidget(self)
        self._welcome = WelcomePage(self._pages)
        self._welcome.add_contact.connect(self._welcome_add)
        self._welcome.import_vcards.connect(self.import_requested)
        self._welcome.load_sample_data.connect(self.load_sample_data)
        self._pages.addWidget(self._welcome)
        self._pages.addWidget(self._build_work_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        self._editor.dirty_changed.connect(self.dirty_changed)
        self._editor.dirty_changed.connect(self.actions_changed)
        self._editor.saved.connect(self._on_saved)
        self._editor.open_contact_requested.connect(self.open_contact)
        self._editor.restore_requested.connect(self._restore_by_id)
        self.reload()

    # Building

    def _build_work_page(self) -> QWidget:
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("contactsSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._build_list_pane())
        self._editor = ContactEditor(self._services, self._language, self._splitter)
        self._editor.setObjectName("contactEditor")
        self._splitter.addWidget(self._editor)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)
        self.detail, self.splitter, self.list_view = self._editor, self._splitter, self._view
        return self._splitter

    def _build_list_pane(self) -> QWidget:
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)

        self._search, self._new, top = search_bar(
            pane,
            ("searchContacts", "newContact"),
            (
                self.tr("Search contacts"),
                self.tr("Search names, offices, e-mail addresses, phone digits…"),
            ),
            self.tr("New contact"),
        )
        self._search.textChanged.connect(self._search_timer.start)
        self._new.clicked.connect(self.new_record)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self._office_filter = self._filter_combo("officeFilter", self.tr("Filter by office"))
        self._kind_filter = self._filter_combo("kindFilter", self.tr("Filter by kind"))
        self._kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ContactKind:
            self._kind_filter.addItem(contact_kind_label(kind), kind.value)
        self._archive_filter = self._filter_combo("archiveFilter", self.tr("Which contacts"))
        self._archive_filter.addItem(self.tr("Active and left"), Archive.ALL_LIVE.value)
        self._archive_filter.addItem(self.tr("Active only"), Archive.CURRENT.value)
        self._archive_filter.addItem(self.tr("Archived (deleted or left)"), Archive.ARCHIVED.value)
        for combo in (self._office_filter, self._kind_filter, self._archive_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        filters.addWidget(self._office_filter, 3)
        filters.addWidget(self._kind_filter, 2)
        filters.addWidget(self._archive_filter, 2)
        layout.addLayout(filters)

        self._list_pages = QStackedWidget(pane)
        self._view = make_list_view(self._list_pages, "contactList", self.tr("Contacts"))
        self._view.setModel(self._model)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.customContextMenuRequested.connect(self._context_menu)
        header = self._view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ContactColumn.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        set_column_widths(
            self._view,
            {
                ContactColumn.NAME: 21,
                ContactColumn.OFFICE: 13,
                ContactColumn.TITLE: 14,
                ContactColumn.PHONE: 21,
            },
        )
        selection = self._view.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        self._list_pages.addWidget(self._view)

        no_results = QWidget(self._list_pages)
        no_results_layout = QVBoxLayout(no_results)
        no_results_layout.addStretch(1)
        self._no_results = secondary(QLabel(no_results))
        self._no_results.setObjectName("noContactsFound")
        self._no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_results.setWordWrap(True)
        clear = QPushButton(self.tr("Clear search and filters"), no_results)
        clear.setObjectName("clearFilters")
        clear.setAccessibleName(self.tr("Clear search and filters"))
        clear.clicked.connect(self.clear_filters)
        no_results_layout.addWidget(self._no_results)
        no_results_layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignHCenter)
        no_results_layout.addStretch(2)
        self._list_pages.addWidget(no_results)
        layout.addWidget(self._list_pages, 1)

        self._count = secondary(QLabel(pane))
        self._count.setObjectName("contactCount")
        layout.addWidget(self._count)
        return pane

    def _filter_combo(self, object_name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    # Section

    def title(self) -> str:
        return self.tr("Contacts")

    def new_record_label(self) -> str:
        return self.tr("&New Contact")

    @property
    def model(self) -> ContactTableModel:
        return self._model

    @property
    def editor(self) -> ContactEditor:
        return self._editor

    @property
    def view(self) -> QTableView:
        return self._view

    def new_record(self) -> None:
        if not self.can_leave():
            return
        self._welcome_dismissed = True
        self._pages.setCurrentIndex(_WORK_PAGE)
        self._view.selectionModel().clearSelection()
        self._view.setCurrentIndex(QModelIndex())
        office = self._office_filter.currentData()
        self._editor.new_contact(office if isinstance(office, int) else None)
        self.actions_changed.emit()

    def _current_contact(self) -> Contact | None:
        return self._editor.contact if self._editor.is_editing() else None

    def can_delete(self) -> bool:
        contact = self._current_contact()
        return contact is not None and not contact.deleted

    def can_restore(self) -> bool:
        contact = self._current_contact()
        return contact is not None and (contact.deleted or not contact.active)

    def focus_search(self) -> None:
        self._pages.setCurrentIndex(_WORK_PAGE)
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    # Filters and the list

    def _query(self) -> ContactQuery:
        office = self._office_filter.currentData()
        kind = self._kind_filter.currentData()
        archive = self._archive_filter.currentData()
        return ContactQuery(
            text=self._search.text(),
            office_id=office if isinstance(office, int) else None,
            kind=kind if isinstance(kind, str) else None,
            archive=Archive(archive) if isinstance(archive, str) else Archive.ALL_LIVE,
            descending=self._model.query.descending,
        )

    def apply_filters(self) -> None:
        """Run the search now (the search box calls this after a short pause in typing)."""
        self._search_timer.stop()
        query = self._query()
        if query != self._model.query:
            self._model.set_query(query)
            self._after_list_change()

    def clear_filters(self) -> None:
        for combo in (self._office_filter, self._kind_filter, self._archive_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._search.clear()
        self.apply_filters()

    def _after_list_change(self) -> None:
        total = self._model.total
        filtered = self._model.query != ContactQuery(descending=self._model.query.descending)
        if total:
            if filtered:
                text = count_label(
                    total, self.tr("1 contact found"), self.tr("{count} contacts found")
                )
            else:
                text = count_label(total, self.tr("1 contact"), self.tr("{count} contacts"))
            self._count.setText(text)
            self._list_pages.setCurrentIndex(_LIST_PAGE)
        else:
            self._count.setText("")
            self._no_results.setText(
                self.tr("No contacts match “{text}”.").format(text=self._search.text().strip())
                if self._search.text().strip()
                else self.tr("No contacts match these filters.")
            )
            self._list_pages.setCurrentIndex(_NO_RESULTS_PAGE)
        self._select_editor_contact()
        self.actions_changed.emit()

    def _select_editor_contact(self) -> None:
        """Keep the contact being edited selected in the list when it is there."""
        contact = self._current_contact()
        row = self._model.row_of(contact.id) if contact is not None else None
        if row is not None:
            select_row(self._view, self._model.index(row, ContactColumn.NAME))

    def _header_clicked(self, column: int) -> None:
        header = self._view.horizontalHeader()
        if column != ContactColumn.NAME:
            # Only the name sorts: keep the indicator where the order really comes from.
            order = (
                Qt.SortOrder.DescendingOrder
                if self._model.query.descending
                else (Qt.SortOrder.AscendingOrder)
            )
            header.setSortIndicator(ContactColumn.NAME, order)
            return
        self._model.sort(ContactColumn.NAME, header.sortIndicatorOrder())
        self._after_list_change()

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        contact_id = current.data(CONTACT_ID_ROLE)
        shown = self._current_contact()
        if not isinstance(contact_id, int) or (shown is not None and shown.id == contact_id):
            return
        if not self.can_leave():
            select_row(self._view, previous, notify=False)  # stay on the edited contact
            return
        self._show_contact(contact_id)

    def open_contact(self, contact_id: int) -> None:
        """Show a contact in the editor (from a duplicate link, say), asking about edits first."""
        if not self.can_leave():
            return
        self._pages.setCurrentIndex(_WORK_PAGE)
        self._show_contact(contact_id)
        row = self._model.row_of(contact_id)
        if row is None:
            self._view.selectionModel().clearSelection()
        self._select_editor_contact()

    def _show_contact(self, contact_id: int) -> None:
        try:
            contact = self._services.contacts.get(contact_id, include_deleted=True)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            self._model.refresh()
            self._after_list_change()
            return
        self._editor.load(contact)
        self.actions_changed.emit()

    # Reading again

    def reload(self) -> None:
        offices = self._services.offices.all()
        chosen = self._office_filter.currentData()
        self._office_filter.blockSignals(True)
        self._office_filter.clear()
        self._office_filter.addItem(self.tr("All offices"), None)
        for office in sorted(offices, key=lambda o: o.name(self._language).casefold()):
            self._office_filter.addItem(office.name(self._language), office.id)
        self._office_filter.setCurrentIndex(max(0, self._office_filter.findData(chosen)))
        self._office_filter.blockSignals(False)
        self._editor.set_offices(offices)
        self._model.set_query(self._query())
        self._after_list_change()
        self._update_page()

    def _database_is_empty(self) -> bool:
        if self._model.total:  # the list already shows someone: no need to count
            return False
        contacts = self._services.contacts
        return (
            contacts.count(ContactQuery(archive=Archive.ALL_LIVE)) == 0
            and contacts.count(ContactQuery(archive=Archive.ARCHIVED)) == 0
        )

    def _update_page(self) -> None:
        welcome = (
            not self._welcome_dismissed
            and not self._editor.is_editing()
            and self._database_is_empty()
        )
        self._pages.setCurrentIndex(_WELCOME_PAGE if welcome else _WORK_PAGE)

    def showing_welcome(self) -> bool:
        return self._pages.currentIndex() == _WELCOME_PAGE

    def record_changed(self, record_id: int) -> None:
        self._model.refresh()
        contact = self._current_contact()
        if contact is not None and contact.id == record_id and not self._editor.is_dirty():
            try:
                fresh = self._services.contacts.get(record_id, include_deleted=True)
            except CrmError:
                self._editor.clear()
            else:
                hidden = fresh.deleted and self._query().archive is not Archive.ARCHIVED
                if hidden:
                    self._editor.clear()
                else:
                    self._editor.load(fresh)
        self._after_list_change()
        self._update_page()

    def _welcome_add(self) -> None:
        self._welcome_dismissed = True
        self.new_record()

    def load_sample_data(self) -> None:
        try:
            result = load_sample_data(
                self._services.offices, self._services.contacts, self._services.clock
            )
        except CrmError as exc:
            show_error(self, self.tr("Sample data"), tr_error(exc))
            return
        self.reload()
        self.data_changed.emit()
        self.status_message.emit(
            self.tr("Sample data: {offices} offices and {contacts} contacts added.").format(
                offices=result.offices_added, contacts=result.contacts_added
            )
        )

    # Saving, deleting, restoring (all undoable)

    def _report(self, title: str, text: str) -> None:
        show_error(self, title, text)

    def _on_saved(self, before: Contact | None, after: Contact) -> None:
        command: QUndoCommand
        if before is None:
            command = PresenceCommand(
                self.tr("Add {name}").format(name=after.display_name),
                self._services.contacts,
                after.id,
                True,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        else:
            command = EditContactCommand(
                self.tr("Edit {name}").format(name=after.display_name),
                self._services.contacts,
                before,
                after,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        self._undo.push(command)
        self._model.refresh()
        self._after_list_change()
        self.status_message.emit(self.tr("Saved {name}.").format(name=after.display_name))
        self.data_changed.emit()

    def delete_current(self) -> None:
        contact = self._current_contact()
        if contact is None or contact.deleted or not self.can_leave():
            return
        row = self._model.row_of(contact.id)
        try:
            self._services.contacts.delete(contact.id)
        except CrmError as exc:
            show_error(self, self.tr("Cannot delete"), tr_error(exc))
            return
        self._undo.push(
            PresenceCommand(
                self.tr("Delete {name}").format(name=contact.display_name),
                self._services.contacts,
                contact.id,
                False,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        )
        self._editor.clear()
        self._model.refresh()
        self._after_list_change()
        if row is not None and self._model.rowCount():
            # Carry on with the next contact, as a list does after a deletion.
            self._view.setCurrentIndex(
                self._model.index(min(row, self._model.rowCount() - 1), ContactColumn.NAME)
            )
        self.status_message.emit(
            self.tr("Deleted {name}. Undo brings the contact back.").format(
                name=contact.display_name
            )
        )
        self.data_changed.emit()

    def restore_current(self) -> None:
        contact = self._current_contact()
        if contact is not None:
            self._restore_by_id(contact.id)

    def _restore_by_id(self, contact_id: int) -> None:
        if not self.can_leave():
            return
        command: QUndoCommand
        warnings: tuple[str, ...] = ()
        try:
            contact = self._services.contacts.get(contact_id, include_deleted=True)
            if contact.deleted:
                restored = self._services.contacts.restore(contact_id)
                warnings = tuple(map(tr_message, restored.warnings))
                command = PresenceCommand(
                    self.tr("Restore {name}").format(name=contact.display_name),
                    self._services.contacts,
                    contact_id,
                    True,
                    self.record_changed,
                    self._report,
                    self.status_message.emit,
                )
            elif not contact.active:
                after = self._services.contacts.edit(
                    contact_id, ContactChanges(active=True), expected_version=contact.version
                )
                command = EditContactCommand(
                    self.tr("Mark {name} as active").format(name=contact.display_name),
                    self._services.contacts,
                    contact,
                    after,
                    self.record_changed,
                    self._report,
                    self.status_message.emit,
                )
            else:
                return
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore"), tr_error(exc))
            return
        self._undo.push(command)
        self.record_changed(contact_id)
        self._show_contact(contact_id)
        if warnings:
            # Restoring never refuses over a duplicate (it was kept once on purpose): it warns.
            self.status_message.emit(
                self.tr("Restored {name}. Warning: {warnings}.").format(
                    name=contact.display_name, warnings="; ".join(warnings)
                )
            )
        else:
            self.status_message.emit(self.tr("Restored {name}.").format(name=contact.display_name))
        self.data_changed.emit()

    def _context_menu(self, position: QPoint) -> None:
        index = self._view.indexAt(position)
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        menu = QMenu(self)
        if self.can_restore():
            restore = QAction(self.tr("Restore"), menu)
            restore.triggered.connect(self.restore_current)
            menu.addAction(restore)
        if self.can_delete():
            delete = QAction(self.tr("Delete"), menu)
            delete.triggered.connect(self.delete_current)
            menu.addAction(delete)
        if not menu.isEmpty():
            run_menu(menu, self._view.viewport().mapToGlobal(position))

    # Settings

    def restore_state(self, preferences: Preferences) -> None:
        super().restore_state(preferences)
        # The restored header may show the other order: the list follows what it shows.
        header = self._view.horizontalHeader()
        header.setSortIndicator(ContactColumn.NAME, header.sortIndicatorOrder())
        self._model.sort(ContactColumn.NAME, header.sortIndicatorOrder())
        self._after_list_change()
