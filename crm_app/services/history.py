"""Every change to a contact, office or release, recorded in the transaction that makes it.

A snapshot is the record's fields as plain JSON values; a version stores one with who made
it, when, and which fields changed. The same snapshot puts the record back (revert) and
tells which fields two saves both changed (a conflict).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crm_app.domain.errors import EditConflictError
from crm_app.domain.history import (
    ChangeAction,
    FieldChange,
    NameBook,
    RecordKind,
    RecordVersion,
    changed_fields,
    field_changes,
    flatten,
    readable_values,
)
from crm_app.domain.records import Contact, Email, Office, Phone, Release, full_name
from crm_app.services.common import Actor, Clock
from crm_app.services.mapping import utc
from crm_app.store import history as store
from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeNameRow,
    OfficeRow,
    PhoneRow,
    ReleaseRow,
)

Snapshot = dict[str, Any]


# Snapshots


def phone_value(
    kind: str, raw: str, e164: str | None, extension: str | None, valid: bool, line_type: str
) -> dict[str, Any]:
    return {
        "kind": kind,
        "raw": raw,
        "e164": e164,
        "extension": extension,
        "valid": bool(valid),
        "line_type": line_type,
    }


def phone_values(phones: Iterable[Phone]) -> list[dict[str, Any]]:
    """Phones as a snapshot keeps them (raw as its row stores it)."""
    from crm_app.services.contacts import phone_columns

    values = []
    for phone in phones:
        columns = phone_columns(0, phone)
        values.append(
            phone_value(
                columns["kind"],
                columns["raw"],
                columns["e164"],
                columns["extension"],
                columns["valid"],
                columns["line_type"],
            )
        )
    return values


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def contact_values(
    *,
    uid: str,
    given: str,
    family: str,
    family_first: bool,
    honorific: str,
    titles: Mapping[str, str],
    office_id: int | None,
    kind: str,
    languages: str,
    phones: Sequence[Mapping[str, Any]],
    emails: Sequence[tuple[str, str]],  # (kind, address)
    notes: str,
    active: bool,
    last_verified: date | None,
    deleted: bool,
) -> Snapshot:
    """A contact's snapshot from plain values: the one shape every writer records."""
    return {
        "uid": uid,
        "given": given,
        "family": family,
        "family_first": bool(family_first),
        "honorific": honorific,
        "titles": {language: titles[language] for language in sorted(titles)},
        "office": office_id,
        "kind": kind,
        "languages": [code for code in languages.split(",") if code],
        "phones": [dict(phone) for phone in phones],
        "emails": [{"kind": kind, "address": address} for kind, address in emails],
        "notes": notes,
        "active": bool(active),
        "last_verified": _day(last_verified),
        "deleted": deleted,
    }


def contact_snapshot(row: ContactRow) -> Snapshot:
    """The contact as it stands in the session, flushed or not."""
    return contact_values(
        uid=row.uid,
        given=row.given,
        family=row.family,
        family_first=row.family_first,
        honorific=row.honorific,
        titles={title.language: title.title for title in row.titles},
        office_id=row.office.id if row.office is not None else None,
        kind=row.kind,
        languages=row.languages,
        phones=[
            phone_value(p.kind, p.raw, p.e164, p.extension, p.valid, p.line_type)
            for p in row.phones
        ],
        emails=[(email.kind, email.address) for email in row.emails],
        notes=row.notes,
        active=row.active,
        last_verified=row.last_verified,
        deleted=row.deleted_at is not None,
    )


def office_snapshot(row: OfficeRow) -> Snapshot:
    return {
        "names": {name.language: name.name for name in sorted(row.names, key=_language)},
        "country": row.country,
        "city": row.city,
        "kind": row.kind,
        "switchboard": (
            phone_value(
                "work",
                row.switchboard_raw,
                row.switchboard_e164,
                row.switchboard_extension,
                row.switchboard_valid,
                "fixed_line",
            )
            if row.switchboard_raw
            else None
        ),
        "parent": row.parent_id,
        "deleted": row.deleted_at is not None,
    }


def _language(name: OfficeNameRow) -> str:
    return name.language


def release_snapshot(row: ReleaseRow) -> Snapshot:
    return {
        "title": row.title,
        "language": row.language,
        "date": _day(row.release_date),
        "dateline": row.dateline,
        "office": row.office.id if row.office is not None else None,
        "url": row.url,
        "status": row.status,
        "published_at": row.published_at.isoformat() if row.published_at else None,
        "contacts": [link.contact_id for link in row.contact_links],
        "deleted": row.deleted_at is not None,
    }


@dataclass(frozen=True, slots=True)
class Before:
    """A record as a write found it: what the version it makes is compared with."""

    snapshot: Snapshot
    version: int
    updated_at: datetime

    @classmethod
    def contact(cls, row: ContactRow) -> Before:
        return cls(contact_snapshot(row), row.version, row.updated_at)

    @classmethod
    def office(cls, row: OfficeRow) -> Before:
        return cls(office_snapshot(row), row.version, row.updated_at)

    @classmethod
    def release(cls, row: ReleaseRow) -> Before:
        return cls(release_snapshot(row), row.version, row.updated_at)


# Writing


def touch(row: ContactRow | OfficeRow | ReleaseRow, now: datetime) -> None:
    """Mark the record changed: its row is written, so its version counter moves on, even
    when only its phones or names changed, or the clock shows the same time."""
    row.updated_at = now
    flag_modified(row, "updated_at")


class Recorder:
    """Writes versions as `actor`, in the caller's transaction."""

    def __init__(self, actor: Actor, clock: Clock) -> None:
        self.actor = actor
        self._clock = clock

    def record(
        self,
        session: Session,
        kind: RecordKind,
        record_id: int,
        version: int,
        after: Snapshot,
        action: ChangeAction,
        before: Before | None = None,
        reverted_to: int | None = None,
    ) -> None:
        self.record_many(
            session, kind, [(record_id, version, after, before)], action, reverted_to=reverted_to
        )

    def record_many(
        self,
        session: Session,
        kind: RecordKind,
        records: Sequence[tuple[int, int, Snapshot, Before | None]],
        action: ChangeAction,
        reverted_to: int | None = None,
    ) -> None:
        """(id, new version, snapshot after, as found or None for a new record) each; a
        record changed for the first time since history began gets its baseline first."""
        if not records:
            return
        found = [record_id for record_id, _, _, before in records if before is not None]
        known = store.with_history(session, kind.value, found) if found else set()
        versions: list[store.NewVersion] = []
        for record_id, version, after, before in records:
            if before is not None and record_id not in known:
                versions.append(
                    store.NewVersion(
                        kind.value,
                        record_id,
                        before.version,
                        ChangeAction.BASELINE.value,
                        "",
                        [],
                        before.snapshot,
                        changed_at=before.updated_at,
                    )
                )
            versions.append(
                store.NewVersion(
                    kind.value,
                    record_id,
                    version,
                    action.value,
                    self.actor.name,
                    changed_fields(before.snapshot if before else None, after),
                    after,
                    reverted_to,
                )
            )
        store.write_versions(session, versions, self._clock.now())


# Reading


def name_book(session: Session, snapshots: Iterable[Snapshot]) -> NameBook:
    """The names of the offices (in every language) and contacts these snapshots refer to."""
    office_ids: set[int] = set()
    contact_ids: set[int] = set()
    for snapshot in snapshots:
        for key in ("office", "parent"):
            if isinstance(snapshot.get(key), int):
                office_ids.add(snapshot[key])
        contact_ids.update(i for i in snapshot.get("contacts", ()) if isinstance(i, int))
    offices: dict[int, dict[str, str]] = {}
    if office_ids:
        statement = select(OfficeNameRow.office_id, OfficeNameRow.language, OfficeNameRow.name)
        for office_id, language, name in session.execute(
            statement.where(OfficeNameRow.office_id.in_(sorted(office_ids)))
        ):
            offices.setdefault(office_id, {})[language] = name
    contacts: dict[int, str] = {}
    if contact_ids:
        statement2 = select(
            ContactRow.id, ContactRow.given, ContactRow.family, ContactRow.family_first
        ).where(ContactRow.id.in_(sorted(contact_ids)))
        for contact_id, given, family, family_first in session.execute(statement2):
            contacts[contact_id] = full_name(given, family, family_first)
    return NameBook(
        offices=offices,
        contacts=contacts,
    )


def read_history(
    session: Session, kind: RecordKind, record_id: int, current: Before | None
) -> list[RecordVersion]:
    """The record's versions, oldest first. A record not changed since history began has
    one: its baseline, read from the record as it stands (`current`)."""
    stored = store.versions(session, kind.value, record_id)
    if not stored:
        if current is None:
            return []
        stored = [
            store.StoredVersion(
                current.version,
                ChangeAction.BASELINE.value,
                current.updated_at,
                "",
                [],
                current.snapshot,
                None,
            )
        ]
    names = name_book(session, (version.snapshot for version in stored))
    result: list[RecordVersion] = []
    previous: Snapshot | None = None
    for version in stored:
        action = ChangeAction(version.action)
        changes: tuple[FieldChange, ...] = ()
        if action is not ChangeAction.BASELINE:
            changes = field_changes(previous, version.snapshot, version.changed_fields, names)
        result.append(
            RecordVersion(
                kind=kind,
                record_id=record_id,
                version=version.version,
                changed_at=_aware(version.changed_at),
                changed_by=version.changed_by,
                action=action,
                changes=changes,
                reverted_to=version.reverted_to,
                values=readable_values(version.snapshot, names),
                names=names,
            )
        )
        previous = version.snapshot
    return result


def _aware(moment: datetime) -> datetime:
    aware = utc(moment)
    assert aware is not None
    return aware


def conflict(
    session: Session,
    kind: RecordKind,
    record_id: int,
    expected_version: int,
    current: Before,
    record: Contact | Office | Release,
    fields: Sequence[str] = (),
) -> EditConflictError:
    """The error for a save based on `expected_version` that met `current`: who saved
    since, when, and what they changed."""
    with session.no_autoflush:  # the save being refused must not be written
        since = store.versions(session, kind.value, record_id, since=expected_version - 1)
        names = name_book(session, [current.snapshot, *(v.snapshot for v in since[:1])])
    base = since[0].snapshot if since and since[0].version == expected_version else None
    later = [version for version in since if version.version > expected_version]
    last = later[-1] if later else None
    theirs: tuple[FieldChange, ...] = ()
    if base is not None:
        theirs = field_changes(
            base, current.snapshot, changed_fields(base, current.snapshot), names
        )
    return EditConflictError(
        kind.value,
        record_id,
        expected_version=expected_version,
        current_version=current.version,
        changed_by=last.changed_by if last is not None else "",
        changed_at=_aware(last.changed_at) if last is not None else utc(current.updated_at),
        changes=theirs,
        fields=tuple(fields),
        record=record,
        current_values=readable_values(current.snapshot, names),
    )


def base_snapshot(
    session: Session, kind: RecordKind, record_id: int, version: int
) -> Snapshot | None:
    found = store.version(session, kind.value, record_id, version)
    return found.snapshot if found is not None else None


def three_way(base: Snapshot, stored: Snapshot, mine: Snapshot) -> tuple[list[str], dict[str, Any]]:
    """A save made from `base`, met by `stored`: the fields both changed, differently
    (a conflict), and the fields only the other side changed that `mine` still holds at
    their old value (to keep theirs)."""
    old, theirs, ours = flatten(base), flatten(stored), flatten(mine)
    clashes: list[str] = []
    keep: dict[str, Any] = {}
    for name in dict.fromkeys([*old, *theirs, *ours]):
        value = ours.get(name)
        if value == theirs.get(name):
            continue
        if value == old.get(name):
            keep[name] = theirs.get(name)
        elif old.get(name) != theirs.get(name):
            clashes.append(name)
    return clashes, keep


def set_contact_fields(
    session: Session,
    row: ContactRow,
    fields: Mapping[str, Any],
    *,
    resolve_office: Callable[[int], OfficeRow],
) -> None:
    """Put these snapshot fields (flattened) back on the contact."""
    with session.no_autoflush:  # finding an office must not write half of the change
        _set_contact_fields(row, fields, resolve_office)


def _set_contact_fields(
    row: ContactRow, fields: Mapping[str, Any], resolve_office: Callable[[int], OfficeRow]
) -> None:
    titles = {title.language: title.title for title in row.titles}
    titles_changed = False
    for name, value in fields.items():
        head, _, language = name.partition(":")
        if head == "title":
            titles_changed = True
            if value:
                titles[language] = value
            else:
                titles.pop(language, None)
        elif name == "office":
            row.office = resolve_office(int(value)) if value is not None else None
        elif name == "languages":
            row.languages = ",".join(value or [])
        elif name == "phones":
            row.phones = [
                PhoneRow(
                    position=position,
                    kind=phone["kind"],
                    raw=phone["raw"],
                    e164=phone["e164"],
                    extension=phone["extension"],
                    valid=phone["valid"],
                    line_type=phone["line_type"],
                )
                for position, phone in enumerate(value or [])
            ]
        elif name == "emails":
            row.emails = [
                EmailRow(
                    position=position,
                    kind=email["kind"],
                    address=email["address"],
                    address_key=email["address"].lower(),
                )
                for position, email in enumerate(value or [])
            ]
        elif name == "last_verified":
            row.last_verified = date.fromisoformat(value) if value else None
        elif name in ("given", "family", "honorific", "notes", "kind"):
            setattr(row, name, value or "")
        elif name in ("family_first", "active"):
            setattr(row, name, bool(value))
    if titles_changed:
        row.titles = [
            ContactTitleRow(language=language, title=title)
            for language, title in sorted(titles.items())
        ]


def emails_of(emails: Iterable[Email]) -> list[tuple[str, str]]:
    return [(email.kind.value, email.address) for email in emails]
