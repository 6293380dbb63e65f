"""Queries over the ORM models. Services own the session and the transaction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Row,
    and_,
    bindparam,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from crm_app.domain.queries import Archive, ContactQuery, ContactSort
from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeNameRow,
    OfficeRow,
    PhoneRow,
    ReleaseContactRow,
    ReleaseRow,
)
from crm_app.store.search import fold, search_condition

LOAD_CHUNK = 500
# Contacts a stream reads at once: their phones and e-mails are then read LOAD_CHUNK at a time
# in id order, a dense run of ids whose rows share pages (a quarter faster than 500 at once).
STREAM_CHUNK = 5_000
T = TypeVar("T")


def _contact_filters(session: Session, query: ContactQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.archive is Archive.CURRENT:
        conditions += [ContactRow.deleted_at.is_(None), ContactRow.active.is_(True)]
    elif query.archive is Archive.ALL_LIVE:
        conditions.append(ContactRow.deleted_at.is_(None))
    else:
        conditions.append(or_(ContactRow.deleted_at.is_not(None), ContactRow.active.is_(False)))
    if query.office_id is not None:
        conditions.append(ContactRow.office_id == query.office_id)
    if query.kind:
        conditions.append(ContactRow.kind == query.kind)
    text_condition = search_condition(session, query.text)
    if text_condition is not None:
        conditions.append(text_condition)
    return conditions


def contact_ids(
    session: Session, query: ContactQuery, offset: int = 0, limit: int | None = None
) -> list[int]:
    """One page of ids in list order; the caller loads rows for just that page."""
    statement = select(ContactRow.id).where(*_contact_filters(session, query))
    order = [_sort_column(query), ContactRow.id]
    statement = statement.order_by(*(col.desc() if query.descending else col for col in order))
    statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def _sort_column(query: ContactQuery) -> InstrumentedAttribute[Any]:
    """The column the list is sorted on (ties go by id), for pages and positions alike."""
    return ContactRow.updated_at if query.sort is ContactSort.UPDATED else ContactRow.sort_key


def count_contacts(session: Session, query: ContactQuery, cap: int | None = None) -> int:
    """How many contacts match; with `cap`, counting stops past it (cap + 1 means "more
    than cap"), which costs little however many match."""
    filters = _contact_filters(session, query)
    if cap is None:
        statement = select(func.count(ContactRow.id)).where(*filters)
    else:
        capped = select(ContactRow.id).where(*filters).limit(cap + 1).subquery()
        statement = select(func.count()).select_from(capped)
    return int(session.scalar(statement) or 0)


def contact_position(session: Session, query: ContactQuery, contact_id: int) -> int | None:
    """Where a contact stands in the query's order (0 is first), or None when it does not
    match: a count of those before it, over the same index the list is sorted by."""
    filters = _contact_filters(session, query)
    found = session.execute(
        select(ContactRow.sort_key, ContactRow.updated_at).where(
            *filters, ContactRow.id == contact_id
        )
    ).first()
    if found is None:
        return None
    column = _sort_column(query)
    value = found.updated_at if column is ContactRow.updated_at else found.sort_key
    before = _before(column, value, contact_id, query.descending)
    statement = select(func.count(ContactRow.id)).where(*filters, before)
    return int(session.scalar(statement) or 0)


def _before(
    column: InstrumentedAttribute[T], value: T, contact_id: int, descending: bool
) -> ColumnElement[bool]:
    """Rows listed before (value, contact_id) when sorted on (column, id)."""
    if descending:
        return or_(column > value, and_(column == value, ContactRow.id > contact_id))
    return or_(column < value, and_(column == value, ContactRow.id < contact_id))


def load_contacts(session: Session, ids: Sequence[int]) -> list[ContactRow]:
    """Rows for `ids`, in the order given, with their phones, e-mails and titles.

    Read in chunks: SQLite caps the number of bound parameters in one statement.
    """
    rows: dict[int, ContactRow] = {}
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = ids[start : start + LOAD_CHUNK]
        rows.update(
            (row.id, row)
            for row in session.scalars(select(ContactRow).where(ContactRow.id.in_(chunk)))
        )
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True, slots=True)
class ContactColumns:
    """What records of some contacts are made of, read as plain rows (no ORM objects):
    a list page costs a few queries and no identity map."""

    contacts: list[Any]  # rows of _CONTACT_COLUMNS, in the order asked
    titles: list[Row[int, str, str]]  # contact_id, language, title
    # contact_id, kind, raw, e164, extension, valid, line_type; in their order
    phones: list[Row[int, str, str, str | None, str | None, bool, str]]
    emails: list[Row[int, str, str]]  # contact_id, kind, address; in their order
    offices: list[Row[int, str, str]]  # id, country, city
    office_names: list[Row[int, str, str]]  # office_id, language, name


_CONTACT_COLUMNS = (
    ContactRow.id,
    ContactRow.uid,
    ContactRow.given,
    ContactRow.family,
    ContactRow.honorific,
    ContactRow.office_id,
    ContactRow.kind,
    ContactRow.languages,
    ContactRow.notes,
    ContactRow.active,
    ContactRow.last_verified,
    ContactRow.created_at,
    ContactRow.updated_at,
    ContactRow.deleted_at,
    ContactRow.version,
    ContactRow.family_first,
)


def contact_columns(session: Session, ids: Sequence[int]) -> ContactColumns:
    """Rows for `ids` (in chunks: SQLite caps bound parameters), phones and e-mails in
    their order, and the offices they belong to."""
    contacts: dict[int, Any] = {}
    titles: list[Row[int, str, str]] = []
    phones: list[Row[int, str, str, str | None, str | None, bool, str]] = []
    emails: list[Row[int, str, str]] = []
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = ids[start : start + LOAD_CHUNK]
        contacts.update(
            (row.id, row)
            for row in session.execute(select(*_CONTACT_COLUMNS).where(ContactRow.id.in_(chunk)))
        )
        titles += session.execute(
            select(
                ContactTitleRow.contact_id, ContactTitleRow.language, ContactTitleRow.title
            ).where(ContactTitleRow.contact_id.in_(chunk))
        ).all()
        phones += session.execute(
            select(
                PhoneRow.contact_id,
                PhoneRow.kind,
                PhoneRow.raw,
                PhoneRow.e164,
                PhoneRow.extension,
                PhoneRow.valid,
                PhoneRow.line_type,
            )
            .where(PhoneRow.contact_id.in_(chunk))
            .order_by(PhoneRow.contact_id, PhoneRow.position)
        ).all()
        emails += session.execute(
            select(EmailRow.contact_id, EmailRow.kind, EmailRow.address)
            .where(EmailRow.contact_id.in_(chunk))
            .order_by(EmailRow.contact_id, EmailRow.position)
        ).all()
    office_ids = sorted({row.office_id for row in contacts.values() if row.office_id is not None})
    offices: list[Row[int, str, str]] = []
    office_names: list[Row[int, str, str]] = []
    if office_ids:
        offices += session.execute(
            select(OfficeRow.id, OfficeRow.country, OfficeRow.city).where(
                OfficeRow.id.in_(office_ids)
            )
        ).all()
        office_names += session.execute(
            select(OfficeNameRow.office_id, OfficeNameRow.language, OfficeNameRow.name).where(
                OfficeNameRow.office_id.in_(office_ids)
            )
        ).all()
    ordered = [contacts[i] for i in ids if i in contacts]
    return ContactColumns(ordered, titles, phones, emails, offices, office_names)


@dataclass(frozen=True, slots=True)
class ContactChunk:
    """Some contacts as plain rows, for a stream over many (an export, a listing)."""

    contacts: list[Any]  # rows of _CHUNK_COLUMNS and the sort key, in the order asked
    titles: list[Row[int, str, str]]  # contact_id, language, title; by contact and language
    # contact_id, kind, raw, e164, extension, valid, line_type; by contact, in their order
    phones: list[Row[int, str, str, str | None, str | None, bool, str]]
    emails: list[Row[int, str, str]]  # contact_id, kind, address; by contact, in their order
    # (Contacts in id order, not the order of `contacts`.)


_CHUNK_COLUMNS = (
    ContactRow.id,
    ContactRow.uid,
    ContactRow.given,
    ContactRow.family,
    ContactRow.honorific,
    ContactRow.family_first,
    ContactRow.kind,
    ContactRow.languages,
    ContactRow.notes,
    ContactRow.active,
    ContactRow.last_verified,
    ContactRow.updated_at,
    ContactRow.deleted_at,
    ContactRow.office_id,
)


def contact_chunks(
    session: Session, query: ContactQuery, size: int = STREAM_CHUNK, *, titles: bool = True
) -> Iterator[ContactChunk]:
    """Every contact matching `query`, in list order, `size` at a time; without their titles
    when `titles` is false (a listing that does not show them reads a quarter less).

    Each chunk starts after the last one by keyset on (sort column, id) through the sort
    index: no id list, and no OFFSET that would rescan what was read.
    """
    column = _sort_column(query)
    filters = _contact_filters(session, query)
    order = [column, ContactRow.id]
    statement = (
        select(*_CHUNK_COLUMNS, column.label("keyset"))
        .where(*filters)
        .order_by(*(col.desc() if query.descending else col for col in order))
        .limit(size)
    )
    # Core, not the ORM: these are plain rows, and the ORM's loading costs more than SQLite.
    connection = session.connection()
    after: list[ColumnElement[bool]] = []
    while True:
        rows = list(connection.execute(statement.where(*after)).all())
        if not rows:
            return
        last = rows[-1]
        key, bound = tuple_(column, ContactRow.id), tuple_(last.keyset, last.id)
        # The bound also compares the column alone, so that any database's index finds it.
        if query.descending:
            beyond = and_(column <= last.keyset, key < bound)
        else:
            beyond = and_(column >= last.keyset, key > bound)
        yield _chunk(connection, rows, titles)
        if len(rows) < size:
            return
        after = [beyond]


def contact_chunk(session: Session, ids: Sequence[int]) -> ContactChunk:
    """The contacts of `ids` (at most LOAD_CHUNK) that exist, deleted ones too, in the order
    given."""
    connection = session.connection()
    statement = select(*_CHUNK_COLUMNS, ContactRow.sort_key).where(ContactRow.id.in_(ids))
    found = {row.id: row for row in connection.execute(statement)}
    return _chunk(connection, [found[i] for i in ids if i in found])


# Built once: only the list of ids changes from one chunk to the next.
_OWNER_IDS: BindParameter[int] = bindparam("ids", expanding=True)
_CHUNK_TITLES = (
    select(ContactTitleRow.contact_id, ContactTitleRow.language, ContactTitleRow.title)
    .where(ContactTitleRow.contact_id.in_(_OWNER_IDS))
    .order_by(ContactTitleRow.contact_id, ContactTitleRow.language)
)
_CHUNK_PHONES = (
    select(
        PhoneRow.contact_id,
        PhoneRow.kind,
        PhoneRow.raw,
        PhoneRow.e164,
        PhoneRow.extension,
        PhoneRow.valid,
        PhoneRow.line_type,
    )
    .where(PhoneRow.contact_id.in_(_OWNER_IDS))
    .order_by(PhoneRow.contact_id, PhoneRow.position)
)
_CHUNK_EMAILS = (
    select(EmailRow.contact_id, EmailRow.kind, EmailRow.address)
    .where(EmailRow.contact_id.in_(_OWNER_IDS))
    .order_by(EmailRow.contact_id, EmailRow.position)
)


def _chunk(connection: Connection, contacts: list[Any], titles: bool = True) -> ContactChunk:
    """`contacts` with their phones, e-mails and (unless `titles` is false) titles."""
    chunk = ContactChunk(contacts, [], [], [])
    ids = sorted({row.id for row in contacts})  # each once: a duplicate would double phones
    for start in range(0, len(ids), LOAD_CHUNK):
        some = {"ids": ids[start : start + LOAD_CHUNK]}
        # all(): iterating the result itself would fetch one row at a time.
        if titles:
            chunk.titles.extend(connection.execute(_CHUNK_TITLES, some).all())
        chunk.phones.extend(connection.execute(_CHUNK_PHONES, some).all())
        chunk.emails.extend(connection.execute(_CHUNK_EMAILS, some).all())
    return chunk


def all_office_names(session: Session) -> tuple[list[Row[int, str, str]], list[Row[int, str, str]]]:
    """(id, country, city) of every office, deleted ones too (contacts may still name them),
    and (office_id, language, name) of their names: a few hundred rows, read once."""
    offices = session.execute(select(OfficeRow.id, OfficeRow.country, OfficeRow.city)).all()
    names = session.execute(
        select(OfficeNameRow.office_id, OfficeNameRow.language, OfficeNameRow.name).order_by(
            OfficeNameRow.office_id, OfficeNameRow.language
        )
    ).all()
    return list(offices), list(names)


def get_contact(session: Session, contact_id: int) -> ContactRow | None:
    return session.get(ContactRow, contact_id)


def contact_by_uid(session: Session, uid: str) -> ContactRow | None:
    return session.scalar(select(ContactRow).where(ContactRow.uid == uid))


def contacts_by_uid(session: Session, uids: Sequence[str]) -> list[ContactRow]:
    rows: list[ContactRow] = []
    for start in range(0, len(uids), LOAD_CHUNK):
        chunk = uids[start : start + LOAD_CHUNK]
        rows.extend(session.scalars(select(ContactRow).where(ContactRow.uid.in_(chunk))))
    return rows


def contacts_with_email(session: Session, address_keys: Sequence[str]) -> list[ContactRow]:
    if not address_keys:
        return []
    statement = (
        select(ContactRow)
        .join(EmailRow, EmailRow.contact_id == ContactRow.id)
        .where(EmailRow.address_key.in_(address_keys), ContactRow.deleted_at.is_(None))
        .distinct()
    )
    return list(session.scalars(statement))


def contacts_with_phone(
    session: Session, numbers: Sequence[tuple[str, str | None]]
) -> list[ContactRow]:
    """Live contacts holding any of these E.164 + extension pairs.

    Both IN lists reach the (e164, extension) index; they may also match a number with
    another listed extension, so the exact pairs are kept below.
    """
    wanted = {(e164, extension or "") for e164, extension in numbers}
    with_extension = sorted((e164, ext) for e164, ext in wanted if ext)
    without_extension = sorted(e164 for e164, ext in wanted if not ext)
    # A row-value IN ((e164, extension) IN ...) would scan the table in SQLite.
    conditions: list[ColumnElement[bool]] = []
    for start in range(0, len(with_extension), LOAD_CHUNK):
        chunk = with_extension[start : start + LOAD_CHUNK]
        conditions.append(
            PhoneRow.e164.in_({e for e, _ in chunk}) & PhoneRow.extension.in_({x for _, x in chunk})
        )
    for start in range(0, len(without_extension), LOAD_CHUNK):
        chunk_numbers = without_extension[start : start + LOAD_CHUNK]
        conditions.append(PhoneRow.e164.in_(chunk_numbers) & PhoneRow.extension.is_(None))
    found: dict[int, ContactRow] = {}
    for condition in conditions:
        statement = (
            select(ContactRow)
            .join(PhoneRow, PhoneRow.contact_id == ContactRow.id)
            .where(condition, ContactRow.deleted_at.is_(None))
        )
        for row in session.scalars(statement).unique():
            if any((p.e164, p.extension or "") in wanted for p in row.phones):
                found.setdefault(row.id, row)
    return list(found.values())


def contacts_named_at_office(session: Session, sort_key: str, office_id: int) -> list[ContactRow]:
    """Live contacts of an office whose folded "family given" is `sort_key` (indexed)."""
    statement = (
        select(ContactRow)
        .where(
            ContactRow.sort_key == sort_key,
            ContactRow.office_id == office_id,
            ContactRow.deleted_at.is_(None),
        )
        .order_by(ContactRow.id)
    )
    return list(session.scalars(statement))


def contact_names_at_office(session: Session, office_id: int) -> list[tuple[int, str, str, bool]]:
    """(id, given, family, family_first) of an office's live contacts: values, no rows."""
    statement = (
        select(ContactRow.id, ContactRow.given, ContactRow.family, ContactRow.family_first)
        .where(ContactRow.office_id == office_id, ContactRow.deleted_at.is_(None))
        .order_by(ContactRow.id)
    )
    return [(row.id, row.given, row.family, row.family_first) for row in session.execute(statement)]


def offices(session: Session, include_deleted: bool = False) -> list[OfficeRow]:
    statement = select(OfficeRow).order_by(OfficeRow.id)
    if not include_deleted:
        statement = statement.where(OfficeRow.deleted_at.is_(None))
    return list(session.scalars(statement))


def offices_named(session: Session, name: str) -> list[OfficeRow]:
    """Live offices with this name in any language, ignoring case and accents."""
    statement = (
        select(OfficeRow)
        .join(OfficeNameRow, OfficeNameRow.office_id == OfficeRow.id)
        .where(OfficeNameRow.name_key == fold(name)[:200], OfficeRow.deleted_at.is_(None))
        .distinct()
    )
    return list(session.scalars(statement))


def contacts_of_office(session: Session, office_id: int) -> list[ContactRow]:
    return list(session.scalars(select(ContactRow).where(ContactRow.office_id == office_id)))


def release_titled(session: Session, title: str, day: date | None) -> ReleaseRow | None:
    """The first live release with this title (and date, when given)."""
    statement = select(ReleaseRow).where(ReleaseRow.title == title, ReleaseRow.deleted_at.is_(None))
    if day is not None:
        statement = statement.where(ReleaseRow.release_date == day)
    return session.scalars(statement.order_by(ReleaseRow.id)).first()


def releases(session: Session) -> list[ReleaseRow]:
    statement = (
        select(ReleaseRow)
        .where(ReleaseRow.deleted_at.is_(None))
        .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc())
    )
    return list(session.scalars(statement))


def published_releases(session: Session) -> list[ReleaseRow]:
    statement = (
        select(ReleaseRow)
        .where(ReleaseRow.deleted_at.is_(None), ReleaseRow.status == "published")
        .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc())
    )
    return list(session.scalars(statement))


def releases_citing(session: Session, contact_id: int) -> list[tuple[int, str, date, str, str]]:
    """(id, title, date, language, status) of the live releases listing a contact, newest
    first; columns only, so a contact cited a hundred times loads no blocks."""
    statement = (
        select(
            ReleaseRow.id,
            ReleaseRow.title,
            ReleaseRow.release_date,
            ReleaseRow.language,
            ReleaseRow.status,
        )
        .join(ReleaseContactRow, ReleaseContactRow.release_id == ReleaseRow.id)
        .where(ReleaseContactRow.contact_id == contact_id, ReleaseRow.deleted_at.is_(None))
        .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc())
    )
    return [(row[0], row[1], row[2], row[3], row[4]) for row in session.execute(statement)]
