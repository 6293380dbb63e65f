"""The contact detail pane: every field of a contact, checked as it is typed, saved on request."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from crm_app.domain.errors import (
    ConflictError,
    CrmError,
    DuplicateError,
    EditConflictError,
    NotFoundError,
    ValidationError,
)
from crm_app.domain.history import RecordKind
from crm_app.domain.messages import Message
from crm_app.domain.phones import PhoneCheck
from crm_app.domain.records import Contact, ContactKind, Email, Office, Phone
from crm_app.services.contacts import DuplicateHint
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from crm_app.ui.channel_rows import (
    EmailRow,
    PhoneRow,
    email_list,
    load_email_rows,
    load_rows,
    phone_list,
)
from crm_app.ui.conflict_dialog import ConflictDialog
from crm_app.ui.data_language import PhoneFormat
from crm_app.ui.dialogs import (
    DuplicateChoice,
    ask_reload_after_conflict,
    confirm_duplicate,
    run_modal,
)
from crm_app.ui.editor_pane import EditorPane
from crm_app.ui.history_view import HistoryView, deleted_note
from crm_app.ui.i18n import date_format, format_date
from crm_app.ui.labels import contact_kind_label
from crm_app.ui.messages import tr_error, tr_field_reason, tr_message
from crm_app.ui.record_fields import (
    choose_contact,
    contact_before,
    contact_field_label,
    contact_value_text,
    contact_values,
    default_choices,
    differing_rows,
    format_moment,
)
from crm_app.ui.undo import contact_changes
from crm_app.ui.widgets import Level, show_placeholders

DUPLICATE_CHECK_DELAY_MS = 250
_LANGUAGE_SEPARATORS = re.compile(r"[\s,;]+")
# Service error fields that belong to another field's message line.
_FIELD_ALIASES = {"name": "given", "title language": "title"}
# Fields whose error is checked again as the form changes, so it goes once fixed.
_LIVE_CHECKED = frozenset(
    {"honorific", "given", "family", "title", "title-fr", "title-es", "languages", "notes"}
)


# The date field's "no date": shown as the words "not verified", never as a date.
_NOT_VERIFIED = QDate(1900, 1, 1)


class ContactEditor(EditorPane):
    open_contact_requested = Signal(int)
    restore_requested = Signal(int)
    # (contact id, version): put back an earlier version, chosen in the History tab.
    restore_version_requested = Signal(int, int)
    # The stored contact was shown again without a save of this form (a conflict's
    # "keep theirs"): the list and card follow.
    stored_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "contact",
            QCoreApplication.translate(
                "ContactEditor", "Select a contact in the list, or add a new one."
            ),
            QCoreApplication.translate("ContactEditor", "Save contact"),
            parent,
        )
        self._services = services
        self._language = language
        self._numbers = PhoneFormat(services.templates)
        self._contact: Contact | None = None
        # "Not saved: correct the fields marked above" is showing, and goes with the marks.
        self._refused_for_marks = False
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        self._restore_button = QPushButton(self.tr("Restore"), self.banner)
        self._restore_button.setObjectName("restoreContact")
        self._restore_button.setAccessibleName(self.tr("Restore this contact"))
        self._restore_button.clicked.connect(self._restore_clicked)
        self.banner_layout.addWidget(self._restore_button)
        self.reload_requested.connect(self._reload_stored)
        self._build_fields()
        self._update_tab_order()
        self._history = HistoryView(
            RecordKind.CONTACT, language, self._numbers.number, restorable=True
        )
        self._history.restore_requested.connect(self._restore_version)
        self.add_history(self._history)

    @property
    def history(self) -> HistoryView:
        return self._history

    def _restore_version(self, version: int) -> None:
        if self._contact is not None:
            self.restore_version_requested.emit(self._contact.id, version)

    def _line(self, object_name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self.form)
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self.on_changed)
        return edit

    def _build_fields(self) -> None:
        form = self.form
        self.add_heading(self.tr("Name"))
        self._honorific = self._line("honorific", self.tr("Honorific"))
        self._honorific.setPlaceholderText(self.tr("Ms, Mr, Dr…"))
        self.add_field(self.tr("&Honorific:"), self._honorific, "honorific")
        self._given = self._line("givenName", self.tr("Given name"))
        self.add_field(self.tr("&Given name:"), self._given, "given")
        self._family = self._line("familyName", self.tr("Family name"))
        self.add_field(self.tr("&Family name:"), self._family, "family")
        # The same name at the same office is a possible duplicate too.
        for name_edit in (self._given, self._family):
            name_edit.textChanged.connect(self._names_changed)

        self.add_heading(self.tr("Work"))
        self._office = QComboBox(form)
        self._office.setObjectName("office")
        self._office.setAccessibleName(self.tr("Office"))
        self._office.currentIndexChanged.connect(self._office_changed)
        self.add_field(self.tr("&Office:"), self._office, "office")
        self._kind = QComboBox(form)
        self._kind.setObjectName("contactKind")
        self._kind.setAccessibleName(self.tr("Kind of contact"))
        for kind in ContactKind:
            self._kind.addItem(contact_kind_label(kind), kind)
        self._kind.currentIndexChanged.connect(self.on_changed)
        self.add_field(self.tr("&Kind:"), self._kind)
        self._titles: dict[str, QLineEdit] = {
            "en": self._line("jobTitle", self.tr("Job title in English")),
            "fr": self._line("jobTitleFr", self.tr("Job title in French")),
            "es": self._line("jobTitleEs", self.tr("Job title in Spanish")),
        }
        self.add_field(self.tr("&Job title:"), self._titles["en"], "title")
        self.add_field(self.tr("Job title (F&rench):"), self._titles["fr"], "title-fr")
        self.add_field(self.tr("Job title (S&panish):"), self._titles["es"], "title-es")

        self.add_heading(self.tr("Phone and e-mail"))
        self._phones = phone_list(self._check_phone, self._language, form)
        self._phones.changed.connect(self._channels_changed)
        self._phones.rows_changed.connect(self._update_tab_order)
        self.add_field(self.tr("Phones:"), self._phones)
        self._emails = email_list(form)
        self._emails.changed.connect(self._channels_changed)
        self._emails.rows_changed.connect(self._update_tab_order)
        self.add_field(self.tr("E-mail:"), self._emails)
        self._duplicates = QLabel(form)
        self._duplicates.setObjectName("duplicates")
        self._duplicates.setAccessibleName(self.tr("Possible duplicates"))
        self._duplicates.setWordWrap(True)
        self._duplicates.setTextFormat(Qt.TextFormat.RichText)
        self._duplicates.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._duplicates.linkActivated.connect(self._duplicate_link)
        self._duplicates.setVisible(False)
        self.form_layout.addRow("", self._duplicates)

        self.add_heading(self.tr("More"))
        self._languages = self._line("languages", self.tr("Languages spoken"))
        self._languages.setPlaceholderText(self.tr("Language codes, e.g. en, fr, zh"))
        self.add_field(self.tr("&Languages:"), self._languages, "languages")
        verified = QWidget(form)
        verified_layout = QHBoxLayout(verified)
        verified_layout.setContentsMargins(0, 0, 0, 0)
        self._verified = QCheckBox(self.tr("&Verified on"), verified)
        self._verified.setObjectName("verified")
        self._verified.setAccessibleName(self.tr("Details verified"))
        self._verified.toggled.connect(self._verified_toggled)
        self._verified_on = QDateEdit(verified)
        self._verified_on.setObjectName("lastVerified")
        self._verified_on.setAccessibleName(self.tr("Date the details were last verified"))
        self._verified_on.setCalendarPopup(True)
        self._verified_on.setDisplayFormat(date_format())
        self._verified_on.setEnabled(False)
        # Unverified, the field says so instead of showing a date that looks like one.
        self._verified_on.setMinimumDate(_NOT_VERIFIED)
        self._verified_on.setSpecialValueText(self.tr("not verified"))
        self._verified_on.dateChanged.connect(self.on_changed)
        self._verified_today = QPushButton(self.tr("Verified &today"), verified)
        self._verified_today.setObjectName("verifiedToday")
        self._verified_today.setAccessibleName(self.tr("Mark the details as verified today"))
        self._verified_today.clicked.connect(self._mark_verified_today)
        verified_layout.addWidget(self._verified)
        verified_layout.addWidget(self._verified_on)
        verified_layout.addWidget(self._verified_today)
        verified_layout.addStretch(1)
        self.add_field(self.tr("Last verified:"), verified)
        self._left = QCheckBox(self.tr("Has le&ft the organisation"), form)
        self._left.setObjectName("hasLeft")
        self._left.setAccessibleName(self.tr("Has left the organisation"))
        self._left.toggled.connect(self.on_changed)
        self.add_field(self.tr("Status:"), self._left)
        self._notes = QPlainTextEdit(form)
        self._notes.setObjectName("notes")
        self._notes.setAccessibleName(self.tr("Notes"))
        self._notes.setTabChangesFocus(True)
        self._notes.setFixedHeight(self._notes.fontMetrics().lineSpacing() * 5 + 12)
        self._notes.textChanged.connect(self.on_changed)
        self.add_field(self.tr("&Notes:"), self._notes, "notes")

    def _update_tab_order(self) -> None:
        self.set_tab_order(
            [
                self._restore_button,
                self._honorific,
                self._given,
                self._family,
                self._office,
                self._kind,
                *self._titles.values(),
                *self._phones.focus_chain(),
                *self._emails.focus_chain(),
                self._languages,
                self._verified,
                self._verified_on,
                self._verified_today,
                self._left,
                self._notes,
            ]
        )

    # State

    @property
    def contact(self) -> Contact | None:
        return self._contact

    def is_new(self) -> bool:
        return self.is_editing() and self._contact is None

    def can_save(self) -> bool:
        return self.is_editing() and not (self._contact is not None and self._contact.deleted)

    def record_name(self) -> str:
        """What the unsaved-changes question calls this contact."""
        name = " ".join(part for part in (self._given.text(), self._family.text()) if part)
        return name.strip() or self.tr("the new contact")

    def form_state(self) -> tuple[object, ...]:
        return (
            self._honorific.text(),
            self._given.text(),
            self._family.text(),
            self._office.currentData(),
            self._kind.currentData(),
            tuple(edit.text() for edit in self._titles.values()),
            self._phones.states(),
            self._emails.states(),
            self._languages.text(),
            self._verified.isChecked(),
            self._verified_on.date() if self._verified.isChecked() else None,
            self._left.isChecked(),
            self._notes.toPlainText(),
        )

    # Offices

    def set_offices(self, offices: Sequence[Office]) -> None:
        """Fill the office combo (offices changed elsewhere); the chosen one stays chosen."""
        chosen = self._office.currentData()
        self._office.blockSignals(True)
        self._office.clear()
        self._office.addItem(self.tr("No office"), None)
        for office in sorted(offices, key=lambda o: o.name(self._language).casefold()):
            self._office.addItem(office.name(self._language), office.id)
        self._office.setCurrentIndex(max(0, self._office.findData(chosen)))
        self._office.blockSignals(False)

    def _office_changed(self) -> None:
        # A number is read in its office's country, with its switchboard's area code.
        for row in self._phones.rows:
            row.recheck()
        self.clear_field_error("office")
        self._channels_changed()

    def _check_phone(self, raw: str) -> PhoneCheck:
        office_id = self._office.currentData()
        return self._numbers.check(self._services.contacts.check_phone(raw, office_id))

    # Loading

    def clear(self) -> None:
        """Nothing selected: show the placeholder."""
        self._contact = None
        self._duplicate_timer.stop()
        self.show_placeholder()

    def stop_checks(self) -> None:
        """No duplicate check is due any more (the window closes)."""
        self._duplicate_timer.stop()

    def show_from_top(self) -> None:
        """A form opens at its first field, wherever the last contact's form was left."""
        viewport = self.form.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        if self.form.isEnabled():
            self._given.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_contact(self, office_id: int | None = None) -> None:
        self._fill(None, office_id)
        self._given.setFocus()

    def load(self, contact: Contact) -> None:
        self._fill(contact, contact.office.id if contact.office is not None else None)

    def revert(self) -> None:
        if self._contact is not None and self.changed_elsewhere_shown():
            self._reload_stored()  # what was loaded is no longer what is stored
        elif self._contact is not None:
            self.load(self._contact)
        elif self.is_editing():
            office = self._baseline[3] if self._baseline else None
            self.new_contact(office if isinstance(office, int) else None)

    def _fill(self, contact: Contact | None, office_id: int | None) -> None:
        self.begin_loading()
        self._refused_for_marks = False
        self._contact = contact
        self._duplicate_timer.stop()
        self._office.setCurrentIndex(max(0, self._office.findData(office_id)))
        self._honorific.setText(contact.honorific if contact else "")
        self._given.setText(contact.given if contact else "")
        self._family.setText(contact.family if contact else "")
        kind = contact.kind if contact else ContactKind.MISSION_CONTACT
        self._kind.setCurrentIndex(self._kind.findData(kind))
        for language, edit in self._titles.items():
            edit.setText(contact.titles.get(language, "") if contact else "")
        load_rows(self._phones, contact.phones if contact else ())
        load_email_rows(self._emails, contact.emails if contact else ())
        self._languages.setText(", ".join(contact.languages) if contact else "")
        verified = contact.last_verified if contact else None
        self._verified.setChecked(verified is not None)
        self._verified_on.setEnabled(verified is not None)
        self._verified_on.setDate(
            QDate(verified.year, verified.month, verified.day) if verified else _NOT_VERIFIED
        )
        self._left.setChecked(contact is not None and not contact.active)
        self._notes.setPlainText(contact.notes if contact else "")
        self._show_header()
        if contact is None:
            self._history.clear()
            self.show_details()
        else:
            contact_id = contact.id
            self._history.show_record(
                lambda: self._services.contacts.history(contact_id),
                deleted_note() if contact.deleted else "",
            )
        read_only = contact is not None and contact.deleted
        self.form.setEnabled(not read_only)
        show_placeholders(self.form, not read_only)
        self.save_button.setEnabled(self.can_save())
        self._duplicates.setVisible(False)
        self.end_loading()
        self._update_tab_order()
        if contact is not None:
            self._duplicate_timer.start()

    def _show_header(self) -> None:
        contact = self._contact
        if contact is None:
            self.title_label.setText(self.tr("New contact"))
            self.subtitle_label.setText(
                self.tr("Phone numbers and e-mail addresses are checked as you type.")
            )
            self.banner.setVisible(False)
            return
        self.title_label.setText(contact.display_name)
        parts = [contact.title(self._language)]
        if contact.office is not None:
            parts.append(contact.office.name(self._language))
        self.subtitle_label.setText(" · ".join(part for part in parts if part))
        if contact.deleted:
            when = format_date(contact.deleted_at) if contact.deleted_at else ""
            self.banner_message.show_message(
                Level.WARNING,
                self.tr("Deleted on {date}. Restore it to edit it again.").format(date=when),
            )
            self.banner.setVisible(True)
        elif not contact.active:
            self.banner_message.show_message(
                Level.WARNING,
                self.tr("Has left the organisation. Restore marks this contact as active."),
            )
            self.banner.setVisible(True)
        else:
            self.banner.setVisible(False)

    def changed_elsewhere(self, stored: Contact | None) -> None:
        """Someone else changed (or deleted) the contact being edited: say so above the
        form. The edits stay; saving them would meet the newer version."""
        if stored is None or stored.deleted:
            text = self.tr(
                "Someone else deleted this contact while you were editing it, so your edits"
                " cannot be saved. Reload shows it as deleted; restore it if it is still"
                " needed."
            )
        else:
            text = self.tr(
                "Someone else changed this contact while you were editing it. Reload shows"
                " their version and drops your unsaved edits."
            )
        self.show_changed_elsewhere(text)

    def _restore_clicked(self) -> None:
        if self._contact is not None:
            self.restore_requested.emit(self._contact.id)

    def _verified_toggled(self, checked: bool) -> None:
        self._verified_on.setEnabled(checked)
        if checked and self._verified_on.date() == _NOT_VERIFIED:
            today = self._services.clock.today()
            self._verified_on.setDate(QDate(today.year, today.month, today.day))
        elif not checked:
            self._verified_on.setDate(_NOT_VERIFIED)
        self.on_changed()

    def _mark_verified_today(self) -> None:
        today = self._services.clock.today()
        self._verified_on.setDate(QDate(today.year, today.month, today.day))
        self._verified.setChecked(True)

    # Duplicates

    def _names_changed(self) -> None:
        if not self.is_loading() and self.is_editing():
            self._duplicate_timer.start()

    def _channels_changed(self) -> None:
        self.on_changed()
        if not self.is_loading() and self.is_editing():
            self._duplicate_timer.start()

    def _duplicate_hints(self) -> list[DuplicateHint]:
        phones: list[Phone] = [
            phone for row in self._phones.filled() if (phone := row.checked_phone()) is not None
        ]
        emails: list[Email] = [
            email for row in self._emails.filled() if (email := row.checked_email()) is not None
        ]
        office = self._office.currentData()
        name = (self._given.text(), self._family.text())
        if not (phones or emails or (isinstance(office, int) and any(name))):
            return []
        exclude = self._contact.id if self._contact is not None else None
        try:
            return self._services.contacts.duplicates(
                phones,
                emails,
                exclude_id=exclude,
                name=name,
                office_id=office if isinstance(office, int) else None,
            )
        except CrmError:
            return []  # a hint is a courtesy: saving still checks

    def _check_duplicates(self) -> None:
        lines = [
            self.tr("Possible duplicate: {link} ({reason}).").format(
                link=(
                    f'<a href="contact:{hint.contact_id}">'
                    f"{html.escape(hint.label(self._language))}</a>"
                ),
                reason=html.escape(tr_message(hint.reason)),
            )
            for hint in self._duplicate_hints()
        ]
        self._duplicates.setText("<br>".join(lines))
        self._duplicates.setVisible(bool(lines))

    def _duplicate_link(self, link: str) -> None:
        _, _, number = link.partition(":")
        if number.isdigit():
            self.open_contact_requested.emit(int(number))

    # Checking

    def on_changed(self) -> None:
        super().on_changed()
        if self.is_editing() and not self.is_loading():
            self._recheck_errors()

    def _recheck_errors(self) -> None:
        """A field's error goes as soon as the field is fixed, and so does "Not saved" once
        nothing is left to correct."""
        shown = [key for key in self.shown_field_errors() if key in _LIVE_CHECKED]
        if shown:
            current: dict[str, str] = {}
            for problem in self._services.contacts.field_problems(self._draft()):
                current.setdefault(_FIELD_ALIASES.get(problem.field, problem.field), problem.reason)
            for key in shown:
                if key in current:
                    self.field_error(key, tr_message(current[key]), focus=False)
                else:
                    self.clear_field_error(key)
        if self._refused_for_marks and not self._anything_to_correct():
            self._refused_for_marks = False
            self.form_error.clear()

    def _anything_to_correct(self) -> bool:
        return (
            bool(self.shown_field_errors())
            or any(row.is_invalid() and not row.keeps_invalid() for row in self._phones.filled())
            or any(row.is_invalid() for row in self._emails.filled())
        )

    # Saving

    def save(self) -> bool:
        """Check, then add or edit through the service; False (with the reason shown) if refused.

        Every field that would be refused is marked at once, not one per click.
        """
        if not self.can_save():
            return False
        self.clear_errors()
        self._refused_for_marks = False
        rows: list[PhoneRow | EmailRow] = [*self._phones.rows, *self._emails.rows]
        for row in rows:
            row.recheck()  # puts back the check messages a refused save replaced
        first_bad: QWidget | None = None
        elsewhere: list[str] = []
        for problem in self._services.contacts.field_problems(self._draft()):
            key = _FIELD_ALIASES.get(problem.field, problem.field)
            if self.field_error(key, tr_message(problem.reason), focus=False):
                first_bad = first_bad or self.field_widget(key)
            else:
                elsewhere.append(tr_error(problem))
        bad_channel = self._check_channels()  # always: every row gets its mark too
        first_bad = first_bad or bad_channel
        if first_bad is not None or elsewhere:
            self.refused(" ".join(elsewhere) or None)
            self._refused_for_marks = not elsewhere
            if first_bad is not None:
                first_bad.setFocus()
            return False
        try:
            stored = self._store(force=False)
        except DuplicateError as exc:
            reason = self._duplicate_reason(exc)
            choice = confirm_duplicate(self, reason)
            if choice is DuplicateChoice.OPEN:
                self.clear()  # the person chose the stored contact over this draft
                self.open_contact_requested.emit(exc.existing_id)
                return False
            if choice is DuplicateChoice.CANCEL:
                self._show_error(exc.field, exc.reason)
                return False
            try:
                stored = self._store(force=True)
            except CrmError as again:
                self._show_service_error(again)
                return False
        except EditConflictError as exc:
            return self._resolve_conflict(exc)
        except CrmError as exc:
            self._show_service_error(exc)
            return False
        before = self._contact
        kept: list[str] = []
        if before is not None and stored.version > before.version + 1:
            # Someone saved other fields meanwhile, and the save kept them (a merge): its
            # undo takes back this form's changes only.
            kept, before = self._merged(before, stored)
        self.load(stored)
        self.saved.emit(before, stored)
        if kept:
            self.status_message.emit(
                self.tr(
                    "Saved {name}. Changes saved meanwhile by someone else were kept: {fields}."
                ).format(name=stored.display_name, fields=", ".join(kept))
            )
        return True

    def _merged(self, loaded: Contact, stored: Contact) -> tuple[list[str], Contact]:
        """The labels of the fields another save changed that this one kept, and the
        contact as it stood before this save."""
        base = contact_values(contact_changes(loaded))
        mine = contact_values(self._edit_changes(self._draft()))
        now = contact_values(contact_changes(stored))
        my_keys = [
            key for key in dict.fromkeys([*base, *mine]) if base.get(key, "") != mine.get(key, "")
        ]
        theirs = [
            contact_field_label(key)
            for key in dict.fromkeys([*base, *now])
            if key not in my_keys and base.get(key, "") != now.get(key, "")
        ]
        return theirs, contact_before(stored, loaded, my_keys)

    def _resolve_conflict(self, exc: EditConflictError) -> bool:
        """Someone saved this contact since it was loaded, and changed a field this form
        changes too (or when is not known): show both versions, save what the person
        chooses. Fields only one side changed keep that side's value."""
        loaded = self._contact
        if loaded is None or not isinstance(exc.record, Contact):
            self._show_service_error(exc)
            return False
        base = contact_changes(loaded)
        mine = self._edit_changes(self._draft())
        while True:
            record = exc.record
            if not isinstance(record, Contact):
                self._show_service_error(exc)
                return False
            theirs = contact_changes(record)
            rows = differing_rows(
                contact_values(base),
                contact_values(mine),
                contact_values(theirs),
                contact_field_label,
                contact_value_text(self._office_names(record)),
            )
            if any(row.clash for row in rows):
                dialog = ConflictDialog(
                    loaded.display_name,
                    exc.changed_by,
                    format_moment(exc.changed_at) if exc.changed_at is not None else "",
                    rows,
                    self,
                )
                run_modal(dialog)
                from_mine = dialog.from_mine()
            else:
                from_mine = [key for key, take in default_choices(rows).items() if take]
            if from_mine is None:
                self.refused(self.tr("Not saved: someone else changed this contact meanwhile."))
                return False
            resolved = choose_contact(mine, theirs, from_mine)
            if contact_values(resolved) == contact_values(theirs):
                self.load(record)  # nothing of this form's is kept: theirs is what stays
                self.stored_changed.emit(record.id)
                self.status_message.emit(
                    self.tr("Kept the version of {name} that {who} saved.").format(
                        name=record.display_name, who=exc.changed_by or self.tr("someone else")
                    )
                )
                return True
            try:
                stored = self._services.contacts.edit(
                    record.id, resolved, expected_version=exc.current_version, merge=True
                )
            except EditConflictError as again:  # yet another save came in between
                base, mine, exc = theirs, resolved, again
                continue
            except CrmError as error:
                self._show_service_error(error)
                return False
            self.load(stored)
            self.saved.emit(record, stored)
            return True

    def _office_names(self, record: Contact) -> dict[str, str]:
        names = {
            str(self._office.itemData(row)): self._office.itemText(row)
            for row in range(self._office.count())
            if self._office.itemData(row) is not None
        }
        if record.office is not None:
            names.setdefault(str(record.office.id), record.office.name(self._language))
        return names

    def _duplicate_reason(self, exc: DuplicateError) -> str:
        """The service's reason, with the other contact's office in the data language."""
        for hint in self._duplicate_hints():
            if hint.contact_id == exc.existing_id:
                return self.tr("{what} as {name}").format(
                    what=tr_message(hint.reason), name=hint.label(self._language)
                )
        return tr_message(exc.reason)

    def _check_channels(self) -> QWidget | None:
        """Mark every invalid e-mail, and every invalid phone nobody asked to keep; the first
        one's field, or None when all can be saved."""
        first_bad: QWidget | None = None
        for phone_row in self._phones.filled():
            if phone_row.is_invalid() and not phone_row.keeps_invalid():
                phone_row.refuse()
                first_bad = first_bad or phone_row.edit
        for email_row in self._emails.filled():
            if email_row.is_invalid():
                email_row.show_error(email_row.message.text())
                first_bad = first_bad or email_row.edit
        return first_bad

    def _draft(self) -> ContactDraft:
        """The form as a new contact would be added: also what an edit sends."""
        office_id = self._office.currentData()
        typed_languages = _LANGUAGE_SEPARATORS.split(self._languages.text())
        # Titles in languages this form does not show are kept as they are.
        titles = dict(self._contact.titles) if self._contact is not None else {}
        titles.update({language: edit.text() for language, edit in self._titles.items()})
        verified = self._verified_on.date().toPython() if self._verified.isChecked() else None
        assert verified is None or isinstance(verified, date)
        return ContactDraft(
            given=self._given.text(),
            family=self._family.text(),
            honorific=self._honorific.text(),
            titles=titles,
            office=str(office_id) if office_id is not None else None,
            kind=ContactKind(self._kind.currentData()),
            languages=tuple(code for code in typed_languages if code),
            phones=tuple(row.phone_input() for row in self._phones.filled()),
            emails=tuple(row.email_input() for row in self._emails.filled()),
            notes=self._notes.toPlainText(),
            active=not self._left.isChecked(),
            last_verified=verified,
        )

    def _store(self, force: bool) -> Contact:
        draft = self._draft()
        if self._contact is None:
            return self._services.contacts.add(draft, force=force)
        # Another save of other fields since this form was loaded is kept, not refused.
        return self._services.contacts.edit(
            self._contact.id,
            self._edit_changes(draft),
            expected_version=self._contact.version,
            merge=True,
        )

    @staticmethod
    def _edit_changes(draft: ContactDraft) -> ContactChanges:
        """The whole form as an edit sends it."""
        return ContactChanges(
            given=draft.given,
            family=draft.family,
            honorific=draft.honorific,
            titles=draft.titles,
            office=draft.office or "",
            kind=draft.kind,
            languages=draft.languages,
            phones=draft.phones,
            emails=draft.emails,
            notes=draft.notes,
            active=draft.active,
            last_verified=draft.last_verified,
            # An unticked box takes a stored date away.
            clear_last_verified=draft.last_verified is None,
        )

    def _show_service_error(self, exc: CrmError) -> None:
        if isinstance(exc, ConflictError) and self._contact is not None:
            self.refused(self.tr("Not saved: someone else changed this contact meanwhile."))
            if ask_reload_after_conflict(self, self._contact.display_name):
                self._reload_stored()
            return
        if isinstance(exc, NotFoundError):
            self.refused(self.tr("Not saved: this contact was deleted meanwhile."))
            return
        if isinstance(exc, ValidationError | DuplicateError):
            self._show_error(exc.field, exc.reason)
            return
        self.refused(tr_error(exc))

    def _reload_stored(self) -> None:
        if self._contact is None:
            return
        try:
            fresh = self._services.contacts.get(self._contact.id, include_deleted=True)
        except CrmError as exc:
            self.refused(tr_error(exc))
            return
        self.load(fresh)

    def _show_error(self, field: str, message: Message) -> None:
        """Put a service's reason next to the field it names, else under the form."""
        reason = tr_message(message)
        row: PhoneRow | EmailRow | None = self._phones.row_for_field(
            field, "phone"
        ) or self._emails.row_for_field(field, "email")
        if row is not None:
            row.show_error(reason[:1].upper() + reason[1:])
            row.edit.setFocus()
        elif not self.field_error(_FIELD_ALIASES.get(field, field), reason):
            self.refused(tr_field_reason(field, message))
            return
        self.refused()
        self._refused_for_marks = True
