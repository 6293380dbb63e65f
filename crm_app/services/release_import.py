"""Contacts read back out of a published release, on the shared import engine.

`read` finds the release and the people of its contact block and matches each to the store
without writing. `import_release` then, in one transaction, fills in the matched contacts,
creates the new ones (a flagged number stays flagged), records the release (or finds it
again when it was imported before) and lists the people in it in the block's order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from crm_app.domain.errors import ValidationError
from crm_app.domain.history import ChangeAction
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import DEFAULT_LANGUAGE, ReleaseStatus
from crm_app.domain.release_text import FoundPerson, ReleaseReading, read_release
from crm_app.domain.text import clean_line
from crm_app.services import history as hist
from crm_app.services.common import Actor, Clock, transaction
from crm_app.services.importing import (
    Decision,
    DecisionPolicy,
    ImportCandidate,
    ImportEngine,
    ImportOutcome,
    OutcomeKind,
)
from crm_app.services.releases import link_contacts, record_release
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import ReleaseRow

# A probable match is shown to the person, who decides; without a decision it is not merged.
RELEASE_TEXT_POLICY = DecisionPolicy()
MAX_TITLE = 500

# Per person (by line): a number as the reader found it -> the number to import instead,
# such as the suggestion the officer took ("+86 10 5979 9695 ext. 203").
PhoneFixes = Mapping[int, Mapping[str, str]]


def with_phone_fixes(reading: ReleaseReading, fixes: PhoneFixes | None) -> ReleaseReading:
    """The reading with each fixed number replaced; every other value as the text gives it."""
    if not fixes:
        return reading
    people: list[FoundPerson] = []
    for person in reading.people:
        wanted = fixes.get(person.contact.line)
        if not wanted:
            people.append(person)
            continue
        phones = tuple((kind, wanted.get(raw, raw)) for kind, raw in person.contact.phones)
        people.append(replace(person, contact=replace(person.contact, phones=phones)))
    return replace(reading, people=tuple(people))


@dataclass(frozen=True, slots=True)
class FoundContact:
    """One person of the block, as read and as matched."""

    person: FoundPerson
    candidate: ImportCandidate

    @property
    def line(self) -> int:
        return self.person.contact.line


@dataclass(frozen=True, slots=True)
class ReleaseTextPreview:
    reading: ReleaseReading
    contacts: tuple[FoundContact, ...]
    warnings: tuple[Message, ...]


@dataclass(frozen=True, slots=True)
class ReleaseTextImport:
    release_id: int | None  # None in a dry run
    release_created: bool
    title: str
    outcomes: tuple[ImportOutcome, ...]
    warnings: tuple[Message, ...]

    def of_kind(self, kind: OutcomeKind) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.kind is kind]


class _DryRunRollbackError(Exception):
    """A dry run does all the work, then rolls back."""


class ReleaseTextService:
    def __init__(self, database: Database, clock: Clock, actor: Actor | None = None) -> None:
        self._database = database
        self._clock = clock
        self._history = hist.Recorder(actor or Actor(), clock)

    def read(
        self, source: bytes | str, *, phone_fixes: PhoneFixes | None = None
    ) -> ReleaseTextPreview:
        """The release and its people, each matched to the store; nothing is written."""
        reading = with_phone_fixes(read_release(source), phone_fixes)
        with transaction(self._database, "release", read_only=True) as session:
            engine = ImportEngine(session, self._clock, policy=RELEASE_TEXT_POLICY)
            candidates = engine.preview(person.contact for person in reading.people)
        contacts = tuple(
            FoundContact(person, candidate)
            for person, candidate in zip(reading.people, candidates, strict=True)
        )
        return ReleaseTextPreview(reading, contacts, reading.warnings)

    def import_release(
        self,
        source: bytes | str,
        decisions: Mapping[int, Decision] | None = None,
        *,
        fallback_title: str = "",
        dry_run: bool = False,
        phone_fixes: PhoneFixes | None = None,
    ) -> ReleaseTextImport:
        """Writes the release and its people in one transaction (none in a dry run).

        `decisions` maps a person's line to link / create / skip; the others follow the
        policy: an exact match is filled in, anything else is created. `phone_fixes`
        replaces numbers as `read` was given them.
        """
        reading = with_phone_fixes(read_release(source), phone_fixes)
        warnings = list(reading.warnings)
        title = clean_line(reading.title or fallback_title, "title", MAX_TITLE)
        if not title:
            raise ValidationError("title", msg("the text gives no title for the release"))
        day = reading.date
        if day is None:
            day = self._clock.today()
            warnings.append(
                msg("the text gives no date: the release is dated {day}", day=day.isoformat())
            )
        result: ReleaseTextImport | None = None
        try:
            with transaction(self._database, "release") as session:
                engine = ImportEngine(
                    session,
                    self._clock,
                    policy=RELEASE_TEXT_POLICY,
                    source="release",
                    actor=self._history.actor,
                )
                applied = engine.apply([p.contact for p in reading.people], decisions)
                warnings.extend(applied.warnings)
                ids = list(dict.fromkeys(o.contact_id for o in applied.outcomes if o.contact_id))
                release, created = self._release(session, reading, title, day)
                before = None if created else hist.Before.release(release)
                listed = [link.contact_id for link in release.contact_links]
                link_contacts(session, release, listed + [i for i in ids if i not in listed])
                if before is None:
                    record_release(session, self._history, release, None, ChangeAction.CREATED)
                elif hist.release_snapshot(release) != before.snapshot:
                    hist.touch(release, self._clock.now())
                    record_release(session, self._history, release, before, ChangeAction.EDITED)
                session.flush()
                result = ReleaseTextImport(
                    release_id=None if dry_run else release.id,
                    release_created=created,
                    title=title,
                    outcomes=applied.outcomes,
                    warnings=tuple(warnings),
                )
                if dry_run:
                    raise _DryRunRollbackError
        except _DryRunRollbackError:
            pass
        assert result is not None
        return result

    def _release(
        self, session: Session, reading: ReleaseReading, title: str, day: date
    ) -> tuple[ReleaseRow, bool]:
        """The live release with this title and date, else a new draft."""
        # Undated text: the title alone says which release it was.
        existing = repositories.release_titled(session, title, reading.date)
        if existing is not None:
            return existing, False
        now = self._clock.now()
        office = None
        for person in reading.people:
            names = [person.contact.office, person.contact.organisation]
            matches = [
                row for name in names if name for row in repositories.offices_named(session, name)
            ]
            if matches:
                office = matches[0]
                break
        row = ReleaseRow(
            title=title,
            language=reading.language or DEFAULT_LANGUAGE,
            release_date=day,
            dateline=clean_line(reading.dateline, "dateline"),
            office=office,
            url="",
            status=ReleaseStatus.DRAFT.value,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        return row, True
