"""An import's records checked as typed input is, before any matching: no database needed.

Checking a record needs only the offices, read once per import (`OfficeDirectory`), so it
can run in another process than the matching and writing (`services/read_ahead.py`), which
is why nothing here may import SQL (an import-linter contract holds it to that).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, TypeVar

from crm_app.domain.emails import check_email
from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import check_phone, parse_phone
from crm_app.domain.records import (
    MAX_EMAILS,
    MAX_PHONES,
    Contact,
    ContactKind,
    Email,
    OfficeRef,
    Phone,
    full_name,
)
from crm_app.domain.text import clean_line, clean_text, fold, language_code

_T = TypeVar("_T")


# Records are matched and written this many at a time: a few statements per chunk, and
# nothing of a chunk is kept after it, so memory stays flat on a huge source while the
# whole import stays one transaction.
IMPORT_BATCH = 500


class RecordProblem(Protocol):
    """A part of the source its reader could not turn into a record (`CardProblem`)."""

    @property
    def line(self) -> int: ...

    @property
    def reason(self) -> Message: ...


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    id: int
    country: str
    switchboard: str | None
    names: dict[str, str]  # language -> name


@dataclass(frozen=True, slots=True)
class Prepared:
    """A record whose text has passed the same checks as typed input."""

    record: IncomingContact
    name: str
    uid: str
    given: str
    family: str
    honorific: str
    notes: str
    titles: dict[str, str]
    office: OfficeInfo | None
    phones: list[Phone]
    emails: list[Email]
    unmatched_organisation: str
    family_key: str  # folded: what matching compares
    given_key: str  # folded, without a final full stop
    numbers: list[tuple[str, str]]  # (E.164, extension or "") of the valid phones
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
            languages=tuple(language_codes(source.languages)),
            phones=tuple(self.phones),
            emails=tuple(self.emails),
            notes=self.notes,
            active=True if source.active is None else source.active,
            last_verified=source.last_verified,
            family_first=source.family_first,
        )


@dataclass(frozen=True, slots=True)
class CheckedRecord:
    """A record after the checks typed input gets: ready to match, or why it cannot be.

    Checking needs no database, only the offices (`OfficeDirectory`), so it may run in
    another process than the matching and writing (see `services/read_ahead.py`).
    """

    line: int
    name: str
    record: IncomingContact | None  # None: the source could not read this record
    prepared: Prepared | None  # None: left out, for `problem`
    problem: Message | None
    warnings: tuple[Message, ...]


def check_record(
    item: IncomingContact | RecordProblem,
    offices: OfficeDirectory,
    where: RecordPlace = RecordPlace.LINE,
) -> CheckedRecord:
    """One record checked: names, titles and notes cleaned, phones and e-mails checked."""
    if not isinstance(item, IncomingContact):
        return CheckedRecord(item.line, "", None, None, item.reason, ())
    warnings: list[Message] = []
    try:
        prepared = _prepare(item, offices, warnings, where)
    except CrmError as exc:
        return CheckedRecord(
            item.line, record_name(item), item, None, reason_of(exc), tuple(warnings)
        )
    return CheckedRecord(item.line, prepared.name, item, prepared, None, tuple(warnings))


def _prepare(
    record: IncomingContact, offices: OfficeDirectory, warnings: list[Message], where: RecordPlace
) -> Prepared:
    given = clean_line(record.given, "given")
    family = clean_line(record.family, "family")
    if not given and not family:
        if where is RecordPlace.ROW:
            raise ValidationError("name", msg("the row has no given or family name"))
        raise ValidationError("name", msg("the card has no name (N or FN)"))
    office = offices.find(record.office) or offices.find(record.organisation)
    name = record_name(record)
    place = where.of(record.line)
    for remark in record.remarks:
        warnings.append(msg("{place}: {name}: {remark}", place=place, name=name, remark=remark))
    suggestions: dict[str, str] = {}
    repaired: dict[str, tuple[str, str]] = {}
    flag_warnings: dict[str, Message] = {}
    # In this order: a field that fails stops the record before the next one's warnings.
    uid = clean_line(record.uid, "uid", 255) if record.uid else ""
    honorific = clean_line(record.honorific, "honorific", 50)
    notes = clean_text(record.notes, "notes")
    titles = _titles(record)
    phones = _phones(record, office, name, place, warnings, suggestions, repaired, flag_warnings)
    prepared = Prepared(
        record=record,
        name=name,
        uid=uid,
        given=given,
        family=family,
        honorific=honorific,
        notes=notes,
        titles=titles,
        office=office,
        phones=phones,
        emails=_emails(record, name, place, warnings),
        unmatched_organisation=_unmatched_organisation(record, office),
        family_key=folded(family),
        given_key=given_key(given),
        numbers=[(p.e164, p.extension or "") for p in phones if p.valid and p.e164 is not None],
        phone_suggestions=suggestions,
        repaired_keys=repaired,
        flag_warnings=flag_warnings,
    )
    # A contact has an office, not a street address: say what is left behind.
    for address in record.addresses:
        warnings.append(
            msg(
                "{place}: {name}: street address not kept: {address}",
                place=place,
                name=name,
                address=address,
            )
        )
    return prepared


def _phones(
    record: IncomingContact,
    office: OfficeInfo | None,
    name: str,
    place: Message,
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
                    "{place}: {name}: phone '{number}' not imported ({reason})",
                    place=place,
                    name=name,
                    number=raw,
                    reason=exc.reason,
                )
            )
            continue
        if not phone.valid:
            flagged = msg(
                "{place}: {name}: phone '{number}' kept, flagged invalid",
                place=place,
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


def _emails(
    record: IncomingContact, name: str, place: Message, warnings: list[Message]
) -> list[Email]:
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
                    "{place}: {name}: e-mail '{address}' stored as {clean}",
                    place=place,
                    name=name,
                    address=raw,
                    clean=check.suggestion,
                )
            )
        else:
            warnings.append(
                msg(
                    "{place}: {name}: e-mail '{address}' not imported ({reason})",
                    place=place,
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


def language_codes(codes: Sequence[str]) -> list[str]:
    cleaned: list[str] = []
    for code in codes:
        try:
            value = language_code(code, "languages")
        except ValidationError:
            continue  # an odd language tag is not worth losing the whole record
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def _unmatched_organisation(record: IncomingContact, office: OfficeInfo | None) -> str:
    if office is not None:
        return ""
    parts = [p for p in (record.organisation, record.office) if p and p.strip()]
    unique = list(dict.fromkeys(parts))
    return clean_line(" / ".join(unique), "organisation", 400) if unique else ""


@dataclass(frozen=True, slots=True)
class OfficeDirectory:
    """Offices by any of their names (folded: any case and accents), as an import reads
    them once. Plain data, so that another process can check records against it."""

    by_key: Mapping[str, Sequence[OfficeInfo]]

    def find(self, name: str) -> OfficeInfo | None:
        """The one live office with this name; None for no office, or several."""
        key = name.strip()
        if not key:
            return None
        found = self.by_key.get(folded(key)[:200], ())
        return found[0] if len(found) == 1 else None


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


def given_key(given: str) -> str:
    return folded(given).rstrip(".").strip()


# Names repeat (a family name across a chunk, an office's names on every card): folding
# each once is worth a bounded cache.
folded = lru_cache(maxsize=8192)(fold)


def record_name(record: IncomingContact) -> str:
    return full_name(record.given, record.family, record.family_first) or "(no name)"


def reason_of(error: CrmError) -> Message:
    """The skip reason: a field's error names the field ("name: the card has no name")."""
    if isinstance(error, ValidationError):
        return msg("{field}: {reason}", field=error.field, reason=error.reason)
    return error.message
