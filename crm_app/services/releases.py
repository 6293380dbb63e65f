"""Releases, their contacts in order, their blocks, and which published ones cite old details."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from crm_app.domain.blocks import (
    BlockTemplate,
    BlockWarning,
    RenderedBlock,
    TemplateLibrary,
    block_warnings,
    render_block,
    translation_warnings,
)
from crm_app.domain.errors import NotFoundError, ValidationError
from crm_app.domain.history import NOT_REVERTED, ChangeAction, RecordKind, RecordVersion
from crm_app.domain.messages import msg
from crm_app.domain.phones import format_phone
from crm_app.domain.records import (
    BlockLayout,
    Contact,
    OfficeRef,
    Release,
    ReleaseStatus,
    full_name,
)
from crm_app.domain.text import clean_line, language_code, required_line
from crm_app.services import history as hist
from crm_app.services.common import Actor, Clock, resolve_office, transaction
from crm_app.services.drafts import ReleaseChanges, ReleaseDraft
from crm_app.services.mapping import contact_record, release_record
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import (
    ContactRow,
    OfficeRow,
    ReleaseCitationRow,
    ReleaseContactRow,
    ReleaseRow,
)
from crm_app.store.repositories import CitedContacts

MAX_RELEASE_CONTACTS = 50


@dataclass(frozen=True, slots=True)
class BlockResult:
    block: RenderedBlock
    warnings: list[BlockWarning]
    language: str
    layout: BlockLayout


@dataclass(frozen=True, slots=True)
class ReleaseSummary:
    """One line of a list of releases: enough to name one and open it, read without its
    contacts or blocks."""

    id: int
    title: str
    date: date
    language: str
    status: ReleaseStatus
    office: OfficeRef | None
    contacts: int  # how many it lists

    @classmethod
    def of(cls, release: Release) -> ReleaseSummary:
        return cls(
            release.id,
            release.title,
            release.date,
            release.language,
            release.status,
            release.office,
            len(release.contacts),
        )


@dataclass(frozen=True, slots=True)
class StaleCitation:
    contact_id: int
    contact_name: str
    channel: str  # "phone" or "email"
    printed: str  # as the block printed it
    now: str  # what the contact holds now, or "" when removed


@dataclass(frozen=True, slots=True)
class OutdatedRelease:
    release: Release
    stale: list[StaleCitation]


def _phone_key(e164: str | None, raw: str, extension: str | None) -> str:
    return f"{e164 or raw}x{extension or ''}"


def _printed_phone(e164: str, extension: str | None, template: BlockTemplate) -> str:
    """The number as the block in this language prints it ("+86 10 5979 9695, poste 203")."""
    number = format_phone(e164, None)
    if not extension:
        return number
    return template.extension_format.format(
        number=number, word=template.extension_word, extension=extension
    )


def _web_address(value: str) -> str:
    """An http(s) address with a host, or nothing: it is printed and linked to."""
    cleaned = clean_line(value, "url", 2000)
    if not cleaned:
        return ""
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or "." not in (parts.hostname or ""):
        raise ValidationError(
            "url", msg("'{value}' is not a web address (http:// or https://)", value=cleaned)
        )
    return cleaned


class _UnchangedError(Exception):
    """A revert that would change nothing: its transaction rolls back, no version is made."""


def _live_release(session: Session, release_id: int) -> ReleaseRow:
    row = session.get(ReleaseRow, release_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("release", release_id)
    return row


class ReleaseService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        templates: TemplateLibrary,
        actor: Actor | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._templates = templates
        self._history = hist.Recorder(actor or Actor(), clock)

    def history(self, release_id: int) -> list[RecordVersion]:
        """Every version of the release, oldest first, deleted releases too."""
        with transaction(self._database, "release", release_id, read_only=True) as session:
            row = session.get(ReleaseRow, release_id)
            current = hist.Before.release(row) if row is not None else None
            versions = hist.read_history(session, RecordKind.RELEASE, release_id, current)
            if not versions:
                raise NotFoundError("release", release_id)
            return versions

    def _save(
        self,
        session: Session,
        row: ReleaseRow,
        before: hist.Before | None,
        action: ChangeAction,
        reverted_to: int | None = None,
    ) -> Release:
        """Write the release and its version (a new one, or one that changed)."""
        if before is not None:
            hist.touch(row, self._clock.now())
        record_release(session, self._history, row, before, action, reverted_to)
        return release_record(row)

    def revert(
        self, release_id: int, to_version: int, expected_version: int | None = None
    ) -> Release:
        """Put back the fields the release had at `to_version`, as a new version (which a
        later revert can undo in turn); its status stays. A published release keeps the
        contacts and language its frozen block was made from: a version with others is
        refused. Returns the release unchanged, with no new version, when that version
        holds what it holds now."""
        try:
            return self._revert(release_id, to_version, expected_version)
        except _UnchangedError:
            return self.get(release_id)

    def _revert(self, release_id: int, to_version: int, expected_version: int | None) -> Release:
        with transaction(self._database, "release", release_id) as session:
            row = _live_release(session, release_id)
            session.autoflush = False  # one change, one version (see edit)
            before = hist.Before.release(row)
            if expected_version is not None and row.version != expected_version:
                raise hist.conflict(
                    session,
                    RecordKind.RELEASE,
                    release_id,
                    expected_version,
                    before,
                    release_record(row),
                )
            target = (
                before.snapshot
                if to_version == row.version
                else hist.base_snapshot(session, RecordKind.RELEASE, release_id, to_version)
            )
            if target is None:
                raise ValidationError(
                    "version",
                    msg("release {id} has no version {version}", id=release_id, version=to_version),
                )
            wanted = {k: v for k, v in target.items() if k not in NOT_REVERTED}
            now = {k: v for k, v in before.snapshot.items() if k not in NOT_REVERTED}
            if wanted == now:
                raise _UnchangedError
            contact_ids = [int(i) for i in wanted.get("contacts") or []]
            if row.status == ReleaseStatus.PUBLISHED.value:
                if contact_ids != now.get("contacts"):
                    raise ValidationError(
                        "contact", msg("the release is published; its contacts are frozen")
                    )
                if wanted.get("language") != now.get("language"):
                    raise ValidationError(
                        "language", msg("the release is published; its block's language is fixed")
                    )
            row.title = wanted.get("title") or row.title
            row.language = wanted.get("language") or row.language
            day = wanted.get("date")
            row.release_date = date.fromisoformat(day) if day else row.release_date
            row.dateline = wanted.get("dateline") or ""
            row.url = wanted.get("url") or ""
            office = wanted.get("office")
            if isinstance(office, int):
                found = session.get(OfficeRow, office)
                if found is None or found.deleted_at is not None:
                    raise ValidationError(
                        "office", msg("office {id} was deleted; restore it first", id=office)
                    )
                row.office = found
            else:
                row.office = None
            if contact_ids != now.get("contacts"):
                link_contacts(session, row, contact_ids)
            return self._save(session, row, before, ChangeAction.REVERTED, reverted_to=to_version)

    def languages(self) -> list[str]:
        return self._templates.languages()

    def _language(self, value: str) -> str:
        code = language_code(value)
        self._templates.get(code)  # refuses a language with no template, naming the ones we have
        return code

    def add(self, draft: ReleaseDraft) -> Release:
        title = required_line(draft.title, "title", 500)
        language = self._language(draft.language)
        with transaction(self._database, "release") as session:
            now = self._clock.now()
            row = ReleaseRow(
                title=title,
                language=language,
                release_date=draft.date,
                dateline=clean_line(draft.dateline, "dateline"),
                office=resolve_office(session, draft.office) if draft.office else None,
                url=_web_address(draft.url),
                status=ReleaseStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            link_contacts(session, row, draft.contact_ids)
            return self._save(session, row, None, ChangeAction.CREATED)

    def all(self) -> list[Release]:
        with transaction(self._database, "release", read_only=True) as session:
            return [release_record(row) for row in repositories.releases(session)]

    def summaries(self) -> list[ReleaseSummary]:
        """Every live release, newest first, as a line of the list: two plain queries."""
        with transaction(self._database, "release", read_only=True) as session:
            return _summaries(session, None)

    def citing(self, contact_id: int) -> list[ReleaseSummary]:
        """The live releases that list this contact, newest first."""
        with transaction(self._database, "release", read_only=True) as session:
            return _summaries(session, contact_id)

    def get(self, release_id: int) -> Release:
        with transaction(self._database, "release", release_id, read_only=True) as session:
            return release_record(_live_release(session, release_id))

    def edit(
        self, release_id: int, changes: ReleaseChanges, expected_version: int | None = None
    ) -> Release:
        with transaction(self._database, "release", release_id) as session:
            row = _live_release(session, release_id)
            # A lookup (an office, a contact) must not write half of the change: the version
            # counter would count it twice.
            session.autoflush = False
            before = hist.Before.release(row)
            if expected_version is not None and row.version != expected_version:
                raise hist.conflict(
                    session,
                    RecordKind.RELEASE,
                    release_id,
                    expected_version,
                    before,
                    release_record(row),
                )
            if row.status == ReleaseStatus.PUBLISHED.value and changes.contact_ids is not None:
                raise ValidationError(
                    "contact", msg("the release is published; its contacts are frozen")
                )
            if changes.title is not None:
                row.title = required_line(changes.title, "title", 500)
            if changes.language is not None:
                language = self._language(changes.language)
                if row.status == ReleaseStatus.PUBLISHED.value and language != row.language:
                    raise ValidationError(
                        "language", msg("the release is published; its block's language is fixed")
                    )
                row.language = language
            if changes.date is not None:
                row.release_date = changes.date
            if changes.dateline is not None:
                row.dateline = clean_line(changes.dateline, "dateline")
            if changes.url is not None:
                row.url = _web_address(changes.url)
            if changes.office is not None:
                row.office = (
                    resolve_office(session, changes.office) if changes.office.strip() else None
                )
            if changes.contact_ids is not None:
                link_contacts(session, row, changes.contact_ids)
            if hist.release_snapshot(row) == before.snapshot:
                return release_record(row)
            return self._save(session, row, before, ChangeAction.EDITED)

    def delete(self, release_id: int) -> Release:
        with transaction(self._database, "release", release_id) as session:
            row = _live_release(session, release_id)
            before = hist.Before.release(row)
            row.deleted_at = self._clock.now()
            return self._save(session, row, before, ChangeAction.DELETED)

    def restore(self, release_id: int) -> Release:
        with transaction(self._database, "release", release_id) as session:
            row = session.get(ReleaseRow, release_id)
            if row is None:
                raise NotFoundError("release", release_id)
            if row.deleted_at is None:
                return release_record(row)
            before = hist.Before.release(row)
            row.deleted_at = None
            return self._save(session, row, before, ChangeAction.RESTORED)

    # Blocks

    def block_for_contacts(
        self, contacts: Sequence[Contact], language: str, layout: BlockLayout
    ) -> BlockResult:
        for contact in contacts:
            if contact.deleted:
                raise ValidationError("contact", msg("contact {id} is deleted", id=contact.id))
        template = self._templates.get(language_code(language))
        block = render_block(contacts, template, layout)
        warnings = block_warnings(contacts, self._clock.today())
        warnings += translation_warnings(contacts, template.language)
        position = {contact.id: index for index, contact in enumerate(contacts)}
        warnings.sort(key=lambda warning: position[warning.contact_id])  # stable: contact order
        return BlockResult(
            block=block, warnings=warnings, language=template.language, layout=layout
        )

    def block(
        self,
        release_id: int,
        language: str | None = None,
        layout: BlockLayout = BlockLayout.STACKED,
    ) -> BlockResult:
        release = self.get(release_id)
        if not release.contacts:
            raise ValidationError("contact", msg("release {id} has no contacts", id=release_id))
        return self.block_for_contacts(release.contacts, language or release.language, layout)

    def publish(
        self, release_id: int, layout: BlockLayout = BlockLayout.STACKED
    ) -> tuple[Release, list[BlockWarning]]:
        """Freeze the block as printed; later contact edits never rewrite it."""
        with transaction(self._database, "release", release_id) as session:
            row = _live_release(session, release_id)
            before = hist.Before.release(row)
            if row.status == ReleaseStatus.PUBLISHED.value:
                raise ValidationError(
                    "release", msg("release {id} is already published", id=release_id)
                )
            contacts = [contact_record(link.contact) for link in row.contact_links]
            if not contacts:
                raise ValidationError("contact", msg("release {id} has no contacts", id=release_id))
            result = self.block_for_contacts(contacts, row.language, layout)
            template = self._templates.get(row.language)
            row.status = ReleaseStatus.PUBLISHED.value
            row.published_at = self._clock.now()
            row.published_layout = layout.value
            row.published_text = result.block.text
            row.published_html = result.block.html
            row.published_markdown = result.block.markdown
            citations: list[ReleaseCitationRow] = []
            for contact in contacts:
                for phone in contact.phones:
                    if not phone.valid or phone.e164 is None:
                        continue  # invalid numbers are not printed, so not cited
                    citations.append(
                        ReleaseCitationRow(
                            contact_id=contact.id,
                            channel="phone",
                            value=_phone_key(phone.e164, phone.raw, phone.extension),
                            printed=_printed_phone(phone.e164, phone.extension, template)[:400],
                        )
                    )
                for email in contact.emails:
                    citations.append(
                        ReleaseCitationRow(
                            contact_id=contact.id,
                            channel="email",
                            value=email.address.lower(),
                            printed=email.address,
                        )
                    )
            row.citations = citations
            return self._save(session, row, before, ChangeAction.PUBLISHED), result.warnings

    def outdated(self) -> list[OutdatedRelease]:
        """Published releases whose block cites a phone or e-mail that changed or went away
        (or whose contact was deleted), newest first.

        Set-based: one query finds the stale citations; then only their contacts and their
        releases are read. Safe to run in a worker thread (it opens its own session)."""
        with transaction(self._database, "release", read_only=True) as session:
            stale_rows = repositories.stale_citations(session)
            if not stale_rows:
                return []
            cited = _cited_now(repositories.cited_contacts(session, [row[1] for row in stale_rows]))
            stale: dict[int, list[StaleCitation]] = {}
            for release_id, contact_id, channel, printed in stale_rows:
                name, deleted, phones, emails = cited[contact_id]
                now = "" if deleted else (phones if channel == "phone" else emails)
                stale.setdefault(release_id, []).append(
                    StaleCitation(contact_id, name, channel, printed, now)
                )
            releases = {
                row.id: release_record(row)
                for row in repositories.releases_by_id(session, list(stale))
            }
            return [
                OutdatedRelease(release=releases[release_id], stale=citations)
                for release_id, citations in stale.items()
            ]


def _summaries(session: Session, contact_id: int | None) -> list[ReleaseSummary]:
    rows = repositories.release_summaries(session, contact_id)
    names: defaultdict[int, dict[str, str]] = defaultdict(dict)
    places: dict[int, tuple[str, str]] = {}
    office_ids = [row[5] for row in rows if row[5] is not None]
    for office_id, country, city, language, name in repositories.office_names(session, office_ids):
        names[office_id][language] = name
        places[office_id] = (country, city)
    offices = {
        office_id: OfficeRef(id=office_id, names=names[office_id], country=country, city=city)
        for office_id, (country, city) in places.items()
    }
    return [
        ReleaseSummary(
            release_id,
            title,
            day,
            language,
            ReleaseStatus(status),
            offices.get(office_id) if office_id is not None else None,
            contacts,
        )
        for release_id, title, day, language, status, office_id, contacts in rows
    ]


def _cited_now(cited: CitedContacts) -> dict[int, tuple[str, bool, str, str]]:
    """For each contact: its name, whether it is deleted, and the phones and e-mails it
    holds now, as the outdated view shows them."""
    phones: defaultdict[int, list[str]] = defaultdict(list)
    for contact_id, e164, extension in cited.phones:
        if e164:
            phones[contact_id].append(format_phone(e164, extension))
    emails: defaultdict[int, list[str]] = defaultdict(list)
    for contact_id, address in cited.emails:
        emails[contact_id].append(address)
    return {
        contact_id: (
            full_name(given, family, family_first),
            deleted,
            ", ".join(phones[contact_id]),
            ", ".join(emails[contact_id]),
        )
        for contact_id, given, family, family_first, deleted in cited.contacts
    }


def record_release(
    session: Session,
    recorder: hist.Recorder,
    row: ReleaseRow,
    before: hist.Before | None,
    action: ChangeAction,
    reverted_to: int | None = None,
) -> None:
    """Flush the release and record its version: new (`before` None) or changed."""
    session.flush()
    recorder.record(
        session,
        RecordKind.RELEASE,
        row.id,
        row.version,
        hist.release_snapshot(row),
        action,
        before=before,
        reverted_to=reverted_to,
    )


def link_contacts(session: Session, row: ReleaseRow, contact_ids: Sequence[int]) -> None:
    """The release lists these contacts, in this order (the block's order)."""
    if len(contact_ids) > MAX_RELEASE_CONTACTS:
        raise ValidationError(
            "contact",
            msg("at most {limit} contacts per release", limit=MAX_RELEASE_CONTACTS),
        )
    if len(set(contact_ids)) != len(contact_ids):
        raise ValidationError("contact", msg("the same contact is listed twice"))
    links = []
    for position, contact_id in enumerate(contact_ids):
        contact = session.get(ContactRow, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise ValidationError("contact", msg("no contact with id {id}", id=contact_id))
        links.append(ReleaseContactRow(contact_id=contact_id, position=position))
    row.contact_links = links
