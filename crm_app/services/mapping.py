"""Turning ORM rows into the frozen records that leave the services layer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime

from crm_app.domain.records import (
    BlockLayout,
    Contact,
    ContactKind,
    ContactListItem,
    Email,
    EmailKind,
    LineType,
    Office,
    OfficeKind,
    OfficeRef,
    Phone,
    PhoneKind,
    PublishedBlock,
    Release,
    ReleaseStatus,
    full_name,
)
from crm_app.domain.values import ContactValues, EmailValues, PhoneValues
from crm_app.store.models import ContactRow, OfficeRow, PhoneRow, ReleaseRow
from crm_app.store.repositories import ContactChunk, ContactColumns, ContactListColumns


def utc(moment: datetime | None) -> datetime | None:
    """The store keeps naive UTC; records carry aware datetimes."""
    return None if moment is None else moment.replace(tzinfo=UTC)


def office_ref(row: OfficeRow) -> OfficeRef:
    return OfficeRef(
        id=row.id,
        names={name.language: name.name for name in row.names},
        country=row.country,
        city=row.city,
    )


def office_record(row: OfficeRow) -> Office:
    switchboard = None
    if row.switchboard_raw:
        switchboard = Phone(
            kind=PhoneKind.WORK,
            raw=row.switchboard_raw,
            e164=row.switchboard_e164,
            extension=row.switchboard_extension,
            valid=row.switchboard_valid,
            line_type=LineType.FIXED_LINE,
        )
    return Office(
        id=row.id,
        names={name.language: name.name for name in row.names},
        country=row.country,
        city=row.city,
        kind=OfficeKind(row.kind),
        switchboard=switchboard,
        parent_id=row.parent_id,
        version=row.version,
        deleted=row.deleted_at is not None,
    )


def phone_record(row: PhoneRow) -> Phone:
    return Phone(
        kind=PhoneKind(row.kind),
        raw=row.raw,
        e164=row.e164,
        extension=row.extension,
        valid=row.valid,
        line_type=LineType(row.line_type),
    )


def contact_record(row: ContactRow) -> Contact:
    return Contact(
        id=row.id,
        uid=row.uid,
        given=row.given,
        family=row.family,
        honorific=row.honorific,
        titles={title.language: title.title for title in row.titles},
        office=office_ref(row.office) if row.office is not None else None,
        kind=ContactKind(row.kind),
        languages=tuple(code for code in row.languages.split(",") if code),
        phones=tuple(phone_record(phone) for phone in row.phones),
        emails=tuple(Email(kind=EmailKind(e.kind), address=e.address) for e in row.emails),
        notes=row.notes,
        active=row.active,
        last_verified=row.last_verified,
        created_at=utc(row.created_at),
        updated_at=utc(row.updated_at),
        deleted_at=utc(row.deleted_at),
        version=row.version,
        family_first=row.family_first,
    )


def contact_records(columns: ContactColumns) -> list[Contact]:
    """The same records as contact_record, made from plain rows (a list page's worth)."""
    names: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for office_id, language, name in columns.office_names:
        names[office_id][language] = name
    offices = {
        office_id: OfficeRef(id=office_id, names=names[office_id], country=country, city=city)
        for office_id, country, city in columns.offices
    }
    titles: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for contact_id, language, title in columns.titles:
        titles[contact_id][language] = title
    phones: defaultdict[int, list[Phone]] = defaultdict(list)
    for contact_id, kind, raw, e164, extension, valid, line_type in columns.phones:
        phones[contact_id].append(
            Phone(
                kind=PhoneKind(kind),
                raw=raw,
                e164=e164,
                extension=extension,
                valid=valid,
                line_type=LineType(line_type),
            )
        )
    emails: defaultdict[int, list[Email]] = defaultdict(list)
    for contact_id, kind, address in columns.emails:
        emails[contact_id].append(Email(kind=EmailKind(kind), address=address))
    return [
        Contact(
            id=row.id,
            uid=row.uid,
            given=row.given,
            family=row.family,
            honorific=row.honorific,
            titles=titles.get(row.id, {}),
            office=offices.get(row.office_id) if row.office_id is not None else None,
            kind=ContactKind(row.kind),
            languages=tuple(code for code in row.languages.split(",") if code),
            phones=tuple(phones.get(row.id, ())),
            emails=tuple(emails.get(row.id, ())),
            notes=row.notes,
            active=row.active,
            last_verified=row.last_verified,
            created_at=utc(row.created_at),
            updated_at=utc(row.updated_at),
            deleted_at=utc(row.deleted_at),
            version=row.version,
            family_first=row.family_first,
        )
        for row in columns.contacts
    ]


def contact_list_items(columns: ContactListColumns) -> list[ContactListItem]:
    """What list rows show, from plain rows; the items of one office share its names."""
    offices: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for office_id, language, name in columns.office_names:
        offices[office_id][language] = name
    titles: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for contact_id, language, title in columns.titles:
        titles[contact_id][language] = title
    first_phone: dict[int, Phone] = {}
    phone_count: defaultdict[int, int] = defaultdict(int)
    for contact_id, kind, raw, e164, extension, valid, line_type in columns.phones:
        if contact_id not in first_phone:
            first_phone[contact_id] = Phone(
                kind=PhoneKind(kind),
                raw=raw,
                e164=e164,
                extension=extension,
                valid=valid,
                line_type=LineType(line_type),
            )
        phone_count[contact_id] += 1
    first_email: dict[int, str] = {}
    email_count: defaultdict[int, int] = defaultdict(int)
    for contact_id, address in columns.emails:
        first_email.setdefault(contact_id, address)
        email_count[contact_id] += 1
    no_names: dict[str, str] = {}
    return [
        ContactListItem(
            id=row.id,
            name=full_name(row.given, row.family, row.family_first),
            deleted=row.deleted_at is not None,
            active=row.active,
            office_names=offices[row.office_id] if row.office_id is not None else no_names,
            titles=titles.get(row.id, no_names),
            phone=first_phone.get(row.id),
            phone_count=phone_count.get(row.id, 0),
            email=first_email.get(row.id, ""),
            email_count=email_count.get(row.id, 0),
        )
        for row in columns.contacts
    ]


def office_refs(
    offices: Iterable[tuple[int, str, str]], names: Iterable[tuple[int, str, str]]
) -> dict[int, OfficeRef]:
    """Every office as the one OfficeRef its contacts share, from all_office_names."""
    by_office: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for office_id, language, name in names:
        by_office[office_id][language] = name
    return {
        office_id: OfficeRef(id=office_id, names=by_office[office_id], country=country, city=city)
        for office_id, country, city in offices
    }


def contact_values(
    chunks: Iterable[ContactChunk], offices: Mapping[int, OfficeRef]
) -> Iterator[ContactValues]:
    """The contacts of each chunk as plain values, their office shared, not copied."""
    no_titles: Mapping[str, str] = {}
    language_lists: dict[str, tuple[str, ...]] = {}  # a few combinations, for everyone
    office = offices.get
    for chunk in chunks:
        titles: dict[int, dict[str, str]] = {}
        for contact_id, language, title in chunk.titles:
            titles.setdefault(contact_id, {})[language] = title
        phones: dict[int, tuple[PhoneValues, ...]] = {}
        for contact_id, kind, raw, e164, extension, valid, line_type in chunk.phones:
            phone = (PhoneValues(kind, raw, e164, extension, valid, line_type),)
            phones[contact_id] = phones[contact_id] + phone if contact_id in phones else phone
        emails: dict[int, tuple[EmailValues, ...]] = {}
        for contact_id, kind, address in chunk.emails:
            email = (EmailValues(kind, address),)
            emails[contact_id] = emails[contact_id] + email if contact_id in emails else email
        for (
            contact_id,
            uid,
            given,
            family,
            honorific,
            family_first,
            kind,
            languages,
            notes,
            active,
            last_verified,
            updated_at,
            deleted_at,
            office_id,
            _sort_key,
        ) in chunk.contacts:
            codes = language_lists.get(languages)
            if codes is None:
                codes = language_lists[languages] = tuple(c for c in languages.split(",") if c)
            yield ContactValues(
                contact_id,
                uid,
                given,
                family,
                honorific,
                family_first,
                kind,
                codes,
                notes,
                active,
                last_verified,
                updated_at,
                deleted_at,
                office(office_id),  # None for None
                titles.get(contact_id, no_titles),
                phones.get(contact_id, ()),
                emails.get(contact_id, ()),
            )


def release_record(row: ReleaseRow) -> Release:
    published = None
    if row.published_at is not None and row.published_text is not None:
        published = PublishedBlock(
            text=row.published_text,
            html=row.published_html or "",
            markdown=row.published_markdown or "",
            layout=BlockLayout(row.published_layout or BlockLayout.STACKED),
            published_at=row.published_at.replace(tzinfo=UTC),
        )
    return Release(
        id=row.id,
        title=row.title,
        language=row.language,
        date=row.release_date,
        dateline=row.dateline,
        office=office_ref(row.office) if row.office is not None else None,
        url=row.url,
        status=ReleaseStatus(row.status),
        contacts=tuple(contact_record(link.contact) for link in row.contact_links),
        published=published,
        version=row.version,
    )
