"""The questions the window asks. Each is one QMessageBox, so tests can answer it by patching."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally and return its result; Qt deletes it afterwards.

    A dialog made with a parent belongs to that parent: without this, every one ever shown
    would live on, hidden, as long as the window does. The deletion waits for the event
    loop, so the caller can still read the dialog's choices after this returns.
    """
    try:
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
    """Save / Discard / Cancel for unsaved edits to `what` (a contact's or office's name)."""
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


def confirm_duplicate(parent: QWidget, reason: str) -> bool:
    """True to add a contact although another one already holds the same e-mail or phone."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Possible duplicate"),
        QCoreApplication.translate(
            "Dialogs", "Another contact already has this: {reason}.\n\nAdd this contact anyway?"
        ).format(reason=reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
