"""A release's contacts, in print order, reorderable by drag and drop or by Up/Down.

Drag and drop inside the list goes through ``moveRows`` (QListView's InternalMove uses it
directly); a drop that arrives as MIME data (from the same list, through the generic
QAbstractItemView path) is turned into the same move. The model never lets Qt delete the
"source" rows after a drop, so a drop can never lose a contact.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_app.domain.records import Contact

_Index = QModelIndex | QPersistentModelIndex

ROWS_MIME_TYPE = "application/x-press-contacts-release-rows"
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def contact_summary(contact: Contact, language: str) -> str:
    """One line naming a contact: "Kieran Best — IOM Beijing"."""
    parts = [contact.display_name or f"#{contact.id}"]
    if contact.office is not None:
        parts.append(contact.office.name(language))
    return " — ".join(parts)


class ReleaseContactsModel(QAbstractListModel):
    # Any change of membership or order (the preview regenerates on it).
    contacts_changed = Signal()

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._language = language
        self._editable = True

    # Reading and filling

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def contact_ids(self) -> tuple[int, ...]:
        return tuple(contact.id for contact in self._contacts)

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()
        self.contacts_changed.emit()

    def set_editable(self, editable: bool) -> None:
        """A published release's contacts are frozen: no dragging, no dropping."""
        self._editable = editable
        if self._contacts:
            self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1))

    def set_language(self, language: str) -> None:
        self._language = language
        if self._contacts:
            self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1))

    def add(self, contacts: Sequence[Contact]) -> int:
        """Append contacts not already listed; returns how many were added."""
        known = set(self.contact_ids())
        new = [contact for contact in contacts if contact.id not in known]
        unique = list({contact.id: contact for contact in new}.values())
        if not unique:
            return 0
        first = len(self._contacts)
        self.beginInsertRows(QModelIndex(), first, first + len(unique) - 1)
        self._contacts.extend(unique)
        self.endInsertRows()
        self.contacts_changed.emit()
        return len(unique)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._contacts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._contacts[row]
            self.endRemoveRows()
            self.contacts_changed.emit()

    def move(self, row: int, to_row: int) -> bool:
        """Put the contact at ``row`` at position ``to_row`` (after the move)."""
        if not (0 <= row < len(self._contacts) and 0 <= to_row < len(self._contacts)):
            return False
        if row == to_row:
            return False
        # moveRows wants the row *before which* to insert, counted before the move.
        destination = to_row + 1 if to_row > row else to_row
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)

    def count(self) -> int:
        return len(self._contacts)

    # QAbstractListModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._contacts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {contact_summary(contact, self._language)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return contact_summary(contact, self._language)
        if role == Qt.ItemDataRole.ToolTipRole:
            title = contact.title(self._language)
            summary = contact_summary(contact, self._language)
            return f"{summary}\n{title}" if title else summary
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self._editable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROWS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        # Row numbers only mean something in this model: say which one they come from.
        payload = {"model": id(self), "rows": rows}
        mime = QMimeData()
        mime.setData(ROWS_MIME_TYPE, QByteArray(json.dumps(payload).encode("ascii")))
        return mime

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        """The dragged rows when they come from this very model, else None."""
        if not data.hasFormat(ROWS_MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(ROWS_MIME_TYPE).data()))
            if payload.get("model") != id(self):
                return None
            return [int(row) for row in payload["rows"]]
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        return self._editable and not parent.isValid() and self._dropped_rows(data) is not None

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        rows = self._dropped_rows(data)
        if rows is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        destination = len(self._contacts) if row < 0 else row
        # Same algorithm as QListView's internal move: rows keep their order and land
        # together at the drop point; persistent indexes (the selection) follow them.
        size = len(self._contacts)
        persistent = [
            QPersistentModelIndex(self.index(r)) for r in sorted(set(rows)) if 0 <= r < size
        ]
        if not persistent:
            return False
        # The drop point as a persistent index, so it follows the rows moved before it;
        # None means "at the end".
        target = QPersistentModelIndex(self.index(destination)) if destination < size else None
        for moving in persistent:
            at = target.row() if target is not None else len(self._contacts)
            if at not in (moving.row(), moving.row() + 1):
                self.moveRows(QModelIndex(), moving.row(), 1, QModelIndex(), at)
            after = moving.row() + 1
            target = (
                QPersistentModelIndex(self.index(after)) if after < len(self._contacts) else None
            )
        # False: the move is done; the view must not also remove the dragged rows.
        return False

    def moveRows(  # noqa: N802
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._contacts):
            return False
        if not 0 <= destination_child <= len(self._contacts):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moving = self._contacts[source_row : last + 1]
        del self._contacts[source_row : last + 1]
        at = destination_child if destination_child < source_row else destination_child - count
        self._contacts[at:at] = moving
        self.endMoveRows()
        # Row numbers are part of the display text.
        self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1))
        self.contacts_changed.emit()
        return True
