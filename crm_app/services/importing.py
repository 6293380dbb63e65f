"""The import engine every source shares: check, match, then fill in, create or skip.

A source is a small reader in the domain that yields `IncomingContact`s (vCard today;
release text and CSV next). `ImportEngine` works inside the caller's transaction:

1. It prepares each record with the checks typed input gets: names, titles and notes
   cleaned; phones parsed in the region of the matched office with its switchboard (else
   the record's `region_hint`), an invalid number kept and flagged, never dropped; e-mails
   recovered from the markup they were pasted with.
2. It matches the record to a stored contact: by UID, then e-mail, then E.164 + extension
   (a number, which colleagues may share, only with the same family name): these are
   `MatchConfidence.EXACT`. Failing those, a close name at the same office (same folded
   given and family name, or the same family name and an initial or shortened given name)
   is `MatchConfidence.PROBABLE`. Every match says why, as a `Message`.
3. It applies a `Decision` per record: `LINK` fills in the matched contact ("fill in, never
   blank out"), `CREATE` adds a new contact, `SKIP` writes nothing. The caller may decide
   per record (by its line); otherwise the source's `DecisionPolicy` decides from the
   confidence. The default policy merges exact matches and never merges a probable one
   silently: it creates a new contact and warns, naming the probable match.

`preview` matches without writing and returns plain `ImportCandidate`s for a window to show
side by side; `apply` writes and returns an `ImportOutcome` per record with its contact id,
so a caller can go on in the same transaction (link the contacts to a release, say).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from crm_app.domain.emails import check_email
from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import check_phone, format_phone, parse_phone
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    OfficeRef,
    Phone,
    full_name,
)
from crm_app.domain.text import clean_line, clean_text, language_code
from crm_app.services.common import Clock, transaction
from crm_app.services.contacts import MAX_EMAILS, MAX_PHONES, set_channels
from crm_app.services.mapping import contact_record
from crm_app.services.search_text import refresh_contact_search, set_search_fields
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.locks import lock_contact_identities
from crm_app.store.models import ContactRow, ContactTitleRow, OfficeRow
from crm_app.store.search import fold

# Rows are flushed and forgotten every so many records, so memory stays flat on a huge
# source while the whole import stays one transaction.
IMPORT_BATCH = 500

_T = TypeVar("_T")


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


class RecordProblem(Protocol):
    """A part of the source its reader could not turn into a record (`CardProblem`)."""

    @property
    def line(self) -> int: ...

    @property
    def reason(self) -> Message: ...


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

    One engine per import: it remembers offices, the UIDs seen so far (a UID reused for
    another person is refused) and the names at each office, across calls to `apply`.
    """

    def __init__(
        self,
        session: Session,
        clock: Clock,
        *,
        policy: DecisionPolicy | None = None,
        source: str = "import",
    ) -> None:
        """`source` names where unmatched organisations came from in the notes ("vCard")."""
        self._session = session
        self._clock = clock
        self._policy = policy or DecisionPolicy()
        self._source = source
        self._offices = _OfficeLookup(session)
        self._names = _NameIndex(session)
        self._seen = _SeenUids()

    def preview(self, records: Iterable[IncomingContact | RecordProblem]) -> list[ImportCandidate]:
        """Each record checked and matched against the store; nothing is written.

        Records are matched against what is stored only, not against each other.
        """
        candidates: list[ImportCandidate] = []
        seen = _SeenUids()
        for batch in batches(records):
            ready: list[tuple[_Prepared, tuple[Message, ...]]] = []
            slots: list[ImportCandidate | None] = []
            for item in batch:
                if not isinstance(item, IncomingContact):
                    slots.append(_problem_candidate(item.line, None, item.reason))
                    continue
                remarks: list[Message] = []
                try:
                    prepared = self._prepare(item, remarks)
                except CrmError as exc:
                    slots.append(_problem_candidate(item.line, item, _reason_of(exc)))
                    continue
                collision = _collision(seen, prepared)
                if collision is not None:
                    slots.append(_problem_candidate(item.line, item, collision))
                    continue
                ready.append((prepared, tuple(remarks)))
                slots.append(None)
            index = _MatchIndex.load(self._session, [prepared for prepared, _ in ready])
            waiting = iter(ready)
            for slot in slots:
                if slot is not None:
                    candidates.append(slot)
                    continue
                prepared, remarks_of = next(waiting)
                candidates.append(self._candidate(prepared, remarks_of, index))
        return candidates

    def _candidate(
        self, prepared: _Prepared, remarks: tuple[Message, ...], index: _MatchIndex
    ) -> ImportCandidate:
        match = index.match(prepared) or self._names.match(prepared)
        row = match.load(self._session) if match is not None else None
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
        """Creates, fills in or skips each record, then flushes; one outcome per record.

        `decisions` maps a record's line to what a person chose for it; any other record
        follows the policy. Matching is done again here, so a record also matches one
        written earlier in the same import. LINK with nothing to link to skips the record.
        For a large source, call this a batch (`IMPORT_BATCH`) at a time and `expunge_all`
        the session in between.
        """
        lock_contact_identities(self._session)  # first, before any read (see store/locks.py)
        decisions = decisions or {}
        warnings: list[Message] = []
        # In the records' order; a written row has its id only after the flush.
        slots: list[ImportOutcome | _Written] = []
        prepared: list[_Prepared] = []
        for item in records:
            if not isinstance(item, IncomingContact):
                slots.append(_skipped(item.line, "", item.reason))
                continue
            try:
                card = self._prepare(item, warnings)
            except CrmError as exc:
                slots.append(_skipped(item.line, _record_name(item), _reason_of(exc)))
                continue
            collision = _collision(self._seen, card)
            if collision is not None:
                slots.append(_skipped(item.line, _record_name(item), collision))
                continue
            prepared.append(card)
            slots.append(_Written(card))
        index = _MatchIndex.load(self._session, prepared)
        for position, slot in enumerate(slots):
            if isinstance(slot, _Written):
                slots[position] = self._decide(slot, index, decisions.get(slot.card.line))
        self._session.flush()
        self._names.settle()
        outcomes: list[ImportOutcome] = []
        for slot in slots:
            if isinstance(slot, ImportOutcome):
                outcomes.append(slot)
                continue
            card, row = slot.card, slot.row
            assert row is not None, "a written record has its row"
            stored = {phone.raw for phone in row.phones}
            for raw, flagged in card.flag_warnings.items():
                if raw not in stored:  # not added: the contact has this number already
                    warnings[:] = [warning for warning in warnings if warning is not flagged]
            outcomes.append(
                ImportOutcome(card.line, card.name, slot.kind, row.id, slot.confidence, slot.reason)
            )
            probable = slot.probable
            if probable is not None:
                if probable.known_id is None or not probable.name:
                    other = probable.load(self._session)
                    probable.contact_id, probable.name = other.id, _display_name(other)
                warnings.append(
                    msg(
                        "line {line}: {name}: created as a new contact; contact {id} ({other}) "
                        "may be the same person ({reason})",
                        line=card.line,
                        name=card.name,
                        id=probable.known_id,
                        other=probable.name,
                        reason=probable.reason,
                    )
                )
        return ImportResult(tuple(outcomes), tuple(warnings))

    def _decide(
        self, slot: _Written, index: _MatchIndex, decision: Decision | None
    ) -> ImportOutcome | _Written:
        """Matches one record and does what was decided, or what the policy says."""
        card = slot.card
        match = index.match(card) or self._names.match(card)
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
            existing = match.load(self._session)
            if existing.deleted_at is not None:
                # Filling in a contact nobody can see would hide the record's data.
                reason = msg(
                    "contact {id} ({name}) has this UID but is deleted; restore it first",
                    id=existing.id,
                    name=_display_name(existing),
                )
                return _skipped(card.line, card.name, reason, confidence)
            if self._fill_in(existing, card):
                existing.updated_at = self._clock.now()
                refresh_contact_search(existing)
                index.remember(existing, card)
                slot.kind = OutcomeKind.UPDATED
            else:
                slot.kind = OutcomeKind.UNCHANGED
            slot.row, slot.reason = existing, match.reason
            return slot
        # A UID already stored stays with its contact: a new one gets its own.
        row = self._create(card, new_uid=bool(match and match.by_uid))
        self._session.add(row)
        index.remember(row, card)
        self._names.remember(row, card)
        slot.kind, slot.row = OutcomeKind.CREATED, row
        if match is not None and not chosen:
            slot.probable = match  # the policy chose a new contact: say whom it may be
        return slot

    # Preparation

    def _prepare(self, record: IncomingContact, warnings: list[Message]) -> _Prepared:
        given = clean_line(record.given, "given")
        family = clean_line(record.family, "family")
        if not given and not family:
            raise ValidationError("name", msg("the card has no name (N or FN)"))
        office = self._offices.find(record.office) or self._offices.find(record.organisation)
        name = _record_name(record)
        for remark in record.remarks:
            warnings.append(
                msg("line {line}: {name}: {remark}", line=record.line, name=name, remark=remark)
            )
        suggestions: dict[str, str] = {}
        repaired: dict[str, tuple[str, str]] = {}
        flag_warnings: dict[str, Message] = {}
        prepared = _Prepared(
            record=record,
            name=name,
            uid=clean_line(record.uid, "uid", 255) if record.uid else "",
            given=given,
            family=family,
            honorific=clean_line(record.honorific, "honorific", 50),
            notes=clean_text(record.notes, "notes"),
            titles=_titles(record),
            office=office,
            phones=_phones(record, office, name, warnings, suggestions, repaired, flag_warnings),
            emails=_emails(record, name, warnings),
            unmatched_organisation=_unmatched_organisation(record, office),
            phone_suggestions=suggestions,
            repaired_keys=repaired,
            flag_warnings=flag_warnings,
        )
        # A contact has an office, not a street address: say what is left behind.
        for address in record.addresses:
            warnings.append(
                msg(
                    "line {line}: {name}: street address not kept: {address}",
                    line=record.line,
                    name=name,
                    address=address,
                )
            )
        return prepared

    # Writing

    def _create(self, card: _Prepared, *, new_uid: bool = False) -> ContactRow:
        now = self._clock.now()
        source = card.record
        row = ContactRow(
            uid=card.uid if card.uid and not new_uid else str(uuid.uuid4()),
            honorific=card.honorific,
            given=card.given,
            family=card.family,
            family_first=source.family_first,
            kind=(source.kind or ContactKind.MISSION_CONTACT).value,
            office_id=card.office_id,
            languages=",".join(_languages(source.languages)),
            notes=card.notes_to_create(self._source),
            active=True if source.active is None else source.active,
            last_verified=source.last_verified,
            created_at=now,
            updated_at=now,
            version=1,
        )
        row.titles = [
            ContactTitleRow(language=lang, title=title) for lang, title in card.titles.items()
        ]
        set_channels(row, card.phones, card.emails)
        set_search_fields(row, [email.address for email in card.emails], card.phones)
        return row

    def _fill_in(self, row: ContactRow, card: _Prepared) -> bool:
        """Fill what the stored contact lacks; never blank out or overwrite what it has."""
        changed = False
        # A one-part name has no order yet: when the record completes it, its order comes too.
        completes_name = bool(card.given and not row.given) or bool(card.family and not row.family)
        if completes_name and card.record.family_first and not row.family_first:
            row.family_first = True
            changed = True
        for attribute, value in (
            ("given", card.given),
            ("family", card.family),
            ("honorific", card.honorific),
            ("notes", card.notes),
        ):
            if value and not getattr(row, attribute):
                setattr(row, attribute, value)
                changed = True
        if row.office_id is None and card.office_id is not None:
            row.office = self._session.get(OfficeRow, card.office_id)
            changed = True
        source = card.record
        if not row.languages and source.languages:
            row.languages = ",".join(_languages(source.languages))
            changed = bool(row.languages) or changed
        if row.last_verified is None and source.last_verified is not None:
            row.last_verified = source.last_verified
            changed = True
        stored_titles = {title.language for title in row.titles}
        for language, title in card.titles.items():
            if language not in stored_titles:
                row.titles.append(ContactTitleRow(language=language, title=title))
                changed = True
        current = contact_record(row)
        known_phones = {phone.dial_key for phone in current.phones}
        # A broken copy of a number the contact already has (the area code lost) adds nothing.
        new_phones = [
            p
            for p in card.phones
            if p.dial_key not in known_phones and card.repaired_keys.get(p.raw) not in known_phones
        ]
        known_emails = {email.address.lower() for email in current.emails}
        new_emails = [e for e in card.emails if e.address.lower() not in known_emails]
        if new_phones or new_emails:
            set_channels(row, [*current.phones, *new_phones], [*current.emails, *new_emails])
            changed = True
        return changed


def preview(
    database: Database, records: Iterable[IncomingContact | RecordProblem]
) -> list[ImportCandidate]:
    """The records checked and matched in a transaction of their own that writes nothing."""
    with transaction(database, "import") as session:
        return ImportEngine(session, Clock()).preview(records)


def batches(items: Iterable[_T], size: int = IMPORT_BATCH) -> Iterator[list[_T]]:
    """`items` in lists of `size`, the last one shorter, read as they come."""
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# Prepared records


@dataclass(frozen=True, slots=True)
class _OfficeInfo:
    id: int
    country: str
    switchboard: str | None
    names: Mapping[str, str]  # language -> name


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A record whose text has passed the same checks as typed input."""

    record: IncomingContact
    name: str
    uid: str
    given: str
    family: str
    honorific: str
    notes: str
    titles: dict[str, str]
    office: _OfficeInfo | None
    phones: list[Phone]
    emails: list[Email]
    unmatched_organisation: str
    phone_suggestions: dict[str, str] = field(default_factory=dict)
    # Raw invalid number -> the dial key of what it probably meant.
    repaired_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Raw invalid number -> the warning that it was kept flagged, withdrawn when it was not.
    flag_warnings: dict[str, Message] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.record.line

    @property
    def office_id(self) -> int | None:
        return self.office.id if self.office is not None else None

    @property
    def numbers(self) -> list[tuple[str, str]]:
        return [(p.e164, p.extension or "") for p in self.phones if p.valid and p.e164 is not None]

    def notes_to_create(self, source: str) -> str:
        """The notes, with the organisation no stored office matched, so it is not lost."""
        if not self.unmatched_organisation:
            return self.notes
        line = f"Organisation (from {source}): {self.unmatched_organisation}"
        return f"{self.notes}\n{line}" if self.notes else line

    def as_contact(self) -> Contact:
        source = self.record
        office = self.office
        return Contact(
            id=0,
            uid=self.uid,
            given=self.given,
            family=self.family,
            honorific=self.honorific,
            titles=dict(self.titles),
            office=(
                OfficeRef(id=office.id, names=office.names, country=office.country)
                if office is not None
                else None
            ),
            kind=source.kind or ContactKind.MISSION_CONTACT,
            languages=tuple(_languages(source.languages)),
            phones=tuple(self.phones),
            emails=tuple(self.emails),
            notes=self.notes,
            active=True if source.active is None else source.active,
            last_verified=source.last_verified,
            family_first=source.family_first,
        )


def _phones(
    record: IncomingContact,
    office: _OfficeInfo | None,
    name: str,
    warnings: list[Message],
    suggestions: dict[str, str],
    repaired: dict[str, tuple[str, str]],
    flag_warnings: dict[str, Message],
) -> list[Phone]:
    if len(record.phones) > MAX_PHONES:
        raise ValidationError("phone", msg("at most {limit} numbers per contact", limit=MAX_PHONES))
    region = office.country if office is not None else record.region_hint
    switchboard = office.switchboard if office is not None else None
    phones: list[Phone] = []
    for kind, raw in record.phones:
        if not raw.strip():
            continue
        # A number that fails the checks is kept, flagged; one with nothing left to keep
        # (markup only) is reported, and the rest of the record still imports.
        try:
            phone = parse_phone(
                raw, region=region, switchboard=switchboard, kind=kind, allow_invalid=True
            )
        except ValidationError as exc:
            warnings.append(
                msg(
                    "line {line}: {name}: phone '{number}' not imported ({reason})",
                    line=record.line,
                    name=name,
                    number=raw,
                    reason=exc.reason,
                )
            )
            continue
        if not phone.valid:
            flagged = msg(
                "line {line}: {name}: phone '{number}' kept, flagged invalid",
                line=record.line,
                name=name,
                number=raw,
            )
            warnings.append(flagged)
            flag_warnings[phone.raw] = flagged
            check = check_phone(raw, region=region, switchboard=switchboard)
            if check.suggestion:
                suggestions[raw] = check.suggestion
            if check.suggestion_e164:
                repaired[phone.raw] = (check.suggestion_e164, check.extension or "")
        phones.append(phone)
    return phones


def _emails(record: IncomingContact, name: str, warnings: list[Message]) -> list[Email]:
    if len(record.emails) > MAX_EMAILS:
        raise ValidationError(
            "email", msg("at most {limit} addresses per contact", limit=MAX_EMAILS)
        )
    emails: list[Email] = []
    for kind, raw in record.emails:
        check = check_email(raw)
        if check.address is not None:
            emails.append(Email(kind=kind, address=check.address))
        elif check.suggestion is not None:
            # Pasted from a web page ("mailto:", tags, entities): the address in it is kept,
            # and the warning shows what was dropped around it.
            emails.append(Email(kind=kind, address=check.suggestion))
            warnings.append(
                msg(
                    "line {line}: {name}: e-mail '{address}' stored as {clean}",
                    line=record.line,
                    name=name,
                    address=raw,
                    clean=check.suggestion,
                )
            )
        else:
            warnings.append(
                msg(
                    "line {line}: {name}: e-mail '{address}' not imported ({reason})",
                    line=record.line,
                    name=name,
                    address=raw,
                    reason=check.reason or "",
                )
            )
    return emails


def _titles(record: IncomingContact) -> dict[str, str]:
    titles: dict[str, str] = {}
    for language, title in record.titles.items():
        try:
            code = language_code(language or "en", "title language")
        except ValidationError:
            code = "en"
        value = clean_line(title, "title", 300)
        if value and code not in titles:
            titles[code] = value
    return titles


def _languages(codes: Sequence[str]) -> list[str]:
    cleaned: list[str] = []
    for code in codes:
        try:
            value = language_code(code, "languages")
        except ValidationError:
            continue  # an odd language tag is not worth losing the whole record
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def _unmatched_organisation(record: IncomingContact, office: _OfficeInfo | None) -> str:
    if office is not None:
        return ""
    parts = [p for p in (record.organisation, record.office) if p and p.strip()]
    unique = list(dict.fromkeys(parts))
    return clean_line(" / ".join(unique), "organisation", 400) if unique else ""


class _OfficeLookup:
    """Offices by any of their names, read once per import (rows come and go per batch)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[str, _OfficeInfo | None] = {}

    def find(self, name: str) -> _OfficeInfo | None:
        key = name.strip()
        if not key:
            return None
        if key not in self._cache:
            matches = repositories.offices_named(self._session, key)
            self._cache[key] = (
                _OfficeInfo(
                    id=matches[0].id,
                    country=matches[0].country,
                    switchboard=matches[0].switchboard_e164,
                    names={n.language: n.name for n in matches[0].names},
                )
                if len(matches) == 1
                else None
            )
        return self._cache[key]


# Matching


@dataclass(slots=True)
class _Written:
    """A record to create or fill in, until the flush gives its row an id."""

    card: _Prepared
    row: ContactRow | None = None
    kind: OutcomeKind = OutcomeKind.CREATED
    confidence: MatchConfidence = MatchConfidence.NONE
    reason: Message | None = None  # the match it was linked by
    probable: _Match | None = None  # the match the policy did not merge into


@dataclass(slots=True)
class _Match:
    """A stored contact (a row, or its id once the row was forgotten) and why it matches."""

    confidence: MatchConfidence
    reason: Message
    row: ContactRow | None = None
    contact_id: int | None = None
    by_uid: bool = False
    name: str = ""  # the stored contact's, when known without its row

    @property
    def known_id(self) -> int | None:
        return self.row.id if self.row is not None else self.contact_id

    def load(self, session: Session) -> ContactRow:
        if self.row is None:
            row = session.get(ContactRow, self.contact_id)
            assert row is not None, "a contact matched in this transaction is still there"
            self.row = row
        return self.row


class _SeenUids:
    """The first record of the import with each UID, to tell a repeat from a collision."""

    def __init__(self) -> None:
        self._first: dict[str, _Prepared] = {}

    def claim(self, card: _Prepared) -> _Prepared | None:
        """None when the record may go on: a new UID, or the same person again (then merged);
        else the earlier record whose UID it carries for someone else."""
        if not card.uid:
            return None
        first = self._first.setdefault(card.uid, card)
        return None if first is card or _same_person(first, card) else first


def _collision(seen: _SeenUids, card: _Prepared) -> Message | None:
    first = seen.claim(card)
    if first is None:
        return None
    # Merging would give one person's data to another: the source is wrong.
    return msg(
        "same UID as the card at line {line} ({first}), but another person",
        line=first.line,
        first=first.name,
    )


def _same_person(one: _Prepared, other: _Prepared) -> bool:
    """Names that agree wherever both records have them, and agree on at least one part."""
    shared = 0
    for mine, theirs in ((one.given, other.given), (one.family, other.family)):
        if fold(mine) and fold(theirs):
            if fold(mine) != fold(theirs):
                return False
            shared += 1
    return shared > 0


@dataclass(slots=True)
class _MatchIndex:
    """Who a batch's records already are: by UID, then e-mail, then E.164 + extension."""

    by_uid: dict[str, ContactRow]
    by_email: dict[str, ContactRow]
    by_number: dict[tuple[str, str], list[ContactRow]]

    @classmethod
    def load(cls, session: Session, cards: Sequence[_Prepared]) -> _MatchIndex:
        uids = [card.uid for card in cards if card.uid]
        keys = [email.address.lower() for card in cards for email in card.emails]
        numbers = [number for card in cards for number in card.numbers]
        by_uid = {row.uid: row for row in repositories.contacts_by_uid(session, uids)}
        by_email: dict[str, ContactRow] = {}
        for row in repositories.contacts_with_email(session, keys):
            for email in row.emails:
                by_email.setdefault(email.address_key, row)
        by_number: dict[tuple[str, str], list[ContactRow]] = {}
        for row in repositories.contacts_with_phone(session, [(e, x or None) for e, x in numbers]):
            for phone in row.phones:
                if phone.e164 is not None:
                    holders = by_number.setdefault((phone.e164, phone.extension or ""), [])
                    if row not in holders:
                        holders.append(row)
        return cls(by_uid, by_email, by_number)

    def match(self, card: _Prepared) -> _Match | None:
        if card.uid and card.uid in self.by_uid:
            return _Match(
                MatchConfidence.EXACT,
                msg("same UID {uid}", uid=card.uid),
                self.by_uid[card.uid],
                by_uid=True,
            )
        for email in card.emails:
            row = self.by_email.get(email.address.lower())
            if row is not None:
                return _Match(
                    MatchConfidence.EXACT, msg("same e-mail {address}", address=email.address), row
                )
        for e164, extension in card.numbers:
            # Colleagues share switchboards: a number alone is the same person only when
            # the family name agrees too.
            for row in self.by_number.get((e164, extension), ()):
                if fold(row.family) == fold(card.family):
                    return _Match(
                        MatchConfidence.EXACT,
                        msg(
                            "same number {number} and family name",
                            number=format_phone(e164, extension or None),
                        ),
                        row,
                    )
        return None

    def remember(self, row: ContactRow, card: _Prepared) -> None:
        """A later record in the same batch that names this person matches it."""
        if card.uid:
            self.by_uid.setdefault(card.uid, row)
        for email in card.emails:
            self.by_email.setdefault(email.address.lower(), row)
        for number in card.numbers:
            holders = self.by_number.setdefault(number, [])
            if row not in holders:
                holders.append(row)


@dataclass(slots=True)
class _Named:
    given: str  # folded, without a final full stop
    name: str  # as a person reads it
    contact_id: int | None
    row: ContactRow | None  # until the flush gives it an id


class _NameIndex:
    """Live contacts by office and folded family name, read once per office per import.

    Only ids and names are kept: a few strings a contact, never rows between batches.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._offices: dict[int, dict[str, list[_Named]]] = {}
        # Created in this batch at an office not read yet: the store has them after the flush.
        self._waiting: dict[int, list[tuple[str, _Named]]] = {}
        self._pending: list[_Named] = []

    def _office(self, office_id: int) -> dict[str, list[_Named]]:
        table = self._offices.get(office_id)
        if table is None:
            table = {}
            # Reading must not flush the batch early: its new rows come from `_waiting`.
            with self._session.no_autoflush:
                names = repositories.contact_names_at_office(self._session, office_id)
            for contact_id, given, family, family_first in names:
                name = full_name(given, family, family_first)
                table.setdefault(fold(family), []).append(
                    _Named(_given_key(given), name, contact_id, None)
                )
            for family, named in self._waiting.pop(office_id, ()):
                table.setdefault(family, []).append(named)
            self._offices[office_id] = table
        return table

    def match(self, card: _Prepared) -> _Match | None:
        family = fold(card.family)
        given = _given_key(card.given)
        if card.office_id is None or not family or not given:
            return None
        for named in self._office(card.office_id).get(family, ()):
            reason = _close_given(given, named.given)
            if reason is not None:
                return _Match(
                    MatchConfidence.PROBABLE, reason, named.row, named.contact_id, name=named.name
                )
        return None

    def remember(self, row: ContactRow, card: _Prepared) -> None:
        """A contact created now, found by the later records of the import."""
        if card.office_id is None:
            return
        family = fold(card.family)
        named = _Named(_given_key(card.given), card.name, None, row)
        self._pending.append(named)
        table = self._offices.get(card.office_id)
        if table is not None:
            table.setdefault(family, []).append(named)
        else:
            self._waiting.setdefault(card.office_id, []).append((family, named))

    def settle(self) -> None:
        """After the flush: keep the new contacts' ids, let their rows go."""
        for named in self._pending:
            if named.row is not None:
                named.contact_id = named.row.id
                named.row = None
        self._pending.clear()
        self._waiting.clear()  # flushed: an office read from now on finds them stored


def _given_key(given: str) -> str:
    return fold(given).rstrip(".").strip()


def _close_given(mine: str, theirs: str) -> Message | None:
    """Why two given names (folded) at the same office and family are probably one person."""
    if mine == theirs:
        return msg("same name at the same office")
    short, long = sorted((mine, theirs), key=len)
    if not long.startswith(short):
        return None
    if len(short) == 1:
        return msg("same family name and initial at the same office")
    if len(short) >= _MIN_SHORT_GIVEN:
        return msg("same family name and a shortened given name at the same office")
    return None


_MIN_SHORT_GIVEN = 3  # "Kie" for "Kieran"; two letters ("Jo", "Al") are names of their own


# Outcomes


def _record_name(record: IncomingContact) -> str:
    return full_name(record.given, record.family, record.family_first) or "(no name)"


def _display_name(row: ContactRow) -> str:
    return full_name(row.given, row.family, row.family_first)


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


def _reason_of(error: CrmError) -> Message:
    """The skip reason: a field's error names the field ("name: the card has no name")."""
    if isinstance(error, ValidationError):
        return msg("{field}: {reason}", field=error.field, reason=error.reason)
    return error.message
