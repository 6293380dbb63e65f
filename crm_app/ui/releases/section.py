"""The Releases section of the main window: the release list, the outdated view, the editor.

It reads nothing until it is first shown (a window opens on its contacts), and then only
one line per release; a release's contacts are read when it is opened. Which published
releases are outdated is checked in a worker thread, and marked when the answer comes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError, NotFoundError
from crm_app.domain.records import Release
from crm_app.services.changes import Changes
from crm_app.services.container import Services
from crm_app.services.releases import OutdatedRelease, StaleCitation
from crm_app.ui.dialogs import show_error
from crm_app.ui.history_view import confirm_restore_version
from crm_app.ui.i18n import make_room_for_accents
from crm_app.ui.messages import tr_error
from crm_app.ui.models.release_table_model import (
    RELEASE_ID_ROLE,
    ReleaseColumn,
    ReleaseTableModel,
)
from crm_app.ui.preferences import Preferences, section_columns, section_splitter
from crm_app.ui.releases.editor import ReleaseEditor
from crm_app.ui.releases.outdated import OutdatedReleasesView
from crm_app.ui.section import Section, keeping_place, measure_first_rows
from crm_app.ui.undo import RevertReleaseCommand, UndoStack
from crm_app.ui.workers import BackgroundTask

LIST_TAB = 0
OUTDATED_TAB = 1
#: The release list's share of the width until the person moves the splitter.
LIST_SHARE = 0.38


class _SearchOnly(QSortFilterProxyModel):
    """Filters the list by the search; the order is the release model's own, which sorts its
    rows on kept keys (sorting here would ask for two rows' data at every comparison)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class _ReleaseList(QTableView):
    """The release list; never narrower than its short columns plus some of the title, so the
    splitter cannot push it into scrolling sideways."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        header = self.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            for column in range(header.count())
            if column != ReleaseColumn.TITLE and not header.isSectionHidden(column)
        )
        title = self.fontMetrics().averageCharWidth() * 14
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = columns + title + scroll_bar + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())


class ReleasesSection(Section):
    """Releases in the navigation column: pick contacts, preview and copy the block, publish."""

    key = "releases"
    # open_contact_requested (from Section) is emitted when a block warning or an outdated
    # citation names a contact: the window opens it for fixing.
    # An outdated check finished and what it found is shown (or its failure said).
    outdated_checked = Signal()

    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        undo_stack: UndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("releasesSection")
        self._services = services
        # The window's stack; on its own (in tests), the section keeps one.
        self._undo = undo_stack if undo_stack is not None else UndoStack(self)
        self._stale_by_id: dict[int, list[StaleCitation]] = {}
        self._preferences = preferences
        # Read when first shown; a change while hidden is read when shown again.
        self._needs_reading = True
        self._read_once = False
        # The outdated check running in a worker, and whether the data changed meanwhile.
        self._check: BackgroundTask | None = None
        self._check_again = False
        self._outdated_found: list[OutdatedRelease] | None = None  # None: not checked yet

        self._model = ReleaseTableModel(preferences.data_language, self)
        self._proxy = _SearchOnly(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setFilterKeyColumn(-1)  # the search matches any column
        self._search = QLineEdit()
        self._search.setObjectName("searchReleases")
        self._search.setClearButtonEnabled(True)
        self._list = _ReleaseList()
        self._list.setObjectName("releaseList")
        self._list.setModel(self._proxy)
        self._list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setSortingEnabled(True)
        self._list.sortByColumn(ReleaseColumn.DATE, Qt.SortOrder.DescendingOrder)
        self._list.verticalHeader().setVisible(False)
        self._list.setWordWrap(False)
        self._list.setAlternatingRowColors(True)
        header = self._list.horizontalHeader()
        # Short columns fit their contents (of the first rows, not 2,000 at each layout);
        # the title takes what is left.
        measure_first_rows(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReleaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self._new = QPushButton()
        self._new.setObjectName("newRelease")

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self._search)
        list_layout.addWidget(self._list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self._new)
        list_buttons.addStretch(1)
        list_layout.addLayout(list_buttons)

        self._outdated = OutdatedReleasesView()
        self._tabs = QTabWidget()
        make_room_for_accents(self._tabs)
        self._tabs.setObjectName("releaseTabs")
        self._tabs.addTab(list_page, "")
        self._tabs.addTab(self._outdated, "")

        self._editor = ReleaseEditor(
            services,
            data_language=preferences.data_language,
            default_language=preferences.release_language,
            default_layout=preferences.block_layout,
        )
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("releasesSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._tabs)
        self._splitter.addWidget(self._editor)
        # The list keeps room for its five columns; the editor takes any change in width
        # (restore_state puts back what the person chose).
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._split_known = False  # set in showEvent, once the width is known
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

        self._search.textChanged.connect(self._proxy.setFilterFixedString)
        self._list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._new.clicked.connect(self.new_record)
        self._editor.new_from_this_requested.connect(self.new_from_current)
        self._editor.saved.connect(self._on_saved)
        self._editor.published.connect(self._on_published)
        self._editor.status_message.connect(self.status_message)
        self._editor.dirty_changed.connect(self._on_dirty_changed)
        self._editor.open_contact_requested.connect(self.open_contact_requested)
        self._editor.restore_version_requested.connect(self.restore_version)
        self._outdated.open_contact_requested.connect(self.open_contact_requested)
        self._outdated.open_release_requested.connect(self.open_release)
        self._outdated.refresh_requested.connect(self._refresh_outdated)
        self._tabs.currentChanged.connect(self._on_tab_changed)

        self._retranslate()

    # Pieces tests and the window reach

    def editor(self) -> ReleaseEditor:
        return self._editor

    def model(self) -> ReleaseTableModel:
        return self._model

    def outdated_view(self) -> OutdatedReleasesView:
        return self._outdated

    def show_outdated(self) -> None:
        self._tabs.setCurrentIndex(OUTDATED_TAB)

    def current_release(self) -> Release | None:
        """The saved release in the editor (for "Export this release's contacts")."""
        return self._editor.current()

    def current_release_id(self) -> int | None:
        release = self._editor.current()
        return release.id if release is not None else None

    # Section

    def title(self) -> str:
        return self.tr("Releases")

    def new_record_label(self) -> str:
        return self.tr("New &Release")

    def is_dirty(self) -> bool:
        return self._editor.is_dirty()

    def can_leave(self) -> bool:
        return self._editor.maybe_leave()

    def new_record(self) -> None:
        if not self._editor.maybe_leave():
            return
        self._clear_selection()
        self._editor.start_new()
        self.actions_changed.emit()

    def new_from_current(self) -> None:
        """A new draft with the same contacts (and language, office, dateline)."""
        base = self._editor.current()
        if base is None or not self._editor.maybe_leave():
            return
        base = self._editor.current() or base  # saving may have refreshed it
        contacts = [contact for contact in self._editor.contacts() if not contact.deleted]
        self._clear_selection()
        self._editor.start_new(contacts, based_on=base)
        self.status_message.emit(
            self.tr("New release with the contacts of “{title}”: {count}.").format(
                count=len(contacts), title=base.title
            )
        )
        self.actions_changed.emit()

    def can_save(self) -> bool:
        return self._editor.is_dirty() or self._editor.is_new()

    def save(self) -> bool:
        return self._editor.save()

    def can_delete(self) -> bool:
        return self._editor.current() is not None

    def delete_current(self) -> None:
        release = self._editor.current()
        if release is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the release"),
            self.tr("Delete “{title}”? Its contacts are kept.").format(title=release.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.releases.delete(release.id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Delete the release"), tr_error(exc))
            return
        self._model.remove(release.id)
        self._clear_selection()
        self._editor.start_new()
        self.status_message.emit(self.tr("Release deleted."))
        self.data_changed.emit()
        self.actions_changed.emit()

    def restore_version(self, release_id: int, version: int) -> None:
        """Put back an earlier version of a release, once confirmed, undoably."""
        if not self.can_leave():
            return
        try:
            release = self._services.releases.get(release_id)
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            return
        if not confirm_restore_version(self, f"“{release.title}”", version):
            return
        try:
            after = self._services.releases.revert(
                release_id, version, expected_version=release.version
            )
        except CrmError as exc:
            show_error(self, self.tr("Cannot restore this version"), tr_error(exc))
            self.record_changed(release_id)
            return
        name = f"“{release.title}”"
        if after.version == release.version:
            self.status_message.emit(
                self.tr("Version {version} holds what {name} holds now: nothing changed.").format(
                    version=version, name=name
                )
            )
            return
        self._undo.push(
            RevertReleaseCommand(
                self.tr("Restore version {version} of {name}").format(version=version, name=name),
                self._services.releases,
                release,
                after,
                version,
                self.record_changed,
                lambda title, text: show_error(self, title, text),
                self.status_message.emit,
            )
        )
        self.record_changed(release_id)
        self.data_changed.emit()
        self.status_message.emit(
            self.tr(
                "Put back version {version} of {name}. Undo brings back what it replaced."
            ).format(version=version, name=f"“{after.title}”")
        )

    def delete_key_target(self) -> QWidget | None:
        return self._list

    def focus_search(self) -> None:
        self._tabs.setCurrentIndex(LIST_TAB)
        self._search.setFocus()
        self._search.selectAll()

    def reload(self) -> None:
        """Read the releases again, keeping the one being edited; hidden, only note that
        they must be read when the section is next shown."""
        if not self.isVisible():
            self._needs_reading = True
            return
        self._read()

    def _read_if_needed(self) -> None:
        if self._needs_reading:
            self._read()

    def _read(self) -> None:
        try:
            releases = self._services.releases.summaries()
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        if self._read_once:  # the first time, the editor has just read them, being shown
            self._editor.reload_offices()
        self._read_once, self._needs_reading = True, False
        current = self._editor.current()
        with QSignalBlocker(self._list.selectionModel()):
            self._model.set_releases(releases)
        if current is not None:
            if self._model.row_of(current.id) < 0:  # deleted elsewhere
                if not self._editor.is_dirty():  # else a banner says so; the edits stay
                    self._editor.start_new()
            else:
                self._select_row_of(current.id)
                if not self._editor.is_dirty():
                    self._load_in_editor(current.id)
        else:
            self._editor.refresh_contacts()
        self._refresh_outdated()
        self.actions_changed.emit()

    def _load_in_editor(self, release_id: int) -> None:
        try:
            release = self._services.releases.get(release_id)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        self._editor.load(release)
        self._show_outdated_of_current()

    def is_checking_outdated(self) -> bool:
        return self._check is not None

    def _refresh_outdated(self) -> None:
        """Check, in a worker, which published releases print details changed since; the
        marks follow when the answer comes (`_show_outdated`).

        The check reads every published release: it runs when the data changed, not when
        the selection did (`_show_outdated_of_current` uses what it found). A change made
        while a check runs starts one more once it ends."""
        if self._check is not None:
            self._check_again = True
            return
        releases = self._services.releases
        task = BackgroundTask(lambda _progress, _cancelled: releases.outdated(), self)
        task.succeeded.connect(self._show_outdated)
        task.failed.connect(self._outdated_failed)
        task.finished.connect(self._check_finished)
        self._check = task
        self._outdated.set_checking(True)
        task.start()

    def _show_outdated(self, found: object) -> None:
        if self._check_again:
            return  # already out of date: the next check's answer is shown
        assert isinstance(found, list)
        outdated: list[OutdatedRelease] = found
        self._outdated_found = outdated
        self._stale_by_id = {item.release.id: item.stale for item in outdated}
        self._model.set_outdated(self._stale_by_id)
        self._show_outdated_of_current()
        if self._tabs.currentIndex() == OUTDATED_TAB:
            self._outdated.show_items(outdated)

    def _outdated_failed(self, message: str) -> None:
        self.status_message.emit(message)
        self._outdated.show_error(message)

    def _check_finished(self) -> None:
        task, self._check = self._check, None
        if task is not None:
            task.deleteLater()
        if self._check_again:
            self._check_again = False
            self._refresh_outdated()
            return
        self._outdated.set_checking(False)
        self.outdated_checked.emit()

    def finish_work(self) -> None:
        """Wait for a running check (the window is closing, the database closes next)."""
        self._check_again = False
        if self._check is not None:
            self._check.cancel()
            self._check.wait()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.finish_work()
        super().closeEvent(event)

    def _show_outdated_of_current(self) -> None:
        current = self._editor.current()
        stale = self._stale_by_id.get(current.id, []) if current is not None else []
        self._editor.set_outdated(stale)

    def record_changed(self, record_id: int) -> None:
        self.reload()

    def outside_changes(self, changes: Changes) -> None:
        """Others changed releases (or contacts they name): the list and the editor follow,
        and the outdated marks are checked again."""
        current = self._editor.current()
        shown = [contact.id for contact in self._editor.contacts()]
        if current is not None and changes.touches_release(current.id):
            self._check_open_release(current)
        if not (changes.everything or changes.releases or changes.contacts):
            return
        if not self.isVisible() or not self._read_once:
            self._needs_reading = True
            return
        if changes.everything or changes.releases:
            with keeping_place(self._list, RELEASE_ID_ROLE, self._row_index):
                self._read()
            return
        # Only contacts: a published block may now cite an old number; the editor shows
        # the contacts' current details.
        self._refresh_outdated()
        if changes.touches_any_contact(shown) and not self._editor.is_dirty():
            self._editor.refresh_contacts()

    def _check_open_release(self, current: Release) -> None:
        """With unsaved edits, say at once that someone else changed the release (without,
        reading the list again reloads it)."""
        try:
            stored: Release | None = self._services.releases.get(current.id)
        except NotFoundError:
            stored = None
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        if self._editor.is_dirty():
            if stored is None or stored.version != current.version:
                self._editor.changed_elsewhere(stored)
        elif stored is None:
            self.status_message.emit(
                self.tr("“{title}” was deleted by someone else.").format(title=current.title)
            )

    def _row_index(self, release_id: int) -> QModelIndex:
        row = self._model.row_of(release_id)
        if row < 0:
            return QModelIndex()
        return self._proxy.mapFromSource(self._model.index(row, 0))

    def save_state(self, preferences: Preferences) -> None:
        preferences.set_data(section_splitter(self.key), self._splitter.saveState())
        preferences.set_data(section_columns(self.key), self._list.horizontalHeader().saveState())

    def restore_state(self, preferences: Preferences) -> None:
        splitter = preferences.data(section_splitter(self.key))
        if not splitter.isEmpty() and self._splitter.restoreState(splitter):
            self._split_known = True
        columns = preferences.data(section_columns(self.key))
        if not columns.isEmpty():
            self._list.horizontalHeader().restoreState(columns)
            measure_first_rows(self._list.horizontalHeader())

    def apply_preferences(self, preferences: Preferences) -> None:
        """Preferences changed: new defaults for the next release and the preview layout."""
        self._preferences = preferences
        self._editor.set_defaults(preferences.release_language, preferences.block_layout)
        self._model.set_data_language(preferences.data_language)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._read_if_needed()
        if not self._split_known:
            # Only now is the width known; a remembered splitter (restore_state) wins. The
            # list gets a share, the editor the rest, each at least its minimum.
            self._split_known = True
            width = self._splitter.width() - self._splitter.handleWidth()
            editor_minimum = self._editor.minimumSizeHint().width()
            list_width = max(self._tabs.minimumSizeHint().width(), round(width * LIST_SHARE))
            list_width = min(list_width, max(width - editor_minimum, 0))
            self._splitter.setSizes([list_width, max(width - list_width, 0)])

    # Navigation

    def open_release(self, release_id: int) -> bool:
        """Show a release in the editor (asking about unsaved edits first)."""
        current = self._editor.current()
        if current is not None and current.id == release_id:
            self._tabs.setCurrentIndex(LIST_TAB)
            return True
        if not self._editor.maybe_leave():
            return False
        self._read_if_needed()
        try:
            release = self._services.releases.get(release_id)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return False
        self._model.replace(release)
        self._tabs.setCurrentIndex(LIST_TAB)
        self._select_row_of(release_id)
        self._editor.load(release)
        self._show_outdated_of_current()
        self.actions_changed.emit()
        return True

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        target = QPersistentModelIndex(current)
        release_id = int(current.data(RELEASE_ID_ROLE))
        shown = self._editor.current()
        if shown is not None and shown.id == release_id:
            return
        if not self._editor.maybe_leave():
            # Stay on the release being edited: put the selection back without re-asking.
            with QSignalBlocker(self._list.selectionModel()):
                if previous.isValid():
                    self._list.setCurrentIndex(previous)
                else:
                    self._clear_selection()
            return
        if target.isValid():
            release_id = int(target.data(RELEASE_ID_ROLE))
        try:
            release = self._services.releases.get(release_id)
        except CrmError as exc:
            self.status_message.emit(tr_error(exc))
            return
        self._model.replace(release)
        self._editor.load(release)
        self._show_outdated_of_current()
        # Saving the release left behind may have moved the selection onto it: put it back.
        self._select_row_of(release.id)
        self.actions_changed.emit()

    def _on_saved(self, release: Release) -> None:
        self._stored(release, self.tr("Release saved."))

    def _on_published(self, release: Release) -> None:
        self._stored(release, self.tr("Release published: its contact block is kept as printed."))

    def _stored(self, release: Release, message: str) -> None:
        with QSignalBlocker(self._list.selectionModel()):
            self._model.replace(release)
            self._select_row_of(release.id)
        self._refresh_outdated()
        self.status_message.emit(message)
        self.data_changed.emit()
        self.actions_changed.emit()

    def _on_dirty_changed(self, dirty: bool) -> None:
        self.dirty_changed.emit(dirty)
        self.actions_changed.emit()

    def _on_tab_changed(self, index: int) -> None:
        if index == OUTDATED_TAB:
            # What the last check found, at once; a new check brings what others changed.
            if self._outdated_found is not None:
                self._outdated.show_items(self._outdated_found)
            self._refresh_outdated()

    def _select_row_of(self, release_id: int) -> None:
        row = self._model.row_of(release_id)
        if row < 0:
            return
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():  # hidden by the search filter
            return
        with QSignalBlocker(self._list.selectionModel()):
            self._list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._list.scrollTo(index)

    def _clear_selection(self) -> None:
        with QSignalBlocker(self._list.selectionModel()):
            self._list.selectionModel().clear()
        # A blocked selection model does not repaint the view.
        self._list.viewport().update()

    # Translation

    def _retranslate(self) -> None:
        self._tabs.setTabText(LIST_TAB, self.tr("All releases"))
        self._tabs.setTabText(OUTDATED_TAB, self.tr("Outdated releases"))
        self._tabs.setAccessibleName(self.tr("Release lists"))
        self._search.setPlaceholderText(self.tr("Search releases"))
        self._search.setAccessibleName(self.tr("Search releases"))
        self._list.setAccessibleName(self.tr("Releases"))
        self._new.setText(self.tr("&New release"))
        self._new.setAccessibleName(self.tr("Start a new release"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._model.retranslate()
        super().changeEvent(event)
