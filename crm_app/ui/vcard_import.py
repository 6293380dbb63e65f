"""Importing a vCard file from the window: off the GUI thread, with progress, Cancel and a summary.

The window is handed the import as a plain callable (the composition root binds it to the
vCard service), so the UI layer knows the shape of a summary, not the service behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback

# Cards listed one by one in the summary's details; a huge file's skips are counted past this.
MAX_LISTED_SKIPS = 200


class SkippedCard(Protocol):
    @property
    def line(self) -> int: ...

    @property
    def reason(self) -> str: ...


@runtime_checkable
class ImportSummary(Protocol):
    @property
    def created(self) -> Sequence[object]: ...

    @property
    def updated(self) -> Sequence[object]: ...

    @property
    def skipped(self) -> Sequence[SkippedCard]: ...


# (file, progress(done, total), is_cancelled) -> summary; runs on a worker thread.
VCardImport = Callable[[Path, ProgressCallback, CancelCheck], ImportSummary]


def summary_text(summary: ImportSummary) -> tuple[str, str]:
    """(the sentence, the per-card details) a person reads after an import."""
    if getattr(summary, "cancelled", False):
        return QCoreApplication.translate(
            "VCardImport", "The import was cancelled; nothing was changed."
        ), ""
    sentence = QCoreApplication.translate(
        "VCardImport", "{created} created, {updated} updated, {skipped} skipped."
    ).format(
        created=len(summary.created),
        updated=len(summary.updated),
        skipped=len(summary.skipped),
    )
    lines = [
        QCoreApplication.translate("VCardImport", "Line {line}: {reason}").format(
            line=card.line, reason=card.reason
        )
        for card in summary.skipped[:MAX_LISTED_SKIPS]
    ]
    if len(summary.skipped) > MAX_LISTED_SKIPS:
        lines.append(
            QCoreApplication.translate("VCardImport", "… and {count} more.").format(
                count=len(summary.skipped) - MAX_LISTED_SKIPS
            )
        )
    return sentence, "\n".join(lines)


def start_import(
    parent: QWidget,
    importer: VCardImport,
    path: Path,
    on_finished: Callable[[], None],
) -> BackgroundTask:
    """Run `importer` on `path` in the background behind a progress dialog with Cancel."""
    dialog = QProgressDialog(
        QCoreApplication.translate("VCardImport", "Importing {file}…").format(file=path.name),
        QCoreApplication.translate("VCardImport", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(QCoreApplication.translate("VCardImport", "Import vCards"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(lambda progress, cancelled: importer(path, progress, cancelled), parent)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def succeeded(result: object) -> None:
        dialog.close()
        if not isinstance(result, ImportSummary):
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("VCardImport", "Import vCards"),
                QCoreApplication.translate("VCardImport", "The import gave no summary."),
            )
            return
        sentence, details = summary_text(result)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("VCardImport", "Import vCards"),
            sentence,
        )
        box.setParent(parent, box.windowFlags())
        box.setInformativeText(path.name)
        if details:
            box.setDetailedText(details)
        box.exec()

    def failed(message: str) -> None:
        dialog.close()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("VCardImport", "Import vCards"),
            QCoreApplication.translate("VCardImport", "Nothing was imported: {reason}").format(
                reason=message
            ),
        )

    task.progress.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.finished.connect(on_finished)
    task.finished.connect(dialog.deleteLater)
    task.finished.connect(task.deleteLater)
    dialog.canceled.connect(task.cancel)
    task.start()
    return task
