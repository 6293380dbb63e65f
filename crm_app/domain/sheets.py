"""Spreadsheets read as rows of text: CSV in any common dialect and encoding, and .xlsx.

A `Table` is opened on a file, says what it found (format, encoding, delimiter, sheet,
headers) and streams its data rows one at a time, so a 50 MB file is never in memory whole.

- CSV: the encoding is taken from a byte order mark (UTF-8, UTF-16 as Excel's "Unicode
  text" writes it), else UTF-8 when the start of the file decodes as UTF-8, else
  Windows-1252. Once UTF-8 is guessed, a later byte that is not UTF-8 is read as Windows-1252
  instead of stopping a long file half-way (files pasted together from two sources mix
  them). The delimiter (comma, semicolon or tab) is the one that splits the first rows into
  the same number of cells as the header row. Either can be given instead of detected.
- .xlsx (openpyxl, read-only: constant memory): the first sheet unless one is named; a
  formula gives the value the spreadsheet program saved with it, never computed here (one
  saved without a value reads as empty). Read-only mode gives a merged block's value in its
  top-left cell only; the block's value is given to every row it spans, in its first
  column, so an office written once beside five people applies to all five.

A file that cannot be read this way (empty, headers only, binary, password-protected or
damaged) raises `SheetError` with a sentence saying why, before a row is read.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import Message, msg

SAMPLE_BYTES = 256 * 1024  # what encoding and delimiter detection look at
DELIMITERS = (",", ";", "\t")
MAX_CELL = 131_072  # csv's own limit: a longer cell is a quote left open
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx, or an old .xls
_FALLBACK = "crm-sheet-cp1252"

Progress = Callable[[int, int], None]  # (done, total): bytes of a CSV, rows of a sheet


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as Windows-1252 (the five it leaves out as latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_cp1252_byte(byte) for byte in chunk), error.end


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(_FALLBACK, _cp1252_fallback)


class SheetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class SheetError(ValidationError):
    """A file that cannot be read as a table; `row` is where, when it is one row's fault."""

    def __init__(self, source: str, reason: Message, row: int | None = None) -> None:
        super().__init__(source, reason)
        self.row = row


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller says instead of what would be detected."""

    encoding: str | None = None  # a Python codec name: "utf-8", "utf-16", "cp1252", ...
    delimiter: str | None = None  # one character; "\\t" for tab
    sheet: str | None = None  # .xlsx: the sheet's name; None for the first


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # as a spreadsheet program numbers it: the header row is 1
    cells: tuple[str, ...]


@dataclass(slots=True)
class Table:
    """An open spreadsheet: what was found, and its data rows to stream once."""

    source: str  # the name messages call the file by
    format: SheetFormat
    headers: tuple[str, ...]
    encoding: str | None = None  # CSV
    delimiter: str | None = None  # CSV
    sheet: str | None = None  # .xlsx: the sheet read
    sheets: tuple[str, ...] = ()  # .xlsx: every sheet, in order
    warnings: list[Message] = field(default_factory=list)
    _rows: Iterator[SheetRow] | None = None
    _first: SheetRow | None = None
    _close: Callable[[], None] | None = None

    def rows(self) -> Iterator[SheetRow]:
        """The data rows (wholly empty ones left out), read as they are asked for."""
        if self._rows is None:
            raise RuntimeError("the rows of a table are read once")
        rows, self._rows = self._rows, None
        if self._first is not None:
            yield self._first
        yield from rows

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def open_table(
    path: Path,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> Table:
    """The file as a table, by its content (a zip is a workbook, anything else CSV text)."""
    options = options or ReadOptions()
    source = path.name
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        stream = path.open("rb")
        total = path.stat().st_size
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SheetError(
            source or str(path), msg("cannot read the file: {detail}", detail=detail)
        ) from exc
    try:
        return open_stream(stream, source, options, progress, total, suffix=path.suffix)
    except BaseException:
        stream.close()
        raise


def open_stream(
    stream: BinaryIO,
    source: str,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    total: int = 0,
    suffix: str = "",
) -> Table:
    """The stream as a table; it is closed with the table. `total` is its size in bytes."""
    options = options or ReadOptions()
    head = stream.read(len(_OLE_MAGIC))
    stream.seek(0)
    if not head:
        raise SheetError(source, msg("the file is empty"))
    if head.startswith(_OLE_MAGIC):
        raise SheetError(
            source,
            msg(
                "the workbook is password-protected, or an old Excel 97-2003 (.xls) file: "
                "save it without a password as .xlsx or .csv, then import that"
            ),
        )
    if head.startswith(_ZIP_MAGIC):
        table = _open_workbook(stream, source, options, progress)
        close_workbook = table._close

        def close() -> None:
            if close_workbook is not None:
                close_workbook()
            stream.close()  # openpyxl leaves a stream it was given open

        table._close = close
        return table
    if suffix.lower() in (".xlsx", ".xlsm"):
        raise SheetError(source, msg("is not an .xlsx workbook (it is not a zip archive)"))
    return _open_csv(stream, source, options, progress, total)


# CSV


class _Counting(io.RawIOBase):
    """A binary stream that says how far it has been read."""

    def __init__(self, inner: BinaryIO, progress: Progress | None, total: int) -> None:
        self._inner = inner
        self._progress = progress
        self._total = total
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.done += size
        if self._progress is not None and size:
            self._progress(self.done, self._total)
        return size

    def close(self) -> None:
        self._inner.close()
        super().close()


def detect_encoding(head: bytes, at_end: bool) -> str:
    """A codec for bytes that start a text file; SheetError when they are not text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    half = len(head) // 2
    if half >= 2:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        # Latin text in UTF-16 without its mark: every other byte is NUL.
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be"
    if b"\x00" in head:
        raise SheetError("", _binary())
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=at_end)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _binary() -> Message:
    return msg(
        "is not text: it holds binary data, so it is no CSV file; save the spreadsheet "
        "as CSV or .xlsx and import that"
    )


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f")
    return controls > max(2, len(text) // 100)


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's rows into as many cells as its first row."""
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        rows = rows[:100]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        agreeing = sum(1 for row in rows if len(row) == width) / len(rows)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _whole_lines(text: str, at_end: bool) -> str:
    if at_end:
        return text
    cut = max(text.rfind("\n"), text.rfind("\r"))
    return text[: cut + 1] if cut >= 0 else text


def _open_csv(
    stream: BinaryIO, source: str, options: ReadOptions, progress: Progress | None, total: int
) -> Table:
    head = stream.read(SAMPLE_BYTES)
    at_end = not stream.read(1)
    stream.seek(0)
    encoding = options.encoding
    errors = "strict"
    if encoding is None:
        try:
            encoding = detect_encoding(head, at_end)
        except SheetError as exc:
            raise SheetError(source, exc.reason) from None
        if encoding == "utf-8":
            errors = _FALLBACK
    else:
        try:
            known = getattr(codecs.lookup(encoding), "_is_text_encoding", True)
        except (LookupError, ValueError, TypeError):
            known = False
        if not known:
            raise SheetError(
                source, msg("'{encoding}' is not an encoding this program knows", encoding=encoding)
            ) from None
    try:
        sample = codecs.getincrementaldecoder(encoding)(errors=errors).decode(head, final=at_end)
    except UnicodeError:
        raise SheetError(
            source,
            msg("the file is not {encoding} text: choose its encoding", encoding=encoding),
        ) from None
    if "\x00" in sample or _looks_binary(sample[:20_000]):
        raise SheetError(source, _binary())
    delimiter = options.delimiter
    if delimiter is None:
        delimiter = detect_delimiter(_whole_lines(sample.lstrip("\ufeff"), at_end))
    elif len(delimiter) != 1 or delimiter in '"\r\n':
        raise SheetError(
            source, msg("the delimiter must be one character, not a quote or a line break")
        )
    counting = _Counting(stream, progress, total)
    text = io.TextIOWrapper(
        io.BufferedReader(counting, 1 << 16), encoding=encoding, errors=errors, newline=""
    )
    reader = csv.reader(text, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    rows = _csv_rows(reader, source, encoding)
    headers = _headers(rows, source)
    first = next(rows, None)
    if first is None:
        text.close()
        raise SheetError(source, msg("the file has a header row but no contacts under it"))
    return Table(
        source=source,
        format=SheetFormat.CSV,
        headers=headers,
        encoding=encoding,
        delimiter=delimiter,
        _rows=rows,
        _first=first,
        _close=text.close,
    )


def _headers(rows: Iterator[SheetRow], source: str) -> tuple[str, ...]:
    first = next(rows, None)
    if first is None:
        raise SheetError(source, msg("the file is empty"))
    headers = tuple(cell.strip() for cell in first.cells)
    while headers and not headers[-1]:
        headers = headers[:-1]
    return headers


def _csv_rows(reader: Iterator[list[str]], source: str, encoding: str) -> Iterator[SheetRow]:
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeError:
            raise SheetError(
                source,
                msg(
                    "row {row}: the text is not {encoding}: choose the file's encoding",
                    row=number,
                    encoding=encoding,
                ),
                row=number,
            ) from None
        except csv.Error as exc:
            if "field larger" in str(exc):
                reason = msg(
                    "row {row}: a cell is longer than {limit} characters: a quote is probably "
                    "left open",
                    row=number,
                    limit=MAX_CELL,
                )
            else:
                reason = msg("row {row}: cannot read the row ({detail})", row=number, detail=exc)
            raise SheetError(source, reason, row=number) from None
        if any(cell.strip() for cell in cells):
            yield SheetRow(number, tuple(_unneutralised(cell) for cell in cells))


def _unneutralised(cell: str) -> str:
    """A cell an export kept from running as a formula ("'=SUM(A1)", "'+41 22 ..."), as it
    was: the apostrophe is taken off again."""
    if cell[:1] == "'" and cell[1:2] in _FORMULA_STARTS and len(cell) > 1:
        return cell[1:]
    return cell


# What a spreadsheet program may take for a formula (OWASP's list, and the full-width forms
# East Asian input methods type).
_FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


# .xlsx


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")


@dataclass(frozen=True, slots=True)
class _SheetScan:
    merges: tuple[tuple[int, int, int, int], ...]  # (first row, last row, first col, last col)
    merge_refs: tuple[str, ...]
    formulas: int


def _scan_sheet(archive: zipfile.ZipFile, member: str) -> _SheetScan:
    """Merged blocks and formula cells of a sheet, from its XML bytes (one pass, no parse)."""
    merges: list[tuple[int, int, int, int]] = []
    refs: list[str] = []
    formulas = 0
    carry = b""
    with archive.open(member) as raw:
        while True:
            chunk = raw.read(1 << 20)
            data = carry + chunk
            limit = len(data) if not chunk else max(0, len(data) - 256)
            formulas += sum(1 for _ in _FORMULA_RE.finditer(data, 0, limit))
            for match in _MERGE_RE.finditer(data):
                if match.start() >= limit:
                    break
                first_col, first_row, last_col, last_row = match.groups()
                merges.append(
                    (int(first_row), int(last_row), _column(first_col), _column(last_col))
                )
                refs.append(
                    f"{first_col.decode()}{int(first_row)}:{last_col.decode()}{int(last_row)}"
                )
            carry = data[limit:]
            if not chunk:
                break
    return _SheetScan(tuple(merges), tuple(refs), formulas)


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _damaged(source: str, error: Exception) -> SheetError:
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    return SheetError(
        source,
        msg(
            "is not a readable .xlsx workbook ({kind}: {detail}); open it in a spreadsheet "
            "program and save it again",
            kind=type(error).__name__,
            detail=detail,
        ),
    )


def _open_workbook(
    stream: BinaryIO, source: str, options: ReadOptions, progress: Progress | None
) -> Table:
    import openpyxl  # only when a workbook is read: the window starts without it

    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # zip, XML and openpyxl's own errors alike: the file is damaged
        raise _damaged(source, exc) from exc
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise SheetError(source, msg("the workbook has no sheet"))
        name = options.sheet if options.sheet is not None else names[0]
        if name not in names:
            raise SheetError(
                source,
                msg(
                    "the workbook has no sheet called '{sheet}' (its sheets: {sheets})",
                    sheet=name,
                    sheets=", ".join(names),
                ),
            )
        sheet = workbook[name]
        archive = getattr(workbook, "_archive", None)
        member = getattr(sheet, "_worksheet_path", None)
        try:
            scan = (
                _scan_sheet(archive, member)
                if isinstance(archive, zipfile.ZipFile) and isinstance(member, str)
                else _SheetScan((), (), 0)
            )
        except Exception as exc:
            raise _damaged(source, exc) from exc
        warnings: list[Message] = []
        if len(names) > 1 and options.sheet is None:
            warnings.append(
                msg(
                    "the workbook has {count} sheets: only the first, '{sheet}', is read",
                    count=len(names),
                    sheet=name,
                )
            )
        if scan.merges:
            shown = ", ".join(scan.merge_refs[:10]) + (" …" if len(scan.merge_refs) > 10 else "")
            warnings.append(
                msg(
                    "merged cells ({cells}): each row of a merged block is given its value, in "
                    "the block's first column",
                    cells=shown,
                )
            )
        if scan.formulas:
            warnings.append(
                msg(
                    "{count} cells hold a formula: the value saved with each was read, no "
                    "formula was run (one never calculated reads as empty)",
                    count=scan.formulas,
                )
            )
        total = sheet.max_row or 0
        rows = _sheet_rows(sheet, source, scan.merges, progress, total)
        headers = _headers(rows, source)
        if not any(headers):
            raise SheetError(source, msg("the first row of the sheet holds no headers"))
        first = next(rows, None)
        if first is None:
            raise SheetError(source, msg("the sheet has a header row but no contacts under it"))
    except BaseException:
        workbook.close()
        raise
    return Table(
        source=source,
        format=SheetFormat.XLSX,
        headers=headers,
        sheet=name,
        sheets=names,
        warnings=warnings,
        _rows=rows,
        _first=first,
        _close=workbook.close,
    )


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # A number typed without its "+" (41227179111) reads back as typed, not 4.1e10.
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _sheet_rows(
    sheet: Any,
    source: str,
    merges: tuple[tuple[int, int, int, int], ...],
    progress: Progress | None,
    total: int,
) -> Iterator[SheetRow]:
    # Per first column of a block spanning rows: (first row, last row); the value comes
    # from the first row.
    spans: dict[int, list[tuple[int, int]]] = {}
    for first_row, last_row, first_col, _last_col in merges:
        if last_row > first_row:
            spans.setdefault(first_col - 1, []).append((first_row, last_row))
    held: dict[int, tuple[int, str]] = {}  # column -> (last row, value) of the open block
    number = 0
    iterator: Iterator[tuple[Any, ...]] = iter(sheet.iter_rows(values_only=True))
    while True:
        number += 1
        try:
            values = next(iterator)
        except StopIteration:
            return
        except Exception as exc:
            raise SheetError(
                source,
                msg("row {row}: cannot read the row ({detail})", row=number, detail=exc),
                row=number,
            ) from exc
        cells = [cell_text(value) for value in values]
        if spans:
            for column, blocks in spans.items():
                for first_row, last_row in blocks:
                    if first_row == number and column < len(cells):
                        held[column] = (last_row, cells[column])
                kept = held.get(column)
                if kept is not None and number <= kept[0]:
                    while len(cells) <= column:
                        cells.append("")
                    if not cells[column]:
                        cells[column] = kept[1]
        if progress is not None and number % 500 == 0:
            progress(number, total)
        if any(cell.strip() for cell in cells):
            yield SheetRow(number, tuple(cells))
