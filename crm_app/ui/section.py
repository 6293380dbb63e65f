"""What the main window needs from one entry of its navigation column.

A section is a list with a detail pane (contacts, offices, and later releases). The window
builds its navigation, menus and shortcuts from the sections it is given, so adding one is
writing a subclass and listing it in MainWindow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

from crm_app.services.changes import Changes
from crm_app.ui.dialogs import UnsavedChoice, ask_save_changes
from crm_app.ui.editor_pane import EditorPane
from crm_app.ui.preferences import Preferences, section_columns, section_splitter


class Section(QWidget):
    # Records other sections show have changed (offices renamed, sample data loaded, …).
    data_changed = Signal()
    # A short message for the status bar.
    status_message = Signal(str)
    # Whether New, Save, Delete or Restore apply has changed.
    actions_changed = Signal()
    # The detail pane gained or lost unsaved edits.
    dirty_changed = Signal(bool)
    # Asks the window to show a contact (a release's warning names one, say).
    open_contact_requested = Signal(int)

    #: Stable identifier, used for settings keys; never translated.
    key = ""

    def title(self) -> str:
        raise NotImplementedError

    def can_leave(self) -> bool:
        """Ask about unsaved edits; False when the person chose to stay."""
        return True

    def is_dirty(self) -> bool:
        return False

    def new_record(self) -> None:
        raise NotImplementedError

    def new_record_label(self) -> str:
        raise NotImplementedError

    def can_save(self) -> bool:
        return False

    def save(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def delete_current(self) -> None:
        """Delete what is selected, undoably."""

    def can_restore(self) -> bool:
        return False

    def restore_current(self) -> None:
        """Bring back what is selected in an archive view, undoably."""

    def focus_search(self) -> None:
        """Put the keyboard in the section's search box."""

    def delete_key_target(self) -> QWidget | None:
        """The list in which the Delete key deletes the selected record (None: no such list)."""
        return None

    def reload(self) -> None:
        """Read everything again: another section or an import changed the data."""

    def record_changed(self, record_id: int) -> None:
        """An undo or redo changed this record."""
        self.reload()

    def outside_changes(self, changes: Changes) -> None:
        """Other users (other programs) changed these records: show them, keeping the
        selection, the scroll position and unsaved edits."""

    def save_state(self, preferences: Preferences) -> None:
        """Keep splitter and column widths."""

    def restore_state(self, preferences: Preferences) -> None:
        """Put back splitter and column widths."""

    def finish_work(self) -> None:
        """Wait for what runs in a worker: the window is closing, the database closes next."""


def select_row(
    view: QAbstractItemView, index: QModelIndex, notify: bool = True, scroll: bool = True
) -> None:
    """Make `index`'s row current and selected; without `notify`, no selection signal fires
    (used to put back the selection when someone chose to stay on unsaved edits); without
    `scroll`, the list stays where the person scrolled it."""
    selection = view.selectionModel()
    blocked = selection.blockSignals(not notify)
    if index.isValid():
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            view.scrollTo(index)
    else:
        selection.clearSelection()
    selection.blockSignals(blocked)
    view.viewport().update()


# Rows at the top of a list remembered by `keeping_place`, in case the first ones go.
_ANCHOR_ROWS = 8


@contextmanager
def keeping_place(
    view: QTableView, id_role: int, locate: Callable[[int], QModelIndex]
) -> Iterator[None]:
    """Rows inserted or removed above what the person is looking at leave it where it was
    on screen: the record at the top of the list is found again (by its id, read with
    `id_role`; `locate` gives its index afterwards) and scrolled back to its place."""
    model = view.model()
    bar = view.verticalScrollBar()
    before = bar.value()
    anchors: list[tuple[int, int]] = []
    top = view.rowAt(0)
    if top >= 0:
        for row in range(top, min(top + _ANCHOR_ROWS, model.rowCount())):
            key = model.index(row, 0).data(id_role)
            if isinstance(key, int):
                anchors.append((key, view.rowViewportPosition(row)))
    yield
    if not anchors:
        return
    view.updateGeometries()  # the scroll range must include rows just inserted
    for key, position in anchors:
        index = locate(key)
        if index.isValid():
            bar.setValue(bar.value() + view.rowViewportPosition(index.row()) - position)
            return
    bar.setValue(before)


MEASURED_ROWS = 60


def measure_first_rows(header: QHeaderView) -> None:
    """Columns are measured on their first rows, a screenful or two, not on every loaded
    one (a thousand by default, at each layout): each measured phone number is formatted,
    its country's rules loaded. Set again after restoreState, which brings back the old."""
    header.setResizeContentsPrecision(MEASURED_ROWS)


def make_list_view(parent: QWidget, object_name: str, accessible_name: str) -> QTableView:
    """A record list as every section shows one: whole rows, one at a time, no grid."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    # Fixed row heights let the view skip measuring every row it lays out.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    measure_first_rows(header)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # The list does not scroll sideways: its columns take their content's width when it
    # fits and share the room when it does not.
    ColumnFitter(view).setObjectName("columnFitter")
    return view


def column_fitter(view: QTableView) -> ColumnFitter:
    fitter = view.findChild(ColumnFitter, "columnFitter")
    assert fitter is not None, "a list made by make_list_view"
    return fitter


class ColumnFitter(QObject):
    """Sizes a list's columns to their content, and shares the room when they do not fit.

    Each column's natural width is measured once, from its header and the first loaded rows
    (MEASURED_ROWS, never all of them), capped. When the list is too narrow for them all, the first
    column (the name, which says who a row is) keeps its width up to 40% of the list, the
    narrow columns keep theirs and the wide ones share what is left equally. The last column
    stretches to the edge. Widths the person dragged or the window restored win: then the
    fitter stops.
    """

    MAX_COLUMN_CHARS = 38
    FIRST_COLUMN_SHARE = 0.4

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._natural: dict[int, int] = {}
        self._measured = False
        self._spreading = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            if self._measured:
                self.spread()
            else:
                self.measure()
        return False

    def keep_chosen_widths(self) -> None:
        """The widths now in the header are the person's: measure and spread no more."""
        self._measured, self._natural = True, {}

    def measure(self) -> None:
        """Measure the natural widths once, when there are rows to measure."""
        model = self._view.model()
        if self._measured or model is None or not model.rowCount():
            return
        self._measured = True
        header = self._view.horizontalHeader()
        cap = self._view.fontMetrics().averageCharWidth() * self.MAX_COLUMN_CHARS
        self._natural = {
            column: min(
                max(self._view.sizeHintForColumn(column), header.sectionSizeHint(column)) + 8,
                cap,
            )
            for column in self._visible_columns()
        }
        self.spread()

    def natural_width(self) -> int:
        """What the list needs to show every column whole; 0 before it is measured."""
        if not self._natural:
            return 0
        scrollbar = self._view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return sum(self._natural.values()) + scrollbar + self._view.frameWidth() * 2 + 12

    def spread(self) -> None:
        columns = [column for column in self._visible_columns() if column in self._natural]
        if not columns:
            return
        header = self._view.horizontalHeader()
        floor = header.minimumSectionSize()
        available = max(self._view.viewport().width(), 0)
        widths: dict[int, int] = {}
        if sum(self._natural[column] for column in columns) > available and len(columns) > 1:
            first = columns[0]
            widths[first] = max(
                floor, min(self._natural[first], int(available * self.FIRST_COLUMN_SHARE))
            )
            available -= widths[first]
            rest = columns[1:]
        else:
            rest = columns
        rest = sorted(rest, key=lambda column: self._natural[column])
        for done, column in enumerate(rest):
            share = available // (len(rest) - done)
            widths[column] = max(floor, min(self._natural[column], share))
            available -= widths[column]
        self._spreading = True
        last = columns[-1]
        # The last column stretches to the edge, never below the width it was last given.
        header.resizeSection(last, floor)
        for column, width in widths.items():
            if column != last:
                header.resizeSection(column, width)
        self._spreading = False

    def _visible_columns(self) -> list[int]:
        header = self._view.horizontalHeader()
        return [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]

    def _section_resized(self, column: int, old: int, new: int) -> None:
        # The last column follows the view's width by itself; any other one moved by hand
        # means the person chose widths: keep them.
        header = self._view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        if not self._spreading and column != last and self._natural:
            self.keep_chosen_widths()


def search_bar(
    parent: QWidget, names: tuple[str, str], search: tuple[str, str], new: str
) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """The row above a list: a search box and a New button.

    `names` are the object names (search box, button); `search` its accessible name and
    placeholder; `new` the button's text, which is also its accessible name.
    """
    box = QLineEdit(parent)
    box.setObjectName(names[0])
    box.setAccessibleName(search[0])
    box.setPlaceholderText(search[1])
    box.setClearButtonEnabled(True)
    box.addAction(
        parent.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
        QLineEdit.ActionPosition.LeadingPosition,
    )
    button = QPushButton(new, parent)
    button.setObjectName(names[1])
    button.setAccessibleName(new)
    button.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    row = QHBoxLayout()
    row.addWidget(box, 1)
    row.addWidget(button)
    return box, button, row


def set_column_widths(view: QTableView, widths: dict[int, int]) -> None:
    """Initial widths in average characters, so they follow the font and the screen's DPI."""
    character = view.fontMetrics().averageCharWidth()
    for column, characters in widths.items():
        view.horizontalHeader().resizeSection(column, character * characters)


class ListDetailSection(Section):
    """A section made of a list and an editor pane side by side in a splitter.

    Subclasses set `detail`, `splitter` and `list_view` while building.
    """

    detail: EditorPane
    splitter: QSplitter
    list_view: QTableView
    #: The list's share of the width until the person moves the splitter.
    list_share = 0.58
    _split_known = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_known:
            # Only now is the width known; a remembered splitter (restore_state) wins.
            self._split_known = True
            width = self.splitter.width()
            detail = self.detail_width(width)
            self.splitter.setSizes([max(width - detail, 0), detail])

    def detail_width(self, width: int) -> int:
        """The detail pane's first width when the section is `width` wide: what the form's
        labels and fields need (French ones are longer), as long as the list keeps its own
        minimum; the list keeps the rest."""
        needed = min(self.detail.form_width(), width - self._list_minimum())
        return max(round(width * (1 - self.list_share)), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._split_known:
            self._keep_form_whole()

    def _list_minimum(self) -> int:
        pane = self.splitter.widget(0)
        return max(pane.minimumWidth(), pane.minimumSizeHint().width()) if pane else 0

    def _keep_form_whole(self) -> None:
        """A narrower window takes room from the list before the form has to scroll sideways."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2:
            return
        deficit = self.detail.form_width() - sizes[1]
        spare = sizes[0] - self._list_minimum()
        moved = min(deficit, spare)
        if moved > 0:
            self.splitter.setSizes([sizes[0] - moved, sizes[1] + moved])

    def delete_key_target(self) -> QWidget | None:
        return self.list_view

    def is_dirty(self) -> bool:
        return self.detail.is_dirty()

    def can_leave(self) -> bool:
        if not self.detail.is_dirty():
            return True
        choice = ask_save_changes(self, self.detail.record_name())
        if choice is UnsavedChoice.SAVE:
            return self.detail.save()
        if choice is UnsavedChoice.DISCARD:
            self.detail.revert()
            return True
        return False

    def can_save(self) -> bool:
        return self.detail.can_save()

    def save(self) -> bool:
        return self.detail.save()

    def save_state(self, preferences: Preferences) -> None:
        preferences.set_data(section_splitter(self.key), self.splitter.saveState())
        preferences.set_data(
            section_columns(self.key), self.list_view.horizontalHeader().saveState()
        )

    def restore_state(self, preferences: Preferences) -> None:
        splitter = preferences.data(section_splitter(self.key))
        if not splitter.isEmpty() and self.splitter.restoreState(splitter):
            self._split_known = True
        columns = preferences.data(section_columns(self.key))
        header = self.list_view.horizontalHeader()
        if not columns.isEmpty() and header.restoreState(columns):
            column_fitter(self.list_view).keep_chosen_widths()
            measure_first_rows(header)
