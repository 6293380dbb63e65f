"""Versions of a record: who changed what and when, and what each field was before and after.

A version keeps a snapshot: the record's fields as plain JSON values (text, numbers, booleans,
lists, mappings), enough to put that version back. This module compares snapshots and
says their values in words; the services build them from the store and write them.

The history is the same for every kind of record (contacts, offices and releases now; media
lists and their outlets later): a kind is a name, and its fields are its snapshot's keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm_app.domain.phones import format_phone
from crm_app.domain.records import DEFAULT_LANGUAGE, pick_language


class RecordKind(StrEnum):
    CONTACT = "contact"
    OFFICE = "office"
    RELEASE = "release"


class ChangeAction(StrEnum):
    """What made a version."""

    CREATED = "created"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"
    REVERTED = "reverted"  # an earlier version put back
    IMPORTED = "imported"  # created by an import
    MERGED = "merged"  # filled in by an import
    PUBLISHED = "published"
    # The record as it stood when history began to be kept (written with its first change
    # after the upgrade that brought history): its author is unknown.
    BASELINE = "baseline"


# Mappings of a snapshot that are compared, and shown, one language at a time: a change
# to the French title is not a change to the English one.
_PER_LANGUAGE = {"titles": "title", "names": "name"}

# Snapshot keys a revert leaves alone: identity and the record's life (delete / restore).
NOT_REVERTED = frozenset({"uid", "deleted", "status", "published_at"})


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one version: its value before and after, said in words (`before`,
    `after`, "" for nothing) and as stored (`old`, `new`, plain JSON values)."""

    field: str  # "given", "title:fr", "phones", ...
    before: str
    after: str
    old: Any = None
    new: Any = None

    @property
    def label(self) -> str:
        """The field as the command line prints it: "title (fr)"."""
        return field_label(self.field)


@dataclass(frozen=True, slots=True)
class NameBook:
    """Names of the records a snapshot refers to by id (an office, a release's contacts)."""

    offices: Mapping[int, Mapping[str, str]] = field(default_factory=dict)  # by language
    contacts: Mapping[int, str] = field(default_factory=dict)

    def office(self, office_id: int, language: str = DEFAULT_LANGUAGE) -> str | None:
        """The office's name in this language (else English, else any); None if unknown."""
        names = self.offices.get(office_id)
        return pick_language(names, language) if names else None


@dataclass(frozen=True, slots=True)
class RecordVersion:
    kind: RecordKind
    record_id: int
    version: int
    changed_at: datetime  # aware, UTC; the server's clock on PostgreSQL
    changed_by: str  # "" when unknown (a baseline)
    action: ChangeAction
    changes: tuple[FieldChange, ...]
    reverted_to: int | None = None  # the version a revert put back
    # Every field of the record at this version, in words ("" for nothing).
    values: Mapping[str, str] = field(default_factory=dict)
    # The offices and contacts its fields refer to, for words in another language.
    names: NameBook = field(default_factory=NameBook)

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(change.field for change in self.changes)


def field_label(name: str) -> str:
    head, sep, language = name.partition(":")
    return f"{head} ({language})" if sep else name


def flatten(snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """The snapshot's fields as they are compared: a title or name per language."""
    flat: dict[str, Any] = {}
    for key, value in snapshot.items():
        prefix = _PER_LANGUAGE.get(key)
        if prefix is not None and isinstance(value, Mapping):
            for language in sorted(value):
                flat[f"{prefix}:{language}"] = value[language]
        else:
            flat[key] = value
    return flat


def unflatten(fields: Mapping[str, Any], into: Mapping[str, Any]) -> dict[str, Any]:
    """`into` (a whole snapshot) with these flattened fields put in; a per-language field
    set to "" or None is removed from its mapping."""
    result = {
        key: (dict(value) if isinstance(value, Mapping) else value) for key, value in into.items()
    }
    prefixes = {prefix: key for key, prefix in _PER_LANGUAGE.items()}
    for name, value in fields.items():
        head, sep, language = name.partition(":")
        if sep and head in prefixes:
            mapping = result.setdefault(prefixes[head], {})
            if value:
                mapping[language] = value
            else:
                mapping.pop(language, None)
        else:
            result[name] = value
    return result


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def changed_fields(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> list[str]:
    """The flattened fields whose value differs; for a new record, those it has at all."""
    new = flatten(after)
    if before is None:
        return [name for name, value in new.items() if not _empty(value) and value is not False]
    old = flatten(before)
    # In the record's own order: a title removed is listed where the titles are.
    both = {
        key: (
            {**before[key], **after[key]}
            if isinstance(before.get(key), Mapping) and isinstance(after.get(key), Mapping)
            else after.get(key, before.get(key))
        )
        for key in dict.fromkeys([*after, *before])
    }
    return [name for name in flatten(both) if _normal(old.get(name)) != _normal(new.get(name))]


def _normal(value: Any) -> Any:
    # A language without a title and one with an empty title are the same.
    return None if _empty(value) else value


def readable(name: str, value: Any, names: NameBook) -> str:
    """A field's value in words, as the history shows it; "" for nothing."""
    if _empty(value):
        return ""
    if name == "phones":
        return "; ".join(_phone_words(phone) for phone in value)
    if name == "emails":
        return "; ".join(
            f"{email.get('kind', 'work')}: {email.get('address', '')}" for email in value
        )
    if name in ("office", "parent"):
        return names.office(int(value)) or f"office {value}"
    if name == "contacts":
        return "; ".join(names.contacts.get(int(i), f"contact {i}") for i in value)
    if name == "switchboard":
        return _phone_words(value, with_kind=False)
    if name == "active":
        return "active" if value else "left"
    if name == "family_first":
        return "family name first" if value else "given name first"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _phone_words(phone: Mapping[str, Any], *, with_kind: bool = True) -> str:
    e164 = phone.get("e164")
    extension = phone.get("extension")
    if phone.get("valid") and e164:
        number = format_phone(str(e164), str(extension) if extension else None)
    else:
        number = f"{phone.get('raw', '')} (invalid)"
    return f"{phone.get('kind', 'work')}: {number}" if with_kind else number


def field_changes(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    fields: Sequence[str],
    names: NameBook,
) -> tuple[FieldChange, ...]:
    old = flatten(before or {})
    new = flatten(after)
    return tuple(
        FieldChange(
            name,
            readable(name, old.get(name), names),
            readable(name, new.get(name), names),
            old.get(name),
            new.get(name),
        )
        for name in fields
    )


def readable_values(snapshot: Mapping[str, Any], names: NameBook) -> dict[str, str]:
    return {name: readable(name, value, names) for name, value in flatten(snapshot).items()}
