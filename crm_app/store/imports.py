"""Set-based reads and writes for the import engine: one statement per kind of key or row
for a whole chunk of records, plain rows in and out, no ORM objects.

Matching reads only indexed columns (contacts.uid, emails.address_key, phones (e164,
extension), contacts (office_id, sort_key)); writes are multi-row INSERTs and executemany
UPDATEs. Whatever the ORM would have kept in step is kept here by hand: the version counter,
and the search document the FTS triggers (SQLite) and the trigram index (PostgreSQL) read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeNameRow,
    OfficeRow,
    PhoneRow,
)

# Bound parameters per statement stay well under SQLite's limit (32,766).
CHUNK = 400

_T = TypeVar("_T")
_CONTACTS = cast(Table, ContactRow.__table__)
_PHONES = cast(Table, PhoneRow.__table__)
_EMAILS = cast(Table, EmailRow.__table__)
_TITLES = cast(Table, ContactTitleRow.__table__)


def _chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class NameRow:
    """A contact as name matching needs it."""

    id: int
    office_id: int
    given: str
    family: str
    family_first: bool


@dataclass(frozen=True, slots=True)
class PhoneHolder:
    number: tuple[str, str]  # E.164, extension or ""
    contact_id: int
    given: str
    family: str
    family_first: bool


@dataclass(frozen=True, slots=True)
class UidRow:
    id: int
    uid: str
    given: str
    family: str
    family_first: bool
    deleted: bool


@dataclass(slots=True)
class StoredContact:
    """What filling in a stored contact reads and may change."""

    id: int
    uid: str
    given: str
    family: str
    family_first: bool
    honorific: str
    notes: str
    office_id: int | None
    languages: str
    last_verified: date | None
    version: int
    search_text: str  # as stored: what the search index holds for it
    kind: str
    active: bool
    updated_at: datetime
    titles: dict[str, str]
    # (position, kind, raw, e164, extension, valid, line_type), in their order
    phones: list[tuple[int, str, str, str | None, str | None, bool, str]]
    emails: list[tuple[int, str, str]]  # (position, kind, address), in their order


@dataclass(frozen=True, slots=True)
class OfficeName:
    office_id: int
    country: str
    switchboard_e164: str | None
    language: str
    name: str
    name_key: str  # folded, as offices are looked up by name


def office_names(session: Session) -> list[OfficeName]:
    """Every name of every live office, with what an import needs of the office."""
    statement = (
        select(
            OfficeRow.id,
            OfficeRow.country,
            OfficeRow.switchboard_e164,
            OfficeNameRow.language,
            OfficeNameRow.name,
            OfficeNameRow.name_key,
        )
        .join(OfficeNameRow, OfficeNameRow.office_id == OfficeRow.id)
        .where(OfficeRow.deleted_at.is_(None))
        .order_by(OfficeRow.id, OfficeNameRow.language)
    )
    return [OfficeName(*row) for row in session.execute(statement)]


def contacts_with_uids(session: Session, uids: Sequence[str]) -> list[UidRow]:
    """Contacts holding these UIDs, deleted ones too (their UID stays theirs)."""
    found: list[UidRow] = []
    columns = (
        ContactRow.id,
        ContactRow.uid,
        ContactRow.given,
        ContactRow.family,
        ContactRow.family_first,
        ContactRow.deleted_at,
    )
    for chunk in _chunks(sorted(set(uids))):
        statement = select(*columns).where(ContactRow.uid.in_(chunk))
        found += [
            UidRow(
                row.id, row.uid, row.given, row.family, row.family_first, row.deleted_at is not None
            )
            for row in session.execute(statement)
        ]
    return found


@dataclass(frozen=True, slots=True)
class EmailHolder:
    address_key: str
    contact_id: int
    given: str
    family: str
    family_first: bool


def email_holders(session: Session, address_keys: Iterable[str]) -> list[EmailHolder]:
    """Live contacts with these addresses (lower-cased), by contact id."""
    found: list[EmailHolder] = []
    for chunk in _chunks(sorted(set(address_keys))):
        statement = (
            select(
                EmailRow.address_key,
                EmailRow.contact_id,
                ContactRow.given,
                ContactRow.family,
                ContactRow.family_first,
            )
            .join(ContactRow, ContactRow.id == EmailRow.contact_id)
            .where(EmailRow.address_key.in_(chunk), ContactRow.deleted_at.is_(None))
        )
        found += [EmailHolder(*row) for row in session.execute(statement)]
    return sorted(found, key=lambda holder: holder.contact_id)


def phone_holders(
    session: Session, wanted: Iterable[tuple[tuple[str, str], str]]
) -> list[PhoneHolder]:
    """Live contacts holding exactly these (E.164, extension or "") numbers under this
    folded family name, or under none; by contact id. The caller compares the family names
    themselves.

    Each pair is its own SELECT on the (e164, extension) index, joined by UNION ALL (an OR
    of them would test every row found against every pair; an IN list per column would
    also read every extension of a shared switchboard). The family name is compared on the
    list key ("family given", folded), so a switchboard that hundreds of people share
    returns the few of that name.
    """
    found: list[PhoneHolder] = []
    for chunk in _chunks(sorted(set(wanted)), CHUNK // 5):
        selects: list[str] = []
        values: list[Any] = []
        for (e164, extension), family in chunk:
            prefix = f"{family} "[:410]
            values.append(e164)
            if extension:
                values.append(extension)
            values += [family[:410], len(prefix), prefix]
            selects.append(
                "SELECT p.e164, p.extension, p.contact_id, c.given, c.family, c.family_first"
                " FROM phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ?"
                + (" AND p.extension = ?" if extension else " AND p.extension IS NULL")
                + " AND c.deleted_at IS NULL"
                " AND (c.family = '' OR c.sort_key = ? OR substr(c.sort_key, 1, ?) = ?)"
            )
        found += [
            PhoneHolder((e164, extension or ""), contact_id, given, family, bool(family_first))
            for e164, extension, contact_id, given, family, family_first in _run(
                session, " UNION ALL ".join(selects), values
            )
        ]
    return sorted(found, key=lambda holder: holder.contact_id)


@dataclass(frozen=True, slots=True)
class KeyRange:
    """List keys (folded "family given") from `start` up to `end`, or equal to `start` when
    `end` is None. With `first_only`, of each family name only its lowest id is wanted."""

    start: str
    end: str | None
    first_only: bool = False


def names_at_offices(session: Session, probes: Iterable[tuple[int, KeyRange]]) -> list[NameRow]:
    """Live contacts of an office whose list key falls in a range: (office id, range)
    probes. By id, each once.

    Each probe is a seek or a range of the (office_id, sort_key) index, one SELECT each,
    joined by UNION ALL. PostgreSQL compares the key by code point (COLLATE "C", as that
    index is built there): a range in the database's own collation need not hold every
    string that starts with a text.
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    key = 'c.sort_key COLLATE "C"' if postgres else "c.sort_key"
    columns = "c.office_id, c.given, c.family, c.family_first FROM contacts c"
    found: dict[int, NameRow] = {}
    ordered = sorted(set(probes), key=lambda p: (p[0], p[1].start, p[1].end or "", p[1].first_only))
    for chunk in _chunks(ordered, CHUNK // 4):
        selects: list[str] = []
        values: list[Any] = []
        for office_id, probe in chunk:
            values += [office_id, probe.start[:410]]  # as long as a list key may be
            if probe.end is None:
                condition = f"{key} = ?"
            else:
                values.append(probe.end[:410])
                condition = f"{key} >= ? AND {key} < ?"
            where = f" WHERE c.office_id = ? AND {condition} AND c.deleted_at IS NULL"
            if not probe.first_only:
                select = f"SELECT c.id, {columns}{where}"
            elif postgres:
                select = (
                    f"SELECT DISTINCT ON (c.family) c.id, {columns}{where} ORDER BY c.family, c.id"
                )
            else:  # SQLite takes the other columns from the row with the lowest id
                select = f"SELECT min(c.id), {columns}{where} GROUP BY c.family"
            selects.append(f"({select})" if postgres else select)
        for contact_id, office, given, family, family_first in _run(
            session, " UNION ALL ".join(selects), values
        ):
            found[contact_id] = NameRow(contact_id, office, given, family, bool(family_first))
    return sorted(found.values(), key=lambda row: row.id)


def _run(session: Session, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A statement with hundreds of terms, handed to the driver as it is: SQLAlchemy would
    compile it anew each time (its shape changes with the chunk), which cost more than
    running it. `?` marks each value. Only for reads: nothing is told of what it runs."""
    connection = session.connection()
    style = connection.dialect.paramstyle
    if style in ("format", "pyformat"):
        sql = sql.replace("?", "%s")
    elif style != "qmark":
        raise NotImplementedError(f"parameter style {style}")
    # The driver's own cursor, in the session's transaction: its plain tuples cost a third
    # of what building SQLAlchemy rows did.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, tuple(values))
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def key_after(prefix: str) -> str:
    """The first string past every string that starts with `prefix` (by code point)."""
    stripped = prefix.rstrip(chr(0x10FFFF))
    if not stripped:
        return prefix + chr(0x10FFFF)
    following = ord(stripped[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:  # surrogates are no text: on to the next that is
        following = 0xE000
    return stripped[:-1] + chr(following)


def stored_contacts(session: Session, ids: Iterable[int]) -> dict[int, StoredContact]:
    """What filling in reads of these contacts: four statements per chunk of ids."""
    contacts: dict[int, StoredContact] = {}
    for chunk in _chunks(sorted(set(ids))):
        statement = select(
            ContactRow.id,
            ContactRow.uid,
            ContactRow.given,
            ContactRow.family,
            ContactRow.family_first,
            ContactRow.honorific,
            ContactRow.notes,
            ContactRow.office_id,
            ContactRow.languages,
            ContactRow.last_verified,
            ContactRow.version,
            ContactRow.search_text,
            ContactRow.kind,
            ContactRow.active,
            ContactRow.updated_at,
        ).where(ContactRow.id.in_(chunk))
        for row in session.execute(statement):
            contacts[row.id] = StoredContact(
                id=row.id,
                uid=row.uid,
                given=row.given,
                family=row.family,
                family_first=row.family_first,
                honorific=row.honorific,
                notes=row.notes,
                office_id=row.office_id,
                languages=row.languages,
                last_verified=row.last_verified,
                version=row.version,
                search_text=row.search_text,
                kind=row.kind,
                active=row.active,
                updated_at=row.updated_at,
                titles={},
                phones=[],
                emails=[],
            )
        titles = select(
            ContactTitleRow.contact_id, ContactTitleRow.language, ContactTitleRow.title
        ).where(ContactTitleRow.contact_id.in_(chunk))
        for title in session.execute(titles):
            contacts[title.contact_id].titles[title.language] = title.title
        phones = (
            select(
                PhoneRow.contact_id,
                PhoneRow.position,
                PhoneRow.kind,
                PhoneRow.raw,
                PhoneRow.e164,
                PhoneRow.extension,
                PhoneRow.valid,
                PhoneRow.line_type,
            )
            .where(PhoneRow.contact_id.in_(chunk))
            .order_by(PhoneRow.contact_id, PhoneRow.position, PhoneRow.id)
        )
        for phone in session.execute(phones):
            contacts[phone.contact_id].phones.append(
                (
                    phone.position,
                    phone.kind,
                    phone.raw,
                    phone.e164,
                    phone.extension,
                    phone.valid,
                    phone.line_type,
                )
            )
        emails = (
            select(EmailRow.contact_id, EmailRow.position, EmailRow.kind, EmailRow.address)
            .where(EmailRow.contact_id.in_(chunk))
            .order_by(EmailRow.contact_id, EmailRow.position, EmailRow.id)
        )
        for email in session.execute(emails):
            contacts[email.contact_id].emails.append((email.position, email.kind, email.address))
    return contacts


def insert_contacts(session: Session, rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """New contacts (columns of `contacts` by name, each with its own UID): UID -> id.

    Multi-row INSERTs; the ids come back by UID, since SQLite does not promise RETURNING
    rows in the order of the VALUES.
    """
    ids: dict[str, int] = {}
    if rows:
        statement = insert(_CONTACTS).returning(_CONTACTS.c.id, _CONTACTS.c.uid)
        for row in session.execute(statement, list(rows)):
            ids[row.uid] = row.id
    return ids


def insert_children(
    session: Session,
    phones: Sequence[Mapping[str, Any]],
    emails: Sequence[Mapping[str, Any]],
    titles: Sequence[Mapping[str, Any]],
) -> None:
    """Phones, e-mails and titles (columns by name, contact_id included), one executemany
    per table."""
    for table, rows in ((_PHONES, phones), (_EMAILS, emails), (_TITLES, titles)):
        if rows:
            session.execute(insert(table), list(rows))


# Filling in changes these columns; search_text and sort_key follow the names and channels.
FILLED_COLUMNS = (
    "given",
    "family",
    "family_first",
    "honorific",
    "notes",
    "office_id",
    "languages",
    "last_verified",
    "search_text",
    "sort_key",
)


def update_contacts(session: Session, rows: Sequence[Mapping[str, Any]], now: datetime) -> None:
    """Filled-in contacts: each row has `id`, the `version` and `old_search_text` it was read
    with, and every one of FILLED_COLUMNS. Raises StaleDataError, as the ORM would, when
    another writer changed one of them since it was read (the caller's transaction then
    ends in a conflict)."""
    if not rows:
        return
    rows = sorted(rows, key=lambda row: row["id"])
    statement = (
        update(_CONTACTS)
        .where(
            _CONTACTS.c.id == bindparam("_id"),
            _CONTACTS.c.version == bindparam("_version"),
        )
        .values(
            {name: bindparam(f"_{name}") for name in FILLED_COLUMNS}
            | {"updated_at": now, "version": bindparam("_version") + 1}
        )
    )
    parameters = [
        {"_id": row["id"], "_version": row["version"]}
        | {f"_{name}": row[name] for name in FILLED_COLUMNS}
        for row in rows
    ]
    with _search_index_in_batches(session, rows):
        result = cast("CursorResult[Any]", session.execute(statement, parameters))
    dialect = session.get_bind().dialect
    if dialect.supports_sane_multi_rowcount and result.rowcount != len(parameters):
        raise StaleDataError(
            f"changed by someone else since read: {len(parameters) - result.rowcount}"
            f" of {len(parameters)} contacts"
        )


# SQLite's search index (FTS5) follows contacts.search_text through this trigger, as
# migration 0004 made it. For each row it deletes the old document and adds the new one
# under the same rowid, and FTS5 writes its pending entries out before each such pair:
# 2-3 ms a contact. The same work done for a chunk at once, rowids in order, is a few
# writes in all.
_SEARCH_UPDATE_TRIGGER = "contacts_search_update"
_SEARCH_UPDATE_SQL = (
    "CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_text ON contacts BEGIN "
    "INSERT INTO contact_search(contact_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO contact_search(rowid, search_text) VALUES (new.id, new.search_text); END"
)


@contextmanager
def _search_index_in_batches(session: Session, rows: Sequence[Mapping[str, Any]]) -> Iterator[None]:
    """Around an UPDATE of these rows (by id), their search documents are replaced in the
    index in two passes instead of by the trigger row by row; the trigger is put back as
    it was, inside the same transaction. Any other trigger than the one known here (a
    later migration's), or another database, is left to do its work."""
    connection = session.connection()
    if connection.dialect.name != "sqlite" or len(rows) < 2:
        yield
        return
    stored = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (_SEARCH_UPDATE_TRIGGER,),
    ).scalar()
    if stored != _SEARCH_UPDATE_SQL:
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {_SEARCH_UPDATE_TRIGGER}")
    connection.exec_driver_sql(
        "INSERT INTO contact_search(contact_search, rowid, search_text) VALUES ('delete', ?, ?)",
        [(row["id"], row["old_search_text"]) for row in rows],
    )
    yield
    connection.exec_driver_sql(
        "INSERT INTO contact_search(rowid, search_text) VALUES (?, ?)",
        [(row["id"], row["search_text"]) for row in rows],
    )
    connection.exec_driver_sql(_SEARCH_UPDATE_SQL)
