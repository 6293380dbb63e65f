"""The release editor: fields, the release's contacts in order, the live block preview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import ConflictError, CrmError, NotFoundError
from crm_app.domain.history import RecordKind
from crm_app.domain.records import BlockLayout, Contact, Release, ReleaseStatus
from crm_app.services.container import Services
from crm_app.services.drafts import ReleaseChanges, ReleaseDraft
from crm_app.services.releases import StaleCitation
from crm_app.ui.adaptive import SideBySide, VerticalScroll
from crm_app.ui.dialogs import (
    UnsavedChoice,
    ask_reload_after_conflict,
    ask_save_changes,
    run_modal,
)
from crm_app.ui.history_view import HistoryView, add_history_tab
from crm_app.ui.i18n import date_format, language_name
from crm_app.ui.messages import tr_error
from crm_app.ui.models.release_table_model import status_label
from crm_app.ui.releases.contacts_model import ReleaseContactsModel
from crm_app.ui.releases.picker import ContactPickerDialog
from crm_app.ui.releases.preview import BlockPreview
from crm_app.ui.widgets import FieldMessage, Level, heading


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ContactsView(QListView):
    """The release's contacts; it asks for the width of its longest line, so a wide enough
    pane shows every name and office whole."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        content = self.sizeHintForColumn(0) if self.model() is not None else 0
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margin = 2 * self.frameWidth() + scroll_bar + self.fontMetrics().averageCharWidth() * 2
        return QSize(max(hint.width(), content + margin), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 16, super().minimumSizeHint().height())


class ReleaseEditor(QWidget):
    """Edits one release at a time: a saved one (``current()``) or a new, unsaved draft."""

    saved = Signal(object)  # the Release as stored
    published = Signal(object)  # the Release just published
    status_message = Signal(str)  # a short message for the window's status bar
    dirty_changed = Signal(bool)
    open_contact_requested = Signal(int)
    new_from_this_requested = Signal()
    # An earlier version to put back: (release id, version); the section asks and does it.
    restore_version_requested = Signal(int, int)

    def __init__(
        self,
        services: Services,
        data_language: str = "en",
        default_language: str = "en",
        default_layout: BlockLayout = BlockLayout.STACKED,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("releaseEditor")
        self._services = services
        self._data_language = data_language
        self._default_language = default_language
        self._release: Release | None = None
        # What the printed block of the shown release cites that has changed since.
        self._stale: list[StaleCitation] = []
        self._dirty = False
        self._loading = False
        # The office list is read when first needed (shown, or a release with an office).
        self._offices_read = False

        self._heading = heading("", 1.3)
        self._heading.setObjectName("releaseHeading")
        self._heading.setWordWrap(True)
        self._status = QLabel()
        self._status.setObjectName("releaseStatus")

        # Fields
        self._title = QLineEdit()
        self._title.setObjectName("releaseTitle")
        self._language = QComboBox()
        self._language.setObjectName("releaseLanguage")
        self._date = QDateEdit()
        self._date.setObjectName("releaseDate")
        self._date.setCalendarPopup(True)
        self._dateline = QLineEdit()
        self._dateline.setObjectName("releaseDateline")
        self._office = QComboBox()
        self._office.setObjectName("releaseOffice")
        self._office.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._office.setMinimumContentsLength(16)
        self._url = QLineEdit()
        self._url.setObjectName("releaseUrl")
        # The title has the editor's whole width: titles are long.
        self._title_form = QFormLayout()
        self._title_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        for key, field in (
            ("title", self._title),
            ("language", self._language),
            ("date", self._date),
            ("dateline", self._dateline),
            ("office", self._office),
            ("url", self._url),
        ):
            label = QLabel()
            label.setBuddy(field)
            self._labels[key] = label
            (self._title_form if key == "title" else self._form).addRow(label, field)
        self._fields_box = QGroupBox()
        self._fields_box.setLayout(self._form)

        # Contacts
        self._contacts = ReleaseContactsModel(data_language, self)
        self._contact_view = _ContactsView()
        self._contact_view.setObjectName("releaseContacts")
        self._contact_view.setModel(self._contacts)
        self._contact_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._contact_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._contact_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._contact_view.setDropIndicatorShown(True)
        # A narrow list elides long names (the tooltip has them whole) rather than scrolling.
        self._contact_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._contact_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._add = QPushButton()
        self._add.setObjectName("addReleaseContact")
        self._remove = QPushButton()
        self._remove.setObjectName("removeReleaseContact")
        self._up = QPushButton()
        self._up.setObjectName("moveContactUp")
        self._down = QPushButton()
        self._down.setObjectName("moveContactDown")
        buttons = QVBoxLayout()
        for button in (self._add, self._remove, self._up, self._down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        contacts_row = QHBoxLayout()
        contacts_row.addWidget(self._contact_view, 1)
        contacts_row.addLayout(buttons)
        self._contacts_box = QGroupBox()
        self._contacts_box.setLayout(contacts_row)

        # Preview
        self._preview = BlockPreview(services.releases)
        self._preview.set_block_layout(default_layout)
        self._preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self._preview_box)
        preview_layout.addWidget(self._preview)

        # Bottom bar
        self._error = FieldMessage("releaseError")
        self._publish = QPushButton()
        self._publish.setObjectName("publishRelease")
        self._from_this = QPushButton()
        self._from_this.setObjectName("newReleaseFromThis")
        self._revert = QPushButton()
        self._revert.setObjectName("revertRelease")
        self._save = QPushButton()
        self._save.setObjectName("saveRelease")
        self._save.setDefault(True)
        # On a narrow pane the two groups of buttons go one above the other.
        bar = SideBySide()
        bar.setObjectName("releaseButtons")
        release_buttons = QWidget()
        release_row = QHBoxLayout(release_buttons)
        release_row.setContentsMargins(0, 0, 0, 0)
        release_row.addWidget(self._publish)
        release_row.addWidget(self._from_this)
        release_row.addStretch(1)
        edit_buttons = QWidget()
        edit_row = QHBoxLayout(edit_buttons)
        edit_row.setContentsMargins(0, 0, 0, 0)
        edit_row.addStretch(1)
        edit_row.addWidget(self._revert)
        edit_row.addWidget(self._save)
        bar.add_widget(release_buttons, 1)
        bar.add_widget(edit_buttons)

        # Fields and contacts side by side when both get their width, else one under the other.
        boxes = SideBySide()
        boxes.setObjectName("releaseFieldsAndContacts")
        boxes.add_widget(self._fields_box, 1)
        boxes.add_widget(self._contacts_box, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._title_form)
        top_layout.addWidget(boxes)
        # A splitter lets a person give the preview more room on a small screen.
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setObjectName("releaseEditorSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(top)
        self._splitter.addWidget(self._preview_box)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)

        self._outdated_note = FieldMessage("releaseOutdated")
        self._outdated_note.label.setTextFormat(Qt.TextFormat.PlainText)
        # Said at once when someone else changes or deletes the release being edited.
        self._elsewhere = QFrame()
        self._elsewhere.setObjectName("releaseChangedElsewhere")
        self._elsewhere.setFrameShape(QFrame.Shape.StyledPanel)
        self._elsewhere_message = FieldMessage("releaseChangedElsewhereMessage", self._elsewhere)
        self._reload = QPushButton(self._elsewhere)
        self._reload.setObjectName("reloadRelease")
        elsewhere_row = QHBoxLayout(self._elsewhere)
        elsewhere_row.setContentsMargins(8, 6, 8, 6)
        elsewhere_row.addWidget(self._elsewhere_message, 1)
        elsewhere_row.addWidget(self._reload, 0, Qt.AlignmentFlag.AlignVCenter)
        self._elsewhere.setVisible(False)
        self._elsewhere_deleted: bool | None = None  # None: nothing to say
        head = QHBoxLayout()
        head.addWidget(self._heading, 1)
        head.addWidget(self._status, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self._elsewhere)
        body_layout.addWidget(self._outdated_note)
        body_layout.addWidget(self._splitter, 1)
        body_layout.addWidget(self._error)
        body_layout.addWidget(bar)
        # A low window scrolls the editor down; nothing in it scrolls sideways.
        self._scroll = VerticalScroll(body)
        self._scroll.setObjectName("releaseEditorScroll")
        self._history = HistoryView(RecordKind.RELEASE, data_language, restorable=True)
        self._history.restore_requested.connect(self._restore_version)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("releaseTabs")
        add_history_tab(self._tabs, self._scroll, self._history)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._tabs, 1)
        self._status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        for line in (self._title, self._dateline, self._url):
            line.textEdited.connect(self._mark_dirty)
        self._title.textEdited.connect(self._update_heading)
        self._date.dateChanged.connect(self._mark_dirty)
        self._office.currentIndexChanged.connect(self._mark_dirty)
        self._language.currentIndexChanged.connect(self._on_language_changed)
        self._contacts.contacts_changed.connect(self._on_contacts_changed)
        self._contact_view.selectionModel().currentChanged.connect(self._update_buttons)
        self._add.clicked.connect(self.pick_contacts)
        self._remove.clicked.connect(self.remove_current_contact)
        self._up.clicked.connect(lambda: self.move_current_contact(-1))
        self._down.clicked.connect(lambda: self.move_current_contact(1))
        self._save.clicked.connect(self.save)
        self._revert.clicked.connect(self.revert)
        self._reload.clicked.connect(self._reload_stored)
        self._publish.clicked.connect(self.publish)
        self._from_this.clicked.connect(self.new_from_this_requested)
        self._preview.open_contact_requested.connect(self.open_contact_requested)
        self._preview.copied.connect(self._on_copied)

        self._fill_languages()
        self._retranslate()
        self.start_new()

    # What is being edited

    def current(self) -> Release | None:
        """The saved release shown, or None for a new draft."""
        return self._release

    def is_new(self) -> bool:
        return self._release is None

    def is_dirty(self) -> bool:
        return self._dirty

    def is_published(self) -> bool:
        return self._release is not None and self._release.status is ReleaseStatus.PUBLISHED

    def contacts(self) -> list[Contact]:
        return self._contacts.contacts()

    def preview(self) -> BlockPreview:
        return self._preview

    @property
    def history(self) -> HistoryView:
        return self._history

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    def _restore_version(self, version: int) -> None:
        if self._release is not None:
            self.restore_version_requested.emit(self._release.id, version)

    def contacts_model(self) -> ReleaseContactsModel:
        return self._contacts

    def set_outdated(self, stale: Sequence[StaleCitation]) -> None:
        """What the shown release's printed block cites that has changed since (or nothing)."""
        self._stale = list(stale) if self.is_published() else []
        self._apply_status()

    def load(self, release: Release) -> None:
        """Show a stored release; drops unsaved edits (callers ask first).

        What is known to be outdated stays for the same release; the section tells anew.
        """
        same = self._release is not None and self._release.id == release.id
        if not same or release.status is not ReleaseStatus.PUBLISHED:
            self._stale = []
        self._release = release
        self._show_changed_elsewhere(None)
        self._loading = True
        try:
            self._title.setText(release.title)
            self._select_language(release.language)
            self._date.setDate(_qdate(release.date))
            self._dateline.setText(release.dateline)
            self._select_office(release.office.id if release.office else None)
            self._url.setText(release.url)
            self._contacts.set_contacts(release.contacts)
            # Show the start of a long title or address, not its end.
            self._title.setCursorPosition(0)
            self._url.setCursorPosition(0)
        finally:
            self._loading = False
        self._error.clear()
        self._set_dirty(False)
        self._apply_status()
        self._refresh_preview()
        release_id = release.id
        self._history.show_record(lambda: self._services.releases.history(release_id))

    def start_new(self, contacts: Sequence[Contact] = (), based_on: Release | None = None) -> None:
        """An unsaved draft; ``based_on`` lends its language, office and dateline."""
        self._release = None
        self._stale = []
        self._show_changed_elsewhere(None)
        self._loading = True
        try:
            self._title.clear()
            language = based_on.language if based_on else self._default_language
            if based_on is None and self._language.findData(language) < 0:
                language = str(self._language.itemData(0) or language)  # its template is gone
            self._select_language(language)
            self._date.setDate(_qdate(self._services.clock.today()))
            self._dateline.setText(based_on.dateline if based_on else "")
            self._select_office(based_on.office.id if based_on and based_on.office else None)
            self._url.clear()
            self._contacts.set_contacts(contacts)
        finally:
            self._loading = False
        self._error.clear()
        self._history.clear()
        self._tabs.setCurrentIndex(0)  # a new release has no history yet
        # Copied contacts are a change worth keeping: leaving should ask.
        self._set_dirty(bool(contacts))
        self._apply_status()
        self._refresh_preview()
        self._title.setFocus()

    def set_defaults(self, language: str, layout: BlockLayout) -> None:
        """Preferences changed: used for the next new release and the preview layout."""
        self._default_language = language
        self._preview.set_block_layout(layout)

    def reload_offices(self) -> None:
        """Offices (once read), and release languages (a template may have been added)."""
        if self._offices_read:
            with QSignalBlocker(self._office):
                self._fill_offices()
        self._fill_languages()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._read_offices()

    def _read_offices(self) -> None:
        if not self._offices_read:
            with QSignalBlocker(self._office):
                self._fill_offices()

    def refresh_contacts(self) -> None:
        """Contacts were edited elsewhere: show their current details in list and preview."""
        ids = self._contacts.contact_ids()
        if not ids:
            return
        if self._release is not None and not self._dirty:
            try:
                self.load(self._services.releases.get(self._release.id))
            except CrmError:
                return
            return
        current: list[Contact] = []
        for contact_id in ids:
            try:
                current.append(self._services.contacts.get(contact_id))
            except CrmError:
                continue  # deleted meanwhile: it can no longer be cited
        self._loading = True  # fresher details are not an edit
        try:
            self._contacts.set_contacts(current)
        finally:
            self._loading = False

    # Editing contacts

    def pick_contacts(self) -> None:
        picker = ContactPickerDialog(
            self._services.contacts,
            exclude_ids=self._contacts.contact_ids(),
            language=self._data_language,
            parent=self,
        )
        if run_modal(picker) == ContactPickerDialog.DialogCode.Accepted:
            self.add_contacts(picker.selected_contacts())

    def add_contacts(self, contacts: Sequence[Contact]) -> None:
        if self._contacts.add(contacts):
            last = self._contacts.index(self._contacts.rowCount() - 1)
            self._contact_view.setCurrentIndex(last)

    def remove_current_contact(self) -> None:
        row = self._contact_view.currentIndex().row()
        if row < 0:
            return
        self._contacts.remove_row(row)
        if self._contacts.rowCount():
            self._contact_view.setCurrentIndex(
                self._contacts.index(min(row, self._contacts.rowCount() - 1))
            )

    def move_current_contact(self, step: int) -> None:
        row = self._contact_view.currentIndex().row()
        if row < 0:
            return
        target = row + step
        if self._contacts.move(row, target):
            self._contact_view.setCurrentIndex(self._contacts.index(target))
        self._update_buttons()

    def select_contact_row(self, row: int) -> None:
        self._contact_view.setCurrentIndex(self._contacts.index(row))

    # Saving and publishing

    def save(self) -> bool:
        """Store the edits; on failure the reason shows under the editor and False returns."""
        title = self._title.text()
        if not title.strip():
            # Said here, in the interface language, rather than by the service in English.
            self._error.show_message(Level.ERROR, self.tr("Give the release a title."))
            self._title.setFocus()
            return False
        language = str(self._language.currentData() or "")
        day = _pydate(self._date.date())
        office_id = self._office.currentData()
        office = str(office_id) if office_id is not None else None
        try:
            if self._release is None:
                release = self._services.releases.add(
                    ReleaseDraft(
                        title=title,
                        language=language,
                        date=day,
                        office=office,
                        dateline=self._dateline.text(),
                        url=self._url.text(),
                        contact_ids=self._contacts.contact_ids(),
                    )
                )
            else:
                published = self._release.status is ReleaseStatus.PUBLISHED
                release = self._services.releases.edit(
                    self._release.id,
                    ReleaseChanges(
                        title=title,
                        language=None if published else language,
                        date=day,
                        office=office or "",
                        dateline=self._dateline.text(),
                        url=self._url.text(),
                        contact_ids=None if published else self._contacts.contact_ids(),
                    ),
                    expected_version=self._release.version,
                )
        except ConflictError:
            if ask_reload_after_conflict(self, self._release.title if self._release else title):
                self.revert()
            return False
        except CrmError as exc:
            self._error.show_message(
                Level.ERROR,
                self.tr("The release was not saved: {reason}").format(reason=tr_error(exc)),
            )
            return False
        self.load(release)
        self.saved.emit(release)
        return True

    def revert(self) -> None:
        """Drop unsaved edits: reload the stored release, or empty a new draft."""
        if self._release is None:
            self.start_new()
            return
        try:
            self.load(self._services.releases.get(self._release.id))
        except CrmError as exc:
            self._error.show_message(Level.ERROR, tr_error(exc))

    def _reload_stored(self) -> None:
        """The banner's Reload: the release as stored now, or a new draft if it is gone."""
        if self._release is None:
            return
        try:
            self.load(self._services.releases.get(self._release.id))
        except NotFoundError:
            self.start_new()
        except CrmError as exc:
            self._error.show_message(Level.ERROR, tr_error(exc))

    def changed_elsewhere(self, stored: Release | None) -> None:
        """Someone else changed (or deleted: None) the release being edited: say so above
        the editor. The edits stay; saving them would meet the newer version."""
        self._show_changed_elsewhere(stored is None)

    def changed_elsewhere_shown(self) -> bool:
        return not self._elsewhere.isHidden()

    def _show_changed_elsewhere(self, deleted: bool | None) -> None:
        self._elsewhere_deleted = deleted
        if deleted is None:
            self._elsewhere.setVisible(False)
            self._elsewhere_message.clear()
            return
        if deleted:
            text = self.tr(
                "Someone else deleted this release while you were editing it, so your edits"
                " cannot be saved. Reload closes it."
            )
        else:
            text = self.tr(
                "Someone else changed this release while you were editing it. Reload shows"
                " their version and drops your unsaved edits."
            )
        self._elsewhere_message.show_message(Level.WARNING, text)
        self._elsewhere.setVisible(True)

    def publish(self) -> bool:
        """Freeze the block as shown, after saving pending edits and asking once."""
        if self.is_published():
            return False
        if not self._contacts.rowCount():
            self._error.show_message(
                Level.ERROR, self.tr("Add at least one contact before publishing.")
            )
            return False
        if (self._dirty or self._release is None) and not self.save():
            return False
        release = self._release
        assert release is not None  # saved just above
        warnings = self._preview.block_warnings()
        text = self.tr(
            "Publish “{title}”?\n\nThe contact block is frozen as shown: later changes to "
            "these contacts will not alter it, and the release will be listed as outdated "
            "when a number or address it prints changes."
        ).format(title=release.title)
        if warnings:
            text += "\n\n" + self.tr(
                "Warnings about the block: {count}. Check them beside the preview first."
            ).format(count=len(warnings))
        answer = QMessageBox.question(
            self,
            self.tr("Publish the release"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            published, _warnings = self._services.releases.publish(
                release.id, self._preview.block_layout()
            )
        except CrmError as exc:
            self._error.show_message(
                Level.ERROR,
                self.tr("The release was not published: {reason}").format(reason=tr_error(exc)),
            )
            return False
        self.load(published)
        self.published.emit(published)
        return True

    def maybe_leave(self) -> bool:
        """Ask about unsaved edits: True when it is fine to show something else."""
        if not self._dirty:
            return True
        what = self._title.text().strip() or self.tr("the new release")
        choice = ask_save_changes(self, what)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            self.revert()
            return True
        return False

    # Internals

    def _fill_languages(self) -> None:
        with QSignalBlocker(self._language):
            current = self._language.currentData()
            self._language.clear()
            for code in self._services.releases.languages():
                self._language.addItem(language_name(code), code)
            if current is not None:
                self._language.setCurrentIndex(max(0, self._language.findData(current)))

    def _select_language(self, code: str) -> None:
        index = self._language.findData(code)
        if index < 0:  # a language whose template was removed: keep showing it
            self._language.addItem(code, code)
            index = self._language.count() - 1
        self._language.setCurrentIndex(index)
        self._contacts.set_language(self._data_language)

    def _fill_offices(self) -> None:
        self._offices_read = True
        current = self._office.currentData()
        self._office.clear()
        self._office.addItem(self.tr("(no office)"), None)
        offices = sorted(
            self._services.offices.all(), key=lambda o: o.name(self._data_language).casefold()
        )
        for office in offices:
            self._office.addItem(office.name(self._data_language), office.id)
        index = self._office.findData(current) if current is not None else 0
        self._office.setCurrentIndex(max(0, index))

    def _select_office(self, office_id: int | None) -> None:
        if office_id is not None:
            self._read_offices()
        index = self._office.findData(office_id) if office_id is not None else 0
        self._office.setCurrentIndex(max(0, index) if self._office.count() else -1)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._revert.setEnabled(dirty)
        self._save.setEnabled(dirty or self._release is None)
        self._update_heading()
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_language_changed(self, _index: int) -> None:
        self._mark_dirty()
        self._refresh_preview()

    def _on_copied(self) -> None:
        self.status_message.emit(
            self.tr("Contact block copied, formatted and as plain text: paste it into the release.")
        )

    def _on_contacts_changed(self) -> None:
        self._contact_view.updateGeometry()  # longer names may want a wider list
        self._mark_dirty()
        self._update_buttons()
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        if self._release is not None and self._release.published is not None:
            self._preview.show_published(self._release.published, self._contacts.contacts())
        else:
            language = str(self._language.currentData() or self._default_language)
            self._preview.show_contacts(self._contacts.contacts(), language)
        self._update_buttons()

    def _apply_status(self) -> None:
        published = self.is_published()
        self._contacts.set_editable(not published)
        self._contact_view.setDragEnabled(not published)
        self._contact_view.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if published
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self._language.setEnabled(not published)
        self._publish.setVisible(not published)
        self._from_this.setEnabled(self._release is not None)
        self._status.setText(
            status_label(self._release.status, bool(self._stale))
            if self._release
            else self.tr("New")
        )
        if self._stale:
            names = sorted({citation.contact_name for citation in self._stale})
            self._outdated_note.show_message(
                Level.WARNING,
                self.tr(
                    "Outdated: the printed block cites details that have changed since "
                    "({names}). See Outdated releases."
                ).format(names=", ".join(names)),
            )
        else:
            self._outdated_note.clear()
        self._update_heading()
        self._update_buttons()

    def _update_heading(self, *_args: object) -> None:
        title = self._title.text().strip()
        if self._release is None:
            text = title or self.tr("New release")
        else:
            text = title or self._release.title
        self._heading.setText(text + (" *" if self._dirty else ""))

    def _update_buttons(self, *_args: object) -> None:
        editable = not self.is_published()
        row = self._contact_view.currentIndex().row()
        count = self._contacts.rowCount()
        self._add.setEnabled(editable)
        self._remove.setEnabled(editable and row >= 0)
        self._up.setEnabled(editable and row > 0)
        self._down.setEnabled(editable and 0 <= row < count - 1)
        self._publish.setEnabled(editable and count > 0)

    # Translation

    def _retranslate(self) -> None:
        self._fields_box.setTitle(self.tr("Release"))
        self._contacts_box.setTitle(self.tr("Contacts named in the block"))
        self._preview_box.setTitle(self.tr("Contact block"))
        texts = {
            "title": self.tr("&Title:"),
            "language": self.tr("&Language:"),
            "date": self.tr("&Date:"),
            "dateline": self.tr("Date&line:"),
            "office": self.tr("Issuing &office:"),
            "url": self.tr("&Web address:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self._title.setAccessibleName(self.tr("Release title"))
        self._title.setPlaceholderText(self.tr("Title of the release"))
        self._language.setAccessibleName(self.tr("Release language"))
        self._date.setAccessibleName(self.tr("Release date"))
        self._dateline.setAccessibleName(self.tr("Dateline"))
        self._dateline.setPlaceholderText(self.tr("e.g. BEIJING"))
        self._office.setAccessibleName(self.tr("Issuing office"))
        self._url.setAccessibleName(self.tr("Web address of the release"))
        self._url.setPlaceholderText("https://")
        self._contact_view.setAccessibleName(self.tr("Contacts, in the order they are printed"))
        self._contact_view.setToolTip(self.tr("Drag a contact to change the order."))
        self._add.setText(self.tr("&Add…"))
        self._add.setAccessibleName(self.tr("Add contacts"))
        self._remove.setText(self.tr("&Remove"))
        self._remove.setAccessibleName(self.tr("Remove the selected contact"))
        self._up.setText(self.tr("Move &up"))
        self._up.setAccessibleName(self.tr("Move the selected contact up"))
        self._down.setText(self.tr("Move do&wn"))
        self._down.setAccessibleName(self.tr("Move the selected contact down"))
        self._publish.setText(self.tr("&Publish…"))
        self._publish.setAccessibleName(self.tr("Publish the release"))
        self._publish.setToolTip(self.tr("Freezes the contact block as printed."))
        self._from_this.setText(self.tr("&New release from this one"))
        self._from_this.setAccessibleName(self.tr("New release with the same contacts"))
        self._revert.setText(self.tr("Re&vert"))
        self._revert.setAccessibleName(self.tr("Drop unsaved changes"))
        self._save.setText(self.tr("&Save"))
        self._save.setAccessibleName(self.tr("Save the release"))
        self._reload.setText(QCoreApplication.translate("Dialogs", "Reload"))
        self._reload.setAccessibleName(self.tr("Reload the stored version"))
        self._elsewhere_message.label.setAccessibleName(
            QCoreApplication.translate("Dialogs", "Changed by someone else")
        )
        self._show_changed_elsewhere(self._elsewhere_deleted)
        self._error.label.setAccessibleName(self.tr("Why the release was not saved"))
        self._outdated_note.label.setAccessibleName(self.tr("Outdated release"))
        self._scroll.setAccessibleName(self.tr("Release editor"))
        self._date.setDisplayFormat(date_format())
        with QSignalBlocker(self._language):
            for row in range(self._language.count()):
                self._language.setItemText(row, language_name(str(self._language.itemData(row))))
        if self._office.count():
            self._office.setItemText(0, self.tr("(no office)"))
        self._apply_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
