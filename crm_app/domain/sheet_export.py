"""Contacts written as a spreadsheet: CSV or .xlsx, in our layout, Outlook's or Google's.

- Ours has a column for every field, so that importing the file gives the same contacts
  back: phones and e-mails one a line in one cell ("work: +86 10 5979 9695 ext. 203"),
  titles in English, French and Spanish with any other language one a line.
- Outlook's and Google's are the columns those programs read when they import a CSV; they
  hold what those programs hold (Outlook: two work, one mobile, two home, one fax and one
  other number, three e-mails; Google: one column pair per kind, several values joined by
  " ::: " as Google writes them).

Formula injection (OWASP "CSV injection"): a cell that starts with =, +, -, @, tab or
carriage return is run as a formula by Excel and LibreOffice. In CSV such a cell gets a
leading apostrophe, OWASP's advice: every spreadsheet program then shows it as text, the
"+" of "+41 22 717 9111" stays in sight, and our import takes the apostrophe off again. In
.xlsx every cell is written as a string cell, which no program evaluates, so no apostrophe
is needed there.

The writers take any `CardContact` (the stored contacts as `ContactValues`, or `Contact`
records). Rows are written as the contacts stream in; nothing is held but the row being written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import BinaryIO, Final

from crm_app.domain.records import DEFAULT_LANGUAGE
from crm_app.domain.sheet_columns import OURS_HEADERS
from crm_app.domain.vcard import CardContact, CardPhone, phone_text


class ExportLayout(StrEnum):
    OURS = "ours"
    OUTLOOK = "outlook"
    GOOGLE = "google"


class SheetKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


_OURS: Final = tuple(OURS_HEADERS)
_OUTLOOK: Final = (
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Phone",
    "Business Phone 2",
    "Mobile Phone",
    "Home Phone",
    "Home Phone 2",
    "Business Fax",
    "Other Phone",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Notes",
)
_OUTLOOK_SLOTS: Final = {"work": (8, 9), "mobile": (10,), "home": (11, 12), "fax": (13,)}
_OUTLOOK_OTHER: Final = 14
_GOOGLE_PHONE_KINDS: Final = ("work", "mobile", "fax", "home", "other")
_GOOGLE_EMAIL_KINDS: Final = ("work", "home", "other")
_GOOGLE_LABELS: Final = {
    "work": "Work",
    "mobile": "Mobile",
    "fax": "Work Fax",
    "home": "Home",
    "other": "Other",
}
_GOOGLE: Final = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Notes",
    *(
        f"E-mail {n} - {part}"
        for n in range(1, len(_GOOGLE_EMAIL_KINDS) + 1)
        for part in ("Label", "Value")
    ),
    *(
        f"Phone {n} - {part}"
        for n in range(1, len(_GOOGLE_PHONE_KINDS) + 1)
        for part in ("Label", "Value")
    ),
)

# Width of each column in .xlsx, in characters: no column is measured while streaming.
_WIDTHS: Final = {
    "UID": 38,
    "Phones": 34,
    "E-mails": 32,
    "Notes": 40,
    "Office": 24,
    "Company": 24,
    "Department": 24,
    "Organization Name": 24,
    "Organization Department": 24,
    "Job title": 28,
    "Job title (fr)": 28,
    "Job title (es)": 28,
    "Job Title": 28,
    "Organization Title": 28,
    "Other job titles": 28,
}


def headers(layout: ExportLayout) -> tuple[str, ...]:
    if layout is ExportLayout.OURS:
        return _OURS
    if layout is ExportLayout.OUTLOOK:
        return _OUTLOOK
    return _GOOGLE


def column_width(header: str) -> int:
    if header in _WIDTHS:
        return _WIDTHS[header]
    if " - Value" in header or "Phone" in header or "E-mail" in header:
        return 26
    return max(12, len(header) + 4)


# What a spreadsheet program may take for a formula (OWASP's list, and the full-width forms
# East Asian input methods type).
FORMULA_STARTS: Final = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralised(cell: str) -> str:
    """A CSV cell that no spreadsheet program runs as a formula."""
    if cell and cell[0] in FORMULA_STARTS:
        return "'" + cell
    return cell


def _phone(phone: CardPhone) -> str:
    return phone_text(phone) or ""


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _ours(contact: CardContact, language: str) -> list[str]:
    titles = contact.titles
    other_titles = "\n".join(
        f"{code}: {title}"
        for code, title in titles.items()
        if code not in ("en", "fr", "es") and title
    )
    phones = "\n".join(
        f"{phone.kind}: {text}" for phone in contact.phones if (text := _phone(phone))
    )
    emails = "\n".join(f"{email.kind}: {email.address}" for email in contact.emails)
    office = contact.office.name(DEFAULT_LANGUAGE) if contact.office is not None else ""
    return [
        contact.uid,
        contact.honorific,
        contact.given,
        contact.family,
        "yes" if contact.family_first else "",
        titles.get("en", ""),
        titles.get("fr", ""),
        titles.get("es", ""),
        other_titles,
        office,
        contact.kind,
        ", ".join(contact.languages),
        phones,
        emails,
        contact.notes,
        _yes(contact.active),
        contact.last_verified.isoformat() if contact.last_verified is not None else "",
    ]


def _title(contact: CardContact, language: str) -> str:
    titles = contact.titles
    return titles.get(language) or titles.get(DEFAULT_LANGUAGE) or next(iter(titles.values()), "")


def _organisation(contact: CardContact, organisation: str, language: str) -> tuple[str, str]:
    """(company, department), as a vCard's ORG: the organisation and the office's name."""
    office = contact.office.name(language) if contact.office is not None else ""
    if organisation and office:
        return organisation, office
    return organisation or office, ""


def _outlook(contact: CardContact, organisation: str, language: str) -> list[str]:
    row = [""] * len(_OUTLOOK)
    row[0] = contact.honorific
    row[1], row[3] = contact.given, contact.family
    row[5], row[6] = _organisation(contact, organisation, language)
    row[7] = _title(contact, language)
    free = {kind: list(slots) for kind, slots in _OUTLOOK_SLOTS.items()}
    others: list[str] = []
    for phone in contact.phones:
        text = _phone(phone)
        if not text:
            continue
        slots = free.get(phone.kind)
        if slots:
            row[slots.pop(0)] = text
        else:
            others.append(text)
    row[_OUTLOOK_OTHER] = "; ".join(others)  # Outlook keeps the text of the field whole
    for slot, email in zip((15, 16, 17), contact.emails, strict=False):
        row[slot] = email.address
    row[18] = contact.notes
    return row


def _google(contact: CardContact, organisation: str, language: str) -> list[str]:
    company, department = _organisation(contact, organisation, language)
    row = [
        contact.given,
        "",
        contact.family,
        contact.honorific,
        "",
        company,
        _title(contact, language),
        department,
        contact.notes,
    ]
    emails: dict[str, list[str]] = {}
    for email in contact.emails:
        emails.setdefault(email.kind, []).append(email.address)
    pairs = [
        (_GOOGLE_LABELS[kind], " ::: ".join(emails[kind]))
        for kind in _GOOGLE_EMAIL_KINDS
        if kind in emails
    ]
    pairs += [("", "")] * (len(_GOOGLE_EMAIL_KINDS) - len(pairs))
    phones: dict[str, list[str]] = {}
    for phone in contact.phones:
        text = _phone(phone)
        if text:
            phones.setdefault(phone.kind, []).append(text)
    numbers = [
        (_GOOGLE_LABELS[kind], " ::: ".join(phones[kind]))
        for kind in _GOOGLE_PHONE_KINDS
        if kind in phones
    ]
    numbers += [("", "")] * (len(_GOOGLE_PHONE_KINDS) - len(numbers))
    for label, value in pairs + numbers:
        row += [label, value]
    return row


def cells(
    contact: CardContact,
    layout: ExportLayout,
    organisation: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> list[str]:
    """One contact's row, as text (not yet neutralised)."""
    if layout is ExportLayout.OURS:
        return _ours(contact, language)
    if layout is ExportLayout.OUTLOOK:
        return _outlook(contact, organisation, language)
    return _google(contact, organisation, language)


_BATCH: Final = 500


def write_csv(
    contacts: Iterable[CardContact],
    out: BinaryIO,
    *,
    layout: ExportLayout = ExportLayout.OURS,
    organisation: str = "",
    language: str = DEFAULT_LANGUAGE,
    progress: Callable[[int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """UTF-8 with a byte order mark (Excel reads UTF-8 only with one), comma-separated,
    every cell quoted, CRLF line ends; returns how many contacts were written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers(layout))
    out.write(("\ufeff" + _drain(buffer)).encode("utf-8"))
    written = 0
    for contact in contacts:
        if is_cancelled is not None and is_cancelled():
            break
        row = cells(contact, layout, organisation, language)
        writer.writerow([neutralised(_CONTROLS.sub("", cell)) for cell in row])
        written += 1
        if written % _BATCH == 0:
            out.write(_drain(buffer).encode("utf-8"))
            if progress is not None:
                progress(written)
    out.write(_drain(buffer).encode("utf-8"))
    if progress is not None:
        progress(written)
    return written


def _drain(buffer: io.StringIO) -> str:
    """The buffer's text, and the buffer emptied."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate(0)
    return text


def write_xlsx(
    contacts: Iterable[CardContact],
    out: BinaryIO,
    *,
    layout: ExportLayout = ExportLayout.OURS,
    organisation: str = "",
    language: str = DEFAULT_LANGUAGE,
    progress: Callable[[int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    sheet_title: str = "Contacts",
) -> int:
    """One sheet: bold headers, the top row frozen, set column widths, every cell a string
    cell (never a formula). openpyxl's write-only mode keeps memory flat."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    names = headers(layout)
    for index, header in enumerate(names, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width(header)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    heading = []
    for header in names:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    written = 0
    for contact in contacts:
        if is_cancelled is not None and is_cancelled():
            break
        sheet.append(_string_cells(sheet, cells(contact, layout, organisation, language)))
        written += 1
        if progress is not None and written % _BATCH == 0:
            progress(written)
    workbook.save(out)
    if progress is not None:
        progress(written)
    return written


def _string_cells(sheet: object, row: Sequence[str]) -> list[object]:
    """Text as string cells: openpyxl would store "=..." as a formula, so those are given
    their type by hand; other text is a string cell already."""
    from openpyxl.cell import WriteOnlyCell

    values: list[object] = []
    for raw in row:
        text = _CONTROLS.sub("", raw)
        if text[:1] == "=":
            cell = WriteOnlyCell(sheet, value=text)  # type: ignore[arg-type]
            cell.data_type = "s"
            values.append(cell)
        else:
            values.append(text or None)
    return values
