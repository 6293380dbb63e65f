"""vCard export and import: streaming, one transaction, merge instead of duplicate."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from crm_app.domain.emails import check_email
from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import parse_phone
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import (
    DEFAULT_LANGUAGE,
    Contact,
    ContactKind,
    Email,
    Phone,
    full_name,
)
from crm_app.domain.text import clean_line, clean_text, language_code
from crm_app.domain.vcard import (
    CardProblem,
    ReadReport,
    VCardProfile,
    VCardVersion,
    read_cards,
    write_cards,
)
from crm_app.services.common import Clock, transaction
from crm_app.services.contacts import MAX_EMAILS, MAX_PHONES, set_channels
from crm_app.services.mapping import contact_record
from crm_app.services.search_text import refresh_contact_search, set_search_fields
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import ContactRow, ContactTitleRow, OfficeRow, ReleaseRow
from crm_app.store.search import fold

EXPORT_PAGE = 1_000
# Flushing and forgetting rows every so often keeps memory flat on a huge file while the
# whole import still stays one transaction.
IMPORT_BATCH = 500
OPTIMIZE_AFTER = 1_000

Progress = Callable[[int, int], None]  # (done, total); total 0 when unknown
IsCancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class CardOutcome:
    line: int
    name: str
    contact_id: int | None  # None in a dry run for a contact that would be created


@dataclass(frozen=True, slots=True)
class SkippedCard:
    line: int
    reason: Message


@dataclass(slots=True)
class ImportReport:
    created: list[CardOutcome] = field(default_factory=list)
    updated: list[CardOutcome] = field(default_factory=list)
    unchanged: list[CardOutcome] = field(default_factory=list)
    skipped: list[SkippedCard] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.cancelled


class ImportCancelledError(Exception):
    """Raised inside the import transaction so that it rolls back whole."""


class _DryRunRollbackError(Exception):
    """A dry run does all the work, then rolls back."""


def _card_name(card: IncomingContact) -> str:
    return full_name(card.given, card.family, card.family_first) or "(no name)"


class VCardService:
    def __init__(self, database: Database, clock: Clock, organisation: str = "") -> None:
        self._database = database
        self._clock = clock
        self._organisation = organisation

    # Export

    def _contacts(
        self, contact_ids: Sequence[int] | None, release_id: int | None
    ) -> Generator[Contact, None, None]:
        """Contacts to export, read a page at a time so memory stays flat."""
        with transaction(self._database, "contact") as session:
            if release_id is not None:
                release = session.get(ReleaseRow, release_id)
                if release is None or release.deleted_at is not None:
                    raise ValidationError("release", msg("no release with id {id}", id=release_id))
                ids = [link.contact_id for link in release.contact_links]
            elif contact_ids is not None:
                ids = list(contact_ids)
            else:
                ids = repositories.contact_ids(session, ContactQuery(archive=Archive.ALL_LIVE))
            for start in range(0, len(ids), EXPORT_PAGE):
                chunk = ids[start : start + EXPORT_PAGE]
                rows = repositories.load_contacts(session, chunk)
                found = {row.id for row in rows if row.deleted_at is None}
                missing = [i for i in chunk if i not in found]
                if missing and release_id is None:
                    raise ValidationError("contact", msg("no contact with id {id}", id=missing[0]))
                for row in rows:
                    if row.deleted_at is None:
                        yield contact_record(row)
                session.expunge_all()

    def count_for_export(
        self, contact_ids: Sequence[int] | None = None, release_id: int | None = None
    ) -> int:
        if contact_ids is not None:
            return len(contact_ids)
        with transaction(self._database, "contact") as session:
            if release_id is not None:
                release = session.get(ReleaseRow, release_id)
                return len(release.contact_links) if release is not None else 0
            return repositories.count_contacts(session, ContactQuery(archive=Archive.ALL_LIVE))

    def export(
        self,
        out: BinaryIO,
        *,
        contact_ids: Sequence[int] | None = None,
        release_id: int | None = None,
        version: VCardVersion = VCardVersion.V3,
        profile: VCardProfile = VCardProfile.STANDARD,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> int:
        """`language` names the offices and countries in the cards (English by default)."""
        language = language_code(language)
        total = self.count_for_export(contact_ids, release_id) if progress else 0
        contacts = self._contacts(contact_ids, release_id)
        # Closing the generator ends its session even when a cancel stops the writer early.
        with closing(contacts):
            return write_cards(
                contacts,
                out,
                version=version,
                profile=profile,
                organisation=self._organisation,
                progress=(lambda done: progress(done, total)) if progress else None,
                is_cancelled=is_cancelled,
                language=language,
            )

    def export_to_file(
        self,
        path: Path,
        *,
        contact_ids: Sequence[int] | None = None,
        release_id: int | None = None,
        version: VCardVersion = VCardVersion.V3,
        profile: VCardProfile = VCardProfile.STANDARD,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> int | None:
        """Writes beside the target and renames at the end: a cancelled or failed export
        leaves any existing file untouched. Returns None when cancelled."""
        folder = path.parent
        try:
            _check_target(path)
        except OSError as exc:  # a name too long, a loop of links: the system says why
            raise ValidationError(
                "output",
                msg(
                    "cannot write {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
                ),
            ) from exc
        try:
            handle, temporary = tempfile.mkstemp(prefix=".vcard-", suffix=".part", dir=folder)
        except OSError as exc:
            raise ValidationError(
                "output",
                msg(
                    "cannot write in {folder}: {detail}",
                    folder=str(folder),
                    detail=exc.strerror or str(exc),
                ),
            ) from exc
        try:
            with os.fdopen(handle, "wb") as out:
                written = self.export(
                    out,
                    contact_ids=contact_ids,
                    release_id=release_id,
                    version=version,
                    profile=profile,
                    progress=progress,
                    is_cancelled=is_cancelled,
                    language=language,
                )
            if is_cancelled is not None and is_cancelled():
                os.unlink(temporary)
                return None
            # mkstemp makes the file private; an export is an ordinary file for the user.
            os.chmod(temporary, _ordinary_file_mode(path))
            os.replace(temporary, path)
            return written
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise

    # Import

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> ImportReport:
        try:
            total = path.stat().st_size
            stream = path.open("rb")
        except OSError as exc:
            raise ValidationError(
                "file",
                msg(
                    "cannot read {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
                ),
            ) from exc
        with stream:
            return self.import_stream(
                stream, total=total, dry_run=dry_run, progress=progress, is_cancelled=is_cancelled
            )

    def import_stream(
        self,
        stream: BinaryIO,
        *,
        total: int = 0,
        dry_run: bool = False,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> ImportReport:
        report = ImportReport(dry_run=dry_run)
        read_report = ReadReport(warnings=[])
        cards = read_cards(
            stream,
            progress=(lambda done: progress(done, total)) if progress else None,
            report=read_report,
        )
        seen = _SeenUids()
        try:
            # The common transaction: a lock held by another program (the window saving)
            # is the same clear "busy, nothing saved" as anywhere else.
            with transaction(self._database, "vCard import") as session:
                offices = _OfficeLookup(session)
                for batch in _batches(cards, IMPORT_BATCH):
                    if is_cancelled is not None and is_cancelled():
                        raise ImportCancelledError
                    self._import_batch(session, batch, offices, report, dry_run, seen)
                if dry_run:
                    raise _DryRunRollbackError
        except ImportCancelledError:
            report.cancelled = True
            report.created.clear()
            report.updated.clear()
            report.unchanged.clear()
        except _DryRunRollbackError:
            pass
        if report.written and len(report.created) >= OPTIMIZE_AFTER:
            self._database.optimize()  # a big import changes what the planner should pick
        report.warnings.extend(read_report.warnings)
        return report

    def _import_batch(
        self,
        session: Session,
        batch: Sequence[IncomingContact | CardProblem],
        offices: _OfficeLookup,
        report: ImportReport,
        dry_run: bool,
        seen: _SeenUids,
    ) -> None:
        """Checks every card, matches the whole batch in three queries, writes in one flush."""
        prepared: list[_PreparedCard] = []
        for item in batch:
            if isinstance(item, CardProblem):
                report.skipped.append(SkippedCard(item.line, item.reason))
                continue
            try:
                card = self._prepare(item, offices, report)
            except CrmError as exc:
                report.skipped.append(SkippedCard(item.line, _reason_of(exc)))
                continue
            first = seen.claim(card)
            if first is not None:
                # Merging would give one person's data to another: the file is wrong.
                report.skipped.append(
                    SkippedCard(
                        item.line,
                        msg(
                            "same UID as the card at line {line} ({first}), but another person",
                            line=first.card.line,
                            first=_card_name(first.card),
                        ),
                    )
                )
                continue
            prepared.append(card)
        index = _MatchIndex.load(session, prepared)
        created: list[tuple[_PreparedCard, ContactRow]] = []
        for card in prepared:
            existing = index.match(card)
            name = _card_name(card.card)
            if existing is not None and existing.deleted_at is not None:
                # Filling in a contact nobody can see would hide the card's data.
                report.skipped.append(
                    SkippedCard(
                        card.card.line,
                        msg(
                            "contact {id} ({name}) has this UID but is deleted; restore it first",
                            id=existing.id,
                            name=_display_name(existing),
                        ),
                    )
                )
                continue
            if existing is None:
                row = self._create(card)
                session.add(row)
                index.remember(row, card)
                created.append((card, row))
            elif self._fill_in(session, existing, card):
                existing.updated_at = self._clock.now()
                refresh_contact_search(existing)
                index.remember(existing, card)
                report.updated.append(CardOutcome(card.card.line, name, existing.id))
            else:
                report.unchanged.append(CardOutcome(card.card.line, name, existing.id))
        session.flush()
        for card, row in created:
            outcome_id = None if dry_run else row.id
            report.created.append(CardOutcome(card.card.line, _card_name(card.card), outcome_id))
        # Rows already written stay in the transaction; forgetting them keeps memory flat.
        session.expunge_all()

    def _prepare(
        self, card: IncomingContact, offices: _OfficeLookup, report: ImportReport
    ) -> _PreparedCard:
        given = clean_line(card.given, "given")
        family = clean_line(card.family, "family")
        if not given and not family:
            raise ValidationError("name", msg("the card has no name (N or FN)"))
        office = offices.find(card.office) or offices.find(card.organisation)
        prepared = _PreparedCard(
            card=card,
            uid=clean_line(card.uid, "uid", 255) if card.uid else "",
            given=given,
            family=family,
            honorific=clean_line(card.honorific, "honorific", 50),
            notes=clean_text(card.notes, "notes"),
            titles=_titles(card),
            office=office,
            phones=self._phones(card, office, report),
            emails=self._emails(card, report),
            unmatched_organisation=_unmatched_organisation(card, office),
        )
        # A contact has an office, not a street address: say what is left behind.
        for address in card.addresses:
            report.warnings.append(
                msg(
                    "line {line}: {name}: street address not kept: {address}",
                    line=card.line,
                    name=_card_name(card),
                    address=address,
                )
            )
        return prepared

    def _phones(
        self, card: IncomingContact, office: _OfficeInfo | None, report: ImportReport
    ) -> list[Phone]:
        phones: list[Phone] = []
        if len(card.phones) > MAX_PHONES:
            raise ValidationError(
                "phone", msg("at most {limit} numbers per contact", limit=MAX_PHONES)
            )
        for kind, raw in card.phones:
            if not raw.strip():
                continue
            # A number that fails the checks is kept, flagged; one with nothing left to keep
            # (markup only) is reported, and the rest of the card still imports.
            try:
                phone = parse_phone(
                    raw,
                    region=office.country if office is not None else None,
                    switchboard=office.switchboard if office is not None else None,
                    kind=kind,
                    allow_invalid=True,
                )
            except ValidationError as exc:
                report.warnings.append(
                    msg(
                        "line {line}: {name}: phone '{number}' not imported ({reason})",
                        line=card.line,
                        name=_card_name(card),
                        number=raw,
                        reason=exc.reason,
                    )
                )
                continue
            if not phone.valid:
                report.warnings.append(
                    msg(
                        "line {line}: {name}: phone '{number}' kept, flagged invalid",
                        line=card.line,
                        name=_card_name(card),
                        number=raw,
                    )
                )
            phones.append(phone)
        return phones

    def _emails(self, card: IncomingContact, report: ImportReport) -> list[Email]:
        if len(card.emails) > MAX_EMAILS:
            raise ValidationError(
                "email", msg("at most {limit} addresses per contact", limit=MAX_EMAILS)
            )
        emails: list[Email] = []
        for kind, raw in card.emails:
            check = check_email(raw)
            if check.address is not None:
                emails.append(Email(kind=kind, address=check.address))
            elif check.suggestion is not None:
                # Pasted from a web page into the address book ("mailto:", tags): the address
                # in it is kept, and the warning shows what was dropped around it.
                emails.append(Email(kind=kind, address=check.suggestion))
                report.warnings.append(
                    msg(
                        "line {line}: {name}: e-mail '{address}' stored as {clean}",
                        line=card.line,
                        name=_card_name(card),
                        address=raw,
                        clean=check.suggestion,
                    )
                )
            else:
                report.warnings.append(
                    msg(
                        "line {line}: {name}: e-mail '{address}' not imported ({reason})",
                        line=card.line,
                        name=_card_name(card),
                        address=raw,
                        reason=check.reason or "",
                    )
                )
        return emails

    def _create(self, card: _PreparedCard) -> ContactRow:
        now = self._clock.now()
        notes = card.notes
        if card.unmatched_organisation:
            notes = (notes + "\n" if notes else "") + (
                f"Organisation (from vCard): {card.unmatched_organisation}"
            )
        source = card.card
        row = ContactRow(
            uid=card.uid or _new_uid(),
            honorific=card.honorific,
            given=card.given,
            family=card.family,
            family_first=source.family_first,
            kind=(source.kind or ContactKind.MISSION_CONTACT).value,
            office_id=card.office_id,
            languages=",".join(_languages(source.languages)),
            notes=notes,
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
        set_search_fields(
            row,
            card.office.names if card.office is not None else (),
            [email.address for email in card.emails],
            card.phones,
        )
        return row

    def _fill_in(self, session: Session, row: ContactRow, card: _PreparedCard) -> bool:
        """Fill what the stored contact lacks; never blank out or overwrite what it has."""
        changed = False
        # A one-part name has no order yet: when the card completes it, its order comes along.
        completes_name = bool(card.given and not row.given) or bool(card.family and not row.family)
        if completes_name and card.card.family_first and not row.family_first:
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
            row.office = session.get(OfficeRow, card.office_id)
            changed = True
        source = card.card
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
        new_phones = [p for p in card.phones if p.dial_key not in known_phones]
        known_emails = {email.address.lower() for email in current.emails}
        new_emails = [e for e in card.emails if e.address.lower() not in known_emails]
        if new_phones or new_emails:
            set_channels(row, [*current.phones, *new_phones], [*current.emails, *new_emails])
            changed = True
        return changed


@dataclass(frozen=True, slots=True)
class _PreparedCard:
    """A card whose text has passed the same checks as typed input."""

    card: IncomingContact
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

    @property
    def office_id(self) -> int | None:
        return self.office.id if self.office is not None else None

    @property
    def email_keys(self) -> list[str]:
        return [email.address.lower() for email in self.emails]

    @property
    def numbers(self) -> list[tuple[str, str]]:
        return [(p.e164, p.extension or "") for p in self.phones if p.valid and p.e164 is not None]


class _SeenUids:
    """The first card of the import with each UID, to tell a repeat from a collision."""

    def __init__(self) -> None:
        self._first: dict[str, _PreparedCard] = {}

    def claim(self, card: _PreparedCard) -> _PreparedCard | None:
        """None when the card may go on: a new UID, or the same person again (then merged);
        else the earlier card whose UID it carries for someone else."""
        if not card.uid:
            return None
        first = self._first.setdefault(card.uid, card)
        return None if first is card or _same_person(first, card) else first


def _same_person(one: _PreparedCard, other: _PreparedCard) -> bool:
    """Names that agree wherever both cards have them, and agree on at least one part."""
    shared = 0
    for mine, theirs in ((one.given, other.given), (one.family, other.family)):
        if fold(mine) and fold(theirs):
            if fold(mine) != fold(theirs):
                return False
            shared += 1
    return shared > 0


@dataclass(slots=True)
class _MatchIndex:
    """Who a batch's cards already are: by UID, then e-mail, then E.164 + extension."""

    by_uid: dict[str, ContactRow]
    by_email: dict[str, ContactRow]
    by_number: dict[tuple[str, str], list[ContactRow]]

    @classmethod
    def load(cls, session: Session, cards: Sequence[_PreparedCard]) -> _MatchIndex:
        uids = [card.uid for card in cards if card.uid]
        keys = [key for card in cards for key in card.email_keys]
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

    def match(self, card: _PreparedCard) -> ContactRow | None:
        if card.uid and card.uid in self.by_uid:
            return self.by_uid[card.uid]
        for key in card.email_keys:
            if key in self.by_email:
                return self.by_email[key]
        for number in card.numbers:
            # Colleagues share switchboards: a number alone is the same person only when
            # the name agrees too.
            for row in self.by_number.get(number, ()):
                if fold(row.family) == fold(card.family):
                    return row
        return None

    def remember(self, row: ContactRow, card: _PreparedCard) -> None:
        """A later card in the same batch that names this person merges into it."""
        if card.uid:
            self.by_uid.setdefault(card.uid, row)
        for key in card.email_keys:
            self.by_email.setdefault(key, row)
        for number in card.numbers:
            holders = self.by_number.setdefault(number, [])
            if row not in holders:
                holders.append(row)


def _batches(
    items: Iterator[IncomingContact | CardProblem], size: int
) -> Iterator[list[IncomingContact | CardProblem]]:
    batch: list[IncomingContact | CardProblem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reason_of(error: CrmError) -> Message:
    """The skip reason: a field's error names the field ("name: the card has no name")."""
    if isinstance(error, ValidationError):
        return msg("{field}: {reason}", field=error.field, reason=error.reason)
    return error.message


def _check_target(path: Path) -> None:
    """A file the export may write: in a folder that exists, and replaceable if it exists."""
    folder = path.parent
    if path.is_dir():
        raise ValidationError("output", msg("{path} is a folder; name a file", path=str(path)))
    if folder.exists() and not folder.is_dir():
        raise ValidationError("output", msg("{path} is not a folder", path=str(folder)))
    if not folder.is_dir():
        raise ValidationError(
            "output", msg("the folder {folder} does not exist", folder=str(folder))
        )
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    # The export replaces the target by renaming over it, which no permission stops.
    if not stat.S_ISREG(mode):
        # A device or a pipe (/dev/null, a terminal) would be replaced by a plain file.
        raise ValidationError("output", msg("{path} is not a regular file", path=str(path)))
    # The write bits, not os.access: an administrator can write anything, yet a file someone
    # marked read-only is meant to stay as it is.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise ValidationError("output", msg("{path} is read-only", path=str(path)))


def _ordinary_file_mode(path: Path) -> int:
    """The mode a replaced file had, else what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _display_name(row: ContactRow) -> str:
    return full_name(row.given, row.family, row.family_first)


def _new_uid() -> str:
    import uuid

    return str(uuid.uuid4())


def _languages(codes: Sequence[str]) -> list[str]:
    cleaned: list[str] = []
    for code in codes:
        try:
            value = language_code(code, "languages")
        except ValidationError:
            continue  # an odd LANG value is not worth losing the whole card
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def _titles(card: IncomingContact) -> dict[str, str]:
    titles: dict[str, str] = {}
    for language, title in card.titles.items():
        try:
            code = language_code(language or "en", "title language")
        except ValidationError:
            code = "en"
        value = clean_line(title, "title", 300)
        if value and code not in titles:
            titles[code] = value
    return titles


def _unmatched_organisation(card: IncomingContact, office: _OfficeInfo | None) -> str:
    if office is not None:
        return ""
    parts = [p for p in (card.organisation, card.office) if p and p.strip()]
    unique = list(dict.fromkeys(parts))
    return clean_line(" / ".join(unique), "organisation", 400) if unique else ""


@dataclass(frozen=True, slots=True)
class _OfficeInfo:
    id: int
    country: str
    switchboard: str | None
    names: tuple[str, ...]


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
                    names=tuple(n.name for n in matches[0].names),
                )
                if len(matches) == 1
                else None
            )
        return self._cache[key]
