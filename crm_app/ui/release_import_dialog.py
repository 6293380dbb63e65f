"""File → Import from Release Text: the people of a published release's contact block.

The officer pastes a release (or drops its .txt/.html file, read as bytes so any encoding
works). A short pause after typing, the release text service reads it without writing:
the release's title, date, dateline and language, and one row per person of its "For more
information, please contact:" block, side by side with the stored contact it matches. Each
row says what to do (link to the stored contact, create a new one, skip); a probable match
waits for the officer's choice. A flagged number's suggestion is taken with one click and
is what gets imported. Nothing is written until Import; a large page is read off the GUI
thread (crm_app.ui.workers).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.phones import parse_phone
from crm_app.domain.records import Contact, Phone
from crm_app.domain.release_text import MAX_RELEASE_BYTES, decode_release
from crm_app.services.importing import Decision, ImportCandidate, MatchConfidence
from crm_app.services.release_import import (
    FoundContact,
    ReleaseTextImport,
    ReleaseTextPreview,
    ReleaseTextService,
)
from crm_app.ui.data_language import PhoneFormat, data_language
from crm_app.ui.file_drops import FileDropFilter
from crm_app.ui.i18n import format_date, language_name
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.preferences import RELEASE_IMPORT_GEOMETRY, Preferences
from crm_app.ui.widgets import FittingButton, Level, count_label, level_icon, secondary
from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback

RELEASE_SUFFIXES = (".txt", ".html", ".htm")
# A pause in typing this long reads the text again (a paste reads at once).
READ_DELAY_MS = 400
# Above this many characters (or bytes) the text is read off the GUI thread: a 5 MB page
# takes most of a second.
LARGE_SOURCE = 200_000
# A first opening takes this share of the screen's free area, up to MAXIMUM_FIRST_SIZE.
SCREEN_SHARE = 0.9
MAXIMUM_FIRST_SIZE = QSize(1180, 800)
# The flagged numbers listed under the table before that list scrolls.
FIXES_SHOWN = 3


class Column:
    PERSON = 0
    PHONES = 1
    EMAILS = 2
    STORED = 3
    CHOICE = 4
    COUNT = 5


class Page:
    EMPTY = 0
    TABLE = 1
    NOBODY = 2


_ASK = ""  # the choice of a probable match nobody has made yet
# The text columns' shares of the width the choice column leaves.
_SHARES = {Column.PERSON: 28, Column.PHONES: 33, Column.STORED: 39}


def _key(found: FoundContact) -> tuple[int, str]:
    return (found.line, found.person.text)


class _FoundTable(QTableWidget):
    """The people found: the text columns share the width, so it never scrolls sideways."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.share_columns()

    def share_columns(self) -> None:
        header = self.horizontalHeader()
        room = self.viewport().width() - header.sectionSize(Column.CHOICE)
        # Addresses do not wrap: their column takes what shows them whole, up to a third.
        emails = min(max(self.sizeHintForColumn(Column.EMAILS), 60), room // 3)
        header.resizeSection(Column.EMAILS, emails)
        room -= emails
        total = sum(_SHARES.values())
        left = room
        for column, share in _SHARES.items():
            width = max(60, room * share // total) if column != Column.STORED else max(60, left)
            header.resizeSection(column, width)
            left -= width
        self.resizeRowsToContents()


@dataclass(frozen=True, slots=True)
class _Fix:
    line: int
    name: str
    raw: str
    suggestion: str  # as the service wrote it: what gets imported
    shown: str  # as the interface writes it


class ReleaseImportDialog(QDialog):
    """Paste or drop a release; see whom it names; choose; Import writes it all at once."""

    imported = Signal(object)  # the ReleaseTextImport
    read_done = Signal()  # a reading was shown (or failed): for tests and screenshots

    def __init__(
        self,
        release_texts: ReleaseTextService,
        numbers: PhoneFormat,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("releaseImportDialog")
        self._service = release_texts
        self._numbers = numbers
        self._preferences = preferences
        self._language = data_language()
        self._source: bytes | str = ""
        self._file: Path | None = None
        self._file_edited = False
        self._loading = False
        self._fixes: dict[int, dict[str, str]] = {}
        # (line, the person's text) -> a Decision value, or _ASK; kept while the text is edited
        self._choices: dict[tuple[int, str], str] = {}
        self._preview: ReleaseTextPreview | None = None
        self._read_error = ""
        self._generation = 0
        self._shown_generation = -1
        self._task: BackgroundTask | None = None
        self._task_generation = 0
        self._importing = False
        self._result: ReleaseTextImport | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self.read_now)

        # The source: a paste area, the file it came from, Open File.
        self._input = QPlainTextEdit()
        self._input.setObjectName("releaseTextInput")
        self._input.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._input.setTabChangesFocus(True)
        self._input.textChanged.connect(self._on_text_changed)
        self._file_label = secondary(QLabel())
        self._file_label.setObjectName("releaseFileName")
        self._file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._open = QPushButton()
        self._open.setObjectName("openReleaseFile")
        self._open.setAutoDefault(False)
        self._open.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self._file_label, 1)
        file_row.addWidget(self._open)
        source = QWidget()
        source_layout = QVBoxLayout(source)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self._input, 1)
        source_layout.addLayout(file_row)

        # What the reader found about the release.
        self._title_caption = QLabel()
        self._title = QLabel()
        self._title.setObjectName("releaseTitle")
        self._date_caption = QLabel()
        self._date = QLabel()
        self._date.setObjectName("releaseDate")
        self._dateline_caption = QLabel()
        self._dateline = QLabel()
        self._dateline.setObjectName("releaseDateline")
        self._language_caption = QLabel()
        self._language_value = QLabel()
        self._language_value.setObjectName("releaseLanguage")
        for value in (self._title, self._date, self._dateline, self._language_value):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for caption, buddy in (
            (self._title_caption, self._title),
            (self._date_caption, self._date),
            (self._dateline_caption, self._dateline),
            (self._language_caption, self._language_value),
        ):
            caption.setBuddy(buddy)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            buddy.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._facts = QWidget()
        self._facts.setObjectName("releaseFacts")
        facts = QGridLayout(self._facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(8)
        facts.addWidget(self._title_caption, 0, 0)
        facts.addWidget(self._title, 0, 1, 1, 5)
        facts.addWidget(self._date_caption, 1, 0)
        facts.addWidget(self._date, 1, 1)
        facts.addWidget(self._dateline_caption, 1, 2)
        facts.addWidget(self._dateline, 1, 3)
        facts.addWidget(self._language_caption, 1, 4)
        facts.addWidget(self._language_value, 1, 5)
        facts.setColumnStretch(1, 3)
        facts.setColumnStretch(3, 2)
        facts.setColumnStretch(5, 2)
        self._warnings = QLabel()
        self._warnings.setObjectName("releaseWarnings")
        self._warnings.setWordWrap(True)
        self._warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._warnings.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._warnings.setVisible(False)

        # The people: an empty state, the table, or "nobody found".
        self._pages = QStackedWidget()
        self._pages.setObjectName("foundPages")
        self._empty = secondary(QLabel())
        self._empty.setObjectName("releaseEmptyState")
        self._nobody = QLabel()
        self._nobody.setObjectName("noContactsFound")
        for label in (self._empty, self._nobody):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMargin(16)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._table = _FoundTable(0, Column.COUNT)
        self._table.setObjectName("foundContacts")
        self._table.setWordWrap(True)
        self._table.setAlternatingRowColors(True)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._table)
        self._pages.addWidget(self._nobody)

        # One click takes a flagged number's suggestion.
        self._fixes_box = QWidget()
        self._fixes_box.setObjectName("phoneFixes")
        self._fixes_layout = QVBoxLayout(self._fixes_box)
        self._fixes_layout.setContentsMargins(0, 0, 0, 0)
        self._fixes_scroll = QScrollArea()
        self._fixes_scroll.setObjectName("phoneFixesArea")
        self._fixes_scroll.setWidget(self._fixes_box)
        self._fixes_scroll.setWidgetResizable(True)
        self._fixes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._fixes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fixes_scroll.setVisible(False)
        self._fix_buttons: list[FittingButton] = []

        self._message = QLabel()
        self._message.setObjectName("importMessage")
        self._message.setWordWrap(True)
        self._message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._message_icon = QLabel()
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self._message, 1)

        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self._facts)
        results_layout.addWidget(self._warnings)
        results_layout.addWidget(self._pages, 1)
        results_layout.addWidget(self._fixes_scroll)

        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setObjectName("releaseImportSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(source)
        self._splitter.addWidget(results)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 3)

        self._confirm = QPushButton()
        self._confirm.setObjectName("confirmImport")
        self._confirm.setAutoDefault(False)
        self._confirm.clicked.connect(self.confirm)
        self._cancel = QPushButton()
        self._cancel.setObjectName("cancelImport")
        self._cancel.setAutoDefault(False)
        self._cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addLayout(message_row, 1)
        buttons.addWidget(self._confirm, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self._cancel, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.confirm)

        # A dropped file anywhere in the dialog (paste area included) is read as the release.
        self._drops = FileDropFilter(RELEASE_SUFFIXES, self.load_file, self, first_only=True)
        self.setAcceptDrops(True)
        self.installEventFilter(self._drops)
        self._input.viewport().installEventFilter(self._drops)

        self._retranslate()
        self._show_reading()
        self._restore_size()

    # Size

    def _restore_size(self) -> None:
        geometry = self._preferences.data(RELEASE_IMPORT_GEOMETRY)
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(MAXIMUM_FIRST_SIZE)
            return
        available = screen.availableGeometry().size()
        wanted = (available * SCREEN_SHARE).boundedTo(MAXIMUM_FIRST_SIZE)
        self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(available))
        self._splitter.setSizes([self.height() // 4, self.height() * 3 // 4])

    def _remember_size(self) -> None:
        self._preferences.set_data(RELEASE_IMPORT_GEOMETRY, QByteArray(self.saveGeometry()))

    # The source

    def set_text(self, text: str) -> None:
        """Put `text` in the paste area, as a paste does, and read it at once."""
        self._input.setPlainText(text)
        self.read_now()

    def load_file(self, path: Path) -> None:
        """Read a release file as bytes (what a drop and Open File do), then the release."""
        try:
            size = path.stat().st_size
            if size > MAX_RELEASE_BYTES:
                self._show_error(
                    self.tr("{file} is too large to be a release ({size} MB).").format(
                        file=path.name, size=size // (1024 * 1024)
                    )
                )
                return
            data = path.read_bytes()
        except OSError as exc:
            self._show_error(
                self.tr("{file} could not be read: {reason}").format(
                    file=path.name, reason=exc.strerror or str(exc)
                )
            )
            return
        self.set_source_bytes(data, path)

    def set_source_bytes(self, data: bytes, path: Path | None = None) -> None:
        """The release as a file's bytes; the paste area shows them decoded."""
        self._source = data
        self._file = path
        self._file_edited = False
        self._fixes.clear()
        self._choices.clear()
        text, _encoding = decode_release(data)
        self._loading = True
        try:
            self._input.setPlainText(text)
        finally:
            self._loading = False
        self._show_file()
        self.read_now()

    def source(self) -> bytes | str:
        return self._source

    def fallback_title(self) -> str:
        """The file's name stands for the title when the text gives none."""
        return self._file.stem if self._file is not None else ""

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._source = self._input.toPlainText()
        if self._file is not None and not self._file_edited:
            self._file_edited = True
        self._show_file()
        self._generation += 1
        self._timer.start()

    def _show_file(self) -> None:
        if self._file is None:
            self._file_label.setText(
                self.tr("Pasted text (no file).") if self._input.toPlainText().strip() else ""
            )
        elif self._file_edited:
            self._file_label.setText(
                self.tr("From the file {file}, edited here").format(file=self._file.name)
            )
        else:
            self._file_label.setText(self.tr("From the file {file}").format(file=self._file.name))
        self._file_label.setToolTip(str(self._file) if self._file is not None else "")

    def _choose_file(self) -> None:
        folder = self._preferences.last_folder
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a release"),
            str(folder) if folder is not None else "",
            self.tr("Releases (*.txt *.html *.htm);;All files (*)"),
        )
        if chosen:
            path = Path(chosen)
            self._preferences.last_folder = path.parent
            self.load_file(path)

    # Reading

    def read_now(self) -> None:
        """Read the source now (the typing pause is over, or a file came)."""
        self._timer.stop()
        self._generation += 1
        source = self._source
        if not source.strip():
            self._preview = None
            self._read_error = ""
            self._shown_generation = self._generation
            self._show_reading()
            self.read_done.emit()
            return
        if self._task is not None and self._task.is_running():
            return  # read again with the newest text when this one ends
        fixes = {line: dict(numbers) for line, numbers in self._fixes.items()}
        service = self._service
        if len(source) <= LARGE_SOURCE:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                preview = service.read(source, phone_fixes=fixes)
            except CrmError as exc:
                self._read_failed(tr_error(exc))
                return
            finally:
                QApplication.restoreOverrideCursor()
            self._read(preview)
            return

        def work(_progress: ProgressCallback, _is_cancelled: CancelCheck) -> object:
            return service.read(source, phone_fixes=fixes)

        self._task_generation = self._generation
        self._task = BackgroundTask(work, self)
        self._task.succeeded.connect(self._on_read_task)
        self._task.failed.connect(self._read_failed)
        self._task.finished.connect(self._on_task_finished)
        self._message.setText(self.tr("Reading the release…"))
        self._message_icon.clear()
        self._update_buttons()
        self._task.start()

    def is_reading(self) -> bool:
        return self._task is not None and self._task.is_running() and not self._importing

    def _on_read_task(self, result: object) -> None:
        assert isinstance(result, ReleaseTextPreview)
        if self._task_generation == self._generation:
            self._read(result)

    def _on_task_finished(self) -> None:
        if self._importing:
            return
        if self._task_generation != self._generation and not self._timer.isActive():
            self.read_now()  # the text changed while it was read
        self._update_buttons()

    def _read(self, preview: ReleaseTextPreview) -> None:
        self._preview = preview
        self._read_error = ""
        self._shown_generation = self._generation
        self._show_reading()
        self.read_done.emit()

    def _read_failed(self, reason: str) -> None:
        self._preview = None
        self._read_error = self.tr("The text could not be read: {reason}").format(reason=reason)
        self._shown_generation = self._generation
        self._show_reading()
        self.read_done.emit()

    def preview(self) -> ReleaseTextPreview | None:
        return self._preview

    # Showing what was read

    def _show_reading(self) -> None:
        preview = self._preview
        self._show_facts(preview)
        if preview is None:
            self._pages.setCurrentIndex(Page.EMPTY)
            self._table.setRowCount(0)
        elif not preview.contacts:
            self._nobody.setText(
                self.tr(
                    "No contacts found. This text has no “For more information, please "
                    "contact:” block (or one in French or Spanish), so there is nobody to "
                    "import. Paste the whole release, down to its last lines."
                )
                if preview.reading.block_line is None
                else self.tr(
                    "No contacts found. The text's contact block names no one with a phone "
                    "number or an e-mail address, so there is nobody to import."
                )
            )
            self._pages.setCurrentIndex(Page.NOBODY)
            self._table.setRowCount(0)
        else:
            self._fill(preview)
            self._pages.setCurrentIndex(Page.TABLE)
        self._show_fixes()
        self._update_buttons()

    def _show_facts(self, preview: ReleaseTextPreview | None) -> None:
        self._facts.setVisible(preview is not None)
        if preview is None:
            for label in (self._title, self._date, self._dateline, self._language_value):
                label.setText("")
            self._warnings.setVisible(False)
            return
        reading = preview.reading
        stem = self.fallback_title()
        if reading.title:
            self._title.setText(reading.title)
        elif stem:
            self._title.setText(
                self.tr("not in the text: the file name “{name}” will be used").format(name=stem)
            )
        else:
            self._title.setText(
                self.tr("not found: put the release's title on the first line of the text")
            )
        self._date.setText(
            format_date(reading.date)
            if reading.date is not None
            else self.tr("not given: the release will be dated today")
        )
        self._dateline.setText(reading.dateline or self.tr("not given"))
        self._language_value.setText(
            language_name(reading.language) if reading.language else self.tr("not recognised")
        )
        warnings = [tr_message(warning) for warning in preview.warnings]
        self._warnings.setText("\n".join(f"⚠ {warning}" for warning in warnings))
        self._warnings.setVisible(bool(warnings))

    def _fill(self, preview: ReleaseTextPreview) -> None:
        table = self._table
        table.setRowCount(len(preview.contacts))
        for row, found in enumerate(preview.contacts):
            candidate = found.candidate
            person = self._item(self._person_text(found))
            remarks = [tr_message(remark) for remark in candidate.remarks]
            person.setToolTip("\n".join([found.person.text, *remarks]))
            table.setItem(row, Column.PERSON, person)
            phones = self._item(self._phones_text(found))
            if self._flagged(candidate):
                phones.setIcon(level_icon(Level.WARNING))
            table.setItem(row, Column.PHONES, phones)
            table.setItem(row, Column.EMAILS, self._item(self._emails_text(found)))
            table.setItem(row, Column.STORED, self._item(self._stored_text(candidate)))
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 2, 2, 2)
            holder_layout.addWidget(self._choice_combo(row, found))
            holder_layout.addStretch(1)
            table.setCellWidget(row, Column.CHOICE, holder)
        self._fit_rows()

    @staticmethod
    def _item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    def _fit_rows(self) -> None:
        self._table.share_columns()

    def _person_text(self, found: FoundContact) -> str:
        contact = found.candidate.contact
        record = found.person.contact
        lines: list[str] = []
        if contact is not None:
            lines.append(contact.display_name)
            if contact.title(self._language):
                lines.append(contact.title(self._language))
        else:
            lines.append(" ".join(part for part in (record.given, record.family) if part))
        office = (
            contact.office.name(self._language)
            if contact is not None and contact.office is not None
            else record.office or record.organisation
        )
        if office:
            lines.append(office)
        problem = found.candidate.problem
        if problem is not None:
            lines.append(
                self.tr("⚠ Cannot be imported: {reason}").format(reason=tr_message(problem))
            )
        return "\n".join(lines)

    @staticmethod
    def _flagged(candidate: ImportCandidate) -> bool:
        contact = candidate.contact
        return contact is not None and any(not phone.valid for phone in contact.phones)

    def _suggestion_for(self, candidate: ImportCandidate, phone: Phone) -> str | None:
        for raw, suggestion in candidate.phone_suggestions.items():
            if raw.strip() == phone.raw.strip():
                return suggestion
        return None

    def _shown_number(self, number: str) -> str:
        """A number the service wrote ("+86 10 5979 9695 ext. 203") as the interface does."""
        try:
            return self._numbers.phone(parse_phone(number))
        except CrmError:
            return number

    def _phones_text(self, found: FoundContact) -> str:
        candidate = found.candidate
        contact = candidate.contact
        if contact is None:
            record = found.person.contact
            return "\n".join(raw for _kind, raw in record.phones) or self.tr("none")
        taken = set(self._fixes.get(found.line, {}).values())
        lines: list[str] = []
        for phone in contact.phones:
            if phone.valid:
                text = self._numbers.phone(phone)
                if phone.raw in taken:
                    text = self.tr("{number} (suggestion taken)").format(number=text)
                lines.append(text)
                continue
            lines.append(self.tr("{number} — not a valid number").format(number=phone.raw))
            suggestion = self._suggestion_for(candidate, phone)
            if suggestion is not None:
                lines.append(
                    self.tr("did you mean {number}?").format(number=self._shown_number(suggestion))
                )
        return "\n".join(lines) or self.tr("none")

    def _emails_text(self, found: FoundContact) -> str:
        contact = found.candidate.contact
        if contact is not None:
            lines = [email.address for email in contact.emails]
        else:
            lines = [raw for _kind, raw in found.person.contact.emails]
        hidden = found.person.hidden_emails
        if hidden:
            lines.append(
                count_label(
                    hidden,
                    self.tr("⚠ 1 address hidden by the web page"),
                    self.tr("⚠ {count} addresses hidden by the web page"),
                )
            )
        return "\n".join(lines) or self.tr("none")

    def _channels(self, contact: Contact) -> list[str]:
        phones = [self._numbers.phone(phone) for phone in contact.phones]
        emails = [email.address for email in contact.emails]
        return [", ".join(phones), ", ".join(emails)]

    def _stored_text(self, candidate: ImportCandidate) -> str:
        stored = candidate.matched
        if stored is None or candidate.match_confidence is MatchConfidence.NONE:
            return self.tr("No stored contact matches.")
        lines = [stored.display_name]
        if stored.office is not None:
            lines.append(stored.office.name(self._language))
        lines.extend(text for text in self._channels(stored) if text)
        reason = tr_message(candidate.match_reason)
        if candidate.match_confidence is MatchConfidence.EXACT:
            lines.append(self.tr("Same person: {reason}").format(reason=reason))
        else:
            lines.append(self.tr("Perhaps the same person: {reason}").format(reason=reason))
        return "\n".join(lines)

    # Choices

    def _choice_combo(self, row: int, found: FoundContact) -> QComboBox:
        candidate = found.candidate
        combo = QComboBox()
        combo.setObjectName(f"importChoice{row + 1}")
        name = self._person_text(found).split("\n", 1)[0]
        combo.setAccessibleName(self.tr("What to do with {name}").format(name=name))
        if candidate.problem is not None or candidate.contact is None:
            combo.addItem(self.tr("Skip (cannot be imported)"), Decision.SKIP.value)
            combo.setEnabled(False)
            self._choices[_key(found)] = Decision.SKIP.value
            return combo
        matched = candidate.match_id is not None
        confidence = candidate.match_confidence
        if matched and confidence is MatchConfidence.PROBABLE:
            combo.addItem(self.tr("Choose…"), _ASK)
        if matched:
            combo.addItem(self.tr("Link to the stored contact"), Decision.LINK.value)
        combo.addItem(self.tr("Create a new contact"), Decision.CREATE.value)
        combo.addItem(self.tr("Skip"), Decision.SKIP.value)
        if confidence is MatchConfidence.EXACT and matched:
            default = Decision.LINK.value
        elif confidence is MatchConfidence.PROBABLE and matched:
            default = _ASK
        else:
            default = Decision.CREATE.value
        key = _key(found)
        chosen = self._choices.get(key, default)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else combo.findData(default))
        self._choices[key] = str(combo.currentData())

        def chose(_index: int) -> None:
            self._choices[key] = str(combo.currentData())
            if combo.currentData() != _ASK:
                ask = combo.findData(_ASK)
                if ask >= 0:
                    combo.removeItem(ask)  # chosen once, the question is answered
            self._update_buttons()

        combo.currentIndexChanged.connect(chose)
        return combo

    def choice_of(self, row: int) -> QComboBox:
        holder = self._table.cellWidget(row, Column.CHOICE)
        combo = holder.findChild(QComboBox) if holder is not None else None
        assert isinstance(combo, QComboBox)
        return combo

    def decisions(self) -> dict[int, Decision]:
        """What the officer chose for each person, by line; a question left open is absent."""
        preview = self._preview
        if preview is None:
            return {}
        return {
            found.line: Decision(self._choices[_key(found)])
            for found in preview.contacts
            if self._choices.get(_key(found), _ASK) != _ASK
        }

    def _open_questions(self) -> int:
        preview = self._preview
        if preview is None:
            return 0
        return sum(1 for found in preview.contacts if self._choices.get(_key(found)) == _ASK)

    # Phone fixes

    def fixes(self) -> list[_Fix]:
        preview = self._preview
        if preview is None:
            return []
        found_fixes: list[_Fix] = []
        for found in preview.contacts:
            contact = found.candidate.contact
            if contact is None:
                continue
            for raw, suggestion in found.candidate.phone_suggestions.items():
                found_fixes.append(
                    _Fix(
                        found.line,
                        contact.display_name,
                        raw,
                        suggestion,
                        self._shown_number(suggestion),
                    )
                )
        return found_fixes

    def _show_fixes(self) -> None:
        for button in self._fix_buttons:
            button.deleteLater()
        self._fix_buttons = []
        while self._fixes_layout.count():
            item = self._fixes_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        fixes = self.fixes()
        for index, fix in enumerate(fixes):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(
                self.tr("{name}: {number} is not a valid number.").format(
                    name=fix.name, number=fix.raw
                )
            )
            label.setWordWrap(True)
            icon = QLabel()
            size = label.fontMetrics().height()
            icon.setPixmap(level_icon(Level.WARNING).pixmap(size, size))
            button = FittingButton()
            button.setObjectName(
                "useSuggestedNumber" if index == 0 else f"useSuggestedNumber{index + 1}"
            )
            button.setAutoDefault(False)
            button.set_texts(
                self.tr("Use {number}").format(number=fix.shown),
                self.tr("Use the suggested number"),
            )
            button.setAccessibleName(
                self.tr("Use the suggested number {number} for {name}").format(
                    number=fix.shown, name=fix.name
                )
            )
            button.clicked.connect(lambda _checked=False, taken=fix: self.take_suggestion(taken))
            row_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(label)
            row_layout.addWidget(button)
            row_layout.addStretch(1)
            self._fixes_layout.addWidget(row)
            self._fix_buttons.append(button)
        self._fixes_scroll.setVisible(bool(fixes))
        if fixes:
            row_height = max(
                self._fix_buttons[0].sizeHint().height(), self.fontMetrics().height() * 2
            )
            spacing = max(self._fixes_layout.spacing(), 0)
            shown = min(len(fixes), FIXES_SHOWN)
            self._fixes_scroll.setFixedHeight(shown * row_height + (shown - 1) * spacing + 2)

    def take_suggestion(self, fix: _Fix) -> None:
        """Import the suggested number instead of the one the text gives, and show it."""
        self._fixes.setdefault(fix.line, {})[fix.raw] = fix.suggestion
        self.read_now()

    # Importing

    def confirm(self) -> None:
        """Write the release and its people as chosen; nothing before this."""
        if not self._confirm.isEnabled():
            return
        preview = self._preview
        if preview is None or self._open_questions():
            return
        source = self._source
        decisions = self.decisions()
        fixes = {line: dict(numbers) for line, numbers in self._fixes.items()}
        title = self.fallback_title()
        service = self._service

        def run() -> ReleaseTextImport:
            return service.import_release(
                source, decisions, fallback_title=title, phone_fixes=fixes
            )

        if len(source) <= LARGE_SOURCE:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = run()
            except CrmError as exc:
                self._import_failed(exc)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self._imported(result)
            return

        def work(_progress: ProgressCallback, _is_cancelled: CancelCheck) -> object:
            return run()

        self._importing = True
        self._task = BackgroundTask(work, self)
        self._task.succeeded.connect(self._on_import_task)
        self._task.failed.connect(self._on_import_task_failed)
        self._message.setText(self.tr("Importing…"))
        self._message_icon.clear()
        self._update_buttons()
        self._task.start()

    def _on_import_task(self, result: object) -> None:
        self._importing = False
        assert isinstance(result, ReleaseTextImport)
        self._imported(result)

    def _on_import_task_failed(self, message: str) -> None:
        self._importing = False
        failure = self._task.failure() if self._task is not None else None
        if failure is not None and isinstance(failure.error, CrmError):
            self._import_failed(failure.error)
        else:
            self._show_error(
                self.tr("The import failed; nothing was written. {reason}").format(reason=message)
            )

    def _imported(self, result: ReleaseTextImport) -> None:
        self._result = result
        self.imported.emit(result)
        self.accept()

    def _import_failed(self, error: CrmError) -> None:
        if isinstance(error, ValidationError) and error.field == "title":
            reason = self.tr("Release title: {reason}").format(reason=tr_message(error.reason))
        else:
            reason = tr_error(error)
        self._show_error(self.tr("Nothing was imported. {reason}").format(reason=reason))

    def result_of_import(self) -> ReleaseTextImport | None:
        return self._result

    def _show_error(self, text: str) -> None:
        self._update_buttons()
        self._set_message(Level.ERROR, text)

    def _set_message(self, level: Level, text: str) -> None:
        self._message.setText(text)
        size = self._message.fontMetrics().height()
        icon = level_icon(level)
        self._message_icon.setPixmap(icon.pixmap(size, size) if not icon.isNull() else QPixmap())

    def message(self) -> str:
        return self._message.text()

    def _update_buttons(self) -> None:
        busy = self._task is not None and self._task.is_running()
        preview = self._preview
        questions = self._open_questions()
        can_import = preview is not None and bool(preview.contacts) and not questions and not busy
        self._confirm.setEnabled(can_import)
        self._input.setReadOnly(self._importing)
        self._open.setEnabled(not self._importing)
        self._table.setEnabled(not self._importing)
        self._cancel.setEnabled(not self._importing)
        for button in self._fix_buttons:
            button.setEnabled(not busy)
        if busy:
            return
        if self._read_error:
            self._set_message(Level.ERROR, self._read_error)
        elif preview is None or not preview.contacts:
            self._set_message(Level.NONE, "")
        elif questions:
            self._set_message(
                Level.WARNING,
                count_label(
                    questions,
                    self.tr(
                        "One person may already be among your contacts: choose Link, Create "
                        "or Skip where the table says “Choose…” before importing."
                    ),
                    self.tr(
                        "{count} people may already be among your contacts: choose Link, "
                        "Create or Skip where the table says “Choose…” before importing."
                    ),
                ),
            )
        else:
            counts = dict.fromkeys(Decision, 0)
            for decision in self.decisions().values():
                counts[decision] += 1
            self._set_message(
                Level.NONE,
                self.tr(
                    "Nothing is saved yet. Import will link {link}, create {create} and skip "
                    "{skip}, and record the release."
                ).format(
                    link=counts[Decision.LINK],
                    create=counts[Decision.CREATE],
                    skip=counts[Decision.SKIP],
                ),
            )

    # Closing

    def reject(self) -> None:
        if self._importing:
            return  # an import runs to its end: it is one transaction, quickly done
        self._stop_reading()
        super().reject()

    def done(self, result: int) -> None:
        self._remember_size()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._importing:
            event.ignore()
            return
        self._stop_reading()
        super().closeEvent(event)

    def _stop_reading(self) -> None:
        self._timer.stop()
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()

    # Translation

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Release Text"))
        self._input.setPlaceholderText(
            self.tr("Paste the text of a published release here, or drop its file (.txt, .html).")
        )
        self._input.setAccessibleName(self.tr("Release text"))
        self._input.setAccessibleDescription(
            self.tr(
                "The release to read; a dropped .txt or .html file is read whatever its encoding"
            )
        )
        self._file_label.setAccessibleName(self.tr("File the text came from"))
        self._open.setText(self.tr("&Open File…"))
        self._open.setAccessibleName(self.tr("Open a release file"))
        self._title_caption.setText(self.tr("Title:"))
        self._date_caption.setText(self.tr("Date:"))
        self._dateline_caption.setText(self.tr("Dateline:"))
        self._language_caption.setText(self.tr("Language:"))
        self._title.setAccessibleName(self.tr("Release title"))
        self._date.setAccessibleName(self.tr("Release date"))
        self._dateline.setAccessibleName(self.tr("Release dateline"))
        self._language_value.setAccessibleName(self.tr("Release language"))
        self._warnings.setAccessibleName(self.tr("What the reader noticed"))
        self._empty.setText(
            "<p><big>{}</big></p><p>{}</p>".format(
                html.escape(self.tr("Paste a release or drop its file here…")),
                html.escape(
                    self.tr(
                        "The people of its “For more information, please contact:” block "
                        "are listed here, each beside the contact you already have. Nothing "
                        "is saved until you choose Import."
                    )
                ),
            )
        )
        self._empty.setAccessibleName(self.tr("No release yet"))
        self._nobody.setAccessibleName(self.tr("No contacts found"))
        self._table.setAccessibleName(self.tr("People found in the release"))
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("In the release"),
                self.tr("Phones"),
                self.tr("E-mails"),
                self.tr("Stored contact"),
                self.tr("Import as"),
            ]
        )
        self._fixes_scroll.setAccessibleName(self.tr("Suggested phone numbers"))
        self._message.setAccessibleName(self.tr("Import status"))
        self._confirm.setText(self.tr("&Import"))
        self._confirm.setAccessibleName(self.tr("Import the release and its contacts"))
        self._confirm.setToolTip(self.tr("Import (Ctrl+Return)"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Close without importing"))
        self._show_file()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_reading()
        super().changeEvent(event)
