"""Outdated releases: published releases whose block prints a number or address that changed."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from crm_app.services.releases import OutdatedRelease, StaleCitation
from crm_app.ui.i18n import format_date

RELEASE_SCHEME = "release"
CONTACT_SCHEME = "contact"


class OutdatedReleasesView(QWidget):
    """Each outdated release, and under it what its block printed and what holds now.

    Rich text with links rather than a table: the view lives in a narrow side pane, where
    text wraps and columns would be cut; a link opens the release or the contact to fix.
    It shows what the section's check found; Refresh asks the section for a new check.
    """

    open_release_requested = Signal(int)
    open_contact_requested = Signal(int)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outdatedReleases")
        self._items: list[OutdatedRelease] = []
        self._known = False  # False until a check's answer is shown
        self._checking = False
        self._error = ""
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._list = QTextBrowser()
        self._list.setObjectName("outdatedList")
        self._list.setOpenLinks(False)
        self._refresh = QPushButton()
        self._refresh.setObjectName("refreshOutdated")
        buttons = QHBoxLayout()
        buttons.addWidget(self._refresh)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)
        self._refresh.clicked.connect(self.refresh_requested)
        self._list.anchorClicked.connect(self._on_anchor)
        self._retranslate()

    def outdated(self) -> list[OutdatedRelease]:
        return list(self._items)

    def text_view(self) -> QTextBrowser:
        return self._list

    def show_items(self, items: list[OutdatedRelease]) -> None:
        """Show what a check found."""
        self._items, self._error, self._known = list(items), "", True
        self._fill()

    def show_error(self, message: str) -> None:
        """A check failed: say why instead of a list."""
        self._items, self._error, self._known = [], message, True
        self._fill()

    def set_checking(self, checking: bool) -> None:
        """A check is running: Refresh waits for it; before any answer, the list says so."""
        self._checking = checking
        self._refresh.setEnabled(not checking)
        if not self._known:
            self._fill()

    def _fill(self) -> None:
        if self._error:
            self._list.setHtml(f"<p>{html.escape(self._error)}</p>")
            return
        if not self._known:
            waiting = self.tr("Checking the published releases…") if self._checking else ""
            self._list.setHtml(f"<p>{html.escape(waiting)}</p>")
            return
        if not self._items:
            self._list.setHtml(
                "<p>"
                + html.escape(
                    self.tr(
                        "No published release prints a phone number or e-mail address that "
                        "has changed since."
                    )
                )
                + "</p>"
            )
            return
        parts: list[str] = []
        for item in self._items:
            release = item.release
            title = f'<a href="{RELEASE_SCHEME}:{release.id}">{html.escape(release.title)}</a>'
            heading = self.tr("{title} ({date}), changes: {count}").format(
                title=title, date=html.escape(format_date(release.date)), count=len(item.stale)
            )
            rows = "".join(f"<li>{self._describe(citation)}</li>" for citation in item.stale)
            parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>")
        self._list.setHtml("".join(parts))

    def _describe(self, citation: StaleCitation) -> str:
        """Who and which channel, what was printed, what holds now: one line each."""
        channel = self.tr("phone") if citation.channel == "phone" else self.tr("e-mail")
        name = (
            f'<a href="{CONTACT_SCHEME}:{citation.contact_id}">'
            f"{html.escape(citation.contact_name)}</a>"
        )
        now = (
            self.tr("Now: {value}").format(value=html.escape(citation.now))
            if citation.now
            else html.escape(self.tr("Now: removed, or the contact was deleted"))
        )
        return "<br>".join(
            [
                self.tr("{name}, {channel}").format(name=name, channel=html.escape(channel)),
                self.tr("Printed: {value}").format(value=html.escape(citation.printed)),
                now,
            ]
        )

    def _on_anchor(self, url: QUrl) -> None:
        if not url.path().isdigit():
            return
        if url.scheme() == CONTACT_SCHEME:
            self.open_contact_requested.emit(int(url.path()))
        elif url.scheme() == RELEASE_SCHEME:
            self.open_release_requested.emit(int(url.path()))

    def _retranslate(self) -> None:
        self._intro.setText(
            self.tr(
                "Published releases whose contact block prints a phone number or e-mail "
                "address that has changed or been removed since."
            )
        )
        self._list.setAccessibleName(self.tr("Outdated releases and what changed"))
        self._refresh.setText(self.tr("Re&fresh"))
        self._refresh.setAccessibleName(self.tr("Check the published releases again"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
