"""vCard export and import: streaming, one transaction, merge instead of duplicate.

The import reads cards with `domain.vcard.read_cards`, checks them (`services/record_checks.py`;
a big file in a second process, `services/read_ahead.py`) and hands them, a batch at a time,
to the shared engine in `services/importing.py`, which matches and merges them.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import DEFAULT_LANGUAGE
from crm_app.domain.text import language_code
from crm_app.domain.values import ContactValues
from crm_app.domain.vcard import (
    CardProblem,
    ReadReport,
    VCardFile,
    VCardProfile,
    VCardVersion,
    read_cards,
    write_cards,
)
from crm_app.services.common import Actor, Clock, fewer_collections, transaction
from crm_app.services.importing import (
    Decision,
    DecisionPolicy,
    ImportEngine,
    ImportResult,
    OutcomeKind,
)
from crm_app.services.mapping import contact_values, office_refs
from crm_app.services.read_ahead import RecordSource, checked_batches, read_aside
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import ReleaseRow

EXPORT_PAGE = repositories.LOAD_CHUNK
# Exact matches (UID, e-mail, number and family name) merge; a close name at the same office
# only may be someone else: a new contact, and a warning that names the other.
VCARD_POLICY = DecisionPolicy(
    exact=Decision.LINK, probable=Decision.CREATE, unmatched=Decision.CREATE
)
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


class VCardService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        organisation: str = "",
        actor: Actor | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._organisation = organisation
        self._actor = actor or Actor()

    # Export

    def _contacts(
        self, contact_ids: Sequence[int] | None, release_id: int | None
    ) -> Generator[ContactValues, None, None]:
        return export_values(self._database, contact_ids, release_id)

    def count_for_export(
        self, contact_ids: Sequence[int] | None = None, release_id: int | None = None
    ) -> int:
        return count_for_export(self._database, contact_ids, release_id)

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
        """A big file is read and checked in a second process, beside the writing."""
        try:
            stream = path.open("rb")
            status = os.fstat(stream.fileno())
        except OSError as exc:
            raise ValidationError(
                "file",
                msg(
                    "cannot read {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
                ),
            ) from exc
        with stream:
            if read_aside(status):
                stream.close()
                source: RecordSource = VCardFile(path)
                aside = True
            else:
                source, aside = _VCardStream(stream), False
            return self._import(
                source,
                total=status.st_size,
                aside=aside,
                dry_run=dry_run,
                progress=progress,
                is_cancelled=is_cancelled,
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
        return self._import(
            _VCardStream(stream),
            total=total,
            aside=False,
            dry_run=dry_run,
            progress=progress,
            is_cancelled=is_cancelled,
        )

    def _import(
        self,
        source: RecordSource,
        *,
        total: int,
        aside: bool,
        dry_run: bool,
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
    ) -> ImportReport:
        report = ImportReport(dry_run=dry_run)
        read_warnings: list[Message] = []
        try:
            # The common transaction: a lock held by another program (the window saving)
            # is the same clear "busy, nothing saved" as anywhere else.
            with transaction(self._database, "vCard import") as session:
                engine = ImportEngine(
                    session, self._clock, policy=VCARD_POLICY, source="vCard", actor=self._actor
                )
                with checked_batches(source, engine.offices(), aside=aside) as reading:
                    for batch in reading:
                        if is_cancelled is not None and is_cancelled():
                            raise ImportCancelledError
                        # Matches the batch in a few queries, writes it in one flush; the rows
                        # written stay in the transaction, forgotten here.
                        self._add_outcomes(report, engine.apply_checked(batch.records))
                        session.expunge_all()
                        if progress is not None:
                            progress(batch.done, total)
                    read_warnings = reading.warnings
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
        report.warnings.extend(read_warnings)
        return report

    def _add_outcomes(self, report: ImportReport, result: ImportResult) -> None:
        for outcome in result.outcomes:
            if outcome.kind is OutcomeKind.SKIPPED:
                assert outcome.reason is not None, "a skipped record says why"
                report.skipped.append(SkippedCard(outcome.line, outcome.reason))
                continue
            card = CardOutcome(outcome.line, outcome.name, outcome.contact_id)
            if outcome.kind is OutcomeKind.CREATED:
                if report.dry_run:
                    card = CardOutcome(outcome.line, outcome.name, None)
                report.created.append(card)
            elif outcome.kind is OutcomeKind.UPDATED:
                report.updated.append(card)
            else:
                report.unchanged.append(card)
        report.warnings.extend(result.warnings)


@dataclass(frozen=True, slots=True)
class _VCardStream:
    stream: BinaryIO

    @property
    def place(self) -> RecordPlace:
        return RecordPlace.LINE

    def records(
        self, progress: Callable[[int, int], None], warnings: list[Message]
    ) -> Iterator[IncomingContact | CardProblem]:
        return read_cards(
            self.stream, progress=lambda done: progress(done, 0), report=ReadReport(warnings)
        )


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


def export_values(
    database: Database, contact_ids: Sequence[int] | None, release_id: int | None
) -> Generator[ContactValues, None, None]:
    """Contacts to export, in list order (or the order given), read a chunk at a time so
    memory stays flat; their offices are read once and shared. Every live contact when
    neither ids nor a release are given."""
    with fewer_collections(), transaction(database, "contact", read_only=True) as session:
        offices = office_refs(*repositories.all_office_names(session))
        if release_id is None and contact_ids is None:
            query = ContactQuery(archive=Archive.ALL_LIVE)
            yield from contact_values(repositories.contact_chunks(session, query), offices)
            return
        if release_id is not None:
            release = session.get(ReleaseRow, release_id)
            if release is None or release.deleted_at is not None:
                raise ValidationError("release", msg("no release with id {id}", id=release_id))
            ids = [link.contact_id for link in release.contact_links]
        else:
            ids = list(contact_ids or ())
        for start in range(0, len(ids), EXPORT_PAGE):
            wanted = ids[start : start + EXPORT_PAGE]
            chunk = repositories.contact_chunk(session, wanted)
            found = {row.id for row in chunk.contacts if row.deleted_at is None}
            missing = [i for i in wanted if i not in found]
            if missing and release_id is None:
                raise ValidationError("contact", msg("no contact with id {id}", id=missing[0]))
            for contact in contact_values([chunk], offices):
                if contact.deleted_at is None:
                    yield contact


def count_for_export(
    database: Database, contact_ids: Sequence[int] | None = None, release_id: int | None = None
) -> int:
    if contact_ids is not None:
        return len(contact_ids)
    with transaction(database, "contact", read_only=True) as session:
        if release_id is not None:
            release = session.get(ReleaseRow, release_id)
            return len(release.contact_links) if release is not None else 0
        return repositories.count_contacts(session, ContactQuery(archive=Archive.ALL_LIVE))


def check_target(path: Path) -> None:
    """A file an export may write (see _check_target), as a ValidationError naming why not."""
    try:
        _check_target(path)
    except OSError as exc:  # a name too long, a loop of links: the system says why
        raise ValidationError(
            "output",
            msg("cannot write {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)),
        ) from exc


def ordinary_file_mode(path: Path) -> int:
    return _ordinary_file_mode(path)
