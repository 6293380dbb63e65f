"""Errors the domain and services raise; every one names the field and the reason.

Reasons are typed `Message`, not `str`: a plain string (an f-string) would reach a French
window in English, and mypy refuses one here.
"""

from __future__ import annotations

from crm_app.domain.messages import Message, msg


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


class DatabaseOpenError(CrmError):
    """The database cannot be opened, created or upgraded."""


class DatabaseDamagedError(DatabaseOpenError):
    """The database file is damaged beyond reading; a backup has to be restored."""
