"""Editable lists of phones and e-mail addresses, each row checked as it is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.countries import country_name
from crm_app.domain.emails import EmailCheck, check_email
from crm_app.domain.phones import PhoneCheck
from crm_app.domain.records import Email, EmailKind, Phone, PhoneKind
from crm_app.services.drafts import EmailInput, PhoneInput
from crm_app.ui.labels import email_kind_label, line_type_label, phone_kind_label
from crm_app.ui.messages import tr_message
from crm_app.ui.widgets import FieldMark, FieldMessage, FittingButton, Level

PhoneChecker = Callable[[str], PhoneCheck]


def _numbered(name: str, index: int) -> str:
    """DESIGN.md's object names: the first row is "phoneNumber", then "phoneNumber2", …"""
    return name if index == 0 else f"{name}{index + 1}"


class ChannelRow(QWidget):
    """One phone or e-mail: a kind, the text, a remove button and the message under it."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(False)
        self.mark = FieldMark(self.edit)
        self.remove = QToolButton(self)
        self.remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.remove.setAutoRaise(True)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.message = FieldMessage("channelCheck", self)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.addWidget(self.kind, 0, 0)
        self.grid.addWidget(self.edit, 0, 1)
        self.grid.addWidget(self.remove, 0, 2)
        self.grid.addWidget(self.message, 1, 1, 1, 2)
        self.grid.setColumnStretch(1, 1)
        self.kind.currentIndexChanged.connect(self.changed)
        self.edit.textChanged.connect(self._text_changed)

    def reserve_room_for(self, sample: str) -> None:
        """Make the field wide enough to show `sample` whole beside its check mark, so a
        number's extension or an address's domain is never cut."""
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.edit)
        mark = min(extent, 32) + 6
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + mark + 16)

    def _text_changed(self) -> None:
        self.recheck()
        self.changed.emit()

    def set_index(self, index: int) -> None:
        raise NotImplementedError

    def recheck(self) -> None:
        raise NotImplementedError

    def is_blank(self) -> bool:
        return not self.edit.text().strip()

    def state(self) -> tuple[object, ...]:
        return (self.kind.currentData(), self.edit.text())

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.edit, self.remove]

    def show_error(self, reason: str) -> None:
        self.message.show_message(Level.ERROR, reason)
        self.mark.set(Level.ERROR, reason)
        self.edit.setAccessibleDescription(reason)


class PhoneRow(ChannelRow):
    def __init__(self, checker: PhoneChecker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checker = checker
        self._language = language
        self.check: PhoneCheck | None = None
        for kind in PhoneKind:
            self.kind.addItem(phone_kind_label(kind), kind)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("ChannelRows", "+86 10 5979 9695 ext. 203")
        )
        self.reserve_room_for(self.edit.placeholderText())
        self.use_suggestion = FittingButton(self)
        self.use_suggestion.setVisible(False)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.keep = QCheckBox(QCoreApplication.translate("ChannelRows", "Keep as typed"), self)
        self.keep.setToolTip(
            QCoreApplication.translate(
                "ChannelRows",
                "Store this number although it looks invalid; it stays flagged as invalid.",
            )
        )
        self.keep.setVisible(False)
        self.keep.toggled.connect(self._keep_toggled)
        # Under the message: the one-click repair, then the explicit "keep it anyway".
        self.grid.addWidget(self.use_suggestion, 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(self.keep, 3, 1, 1, 2)

    def set_index(self, index: int) -> None:
        number = index + 1
        self.kind.setObjectName(_numbered("phoneKind", index))
        self.edit.setObjectName(_numbered("phoneNumber", index))
        self.message.setObjectName(_numbered("phoneCheckRow", index))
        self.message.label.setObjectName(_numbered("phoneCheck", index))
        self.use_suggestion.setObjectName(_numbered("useSuggestedNumber", index))
        self.keep.setObjectName(_numbered("keepPhoneAsTyped", index))
        self.remove.setObjectName(_numbered("removePhone", index))
        self.kind.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Phone {n} kind").format(n=number)
        )
        self.edit.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Phone {n} number").format(n=number)
        )
        self.message.label.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Phone {n} check").format(n=number)
        )
        self.use_suggestion.setAccessibleName(
            QCoreApplication.translate(
                "ChannelRows", "Use the suggested number for phone {n}"
            ).format(n=number)
        )
        self.keep.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Keep phone {n} as typed").format(n=number)
        )
        self.remove.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Remove phone {n}").format(n=number)
        )
        self.remove.setToolTip(self.remove.accessibleName())

    def load(self, phone: Phone | None) -> None:
        kind = phone.kind if phone is not None else PhoneKind.WORK
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.keep.setChecked(phone is not None and not phone.valid)
        self.edit.setText(phone.raw if phone is not None else "")
        self.edit.setCursorPosition(0)  # show the start of a long number, not its end
        self.recheck()

    def state(self) -> tuple[object, ...]:
        return (*super().state(), self.keeps_invalid())

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.edit, self.use_suggestion, self.keep, self.remove]

    def phone_input(self) -> PhoneInput:
        return PhoneInput(
            raw=self.edit.text(),
            kind=PhoneKind(self.kind.currentData()),
            allow_invalid=self.keeps_invalid(),
        )

    def checked_phone(self) -> Phone | None:
        """The phone as it would be stored, when it is valid (for the duplicate search)."""
        if self.check is None or not self.check.valid:
            return None
        return self.check.to_phone(PhoneKind(self.kind.currentData()))

    def is_invalid(self) -> bool:
        return self.check is not None and not self.check.valid

    def keeps_invalid(self) -> bool:
        return self.is_invalid() and self.keep.isChecked()

    def recheck(self) -> None:
        raw = self.edit.text()
        self.check = self._checker(raw) if raw.strip() else None
        self._show_check()

    def _show_check(self) -> None:
        check = self.check
        self.use_suggestion.setVisible(False)
        self.keep.setVisible(False)
        if check is None:
            self.message.clear()
            self.mark.set(Level.NONE)
            self.edit.setAccessibleDescription("")
            return
        if check.valid:
            where = country_name(check.region, self._language) if check.region else ""
            details = ", ".join(part for part in (line_type_label(check.line_type), where) if part)
            text = QCoreApplication.translate(
                "ChannelRows", "Reads as {number} ({details})"
            ).format(number=check.international or check.raw, details=details)
            self.message.show_message(Level.OK, text)
            self.mark.set(Level.OK, text)
            self.edit.setAccessibleDescription(text)
            return
        text = QCoreApplication.translate(
            "ChannelRows", "This number looks invalid: {reason}."
        ).format(
            reason=tr_message(check.reason)
            or QCoreApplication.translate("ChannelRows", "it is not a valid number")
        )
        if check.suggestion:
            # Non-breaking spaces keep the suggested number on one line when the text wraps.
            text += " " + QCoreApplication.translate(
                "ChannelRows", "Did you mean {suggestion}?"
            ).format(suggestion=check.suggestion.replace(" ", "\u00a0"))
            self.use_suggestion.set_texts(
                QCoreApplication.translate("ChannelRows", "Use {suggestion}").format(
                    suggestion=check.suggestion
                ),
                QCoreApplication.translate("ChannelRows", "Use this number"),
            )
            self.use_suggestion.setVisible(True)
        self.keep.setVisible(True)
        if self.keep.isChecked():
            text += " " + QCoreApplication.translate(
                "ChannelRows", "It will be kept as typed and flagged as invalid."
            )
        self.message.show_message(Level.WARNING, text)
        self.mark.set(Level.WARNING, text)
        self.edit.setAccessibleDescription(text)

    def refuse(self) -> None:
        """Save was refused because of this number: say what to do about it."""
        self.message.show_message(
            Level.ERROR,
            self.message.text()
            + " "
            + QCoreApplication.translate(
                "ChannelRows",
                "Correct it, use the suggestion, or tick “Keep as typed” to store it flagged.",
            ),
        )
        self.mark.set(Level.ERROR, self.message.text())

    def _use_suggestion(self) -> None:
        if self.check is not None and self.check.suggestion:
            self.edit.setText(self.check.suggestion)
            self.edit.setFocus()

    def _keep_toggled(self) -> None:
        self._show_check()
        self.changed.emit()


class EmailRow(ChannelRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for kind in EmailKind:
            self.kind.addItem(email_kind_label(kind), kind)
        self.edit.setPlaceholderText(QCoreApplication.translate("ChannelRows", "name@example.org"))
        self.reserve_room_for("kgormanbest@iom.int")  # an address of common length
        self.check: EmailCheck | None = None
        # The one-click clean address, for text pasted from a web page ("mailto:…", tags).
        self.use_suggestion = FittingButton(self)
        self.use_suggestion.setVisible(False)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.grid.addWidget(self.use_suggestion, 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)

    @property
    def address(self) -> str | None:
        return self.check.address if self.check is not None else None

    def set_index(self, index: int) -> None:
        number = index + 1
        self.kind.setObjectName(_numbered("emailKind", index))
        self.edit.setObjectName(_numbered("emailAddress", index))
        self.message.setObjectName(_numbered("emailCheckRow", index))
        self.message.label.setObjectName(_numbered("emailCheck", index))
        self.use_suggestion.setObjectName(_numbered("useSuggestedEmail", index))
        self.remove.setObjectName(_numbered("removeEmail", index))
        self.kind.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "E-mail {n} kind").format(n=number)
        )
        self.edit.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "E-mail {n} address").format(n=number)
        )
        self.message.label.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "E-mail {n} check").format(n=number)
        )
        self.use_suggestion.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Use the address found in e-mail {n}").format(
                n=number
            )
        )
        self.remove.setAccessibleName(
            QCoreApplication.translate("ChannelRows", "Remove e-mail {n}").format(n=number)
        )
        self.remove.setToolTip(self.remove.accessibleName())

    def load(self, email: Email | None) -> None:
        kind = email.kind if email is not None else EmailKind.WORK
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.edit.setText(email.address if email is not None else "")
        self.edit.setCursorPosition(0)
        self.recheck()

    def focus_chain(self) -> list[QWidget]:
        return [self.kind, self.edit, self.use_suggestion, self.remove]

    def email_input(self) -> EmailInput:
        return EmailInput(address=self.edit.text(), kind=EmailKind(self.kind.currentData()))

    def checked_email(self) -> Email | None:
        if self.address is None:
            return None
        return Email(kind=EmailKind(self.kind.currentData()), address=self.address)

    def is_invalid(self) -> bool:
        return self.check is not None and not self.check.valid

    def recheck(self) -> None:
        raw = self.edit.text()
        self.check = check_email(raw) if raw.strip() else None
        self._show_check()

    def _show_check(self) -> None:
        check = self.check
        suggestion = check.suggestion if check is not None else None
        self.use_suggestion.setVisible(suggestion is not None)
        if suggestion is not None:
            self.use_suggestion.set_texts(
                QCoreApplication.translate("ChannelRows", "Use {address}").format(
                    address=suggestion
                ),
                QCoreApplication.translate("ChannelRows", "Use this address"),
            )
        if check is None:
            self.message.clear()
            self.mark.set(Level.NONE)
            self.edit.setAccessibleDescription("")
            return
        if check.address is None:
            # The domain's reason is already a whole sentence: shown as it is, never wrapped.
            text = tr_message(check.reason) or QCoreApplication.translate(
                "ChannelRows", "This is not a valid e-mail address."
            )
            text = text[:1].upper() + text[1:]
            self.message.show_message(Level.ERROR, text)
            self.mark.set(Level.ERROR, text)
        else:
            text = ""
            if check.address != check.raw.strip():
                text = QCoreApplication.translate(
                    "ChannelRows", "Will be saved as {address}"
                ).format(address=check.address)
            self.message.show_message(Level.OK, text)
            self.mark.set(
                Level.OK, text or QCoreApplication.translate("ChannelRows", "A valid address")
            )
        self.edit.setAccessibleDescription(text)

    def _use_suggestion(self) -> None:
        if self.check is not None and self.check.suggestion:
            self.edit.setText(self.check.suggestion)
            self.edit.setFocus()


RowT = TypeVar("RowT", bound=ChannelRow)


@dataclass(frozen=True, slots=True)
class _ListTexts:
    add: str
    add_accessible: str
    add_object_name: str


class ChannelList(QWidget, Generic[RowT]):
    """A column of rows with an "Add" button under it; rows renumber as they come and go."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(
        self, make_row: Callable[[], RowT], texts: _ListTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[RowT] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.add_button = QPushButton(texts.add, self)
        self.add_button.setObjectName(texts.add_object_name)
        self.add_button.setAccessibleName(texts.add_accessible)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.edit.setFocus()
        self.changed.emit()

    def add_row(self) -> RowT:
        row = self._make_row()
        row.setParent(self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        row.set_index(len(self.rows) - 1)
        self.rows_changed.emit()
        return row

    def set_count(self, count: int) -> None:
        """Exactly `count` rows (at least one, so there is always a field to type into)."""
        count = max(1, count)
        while len(self.rows) > count:
            self._drop(self.rows[-1])
        while len(self.rows) < count:
            self.add_row()

    def _remove(self, widget: QWidget) -> None:
        if len(self.rows) == 1:
            # The last row is emptied rather than removed: there is always a field to type into.
            self.rows[0].edit.clear()
        else:
            self._drop(widget)
            self.rows[0].edit.setFocus()
        self.changed.emit()

    def _drop(self, widget: QWidget) -> None:
        row = next(r for r in self.rows if r is widget)
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        for index, other in enumerate(self.rows):
            other.set_index(index)
        self.rows_changed.emit()

    def filled(self) -> list[RowT]:
        return [row for row in self.rows if not row.is_blank()]

    def states(self) -> tuple[tuple[object, ...], ...]:
        return tuple(row.state() for row in self.rows if not row.is_blank())

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.focus_chain())
        chain.append(self.add_button)
        return chain

    def row_for_field(self, field: str, base: str) -> RowT | None:
        """The row a service error names: "phone" is the first filled row, "phone 2" the second."""
        filled = self.filled()
        if field == base:
            return filled[0] if filled else None
        head, _, tail = field.partition(" ")
        if head == base and tail.isdigit() and 0 < int(tail) <= len(filled):
            return filled[int(tail) - 1]
        return None


def phone_list(checker: PhoneChecker, language: str, parent: QWidget) -> ChannelList[PhoneRow]:
    return ChannelList(
        lambda: PhoneRow(checker, language),
        _ListTexts(
            QCoreApplication.translate("ChannelRows", "Add phone"),
            QCoreApplication.translate("ChannelRows", "Add a phone number"),
            "addPhone",
        ),
        parent,
    )


def email_list(parent: QWidget) -> ChannelList[EmailRow]:
    return ChannelList(
        EmailRow,
        _ListTexts(
            QCoreApplication.translate("ChannelRows", "Add e-mail"),
            QCoreApplication.translate("ChannelRows", "Add an e-mail address"),
            "addEmail",
        ),
        parent,
    )


def load_rows(rows: ChannelList[PhoneRow], phones: Sequence[Phone]) -> None:
    rows.set_count(len(phones))
    for row, phone in zip(rows.rows, [*phones, None], strict=False):
        row.load(phone)


def load_email_rows(rows: ChannelList[EmailRow], emails: Sequence[Email]) -> None:
    rows.set_count(len(emails))
    for row, email in zip(rows.rows, [*emails, None], strict=False):
        row.load(email)
