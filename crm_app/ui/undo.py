"""Undoable changes. Each command is pushed after its service call succeeded, so the first
redo() is skipped; undo and later redos go through the services again, never around them.

Edits are replayed with the version the record was left at by this window's own changes
(kept in one RecordVersions per section), so undoing two edits of the same record in a row
works, while a change made elsewhere meanwhile is still refused as a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from crm_app.domain.errors import CrmError
from crm_app.domain.records import Contact, Office
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactChanges, EmailInput, OfficeChanges, PhoneInput
from crm_app.services.offices import OfficeService

# Called with the id of the record a command just changed, so the right section refreshes.
Refresh = Callable[[int], None]
# Called when undoing or redoing fails (someone else changed or removed the record meanwhile).
Report = Callable[[CrmError], None]


class _Versioned(Protocol):
    """A record as a service returns it."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


class _Trashable(Protocol):
    """A service whose records can be soft-deleted and restored."""

    def delete(self, record_id: int, /) -> _Versioned: ...

    def restore(self, record_id: int, /) -> _Versioned: ...


class RecordVersions:
    """The version each record was left at by the latest change this window made to it.

    Every command records the version its change produced; an edit being undone or redone
    expects that version rather than the one it saw when it was made, since the changes
    undone above it have moved the record on since.
    """

    def __init__(self) -> None:
        self._versions: dict[int, int] = {}

    def note(self, record: _Versioned) -> None:
        self._versions[record.id] = record.version

    def expected(self, record_id: int) -> int | None:
        return self._versions.get(record_id)


def contact_changes(contact: Contact) -> ContactChanges:
    """Changes that put every editable field back to what `contact` holds."""
    return ContactChanges(
        given=contact.given,
        family=contact.family,
        honorific=contact.honorific,
        titles=dict(contact.titles),
        office=str(contact.office.id) if contact.office is not None else "",
        kind=contact.kind,
        languages=contact.languages,
        phones=tuple(
            PhoneInput(raw=phone.raw, kind=phone.kind, allow_invalid=not phone.valid)
            for phone in contact.phones
        ),
        emails=tuple(EmailInput(address=e.address, kind=e.kind) for e in contact.emails),
        notes=contact.notes,
        active=contact.active,
        # None leaves the date alone: the service cannot clear a verification date.
        last_verified=contact.last_verified,
    )


def office_changes(office: Office, replacing: Mapping[str, str] | None = None) -> OfficeChanges:
    """Changes that put `office` back; names it lacks but `replacing` has are removed ("")."""
    names = dict.fromkeys(replacing or {}, "")
    names.update(office.names)
    return OfficeChanges(
        names=names,
        country=office.country,
        city=office.city,
        kind=office.kind,
        switchboard=office.switchboard.raw if office.switchboard is not None else "",
        parent=str(office.parent_id) if office.parent_id is not None else "",
    )


class _ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        record: _Versioned,
        versions: RecordVersions,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text)
        self._record_id = record.id
        self._versions = versions
        self._refresh = refresh
        self._report = report
        self._pushed = False
        versions.note(record)  # the change itself was made just before the push

    def _apply(self, undoing: bool) -> None:
        raise NotImplementedError

    def _run(self, undoing: bool) -> None:
        try:
            self._apply(undoing)
        except CrmError as exc:
            # The stack drops a command made obsolete while it runs: it cannot be replayed.
            self.setObsolete(True)
            self._report(exc)
        self._refresh(self._record_id)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the change itself was made before the push
            return
        self._run(undoing=False)

    def undo(self) -> None:
        self._run(undoing=True)


class PresenceCommand(_ServiceCommand):
    """Delete, restore or add: redo and undo move a record between live and deleted."""

    def __init__(
        self,
        text: str,
        service: _Trashable,
        record: _Versioned,
        present_after: bool,
        versions: RecordVersions,
        refresh: Refresh,
        report: Report,
    ) -> None:
        """`record` is the record as the change (add, delete or restore) left it."""
        super().__init__(text, record, versions, refresh, report)
        self._service = service
        self._present_after = present_after

    def _apply(self, undoing: bool) -> None:
        if self._present_after != undoing:
            self._versions.note(self._service.restore(self._record_id))
        else:
            self._versions.note(self._service.delete(self._record_id))


class EditContactCommand(_ServiceCommand):
    """An edit; undo re-applies the previous values through ContactService.edit."""

    def __init__(
        self,
        text: str,
        contacts: ContactService,
        before: Contact,
        after: Contact,
        versions: RecordVersions,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, after, versions, refresh, report)
        self._contacts = contacts
        self._before = before
        self._after = after

    def _apply(self, undoing: bool) -> None:
        target = self._before if undoing else self._after
        stored = self._contacts.edit(
            self._record_id,
            contact_changes(target),
            expected_version=self._versions.expected(self._record_id),
        )
        self._versions.note(stored)


class EditOfficeCommand(_ServiceCommand):
    """An office edit; undo re-applies the previous values through OfficeService.edit."""

    def __init__(
        self,
        text: str,
        offices: OfficeService,
        before: Office,
        after: Office,
        versions: RecordVersions,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, after, versions, refresh, report)
        self._offices = offices
        self._before = before
        self._after = after

    def _apply(self, undoing: bool) -> None:
        if undoing:
            changes = office_changes(self._before, replacing=self._after.names)
        else:
            changes = office_changes(self._after, replacing=self._before.names)
        stored = self._offices.edit(
            self._record_id, changes, expected_version=self._versions.expected(self._record_id)
        )
        self._versions.note(stored)
