"""The office detail pane: names per language, country, city, kind, switchboard, parent."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from crm_app.domain.countries import country_name
from crm_app.domain.errors import (
    ConflictError,
    CrmError,
    EditConflictError,
    NotFoundError,
    ValidationError,
)
from crm_app.domain.history import RecordKind
from crm_app.domain.phones import check_phone
from crm_app.domain.records import Office, OfficeKind
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeChanges, OfficeDraft
from crm_app.ui.conflict_dialog import ConflictDialog
from crm_app.ui.data_language import PhoneFormat
from crm_app.ui.dialogs import ask_reload_after_conflict, run_modal
from crm_app.ui.editor_pane import EditorPane
from crm_app.ui.history_view import HistoryView
from crm_app.ui.labels import line_type_label, office_kind_label
from crm_app.ui.messages import tr_error, tr_message
from crm_app.ui.record_fields import (
    choose_office,
    default_choices,
    differing_rows,
    format_moment,
    office_field_label,
    office_value_text,
    office_values,
)
from crm_app.ui.undo import office_changes
from crm_app.ui.widgets import CountryCombo, FieldMark, Level


class OfficeEditor(EditorPane):
    # The stored office was shown again without a save of this form (a conflict's "keep
    # theirs"): the list follows.
    stored_changed = Signal(int)
    # An earlier version to put back: (office id, version); the section asks and does it.
    restore_version_requested = Signal(int, int)

    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "office",
            QCoreApplication.translate(
                "OfficeEditor", "Select an office in the list, or add a new one."
            ),
            QCoreApplication.translate("OfficeEditor", "Save office"),
            parent,
        )
        self._services = services
        self._numbers = PhoneFormat(services.templates)
        self._language = language
        self._office: Office | None = None
        self._all_offices: list[Office] = []
        self.reload_requested.connect(self._reload_stored)
        self._build_fields()
        self._history = HistoryView(
            RecordKind.OFFICE, language, self._numbers.number, restorable=True
        )
        self._history.restore_requested.connect(self._restore_version)
        self.add_history(self._history)

    @property
    def history(self) -> HistoryView:
        return self._history

    def _restore_version(self, version: int) -> None:
        if self._office is not None:
            self.restore_version_requested.emit(self._office.id, version)

    def _line(self, object_name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self.form)
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self.on_changed)
        return edit

    def _build_fields(self) -> None:
        self.add_heading(self.tr("Name"))
        self._names: dict[str, QLineEdit] = {
            "en": self._line("officeName", self.tr("Office name in English")),
            "fr": self._line("officeNameFr", self.tr("Office name in French")),
            "es": self._line("officeNameEs", self.tr("Office name in Spanish")),
        }
        self._names["en"].setPlaceholderText(self.tr("Required, e.g. IOM Beijing"))
        self._names["fr"].setPlaceholderText(self.tr("e.g. OIM Pékin"))
        self._names["es"].setPlaceholderText(self.tr("e.g. OIM Pekín"))
        self.add_field(self.tr("&English:"), self._names["en"], "name")
        self.add_field(self.tr("&French:"), self._names["fr"], "name-fr")
        self.add_field(self.tr("&Spanish:"), self._names["es"], "name-es")

        self.add_heading(self.tr("Place"))
        self._country = CountryCombo(self._language, self.form)
        self._country.setObjectName("country")
        self._country.setAccessibleName(self.tr("Country"))
        self._country.currentTextChanged.connect(self._country_changed)
        self.add_field(self.tr("&Country:"), self._country, "country")
        self._city = self._line("city", self.tr("City"))
        self.add_field(self.tr("C&ity:"), self._city, "city")
        self._kind = QComboBox(self.form)
        self._kind.setObjectName("officeKind")
        self._kind.setAccessibleName(self.tr("Kind of office"))
        for kind in OfficeKind:
            self._kind.addItem(office_kind_label(kind), kind)
        self._kind.currentIndexChanged.connect(self.on_changed)
        self.add_field(self.tr("&Kind:"), self._kind)
        self._switchboard = self._line("switchboard", self.tr("Switchboard number"))
        self._switchboard.setPlaceholderText(self.tr("+86 10 5979 9600"))
        self._switchboard_mark = FieldMark(self._switchboard)
        self._switchboard.textChanged.connect(self._check_switchboard)
        self.add_field(self.tr("S&witchboard:"), self._switchboard, "switchboard")
        self._parent = QComboBox(self.form)
        self._parent.setObjectName("parentOffice")
        self._parent.setAccessibleName(self.tr("Parent office"))
        self._parent.currentIndexChanged.connect(self.on_changed)
        self.add_field(self.tr("&Part of:"), self._parent, "parent")
        self.set_tab_order(
            [
                *self._names.values(),
                self._country,
                self._city,
                self._kind,
                self._switchboard,
                self._parent,
            ]
        )

    # State

    @property
    def office(self) -> Office | None:
        return self._office

    def can_save(self) -> bool:
        return self.is_editing()

    def record_name(self) -> str:
        return self._names["en"].text().strip() or self.tr("the new office")

    def form_state(self) -> tuple[object, ...]:
        return (
            tuple(edit.text() for edit in self._names.values()),
            self._country.currentText(),
            self._city.text(),
            self._kind.currentData(),
            self._switchboard.text(),
            self._parent.currentData(),
        )

    def set_offices(self, offices: Sequence[Office]) -> None:
        """The offices a parent can be chosen from (the one being edited is left out)."""
        self._all_offices = list(offices)
        self._fill_parents()

    def _fill_parents(self) -> None:
        chosen = self._parent.currentData()
        self._parent.blockSignals(True)
        self._parent.clear()
        self._parent.addItem(self.tr("No parent office"), None)
        own = self._office.id if self._office is not None else None
        for office in sorted(self._all_offices, key=lambda o: o.name(self._language).casefold()):
            if office.id != own:
                self._parent.addItem(office.name(self._language), office.id)
        self._parent.setCurrentIndex(max(0, self._parent.findData(chosen)))
        self._parent.blockSignals(False)

    # Loading

    def clear(self) -> None:
        self._office = None
        self.show_placeholder()

    def new_office(self) -> None:
        self._fill(None)
        self._names["en"].setFocus()

    def load(self, office: Office) -> None:
        self._fill(office)

    def revert(self) -> None:
        if self._office is not None and self.changed_elsewhere_shown():
            self._reload_stored()  # what was loaded is no longer what is stored
        elif self._office is not None:
            self.load(self._office)
        elif self.is_editing():
            self.new_office()

    def _fill(self, office: Office | None) -> None:
        self.begin_loading()
        self._office = office
        self._fill_parents()
        for language, edit in self._names.items():
            edit.setText(office.names.get(language, "") if office else "")
        self._country.set_country_code(office.country if office else None)
        self._city.setText(office.city if office else "")
        kind = office.kind if office else OfficeKind.COUNTRY_OFFICE
        self._kind.setCurrentIndex(self._kind.findData(kind))
        switchboard = office.switchboard.raw if office and office.switchboard else ""
        self._switchboard.setText(switchboard)
        parent = office.parent_id if office else None
        self._parent.setCurrentIndex(max(0, self._parent.findData(parent)))
        if office is None:
            self.title_label.setText(self.tr("New office"))
            self.subtitle_label.setText(self.tr("An office needs an English name and a country."))
        else:
            self.title_label.setText(office.name(self._language))
            self.subtitle_label.setText(
                ", ".join(
                    part
                    for part in (office.city, country_name(office.country, self._language))
                    if part
                )
            )
        self._check_switchboard()
        if office is None:
            self._history.clear()
            self.show_details()
        else:
            office_id = office.id
            self._history.show_record(lambda: self._services.offices.history(office_id))
        self.end_loading()

    def _country_changed(self) -> None:
        self._check_switchboard()
        self.on_changed()

    def _check_switchboard(self) -> None:
        """The switchboard is read in the office's country, as the contacts' numbers are."""
        message = self._messages["switchboard"]
        raw = self._switchboard.text()
        if not raw.strip():
            message.clear()
            self._switchboard_mark.set(Level.NONE)
            return
        check = self._numbers.check(check_phone(raw, region=self._country.country_code()))
        if check.valid:
            text = self.tr("Reads as {number} ({line})").format(
                number=check.international or raw, line=line_type_label(check.line_type)
            )
            message.show_message(Level.OK, text)
            self._switchboard_mark.set(Level.OK, text)
        else:
            text = self.tr("This number looks invalid: {reason}.").format(
                reason=tr_message(check.reason)
            )
            message.show_message(Level.WARNING, text)
            self._switchboard_mark.set(Level.WARNING, text)
        self._switchboard.setAccessibleDescription(text)

    # Saving

    def save(self) -> bool:
        if not self.can_save():
            return False
        self.clear_errors()
        self._check_switchboard()
        country = self._country.country_code()
        if country is None:
            self.field_error("country", self.tr("choose a country from the list"))
            self.refused()
            return False
        parent = self._parent.currentData()
        try:
            if self._office is None:
                stored = self._services.offices.add(
                    OfficeDraft(
                        names={k: e.text() for k, e in self._names.items() if e.text().strip()},
                        country=country,
                        city=self._city.text(),
                        kind=OfficeKind(self._kind.currentData()),
                        switchboard=self._switchboard.text(),
                        parent=str(parent) if parent is not None else None,
                    )
                )
            else:
                stored = self._services.offices.edit(
                    self._office.id,
                    self._edit_changes(country),
                    expected_version=self._office.version,
                )
        except EditConflictError as exc:
            return self._resolve_conflict(exc, self._edit_changes(country))
        except ConflictError:
            self.refused(self.tr("Not saved: someone else changed this office meanwhile."))
            if self._office is not None and ask_reload_after_conflict(
                self, self._office.name(self._language)
            ):
                self._reload_stored()
            return False
        except NotFoundError:
            self.refused(self.tr("Not saved: this office was deleted meanwhile."))
            return False
        except ValidationError as exc:
            if self.field_error(exc.field, tr_message(exc.reason)):
                self.refused()
            else:
                self.refused(tr_error(exc))
            return False
        except CrmError as exc:
            self.refused(tr_error(exc))
            return False
        before = self._office
        self.load(stored)
        self.saved.emit(before, stored)
        return True

    def _edit_changes(self, country: str) -> OfficeChanges:
        parent = self._parent.currentData()
        return OfficeChanges(
            # An empty name removes that language; English is still required.
            names={k: e.text() for k, e in self._names.items()},
            country=country,
            city=self._city.text(),
            kind=OfficeKind(self._kind.currentData()),
            switchboard=self._switchboard.text(),
            parent=str(parent) if parent is not None else "",
        )

    def _resolve_conflict(self, exc: EditConflictError, mine: OfficeChanges) -> bool:
        """Someone saved this office since it was loaded. Fields only one side changed keep
        that side's value, without a question; when both changed a field, the person
        chooses (see ConflictDialog)."""
        loaded = self._office
        if loaded is None:
            return False
        base = office_changes(loaded)
        while True:
            record = exc.record
            if not isinstance(record, Office):
                self.refused(self.tr("Not saved: someone else changed this office meanwhile."))
                return False
            theirs = office_changes(record)
            names = {str(office.id): office.name(self._language) for office in self._all_offices}
            rows = differing_rows(
                office_values(base),
                office_values(mine),
                office_values(theirs),
                office_field_label,
                office_value_text(names, self._language),
            )
            if any(row.clash for row in rows):
                dialog = ConflictDialog(
                    loaded.name(self._language),
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
                self.refused(self.tr("Not saved: someone else changed this office meanwhile."))
                return False
            resolved = choose_office(mine, theirs, from_mine)
            if office_values(resolved) == office_values(theirs):
                self.load(record)  # nothing of this form's is kept: theirs stays
                self.stored_changed.emit(record.id)
                return True
            try:
                stored = self._services.offices.edit(
                    record.id, resolved, expected_version=exc.current_version
                )
            except EditConflictError as again:  # yet another save came in between
                base, mine, exc = theirs, resolved, again
                continue
            except CrmError as error:
                self.refused(tr_error(error))
                return False
            self.load(stored)
            self.saved.emit(record, stored)
            return True

    def _reload_stored(self) -> None:
        if self._office is None:
            return
        try:
            self.load(self._services.offices.get(self._office.id))
        except NotFoundError:
            self.clear()  # deleted meanwhile: nothing stored to show
        except CrmError as exc:
            self.refused(tr_error(exc))

    def changed_elsewhere(self, stored: Office | None) -> None:
        """Someone else changed (or deleted) the office being edited: say so above the form."""
        if stored is None:
            text = self.tr(
                "Someone else deleted this office while you were editing it, so your edits"
                " cannot be saved. Reload closes it."
            )
        else:
            text = self.tr(
                "Someone else changed this office while you were editing it. Reload shows"
                " their version and drops your unsaved edits."
            )
        self.show_changed_elsewhere(text)
