"""The block preview: the block in the release's language, its warnings beside it, Copy.

The block is rendered by the release service from the contacts the editor holds (no
database round trip), so it follows every change of contacts, order, language and layout
as it happens. Warnings are listed in their own panel, never written into the block, and
each names its contact as a link the main window can follow to fix it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QStringListModel, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.blocks import BlockWarning, RenderedBlock, WarningCode
from crm_app.domain.errors import CrmError
from crm_app.domain.records import BlockLayout, Contact, PublishedBlock
from crm_app.services.releases import ReleaseService
from crm_app.ui.adaptive import SideBySide
from crm_app.ui.i18n import format_date, language_name, make_room_for_accents
from crm_app.ui.messages import tr_error, tr_message

CONTACT_SCHEME = "contact"
# Some rich-text editors (LibreOffice, older Firefox) read clipboard HTML without a
# declared charset as Latin-1 and garble "Pékin"; the meta tag settles it.
CLIPBOARD_HTML_PREFIX = '<meta charset="utf-8">'


def _native_mime_data() -> QMimeData:
    """An empty QMimeData created by Qt itself rather than by Python.

    A QMimeData constructed from Python is a Shiboken wrapper subclass whose virtual
    methods call back into Python. The clipboard keeps it until the application is torn
    down and deletes it then, when Python can no longer be called: the process crashes on
    exit (a segmentation fault with PySide6 6.11, an abort with 6.12; offscreen platform).
    This is not the 6.12 reference leak: it happens with 6.11 too. A model's mimeData()
    hands out a plain C++ QMimeData, which the clipboard can delete at any time.
    """
    model = QStringListModel([""])
    mime = model.mimeData([model.index(0, 0)])
    mime.clear()
    return mime


def contact_link(contact_id: int, name: str) -> str:
    return f'<a href="{CONTACT_SCHEME}:{contact_id}">{html.escape(name)}</a>'


class BlockPreview(QWidget):
    """Shows one block in three formats, with a layout switch, warnings and Copy."""

    open_contact_requested = Signal(int)
    layout_changed = Signal(str)  # a BlockLayout value
    copied = Signal()

    def __init__(self, releases: ReleaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._releases = releases
        self._contacts: list[Contact] = []
        self._language = "en"
        self._block: RenderedBlock | None = None
        self._warnings: list[BlockWarning] = []
        self._problem = ""  # why no block could be made, already translated
        self._published: PublishedBlock | None = None

        self._layout_label = QLabel()
        self._layout = QComboBox()
        self._layout.setObjectName("blockLayout")
        self._layout.addItem("", BlockLayout.STACKED.value)
        self._layout.addItem("", BlockLayout.INLINE.value)
        self._layout.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._layout_label.setBuddy(self._layout)
        self._copy = QPushButton()
        self._copy.setObjectName("copyBlock")

        self._html = QTextBrowser()
        self._html.setObjectName("blockPreview")
        self._html.setOpenLinks(False)  # a click on mailto: must not navigate the preview
        self._text = QPlainTextEdit()
        self._text.setObjectName("blockPreviewText")
        self._text.setReadOnly(True)
        self._markdown = QPlainTextEdit()
        self._markdown.setObjectName("blockPreviewMarkdown")
        self._markdown.setReadOnly(True)
        self._tabs = QTabWidget()
        make_room_for_accents(self._tabs)
        self._tabs.setObjectName("blockPreviewTabs")
        self._tabs.addTab(self._html, "")
        self._tabs.addTab(self._text, "")
        self._tabs.addTab(self._markdown, "")

        self._frozen = QLabel()
        self._frozen.setObjectName("blockFrozen")
        self._frozen.setWordWrap(True)
        self._frozen.setVisible(False)

        self._warnings_view = QTextBrowser()
        self._warnings_view.setObjectName("blockWarnings")
        self._warnings_view.setOpenLinks(False)
        # Room for a warning's sentence on two or three lines, not a word a line.
        character = self._warnings_view.fontMetrics().averageCharWidth()
        self._warnings_view.setMinimumWidth(character * 30)
        self._warnings_box = QGroupBox()
        box_layout = QVBoxLayout(self._warnings_box)
        box_layout.addWidget(self._warnings_view)
        self._warnings_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        controls = QHBoxLayout()
        controls.addWidget(self._layout_label)
        controls.addWidget(self._layout)
        controls.addStretch(1)
        controls.addWidget(self._copy)
        left_widget = QWidget()
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(controls)
        left.addWidget(self._frozen)
        left.addWidget(self._tabs, 1)
        # The warnings sit beside the block when both have room, else under it.
        self._panes = SideBySide()
        self._panes.setObjectName("blockAndWarnings")
        self._panes.add_widget(left_widget, 3)
        self._panes.add_widget(self._warnings_box, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._panes)

        self._layout.currentIndexChanged.connect(self._on_layout_changed)
        self._copy.clicked.connect(self.copy_block)
        self._warnings_view.anchorClicked.connect(self._on_anchor)
        self._retranslate()
        self._refresh()

    # Public API

    def show_contacts(self, contacts: Sequence[Contact], language: str) -> None:
        """Render live for these contacts in this language (a draft release)."""
        self._published = None
        self._contacts = list(contacts)
        self._language = language
        self._layout.setEnabled(True)
        self._regenerate()

    def show_published(self, published: PublishedBlock, contacts: Sequence[Contact]) -> None:
        """Show the block exactly as printed; nothing is re-rendered."""
        self._published = published
        self._contacts = list(contacts)
        self._block = RenderedBlock(published.text, published.html, published.markdown)
        self._warnings = []
        self._problem = ""
        self._layout.blockSignals(True)
        self._layout.setCurrentIndex(self._layout.findData(published.layout.value))
        self._layout.blockSignals(False)
        self._layout.setEnabled(False)
        self._refresh()

    def block_layout(self) -> BlockLayout:
        return BlockLayout(self._layout.currentData())

    def set_block_layout(self, layout: BlockLayout) -> None:
        index = self._layout.findData(layout.value)
        if index >= 0:
            self._layout.setCurrentIndex(index)

    def block(self) -> RenderedBlock | None:
        return self._block

    def block_warnings(self) -> list[BlockWarning]:
        return list(self._warnings)

    def copy_block(self) -> bool:
        """Put the block on the clipboard as text/plain and text/html together."""
        if self._block is None:
            return False
        mime = _native_mime_data()
        mime.setText(self._block.text)
        mime.setHtml(CLIPBOARD_HTML_PREFIX + self._block.html)
        QGuiApplication.clipboard().setMimeData(mime)
        self.copied.emit()
        return True

    # Rendering

    def _on_layout_changed(self, _index: int) -> None:
        if self._published is None:
            self._regenerate()
        self.layout_changed.emit(self.block_layout().value)

    def _regenerate(self) -> None:
        self._block = None
        self._warnings = []
        self._problem = ""
        if self._contacts:
            try:
                result = self._releases.block_for_contacts(
                    self._contacts, self._language, self.block_layout()
                )
            except CrmError as exc:
                self._problem = self.tr("No block can be made: {reason}").format(
                    reason=tr_error(exc)
                )
            else:
                self._block = result.block
                self._warnings = result.warnings
        self._refresh()

    def _refresh(self) -> None:
        block = self._block
        self._html.setHtml(block.html if block else "")
        self._text.setPlainText(block.text if block else "")
        self._markdown.setPlainText(block.markdown if block else "")
        self._copy.setEnabled(block is not None)
        self._frozen.setVisible(self._published is not None)
        if self._published is not None:
            self._frozen.setText(
                self.tr(
                    "Published on {date}. This is the block as printed: later changes to "
                    "these contacts do not alter it."
                ).format(date=format_date(self._published.published_at))
            )
        self._warnings_view.setHtml(self._warnings_html())

    def _warnings_html(self) -> str:
        if self._problem:
            return f"<p>{html.escape(self._problem)}</p>"
        if self._published is not None:
            return "<p>" + html.escape(self.tr("Nothing to check: the block is frozen.")) + "</p>"
        if not self._contacts:
            return "<p>" + html.escape(self.tr("Add contacts to see the block.")) + "</p>"
        if not self._warnings:
            return (
                "<p>"
                + html.escape(
                    self.tr("No warnings: every contact is reachable and was verified recently.")
                )
                + "</p>"
            )
        by_id = {contact.id: contact for contact in self._contacts}
        # Invalid phones are reported in the contact's phone order; pop them in that order.
        invalid: dict[int, list[str]] = {
            contact.id: [p.raw or (p.e164 or "") for p in contact.phones if not p.valid]
            for contact in self._contacts
        }
        items = [self._warning_html(w, by_id.get(w.contact_id), invalid) for w in self._warnings]
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"

    def _warning_html(
        self, warning: BlockWarning, contact: Contact | None, invalid: dict[int, list[str]]
    ) -> str:
        name = contact_link(warning.contact_id, warning.contact_name)
        match warning.code:
            case WarningCode.LEFT:
                text = self.tr("{name} has left the organisation.")
                return text.format(name=name)
            case WarningCode.NO_VALID_CHANNEL:
                text = self.tr("{name} has no valid phone number or e-mail address.")
                return text.format(name=name)
            case WarningCode.INVALID_PHONE:
                pending = invalid.get(warning.contact_id) or []
                number = (
                    pending.pop(0) if pending else str(warning.message.params.get("number", ""))
                )
                text = self.tr(
                    "{name} has a phone number that is left out because it is invalid: {number}"
                )
                return text.format(name=name, number=html.escape(number))
            case WarningCode.TITLE_IN_ENGLISH:
                title = contact.titles.get("en", "") if contact is not None else ""
                text = self.tr(
                    "{name} has no job title in {language}: the block prints the English one"
                    " ({title}). Add the translation in the contact’s details."
                )
                return text.format(
                    name=name, language=language_name(self._language), title=html.escape(title)
                )
            case WarningCode.UNVERIFIED:
                if contact is None or contact.last_verified is None:
                    return self.tr("{name} has never been verified.").format(name=name)
                text = self.tr("{name} was last verified on {date}, more than a year ago.")
                return text.format(name=name, date=format_date(contact.last_verified))
        return html.escape(tr_message(warning.message))

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == CONTACT_SCHEME and url.path().isdigit():
            self.open_contact_requested.emit(int(url.path()))

    # Translation

    def _retranslate(self) -> None:
        self._layout_label.setText(self.tr("&Layout:"))
        self._layout.setItemText(0, self.tr("Stacked (one detail a line)"))
        self._layout.setItemText(1, self.tr("Inline (one sentence per contact)"))
        self._layout.setAccessibleName(self.tr("Block layout"))
        self._copy.setText(self.tr("&Copy block"))
        self._copy.setToolTip(
            self.tr(
                "Copies the block with its formatting and as plain text, so it pastes "
                "well into Word, a CMS or a plain-text e-mail."
            )
        )
        self._copy.setAccessibleName(self.tr("Copy the block"))
        self._tabs.setTabText(0, self.tr("Formatted"))
        self._tabs.setTabText(1, self.tr("Plain text"))
        self._tabs.setTabText(2, self.tr("Markdown"))
        self._tabs.setAccessibleName(self.tr("Block formats"))
        self._html.setAccessibleName(self.tr("Block preview, formatted"))
        self._text.setAccessibleName(self.tr("Block preview, plain text"))
        self._markdown.setAccessibleName(self.tr("Block preview, Markdown"))
        self._html.setPlaceholderText(self.tr("Add contacts to see the block."))
        self._warnings_box.setTitle(self.tr("Check before printing"))
        self._warnings_view.setAccessibleName(self.tr("Warnings about the block's contacts"))
        self._frozen.setAccessibleName(self.tr("Publication note"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
