"""Offices: missions, country and regional offices, headquarters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_app.domain.countries import normalise_country
from crm_app.domain.errors import NotFoundError, ValidationError
from crm_app.domain.history import NOT_REVERTED, ChangeAction, RecordKind, RecordVersion, flatten
from crm_app.domain.messages import Message, msg
from crm_app.domain.phones import parse_phone
from crm_app.domain.records import DEFAULT_LANGUAGE, Office
from crm_app.domain.text import clean_line, language_code, required_line
from crm_app.services import history as hist
from crm_app.services.common import (
    Actor,
    Clock,
    require_office_id,
    resolve_office,
    transaction,
)
from crm_app.services.drafts import OfficeChanges, OfficeDraft
from crm_app.services.mapping import office_record
from crm_app.services.search_text import set_office_names
from crm_app.store import repositories
from crm_app.store.database import Database
from crm_app.store.models import OfficeRow


@dataclass(frozen=True, slots=True)
class NameClash:
    """A live office that carries one of a restored office's names too."""

    office_id: int
    language: str
    name: str


@dataclass(frozen=True, slots=True)
class RestoredOffice:
    """An office brought back, and the live offices that took one of its names meanwhile.

    A restore never refuses over these (it is how an undo brings an office back); until one
    is renamed, the name alone no longer picks an office, its id does.
    """

    office: Office
    clashes: tuple[NameClash, ...] = ()

    @property
    def warnings(self) -> tuple[Message, ...]:
        return tuple(
            msg("'{name}' is also the name of office {id}", name=clash.name, id=clash.office_id)
            for clash in self.clashes
        )


def _clean_names(names: Mapping[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for language, name in names.items():
        code = language_code(language, "name language")
        field = "name" if code == DEFAULT_LANGUAGE else f"name-{code}"
        value = clean_line(name, field)
        if value:
            cleaned[code] = value
    if not cleaned.get(DEFAULT_LANGUAGE):
        raise ValidationError("name", msg("is empty (an office needs an English name)"))
    return cleaned


class _UnchangedError(Exception):
    """A revert that would change nothing: its transaction rolls back, no version is made."""


class OfficeService:
    def __init__(self, database: Database, clock: Clock, actor: Actor | None = None) -> None:
        self._database = database
        self._clock = clock
        self._history = hist.Recorder(actor or Actor(), clock)

    def history(self, office_id: int) -> list[RecordVersion]:
        """Every version of the office, oldest first, deleted offices too."""
        with transaction(self._database, "office", office_id, read_only=True) as session:
            row = session.get(OfficeRow, office_id)
            current = hist.Before.office(row) if row is not None else None
            versions = hist.read_history(session, RecordKind.OFFICE, office_id, current)
            if not versions:
                raise NotFoundError("office", office_id)
            return versions

    def _save(
        self,
        session: Session,
        row: OfficeRow,
        before: hist.Before | None,
        action: ChangeAction,
        reverted_to: int | None = None,
    ) -> Office:
        """Write the office and its version (a new one, or one that changed)."""
        if before is not None:
            hist.touch(row, self._clock.now())
        session.flush()
        self._history.record(
            session,
            RecordKind.OFFICE,
            row.id,
            row.version,
            hist.office_snapshot(row),
            action,
            before=before,
            reverted_to=reverted_to,
        )
        return office_record(row)

    def revert(
        self, office_id: int, to_version: int, expected_version: int | None = None
    ) -> Office:
        """Put back the fields the office had at `to_version`, as a new version (which a
        later revert can undo in turn). A deleted office is restored first. Returns the
        office unchanged, with no new version, when that version holds what it holds now."""
        try:
            return self._revert(office_id, to_version, expected_version)
        except _UnchangedError:
            return self.get(office_id)

    def _revert(self, office_id: int, to_version: int, expected_version: int | None) -> Office:
        with transaction(self._database, "office", office_id) as session:
            row = require_office_id(session, office_id)
            session.autoflush = False  # one change, one version (see edit)
            before = hist.Before.office(row)
            if expected_version is not None and row.version != expected_version:
                raise hist.conflict(
                    session,
                    RecordKind.OFFICE,
                    office_id,
                    expected_version,
                    before,
                    office_record(row),
                )
            target = (
                before.snapshot
                if to_version == row.version
                else hist.base_snapshot(session, RecordKind.OFFICE, office_id, to_version)
            )
            if target is None:
                raise ValidationError(
                    "version",
                    msg("office {id} has no version {version}", id=office_id, version=to_version),
                )
            wanted = {k: v for k, v in target.items() if k not in NOT_REVERTED}
            if flatten(wanted) == flatten(
                {k: v for k, v in before.snapshot.items() if k not in NOT_REVERTED}
            ):
                raise _UnchangedError
            names = dict(wanted.get("names") or {})
            self._refuse_taken_names(session, names, exclude_id=office_id)
            set_office_names(row, names)
            row.country = wanted.get("country") or ""
            row.city = wanted.get("city") or ""
            row.kind = wanted.get("kind") or row.kind
            switchboard = wanted.get("switchboard")
            if switchboard:
                row.switchboard_raw = switchboard["raw"]
                row.switchboard_e164 = switchboard["e164"]
                row.switchboard_extension = switchboard["extension"]
                row.switchboard_valid = bool(switchboard["valid"])
            else:
                row.switchboard_raw = row.switchboard_e164 = row.switchboard_extension = None
                row.switchboard_valid = True
            parent = wanted.get("parent")
            if isinstance(parent, int):
                found = session.get(OfficeRow, parent)
                if found is None or found.deleted_at is not None:
                    raise ValidationError(
                        "parent", msg("office {id} was deleted; restore it first", id=parent)
                    )
            row.parent_id = self._parent_id(session, row, str(parent)) if parent else None
            return self._save(session, row, before, ChangeAction.REVERTED, reverted_to=to_version)

    def all(self, include_deleted: bool = False) -> list[Office]:
        with transaction(self._database, "office", read_only=True) as session:
            return [office_record(row) for row in repositories.offices(session, include_deleted)]

    def get(self, office_id: int) -> Office:
        with transaction(self._database, "office", office_id, read_only=True) as session:
            return office_record(require_office_id(session, office_id))

    def find(self, reference: str) -> Office:
        """By id or by a name in any language."""
        with transaction(self._database, "office", reference, read_only=True) as session:
            return office_record(resolve_office(session, reference))

    def add(self, draft: OfficeDraft) -> Office:
        with transaction(self._database, "office") as session:
            return self.add_in(session, draft)

    def add_in(self, session: Session, draft: OfficeDraft) -> Office:
        """Adds the office inside the caller's transaction (an import that creates the
        offices its rows name, all or nothing)."""
        names = _clean_names(draft.names)
        country = normalise_country(draft.country)
        city = clean_line(draft.city, "city")
        self._refuse_taken_names(session, names, exclude_id=None)
        now = self._clock.now()
        row = OfficeRow(
            kind=draft.kind.value,
            country=country,
            city=city,
            created_at=now,
            updated_at=now,
            switchboard_valid=True,
        )
        self._set_switchboard(row, draft.switchboard)
        if draft.parent:
            row.parent_id = resolve_office(session, draft.parent, "parent").id
        set_office_names(row, names)
        session.add(row)
        return self._save(session, row, None, ChangeAction.CREATED)

    def edit(
        self, office_id: int, changes: OfficeChanges, expected_version: int | None = None
    ) -> Office:
        with transaction(self._database, "office", office_id) as session:
            row = require_office_id(session, office_id)
            # A lookup (a parent by name) must not write half of the change: the version
            # counter would count it twice.
            session.autoflush = False
            before = hist.Before.office(row)
            if expected_version is not None and row.version != expected_version:
                raise hist.conflict(
                    session,
                    RecordKind.OFFICE,
                    office_id,
                    expected_version,
                    before,
                    office_record(row),
                )
            if changes.names is not None:
                merged = {name.language: name.name for name in row.names}
                merged.update(changes.names)
                names = _clean_names({k: v for k, v in merged.items() if v.strip()})
                self._refuse_taken_names(session, names, exclude_id=office_id)
                # Only the office changes: its contacts are found through its own document.
                set_office_names(row, names)
            if changes.country is not None:
                row.country = normalise_country(changes.country)
            if changes.city is not None:
                row.city = clean_line(changes.city, "city")
            if changes.kind is not None:
                row.kind = changes.kind.value
            if changes.switchboard is not None:
                self._set_switchboard(row, changes.switchboard)
            if changes.parent is not None:
                row.parent_id = self._parent_id(session, row, changes.parent)
            if hist.office_snapshot(row) == before.snapshot:
                return office_record(row)
            return self._save(session, row, before, ChangeAction.EDITED)

    def delete(self, office_id: int) -> Office:
        with transaction(self._database, "office", office_id) as session:
            row = require_office_id(session, office_id)
            in_use = [
                c
                for c in repositories.contacts_of_office(session, office_id)
                if c.deleted_at is None
            ]
            if in_use:
                raise ValidationError(
                    "office",
                    msg(
                        "contacts still belong to this office ({count}); move them first",
                        count=len(in_use),
                    ),
                )
            before = hist.Before.office(row)
            row.deleted_at = self._clock.now()
            return self._save(session, row, before, ChangeAction.DELETED)

    def restore(self, office_id: int) -> RestoredOffice:
        """Bring a deleted office back, even when a live office took one of its names
        meanwhile; those are returned with it, for the caller to warn about."""
        with transaction(self._database, "office", office_id) as session:
            row = session.get(OfficeRow, office_id)
            if row is None:
                raise NotFoundError("office", office_id)
            if row.deleted_at is None:
                raise ValidationError("office", msg("office {id} is not deleted", id=office_id))
            clashes: list[NameClash] = []
            for name in row.names:
                for other in repositories.offices_named(session, name.name):
                    if other.id != office_id and all(c.office_id != other.id for c in clashes):
                        clashes.append(NameClash(other.id, name.language, name.name))
            before = hist.Before.office(row)
            row.deleted_at = None
            return RestoredOffice(
                self._save(session, row, before, ChangeAction.RESTORED), tuple(clashes)
            )

    def _parent_id(self, session: Session, row: OfficeRow, reference: str) -> int | None:
        if not reference.strip():
            return None
        parent = resolve_office(session, reference, "parent")
        ancestor: OfficeRow | None = parent
        while ancestor is not None:
            if ancestor.id == row.id:
                raise ValidationError(
                    "parent", msg("an office cannot sit under itself or its own branch")
                )
            ancestor = session.get(OfficeRow, ancestor.parent_id) if ancestor.parent_id else None
        return parent.id

    def _set_switchboard(self, row: OfficeRow, raw: str) -> None:
        raw = raw.strip()
        if not raw:
            row.switchboard_raw = row.switchboard_e164 = row.switchboard_extension = None
            row.switchboard_valid = True
            return
        phone = parse_phone(raw, region=row.country, field="switchboard")
        row.switchboard_raw = required_line(phone.raw, "switchboard", 100)
        row.switchboard_e164 = phone.e164
        row.switchboard_extension = phone.extension
        row.switchboard_valid = phone.valid

    def _refuse_taken_names(
        self, session: Session, names: Mapping[str, str], exclude_id: int | None
    ) -> None:
        for language, name in names.items():
            for other in repositories.offices_named(session, name):
                if other.id != exclude_id:
                    field = "name" if language == DEFAULT_LANGUAGE else f"name-{language}"
                    raise ValidationError(
                        field,
                        msg("'{name}' is already the name of office {id}", name=name, id=other.id),
                    )
