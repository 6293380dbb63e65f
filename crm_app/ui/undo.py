"""Undoable changes. Each command is pushed after its service call succeeded, so the first
redo() is skipped; undo and later redos go through the services again, never around them.

A service call can fail (someone else changed or deleted the record meanwhile). QUndoStack
cannot be told so: it moves its index whatever undo() or redo() did. UndoStack therefore
runs the command's change first and moves the index only when it went through; a failed
command stays where it was, so Undo (or Redo) offers it again once the cause is sorted out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from crm_app.domain.errors import ConflictError, CrmError
from crm_app.domain.messages import Message
from crm_app.domain.records import Contact, Office, Release
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactChanges, EmailInput, OfficeChanges, PhoneInput
from crm_app.services.offices import OfficeService
from crm_app.services.releases import ReleaseService
from crm_app.ui.messages import tr_error, tr_message

# Called with the id of the record a command just changed, so the right section refreshes.
Refresh = Callable[[int], None]
# Shows that an undo or redo did not go through: a title and the whole explanation.
Report = Callable[[str, str], None]
# Shows a passing note: the undo or redo went through, with a warning worth reading.
Notify = Callable[[str], None]


class _Restored(Protocol):
    """What a restore returns: the record, and what the person should be warned about."""

    @property
    def warnings(self) -> Sequence[Message]: ...


class _Trashable(Protocol):
    """A service whose records can be soft-deleted and restored."""

    def delete(self, record_id: int, /) -> object: ...

    def restore(self, record_id: int, /) -> _Restored: ...


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
        last_verified=contact.last_verified,
        clear_last_verified=contact.last_verified is None,
        family_first=contact.family_first,
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


class UndoStack(QUndoStack):
    """A QUndoStack whose commands may fail: the index moves only past a change that was made.

    Drive it through undo() and redo() here (Qt's own undo action calls the C++ slot, which
    bypasses them); a _ServiceCommand run by a plain QUndoStack cannot keep its place.
    """

    def undo(self) -> None:
        if self.canUndo() and not self._attempt(self.index() - 1, undoing=True):
            return
        super().undo()

    def redo(self) -> None:
        if self.canRedo() and not self._attempt(self.index(), undoing=False):
            return
        super().redo()

    def _attempt(self, position: int, undoing: bool) -> bool:
        command = self.command(position)
        if isinstance(command, _ServiceCommand):
            return command.attempt(undoing)
        return True  # an ordinary command does its work in undo() or redo()


def _translate(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class _ServiceCommand(QUndoCommand):
    def __init__(
        self, text: str, record_id: int, refresh: Refresh, report: Report, notify: Notify
    ) -> None:
        super().__init__(text)
        self._record_id = record_id
        self._refresh = refresh
        self._report = report
        self._notify = notify
        # The change is already made: the redo() of the push, or the undo()/redo() the stack
        # calls after attempt() succeeded, has nothing left to do.
        self._made = True

    def _apply(self, undoing: bool) -> Sequence[Message]:
        """Make the change through the service; returns warnings about what it did."""
        raise NotImplementedError

    def attempt(self, undoing: bool) -> bool:
        """Undo or redo the change now; False (and the person told why) when it failed."""
        try:
            warnings = self._apply(undoing)
        except CrmError as exc:
            self._refresh(self._record_id)
            self._report(*self._failure(exc, undoing))
            return False
        self._made = True
        self._refresh(self._record_id)
        if warnings:
            self._notify(self._warning(warnings, undoing))
        return True

    def _failure(self, error: CrmError, undoing: bool) -> tuple[str, str]:
        if undoing:
            title = _translate("Cannot undo")
            text = _translate(
                "“{action}” was not undone: {reason}\n\n"
                "It stays in Edit → Undo, so you can try again once this is sorted out."
            )
        else:
            title = _translate("Cannot redo")
            text = _translate(
                "“{action}” was not redone: {reason}\n\n"
                "It stays in Edit → Redo, so you can try again once this is sorted out."
            )
        return title, text.format(action=self.text(), reason=tr_error(error))

    def _warning(self, warnings: Sequence[Message], undoing: bool) -> str:
        text = (
            _translate("Undone: {action}. Warning: {warnings}.")
            if undoing
            else _translate("Redone: {action}. Warning: {warnings}.")
        )
        return text.format(action=self.text(), warnings="; ".join(map(tr_message, warnings)))

    def _step(self, undoing: bool) -> None:
        if self._made:
            self._made = False
            return
        # Only a plain QUndoStack gets here: it has already moved its index.
        self.attempt(undoing)

    def redo(self) -> None:
        self._step(undoing=False)

    def undo(self) -> None:
        self._step(undoing=True)


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
        notify: Notify,
    ) -> None:
        super().__init__(text, record_id, refresh, report, notify)
        self._service = service
        self._present_after = present_after

    def _apply(self, undoing: bool) -> Sequence[Message]:
        if self._present_after != undoing:
            return self._service.restore(self._record_id).warnings
        self._service.delete(self._record_id)
        return ()


class EditContactCommand(_ServiceCommand):
    """An edit; undo re-applies the previous values through ContactService.edit.

    It goes ahead only while the contact still holds what this command last left there; its
    version alone would not do, since a delete and restore (undone in between) bump it too.
    """

    def __init__(
        self,
        text: str,
        contacts: ContactService,
        before: Contact,
        after: Contact,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(text, after.id, refresh, report, notify)
        self._contacts = contacts
        self._before = before
        self._after = after
        self._left = after

    def _apply(self, undoing: bool) -> Sequence[Message]:
        current = self._contacts.get(self._record_id)
        if contact_changes(current) != contact_changes(self._left):
            raise ConflictError("contact", self._record_id)
        target = self._before if undoing else self._after
        self._left = self._contacts.edit(
            self._record_id, contact_changes(target), expected_version=current.version
        )
        return ()


class EditOfficeCommand(_ServiceCommand):
    """An office edit; undo re-applies the previous values through OfficeService.edit, as
    long as the office still holds what this command last left there."""

    def __init__(
        self,
        text: str,
        offices: OfficeService,
        before: Office,
        after: Office,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(text, after.id, refresh, report, notify)
        self._offices = offices
        self._before = before
        self._after = after
        self._left = after

    def _apply(self, undoing: bool) -> Sequence[Message]:
        current = self._offices.get(self._record_id)
        if office_changes(current) != office_changes(self._left):
            raise ConflictError("office", self._record_id)
        target, other = (self._before, self._after) if undoing else (self._after, self._before)
        changes = office_changes(target, replacing=other.names)
        self._left = self._offices.edit(self._record_id, changes, expected_version=current.version)
        return ()


RecordT = TypeVar("RecordT", Contact, Office, Release)


class _RevertCommand(_ServiceCommand, Generic[RecordT]):
    """An earlier version put back. Undo puts back the version it replaced, redo the earlier
    one again: each is a new version, so the history keeps every step.

    Like an edit, it goes ahead only while the record holds what this command left there
    (`state` says what is compared).
    """

    def __init__(
        self,
        text: str,
        what: str,
        get: Callable[[int], RecordT],
        revert: Callable[[int, int, int], RecordT],
        state: Callable[[RecordT], object],
        record_id: int,
        replaced_version: int,
        after: RecordT,
        to_version: int,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(text, record_id, refresh, report, notify)
        self._what = what
        self._get: Callable[[int], RecordT] = get
        self._revert: Callable[[int, int, int], RecordT] = revert
        self._state: Callable[[RecordT], object] = state
        self._replaced = replaced_version
        self._to_version = to_version
        self._left: RecordT = after

    def _apply(self, undoing: bool) -> Sequence[Message]:
        current = self._get(self._record_id)
        if self._state(current) != self._state(self._left):
            raise ConflictError(self._what, self._record_id)
        target = self._replaced if undoing else self._to_version
        self._left = self._revert(self._record_id, target, current.version)
        return ()


class RevertContactCommand(_RevertCommand[Contact]):
    def __init__(
        self,
        text: str,
        contacts: ContactService,
        before: Contact,
        after: Contact,
        to_version: int,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(
            text, "contact", contacts.get, contacts.revert, contact_changes,
            after.id, before.version, after, to_version, refresh, report, notify,
        )  # fmt: skip


class RevertOfficeCommand(_RevertCommand[Office]):
    def __init__(
        self,
        text: str,
        offices: OfficeService,
        before: Office,
        after: Office,
        to_version: int,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(
            text, "office", offices.get, offices.revert, office_changes,
            after.id, before.version, after, to_version, refresh, report, notify,
        )  # fmt: skip


def _release_fields(release: Release) -> tuple[object, ...]:
    """What a release revert puts back, and its status: what an undo checks is unchanged."""
    return (
        release.title,
        release.language,
        release.date,
        release.dateline,
        release.office.id if release.office is not None else None,
        release.url,
        release.status,
        tuple(contact.id for contact in release.contacts),
    )


class RevertReleaseCommand(_RevertCommand[Release]):
    def __init__(
        self,
        text: str,
        releases: ReleaseService,
        before: Release,
        after: Release,
        to_version: int,
        refresh: Refresh,
        report: Report,
        notify: Notify,
    ) -> None:
        super().__init__(
            text, "release", releases.get, releases.revert, _release_fields,
            after.id, before.version, after, to_version, refresh, report, notify,
        )  # fmt: skip
