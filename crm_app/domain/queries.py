"""What a contact list asks for: search text, filters, order. Plain values, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ContactSort(StrEnum):
    NAME = "name"
    UPDATED = "updated"


class Archive(StrEnum):
    """Which contacts a list shows."""

    CURRENT = "current"  # not deleted, still with the organisation
    ALL_LIVE = "all_live"  # not deleted, left or not
    ARCHIVED = "archived"  # deleted or left


@dataclass(frozen=True, slots=True)
class ContactQuery:
    text: str = ""
    office_id: int | None = None
    kind: str | None = None
    archive: Archive = Archive.ALL_LIVE
    sort: ContactSort = ContactSort.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ListKey:
    """Where a contact stands in a list's order: the value sorted on (the name's sort key, or
    the time of the last change) and its id, which orders ties. A list reads its next page
    as the rows after the last one's key, which costs the same deep in the list as at its top.
    """

    value: str | datetime
    id: int
