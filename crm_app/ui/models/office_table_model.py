"""The office list: a table over every live Office record.

An organisation has tens or hundreds of offices, not thousands, so they are read at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_app.domain.countries import country_name
from crm_app.domain.records import Office
from crm_app.ui.labels import office_kind_label

OFFICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_ModelIndex = QModelIndex | QPersistentModelIndex


class OfficeColumn(IntEnum):
    NAME = 0
    COUNTRY = 1
    CITY = 2
    KIND = 3
    SWITCHBOARD = 4


def _header(column: OfficeColumn) -> str:
    headers = {
        OfficeColumn.NAME: QCoreApplication.translate("OfficeTableModel", "Name"),
        OfficeColumn.COUNTRY: QCoreApplication.translate("OfficeTableModel", "Country"),
        OfficeColumn.CITY: QCoreApplication.translate("OfficeTableModel", "City"),
        OfficeColumn.KIND: QCoreApplication.translate("OfficeTableModel", "Kind"),
        OfficeColumn.SWITCHBOARD: QCoreApplication.translate("OfficeTableModel", "Switchboard"),
    }
    return headers[column]


class OfficeTableModel(QAbstractTableModel):
    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._offices: list[Office] = []

    def set_offices(self, offices: Sequence[Office]) -> None:
        self.beginResetModel()
        self._offices = sorted(offices, key=lambda office: office.name(self._language).casefold())
        self.endResetModel()

    def row_of(self, office_id: int) -> int | None:
        return next((row for row, o in enumerate(self._offices) if o.id == office_id), None)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._offices)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(OfficeColumn)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(OfficeColumn)
        ):
            return _header(OfficeColumn(section))
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._offices):
            return None
        office = self._offices[index.row()]
        if role == OFFICE_ID_ROLE:
            return office.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = OfficeColumn(index.column())
        if column == OfficeColumn.NAME:
            return office.name(self._language)
        if column == OfficeColumn.COUNTRY:
            return country_name(office.country, self._language)
        if column == OfficeColumn.CITY:
            return office.city
        if column == OfficeColumn.KIND:
            return office_kind_label(office.kind)
        return office.switchboard.raw if office.switchboard is not None else ""
