"""Spreadsheet (CSV, Excel) import and export dialogs.

They follow the vCard dialogs: the work runs on a worker thread with progress and Cancel,
and import always previews (a dry run) before anything is written. Import adds a mapping
step between choosing the file and the preview: the first rows under each column, with a
drop-down per column saying which field it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.domain.sheet_columns import FIELD_LABELS, ColumnMapping, SheetField
from crm_app.domain.sheet_export import ExportLayout, SheetKind
from crm_app.domain.sheets import ReadOptions, SheetFormat
from crm_app.services.drafts import OfficeDraft
from crm_app.services.spreadsheets import SheetImportReport, SheetPreview, SpreadsheetService
from crm_app.services.vcards import CardOutcome, SkippedCard
from crm_app.ui.file_drops import SHEET_SUFFIXES
from crm_app.ui.i18n import current_language, make_room_for_accents
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.vcard_dialogs import TITLE_SHOWN, ExportScope, TaskDialog, set_progress
from crm_app.ui.widgets import CountryCombo
from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback

SAMPLE_ROWS = 20  # rows shown under the headers in the mapping step
COLUMN_WIDTH = 180  # wide enough for every field's label; many columns scroll, never squeeze
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")
DELIMITERS = (",", ";", "\t", "|")


def _open_filter() -> str:
    return QCoreApplication.translate(
        "SheetFiles", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"
    )


# --------------------------------------------------------------------------------- import


class SheetImportPage(IntEnum):
    CHOOSE = 0
    MAPPING = 1
    WORKING = 2
    PREVIEW = 3


class SheetImportDialog(TaskDialog):
    """File → Import from Spreadsheet: choose, map the columns, preview, then import."""

    imported = Signal(object)  # the SheetImportReport of an import that was written
    previewed = Signal(object)  # the SheetImportReport of the dry run
    folder_chosen = Signal(object)  # the Path of the folder picked in the file dialog

    def __init__(
        self,
        sheets: SpreadsheetService,
        path: Path | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sheetImportDialog")
        self._sheets = sheets
        self._folder = folder or Path.home()
        self._task: BackgroundTask | None = None
        self._running_dry = False
        self._sheet: SheetPreview | None = None
        self._mapping: ColumnMapping | None = None
        self._preview: SheetImportReport | None = None
        self._result: SheetImportReport | None = None
        self._filling = False  # combo boxes set by code, not by the person

        # Page: choose a file
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._file = QLineEdit()
        self._file.setObjectName("sheetFile")
        self._browse = QPushButton()
        self._browse.setObjectName("sheetBrowse")
        self._file_label = QLabel()
        self._file_label.setBuddy(self._file)
        self._choose_message = QLabel()
        self._choose_message.setObjectName("sheetChooseMessage")
        self._choose_message.setWordWrap(True)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(self._intro)
        file_row = QHBoxLayout()
        file_row.addWidget(self._file_label)
        file_row.addWidget(self._file, 1)
        file_row.addWidget(self._browse)
        choose_layout.addLayout(file_row)
        choose_layout.addWidget(self._choose_message)
        choose_layout.addStretch(1)

        # Page: the columns' mapping
        self._encoding = QComboBox()
        self._encoding.setObjectName("sheetEncoding")
        self._encoding.addItem("", None)
        for codec in ENCODINGS:
            self._encoding.addItem("", codec)
        self._delimiter = QComboBox()
        self._delimiter.setObjectName("sheetDelimiter")
        self._delimiter.addItem("", None)
        for delimiter in DELIMITERS:
            self._delimiter.addItem("", delimiter)
        self._sheet_choice = QComboBox()
        self._sheet_choice.setObjectName("sheetSheet")
        self._encoding_label = QLabel()
        self._encoding_label.setBuddy(self._encoding)
        self._delimiter_label = QLabel()
        self._delimiter_label.setBuddy(self._delimiter)
        self._sheet_label = QLabel()
        self._sheet_label.setBuddy(self._sheet_choice)
        reading = QHBoxLayout()
        for label, combo in (
            (self._encoding_label, self._encoding),
            (self._delimiter_label, self._delimiter),
            (self._sheet_label, self._sheet_choice),
        ):
            reading.addWidget(label)
            reading.addWidget(combo)
        reading.addStretch(1)
        self._detected = QLabel()
        self._detected.setObjectName("sheetDetected")
        self._detected.setWordWrap(True)
        self._table = QTableWidget()
        self._table.setObjectName("csvMapping")
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        header.setStretchLastSection(False)
        self._problems = QLabel()
        self._problems.setObjectName("sheetMappingProblems")
        self._problems.setWordWrap(True)
        self._problems.setStyleSheet("QLabel { color: palette(highlight); font-weight: bold; }")
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.addLayout(reading)
        mapping_layout.addWidget(self._detected)
        mapping_layout.addWidget(self._table, 1)
        mapping_layout.addWidget(self._problems)

        # Page: working
        self._working_label = QLabel()
        self._working_label.setObjectName("sheetWorking")
        self._working_label.setWordWrap(True)
        self._progress = QProgressBar()
        self._progress.setObjectName("sheetProgress")
        working = QWidget()
        working_layout = QVBoxLayout(working)
        working_layout.addStretch(1)
        working_layout.addWidget(self._working_label)
        working_layout.addWidget(self._progress)
        working_layout.addStretch(1)

        # Page: preview, then result
        self._summary = QLabel()
        self._summary.setObjectName("sheetSummary")
        self._summary.setWordWrap(True)
        self._details = QTabWidget()
        make_room_for_accents(self._details)
        self._details.setObjectName("sheetDetails")
        self._created = _outcome_tree("sheetCreated")
        self._updated = _outcome_tree("sheetUpdated")
        self._unchanged = _outcome_tree("sheetUnchanged")
        self._skipped = _outcome_tree("sheetSkipped")
        self._warnings = _outcome_tree("sheetWarnings", columns=1)
        self._offices = _outcome_tree("sheetUnknownOffices", columns=3)
        self._office_choices: list[tuple[str, QCheckBox, CountryCombo]] = []
        for tree in (
            self._created,
            self._updated,
            self._unchanged,
            self._skipped,
            self._warnings,
            self._offices,
        ):
            self._details.addTab(tree, "")
        self._offices_note = QLabel()
        self._offices_note.setObjectName("sheetOfficesNote")
        self._offices_note.setWordWrap(True)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self._summary)
        preview_layout.addWidget(self._details, 1)
        preview_layout.addWidget(self._offices_note)

        self._pages = QStackedWidget()
        self._pages.setObjectName("sheetPages")
        for page in (choose, mapping_page, working, preview):
            self._pages.addWidget(page)

        self._back = QPushButton()
        self._back.setObjectName("sheetBack")
        self._next = QPushButton()
        self._next.setObjectName("sheetNext")
        self._run = QPushButton()
        self._run.setObjectName("sheetRun")
        self._cancel = QPushButton()
        self._cancel.setObjectName("sheetCancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self._back, self._next, self._run, self._cancel):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addLayout(buttons)

        self._browse.clicked.connect(self._choose_file)
        self._file.textChanged.connect(self._update_buttons)
        self._file.returnPressed.connect(self._go_next)
        self._back.clicked.connect(self._go_back)
        self._next.clicked.connect(self._go_next)
        self._run.clicked.connect(self.start_import)
        self._cancel.clicked.connect(self._cancel_or_close)
        for combo in (self._encoding, self._delimiter, self._sheet_choice):
            combo.currentIndexChanged.connect(self._reread)
        if path is not None:
            self._file.setText(str(path))
        self._retranslate()
        self._update_buttons()
        self.resize(900, 600)

    # State

    def page(self) -> SheetImportPage:
        return SheetImportPage(self._pages.currentIndex())

    def mapping(self) -> ColumnMapping | None:
        return self._mapping

    def sheet_preview(self) -> SheetPreview | None:
        return self._sheet

    def preview_report(self) -> SheetImportReport | None:
        return self._preview

    def result_report(self) -> SheetImportReport | None:
        return self._result

    def task(self) -> BackgroundTask | None:
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def path(self) -> Path | None:
        text = self._file.text().strip()
        return Path(text).expanduser() if text else None

    def field_box(self, column: int) -> QComboBox:
        """The drop-down that says what a column holds (0-based)."""
        box = self._table.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        return box

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from spreadsheet"), str(self._folder), _open_filter()
        )
        if chosen:
            self._file.setText(chosen)
            self._folder = Path(chosen).parent
            self.folder_chosen.emit(self._folder)
            self.open_file()

    # Mapping

    def _options(self) -> ReadOptions:
        sheet = self._sheet_choice.currentData()
        return ReadOptions(
            encoding=self._encoding.currentData(),
            delimiter=self._delimiter.currentData(),
            sheet=sheet if isinstance(sheet, str) else None,
        )

    def open_file(self) -> bool:
        """Reads the file's first rows and shows the mapping step; False when it can't."""
        path = self.path()
        if path is None or self.is_running():
            return False
        if not path.is_file():
            self._choose_message.setText(self.tr("There is no file at {file}.").format(file=path))
            return False
        self._filling = True
        for combo in (self._encoding, self._delimiter):
            combo.setCurrentIndex(0)
        self._sheet_choice.clear()
        self._filling = False
        if not self._inspect(ReadOptions()):
            return False
        self._pages.setCurrentIndex(SheetImportPage.MAPPING)
        self._update_buttons()
        return True

    def _reread(self, *_args: object) -> None:
        if self._filling or self._sheet is None:
            return
        self._inspect(self._options())
        self._update_buttons()

    def _inspect(self, options: ReadOptions) -> bool:
        path = self.path()
        assert path is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = self._sheets.inspect(path, options, sample=SAMPLE_ROWS)
        except CrmError as exc:
            text = self.tr("The file could not be read: {reason}").format(reason=tr_error(exc))
            if self.page() is SheetImportPage.MAPPING:
                # Nothing to map until another encoding or separator reads the file.
                self._mapping = None
                self._table.clear()
                self._table.setRowCount(0)
                self._table.setColumnCount(0)
                self._problems.setText(text)
            else:
                self._choose_message.setText(text)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._sheet = sheet
        self._mapping = sheet.mapping
        self._preview = None
        self._choose_message.clear()
        self._fill_reading(sheet)
        self._fill_table(sheet)
        self._show_problems()
        return True

    def _fill_reading(self, sheet: SheetPreview) -> None:
        is_csv = sheet.format is SheetFormat.CSV
        self._filling = True
        for widget in (
            self._encoding,
            self._delimiter,
            self._encoding_label,
            self._delimiter_label,
        ):
            widget.setVisible(is_csv)
        for widget in (self._sheet_choice, self._sheet_label):
            widget.setVisible(not is_csv and len(sheet.sheets) > 1)
        if not is_csv and self._sheet_choice.count() != len(sheet.sheets):
            self._sheet_choice.clear()
            for name in sheet.sheets:
                self._sheet_choice.addItem(name, name)
        if sheet.sheet is not None:
            self._sheet_choice.setCurrentIndex(max(0, self._sheet_choice.findData(sheet.sheet)))
        self._filling = False
        lines: list[str] = []
        if is_csv:
            lines.append(
                self.tr("Read as {encoding}, columns separated by {delimiter}.").format(
                    encoding=sheet.encoding or "?",
                    delimiter=self._delimiter_name(sheet.delimiter),
                )
            )
        if sheet.remembered:
            lines.append(self.tr("Mapping remembered from last time."))
        lines.extend(tr_message(warning) for warning in sheet.warnings)
        self._detected.setText(" ".join(lines))

    def _delimiter_name(self, delimiter: str | None) -> str:
        names = {
            ",": self.tr("commas"),
            ";": self.tr("semicolons"),
            "\t": self.tr("tabs"),
            "|": self.tr("vertical bars"),
        }
        return names.get(delimiter or "", delimiter or "?")

    def _fill_table(self, sheet: SheetPreview) -> None:
        self._table.clear()
        self._table.setColumnCount(len(sheet.headers))
        self._table.setRowCount(1 + len(sheet.rows))
        self._table.setHorizontalHeaderLabels(list(sheet.headers))
        labels = [self.tr("Import as")] + [str(row.number) for row in sheet.rows]
        self._table.setVerticalHeaderLabels(labels)
        assert self._mapping is not None
        for column, chosen in enumerate(self._mapping.fields):
            box = QComboBox()
            box.setObjectName(f"csvMappingField{column}")
            box.addItem(self.tr("Not imported"), "")
            for field, label in FIELD_LABELS.items():
                box.addItem(tr_message(label), field.value)
            box.setCurrentIndex(max(0, box.findData(chosen.value if chosen else "")))
            box.setAccessibleName(
                self.tr("Field for column {column}").format(column=sheet.headers[column])
            )
            box.currentIndexChanged.connect(
                lambda _index, column=column, box=box: self._field_changed(column, box)
            )
            self._table.setCellWidget(0, column, box)
        for row, values in enumerate(sheet.rows, start=1):
            for column in range(len(sheet.headers)):
                text = values.cells[column] if column < len(values.cells) else ""
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                self._table.setItem(row, column, item)
        self._table.resizeRowToContents(0)

    def set_field(self, column: int, field: SheetField | None) -> None:
        box = self.field_box(column)
        box.setCurrentIndex(box.findData(field.value if field else ""))

    def _field_changed(self, column: int, box: QComboBox) -> None:
        if self._mapping is None:
            return
        value = box.currentData()
        self._mapping = self._mapping.with_field(column, SheetField(value) if value else None)
        self._preview = None
        self._show_problems()
        self._update_buttons()

    def problems(self) -> tuple[str, ...]:
        if self._mapping is None:
            return ()
        return tuple(tr_message(problem) for problem in self._mapping.problems())

    def _show_problems(self) -> None:
        self._problems.setText("\n".join(self.problems()))

    # Running

    def _go_next(self) -> None:
        if self.page() is SheetImportPage.CHOOSE:
            self.open_file()
        elif self.page() is SheetImportPage.MAPPING:
            self.start_preview()

    def _go_back(self) -> None:
        if self.is_running():
            return
        if self.page() is SheetImportPage.PREVIEW and self._sheet is not None:
            self._pages.setCurrentIndex(SheetImportPage.MAPPING)
        else:
            self._pages.setCurrentIndex(SheetImportPage.CHOOSE)
        self._update_buttons()

    def start_preview(self) -> None:
        """The dry run: everything the import would do, then rolled back."""
        self._start(dry_run=True)

    def start_import(self) -> None:
        """The import itself, in one transaction that Cancel rolls back."""
        self._start(dry_run=False)

    def cancel(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._working_label.setText(self.tr("Cancelling…"))

    def _start(self, dry_run: bool) -> None:
        path = self.path()
        mapping = self._mapping
        if path is None or mapping is None or self.is_running() or mapping.problems():
            return
        options = self._options()
        new_offices = () if dry_run else self.new_offices()
        sheets = self._sheets

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> object:
            return sheets.import_file(
                path,
                mapping,
                options=options,
                dry_run=dry_run,
                new_offices=new_offices,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        self._running_dry = dry_run
        self._task = BackgroundTask(work, self)
        self._task.progress.connect(lambda done, total: set_progress(self._progress, done, total))
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._update_buttons)
        self._working_label.setText(
            self.tr("Reading {file} to see what would change…").format(file=path.name)
            if dry_run
            else self.tr("Importing {file}…").format(file=path.name)
        )
        set_progress(self._progress, 0, 0)
        self._pages.setCurrentIndex(SheetImportPage.WORKING)
        self._task.start()
        self._update_buttons()

    def _on_done(self, result: object) -> None:
        assert isinstance(result, SheetImportReport)
        if result.cancelled:
            if self._running_dry:
                self._problems.setText(self.tr("Preview cancelled. Nothing was written."))
                self._pages.setCurrentIndex(SheetImportPage.MAPPING)
            else:
                self._summary.setText(
                    self.tr("Import cancelled. Nothing was written: the database is as it was.")
                )
                self._pages.setCurrentIndex(SheetImportPage.PREVIEW)
            return
        if self._running_dry:
            self._preview = result
            self._result = None
            self._summary.setText(self._preview_summary(result))
            self.previewed.emit(result)
        else:
            self._result = result
            self._summary.setText(self._result_summary(result))
            self.imported.emit(result)
        self._fill(result)
        self._pages.setCurrentIndex(SheetImportPage.PREVIEW)

    def _on_failed(self, message: str) -> None:
        if self._running_dry:
            self._problems.setText(
                self.tr("The file could not be read: {reason}").format(reason=message)
            )
            self._pages.setCurrentIndex(SheetImportPage.MAPPING)
        else:
            self._summary.setText(
                self.tr("The import failed; nothing was written. {reason}").format(reason=message)
            )
            self._pages.setCurrentIndex(SheetImportPage.PREVIEW)

    def _preview_summary(self, report: SheetImportReport) -> str:
        text = self.tr(
            "Nothing has been written yet. Importing this file would give: new contacts "
            "{created}, updated {updated}, unchanged {unchanged}; rows skipped {skipped}."
        ).format(
            created=len(report.created),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=len(report.skipped),
        )
        if not (report.created or report.updated):
            text += " " + self.tr("There is nothing to import.")
        return text

    def _result_summary(self, report: SheetImportReport) -> str:
        return self.tr(
            "Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; "
            "rows skipped: {skipped}."
        ).format(
            created=len(report.created),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=len(report.skipped),
        )

    def _fill(self, report: SheetImportReport) -> None:
        def outcomes(tree: QTreeWidget, items: Sequence[CardOutcome]) -> None:
            tree.clear()
            tree.addTopLevelItems([QTreeWidgetItem([str(item.line), item.name]) for item in items])

        def skipped(tree: QTreeWidget, items: Sequence[SkippedCard]) -> None:
            tree.clear()
            tree.addTopLevelItems(
                [QTreeWidgetItem([str(item.line), tr_message(item.reason)]) for item in items]
            )

        outcomes(self._created, report.created)
        outcomes(self._updated, report.updated)
        outcomes(self._unchanged, report.unchanged)
        skipped(self._skipped, report.skipped)
        self._warnings.clear()
        self._warnings.addTopLevelItems(
            [QTreeWidgetItem([tr_message(text)]) for text in report.warnings]
        )
        self._fill_offices(report)
        self._retranslate_tabs()
        for tree, items in (
            (self._skipped, report.skipped),
            (self._offices, report.unknown_offices),
            (self._created, report.created),
            (self._updated, report.updated),
        ):
            if items:
                self._details.setCurrentWidget(tree)
                break

    def _fill_offices(self, report: SheetImportReport) -> None:
        # An office is created only when the person ticks it, with its country, which no
        # spreadsheet row says; unticked (the default), the name goes to the notes.
        self._offices.clear()
        self._office_choices = []
        for office in report.unknown_offices:
            rows = ", ".join(str(row) for row in office.rows)
            if office.count > len(office.rows):
                rows += " " + self.tr("… ({count} in all)").format(count=office.count)
            item = QTreeWidgetItem([office.name, rows, ""])
            self._offices.addTopLevelItem(item)
            if report.dry_run:
                create = QCheckBox(self.tr("Create it, in"))
                create.setAccessibleName(
                    self.tr("Create the office “{name}”").format(name=office.name)
                )
                country = CountryCombo(current_language())
                country.setAccessibleName(
                    self.tr("Country of the office “{name}”").format(name=office.name)
                )
                create.setEnabled(False)
                country.currentTextChanged.connect(
                    lambda _text, create=create, country=country: self._country_chosen(
                        create, country
                    )
                )
                cell = QWidget()
                row = QHBoxLayout(cell)
                row.setContentsMargins(2, 0, 2, 0)
                row.addWidget(create)
                row.addWidget(country, 1)
                self._offices.setItemWidget(item, 2, cell)
                self._office_choices.append((office.name, create, country))
        self._offices.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._offices_note.setVisible(bool(report.unknown_offices) and report.dry_run)
        self._offices_note.setText(
            self.tr(
                "No office has these names. Tick one and choose its country to create it "
                "with the import; otherwise its contacts are imported without an office, "
                "the name kept in their notes."
            )
        )

    @staticmethod
    def _country_chosen(create: QCheckBox, country: CountryCombo) -> None:
        known = country.country_code() is not None
        create.setEnabled(known)
        if not known:
            create.setChecked(False)

    def choose_new_office(self, name: str, country: str) -> None:
        """Ticks the unknown office `name` for creation in `country` (an ISO code)."""
        for office, create, combo in self._office_choices:
            if office == name:
                combo.set_country_code(country)
                create.setChecked(True)

    def new_offices(self) -> tuple[OfficeDraft, ...]:
        """The unknown offices ticked for creation, each with its country."""
        drafts: list[OfficeDraft] = []
        for name, create, country in self._office_choices:
            code = country.country_code()
            if create.isChecked() and code is not None:
                drafts.append(OfficeDraft(names={"en": name}, country=code))
        return tuple(drafts)

    def _cancel_or_close(self) -> None:
        if self.is_running():
            self.cancel()
        elif self._result is not None:
            self.accept()
        else:
            self.reject()

    def _update_buttons(self, *_args: object) -> None:
        running = self.is_running()
        page = self.page()
        done = self._result is not None
        self._back.setVisible(page in (SheetImportPage.MAPPING, SheetImportPage.PREVIEW))
        self._back.setEnabled(not running and not done)
        self._next.setVisible(page in (SheetImportPage.CHOOSE, SheetImportPage.MAPPING))
        if page is SheetImportPage.CHOOSE:
            self._next.setEnabled(bool(self._file.text().strip()) and not running)
        else:
            self._next.setEnabled(
                self._mapping is not None and not self._mapping.problems() and not running
            )
        preview = self._preview
        can_import = (
            preview is not None
            and not done
            and bool(preview.created or preview.updated)
            and page is SheetImportPage.PREVIEW
        )
        self._run.setVisible(page is SheetImportPage.PREVIEW and not done)
        self._run.setEnabled(can_import and not running)
        self._run.setDefault(can_import)
        self._next.setDefault(not can_import)
        self._cancel.setText(self.tr("Close") if done and not running else self.tr("Cancel"))
        self._cancel.setAccessibleName(
            self.tr("Cancel the work in progress")
            if running
            else (self.tr("Close this window") if done else self.tr("Cancel the import"))
        )

    # Translation

    def _retranslate_tabs(self) -> None:
        counts = (
            (self._created, self.tr("To create ({count})")),
            (self._updated, self.tr("To update ({count})")),
            (self._unchanged, self.tr("Unchanged ({count})")),
            (self._skipped, self.tr("Skipped ({count})")),
            (self._warnings, self.tr("Warnings ({count})")),
            (self._offices, self.tr("Unknown offices ({count})")),
        )
        if self._result is not None:
            counts = (
                (self._created, self.tr("Created ({count})")),
                (self._updated, self.tr("Updated ({count})")),
                *counts[2:],
            )
        for tree, text in counts:
            self._details.setTabText(
                self._details.indexOf(tree), text.format(count=tree.topLevelItemCount())
            )

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Spreadsheet"))
        self._intro.setText(
            self.tr(
                "Choose a CSV or Excel (.xlsx) file, for example an export from Outlook, "
                "Google Contacts or Thunderbird, or a list made by hand. Next, you say what "
                "each column holds, then see what the import would create, update and skip "
                "before anything is written."
            )
        )
        self._file_label.setText(self.tr("&File:"))
        self._file.setAccessibleName(self.tr("File to import"))
        self._file.setPlaceholderText(self.tr("Choose a file…"))
        self._browse.setText(self.tr("&Browse…"))
        self._browse.setAccessibleName(self.tr("Choose the file to import"))
        self._encoding_label.setText(self.tr("&Encoding:"))
        self._delimiter_label.setText(self.tr("&Separator:"))
        self._sheet_label.setText(self.tr("S&heet:"))
        self._encoding.setItemText(0, self.tr("Detected"))
        self._delimiter.setItemText(0, self.tr("Detected"))
        for index, name in enumerate(
            (
                self.tr("UTF-8"),
                self.tr("UTF-8 with signature"),
                self.tr("UTF-16 (Excel “Unicode text”)"),
                self.tr("Windows-1252 (Western)"),
                self.tr("ISO-8859-1 (Latin-1)"),
            ),
            start=1,
        ):
            self._encoding.setItemText(index, name)
        for index, name in enumerate(
            (self.tr("Comma"), self.tr("Semicolon"), self.tr("Tab"), self.tr("Vertical bar")),
            start=1,
        ):
            self._delimiter.setItemText(index, name)
        self._table.setAccessibleName(self.tr("Columns of the file and what each holds"))
        self._progress.setAccessibleName(self.tr("Import progress"))
        self._summary.setAccessibleName(self.tr("Import summary"))
        self._details.setAccessibleName(self.tr("Rows by outcome"))
        for tree, name in (
            (self._created, self.tr("Rows that create a contact")),
            (self._updated, self.tr("Rows that complete a contact")),
            (self._unchanged, self.tr("Rows that change nothing")),
            (self._skipped, self.tr("Rows that are skipped, with the reason")),
            (self._warnings, self.tr("Warnings")),
            (self._offices, self.tr("Offices the file names that do not exist")),
        ):
            tree.setAccessibleName(name)
        for tree in (self._created, self._updated, self._unchanged):
            tree.setHeaderLabels([self.tr("Row"), self.tr("Name")])
        self._skipped.setHeaderLabels([self.tr("Row"), self.tr("Reason")])
        self._warnings.setHeaderLabels([self.tr("Warning")])
        self._offices.setHeaderLabels([self.tr("Office"), self.tr("Rows"), self.tr("Create")])
        self._back.setText(self.tr("< &Back"))
        self._next.setText(self.tr("&Next >"))
        self._next.setAccessibleName(self.tr("Go to the next step"))
        self._run.setText(self.tr("&Import"))
        self._run.setAccessibleName(self.tr("Import the file"))
        if self._sheet is not None:
            self._fill_reading(self._sheet)
            self._fill_table(self._sheet)
            self._show_problems()
        self._retranslate_tabs()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _outcome_tree(name: str, columns: int = 2) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    if columns > 1:
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def start_sheet_import(
    parent: QWidget | None,
    sheets: SpreadsheetService,
    path: Path | None = None,
    folder: Path | None = None,
) -> SheetImportDialog:
    """Open the import dialog (window-modal) and, given a file, go to its mapping at once."""
    dialog = SheetImportDialog(sheets, path, folder=folder, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.open_file()
    return dialog


# --------------------------------------------------------------------------------- export


class SheetExportDialog(TaskDialog):
    """File → Export to Spreadsheet: which contacts, which layout, CSV or Excel, which file."""

    exported = Signal(int)  # how many contacts were written
    folder_chosen = Signal(object)

    def __init__(
        self,
        sheets: SpreadsheetService,
        selection_ids: Sequence[int] = (),
        release_id: int | None = None,
        release_title: str = "",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sheetExportDialog")
        self._sheets = sheets
        self._selection = tuple(selection_ids)
        self._release_id = release_id
        self._release_title = release_title
        self._folder = folder or Path.home()
        self._task: BackgroundTask | None = None
        self._result_path: Path | None = None
        self._confirmed: Path | None = None  # the file dialog asked about replacing it

        self._scope_box = QGroupBox()
        self._scope_selection = QRadioButton()
        self._scope_selection.setObjectName("sheetScopeSelection")
        self._scope_all = QRadioButton()
        self._scope_all.setObjectName("sheetScopeAll")
        self._scope_release = QRadioButton()
        self._scope_release.setObjectName("sheetScopeRelease")
        self._scopes = QButtonGroup(self)
        scope_layout = QVBoxLayout(self._scope_box)
        for scope, button in (
            (ExportScope.SELECTION, self._scope_selection),
            (ExportScope.ALL, self._scope_all),
            (ExportScope.RELEASE, self._scope_release),
        ):
            self._scopes.addButton(button, scope)
            scope_layout.addWidget(button)
        self._scope_selection.setEnabled(bool(self._selection))
        self._scope_release.setEnabled(release_id is not None)
        if self._selection:
            self._scope_selection.setChecked(True)
        elif release_id is not None:
            self._scope_release.setChecked(True)
        else:
            self._scope_all.setChecked(True)

        self._layout_choice = QComboBox()
        self._layout_choice.setObjectName("sheetLayout")
        for layout_value in ExportLayout:
            self._layout_choice.addItem("", layout_value.value)
        self._kind = QComboBox()
        self._kind.setObjectName("sheetKind")
        for kind in SheetKind:
            self._kind.addItem("", kind.value)
        self._file = QLineEdit()
        self._file.setObjectName("sheetExportFile")
        self._browse = QPushButton()
        self._browse.setObjectName("sheetExportBrowse")
        file_row = QHBoxLayout()
        file_row.addWidget(self._file, 1)
        file_row.addWidget(self._browse)
        self._layout_label = QLabel()
        self._layout_label.setBuddy(self._layout_choice)
        self._kind_label = QLabel()
        self._kind_label.setBuddy(self._kind)
        self._file_label = QLabel()
        self._file_label.setBuddy(self._file)
        form = QFormLayout()
        form.addRow(self._layout_label, self._layout_choice)
        form.addRow(self._kind_label, self._kind)
        form.addRow(self._file_label, file_row)

        self._progress = QProgressBar()
        self._progress.setObjectName("sheetExportProgress")
        self._progress.setVisible(False)
        self._status = QLabel()
        self._status.setObjectName("sheetExportStatus")
        self._status.setWordWrap(True)

        self._start = QPushButton()
        self._start.setObjectName("sheetExportStart")
        self._start.setDefault(True)
        self._cancel = QPushButton()
        self._cancel.setObjectName("sheetExportCancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._start)
        buttons.addWidget(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._browse.clicked.connect(self._choose_file)
        self._start.clicked.connect(self.start_export)
        self._cancel.clicked.connect(self._cancel_or_close)
        self._file.textChanged.connect(self._update_buttons)
        self._kind.currentIndexChanged.connect(self._kind_changed)
        self._retranslate()
        self._update_buttons()
        width = max(560, self.sizeHint().width())
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    # Choosing

    def set_scope(self, scope: ExportScope) -> None:
        button = self._scopes.button(scope)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def set_layout(self, layout: ExportLayout) -> None:
        self._layout_choice.setCurrentIndex(self._layout_choice.findData(layout.value))

    def set_kind(self, kind: SheetKind) -> None:
        self._kind.setCurrentIndex(self._kind.findData(kind.value))

    def set_path(self, path: Path) -> None:
        self._file.setText(str(path))

    def _current_kind(self) -> SheetKind:
        return SheetKind(self._kind.currentData())

    def _kind_changed(self, *_args: object) -> None:
        # The file's extension follows the format chosen.
        text = self._file.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in (".csv", ".xlsx"):
                self._file.setText(str(path.with_suffix("." + self._current_kind().value)))

    def _choose_file(self) -> None:
        suffix = "." + self._current_kind().value
        start = self._file.text().strip() or str(self._folder / (self.tr("contacts") + suffix))
        filters = (
            self.tr("Excel workbooks (*.xlsx)")
            if self._current_kind() is SheetKind.XLSX
            else self.tr("CSV files (*.csv)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to spreadsheet"), start, filters
        )
        if chosen:
            self._confirmed = Path(chosen)
            self._file.setText(chosen)
            self._folder = Path(chosen).parent
            self.folder_chosen.emit(self._folder)

    def _target(self) -> Path | None:
        text = self._file.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = "." + self._current_kind().value
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    # Running

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def task(self) -> BackgroundTask | None:
        return self._task

    def start_export(self) -> None:
        path = self._target()
        if path is None or self.is_running():
            return
        if path.exists() and path != self._confirmed and not self._confirm_overwrite(path):
            return
        scope = ExportScope(self._scopes.checkedId())
        contact_ids = self._selection if scope is ExportScope.SELECTION else None
        release_id = self._release_id if scope is ExportScope.RELEASE else None
        kind = self._current_kind()
        layout = ExportLayout(self._layout_choice.currentData())
        sheets = self._sheets

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> object:
            return sheets.export_to_file(
                path,
                kind=kind,
                layout=layout,
                contact_ids=contact_ids,
                release_id=release_id,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        self._result_path = path
        self._task = BackgroundTask(work, self)
        self._task.progress.connect(self._on_progress)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._update_buttons)
        self._progress.setVisible(True)
        set_progress(self._progress, 0, 0)
        self._status.setText(self.tr("Exporting…"))
        self._task.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._status.setText(self.tr("Cancelling…"))

    def _confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it?").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_progress(self, done: int, total: int) -> None:
        set_progress(self._progress, done, total)
        if total > 0:
            self._status.setText(
                self.tr("Exported {done} of {total} contacts…").format(done=done, total=total)
            )

    def _on_done(self, result: object) -> None:
        self._progress.setVisible(False)
        if result is None:
            self._status.setText(self.tr("Export cancelled; no file was written."))
            return
        count = int(result)  # type: ignore[call-overload]
        self._status.setText(
            self.tr("Contacts exported to {file}: {count}.").format(
                count=count, file=self._result_path
            )
        )
        self.exported.emit(count)

    def _on_failed(self, message: str) -> None:
        self._progress.setVisible(False)
        self._status.setText(self.tr("The export failed: {reason}").format(reason=message))

    def _cancel_or_close(self) -> None:
        if self.is_running():
            self.cancel()
        else:
            self.accept() if self._task is not None else self.reject()

    def _update_buttons(self, *_args: object) -> None:
        running = self.is_running()
        self._start.setEnabled(not running and bool(self._file.text().strip()))
        for widget in (self._scope_box, self._layout_choice, self._kind, self._file, self._browse):
            widget.setEnabled(not running)
        done = self._task is not None and not running
        self._cancel.setText(self.tr("Cancel") if running or not done else self.tr("Close"))
        self._cancel.setAccessibleName(
            self.tr("Cancel the export") if running else self.tr("Close this window")
        )

    # Translation

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export to Spreadsheet"))
        self._scope_box.setTitle(self.tr("Contacts to export"))
        if len(self._selection) == 1:
            self._scope_selection.setText(self.tr("The selected contact"))
        else:
            self._scope_selection.setText(
                self.tr("The {count} selected contacts").format(count=len(self._selection))
            )
        self._scope_all.setText(self.tr("All contacts"))
        if self._release_title:
            title = self._release_title
            if len(title) > TITLE_SHOWN:
                title = title[: TITLE_SHOWN - 1].rstrip() + "…"
            self._scope_release.setText(
                self.tr("The contacts of the release “{title}”").format(title=title)
            )
            self._scope_release.setToolTip(self._release_title)
        else:
            self._scope_release.setText(self.tr("The contacts of this release"))
        self._scope_selection.setAccessibleName(self.tr("Export the selected contacts"))
        self._scope_all.setAccessibleName(self.tr("Export all contacts"))
        self._scope_release.setAccessibleName(self.tr("Export the release's contacts"))
        self._layout_label.setText(self.tr("&Columns:"))
        for layout_value, text in (
            (ExportLayout.OURS, self.tr("Every field (this application's columns)")),
            (ExportLayout.OUTLOOK, self.tr("Outlook")),
            (ExportLayout.GOOGLE, self.tr("Google Contacts")),
        ):
            self._layout_choice.setItemText(self._layout_choice.findData(layout_value.value), text)
        self._layout_choice.setAccessibleName(self.tr("Column layout"))
        self._kind_label.setText(self.tr("&Format:"))
        self._kind.setItemText(self._kind.findData(SheetKind.CSV.value), self.tr("CSV (.csv)"))
        self._kind.setItemText(
            self._kind.findData(SheetKind.XLSX.value), self.tr("Excel workbook (.xlsx)")
        )
        self._kind.setAccessibleName(self.tr("File format"))
        self._file_label.setText(self.tr("&Save to:"))
        self._file.setAccessibleName(self.tr("File to write"))
        self._file.setPlaceholderText(self.tr("Choose a file…"))
        self._browse.setText(self.tr("&Browse…"))
        self._browse.setAccessibleName(self.tr("Choose the file to write"))
        self._progress.setAccessibleName(self.tr("Export progress"))
        self._status.setAccessibleName(self.tr("Export status"))
        self._start.setText(self.tr("&Export"))
        self._start.setAccessibleName(self.tr("Start the export"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


__all__ = [
    "SHEET_SUFFIXES",
    "SheetExportDialog",
    "SheetImportDialog",
    "SheetImportPage",
    "start_sheet_import",
]
