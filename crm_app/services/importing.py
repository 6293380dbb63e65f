"""The import engine every source shares: check, match, then fill in, create or skip.

A source is a small reader in the domain that yields `IncomingContact`s (vCard,
release text, CSV and Excel). `ImportEngine` works inside the caller's transaction:

1. It prepares each record with the checks typed input gets: names, titles and notes
   cleaned; phones parsed in the region of the matched office with its switchboard (else
   the record's `region_hint`), an invalid number kept and flagged, never dropped; e-mails
   recovered from the markup they were pasted with. These checks (`record_checks.py`)
   need no database, so a big file's records may be checked in another process.
2. It matches the record to a contact: by UID, then e-mail, then E.164 + extension
   (a number, which colleagues may share, only with the same family name): these are
   `MatchConfidence.EXACT`. Failing those, a close name at the same office (same folded
   given and family name, or the same family name and an initial or shortened given name)
   is `MatchConfidence.PROBABLE`. Every match says why, as a `Message`.
3. It applies a `Decision` per record: `LINK` fills in the matched contact ("fill in, never
   blank out"), `CREATE` adds a new contact, `SKIP` writes nothing. The caller may decide
   per record (by its line); otherwise the source's `DecisionPolicy` decides from the
   confidence. The default policy merges exact matches and never merges a probable one
   silently: it creates a new contact and warns, naming the probable match.

Records go through a chunk (`IMPORT_BATCH`) at a time: each kind of key is looked up once
for the chunk, on an index, and the chunk is written in a few multi-row statements; a record
matches contacts written by earlier chunks (they are in the store) and earlier records of
its own chunk (kept until the chunk is written).

`preview` matches without writing and returns plain `ImportCandidate`s for a window to show
side by side; `apply` writes and returns an `ImportOutcome` per record with its contact id,
so a caller can go on in the same transaction (link the contacts to a release, say).
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from crm_app.domain.history import ChangeAction, RecordKind
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import format_phone
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    EmailKind,
    LineType,
    Phone,
    PhoneKind,
    full_name,
)
from crm_app.services import history as hist
from crm_app.services.common import Actor, Clock, transaction
from crm_app.services.contacts import email_columns, phone_columns
from crm_app.services.mapping import contact_record
from crm_app.services.record_checks import (
    IMPORT_BATCH,
    CheckedRecord,
    OfficeDirectory,
    OfficeInfo,
    Prepared,
    RecordProblem,
    batches,
    check_record,
    folded,
    given_key,
    language_codes,
)
from crm_app.services.search_text import search_fields
from crm_app.store import imports
from crm_app.store.database import Database
from crm_app.store.locks import lock_contact_identities
from crm_app.store.models import ContactRow


class MatchConfidence(StrEnum):
    EXACT = "exact"  # same UID, same e-mail, or same number and family name
    PROBABLE = "probable"  # a close name at the same office: a person should confirm
    NONE = "none"


class Decision(StrEnum):
    LINK = "link"  # fill in the matched contact
    CREATE = "create"  # add a new contact, whatever matched
    SKIP = "skip"  # write nothing for this record


class OutcomeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class DecisionPolicy:
    """What a source does with a record nobody decided about, by match confidence."""

    exact: Decision = Decision.LINK
    probable: Decision = Decision.CREATE
    unmatched: Decision = Decision.CREATE

    def decide(self, confidence: MatchConfidence) -> Decision:
        if confidence is MatchConfidence.EXACT:
            return self.exact
        if confidence is MatchConfidence.PROBABLE:
            return self.probable
        return self.unmatched


@dataclass(frozen=True, slots=True)
class ImportCandidate:
    """One record as it would be imported, and whom it matches: for a preview to show."""

    line: int
    record: IncomingContact | None  # None for a part of the source that is no record
    # The record as it would be stored (id 0, checked); None when it cannot be imported.
    contact: Contact | None
    # Raw number -> what was probably meant (the office's area code inserted).
    phone_suggestions: Mapping[str, str]
    remarks: tuple[Message, ...]  # what the reader and the checks noticed about it
    match_id: int | None
    match_confidence: MatchConfidence
    match_reason: Message | None
    matched: Contact | None  # the stored contact, for side-by-side display
    problem: Message | None = None  # why it cannot be imported at all


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    line: int
    name: str
    kind: OutcomeKind
    contact_id: int | None  # None when skipped
    confidence: MatchConfidence = MatchConfidence.NONE
    reason: Message | None = None  # why it was skipped, or the match it was linked by


@dataclass(frozen=True, slots=True)
class ImportResult:
    outcomes: tuple[ImportOutcome, ...]
    warnings: tuple[Message, ...]


class ImportEngine:
    """Checks, matches and writes records inside the caller's transaction.

    One engine per import: it remembers offices and the UIDs seen so far (a UID reused for
    another person is refused) across calls to `apply`. Everything else lives for one chunk
    of records: what the store holds is read again for the next, and finds what the import
    wrote before, so memory stays flat however long the source.
    """

    def __init__(
        self,
        session: Session,
        clock: Clock,
        *,
        policy: DecisionPolicy | None = None,
        source: str = "import",
        actor: Actor | None = None,
        where: RecordPlace = RecordPlace.LINE,
    ) -> None:
        """`source` names where unmatched organisations came from in the notes ("vCard");
        `actor` who the contacts it creates and fills in are recorded as changed by."""
        self._session = session
        self._clock = clock
        self._history = hist.Recorder(actor or Actor(), clock)
        self._policy = policy or DecisionPolicy()
        self._source = source
        self._where = where  # what a record's number counts, in warnings
        self._offices = _OfficeLookup(session)
        self._seen = _SeenUids()
        self._created = _IdRuns()
        self._locked = False

    def preview(self, records: Iterable[IncomingContact | RecordProblem]) -> list[ImportCandidate]:
        """Each record checked and matched against the store; nothing is written.

        Records are matched against what is stored only, not against each other.
        """
        candidates: list[ImportCandidate] = []
        seen = _SeenUids()
        offices = self._offices.directory()
        for batch in batches(records, IMPORT_BATCH):
            ready: list[tuple[Prepared, tuple[Message, ...]]] = []
            slots: list[ImportCandidate | None] = []
            for item in batch:
                checked = check_record(item, offices, self._where)
                prepared = checked.prepared
                if prepared is None:
                    assert checked.problem is not None, "a record not prepared says why"
                    slots.append(_problem_candidate(item.line, checked.record, checked.problem))
                    continue
                collision = _collision(seen, prepared)
                if collision is not None:
                    slots.append(_problem_candidate(item.line, checked.record, collision))
                    continue
                ready.append((prepared, checked.warnings))
                slots.append(None)
            chunk = _Chunk.load(
                self._session, [prepared for prepared, _ in ready], lambda card, match: False
            )
            waiting = iter(ready)
            for slot in slots:
                if slot is not None:
                    candidates.append(slot)
                    continue
                prepared, remarks_of = next(waiting)
                candidates.append(self._candidate(prepared, remarks_of, chunk))
        return candidates

    def _candidate(
        self, prepared: Prepared, remarks: tuple[Message, ...], chunk: _Chunk
    ) -> ImportCandidate:
        match = chunk.match(prepared)
        row = None
        if match is not None:
            row = self._session.get(ContactRow, match.person.id)
            assert row is not None, "a contact matched in this transaction is still there"
        return ImportCandidate(
            line=prepared.line,
            record=prepared.record,
            contact=prepared.as_contact(),
            phone_suggestions=dict(prepared.phone_suggestions),
            remarks=remarks,
            match_id=row.id if row is not None else None,
            match_confidence=match.confidence if match is not None else MatchConfidence.NONE,
            match_reason=match.reason if match is not None else None,
            matched=contact_record(row) if row is not None else None,
        )

    def apply(
        self,
        records: Sequence[IncomingContact | RecordProblem],
        decisions: Mapping[int, Decision] | None = None,
    ) -> ImportResult:
        """Creates, fills in or skips each record; one outcome per record, in order.

        `decisions` maps a record's line to what a person chose for it; any other record
        follows the policy. Matching is done again here, so a record also matches one
        written earlier in the same import. LINK with nothing to link to skips the record.
        Records are matched and written a chunk (`IMPORT_BATCH`) at a time; a large source
        is best given a chunk at a time too, so that it is never all in memory.

        Contacts are written with plain statements, not through the session's objects: a
        contact row the caller's session holds already is not refreshed.
        """
        offices = self.offices()
        checked = (check_record(item, offices, self._where) for item in records)
        return self.apply_checked(checked, decisions)

    def offices(self) -> OfficeDirectory:
        """The offices records are checked against (`check_record`), read once per import.

        An import that writes reads them here: the lock comes first, as for any read.
        """
        self._lock()
        return self._offices.directory()

    def apply_checked(
        self, checked: Iterable[CheckedRecord], decisions: Mapping[int, Decision] | None = None
    ) -> ImportResult:
        """`apply` for records `check_record` has checked against `offices()` (perhaps in
        another process)."""
        self._lock()
        outcomes: list[ImportOutcome] = []
        warnings: list[Message] = []
        for batch in batches(checked, IMPORT_BATCH):
            result = self._apply_chunk(batch, decisions or {})
            outcomes += result.outcomes
            warnings += result.warnings
        return ImportResult(tuple(outcomes), tuple(warnings))

    def _lock(self) -> None:
        if not self._locked:
            lock_contact_identities(self._session)  # first, before any read (store/locks.py)
            self._locked = True
        # What the caller added through the session is seen by the statements that follow.
        self._session.flush()

    def _apply_chunk(
        self, records: Sequence[CheckedRecord], decisions: Mapping[int, Decision]
    ) -> ImportResult:
        warnings: list[Message] = []
        slots: list[ImportOutcome | _Written] = []  # in the records' order
        prepared: list[Prepared] = []
        for checked in records:
            warnings += checked.warnings
            card = checked.prepared
            if card is None:
                assert checked.problem is not None, "a record not prepared says why"
                slots.append(_skipped(checked.line, checked.name, checked.problem))
                continue
            collision = _collision(self._seen, card)
            if collision is not None:
                slots.append(_skipped(card.line, card.name, collision))
                continue
            prepared.append(card)
            slots.append(_Written(card))

        def links(card: Prepared, confidence: MatchConfidence) -> bool:
            decision = decisions.get(card.line) or self._policy.decide(confidence)
            return decision is Decision.LINK

        chunk = _Chunk.load(self._session, prepared, links)
        for position, slot in enumerate(slots):
            if isinstance(slot, _Written):
                slots[position] = self._decide(slot, chunk, decisions.get(slot.card.line))
        chunk.write(self._session, self._clock.now(), self._history)
        self._created.add(person.id for person in chunk.created)
        outcomes: list[ImportOutcome] = []
        for slot in slots:
            if isinstance(slot, ImportOutcome):
                outcomes.append(slot)
                continue
            card, person = slot.card, slot.person
            assert person is not None and person.id is not None, "a written record has its row"
            if card.flag_warnings:
                stored = {phone_columns(0, phone)["raw"] for phone in person.phones}
                # Not added: the contact has this number already. (The very message: another
                # of the same text may stand for a number that was added.)
                withdrawn = {
                    id(flagged) for raw, flagged in card.flag_warnings.items() if raw not in stored
                }
                warnings[:] = [warning for warning in warnings if id(warning) not in withdrawn]
            outcomes.append(
                ImportOutcome(
                    card.line, card.name, slot.kind, person.id, slot.confidence, slot.reason
                )
            )
            probable = slot.probable
            # A close name that an earlier record of the same source created is that
            # source's own business: it listed them as two people.
            if probable is not None and probable.person.id not in self._created:
                warnings.append(
                    msg(
                        "{place}: {name}: created as a new contact; contact {id} ({other}) "
                        "may be the same person ({reason})",
                        place=self._where.of(card.line),
                        name=card.name,
                        id=probable.person.id,
                        other=probable.person.name,
                        reason=probable.reason,
                    )
                )
        return ImportResult(tuple(outcomes), tuple(warnings))

    def _decide(
        self, slot: _Written, chunk: _Chunk, decision: Decision | None
    ) -> ImportOutcome | _Written:
        """Matches one record and does what was decided, or what the policy says."""
        card = slot.card
        match = chunk.match(card)
        confidence = match.confidence if match is not None else MatchConfidence.NONE
        chosen = decision is not None
        if decision is None:
            decision = self._policy.decide(confidence)
        if decision is Decision.SKIP:
            return _skipped(card.line, card.name, msg("left out, as decided"), confidence)
        slot.confidence = confidence
        if decision is Decision.LINK:
            if match is None:
                return _skipped(card.line, card.name, msg("no stored contact to link it to"))
            existing = match.person
            if existing.deleted:
                # Filling in a contact nobody can see would hide the record's data.
                reason = msg(
                    "contact {id} ({name}) has this UID but is deleted; restore it first",
                    id=existing.id,
                    name=existing.name,
                )
                return _skipped(card.line, card.name, reason, confidence)
            chunk.read_whole(self._session, existing)
            if _fill_in(existing, card):
                existing.changed = True
                chunk.remember(existing, card)
                slot.kind = OutcomeKind.UPDATED
            else:
                slot.kind = OutcomeKind.UNCHANGED
            slot.person, slot.reason = existing, match.reason
            return slot
        # A UID already stored stays with its contact: a new one gets its own.
        person = self._new_person(card, new_uid=bool(match and match.by_uid))
        chunk.add(person, card)
        slot.kind, slot.person = OutcomeKind.CREATED, person
        if match is not None and not chosen:
            slot.probable = match  # the policy chose a new contact: say whom it may be
        return slot

    def _new_person(self, card: Prepared, *, new_uid: bool) -> _Person:
        source = card.record
        return _Person(
            id=None,
            uid=card.uid if card.uid and not new_uid else str(uuid.uuid4()),
            given=card.given,
            family=card.family,
            family_first=source.family_first,
            whole=True,
            honorific=card.honorific,
            notes=card.notes_to_create(self._source),
            office_id=card.office_id,
            languages=",".join(language_codes(source.languages)),
            last_verified=source.last_verified,
            titles=dict(card.titles),
            phones=list(card.phones),
            emails=list(card.emails),
            kind=(source.kind or ContactKind.MISSION_CONTACT).value,
            active=True if source.active is None else source.active,
        )


def preview(
    database: Database, records: Iterable[IncomingContact | RecordProblem]
) -> list[ImportCandidate]:
    """The records checked and matched in a transaction of their own that writes nothing."""
    with transaction(database, "import", read_only=True) as session:
        return ImportEngine(session, Clock()).preview(records)


class _OfficeLookup:
    """The offices, all read at the first lookup, once per import (a few hundred rows where
    one query per name cost more)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._directory: OfficeDirectory | None = None

    def directory(self) -> OfficeDirectory:
        if self._directory is None:
            self._directory = OfficeDirectory(self._read())
        return self._directory

    def _read(self) -> dict[str, list[OfficeInfo]]:
        offices: dict[int, OfficeInfo] = {}
        keys: dict[str, list[OfficeInfo]] = {}
        rows = imports.office_names(self._session)
        for row in rows:
            office = offices.get(row.office_id)
            if office is None:
                office = OfficeInfo(row.office_id, row.country, row.switchboard_e164, {})
                offices[row.office_id] = office
            office.names[row.language] = row.name
        for row in rows:
            holders = keys.setdefault(row.name_key, [])
            if offices[row.office_id] not in holders:
                holders.append(offices[row.office_id])
        return keys


# Matching


@dataclass(eq=False, slots=True)
class _Person:
    """A contact as one chunk of the import sees it: a stored one (its name only, until it
    is to be filled in), or one to create (no id until the chunk is written).

    A match refers to this object, so a record that fills it in (a family name it lacked,
    a new e-mail) is seen by the next records of the chunk.
    """

    id: int | None
    uid: str
    given: str
    family: str
    family_first: bool
    deleted: bool = False
    whole: bool = False  # every field below read from the store, or given for a new one
    honorific: str = ""
    notes: str = ""
    office_id: int | None = None
    languages: str = ""
    last_verified: date | None = None
    version: int = 1
    search_text: str = ""  # as stored
    titles: dict[str, str] = field(default_factory=dict)
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    kind: str = ContactKind.MISSION_CONTACT.value  # a new contact's
    active: bool = True  # a new contact's
    # A stored contact filled in: what to write. Phones and e-mails past the stored ones
    # are added; titles in these languages too.
    changed: bool = False
    stored_phones: int = 0
    stored_emails: int = 0
    next_phone_position: int = 0
    next_email_position: int = 0
    added_titles: list[str] = field(default_factory=list)
    stored: imports.StoredContact | None = None  # as read, for its version before

    @property
    def name(self) -> str:
        return full_name(self.given, self.family, self.family_first)

    def snapshot(self) -> hist.Snapshot:
        """The contact as this import leaves it."""
        stored = self.stored
        return hist.contact_values(
            uid=self.uid,
            given=self.given,
            family=self.family,
            family_first=self.family_first,
            honorific=self.honorific,
            titles=self.titles,
            office_id=self.office_id,
            kind=stored.kind if stored is not None else self.kind,
            languages=self.languages,
            phones=hist.phone_values(self.phones),
            emails=hist.emails_of(self.emails),
            notes=self.notes,
            active=stored.active if stored is not None else self.active,
            last_verified=self.last_verified,
            deleted=False,
        )

    def before(self) -> hist.Before:
        """The stored contact as this import read it."""
        stored = self.stored
        assert stored is not None, "only a contact read whole is filled in"
        snapshot = hist.contact_values(
            uid=stored.uid,
            given=stored.given,
            family=stored.family,
            family_first=stored.family_first,
            honorific=stored.honorific,
            titles=stored.titles,
            office_id=stored.office_id,
            kind=stored.kind,
            languages=stored.languages,
            phones=[hist.phone_value(*phone[1:]) for phone in stored.phones],
            emails=[(kind, address) for _, kind, address in stored.emails],
            notes=stored.notes,
            active=stored.active,
            last_verified=stored.last_verified,
            deleted=False,
        )
        return hist.Before(snapshot, stored.version, stored.updated_at)

    def read(self, stored: imports.StoredContact) -> None:
        self.stored = stored
        self.uid = stored.uid
        self.given = stored.given
        self.family = stored.family
        self.family_first = stored.family_first
        self.honorific = stored.honorific
        self.notes = stored.notes
        self.office_id = stored.office_id
        self.languages = stored.languages
        self.last_verified = stored.last_verified
        self.version = stored.version
        self.search_text = stored.search_text
        self.titles = dict(stored.titles)
        self.phones = [
            Phone(PhoneKind(kind), raw, e164, extension, valid, LineType(line_type))
            for _, kind, raw, e164, extension, valid, line_type in stored.phones
        ]
        self.emails = [Email(EmailKind(kind), address) for _, kind, address in stored.emails]
        self.stored_phones, self.stored_emails = len(self.phones), len(self.emails)
        self.next_phone_position = max((row[0] for row in stored.phones), default=-1) + 1
        self.next_email_position = max((row[0] for row in stored.emails), default=-1) + 1
        self.whole = True

    def search_fields(self) -> tuple[str, str]:
        return search_fields(
            self.given,
            self.family,
            self.honorific,
            [email.address for email in self.emails],
            self.phones,
        )


@dataclass(slots=True)
class _Written:
    """A record to create or fill in, until the chunk is written and its contact has an id."""

    card: Prepared
    person: _Person | None = None
    kind: OutcomeKind = OutcomeKind.CREATED
    confidence: MatchConfidence = MatchConfidence.NONE
    reason: Message | None = None  # the match it was linked by
    probable: _Match | None = None  # the match the policy did not merge into


@dataclass(frozen=True, slots=True)
class _Match:
    """A contact and why a record is them (said only when asked: a number's reason formats
    the number, which costs as much as parsing it)."""

    confidence: MatchConfidence
    why: Callable[[], Message]
    person: _Person
    by_uid: bool = False

    @property
    def reason(self) -> Message:
        return self.why()


class _IdRuns:
    """The ids of the contacts an import created, as runs of consecutive ids: a few numbers
    however many contacts (an import's new rows take consecutive ids, but for another
    writer's on PostgreSQL)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # inclusive

    def add(self, ids: Iterable[int | None]) -> None:
        for contact_id in sorted(i for i in ids if i is not None):
            if self._ends and contact_id == self._ends[-1] + 1:
                self._ends[-1] = contact_id
            elif not self._ends or contact_id > self._ends[-1]:
                self._starts.append(contact_id)
                self._ends.append(contact_id)
            else:  # below the last run (another writer's ids came between): keep in order
                at = bisect_right(self._starts, contact_id)
                if not (at and contact_id <= self._ends[at - 1]):
                    self._starts.insert(at, contact_id)
                    self._ends.insert(at, contact_id)

    def __contains__(self, contact_id: object) -> bool:
        if not isinstance(contact_id, int):
            return False
        at = bisect_right(self._starts, contact_id)
        return bool(at) and contact_id <= self._ends[at - 1]


@dataclass(frozen=True, slots=True)
class _FirstWithUid:
    line: int
    name: str
    given: str  # folded
    family: str  # folded


class _SeenUids:
    """The first record of the import with each UID (its line and names, not the record),
    to tell a repeat from a collision."""

    def __init__(self) -> None:
        self._first: dict[str, _FirstWithUid] = {}

    def claim(self, card: Prepared) -> _FirstWithUid | None:
        """None when the record may go on: a new UID, or the same person again (then merged);
        else the earlier record whose UID it carries for someone else."""
        if not card.uid:
            return None
        given, family = folded(card.given), card.family_key
        first = self._first.get(card.uid)
        if first is None:
            self._first[card.uid] = _FirstWithUid(card.line, card.name, given, family)
            return None
        return None if _same_person(first, given, family) else first


def _collision(seen: _SeenUids, card: Prepared) -> Message | None:
    first = seen.claim(card)
    if first is None:
        return None
    # Merging would give one person's data to another: the source is wrong.
    return msg(
        "same UID as the card at line {line} ({first}), but another person",
        line=first.line,
        first=first.name,
    )


def _same_person(first: _FirstWithUid, given: str, family: str) -> bool:
    """Names that agree wherever both records have them, and agree on at least one part."""
    shared = 0
    for mine, theirs in ((first.given, given), (first.family, family)):
        if mine and theirs:
            if mine != theirs:
                return False
            shared += 1
    return shared > 0


class _Chunk:
    """Who a chunk's records are: by UID, then e-mail, then E.164 + extension (exact), then
    a close name at the same office (probable).

    `load` reads the store in one statement per kind of key over the whole chunk (each on
    an index); the contacts the chunk creates or fills in are added as it goes, so a later
    record of the chunk matches them too. `write` then writes the chunk set-based.
    """

    def __init__(self) -> None:
        self._people: dict[int, _Person] = {}  # stored, by id
        self._new: list[_Person] = []
        self._by_uid: dict[str, _Person] = {}
        self._by_email: dict[str, _Person] = {}
        self._by_number: dict[tuple[str, str], list[_Person]] = {}
        # (office id, folded family name) -> (given name key, person), stored ones by id
        # first; a stored one stays a row until it matches (most never do)
        self._by_name: dict[tuple[int, str], list[tuple[str, _Person | imports.NameRow]]] = {}

    @classmethod
    def load(
        cls,
        session: Session,
        cards: Sequence[Prepared],
        links: Callable[[Prepared, MatchConfidence], bool],
    ) -> _Chunk:
        """The chunk's keys looked up; `links` says whether a record would fill in a contact
        it matches with this confidence: those contacts are read whole, in one go.

        A kind of key is looked up only for the records an earlier kind did not match: a
        record matched in the store by UID or e-mail needs no number, one matched by number
        no name.
        """
        chunk = cls()
        uids = imports.contacts_with_uids(session, [card.uid for card in cards if card.uid])
        for uid_row in uids:
            chunk._by_uid[uid_row.uid] = chunk._person(
                uid_row.id, uid_row.given, uid_row.family, uid_row.family_first, uid_row.deleted
            )
        keys = [email.address.lower() for card in cards for email in card.emails]
        for holder in imports.email_holders(session, keys):
            person = chunk._person(
                holder.contact_id, holder.given, holder.family, holder.family_first
            )
            chunk._by_email.setdefault(holder.address_key, person)
        rest = [
            card
            for card in cards
            if card.uid not in chunk._by_uid
            and not any(email.address.lower() in chunk._by_email for email in card.emails)
        ]
        # Holders of a number under the record's family name, or under none yet (a record of
        # the chunk may complete it).
        wanted = {
            (number, card.family_key) for card in rest if card.family_key for number in card.numbers
        }
        for row in imports.phone_holders(session, wanted):
            family = folded(row.family)
            if family and (row.number, family) not in wanted:
                continue
            holders = chunk._by_number.setdefault(row.number, [])
            person = chunk._person(row.contact_id, row.given, row.family, row.family_first)
            if person not in holders:
                holders.append(person)
        named = [
            card
            for card in rest
            if card.office_id is not None
            and card.family_key
            and card.given_key
            and chunk._match_number(card) is None
        ]
        offices = {(card.office_id, card.family_key) for card in named}
        probes = {
            (card.office_id, probe)
            for card in named
            if card.office_id is not None
            for probe in _name_probes(card.family_key, card.given_key)
        }
        for name_row in imports.names_at_offices(session, probes):
            at = (name_row.office_id, folded(name_row.family))
            if at in offices:
                chunk._by_name.setdefault(at, []).append((given_key(name_row.given), name_row))
        whole = set()
        for card in cards:
            match = chunk.match(card)
            if match is not None and not match.person.deleted and links(card, match.confidence):
                whole.add(match.person.id)
        for stored in imports.stored_contacts(
            session, [i for i in whole if i is not None]
        ).values():
            chunk._people[stored.id].read(stored)
        return chunk

    def _person(
        self, contact_id: int, given: str, family: str, family_first: bool, deleted: bool = False
    ) -> _Person:
        person = self._people.get(contact_id)
        if person is None:
            person = _Person(contact_id, "", given, family, family_first, deleted)
            self._people[contact_id] = person
        return person

    def read_whole(self, session: Session, person: _Person) -> None:
        """A stored contact matched by name only, read whole to be filled in."""
        if not person.whole and person.id is not None:
            person.read(imports.stored_contacts(session, [person.id])[person.id])

    def match(self, card: Prepared) -> _Match | None:
        if card.uid and card.uid in self._by_uid:
            return _Match(
                MatchConfidence.EXACT,
                _said(msg("same UID {uid}", uid=card.uid)),
                self._by_uid[card.uid],
                by_uid=True,
            )
        for email in card.emails:
            person = self._by_email.get(email.address.lower())
            if person is not None:
                return _Match(
                    MatchConfidence.EXACT,
                    _said(msg("same e-mail {address}", address=email.address)),
                    person,
                )
        return self._match_number(card) or self._match_name(card)

    def _match_number(self, card: Prepared) -> _Match | None:
        for e164, extension in card.numbers:
            # Colleagues share switchboards: a number alone is the same person only when
            # the family name agrees too.
            for person in self._by_number.get((e164, extension), ()):
                if folded(person.family) == card.family_key:
                    return _Match(MatchConfidence.EXACT, _same_number(e164, extension), person)
        return None

    def _match_name(self, card: Prepared) -> _Match | None:
        if card.office_id is None or not card.family_key or not card.given_key:
            return None
        for named, found in self._by_name.get((card.office_id, card.family_key), ()):
            reason = _close_given(card.given_key, named)
            if reason is not None:
                person = (
                    self._person(found.id, found.given, found.family, found.family_first)
                    if isinstance(found, imports.NameRow)
                    else found
                )
                return _Match(MatchConfidence.PROBABLE, _said(reason), person)
        return None

    def remember(self, person: _Person, card: Prepared) -> None:
        """A later record of the chunk with this record's UID, e-mail or number is `person`."""
        if card.uid:
            self._by_uid.setdefault(card.uid, person)
        for email in card.emails:
            self._by_email.setdefault(email.address.lower(), person)
        for number in card.numbers:
            holders = self._by_number.setdefault(number, [])
            if person not in holders:
                holders.append(person)

    @property
    def created(self) -> list[_Person]:
        return self._new

    def add(self, person: _Person, card: Prepared) -> None:
        """A contact to create, found by the later records of the chunk (by name too)."""
        self._new.append(person)
        self.remember(person, card)
        if card.office_id is not None and card.family_key:
            at = (card.office_id, card.family_key)
            self._by_name.setdefault(at, []).append((card.given_key, person))

    def write(self, session: Session, now: datetime, recorder: hist.Recorder) -> None:
        """The chunk's new contacts, then its filled-in ones, then a version of each: a few
        statements in all."""
        phones: list[dict[str, Any]] = []
        emails: list[dict[str, Any]] = []
        titles: list[dict[str, Any]] = []
        rows = []
        for person in self._new:
            search_text, sort_key = person.search_fields()
            rows.append(
                {
                    "uid": person.uid,
                    "honorific": person.honorific,
                    "given": person.given,
                    "family": person.family,
                    "family_first": person.family_first,
                    "kind": person.kind,
                    "office_id": person.office_id,
                    "languages": person.languages,
                    "notes": person.notes,
                    "active": person.active,
                    "last_verified": person.last_verified,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "search_text": search_text,
                    "sort_key": sort_key,
                }
            )
        ids = imports.insert_contacts(session, rows)
        for person in self._new:
            person.id = ids[person.uid]
            phones += _phone_rows(person.id, 0, person.phones)
            emails += _email_rows(person.id, 0, person.emails)
            titles += [
                {"contact_id": person.id, "language": language, "title": title}
                for language, title in person.titles.items()
            ]
        updates = []
        for person in self._people.values():
            if not person.changed or person.id is None:
                continue
            search_text, sort_key = person.search_fields()
            updates.append(
                {
                    "id": person.id,
                    "version": person.version,
                    "given": person.given,
                    "family": person.family,
                    "family_first": person.family_first,
                    "honorific": person.honorific,
                    "notes": person.notes,
                    "office_id": person.office_id,
                    "languages": person.languages,
                    "last_verified": person.last_verified,
                    "search_text": search_text,
                    "old_search_text": person.search_text,
                    "sort_key": sort_key,
                }
            )
            phones += _phone_rows(
                person.id, person.next_phone_position, person.phones[person.stored_phones :]
            )
            emails += _email_rows(
                person.id, person.next_email_position, person.emails[person.stored_emails :]
            )
            titles += [
                {"contact_id": person.id, "language": language, "title": person.titles[language]}
                for language in person.added_titles
            ]
        imports.update_contacts(session, updates, now)
        imports.insert_children(session, phones, emails, titles)
        recorder.record_many(
            session,
            RecordKind.CONTACT,
            [(p.id, 1, p.snapshot(), None) for p in self._new if p.id is not None],
            ChangeAction.IMPORTED,
        )
        recorder.record_many(
            session,
            RecordKind.CONTACT,
            [
                (p.id, p.version + 1, p.snapshot(), p.before())
                for p in self._people.values()
                if p.changed and p.id is not None
            ],
            ChangeAction.MERGED,
        )


def _same_number(e164: str, extension: str) -> Callable[[], Message]:
    return lambda: msg(
        "same number {number} and family name", number=format_phone(e164, extension or None)
    )


def _said(reason: Message) -> Callable[[], Message]:
    return lambda: reason


def _phone_rows(contact_id: int, first: int, phones: Sequence[Phone]) -> list[dict[str, Any]]:
    return [
        {"contact_id": contact_id, **phone_columns(first + offset, phone)}
        for offset, phone in enumerate(phones)
    ]


def _email_rows(contact_id: int, first: int, emails: Sequence[Email]) -> list[dict[str, Any]]:
    return [
        {"contact_id": contact_id, **email_columns(first + offset, email)}
        for offset, email in enumerate(emails)
    ]


def _fill_in(person: _Person, card: Prepared) -> bool:
    """Fill what the contact lacks; never blank out or overwrite what it has."""
    changed = False
    # A one-part name has no order yet: when the record completes it, its order comes too.
    completes_name = bool(card.given and not person.given) or bool(
        card.family and not person.family
    )
    if completes_name and card.record.family_first and not person.family_first:
        person.family_first = True
        changed = True
    for attribute, value in (
        ("given", card.given),
        ("family", card.family),
        ("honorific", card.honorific),
        ("notes", card.notes),
    ):
        if value and not getattr(person, attribute):
            setattr(person, attribute, value)
            changed = True
    if person.office_id is None and card.office_id is not None:
        person.office_id = card.office_id
        changed = True
    source = card.record
    if not person.languages and source.languages:
        person.languages = ",".join(language_codes(source.languages))
        changed = bool(person.languages) or changed
    if person.last_verified is None and source.last_verified is not None:
        person.last_verified = source.last_verified
        changed = True
    for language, title in card.titles.items():
        if language not in person.titles:
            person.titles[language] = title
            person.added_titles.append(language)
            changed = True
    known_phones = {phone.dial_key for phone in person.phones}
    # A broken copy of a number the contact already has (the area code lost) adds nothing.
    new_phones = [
        p
        for p in card.phones
        if p.dial_key not in known_phones and card.repaired_keys.get(p.raw) not in known_phones
    ]
    known_emails = {email.address.lower() for email in person.emails}
    new_emails = [e for e in card.emails if e.address.lower() not in known_emails]
    if new_phones or new_emails:
        person.phones += new_phones
        person.emails += new_emails
        changed = True
    return changed


def _name_probes(family: str, given: str) -> list[imports.KeyRange]:
    """Where in the list keys ("family given", folded) the people close to this name are.

    Whoever `_close_given` accepts has a given name that is the record's, or starts with it
    (a longer one; all of them close, so the first per family is enough), or is a shortened
    one of three letters or more (between its first three letters and it, in key order),
    or is its initial; a shortened name or an initial may end with a full stop or go on
    with more names.
    """
    base = f"{family} "
    whole = base + given
    if len(given) == 1:
        return [imports.KeyRange(whole, imports.key_after(whole), first_only=True)]
    if len(given) == 2:  # two letters are a name of their own: only the same is close
        probes = [
            imports.KeyRange(whole, None, first_only=True),
            *_followed(whole),
        ]
    else:
        probes = [
            imports.KeyRange(whole, imports.key_after(whole), first_only=True),
            imports.KeyRange(base + given[:3], whole),
        ]
        # "Jean." for "Jean-Paul": a full stop sorts after "-", so past the range above.
        probes += [
            _starting(base + given[:end] + ".") for end in range(3, len(given)) if given[end] < "."
        ]
    initial = base + given[0]
    return [*probes, imports.KeyRange(initial, None, first_only=True), *_followed(initial)]


def _starting(text: str) -> imports.KeyRange:
    return imports.KeyRange(text, imports.key_after(text))


def _followed(text: str) -> list[imports.KeyRange]:
    """Keys of the text followed by a full stop or another name."""
    return [_starting(text + "."), _starting(text + " ")]


def _close_given(mine: str, theirs: str) -> Message | None:
    """Why two given names (folded) at the same office and family are probably one person."""
    if mine == theirs:
        return _SAME_NAME
    short, long = sorted((mine, theirs), key=len)
    if not long.startswith(short):
        return None
    if len(short) == 1:
        return _SAME_INITIAL
    if len(short) >= _MIN_SHORT_GIVEN:
        return _SHORTENED_GIVEN
    return None


# Built once: a big import compares names many thousand times.
_SAME_NAME = msg("same name at the same office")
_SAME_INITIAL = msg("same family name and initial at the same office")
_SHORTENED_GIVEN = msg("same family name and a shortened given name at the same office")


_MIN_SHORT_GIVEN = 3  # "Kie" for "Kieran"; two letters ("Jo", "Al") are names of their own


# Outcomes


def _skipped(
    line: int, name: str, reason: Message, confidence: MatchConfidence = MatchConfidence.NONE
) -> ImportOutcome:
    return ImportOutcome(line, name, OutcomeKind.SKIPPED, None, confidence, reason)


def _problem_candidate(
    line: int, record: IncomingContact | None, problem: Message
) -> ImportCandidate:
    return ImportCandidate(
        line=line,
        record=record,
        contact=None,
        phone_suggestions={},
        remarks=(),
        match_id=None,
        match_confidence=MatchConfidence.NONE,
        match_reason=None,
        matched=None,
        problem=problem,
    )
