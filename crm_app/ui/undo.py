"""Undoable changes. Each command is pushed after its service call succeeded, so the first
redo() is skipped; undo and later redos go through the services again, never around them.
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


class _Trashable(Protocol):
    """A service whose records can be soft-deleted and restored."""

    def delete(self, record_id: int, /) -> object: ...

    def restore(self, record_id: int, /) -> object: ...


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
    def __init__(self, text: str, record_id: int, refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self._record_id = record_id
        self._refresh = refresh
        self._report = report
        self._pushed = False

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
        record_id: int,
        present_after: bool,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, record_id, refresh, report)
        self._service = service
        self._present_after = present_after

    def _apply(self, undoing: bool) -> None:
        if self._present_after != undoing:
            self._service.restore(self._record_id)
        else:
            self._service.delete(self._record_id)


class EditContactCommand(_ServiceCommand):
    """An edit; undo re-applies the previous values through ContactService.edit."""

    def __init__(
        self,
        text: str,
        contacts: ContactService,
        before: Contact,
        after: Contact,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, after.id, refresh, report)
        self._contacts = contacts
        self._before = before
        self._after = after
        self._version = after.version

    def _apply(self, undoing: bool) -> None:
        target = self._before if undoing else self._after
        stored = self._contacts.edit(
            self._record_id, contact_changes(target), expected_version=self._version
        )
        self._version = stored.version


class EditOfficeCommand(_ServiceCommand):
    """An office edit; undo re-applies the previous values through OfficeService.edit."""

    def __init__(
        self,
        text: str,
        offices: OfficeService,
        before: Office,
        after: Office,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(text, after.id, refresh, report)
        self._offices = offices
        self._before = before
        self._after = after
        self._version = after.version

    def _apply(self, undoing: bool) -> None:
        if undoing:
            changes = office_changes(self._before, replacing=self._after.names)
        else:
            changes = office_changes(self._after, replacing=self._before.names)
        stored = self._offices.edit(self._record_id, changes, expected_version=self._version)
        self._version = stored.version
