"""A record's history tab: its versions, newest first, each with who, when, what it did,
and each field it changed as "before → after".

The versions are read only when the tab is shown, and again when the record changes while
it shows. The list is a model and a delegate that measures and paints each version, so a
record with hundreds of versions opens as fast as one with a few.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.domain.history import ChangeAction, RecordKind, RecordVersion
from crm_app.ui.i18n import make_room_for_accents
from crm_app.ui.messages import tr_error
from crm_app.ui.record_fields import (
    FIELDS,
    HIDDEN_FIELDS,
    HistoryValues,
    NumberFormat,
    field_label,
    format_moment,
)
from crm_app.ui.widgets import FieldMessage, Level

# The role that carries a row's version number.
VERSION_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_INDEX = QModelIndex | QPersistentModelIndex
_PAD_X, _PAD_Y, _INDENT, _GAP, _COLUMN_GAP = 10, 8, 14, 3, 12
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def details_tab_title() -> str:
    return _tr("Details")


def history_tab_title() -> str:
    return _tr("History")


def action_text(version: RecordVersion) -> str:
    """What made a version, and who: "Edited by Anna Lindqvist"."""
    who = version.changed_by or _tr("someone")
    texts = {
        ChangeAction.CREATED: _tr("Created by {who}"),
        ChangeAction.EDITED: _tr("Edited by {who}"),
        ChangeAction.DELETED: _tr("Deleted by {who}"),
        ChangeAction.RESTORED: _tr("Restored by {who}"),
        ChangeAction.REVERTED: _tr("Version {version} put back by {who}"),
        ChangeAction.IMPORTED: _tr("Imported by {who}"),
        ChangeAction.MERGED: _tr("Completed by an import by {who}"),
        ChangeAction.PUBLISHED: _tr("Published by {who}"),
        ChangeAction.BASELINE: _tr("As it was when the history began"),
    }
    return texts[version.action].format(who=who, version=version.reverted_to or "?")


@dataclass(frozen=True, slots=True)
class _Entry:
    title: str
    subtitle: str
    fields: tuple[tuple[str, str], ...]  # (label, "before → after")

    def text(self) -> str:
        lines = (_tr("{field}: {change}").format(field=f, change=c) for f, c in self.fields)
        return "\n".join((self.title, self.subtitle, *lines))


class HistoryModel(QAbstractListModel):
    """Versions newest first; each row's words are made when first asked for."""

    def __init__(self, values: HistoryValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = values
        self._versions: list[RecordVersion] = []
        self._entries: dict[int, _Entry] = {}

    def set_versions(self, versions: Sequence[RecordVersion]) -> None:
        self.beginResetModel()
        self._versions = sorted(versions, key=lambda v: v.version, reverse=True)
        self._entries = {}
        self.endResetModel()

    def versions(self) -> list[RecordVersion]:
        return list(self._versions)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._versions)

    def data(self, index: _INDEX, role: int = int(Qt.ItemDataRole.DisplayRole)) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.entry(index.row()).text()
        if role == VERSION_ROLE:
            return self._versions[index.row()].version
        return None

    def entry(self, row: int) -> _Entry:
        found = self._entries.get(row)
        if found is None:
            found = self._entries[row] = self._make_entry(row)
        return found

    def _make_entry(self, row: int) -> _Entry:
        version = self._versions[row]
        when = format_moment(version.changed_at)
        if row == 0:
            subtitle = _tr("Version {version} · {when} · current").format(
                version=version.version, when=when
            )
        else:
            subtitle = _tr("Version {version} · {when}").format(version=version.version, when=when)
        new_record = version.action in (ChangeAction.CREATED, ChangeAction.IMPORTED)
        fields: list[tuple[str, str]] = []
        for change in version.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            after = self._values.text(change.field, change.new, change.after, version.names)
            if not new_record:  # a new record's fields had no value before
                before = self._values.text(change.field, change.old, change.before, version.names)
                after = _tr("{before} → {after}").format(before=before, after=after)
            fields.append((field_label(version.kind, change.field), after))
        return _Entry(action_text(version), subtitle, tuple(fields))


class _HistoryDelegate(QStyledItemDelegate):
    """Paints a version as a small block of wrapped text, as tall as it needs."""

    def __init__(self, view: QListView, model: HistoryModel, kind: RecordKind) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._labels = [field_label(kind, key) for key in FIELDS[kind]]
        self._sizes: dict[int, tuple[int, QSize]] = {}
        model.modelReset.connect(self._sizes.clear)
        self._fonts: _Fonts | None = None

    def _text(self) -> _Fonts:
        """The fonts and their metrics, made once (per font: a change of it measures anew)."""
        font = self._view.font()
        if self._fonts is None or self._fonts.body != font:
            self._fonts = _Fonts.of(font, self._labels)
            self._sizes.clear()
        return self._fonts

    def _width(self) -> int:
        # Room for the scroll bar is kept whether it shows or not: a bar appearing after
        # the rows were measured must not make them wrap into more lines than measured.
        view = self._view
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return max(view.width() - 2 * view.frameWidth() - bar - 2 * _PAD_X, 80)

    @staticmethod
    def _columns(entry: _Entry, fonts: _Fonts, width: int) -> int:
        """The width of the labels' column; 0 when labels go above their values (narrow)."""
        room = width - _INDENT
        if room < 360 or not entry.fields:
            return 0
        # The same for every version, so the values line up down the list.
        return min(fonts.widest_label + _COLUMN_GAP, room * 2 // 5)

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:  # noqa: N802
        width = self._width()
        cached = self._sizes.get(index.row())
        if cached is not None and cached[0] == width:
            return cached[1]
        entry = self._model.entry(index.row())
        fonts = self._text()
        bold, body = fonts.bold_metrics, fonts.body_metrics
        height = 2 * _PAD_Y + _height(bold, width, entry.title) + _GAP
        height += _height(body, width, entry.subtitle)
        labels = self._columns(entry, fonts, width)
        room = width - _INDENT
        for label, change in entry.fields:
            if labels:
                tall = max(
                    _height(body, labels - _COLUMN_GAP, label), _height(body, room - labels, change)
                )
            else:
                tall = _height(body, room, label) + _height(body, room, change)
            height += _GAP + tall
        size = QSize(width + 2 * _PAD_X, height + 1)
        self._sizes[index.row()] = (width, size)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _INDEX) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = self._view.style() or QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self._view)
        entry = self._model.entry(index.row())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect: QRect = option.rect
        width = self._width()
        fonts = self._text()
        bold, body = (fonts.bold, fonts.bold_metrics), (fonts.body, fonts.body_metrics)
        labels = self._columns(entry, fonts, width)
        room = width - _INDENT
        painter.save()
        x, y = rect.x() + _PAD_X, rect.y() + _PAD_Y
        y = _draw(painter, bold, text, x, y, width, entry.title) + _GAP
        y = _draw(painter, body, quiet, x, y, width, entry.subtitle)
        for label, change in entry.fields:
            y += _GAP
            if labels:
                below_label = _draw(
                    painter, body, quiet, x + _INDENT, y, labels - _COLUMN_GAP, label
                )
                below_change = _draw(
                    painter, body, text, x + _INDENT + labels, y, room - labels, change
                )
                y = max(below_label, below_change)
            else:
                y = _draw(painter, body, quiet, x + _INDENT, y, room, label)
                y = _draw(painter, body, text, x + _INDENT, y, room, change)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


@dataclass(frozen=True, slots=True)
class _Fonts:
    body: QFont
    bold: QFont
    body_metrics: QFontMetrics
    bold_metrics: QFontMetrics
    widest_label: int

    @classmethod
    def of(cls, font: QFont, labels: Sequence[str]) -> _Fonts:
        body = QFont(font)
        bold = QFont(body)
        bold.setBold(True)
        metrics = QFontMetrics(body)
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        return cls(body, bold, metrics, QFontMetrics(bold), widest)


def _height(metrics: QFontMetrics, width: int, text: str) -> int:
    return metrics.boundingRect(QRect(0, 0, width, 1 << 20), _WRAP, text).height()


def _draw(
    painter: QPainter,
    font: tuple[QFont, QFontMetrics],
    color: QColor,
    x: int,
    y: int,
    width: int,
    text: str,
) -> int:
    height = _height(font[1], width, text)
    painter.setFont(font[0])
    painter.setPen(color)
    painter.drawText(QRect(x, y, width, height), _WRAP, text)
    return y + height


Loader = Callable[[], Sequence[RecordVersion]]


class HistoryView(QWidget):
    """The versions of one record. With `restorable`, a selected earlier version can be
    put back ("Restore this version…"): the view asks, its owner does it."""

    restore_requested = Signal(int)  # the version to put back

    def __init__(
        self,
        kind: RecordKind,
        language: str,
        numbers: NumberFormat | None = None,
        restorable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The name DESIGN.md gives every record's history tab.
        self.setObjectName("contactHistory")
        self.setAccessibleName(history_tab_title())
        self._loader: Loader | None = None
        self._stale = False
        self._read_only = False
        self._restorable = restorable
        self._model = HistoryModel(HistoryValues(kind, language, numbers), self)

        self._note = FieldMessage("historyNote", self)
        self._note.label.setAccessibleName(_tr("About this history"))
        self._list = QListView(self)
        self._list.setObjectName("historyVersions")
        self._list.setAccessibleName(_tr("Versions, newest first"))
        self._list.setModel(self._model)
        self._list.setItemDelegate(_HistoryDelegate(self._list, self._model, kind))
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListView.ResizeMode.Adjust)
        self._list.setUniformItemSizes(False)
        # Hundreds of versions: the first ones show at once, the rest are measured after.
        self._list.setLayoutMode(QListView.LayoutMode.Batched)
        self._list.setBatchSize(40)
        self._list.selectionModel().currentRowChanged.connect(self._update_button)

        self._restore = QPushButton(_tr("Restore this version…"), self)
        self._restore.setObjectName("restoreVersion")
        self._restore.setAccessibleName(_tr("Restore the selected version"))
        self._restore.setToolTip(
            _tr(
                "Puts back the values the selected version had, as a new version."
                " Undo takes it back."
            )
        )
        self._restore.clicked.connect(self._restore_clicked)
        self._restore.setVisible(restorable)
        self._restore.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self._restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._note)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)

    # What it shows

    def show_record(self, loader: Loader, read_only_note: str = "") -> None:
        """Show this record's versions: now if the tab is in view, else once it is.

        With `read_only_note`, no version can be put back and the note says why.
        """
        self._loader = loader
        self._read_only = bool(read_only_note)
        if read_only_note:
            self._note.show_message(Level.WARNING, read_only_note)
        else:
            self._note.clear()
        self._stale = True
        if self.isVisible():
            self._load()
        else:
            self._model.set_versions(())
            self._update_button()

    def clear(self) -> None:
        self._loader = None
        self._stale = False
        self._note.clear()
        self._model.set_versions(())
        self._update_button()

    def refresh(self) -> None:
        """The record changed: read its versions again (once shown, if hidden now)."""
        if self._loader is None:
            return
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        if self._loader is None:
            return
        try:
            versions = self._loader()
        except CrmError as exc:
            self._model.set_versions(())
            self._note.show_message(Level.ERROR, tr_error(exc))
        else:
            self._model.set_versions(versions)
        self._list.scrollToTop()
        self._update_button()

    # For the owner and for tests

    @property
    def model(self) -> HistoryModel:
        return self._model

    @property
    def list_view(self) -> QListView:
        return self._list

    @property
    def restore_button(self) -> QPushButton:
        return self._restore

    @property
    def note(self) -> FieldMessage:
        return self._note

    def versions(self) -> list[RecordVersion]:
        """What the tab shows, newest first (empty until it was shown)."""
        return self._model.versions()

    def select_version(self, version: int) -> bool:
        for row in range(self._model.rowCount()):
            index = self._model.index(row)
            if index.data(VERSION_ROLE) == version:
                self._list.setCurrentIndex(index)
                return True
        return False

    def selected_version(self) -> int | None:
        index = self._list.currentIndex()
        value = index.data(VERSION_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def _update_button(self, *_args: object) -> None:
        index = self._list.currentIndex()
        # The newest version is what the record holds: putting it back changes nothing.
        earlier = index.isValid() and index.row() > 0
        self._restore.setEnabled(self._restorable and not self._read_only and earlier)

    def _restore_clicked(self) -> None:
        version = self.selected_version()
        if version is not None and self._restore.isEnabled():
            self.restore_requested.emit(version)


def add_history_tab(tabs: QTabWidget, details: QWidget, history: HistoryView) -> None:
    """The record's own page, and its history beside it."""
    tabs.setDocumentMode(True)
    tabs.setAccessibleName(_tr("Details and history"))
    make_room_for_accents(tabs)
    tabs.addTab(details, details_tab_title())
    tabs.addTab(history, history_tab_title())


def confirm_restore_version(parent: QWidget, name: str, version: int) -> bool:
    """Whether to put back an earlier version of `name`."""
    answer = QMessageBox.question(
        parent,
        _tr("Restore a Version"),
        _tr(
            "Put back the values version {version} of {name} had? They replace the current"
            " ones as a new version; the history keeps both, and Undo takes it back."
        ).format(version=version, name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def deleted_note() -> str:
    """Why a deleted contact's versions cannot be put back."""
    return _tr(
        "This contact is deleted: its history is shown as kept. Restore the contact first to"
        " put back one of its versions."
    )
