"""Stored contacts as plain values, for streams over the whole database (export, listing).

A `Contact` record is a frozen dataclass of enums and records: right for a page of the list,
too slow to build 100,000 times. These tuples hold the same data with kinds as plain strings;
the vCard writer and the JSON listing read them and `Contact` records alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import NamedTuple

from crm_app.domain.records import OfficeRef, full_name


class PhoneValues(NamedTuple):
    kind: str  # a PhoneKind value
    raw: str
    e164: str | None
    extension: str | None
    valid: bool
    line_type: str  # a LineType value


class EmailValues(NamedTuple):
    kind: str  # an EmailKind value
    address: str


class ContactValues(NamedTuple):
    id: int
    uid: str
    given: str
    family: str
    honorific: str
    family_first: bool
    kind: str  # a ContactKind value
    languages: tuple[str, ...]
    notes: str
    active: bool
    last_verified: date | None
    updated_at: datetime | None  # UTC; naive as the store keeps it
    deleted_at: datetime | None
    office: OfficeRef | None  # shared by every contact of the office
    titles: Mapping[str, str]  # language: title; empty when the stream left them out
    phones: tuple[PhoneValues, ...]
    emails: tuple[EmailValues, ...]

    @property
    def display_name(self) -> str:
        return full_name(self.given, self.family, self.family_first)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None
