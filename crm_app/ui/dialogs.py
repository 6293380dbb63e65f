"""The questions the window asks. Each is one QMessageBox, so tests can answer it by patching.

While the window closes with no one to answer (the program was told to stop by SIGTERM or
Ctrl+C), `unattended()` holds: no question is shown, each takes the answer that keeps the
person's work (save the edits, add a possible duplicate anyway), and any other modal
dialog counts as cancelled.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

# Whether anyone is there to answer; see unattended().
_attended = [True]


@contextmanager
def unattended() -> Iterator[None]:
    """Within this block no question waits for an answer (see the module's docstring)."""
    before = _attended[0]
    _attended[0] = False
    try:
        yield
    finally:
        _attended[0] = before


def is_unattended() -> bool:
    return not _attended[0]


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally and return its result; Qt deletes it afterwards.

    A dialog made with a parent belongs to that parent: without this, every one ever shown
    would live on, hidden, as long as the window does. The deletion waits for the event
    loop, so the caller can still read the dialog's choices after this returns.

    Unattended, the dialog is not shown and counts as cancelled (Rejected).
    """
    try:
        if is_unattended():
            return QDialog.DialogCode.Rejected.value
        return dialog.exec()
    finally:
        dialog.deleteLater()


def run_menu(menu: QMenu, position: QPoint) -> None:
    """Pop up a context menu built for one click; Qt deletes it once it has closed."""
    try:
        menu.exec(position)
    finally:
        menu.deleteLater()


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, what: str) -> UnsavedChoice:
    """Save / Discard / Cancel for unsaved edits to `what` (a contact's or office's name);
    unattended, Save."""
    if is_unattended():
        return UnsavedChoice.SAVE
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        QCoreApplication.translate("Dialogs", "Save the changes to {what}?").format(what=what),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def ask_reload_after_conflict(parent: QWidget, what: str) -> bool:
    """True to reload the stored record (dropping these edits), False to keep editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs", "{what} was changed by someone else since you opened it."
        ).format(what=what)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs",
            "Reload to see their version (your edits here are dropped), or keep editing and "
            "copy what you need first.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Dialogs", "Reload")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return run_modal(box) == QMessageBox.StandardButton.Yes


class DuplicateChoice(Enum):
    ADD = "add"
    OPEN = "open"
    CANCEL = "cancel"


def confirm_duplicate(parent: QWidget, reason: str) -> DuplicateChoice:
    """Add a contact although another one looks the same, open that one instead, or go back;
    unattended, add it (two records lose nothing; one can be deleted later)."""
    if is_unattended():
        return DuplicateChoice.ADD
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Possible duplicate"))
    box.setText(
        QCoreApplication.translate("Dialogs", "Another contact looks the same: {reason}.").format(
            reason=reason
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs",
            "Add this contact anyway, or open the existing one (what you typed here is dropped).",
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Open
        | QMessageBox.StandardButton.Cancel
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Dialogs", "Add anyway")
    )
    box.button(QMessageBox.StandardButton.Open).setText(
        QCoreApplication.translate("Dialogs", "Open the existing contact")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    answer = run_modal(box)
    if answer == QMessageBox.StandardButton.Yes:
        return DuplicateChoice.ADD
    if answer == QMessageBox.StandardButton.Open:
        return DuplicateChoice.OPEN
    return DuplicateChoice.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
