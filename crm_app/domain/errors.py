"""Errors the domain and services raise; every one names the field and the reason.

Reasons are typed `Message`, not `str`: a plain string (an f-string) would reach a French
window in English, and mypy refuses one here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from crm_app.domain.messages import Message, msg

if TYPE_CHECKING:
    from crm_app.domain.history import FieldChange
    from crm_app.domain.records import Contact, Office, Release


class CrmError(Exception):
    """Base of every error a user is meant to read."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(CrmError):
    """Input that breaks a rule. `field` names what the user typed it into; `suggestion`, when
    there is one, is the value the input was most likely meant to be."""

    def __init__(self, field: str, reason: Message, suggestion: str | None = None) -> None:
        super().__init__(msg("{field}: {reason}", field=field, reason=reason))
        self.field = field
        self.reason = reason
        self.suggestion = suggestion


class NotFoundError(CrmError):
    """A referenced record does not exist (or is deleted)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(msg("{what} not found: {key}", what=what, key=key))
        self.what = what
        self.key = key


class DuplicateError(CrmError):
    """Adding this record would duplicate an existing one."""

    def __init__(self, field: str, reason: Message, existing_id: int) -> None:
        super().__init__(msg("{field}: {reason}", field=field, reason=reason))
        self.field = field
        self.reason = reason
        self.existing_id = existing_id


class ConflictError(CrmError):
    """Someone else saved the same record since it was read."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(
            msg(
                "{what} {key} was changed by someone else since you opened it;"
                " reload and try again",
                what=what,
                key=key,
            )
        )
        self.what = what
        self.key = key


class EditConflictError(ConflictError):
    """A save met someone else's newer change: who made it, when, and what is stored now.

    `changes` are the fields changed since `expected_version` (theirs, old and new values),
    `fields` those among them that this save would change too (empty when the save was
    refused only because it was stale); `record` is the record as stored now, so both
    versions can be shown side by side, and `current_values` the same in words.
    """

    def __init__(
        self,
        what: str,
        key: object,
        *,
        expected_version: int,
        current_version: int,
        changed_by: str,
        changed_at: datetime | None,
        changes: tuple[FieldChange, ...] = (),
        fields: tuple[str, ...] = (),
        record: Contact | Office | Release | None = None,
        current_values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(what, key)
        when = changed_at.strftime("%Y-%m-%d %H:%M UTC") if changed_at is not None else "?"
        self.message = msg(
            "{what} {key} was changed by someone else since you read version {expected}:"
            " {who} saved version {version} at {when}; nothing was saved",
            what=what,
            key=key,
            expected=expected_version,
            who=changed_by or "an unknown user",
            version=current_version,
            when=when,
        )
        self.args = (self.message,)
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changes = changes
        self.fields = fields
        self.record = record
        self.current_values = dict(current_values or {})


class DatabaseOpenError(CrmError):
    """The database cannot be opened, created or upgraded."""


class DatabaseDamagedError(DatabaseOpenError):
    """The database file is damaged beyond reading; a backup has to be restored."""
