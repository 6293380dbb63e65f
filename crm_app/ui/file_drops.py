"""Files dropped on a widget: the vCard and spreadsheet imports and the release-text reader
take them alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

VCARD_SUFFIXES = (".vcf", ".vcard")
# Not .txt, which the spreadsheet import opens from its own file dialog: a dropped text
# file may as well be a release.
SHEET_SUFFIXES = (".csv", ".xlsx")
# What the window opens when given files (`crm-app FILE...`, a file manager's "Open With").
OPENABLE_SUFFIXES = VCARD_SUFFIXES + SHEET_SUFFIXES


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDrops", text)


def file_problem(path: Path) -> str | None:
    """Why the window cannot import ``path`` (a sentence in the interface language), or None
    when it is a vCard or spreadsheet file that can be read."""
    try:
        if not path.exists():
            return _tr("There is no such file.")
        if path.is_dir():
            return _tr("It is a folder, not a file.")
        if not path.is_file():  # a pipe or a device: reading it could wait for ever
            return _tr("It is not a regular file.")
    except OSError as exc:  # a name too long, a loop of links
        return _tr("It cannot be read: {reason}").format(reason=exc.strerror or str(exc))
    suffix = path.suffix.lower()
    if suffix not in OPENABLE_SUFFIXES:
        opens = _tr("Press Contacts opens vCards (.vcf, .vcard) and spreadsheets (.csv, .xlsx).")
        if not suffix:
            return opens + " " + _tr("This file has no extension.")
        return opens + " " + _tr("This is a {suffix} file.").format(suffix=suffix)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        return _tr("It cannot be read: {reason}").format(reason=exc.strerror or str(exc))
    return None


def dropped_files(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent, suffixes: Sequence[str]
) -> list[Path]:
    """The local files with one of ``suffixes`` that a drag carries."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in suffixes
    ]


class FileDropFilter(QObject):
    """Hands dropped files with one of ``suffixes`` to ``on_drop`` (only the first when
    ``first_only``); any other drop passes through untouched."""

    def __init__(
        self,
        suffixes: Sequence[str],
        on_drop: Callable[[Path], None],
        parent: QObject | None = None,
        *,
        first_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._suffixes = tuple(suffixes)
        self._on_drop = on_drop
        self._first_only = first_only

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)  # QDragEnterEvent is one too
            if dropped_files(event, self._suffixes):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_files(event, self._suffixes)
            if paths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                for path in paths[:1] if self._first_only else paths:
                    self._on_drop(path)
                return True
        return super().eventFilter(watched, event)


def accept_vcard_drops(widget: QWidget, on_drop: Callable[[Path], None]) -> FileDropFilter:
    """Make ``widget`` (typically the main window) accept dropped .vcf files; here, not
    beside the vCard dialogs, so the window accepts drops without loading them."""
    widget.setAcceptDrops(True)
    drop_filter = FileDropFilter(VCARD_SUFFIXES, on_drop, widget)
    widget.installEventFilter(drop_filter)
    return drop_filter


def accept_sheet_drops(widget: QWidget, on_drop: Callable[[Path], None]) -> FileDropFilter:
    """Make ``widget`` accept a dropped .csv or .xlsx file (the first, when several)."""
    widget.setAcceptDrops(True)
    drop_filter = FileDropFilter(SHEET_SUFFIXES, on_drop, widget, first_only=True)
    widget.installEventFilter(drop_filter)
    return drop_filter
