"""Files dropped on a widget: the vCard and spreadsheet imports and the release-text reader
take them alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

VCARD_SUFFIXES = (".vcf", ".vcard")
# Not .txt, which the spreadsheet import opens from its own file dialog: a dropped text
# file may as well be a release.
SHEET_SUFFIXES = (".csv", ".xlsx")


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
