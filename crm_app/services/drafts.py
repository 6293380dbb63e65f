"""What a caller hands the services to create or change a record: raw, unchecked input."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from crm_app.domain.records import ContactKind, EmailKind, OfficeKind, PhoneKind


@dataclass(frozen=True, slots=True)
class PhoneInput:
    raw: str
    kind: PhoneKind | None = None  # None: read mobile/fixed from the number itself
    allow_invalid: bool = False  # keep a number that fails the checks, flagged invalid


@dataclass(frozen=True, slots=True)
class EmailInput:
    address: str
    kind: EmailKind = EmailKind.WORK


@dataclass(frozen=True, slots=True)
class OfficeDraft:
    names: Mapping[str, str]  # language -> name; English is required
    country: str
    city: str = ""
    kind: OfficeKind = OfficeKind.MISSION
    switchboard: str = ""
    parent: str | None = None  # id or name of the parent office


@dataclass(frozen=True, slots=True)
class OfficeChanges:
    """None leaves a field as it is. `names` merges: an empty string removes that language."""

    names: Mapping[str, str] | None = None
    country: str | None = None
    city: str | None = None
    kind: OfficeKind | None = None
    switchboard: str | None = None
    parent: str | None = None  # "" removes the parent


@dataclass(frozen=True, slots=True)
class ContactDraft:
    given: str
    family: str
    honorific: str = ""
    titles: Mapping[str, str] = field(default_factory=dict)
    office: str | None = None  # id or name of the office
    kind: ContactKind = ContactKind.MISSION_CONTACT
    languages: tuple[str, ...] = ()
    phones: tuple[PhoneInput, ...] = ()
    emails: tuple[EmailInput, ...] = ()
    notes: str = ""
    active: bool = True
    last_verified: date | None = None
    uid: str | None = None  # kept when importing a card that has one
    family_first: bool = False  # shown family name first: "Li Wei"


@dataclass(frozen=True, slots=True)
class ContactChanges:
    """None leaves a field as it is; phones and e-mails, when given, replace the whole list."""

    given: str | None = None
    family: str | None = None
    honorific: str | None = None
    titles: Mapping[str, str] | None = None
    office: str | None = None  # "" removes the office
    kind: ContactKind | None = None
    languages: tuple[str, ...] | None = None
    phones: tuple[PhoneInput, ...] | None = None
    emails: tuple[EmailInput, ...] | None = None
    notes: str | None = None
    active: bool | None = None
    last_verified: date | None = None
    # None above cannot say "remove the date"; this can (with last_verified left None).
    clear_last_verified: bool = False
    family_first: bool | None = None


@dataclass(frozen=True, slots=True)
class ReleaseDraft:
    title: str
    language: str
    date: date
    office: str | None = None
    dateline: str = ""
    url: str = ""
    contact_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ReleaseChanges:
    title: str | None = None
    language: str | None = None
    date: date | None = None
    office: str | None = None
    dateline: str | None = None
    url: str | None = None
    contact_ids: tuple[int, ...] | None = None
