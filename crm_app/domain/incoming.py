"""What every import source yields: one person as the source wrote them.

A source (a vCard file, a release's contact block, a spreadsheet) is a small reader that
turns its input into `IncomingContact`s; the shared import engine in
`crm_app/services/importing.py` checks, matches and writes them the same way for all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from crm_app.domain.messages import Message, msg
from crm_app.domain.records import ContactKind, EmailKind, PhoneKind


@dataclass(frozen=True, slots=True)
class IncomingContact:
    """One person from a source; values are as written (HTML stays text, numbers unchecked)."""

    line: int  # 1-based line of the source where this person starts
    uid: str | None
    given: str
    family: str
    honorific: str
    titles: Mapping[str, str]  # primary language subtag -> title ("en" when none given)
    organisation: str
    office: str
    phones: tuple[tuple[PhoneKind, str], ...]  # raw text; an extension as " ext. N"
    emails: tuple[tuple[EmailKind, str], ...]
    notes: str
    languages: tuple[str, ...]
    kind: ContactKind | None
    active: bool | None  # None: the source does not say
    last_verified: date | None
    rev: datetime | None  # UTC
    family_first: bool = False  # the source writes the family name first: "Li Wei"
    addresses: tuple[str, ...] = ()  # street addresses, one line each
    # ISO 3166 region to read numbers without '+' in, when the source implies one (a
    # release's dateline) and no stored office says otherwise.
    region_hint: str | None = None
    remarks: tuple[Message, ...] = ()  # what the reader noticed about this person


class RecordPlace(StrEnum):
    """What a record's number counts, as the person sees their source."""

    LINE = "line"  # a text file's line: a vCard, a release
    ROW = "row"  # a spreadsheet's row, the header being row 1

    def of(self, number: int) -> Message:
        """Where a record is, as messages start: "line 12", "row 12"."""
        if self is RecordPlace.ROW:
            return msg("row {row}", row=number)
        return msg("line {line}", line=number)
