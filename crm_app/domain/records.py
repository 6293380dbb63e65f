"""Plain, frozen records that cross every layer: services return them, UI and renderers read them.

They hold no database state; `version` is the optimistic-lock counter a save must send back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

DEFAULT_LANGUAGE = "en"

# Han, kana and hangul: names in these scripts are written family first, without a space.
_EAST_ASIAN_NAME = re.compile(
    "[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f]+"
)

# What one contact may hold, whichever way it comes in (typed, imported, restored).
MAX_PHONES = 50
MAX_EMAILS = 50


def full_name(given: str, family: str, family_first: bool = False) -> str:
    """The name as a person reads it: "Kieran Best", or family first ("Li Wei", "张伟")."""
    if not (given and family):
        return given or family
    if not family_first:
        return f"{given} {family}"
    if _EAST_ASIAN_NAME.fullmatch(family) and _EAST_ASIAN_NAME.fullmatch(given):
        return family + given
    return f"{family} {given}"


class PhoneKind(StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    FAX = "fax"
    HOME = "home"
    OTHER = "other"


class LineType(StrEnum):
    """What phonenumbers reads from the number itself."""

    FIXED_LINE = "fixed_line"
    MOBILE = "mobile"
    FIXED_LINE_OR_MOBILE = "fixed_line_or_mobile"
    TOLL_FREE = "toll_free"
    VOIP = "voip"
    OTHER = "other"
    UNKNOWN = "unknown"


class EmailKind(StrEnum):
    WORK = "work"
    HOME = "home"
    OTHER = "other"


class ContactKind(StrEnum):
    PRESS_OFFICER = "press_officer"
    SPOKESPERSON = "spokesperson"
    MISSION_CONTACT = "mission_contact"
    MEDIA = "media"


class OfficeKind(StrEnum):
    MISSION = "mission"
    COUNTRY_OFFICE = "country_office"
    REGIONAL_OFFICE = "regional_office"
    HEADQUARTERS = "headquarters"


class ReleaseStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class BlockLayout(StrEnum):
    STACKED = "stacked"
    INLINE = "inline"


class BlockFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


def pick_language(values: Mapping[str, str], language: str) -> str:
    """The value in `language`, else English, else any stored one, else ''."""
    for key in (language, DEFAULT_LANGUAGE):
        value = values.get(key)
        if value:
            return value
    return next((v for v in values.values() if v), "")


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone as stored: E.164 and extension when it parsed, always the raw input."""

    kind: PhoneKind
    raw: str
    e164: str | None
    extension: str | None
    valid: bool
    line_type: LineType = LineType.UNKNOWN

    @property
    def is_mobile(self) -> bool:
        return self.kind is PhoneKind.MOBILE or self.line_type is LineType.MOBILE

    @property
    def dial_key(self) -> tuple[str, str]:
        """What identifies the line: E.164 (or raw when unparsed) plus extension."""
        return (self.e164 or self.raw, self.extension or "")


@dataclass(frozen=True, slots=True)
class Email:
    kind: EmailKind
    address: str


@dataclass(frozen=True, slots=True)
class OfficeRef:
    """The part of an office a contact or release needs to print it."""

    id: int
    names: Mapping[str, str]
    country: str
    city: str = ""

    def name(self, language: str = DEFAULT_LANGUAGE) -> str:
        return pick_language(self.names, language)


@dataclass(frozen=True, slots=True)
class Office:
    id: int
    names: Mapping[str, str]
    country: str
    city: str
    kind: OfficeKind
    switchboard: Phone | None
    parent_id: int | None
    version: int = 1
    deleted: bool = False

    def name(self, language: str = DEFAULT_LANGUAGE) -> str:
        return pick_language(self.names, language)

    @property
    def ref(self) -> OfficeRef:
        return OfficeRef(id=self.id, names=self.names, country=self.country, city=self.city)


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    uid: str
    given: str
    family: str
    honorific: str = ""
    titles: Mapping[str, str] = field(default_factory=dict)
    office: OfficeRef | None = None
    kind: ContactKind = ContactKind.MISSION_CONTACT
    languages: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()
    notes: str = ""
    active: bool = True
    last_verified: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    version: int = 1
    # The name is written family first ("Li Wei"); given and family stay what they are.
    family_first: bool = False

    @property
    def display_name(self) -> str:
        return full_name(self.given, self.family, self.family_first)

    def title(self, language: str = DEFAULT_LANGUAGE) -> str:
        return pick_language(self.titles, language)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class ContactListItem:
    """What one row of the contact list shows, and no more: a list keeps thousands of these.

    `office_names` is shared by every item of the same office read together; the phone and
    e-mail are the first ones, with how many there are in all.
    """

    id: int
    name: str  # as a person reads it (full_name)
    deleted: bool
    active: bool
    office_names: Mapping[str, str]
    titles: Mapping[str, str]
    phone: Phone | None
    phone_count: int
    email: str
    email_count: int

    def office(self, language: str = DEFAULT_LANGUAGE) -> str:
        return pick_language(self.office_names, language)

    def title(self, language: str = DEFAULT_LANGUAGE) -> str:
        return pick_language(self.titles, language)


@dataclass(frozen=True, slots=True)
class PublishedBlock:
    """The block exactly as printed when a release was published."""

    text: str
    html: str
    markdown: str
    layout: BlockLayout
    published_at: datetime


@dataclass(frozen=True, slots=True)
class Release:
    id: int
    title: str
    language: str
    date: date
    dateline: str
    office: OfficeRef | None
    url: str
    status: ReleaseStatus
    contacts: tuple[Contact, ...]
    published: PublishedBlock | None = None
    version: int = 1
