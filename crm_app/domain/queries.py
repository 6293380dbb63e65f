"""What a contact list asks for: search text, filters, order. Plain values, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
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
