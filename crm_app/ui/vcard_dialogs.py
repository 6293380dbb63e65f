"""vCard export and import dialogs, and dropping a .vcf file on a window.

Both run the vCard service on a worker thread (crm_app.ui.workers) with a progress bar and
Cancel, so the window stays responsive on a file of thousands of cards. Cancel is safe by
construction of the service: a cancelled import rolls its one transaction back, a
cancelled export deletes its temporary file and leaves any existing file untouched.

Import always previews first: a dry run reports what would be created, updated and skipped
(with the line of each refused card) before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
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
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.vcard import VCardProfile, VCardVersion
from crm_app.services.vcards import CardOutcome, ImportReport, SkippedCard, VCardService
from crm_app.ui.file_drops import VCARD_SUFFIXES
from crm_app.ui.i18n import make_room_for_accents
from crm_app.ui.messages import tr_message
from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback

# Progress bars count in thousandths: byte counts of a large file overflow nothing, and
# the bar moves smoothly whatever the unit the service reports in.
PROGRESS_STEPS = 1000
TITLE_SHOWN = 70


def set_progress(bar: QProgressBar, done: int, total: int) -> None:
    if total <= 0:
        bar.setRange(0, 0)  # busy indicator: the total is not known
        return
    bar.setRange(0, PROGRESS_STEPS)
    bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))


def _file_filter() -> str:
    return QCoreApplication.translate("VCardFiles", "vCard files (*.vcf *.vcard);;All files (*)")


# --------------------------------------------------------------------------------- export


class ExportScope(IntEnum):
    SELECTION = 0
    ALL = 1
    RELEASE = 2


class ExportFormat(IntEnum):
    V3 = 0
    V4 = 1
    OUTLOOK = 2


_FORMATS: dict[ExportFormat, tuple[VCardVersion, VCardProfile]] = {
    ExportFormat.V3: (VCardVersion.V3, VCardProfile.STANDARD),
    ExportFormat.V4: (VCardVersion.V4, VCardProfile.STANDARD),
    ExportFormat.OUTLOOK: (VCardVersion.V3, VCardProfile.OUTLOOK),
}


class TaskDialog(QDialog):
    """A dialog whose background work is cancelled, and waited for, when it closes.

    Cancelling an import rolls it back; cancelling an export removes its file. Waiting
    means the thread never outlives the dialog.
    """

    _task: BackgroundTask | None = None

    def _stop_task(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()

    def reject(self) -> None:
        self._stop_task()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._stop_task()
        super().closeEvent(event)


class ExportDialog(TaskDialog):
    """File → Export vCards: which contacts, which flavour, which file."""

    exported = Signal(int)  # how many cards were written
    folder_chosen = Signal(object)  # the Path of the folder picked in the file dialog

    def __init__(
        self,
        vcards: VCardService,
        selection_ids: Sequence[int] = (),
        release_id: int | None = None,
        release_title: str = "",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._vcards = vcards
        self._selection = tuple(selection_ids)
        self._release_id = release_id
        self._release_title = release_title
        self._folder = folder or Path.home()
        self._task: BackgroundTask | None = None
        self._result_path: Path | None = None
        # The file dialog already asked about replacing the file it returned.
        self._confirmed: Path | None = None

        self._scope_box = QGroupBox()
        self._scope_selection = QRadioButton()
        self._scope_selection.setObjectName("exportScopeSelection")
        self._scope_all = QRadioButton()
        self._scope_all.setObjectName("exportScopeAll")
        self._scope_release = QRadioButton()
        self._scope_release.setObjectName("exportScopeRelease")
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

        self._format = QComboBox()
        self._format.setObjectName("exportFormat")
        for choice in ExportFormat:
            self._format.addItem("", int(choice))
        self._file = QLineEdit()
        self._file.setObjectName("exportFile")
        self._browse = QPushButton()
        self._browse.setObjectName("exportBrowse")
        file_row = QHBoxLayout()
        file_row.addWidget(self._file, 1)
        file_row.addWidget(self._browse)
        self._form = QFormLayout()
        self._format_label = QLabel()
        self._format_label.setBuddy(self._format)
        self._file_label = QLabel()
        self._file_label.setBuddy(self._file)
        self._form.addRow(self._format_label, self._format)
        self._form.addRow(self._file_label, file_row)

        self._progress = QProgressBar()
        self._progress.setObjectName("exportProgress")
        self._progress.setVisible(False)
        self._status = QLabel()
        self._status.setObjectName("exportStatus")
        self._status.setWordWrap(True)

        self._start = QPushButton()
        self._start.setObjectName("exportStart")
        self._start.setDefault(True)
        self._cancel = QPushButton()
        self._cancel.setObjectName("exportCancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._start)
        buttons.addWidget(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box)
        layout.addLayout(self._form)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._browse.clicked.connect(self._choose_file)
        self._start.clicked.connect(self.start_export)
        self._cancel.clicked.connect(self._cancel_or_close)
        self._file.textChanged.connect(self._update_buttons)
        self._retranslate()
        self._update_buttons()
        width = max(560, self.sizeHint().width())
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    # Choosing

    def set_scope(self, scope: ExportScope) -> None:
        button = self._scopes.button(scope)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def set_format(self, choice: ExportFormat) -> None:
        self._format.setCurrentIndex(self._format.findData(int(choice)))

    def set_path(self, path: Path) -> None:
        self._file.setText(str(path))

    def _choose_file(self) -> None:
        start = self._file.text().strip() or str(self._folder / self.tr("contacts.vcf"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export vCards to"), start, _file_filter()
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
        if path.suffix.lower() not in VCARD_SUFFIXES:
            path = path.with_name(path.name + ".vcf")
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
        version, profile = _FORMATS[ExportFormat(self._format.currentData())]
        scope = ExportScope(self._scopes.checkedId())
        contact_ids = self._selection if scope is ExportScope.SELECTION else None
        release_id = self._release_id if scope is ExportScope.RELEASE else None
        vcards = self._vcards

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> object:
            return vcards.export_to_file(
                path,
                contact_ids=contact_ids,
                release_id=release_id,
                version=version,
                profile=profile,
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
        for widget in (self._scope_box, self._format, self._file, self._browse):
            widget.setEnabled(not running)
        done = self._task is not None and not running
        self._cancel.setText(self.tr("Cancel") if running or not done else self.tr("Close"))
        self._cancel.setAccessibleName(
            self.tr("Cancel the export") if running else self.tr("Close this window")
        )

    # Translation

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export vCards"))
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
            if len(title) > TITLE_SHOWN:  # a long title would stretch the dialog off screen
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
        self._format_label.setText(self.tr("&Format:"))
        self._format.setItemText(ExportFormat.V3, self.tr("vCard 3.0 (recommended)"))
        self._format.setItemText(ExportFormat.V4, self.tr("vCard 4.0"))
        self._format.setItemText(
            ExportFormat.OUTLOOK, self.tr("Outlook (vCard 3.0 with character sets)")
        )
        self._format.setAccessibleName(self.tr("vCard format"))
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


# --------------------------------------------------------------------------------- import


class ImportPage(IntEnum):
    CHOOSE = 0
    WORKING = 1
    PREVIEW = 2


class ImportDialog(TaskDialog):
    """File → Import vCards: choose, preview (dry run), then import, each step cancellable."""

    imported = Signal(object)  # the ImportReport of an import that was written
    previewed = Signal(object)  # the ImportReport of the dry run
    folder_chosen = Signal(object)  # the Path of the folder picked in the file dialog

    def __init__(
        self,
        vcards: VCardService,
        path: Path | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._vcards = vcards
        self._folder = folder or Path.home()
        self._task: BackgroundTask | None = None
        self._running_dry = False
        self._preview: ImportReport | None = None
        self._result: ImportReport | None = None

        # Page: choose a file
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._file = QLineEdit()
        self._file.setObjectName("importFile")
        self._browse = QPushButton()
        self._browse.setObjectName("importBrowse")
        self._file_label = QLabel()
        self._file_label.setBuddy(self._file)
        self._choose_message = QLabel()
        self._choose_message.setObjectName("importChooseMessage")
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

        # Page: working
        self._working_label = QLabel()
        self._working_label.setObjectName("importWorking")
        self._working_label.setWordWrap(True)
        self._progress = QProgressBar()
        self._progress.setObjectName("importProgress")
        working = QWidget()
        working_layout = QVBoxLayout(working)
        working_layout.addStretch(1)
        working_layout.addWidget(self._working_label)
        working_layout.addWidget(self._progress)
        working_layout.addStretch(1)

        # Page: preview, then result
        self._summary = QLabel()
        self._summary.setObjectName("importSummary")
        self._summary.setWordWrap(True)
        self._details = QTabWidget()
        make_room_for_accents(self._details)
        self._details.setObjectName("importDetails")
        self._created = self._outcome_tree("importCreated")
        self._updated = self._outcome_tree("importUpdated")
        self._unchanged = self._outcome_tree("importUnchanged")
        self._skipped = self._outcome_tree("importSkipped")
        self._warnings = self._outcome_tree("importWarnings", columns=1)
        for tree in (self._created, self._updated, self._unchanged, self._skipped, self._warnings):
            self._details.addTab(tree, "")
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self._summary)
        preview_layout.addWidget(self._details, 1)

        self._pages = QStackedWidget()
        self._pages.setObjectName("importPages")
        self._pages.addWidget(choose)
        self._pages.addWidget(working)
        self._pages.addWidget(preview)

        self._check = QPushButton()
        self._check.setObjectName("importCheck")
        self._run = QPushButton()
        self._run.setObjectName("importRun")
        self._cancel = QPushButton()
        self._cancel.setObjectName("importCancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._check)
        buttons.addWidget(self._run)
        buttons.addWidget(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addLayout(buttons)

        self._browse.clicked.connect(self._choose_file)
        self._file.textChanged.connect(self._update_buttons)
        self._file.returnPressed.connect(self.start_preview)
        self._check.clicked.connect(self.start_preview)
        self._run.clicked.connect(self.start_import)
        self._cancel.clicked.connect(self._cancel_or_close)
        if path is not None:
            self._file.setText(str(path))
        self._retranslate()
        self._update_buttons()
        self.resize(720, 520)

    @staticmethod
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

    # State

    def page(self) -> ImportPage:
        return ImportPage(self._pages.currentIndex())

    def preview_report(self) -> ImportReport | None:
        return self._preview

    def result_report(self) -> ImportReport | None:
        return self._result

    def task(self) -> BackgroundTask | None:
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def path(self) -> Path | None:
        text = self._file.text().strip()
        return Path(text).expanduser() if text else None

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import vCards from"), str(self._folder), _file_filter()
        )
        if chosen:
            self._file.setText(chosen)
            self._folder = Path(chosen).parent
            self.folder_chosen.emit(self._folder)
            self.start_preview()

    # Running

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
        if path is None or self.is_running():
            return
        if not path.is_file():
            self._choose_message.setText(self.tr("There is no file at {file}.").format(file=path))
            self._pages.setCurrentIndex(ImportPage.CHOOSE)
            return
        vcards = self._vcards

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> object:
            return vcards.import_file(
                path, dry_run=dry_run, progress=progress, is_cancelled=is_cancelled
            )

        self._running_dry = dry_run
        self._task = BackgroundTask(work, self)
        self._task.progress.connect(self._on_progress)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._update_buttons)
        self._working_label.setText(
            self.tr("Reading {file} to see what would change…").format(file=path.name)
            if dry_run
            else self.tr("Importing {file}…").format(file=path.name)
        )
        set_progress(self._progress, 0, 0)
        self._pages.setCurrentIndex(ImportPage.WORKING)
        self._task.start()
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        set_progress(self._progress, done, total)

    def _on_done(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        if result.cancelled:
            if self._running_dry:
                self._choose_message.setText(self.tr("Preview cancelled. Nothing was written."))
                self._pages.setCurrentIndex(ImportPage.CHOOSE)
            else:
                self._summary.setText(
                    self.tr("Import cancelled. Nothing was written: the database is as it was.")
                )
                self._pages.setCurrentIndex(ImportPage.PREVIEW)
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
        self._pages.setCurrentIndex(ImportPage.PREVIEW)

    def _on_failed(self, message: str) -> None:
        text = self.tr("The file could not be read: {reason}").format(reason=message)
        if self._running_dry:
            self._choose_message.setText(text)
            self._pages.setCurrentIndex(ImportPage.CHOOSE)
        else:
            self._summary.setText(
                self.tr("The import failed; nothing was written. {reason}").format(reason=message)
            )
            self._pages.setCurrentIndex(ImportPage.PREVIEW)

    def _preview_summary(self, report: ImportReport) -> str:
        text = self.tr(
            "Nothing has been written yet. Importing this file would give: new contacts "
            "{created}, updated {updated}, unchanged {unchanged}; cards skipped {skipped}."
        ).format(
            created=len(report.created),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=len(report.skipped),
        )
        if not (report.created or report.updated):
            text += " " + self.tr("There is nothing to import.")
        return text

    def _result_summary(self, report: ImportReport) -> str:
        return self.tr(
            "Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; "
            "cards skipped: {skipped}."
        ).format(
            created=len(report.created),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=len(report.skipped),
        )

    def _fill(self, report: ImportReport) -> None:
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
        self._retranslate_tabs()
        # Open the tab most worth reading: refused cards first, then what changes.
        for tree, items in (
            (self._skipped, report.skipped),
            (self._created, report.created),
            (self._updated, report.updated),
        ):
            if items:
                self._details.setCurrentWidget(tree)
                break

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
        has_file = bool(self._file.text().strip())
        done = self._result is not None
        self._check.setVisible(page is ImportPage.CHOOSE)
        self._check.setEnabled(has_file and not running)
        preview = self._preview
        can_import = (
            preview is not None
            and not done
            and bool(preview.created or preview.updated)
            and page is ImportPage.PREVIEW
        )
        self._run.setVisible(page is ImportPage.PREVIEW and not done)
        self._run.setEnabled(can_import and not running)
        self._run.setDefault(can_import)
        self._check.setDefault(page is ImportPage.CHOOSE)
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
        self.setWindowTitle(self.tr("Import vCards"))
        self._intro.setText(
            self.tr(
                "Choose a vCard file (.vcf) from Outlook, Google Contacts, Apple Contacts or "
                "Thunderbird. You will see what it would create, update and skip before "
                "anything is written. Contacts already here are matched by UID, then e-mail, "
                "then phone, and completed rather than duplicated."
            )
        )
        self._file_label.setText(self.tr("&File:"))
        self._file.setAccessibleName(self.tr("File to import"))
        self._file.setPlaceholderText(self.tr("Choose a file…"))
        self._browse.setText(self.tr("&Browse…"))
        self._browse.setAccessibleName(self.tr("Choose the file to import"))
        self._progress.setAccessibleName(self.tr("Import progress"))
        self._summary.setAccessibleName(self.tr("Import summary"))
        self._details.setAccessibleName(self.tr("Cards by outcome"))
        for tree, name in (
            (self._created, self.tr("Cards that create a contact")),
            (self._updated, self.tr("Cards that complete a contact")),
            (self._unchanged, self.tr("Cards that change nothing")),
            (self._skipped, self.tr("Cards that are skipped, with the reason")),
            (self._warnings, self.tr("Warnings")),
        ):
            tree.setAccessibleName(name)
        for tree in (self._created, self._updated, self._unchanged):
            tree.setHeaderLabels([self.tr("Line"), self.tr("Name")])
        self._skipped.setHeaderLabels([self.tr("Line"), self.tr("Reason")])
        self._warnings.setHeaderLabels([self.tr("Warning")])
        self._check.setText(self.tr("&Preview"))
        self._check.setAccessibleName(self.tr("Preview what the import would do"))
        self._run.setText(self.tr("&Import"))
        self._run.setAccessibleName(self.tr("Import the file"))
        self._retranslate_tabs()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


# --------------------------------------------------------------------------- entry points


def start_vcard_import(
    parent: QWidget | None,
    vcards: VCardService,
    path: Path | None = None,
    folder: Path | None = None,
) -> ImportDialog:
    """Open the import dialog (window-modal) and, given a file, start its preview at once.

    ``folder`` is where Browse starts. The dialog deletes itself when closed; connect
    ``imported`` to refresh lists.
    """
    dialog = ImportDialog(vcards, path, folder=folder, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path is not None:
        dialog.start_preview()
    return dialog
