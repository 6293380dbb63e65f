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
    case,
    exists,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from crm_app.domain.queries import Archive, ContactQuery, ContactSort, ListKey
from crm_app.domain.text import fold
from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeNameRow,
    OfficeRow,
    PhoneRow,
    ReleaseCitationRow,
    ReleaseContactRow,
    ReleaseRow,
)
from crm_app.store.search import search_condition

LOAD_CHUNK = 500
# Contacts a stream reads at once: their phones and e-mails are then read LOAD_CHUNK at a time
# in id order, a dense run of ids whose rows share pages (a quarter faster than 500 at once).
STREAM_CHUNK = 5_000
T = TypeVar("T")


def _contact_filters(
    session: Session, query: ContactQuery, ordered: bool = True
) -> list[ColumnElement[bool]]:
    """The conditions of `query`; `ordered` for a page in list order, not a count (the
    search finds the same contacts either way, by the way that is quicker for each)."""
    return _planned_filters(session, query, ordered)[0]


def _planned_filters(
    session: Session, query: ContactQuery, ordered: bool = True
) -> tuple[list[ColumnElement[bool]], bool]:
    """The conditions of `query`, and whether its search reads few candidates (narrow)."""
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
    searched = search_condition(session, query.text, ordered)
    if searched is None:
        return conditions, False
    conditions.append(searched.condition)
    return conditions, searched.narrow


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


def contact_keys(
    session: Session,
    query: ContactQuery,
    after: ListKey | None = None,
    limit: int | None = None,
    through: ListKey | None = None,
) -> list[tuple[int, Any]]:
    """(id, sort value) of the rows listed after `after` (from the first when None), in list
    order, `limit` of them or down to `through` included.

    A seek on the sort index from `after`: a page deep in the list costs what the first
    does, where an OFFSET reads and skips every row before it.
    """
    column = _sort_column(query)
    statement = select(ContactRow.id, column).where(*_contact_filters(session, query))
    if after is not None:
        statement = statement.where(_after(column, after, query.descending))
    if through is not None:
        statement = statement.where(_up_to(column, through, query.descending))
    order = [column, ContactRow.id]
    statement = statement.order_by(*(col.desc() if query.descending else col for col in order))
    if limit is not None:
        statement = statement.limit(limit)
    return [(row[0], row[1]) for row in session.execute(statement)]


@dataclass(frozen=True, slots=True)
class ContactNeighbour:
    """A contact that a list's query matches: its sort value, the id listed just before it
    (None when it comes first), and whether it lies at or before a list's cursor."""

    value: Any
    previous_id: int | None
    within: bool


def contact_neighbour(
    session: Session, query: ContactQuery, contact_id: int, cursor: ListKey | None
) -> ContactNeighbour | None:
    """Where a contact goes in a list, found by two seeks on the sort index (no count of
    the rows before it); None when the query does not match it."""
    filters = _contact_filters(session, query)
    column = _sort_column(query)
    columns: list[ColumnElement[Any] | InstrumentedAttribute[Any]] = [column]
    if cursor is not None:
        columns.append(case((_after(column, cursor, query.descending), 0), else_=1))
    found = session.execute(select(*columns).where(*filters, ContactRow.id == contact_id)).first()
    if found is None:
        return None
    value = found[0]
    # The row before it in the list is the first after it in the opposite order.
    backwards = not query.descending
    order = [column.desc(), ContactRow.id.desc()] if backwards else [column, ContactRow.id]
    previous = session.scalar(
        select(ContactRow.id)
        .where(*filters, _after(column, ListKey(value, contact_id), backwards))
        .order_by(*order)
        .limit(1)
    )
    return ContactNeighbour(value, previous, cursor is not None and bool(found[1]))


def contact_matches(session: Session, query: ContactQuery, contact_id: int) -> bool:
    statement = select(ContactRow.id).where(
        *_contact_filters(session, query), ContactRow.id == contact_id
    )
    return session.scalar(statement) is not None


def _sort_column(query: ContactQuery) -> InstrumentedAttribute[Any]:
    """The column the list is sorted on (ties go by id), for pages and positions alike."""
    return ContactRow.updated_at if query.sort is ContactSort.UPDATED else ContactRow.sort_key


def count_and_first_keys(
    session: Session, query: ContactQuery, cap: int | None, limit: int
) -> tuple[int, list[tuple[int, Any]]]:
    """The count (as `count_contacts` gives it) and the first `limit` keys (as
    `contact_keys` gives them). When the search reads few candidates, in one statement:
    they are all read to be sorted anyway, and counting them then costs almost nothing."""
    filters, narrow = _planned_filters(session, query, ordered=True)
    column = _sort_column(query)
    order = [column, ContactRow.id]
    ordered = [col.desc() if query.descending else col for col in order]
    if not narrow:
        total = count_contacts(session, query, cap)
        if not total:
            return 0, []
        statement = select(ContactRow.id, column).where(*filters).order_by(*ordered)
        return total, [(row[0], row[1]) for row in session.execute(statement.limit(limit))]
    counted = select(ContactRow.id, column, func.count().over()).where(*filters)
    rows = session.execute(counted.order_by(*ordered).limit(limit)).all()
    total = rows[0][2] if rows else 0
    if cap is not None:
        total = min(total, cap + 1)
    return total, [(row[0], row[1]) for row in rows]


def count_contacts(session: Session, query: ContactQuery, cap: int | None = None) -> int:
    """How many contacts match; with `cap`, counting stops past it (cap + 1 means "more
    than cap"), which costs little however many match."""
    filters = _contact_filters(session, query, ordered=False)
    if cap is None:
        statement = select(func.count(ContactRow.id)).where(*filters)
    else:
        capped = select(ContactRow.id).where(*filters).limit(cap + 1).subquery()
        statement = select(func.count()).select_from(capped)
    return int(session.scalar(statement) or 0)


def contact_position(session: Session, query: ContactQuery, contact_id: int) -> int | None:
    """Where a contact stands in the query's order (0 is first), or None when it does not
    match: a count of those before it, over the same index the list is sorted by."""
    filters = _contact_filters(session, query, ordered=False)
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


# The seeks below bound the sort column itself first, so that any database reads them as a
# range of its index; the id only orders rows of equal value.


def _after(
    column: InstrumentedAttribute[Any], key: ListKey, descending: bool
) -> ColumnElement[bool]:
    """Rows listed after `key` when sorted on (column, id)."""
    if descending:
        return and_(column <= key.value, or_(column < key.value, ContactRow.id < key.id))
    return and_(column >= key.value, or_(column > key.value, ContactRow.id > key.id))


def _up_to(
    column: InstrumentedAttribute[Any], key: ListKey, descending: bool
) -> ColumnElement[bool]:
    """Rows listed before `key`, or at it, when sorted on (column, id)."""
    if descending:
        return and_(column >= key.value, or_(column > key.value, ContactRow.id >= key.id))
    return and_(column <= key.value, or_(column < key.value, ContactRow.id <= key.id))


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
class ContactListColumns:
    """What the rows of a contact list show, as plain rows: a few columns of each contact,
    its titles, phones and e-mails in their order, and the names of its office."""

    contacts: list[Any]  # rows of _LIST_COLUMNS, in the order asked
    titles: list[Row[int, str, str]]  # contact_id, language, title
    # contact_id, kind, raw, e164, extension, valid, line_type; in their order
    phones: list[Row[int, str, str, str | None, str | None, bool, str]]
    emails: list[Row[int, str]]  # contact_id, address; in their order
    office_names: list[Row[int, str, str]]  # office_id, language, name


# Core statements over the tables, built once: an expanding IN takes the ids as one
# parameter, which spares the per-value coercion and the ORM's row handling of a list page.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_contacts_table = ContactRow.__table__.c
_titles_table = ContactTitleRow.__table__.c
_phones_table = PhoneRow.__table__.c
_emails_table = EmailRow.__table__.c
_office_names_table = OfficeNameRow.__table__.c
_LIST_CONTACTS = select(
    _contacts_table.id,
    _contacts_table.given,
    _contacts_table.family,
    _contacts_table.family_first,
    _contacts_table.active,
    _contacts_table.deleted_at,
    _contacts_table.office_id,
).where(_contacts_table.id.in_(_IDS))
_LIST_TITLES = select(_titles_table.contact_id, _titles_table.language, _titles_table.title).where(
    _titles_table.contact_id.in_(_IDS)
)
_LIST_PHONES = (
    select(
        _phones_table.contact_id,
        _phones_table.kind,
        _phones_table.raw,
        _phones_table.e164,
        _phones_table.extension,
        _phones_table.valid,
        _phones_table.line_type,
    )
    .where(_phones_table.contact_id.in_(_IDS))
    .order_by(_phones_table.contact_id, _phones_table.position)
)
_LIST_EMAILS = (
    select(_emails_table.contact_id, _emails_table.address)
    .where(_emails_table.contact_id.in_(_IDS))
    .order_by(_emails_table.contact_id, _emails_table.position)
)
_LIST_OFFICE_NAMES = select(
    _office_names_table.office_id, _office_names_table.language, _office_names_table.name
).where(_office_names_table.office_id.in_(_IDS))


def contact_list_columns(session: Session, ids: Sequence[int]) -> ContactListColumns:
    """The list columns of `ids` (in chunks: SQLite caps bound parameters)."""
    contacts: dict[int, Any] = {}
    titles: list[Any] = []
    phones: list[Any] = []
    emails: list[Any] = []
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = {"ids": list(ids[start : start + LOAD_CHUNK])}
        contacts.update((row.id, row) for row in session.execute(_LIST_CONTACTS, chunk))
        titles += session.execute(_LIST_TITLES, chunk).all()
        phones += session.execute(_LIST_PHONES, chunk).all()
        emails += session.execute(_LIST_EMAILS, chunk).all()
    office_ids = sorted({row.office_id for row in contacts.values() if row.office_id is not None})
    office_names: list[Any] = []
    for start in range(0, len(office_ids), LOAD_CHUNK):
        chunk = {"ids": office_ids[start : start + LOAD_CHUNK]}
        office_names += session.execute(_LIST_OFFICE_NAMES, chunk).all()
    ordered = [contacts[i] for i in ids if i in contacts]
    return ContactListColumns(ordered, titles, phones, emails, office_names)


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


def release_summaries(
    session: Session, contact_id: int | None = None
) -> list[Row[int, str, date, str, str, int | None, int]]:
    """(id, title, date, language, status, office_id, number of contacts) of the live
    releases, newest first; with `contact_id`, of those listing that contact. Columns only,
    in one query (each count a covering-index lookup), read as plain rows: no ORM objects,
    no blocks, no contacts."""
    contacts = (
        select(func.count())
        .where(ReleaseContactRow.release_id == ReleaseRow.id)
        .correlate(ReleaseRow)
        .scalar_subquery()
    )
    statement = (
        select(
            ReleaseRow.id,
            ReleaseRow.title,
            ReleaseRow.release_date,
            ReleaseRow.language,
            ReleaseRow.status,
            ReleaseRow.office_id,
            contacts,
        )
        .where(ReleaseRow.deleted_at.is_(None))
        .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc())
    )
    if contact_id is not None:
        statement = statement.join(
            ReleaseContactRow, ReleaseContactRow.release_id == ReleaseRow.id
        ).where(ReleaseContactRow.contact_id == contact_id)
    return list(session.connection().execute(statement).all())


def office_names(session: Session, office_ids: Sequence[int]) -> list[Row[int, str, str, str, str]]:
    """(office_id, country, city, language, name) of these offices, one row per name."""
    rows: list[Row[int, str, str, str, str]] = []
    ids = sorted(set(office_ids))
    for start in range(0, len(ids), LOAD_CHUNK):
        rows += session.execute(
            select(
                OfficeRow.id,
                OfficeRow.country,
                OfficeRow.city,
                OfficeNameRow.language,
                OfficeNameRow.name,
            )
            .join(OfficeNameRow, OfficeNameRow.office_id == OfficeRow.id)
            .where(OfficeRow.id.in_(ids[start : start + LOAD_CHUNK]))
        ).all()
    return rows


def _printed_phone_key() -> ColumnElement[str]:
    """A phone's key as a citation records it: its E.164 number (or what was typed when it
    has none), "x", its extension: the same as services.releases._phone_key."""
    number = func.coalesce(func.nullif(PhoneRow.e164, ""), PhoneRow.raw)
    return number + "x" + func.coalesce(PhoneRow.extension, "")


def stale_citations(session: Session) -> list[Row[int, int, str, str]]:
    """(release_id, contact_id, channel, printed) of what the live published releases cite
    that their contact no longer holds: a phone or e-mail changed or removed, or the contact
    deleted. One query over the citations, each checked through the contact's own phones or
    e-mails (indexed by contact); ordered by release (newest first), then as published."""
    phone_kept = exists().where(
        PhoneRow.contact_id == ReleaseCitationRow.contact_id,
        _printed_phone_key() == ReleaseCitationRow.value,
    )
    email_kept = exists().where(
        EmailRow.contact_id == ReleaseCitationRow.contact_id,
        EmailRow.address_key == ReleaseCitationRow.value,
    )
    statement = (
        select(
            ReleaseCitationRow.release_id,
            ReleaseCitationRow.contact_id,
            ReleaseCitationRow.channel,
            ReleaseCitationRow.printed,
        )
        .join(ReleaseRow, ReleaseRow.id == ReleaseCitationRow.release_id)
        .join(ContactRow, ContactRow.id == ReleaseCitationRow.contact_id)
        .where(
            ReleaseRow.deleted_at.is_(None),
            ReleaseRow.status == "published",
            or_(
                ContactRow.deleted_at.is_not(None),
                and_(ReleaseCitationRow.channel == "phone", ~phone_kept),
                and_(ReleaseCitationRow.channel != "phone", ~email_kept),
            ),
        )
        .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc(), ReleaseCitationRow.id)
    )
    return list(session.execute(statement).all())


@dataclass(frozen=True, slots=True)
class CitedContacts:
    """What a stale citation shows of its contact, as plain rows."""

    contacts: list[Row[int, str, str, bool, bool]]  # id, given, family, family_first, deleted
    phones: list[Row[int, str | None, str | None]]  # contact_id, e164, extension; in order
    emails: list[Row[int, str]]  # contact_id, address; in order


def cited_contacts(session: Session, ids: Sequence[int]) -> CitedContacts:
    contacts: list[Row[int, str, str, bool, bool]] = []
    phones: list[Row[int, str | None, str | None]] = []
    emails: list[Row[int, str]] = []
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), LOAD_CHUNK):
        chunk = wanted[start : start + LOAD_CHUNK]
        contacts += session.execute(
            select(
                ContactRow.id,
                ContactRow.given,
                ContactRow.family,
                ContactRow.family_first,
                ContactRow.deleted_at.is_not(None),
            ).where(ContactRow.id.in_(chunk))
        ).all()
        phones += session.execute(
            select(PhoneRow.contact_id, PhoneRow.e164, PhoneRow.extension)
            .where(PhoneRow.contact_id.in_(chunk))
            .order_by(PhoneRow.contact_id, PhoneRow.position)
        ).all()
        emails += session.execute(
            select(EmailRow.contact_id, EmailRow.address)
            .where(EmailRow.contact_id.in_(chunk))
            .order_by(EmailRow.contact_id, EmailRow.position)
        ).all()
    return CitedContacts(contacts, phones, emails)


def releases_by_id(session: Session, ids: Sequence[int]) -> list[ReleaseRow]:
    rows: list[ReleaseRow] = []
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = ids[start : start + LOAD_CHUNK]
        rows += session.scalars(select(ReleaseRow).where(ReleaseRow.id.in_(chunk)))
    return rows
