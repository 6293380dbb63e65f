"""The Contacts section: search and filters, the lazy contact list, and the contact editor."""

from __future__ import annotations

from contextlib import AbstractContextManager

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError, NotFoundError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact, ContactKind
from crm_app.services.changes import Changes
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.services.sample_data import SampleDataResult, load_sample_data
from crm_app.ui.adaptive import FirstAbove
from crm_app.ui.contact_card import EDIT_SHORTCUT, ContactCard
from crm_app.ui.contact_editor import ContactEditor
from crm_app.ui.data_language import PhoneFormat
from crm_app.ui.dialogs import run_menu, show_error
from crm_app.ui.empty_state import WelcomePage
from crm_app.ui.history_view import confirm_restore_version
from crm_app.ui.labels import contact_kind_label
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.models.contact_table_model import (
    CONTACT_ID_ROLE,
    ContactColumn,
    ContactTableModel,
    ListRefresh,
    read_fresh,
)
from crm_app.ui.preferences import Preferences
from crm_app.ui.section import (
    ListDetailSection,
    column_fitter,
    keeping_place,
    make_list_view,
    search_bar,
    select_row,
)
from crm_app.ui.undo import (
    EditContactCommand,
    PresenceCommand,
    RevertContactCommand,
    UndoStack,
)
from crm_app.ui.widgets import count_label, secondary
from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback

# Long enough to skip the queries for letters typed in a burst, short enough to feel live.
SEARCH_DELAY_MS = 150
_WELCOME_PAGE, _WORK_PAGE = 0, 1
_LIST_PAGE, _NO_RESULTS_PAGE = 0, 1
_NOTHING_PAGE, _CARD_PAGE, _FORM_PAGE = 0, 1, 2
# Others' changes to more contacts than this at once are read as a refresh of the whole list.
FOLLOW_AT_MOST = 20
# A column never takes more than this many average characters when fitted to its content.


class ContactsSection(ListDetailSection):
    key = "contacts"
    import_requested = Signal()
    open_release_requested = Signal(int)

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
        self._sample_task: BackgroundTask | None = None
        # Reading the list again after others' changes, and whether more came meanwhile.
        self._refresh_task: BackgroundTask | None = None
        self._refresh_again = False
        self._split_for_form: tuple[list[int], list[int]] | None = None
        self._numbers = PhoneFormat(services.templates)
        self._model = ContactTableModel(
            services.contacts, self._language, self._numbers.phone, parent=self
        )
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
        self._editor.restore_version_requested.connect(self.restore_version)
        self._editor.stored_changed.connect(self.record_changed)
        self._editor.status_message.connect(self.status_message)
        self._card.restore_version_requested.connect(self.restore_version)
        self._card.edit_requested.connect(self.edit_current)
        self._card.restore_requested.connect(self._restore_by_id)
        self._card.open_release_requested.connect(self.open_release_requested)
        self._card.status_message.connect(self.status_message)
        edit = QShortcut(EDIT_SHORTCUT, self)
        edit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.activated.connect(self.edit_current)
        self.reload()

    # Building

    def _build_work_page(self) -> QWidget:
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("contactsSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._build_list_pane())
        self._detail = QStackedWidget(self._splitter)
        self._detail.setObjectName("contactDetail")
        nothing = secondary(
            QLabel(self.tr("Select a contact in the list, or add a new one."), self._detail)
        )
        nothing.setObjectName("contactPlaceholder")
        nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nothing.setWordWrap(True)
        self._detail.addWidget(nothing)
        self._card = ContactCard(
            self._language, self._numbers, self._detail, history=self._services.contacts.history
        )
        self._detail.addWidget(self._card)
        self._detail.addWidget(self._build_form_page())
        self._splitter.addWidget(self._detail)
        # Extra width goes to the list: the card reads the same a little wider or not.
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self.detail, self.splitter, self.list_view = self._editor, self._splitter, self._view
        return self._splitter

    def _build_form_page(self) -> QWidget:
        page = QWidget(self._detail)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        self._close_form = QPushButton(self.tr("Back to card"), page)
        self._close_form.setObjectName("closeContactForm")
        self._close_form.setAccessibleName(self.tr("Close the form and show the card"))
        self._close_form.setToolTip(self.tr("Close the form (Esc)"))
        self._close_form.setFlat(True)
        self._close_form.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self._close_form.clicked.connect(self.close_form)
        bar.addWidget(self._close_form)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._editor = ContactEditor(self._services, self._language, page)
        self._editor.setObjectName("contactEditor")
        layout.addWidget(self._editor, 1)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_form)
        return page

    def _build_list_pane(self) -> QWidget:
        pane = QWidget(self)
        # Beside the form the list keeps room for whole names and a few letters of the rest.
        pane.setMinimumWidth(pane.fontMetrics().averageCharWidth() * 44)
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
        self._search.installEventFilter(self)
        self._new.clicked.connect(self.new_record)
        layout.addLayout(top)

        filters = FirstAbove(pane)
        filters.setObjectName("contactFilters")
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
        filters.add_widget(self._office_filter, 3)
        filters.add_widget(self._kind_filter, 2)
        filters.add_widget(self._archive_filter, 2)
        layout.addWidget(filters)

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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self._view.fontMetrics().averageCharWidth() * 5)
        selection = self._view.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        # Enter or a double click on a contact opens its form.
        self._view.activated.connect(self._row_activated)
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
        self._open_form()  # a new contact has nothing to show on a card yet
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
            self._drop_hidden_contact()
            self._after_list_change()

    def _drop_hidden_contact(self) -> None:
        """The pane never shows a contact the list has just filtered out (unsaved edits stay:
        losing them to a search would be worse)."""
        contact = self._current_contact()
        if contact is None or self._editor.is_dirty() or self._model.row_of(contact.id) is not None:
            return
        try:
            hidden = not self._services.contacts.matches(self._model.query, contact.id)
        except CrmError:
            hidden = True
        if hidden:
            self._clear_detail()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self._search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._search.text()
        ):
            # Escape empties the search at once, as search boxes do.
            self._search.clear()
            self.apply_filters()
            return True
        return super().eventFilter(watched, event)

    def clear_filters(self) -> None:
        for combo in (self._office_filter, self._kind_filter, self._archive_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._search.clear()
        self.apply_filters()

    def _after_list_change(self, scroll: bool = True) -> None:
        total = self._model.total
        filtered = self._model.query != ContactQuery(descending=self._model.query.descending)
        if total:
            if filtered and self._model.more:
                # "1,000+ contacts found": the number stays the locale's, the words translated.
                text = self.tr("{count} contacts found").format(
                    count=QLocale().toString(total) + "+"
                )
            elif filtered:
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
        column_fitter(self._view).measure()
        self._select_editor_contact(scroll)
        self.actions_changed.emit()

    def list_width(self) -> int:
        """What the list needs to show its columns at their natural widths."""
        return column_fitter(self._view).natural_width()

    def detail_width(self, width: int) -> int:
        # The card needs less than the form: the list gets what its columns need, the card
        # the rest, between its minimum and 45% of the width.
        least = max(
            self._detail.minimumSizeHint().width(), self.fontMetrics().averageCharWidth() * 50
        )
        natural = self.list_width()
        wanted = width - natural if natural else round(width * 0.4)
        return max(least, min(wanted, round(width * 0.45)))

    def _select_editor_contact(self, scroll: bool = True) -> None:
        """Keep the contact being edited selected in the list when it is there."""
        contact = self._current_contact()
        row = self._model.row_of(contact.id) if contact is not None else None
        if row is not None:
            select_row(self._view, self._model.index(row, ContactColumn.NAME), scroll=scroll)

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

    def _row_activated(self, index: QModelIndex) -> None:
        contact = self._current_contact()
        if index.isValid() and contact is not None and index.data(CONTACT_ID_ROLE) == contact.id:
            self.edit_current()

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
        self._show_card(contact)
        self.actions_changed.emit()

    def _follow(self, contact_id: int) -> None:
        """Update the one row of a changed contact. Removing the current row moves Qt's
        current index to a neighbour: that is no choice of the person's, so it must not
        open that neighbour."""
        with QSignalBlocker(self._view.selectionModel()):
            self._model.contact_changed(contact_id)

    # The card and the form

    def _show_card(self, contact: Contact) -> None:
        try:
            releases = self._services.releases.citing(contact.id)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            releases = []
        self._card.show_contact(contact, releases)
        if self._detail.currentIndex() == _FORM_PAGE:
            self._restore_split()
        self._detail.setCurrentIndex(_CARD_PAGE)

    @property
    def card(self) -> ContactCard:
        return self._card

    def showing_form(self) -> bool:
        return self._detail.currentIndex() == _FORM_PAGE

    def _keep_form_whole(self) -> None:
        # Only the form needs its width kept; the card is narrower and gives the list room.
        if self.showing_form():
            super()._keep_form_whole()

    def edit_current(self) -> None:
        """From the card to the form (Edit, Ctrl+E, Enter in the list)."""
        contact = self._current_contact()
        if self._detail.currentIndex() != _CARD_PAGE or contact is None or contact.deleted:
            return
        self._open_form()

    def _open_form(self) -> None:
        self._detail.setCurrentIndex(_FORM_PAGE)
        self._widen_for_form()
        self._editor.show_from_top()

    def close_form(self) -> None:
        """Back to the card (Esc); unsaved edits are asked about first."""
        if self._detail.currentIndex() != _FORM_PAGE or not self.can_leave():
            return
        contact = self._editor.contact
        if contact is None:
            self._clear_detail()  # a new contact given up
        else:
            self._show_card(contact)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.actions_changed.emit()

    def _clear_detail(self) -> None:
        self._editor.clear()
        if self._detail.currentIndex() == _FORM_PAGE:
            self._restore_split()
        self._detail.setCurrentIndex(_NOTHING_PAGE)

    def _widen_for_form(self) -> None:
        """The form needs more room than the card: borrow it from the list while it is open."""
        sizes = self._splitter.sizes()
        total = sum(sizes)
        # What the form needs, or the share it had before the card, if that is more.
        needed = max(self._editor.form_width(), round(total * (1 - self.list_share)))
        if len(sizes) != 2 or sizes[1] >= needed:
            return
        detail = min(needed, total - self._list_pages.minimumSizeHint().width())
        if detail > sizes[1]:
            self._splitter.setSizes([total - detail, detail])
            self._split_for_form = (sizes, self._splitter.sizes())

    def _restore_split(self) -> None:
        if self._split_for_form is not None:
            before, during = self._split_for_form
            self._split_for_form = None
            if self._splitter.sizes() == during:  # unless the person moved it meanwhile
                self._splitter.setSizes(before)

    # Reading again

    def reload(self) -> None:
        self._read_offices()
        self._model.set_query(self._query())
        self._drop_hidden_contact()
        self._after_list_change()
        self._update_page()

    def _read_offices(self) -> None:
        """The office filter and the editor's office list, the chosen ones kept."""
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
        self._follow(record_id)
        contact = self._current_contact()
        if contact is not None and contact.id == record_id and not self._editor.is_dirty():
            try:
                fresh = self._services.contacts.get(record_id, include_deleted=True)
            except CrmError:
                self._clear_detail()
            else:
                hidden = fresh.deleted and self._query().archive is not Archive.ARCHIVED
                if hidden:
                    self._clear_detail()
                else:
                    self._editor.load(fresh)
                    if self._detail.currentIndex() == _CARD_PAGE:
                        self._show_card(fresh)
        self._after_list_change()
        self._update_page()
        # An undo, a redo or a restore changed the record: the other sections show it too
        # (a release's block names this contact), as an office's change does.
        self.data_changed.emit()

    def _welcome_add(self) -> None:
        self._welcome_dismissed = True
        self.new_record()

    def load_sample_data(self) -> None:
        """Adds the sample offices and contacts in a worker: each is checked and saved on
        its own, which takes long enough to freeze the window if done here."""
        if self._sample_task is not None:
            return
        services = self._services

        def work(progress: ProgressCallback, _cancelled: CancelCheck) -> SampleDataResult:
            return load_sample_data(services.offices, services.contacts, services.clock, progress)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._sample_data_loaded)
        task.failed.connect(self._sample_data_failed)
        task.finished.connect(self._sample_data_finished)
        self._sample_task = task
        self._welcome.sample_button.setEnabled(False)
        self.status_message.emit(self.tr("Loading sample data…"))
        self.actions_changed.emit()
        task.start()

    def loading_sample_data(self) -> bool:
        return self._sample_task is not None

    def finish_work(self) -> None:
        """Lets a sample-data load finish before the window closes (it takes a moment,
        and stopping between two records would leave half of them)."""
        if self._sample_task is not None:
            self._sample_task.wait()
        # Nor may a timer read it afterwards (a search typed, a duplicate check due).
        self._search_timer.stop()
        self._editor.stop_checks()
        self._refresh_again = False
        if self._refresh_task is not None:
            self._refresh_task.wait()

    # Changes made elsewhere (other users, other programs)

    def outside_changes(self, changes: Changes) -> None:
        """Others changed records: the list follows, the selection and the scroll position
        stay, and the open contact is read again (or, with unsaved edits, a banner says so)."""
        if changes.everything or changes.offices:
            self._read_offices()
            if self._query() != self._model.query:  # the office filtered on is gone
                self.apply_filters()
            self._model.forget_items()  # rows show office names
        if changes.everything or len(changes.contacts) > FOLLOW_AT_MOST:
            self._refresh_list()
        elif changes.contacts:
            with self._keeping_place():
                for contact_id in sorted(changes.contacts):
                    self._follow(contact_id)
            self._after_outside_change()
        self._check_open_contact(changes)

    def _keeping_place(self) -> AbstractContextManager[None]:
        return keeping_place(self._view, CONTACT_ID_ROLE, self._row_index)

    def _row_index(self, contact_id: int) -> QModelIndex:
        row = self._model.row_of(contact_id)
        return self._model.index(row, ContactColumn.NAME) if row is not None else QModelIndex()

    def _after_outside_change(self) -> None:
        self._after_list_change(scroll=False)
        contact = self._current_contact()
        if contact is None or self._model.row_of(contact.id) is None:
            # The row that was selected went: no neighbour is chosen in its place.
            with QSignalBlocker(self._view.selectionModel()):
                self._view.selectionModel().clear()
            self._view.viewport().update()
        self._update_page()

    def _refresh_list(self) -> None:
        """Read the loaded part of the list again in a worker, then apply the difference."""
        if self._refresh_task is not None:
            self._refresh_again = True
            return
        snapshot = self._model.snapshot()
        contacts = self._services.contacts
        task = BackgroundTask(lambda _progress, _cancelled: read_fresh(contacts, snapshot), self)
        task.succeeded.connect(self._list_read_again)
        task.failed.connect(self.status_message)
        task.finished.connect(self._refresh_finished)
        self._refresh_task = task
        task.start()

    def _list_read_again(self, refresh: object) -> None:
        assert isinstance(refresh, ListRefresh)
        if self._refresh_again:
            return  # already out of date: the next reading is applied
        with self._keeping_place(), QSignalBlocker(self._view.selectionModel()):
            applied = self._model.apply_refresh(refresh)
        if not applied:  # the rows changed meanwhile (a search, a save): read them again
            self._refresh_again = True
            return
        self._after_outside_change()

    def _refresh_finished(self) -> None:
        task, self._refresh_task = self._refresh_task, None
        if task is not None:
            task.deleteLater()
        if self._refresh_again:
            self._refresh_again = False
            self._refresh_list()

    def _check_open_contact(self, changes: Changes) -> None:
        """The contact in the card or the form, read again if others changed it."""
        contact = self._current_contact()
        if contact is None:
            return
        office_changed = contact.office is not None and contact.office.id in changes.offices
        if not (changes.touches_contact(contact.id) or office_changed or changes.releases):
            return
        stored: Contact | None
        try:
            stored = self._services.contacts.get(contact.id, include_deleted=True)
        except NotFoundError:
            stored = None
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        if stored == contact:
            if (
                changes.releases or changes.everything
            ) and self._detail.currentIndex() == _CARD_PAGE:
                self._show_card(contact)  # the releases that cite it
            return
        if self._editor.is_dirty():
            # Unsaved edits are the person's: they stay, and the banner says what happened.
            if stored is None or (stored.version, stored.deleted) != (
                contact.version,
                contact.deleted,
            ):
                self._editor.changed_elsewhere(stored)
            return
        if stored is None:
            self._clear_detail()
        else:
            self._editor.load(stored)
            if self._detail.currentIndex() == _CARD_PAGE:
                self._show_card(stored)
        if stored is None or (stored.deleted and not contact.deleted):
            self.status_message.emit(
                self.tr("{name} was deleted by someone else.").format(name=contact.display_name)
            )
        self.actions_changed.emit()

    def _sample_data_loaded(self, result: SampleDataResult) -> None:
        self.reload()
        self.data_changed.emit()
        self.status_message.emit(
            self.tr("Sample data: {offices} offices and {contacts} contacts added.").format(
                offices=result.offices_added, contacts=result.contacts_added
            )
        )

    def _sample_data_failed(self, message: str) -> None:
        # Whatever was added before the failure is kept and shown.
        self.reload()
        self.data_changed.emit()
        show_error(self, self.tr("Sample data"), message)

    def _sample_data_finished(self) -> None:
        if self._sample_task is not None:
            self._sample_task.deleteLater()
        self._sample_task = None
        self._welcome.sample_button.setEnabled(True)
        self.actions_changed.emit()

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
        # One row changes (or moves): the list keeps its place instead of starting over.
        self._follow(after.id)
        self._show_card(after)
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
        self._clear_detail()
        self._follow(contact.id)
        self._after_list_change()
        if row is not None and self._model.rowCount():
            # Carry on with the next contact, as a list does after a deletion. Qt already
            # moved its current index there without a signal: clear it, so this move opens it.
            self._view.selectionModel().clearCurrentIndex()
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

    def restore_version(self, contact_id: int, version: int) -> None:
        """Put back an earlier version of a contact, once confirmed, undoably."""
        if not self.can_leave():
            return
        try:
            contact = self._services.contacts.get(contact_id, include_deleted=True)
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            return
        if contact.deleted:  # the History tab offers nothing then; a stale click
            return
        if not confirm_restore_version(self, contact.display_name, version):
            return
        try:
            after = self._services.contacts.revert(
                contact_id, version, expected_version=contact.version
            )
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            self.record_changed(contact_id)
            return
        if after.version == contact.version:
            self.status_message.emit(
                self.tr("Version {version} holds what {name} holds now: nothing changed.").format(
                    version=version, name=contact.display_name
                )
            )
            return
        self._undo.push(
            RevertContactCommand(
                self.tr("Restore version {version} of {name}").format(
                    version=version, name=contact.display_name
                ),
                self._services.contacts,
                contact,
                after,
                version,
                self.record_changed,
                self._report,
                self.status_message.emit,
            )
        )
        self.record_changed(contact_id)
        self.status_message.emit(
            self.tr(
                "Put back version {version} of {name}. Undo brings back what it replaced."
            ).format(version=version, name=after.display_name)
        )

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
