"""Contacts: checked phones and e-mails, duplicates refused on add, soft delete with restore."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crm_app.domain.emails import normalise_email
from crm_app.domain.errors import (
    ConflictError,
    DuplicateError,
    EditConflictError,
    NotFoundError,
    ValidationError,
)
from crm_app.domain.history import NOT_REVERTED, ChangeAction, RecordKind, RecordVersion, flatten
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import PhoneCheck, check_phone, format_phone, parse_phone
from crm_app.domain.queries import ContactQuery, ListKey
from crm_app.domain.records import (
    DEFAULT_LANGUAGE,
    MAX_EMAILS,
    MAX_PHONES,
    Contact,
    ContactListItem,
    Email,
    OfficeRef,
    Phone,
    full_name,
)
from crm_app.domain.text import clean_line, clean_text, language_code
from crm_app.domain.values import ContactValues
from crm_app.services import history as hist
from crm_app.services.common import (
    Actor,
    Clock,
    fewer_collections,
    require_office_id,
    resolve_office,
    transaction,
)
from crm_app.services.drafts import ContactChanges, ContactDraft, EmailInput, PhoneInput
from crm_app.services.mapping import (
    contact_list_items,
    contact_record,
    contact_records,
    contact_values,
    office_ref,
    office_refs,
)
from crm_app.services.search_text import refresh_contact_search, sort_key
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.locks import lock_contact_identities
from crm_app.store.models import ContactRow, ContactTitleRow, EmailRow, OfficeRow, PhoneRow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DuplicateHint:
    """Another live contact holding one of these channels, or this name at this office."""

    contact_id: int
    name: str
    field: str  # "email", "phone" or "name"
    reason: Message  # e.g. "same e-mail kgormanbest@iom.int"
    office: OfficeRef | None = None

    def label(self, language: str = DEFAULT_LANGUAGE) -> str:
        """How a person knows the other contact: "Kieran Best (IOM Beijing)", never an id."""
        office = self.office.name(language) if self.office is not None else ""
        return f"{self.name} ({office})" if office else self.name


@dataclass(frozen=True, slots=True)
class RestoredContact:
    """A contact brought back, and the live contacts it now shares an e-mail or phone with.

    A restore never refuses over these: the contact was kept once already (an "add anyway",
    or two people who really share a switchboard line); losing it would be worse.
    """

    contact: Contact
    duplicates: tuple[DuplicateHint, ...] = ()

    @property
    def warnings(self) -> tuple[Message, ...]:
        return tuple(
            msg("possible duplicate of {name}: {what}", name=hint.label(), what=hint.reason)
            for hint in self.duplicates
        )


@dataclass(frozen=True, slots=True)
class ContactPlace:
    """A contact as stored now and where a list with some query shows it.

    `contact` is None when it no longer exists; `position` is None when the query does not
    match it; `total` is how many the query matches.
    """

    contact: Contact | None
    position: int | None
    total: int


@dataclass(frozen=True, slots=True)
class IdPage:
    """Ids of contacts in a list's order, and the key of the last one (None when there are
    none): the next page starts after it."""

    ids: list[int]
    last: ListKey | None


@dataclass(frozen=True, slots=True)
class ListStart:
    """What a list shows first for a query: how many match (`total`, cap + 1 above a cap),
    the first page of ids, and the items of its first rows."""

    total: int
    page: IdPage
    items: list[ContactListItem]


@dataclass(frozen=True, slots=True)
class ListPlace:
    """Where a changed contact now goes in a list that has read its rows down to `cursor`.

    `item` and `key` are None when the query no longer matches it (or it is gone);
    `previous_id` is the contact listed just before it (None when it comes first);
    `within` says whether it lies at or before the cursor, among the rows already read.
    """

    item: ContactListItem | None
    key: ListKey | None
    previous_id: int | None
    within: bool


# How often a merging edit reads again when another save slipped in between its read and
# its write, before it gives up with a conflict.
_MERGE_ATTEMPTS = 3


class _UnchangedError(Exception):
    """A write that would change nothing: its transaction rolls back, no version is made."""


def checked_names(given: str, family: str) -> tuple[str, str]:
    given_clean = clean_line(given, "given")
    family_clean = clean_line(family, "family")
    if not given_clean and not family_clean:
        raise ValidationError("name", msg("is empty (give a given or a family name)"))
    return given_clean, family_clean


def checked_titles(titles: dict[str, str] | None) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for language, title in (titles or {}).items():
        code = language_code(language, "title language")
        value = clean_line(title, "title" if code == "en" else f"title-{code}", 300)
        if value:
            cleaned[code] = value
    return cleaned


def checked_phones(inputs: Sequence[PhoneInput], office: OfficeRow | None) -> list[Phone]:
    if len(inputs) > MAX_PHONES:
        raise ValidationError("phone", msg("at most {limit} numbers per contact", limit=MAX_PHONES))
    region = office.country if office is not None else None
    switchboard = office.switchboard_e164 if office is not None else None
    phones: list[Phone] = []
    for index, item in enumerate(inputs):
        field = "phone" if index == 0 else f"phone {index + 1}"
        phones.append(
            parse_phone(
                item.raw,
                region=region,
                switchboard=switchboard,
                kind=item.kind,
                allow_invalid=item.allow_invalid,
                field=field,
            )
        )
    return phones


def checked_emails(inputs: Sequence[EmailInput]) -> list[Email]:
    if len(inputs) > MAX_EMAILS:
        raise ValidationError(
            "email", msg("at most {limit} addresses per contact", limit=MAX_EMAILS)
        )
    emails: list[Email] = []
    seen: set[str] = set()
    for index, item in enumerate(inputs):
        field = "email" if index == 0 else f"email {index + 1}"
        address = normalise_email(item.address, field=field)
        if address.lower() in seen:
            continue
        seen.add(address.lower())
        emails.append(Email(kind=item.kind, address=address))
    return emails


def field_problems(draft: ContactDraft) -> list[ValidationError]:
    """Every refusal the add or edit of `draft` would meet in its text fields, all at once.

    Phones and e-mails are left out: they depend on the office, and an editor checks each
    one as it is typed. Saving still checks everything.
    """
    problems: list[ValidationError] = []

    def attempt(check: Callable[..., object], *args: object) -> None:
        try:
            check(*args)
        except ValidationError as exc:
            problems.append(exc)

    attempt(checked_names, draft.given, draft.family)
    attempt(clean_line, draft.honorific, "honorific", 50)
    for language, title in draft.titles.items():
        attempt(checked_titles, {language: title})
    for code in draft.languages:
        attempt(language_code, code, "languages")
    attempt(clean_text, draft.notes, "notes")
    return problems


def set_channels(row: ContactRow, phones: Sequence[Phone], emails: Sequence[Email]) -> None:
    row.phones = [
        PhoneRow(**phone_columns(position, phone)) for position, phone in enumerate(phones)
    ]
    row.emails = [
        EmailRow(**email_columns(position, email)) for position, email in enumerate(emails)
    ]


def phone_columns(position: int, phone: Phone) -> dict[str, Any]:
    """A phone as its row stores it (an ORM row, or a bulk insert's)."""
    return {
        "position": position,
        "kind": phone.kind.value,
        # As typed, less control characters (PostgreSQL refuses NUL), within the column.
        "raw": (phone.raw if phone.raw.isprintable() else _without_controls(phone.raw))[:100],
        "e164": phone.e164,
        "extension": phone.extension,
        "valid": phone.valid,
        "line_type": phone.line_type.value,
    }


def _without_controls(raw: str) -> str:
    return "".join(ch for ch in raw if ch >= " ")


def email_columns(position: int, email: Email) -> dict[str, Any]:
    """An e-mail as its row stores it; the lower-cased key is what matching looks up."""
    return {
        "position": position,
        "kind": email.kind.value,
        "address": email.address,
        "address_key": email.address.lower(),
    }


def _duplicates(
    session: Session,
    phones: Sequence[Phone],
    emails: Sequence[Email],
    exclude_id: int | None,
    name: tuple[str, str] | None = None,
    office_id: int | None = None,
) -> list[DuplicateHint]:
    """Live contacts sharing an e-mail, a valid phone, or (given, family) at `office_id`."""
    hints: list[DuplicateHint] = []
    keys = [email.address.lower() for email in emails]
    for row in repositories.contacts_with_email(session, keys):
        if row.id == exclude_id:
            continue
        shared = next(e.address for e in row.emails if e.address_key in keys)
        hints.append(_hint(row, "email", msg("same e-mail {value}", value=shared)))
    numbers = [(p.e164, p.extension) for p in phones if p.e164 and p.valid]
    for row in repositories.contacts_with_phone(session, numbers):
        if row.id == exclude_id or any(h.contact_id == row.id for h in hints):
            continue
        shared_phone = next(p for p in row.phones if (p.e164, p.extension) in numbers)
        printed = format_phone(shared_phone.e164 or shared_phone.raw, shared_phone.extension)
        hints.append(_hint(row, "phone", msg("same phone {value}", value=printed)))
    if name is not None and office_id is not None:
        # Two people of one name at one office are rare; one person typed in twice is not.
        key = sort_key(name[0], name[1])
        for row in repositories.contacts_named_at_office(session, key, office_id):
            if row.id == exclude_id or any(h.contact_id == row.id for h in hints):
                continue
            hints.append(_hint(row, "name", msg("same name at the same office")))
    return hints


def _hint(row: ContactRow, field: str, reason: Message) -> DuplicateHint:
    office = office_ref(row.office) if row.office is not None else None
    return DuplicateHint(row.id, _display(row), field, reason, office)


def _display(row: ContactRow) -> str:
    return full_name(row.given, row.family, row.family_first)


def _live_contact(session: Session, contact_id: int) -> ContactRow:
    row = repositories.get_contact(session, contact_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("contact", contact_id)
    return row


class ContactService:
    def __init__(self, database: Database, clock: Clock, actor: Actor | None = None) -> None:
        self._database = database
        self._clock = clock
        self._history = hist.Recorder(actor or Actor(), clock)

    @property
    def actor(self) -> Actor:
        """Who this service's changes are recorded as."""
        return self._history.actor

    # Reading

    def get(self, contact_id: int, include_deleted: bool = False) -> Contact:
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            row = repositories.get_contact(session, contact_id)
            if row is None or (row.deleted_at is not None and not include_deleted):
                raise NotFoundError("contact", contact_id)
            return contact_record(row)

    def get_many(self, contact_ids: Sequence[int]) -> list[Contact]:
        """Live contacts in the order asked; an unknown or deleted id is an error naming it."""
        with transaction(self._database, "contact", read_only=True) as session:
            rows = repositories.load_contacts(session, list(contact_ids))
            found = {row.id: row for row in rows if row.deleted_at is None}
            for contact_id in contact_ids:
                if contact_id not in found:
                    raise NotFoundError("contact", contact_id)
            return [contact_record(found[i]) for i in contact_ids]

    def count(self, query: ContactQuery, cap: int | None = None) -> int:
        """How many contacts match `query`; with `cap`, any number above it is cap + 1."""
        with transaction(self._database, "contact", read_only=True) as session:
            return repositories.count_contacts(session, query, cap)

    def ids(self, query: ContactQuery, offset: int = 0, limit: int | None = None) -> list[int]:
        with transaction(self._database, "contact", read_only=True) as session:
            return repositories.contact_ids(session, query, offset, limit)

    def place(self, query: ContactQuery, contact_id: int) -> ContactPlace:
        """A changed contact and its place in a list: lets a list move one row, not reload."""
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            row = repositories.get_contact(session, contact_id)
            return ContactPlace(
                contact_record(row) if row is not None else None,
                repositories.contact_position(session, query, contact_id),
                repositories.count_contacts(session, query),
            )

    def id_page(
        self,
        query: ContactQuery,
        after: ListKey | None = None,
        limit: int | None = None,
        through: ListKey | None = None,
    ) -> IdPage:
        """The ids listed after `after` (from the first when None): `limit` of them, or down
        to `through` included. Costs the same at any depth of the list."""
        with transaction(self._database, "contact", read_only=True) as session:
            keys = repositories.contact_keys(session, query, after, limit, through)
        if not keys:
            return IdPage([], None)
        return IdPage([contact_id for contact_id, _ in keys], ListKey(keys[-1][1], keys[-1][0]))

    def list_start(
        self, query: ContactQuery, cap: int | None, limit: int, first_rows: int
    ) -> ListStart:
        """The count, the first `limit` ids and the items of the first `first_rows` rows, in
        one transaction: a search keystroke pays for one, not three."""
        with transaction(self._database, "contact", read_only=True) as session:
            total, keys = repositories.count_and_first_keys(session, query, cap, limit)
            ids = [contact_id for contact_id, _ in keys]
            items = (
                contact_list_items(repositories.contact_list_columns(session, ids[:first_rows]))
                if ids
                else []
            )
        last = ListKey(keys[-1][1], keys[-1][0]) if keys else None
        return ListStart(total, IdPage(ids, last), items)

    def list_items(self, contact_ids: Sequence[int]) -> list[ContactListItem]:
        """What list rows show of these contacts, deleted ones too, in the order asked; an id
        that is not stored is left out."""
        with transaction(self._database, "contact", read_only=True) as session:
            return contact_list_items(repositories.contact_list_columns(session, contact_ids))

    def list_place(self, query: ContactQuery, contact_id: int, cursor: ListKey | None) -> ListPlace:
        """Where a changed contact goes in a list read down to `cursor`: lets the list move
        one row, without counting the rows before it."""
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            found = repositories.contact_neighbour(session, query, contact_id, cursor)
            if found is None:
                return ListPlace(None, None, None, False)
            items = contact_list_items(repositories.contact_list_columns(session, [contact_id]))
            return ListPlace(
                items[0], ListKey(found.value, contact_id), found.previous_id, found.within
            )

    def matches(self, query: ContactQuery, contact_id: int) -> bool:
        """Whether a list with `query` shows this contact."""
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            return repositories.contact_matches(session, query, contact_id)

    def page(self, query: ContactQuery, offset: int = 0, limit: int | None = None) -> list[Contact]:
        with transaction(self._database, "contact", read_only=True) as session:
            ids = repositories.contact_ids(session, query, offset, limit)
            return contact_records(repositories.contact_columns(session, ids))

    def stream(self, query: ContactQuery, chunk: int = 500) -> Iterator[Contact]:
        """Every matching contact in list order, read a chunk at a time: memory stays flat
        however many there are."""
        with transaction(self._database, "contact", read_only=True) as session:
            ids = repositories.contact_ids(session, query)
            for start in range(0, len(ids), chunk):
                yield from contact_records(
                    repositories.contact_columns(session, ids[start : start + chunk])
                )

    def stream_values(self, query: ContactQuery, *, titles: bool = True) -> Iterator[ContactValues]:
        """Every matching contact in list order, as plain values (see domain.values), read
        a chunk at a time: for listing or exporting everyone, in flat memory. With `titles`
        false, their titles are left unread (empty): a listing that shows none is faster."""
        with fewer_collections(), transaction(self._database, "contact", read_only=True) as session:
            offices = office_refs(*repositories.all_office_names(session))
            chunks = repositories.contact_chunks(session, query, titles=titles)
            yield from contact_values(chunks, offices)

    def check_phone(self, raw: str, office_id: int | None) -> PhoneCheck:
        """Check a number as typed, in the office's country, with its switchboard's area code."""
        with transaction(self._database, "office", office_id, read_only=True) as session:
            office = session.get(OfficeRow, office_id) if office_id is not None else None
            region = office.country if office is not None else None
            switchboard = office.switchboard_e164 if office is not None else None
        return check_phone(raw, region=region, switchboard=switchboard)

    def field_problems(self, draft: ContactDraft) -> list[ValidationError]:
        """What saving `draft` would refuse in its names, titles, languages and notes."""
        return field_problems(draft)

    def duplicates(
        self,
        phones: Sequence[Phone],
        emails: Sequence[Email],
        exclude_id: int | None = None,
        name: tuple[str, str] | None = None,
        office_id: int | None = None,
    ) -> list[DuplicateHint]:
        """Live contacts this one may duplicate; `name` (given, family) counts at `office_id`."""
        with transaction(self._database, "contact", read_only=True) as session:
            return _duplicates(session, phones, emails, exclude_id, name, office_id)

    # Writing

    def add(self, draft: ContactDraft, force: bool = False) -> Contact:
        given, family = checked_names(draft.given, draft.family)
        with transaction(self._database, "contact") as session:
            # Before any read: another add or import can neither slip a duplicate in between
            # the check and the insert, nor go unseen by the check.
            lock_contact_identities(session)
            office = resolve_office(session, draft.office) if draft.office else None
            phones = checked_phones(draft.phones, office)
            emails = checked_emails(draft.emails)
            office_id = office.id if office is not None else None
            hints = _duplicates(session, phones, emails, None, (given, family), office_id)
            if hints and not force:
                first = hints[0]
                raise DuplicateError(
                    first.field,
                    msg("{what} as {name}", what=first.reason, name=first.label()),
                    first.contact_id,
                )
            if draft.uid and repositories.contact_by_uid(session, draft.uid) is not None:
                raise ValidationError("uid", msg("'{uid}' is already taken", uid=draft.uid))
            now = self._clock.now()
            row = ContactRow(
                uid=clean_line(draft.uid, "uid", 255) if draft.uid else str(uuid.uuid4()),
                honorific=clean_line(draft.honorific, "honorific", 50),
                given=given,
                family=family,
                family_first=draft.family_first,
                kind=draft.kind.value,
                office=office,
                languages=",".join(language_code(code, "languages") for code in draft.languages),
                notes=clean_text(draft.notes, "notes"),
                active=draft.active,
                last_verified=draft.last_verified,
                created_at=now,
                updated_at=now,
            )
            row.titles = [
                ContactTitleRow(language=lang, title=title)
                for lang, title in checked_titles(dict(draft.titles)).items()
            ]
            set_channels(row, phones, emails)
            refresh_contact_search(row)
            session.add(row)
            session.flush()
            self._history.record(
                session,
                RecordKind.CONTACT,
                row.id,
                row.version,
                hist.contact_snapshot(row),
                ChangeAction.CREATED,
            )
            if hints:
                # Forced: the one sanctioned exception to "no duplicates", kept on record.
                log.info(
                    "contact %d added by force although it duplicates %s",
                    row.id,
                    ", ".join(f"contact {h.contact_id} ({h.field})" for h in hints),
                )
            return contact_record(row)

    def edit(
        self,
        contact_id: int,
        changes: ContactChanges,
        expected_version: int | None = None,
        *,
        merge: bool = False,
    ) -> Contact:
        """Change the fields given (None leaves a field as it is).

        `expected_version` is the version the caller read. When another save came since:
        without `merge`, the edit is refused (EditConflictError); with `merge`, it is refused
        only when a field it changes was changed since, to another value, and otherwise
        goes through, keeping the other save's fields. An edit that changes nothing makes
        no new version.
        """
        for attempt in range(_MERGE_ATTEMPTS if merge else 1):
            try:
                return self._edit(contact_id, changes, expected_version, merge)
            except _UnchangedError:
                return self.get(contact_id)
            except EditConflictError:
                raise
            except ConflictError as exc:
                # Another save committed between this one's read and its write: a merge
                # reads again and merges with it; otherwise it is refused.
                if attempt + 1 >= (_MERGE_ATTEMPTS if merge else 1):
                    raise self._late_conflict(contact_id, expected_version) from exc
        raise AssertionError("unreachable")

    def _edit(
        self,
        contact_id: int,
        changes: ContactChanges,
        expected_version: int | None,
        merge: bool,
    ) -> Contact:
        identities = (changes.given, changes.family, changes.office, changes.phones, changes.emails)
        with transaction(self._database, "contact", contact_id) as session:
            if any(value is not None for value in identities):
                # What adds and imports match against: they wait, rather than check a
                # contact this edit is changing (and fail on its version when they fill it in).
                lock_contact_identities(session)
            row = _live_contact(session, contact_id)
            # Lookups below (an office by name) must not write half of this change: the
            # version counter would count it twice.
            session.autoflush = False
            before = hist.Before.contact(row)
            stale = expected_version is not None and row.version != expected_version
            stored = contact_record(row) if stale else None
            if stale and (not merge or expected_version is None):
                raise self._conflict(session, row, before, expected_version, stored)
            # Read before anything changes: a query would flush a half-made change.
            base = (
                hist.base_snapshot(session, RecordKind.CONTACT, row.id, expected_version)
                if stale and expected_version is not None
                else None
            )
            given = row.given if changes.given is None else changes.given
            family = row.family if changes.family is None else changes.family
            row.given, row.family = checked_names(given, family)
            if changes.family_first is not None:
                row.family_first = changes.family_first
            if changes.honorific is not None:
                row.honorific = clean_line(changes.honorific, "honorific", 50)
            if changes.titles is not None:
                row.titles = [
                    ContactTitleRow(language=lang, title=title)
                    for lang, title in checked_titles(dict(changes.titles)).items()
                ]
            if changes.office is not None:
                row.office = (
                    resolve_office(session, changes.office) if changes.office.strip() else None
                )
            if changes.kind is not None:
                row.kind = changes.kind.value
            if changes.languages is not None:
                row.languages = ",".join(language_code(c, "languages") for c in changes.languages)
            if changes.notes is not None:
                row.notes = clean_text(changes.notes, "notes")
            if changes.active is not None:
                row.active = changes.active
            if changes.clear_last_verified:
                if changes.last_verified is not None:
                    raise ValidationError(
                        "last verified", msg("give a verification date or clear it, not both")
                    )
                row.last_verified = None
            elif changes.last_verified is not None:
                row.last_verified = changes.last_verified
            if changes.phones is not None or changes.emails is not None:
                current = contact_record(row)
                phones = (
                    checked_phones(changes.phones, row.office)
                    if changes.phones is not None
                    else list(current.phones)
                )
                emails = (
                    checked_emails(changes.emails)
                    if changes.emails is not None
                    else list(current.emails)
                )
                set_channels(row, phones, emails)
            if stale:
                assert expected_version is not None
                self._merge(session, row, before, base, expected_version, stored)
            return self._save(session, row, before, ChangeAction.EDITED)

    def _merge(
        self,
        session: Session,
        row: ContactRow,
        before: hist.Before,
        base: hist.Snapshot | None,
        expected_version: int,
        stored: Contact | None,
    ) -> None:
        """This edit, read at `expected_version` (`base`), meets the newer `before`: it goes
        through only if the fields it changes are not ones changed since."""
        if base is None:  # older than the history: nothing says what changed since
            raise self._conflict(session, row, before, expected_version, stored)
        clashes, keep = hist.three_way(base, before.snapshot, hist.contact_snapshot(row))
        if clashes:
            raise self._conflict(session, row, before, expected_version, stored, clashes)
        hist.set_contact_fields(
            session, row, keep, resolve_office=lambda i: self._office(session, i)
        )

    def _save(
        self,
        session: Session,
        row: ContactRow,
        before: hist.Before,
        action: ChangeAction,
        reverted_to: int | None = None,
    ) -> Contact:
        """Write the changed contact and its version; a change to nothing writes neither."""
        after = hist.contact_snapshot(row)
        if after == before.snapshot:
            # Rolls back: the rows set anew (phones, titles) stay as they were.
            raise _UnchangedError
        hist.touch(row, self._clock.now())
        refresh_contact_search(row)
        session.flush()
        self._history.record(
            session,
            RecordKind.CONTACT,
            row.id,
            row.version,
            after,
            action,
            before=before,
            reverted_to=reverted_to,
        )
        return contact_record(row)

    def _office(self, session: Session, office_id: int) -> OfficeRow:
        try:
            return require_office_id(session, office_id)
        except NotFoundError:
            raise ValidationError(
                "office",
                msg("office {id} was deleted; restore it first", id=office_id),
            ) from None

    def _conflict(
        self,
        session: Session,
        row: ContactRow,
        before: hist.Before,
        expected_version: int | None,
        stored: Contact | None,
        fields: Sequence[str] = (),
    ) -> EditConflictError:
        return hist.conflict(
            session,
            RecordKind.CONTACT,
            row.id,
            expected_version if expected_version is not None else before.version - 1,
            before,
            stored if stored is not None else contact_record(row),
            fields,
        )

    def _late_conflict(self, contact_id: int, expected_version: int | None) -> EditConflictError:
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            row = repositories.get_contact(session, contact_id)
            if row is None:
                raise NotFoundError("contact", contact_id)
            before = hist.Before.contact(row)
            return self._conflict(session, row, before, expected_version, contact_record(row))

    def history(self, contact_id: int) -> list[RecordVersion]:
        """Every version of the contact, oldest first: deleted contacts keep theirs."""
        with transaction(self._database, "contact", contact_id, read_only=True) as session:
            row = repositories.get_contact(session, contact_id)
            current = hist.Before.contact(row) if row is not None else None
            versions = hist.read_history(session, RecordKind.CONTACT, contact_id, current)
            if not versions:
                raise NotFoundError("contact", contact_id)
            return versions

    def revert(
        self, contact_id: int, to_version: int, expected_version: int | None = None
    ) -> Contact:
        """Put back the fields the contact had at `to_version`, as a new version (which a
        later revert can undo in turn). Whether it is deleted is not among them: a deleted
        contact is restored first. Returns the contact unchanged, with no new version, when
        that version holds what it holds now."""
        try:
            return self._revert(contact_id, to_version, expected_version)
        except _UnchangedError:
            return self.get(contact_id)

    def _revert(self, contact_id: int, to_version: int, expected_version: int | None) -> Contact:
        with transaction(self._database, "contact", contact_id) as session:
            lock_contact_identities(session)  # its names and channels change, as in an edit
            row = _live_contact(session, contact_id)
            session.autoflush = False  # one change, one version (see _edit)
            before = hist.Before.contact(row)
            if expected_version is not None and row.version != expected_version:
                raise self._conflict(session, row, before, expected_version, None)
            target = (
                before.snapshot
                if to_version == row.version
                else hist.base_snapshot(session, RecordKind.CONTACT, contact_id, to_version)
            )
            if target is None:
                raise ValidationError(
                    "version",
                    msg("contact {id} has no version {version}", id=contact_id, version=to_version),
                )
            wanted = flatten(target)
            fields = {
                name: wanted.get(name)
                for name in dict.fromkeys([*flatten(before.snapshot), *wanted])
                if name not in NOT_REVERTED
            }
            hist.set_contact_fields(
                session, row, fields, resolve_office=lambda i: self._office(session, i)
            )
            return self._save(session, row, before, ChangeAction.REVERTED, reverted_to=to_version)

    def delete(self, contact_id: int) -> Contact:
        """Soft delete: the contact leaves every list and can be restored."""
        with transaction(self._database, "contact", contact_id) as session:
            row = _live_contact(session, contact_id)
            before = hist.Before.contact(row)
            row.deleted_at = self._clock.now()
            return self._save(session, row, before, ChangeAction.DELETED)

    def restore(self, contact_id: int) -> RestoredContact:
        """Bring a deleted contact back, even when another live one shares its e-mail or phone
        now; those are returned with it, for the caller to warn about."""
        with transaction(self._database, "contact", contact_id) as session:
            lock_contact_identities(session)  # the duplicates it warns of are the current ones
            row = repositories.get_contact(session, contact_id)
            if row is None:
                raise NotFoundError("contact", contact_id)
            if row.deleted_at is None:
                raise ValidationError("contact", msg("contact {id} is not deleted", id=contact_id))
            record = contact_record(row)
            before = hist.Before.contact(row)
            hints = _duplicates(session, record.phones, record.emails, exclude_id=contact_id)
            if row.office is not None and row.office.deleted_at is not None:
                row.office = None  # its office was deleted meanwhile; it must not point there
            row.deleted_at = None
            restored = self._save(session, row, before, ChangeAction.RESTORED)
            return RestoredContact(restored, tuple(hints))
