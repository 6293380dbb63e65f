"""vCard export and import: streaming, one transaction, merge instead of duplicate."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from crm_app.domain.emails import normalise_email
from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.phones import parse_phone
from crm_app.domain.records import Contact, ContactKind, Email, Phone
from crm_app.domain.text import clean_line, clean_text, language_code
from crm_app.domain.vcard import (
    CardProblem,
    ParsedCard,
    ReadReport,
    VCardProfile,
    VCardVersion,
    read_cards,
    write_cards,
)
from crm_app.services.common import Clock
from crm_app.services.contacts import set_channels
from crm_app.services.mapping import contact_record
from crm_app.services.search_text import refresh_contact_search
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import ContactRow, ContactTitleRow, OfficeRow, ReleaseRow
from crm_app.store.repositories import Archive, ContactQuery

EXPORT_PAGE = 1_000
# Flushing and forgetting rows every so often keeps memory flat on a huge file while the
# whole import still stays one transaction.
IMPORT_FLUSH_EVERY = 500

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
    reason: str


@dataclass(slots=True)
class ImportReport:
    created: list[CardOutcome] = field(default_factory=list)
    updated: list[CardOutcome] = field(default_factory=list)
    unchanged: list[CardOutcome] = field(default_factory=list)
    skipped: list[SkippedCard] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.cancelled


class ImportCancelledError(Exception):
    """Raised inside the import transaction so that it rolls back whole."""


class _DryRunRollbackError(Exception):
    """A dry run does all the work, then rolls back."""


def _card_name(card: ParsedCard) -> str:
    return " ".join(part for part in (card.given, card.family) if part) or "(no name)"


class VCardService:
    def __init__(self, database: Database, clock: Clock, organisation: str = "") -> None:
        self._database = database
        self._clock = clock
        self._organisation = organisation

    # Export

    def _contacts(
        self, contact_ids: Sequence[int] | None, release_id: int | None
    ) -> Iterator[Contact]:
        """Contacts to export, read a page at a time so memory stays flat."""
        with self._database.sessions() as session:
            if release_id is not None:
                release = session.get(ReleaseRow, release_id)
                if release is None or release.deleted_at is not None:
                    raise ValidationError("release", f"no release with id {release_id}")
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
                    raise ValidationError("contact", f"no contact with id {missing[0]}")
                for row in rows:
                    if row.deleted_at is None:
                        yield contact_record(row)
                session.expunge_all()

    def count_for_export(
        self, contact_ids: Sequence[int] | None = None, release_id: int | None = None
    ) -> int:
        if contact_ids is not None:
            return len(contact_ids)
        with self._database.sessions() as session:
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
    ) -> int:
        total = self.count_for_export(contact_ids, release_id) if progress else 0
        return write_cards(
            self._contacts(contact_ids, release_id),
            out,
            version=version,
            profile=profile,
            organisation=self._organisation,
            progress=(lambda done: progress(done, total)) if progress else None,
            is_cancelled=is_cancelled,
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
    ) -> int | None:
        """Writes beside the target and renames at the end: a cancelled or failed export
        leaves any existing file untouched. Returns None when cancelled."""
        folder = path.parent
        if not folder.is_dir():
            raise ValidationError("output", f"the folder {folder} does not exist")
        handle, temporary = tempfile.mkstemp(prefix=".vcard-", suffix=".part", dir=folder)
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
                )
            if is_cancelled is not None and is_cancelled():
                os.unlink(temporary)
                return None
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
            raise ValidationError("file", f"cannot read {path}: {exc.strerror or exc}") from exc
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
        try:
            with self._database.sessions.begin() as session:
                offices = _OfficeLookup(session)
                for index, item in enumerate(
                    read_cards(
                        stream,
                        progress=(lambda done: progress(done, total)) if progress else None,
                        report=read_report,
                    ),
                    start=1,
                ):
                    if is_cancelled is not None and is_cancelled():
                        raise ImportCancelledError
                    if isinstance(item, CardProblem):
                        report.skipped.append(SkippedCard(item.line, item.reason))
                        continue
                    self._import_card(session, item, offices, report, dry_run)
                    if index % IMPORT_FLUSH_EVERY == 0:
                        session.flush()
                        session.expunge_all()
                if dry_run:
                    raise _DryRunRollbackError
        except ImportCancelledError:
            report.cancelled = True
            report.created.clear()
            report.updated.clear()
            report.unchanged.clear()
        except _DryRunRollbackError:
            pass
        report.warnings.extend(read_report.warnings)
        nothing_read = not (report.created or report.updated or report.unchanged or report.skipped)
        if (
            nothing_read
            and not report.cancelled
            and not any("no vCard" in w for w in report.warnings)
        ):
            report.warnings.append("no vCards found in the file")
        return report

    def _import_card(
        self,
        session: Session,
        card: ParsedCard,
        offices: _OfficeLookup,
        report: ImportReport,
        dry_run: bool,
    ) -> None:
        name = _card_name(card)
        try:
            with session.begin_nested():
                given = clean_line(card.given, "given")
                family = clean_line(card.family, "family")
                if not given and not family:
                    raise ValidationError("name", "the card has no name (N or FN)")
                office = offices.find(card.office) or offices.find(card.organisation)
                phones = self._phones(card, office, report)
                emails = self._emails(card, report)
                existing = self._match(session, card, phones, emails)
                if existing is None:
                    row = self._create(card, given, family, office, phones, emails)
                    session.add(row)
                    session.flush()
                    report.created.append(CardOutcome(card.line, name, None if dry_run else row.id))
                elif self._fill_in(existing, card, given, family, office, phones, emails):
                    existing.updated_at = self._clock.now()
                    refresh_contact_search(existing)
                    session.flush()
                    report.updated.append(CardOutcome(card.line, name, existing.id))
                else:
                    report.unchanged.append(CardOutcome(card.line, name, existing.id))
        except CrmError as exc:
            report.skipped.append(SkippedCard(card.line, exc.message))

    def _phones(
        self, card: ParsedCard, office: OfficeRow | None, report: ImportReport
    ) -> list[Phone]:
        phones: list[Phone] = []
        for kind, raw in card.phones:
            if not raw.strip():
                continue
            # A number that fails the checks is kept, flagged, never dropped.
            phone = parse_phone(
                raw[:100],
                region=office.country if office is not None else None,
                switchboard=office.switchboard_e164 if office is not None else None,
                kind=kind,
                allow_invalid=True,
            )
            if not phone.valid:
                report.warnings.append(
                    f"line {card.line}: {_card_name(card)}: phone '{raw}' kept, flagged invalid"
                )
            phones.append(phone)
        return phones

    def _emails(self, card: ParsedCard, report: ImportReport) -> list[Email]:
        emails: list[Email] = []
        for kind, raw in card.emails:
            try:
                emails.append(Email(kind=kind, address=normalise_email(raw)))
            except ValidationError as exc:
                report.warnings.append(
                    f"line {card.line}: {_card_name(card)}: "
                    f"e-mail '{raw}' not imported ({exc.reason})"
                )
        return emails

    def _match(
        self, session: Session, card: ParsedCard, phones: Sequence[Phone], emails: Sequence[Email]
    ) -> ContactRow | None:
        """By UID, then e-mail, then E.164 + extension: the same person is never duplicated."""
        if card.uid:
            by_uid = repositories.contact_by_uid(session, card.uid)
            if by_uid is not None:
                return by_uid
        by_email = repositories.contacts_with_email(session, [e.address.lower() for e in emails])
        if by_email:
            return by_email[0]
        numbers = [(p.e164, p.extension) for p in phones if p.valid and p.e164 is not None]
        by_phone = repositories.contacts_with_phone(session, numbers)
        return by_phone[0] if by_phone else None

    def _create(
        self,
        card: ParsedCard,
        given: str,
        family: str,
        office: OfficeRow | None,
        phones: Sequence[Phone],
        emails: Sequence[Email],
    ) -> ContactRow:
        now = self._clock.now()
        notes = clean_text(card.notes, "notes")
        unmatched_org = _unmatched_organisation(card, office)
        if unmatched_org:
            notes = (notes + "\n" if notes else "") + f"Organisation (from vCard): {unmatched_org}"
        row = ContactRow(
            uid=clean_line(card.uid, "uid", 255) if card.uid else _new_uid(),
            honorific=clean_line(card.honorific, "honorific", 50),
            given=given,
            family=family,
            kind=(card.kind or ContactKind.MISSION_CONTACT).value,
            office=office,
            languages=",".join(_languages(card.languages)),
            notes=notes,
            active=True if card.active is None else card.active,
            last_verified=card.last_verified,
            created_at=now,
            updated_at=now,
        )
        row.titles = [
            ContactTitleRow(language=lang, title=title) for lang, title in _titles(card).items()
        ]
        set_channels(row, phones, emails)
        refresh_contact_search(row)
        return row

    def _fill_in(
        self,
        row: ContactRow,
        card: ParsedCard,
        given: str,
        family: str,
        office: OfficeRow | None,
        phones: Sequence[Phone],
        emails: Sequence[Email],
    ) -> bool:
        """Fill what the stored contact lacks; never blank out or overwrite what it has."""
        changed = False
        for attribute, value in (
            ("given", given),
            ("family", family),
            ("honorific", clean_line(card.honorific, "honorific", 50)),
            ("notes", clean_text(card.notes, "notes")),
        ):
            if value and not getattr(row, attribute):
                setattr(row, attribute, value)
                changed = True
        if row.office is None and office is not None:
            row.office = office
            changed = True
        if not row.languages and card.languages:
            row.languages = ",".join(_languages(card.languages))
            changed = bool(row.languages) or changed
        if row.last_verified is None and card.last_verified is not None:
            row.last_verified = card.last_verified
            changed = True
        stored_titles = {title.language for title in row.titles}
        for language, title in _titles(card).items():
            if language not in stored_titles:
                row.titles.append(ContactTitleRow(language=language, title=title))
                changed = True
        current = contact_record(row)
        known_phones = {phone.dial_key for phone in current.phones}
        new_phones = [p for p in phones if p.dial_key not in known_phones]
        known_emails = {email.address.lower() for email in current.emails}
        new_emails = [e for e in emails if e.address.lower() not in known_emails]
        if new_phones or new_emails:
            set_channels(row, [*current.phones, *new_phones], [*current.emails, *new_emails])
            changed = True
        return changed


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


def _titles(card: ParsedCard) -> dict[str, str]:
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


def _unmatched_organisation(card: ParsedCard, office: OfficeRow | None) -> str:
    if office is not None:
        return ""
    parts = [p for p in (card.organisation, card.office) if p and p.strip()]
    unique = list(dict.fromkeys(parts))
    return clean_line(" / ".join(unique), "organisation", 400) if unique else ""


class _OfficeLookup:
    """Offices by any of their names, cached for the length of one import."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[str, int | None] = {}

    def find(self, name: str) -> OfficeRow | None:
        key = name.strip()
        if not key:
            return None
        if key not in self._cache:
            matches = repositories.offices_named(self._session, key)
            self._cache[key] = matches[0].id if len(matches) == 1 else None
        office_id = self._cache[key]
        return self._session.get(OfficeRow, office_id) if office_id is not None else None
