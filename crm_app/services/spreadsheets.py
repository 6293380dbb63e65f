"""CSV and Excel import and export, on the shared import engine.

Import, in the steps a window takes:

1. `inspect(path)` opens the file and returns a `SheetPreview`: what was detected
   (format, encoding, delimiter, sheet), the headers, the first rows, and the mapping to
   propose (the one remembered for this header set, else the one `recognise` makes).
2. The caller changes the mapping as the person wishes (`ColumnMapping.with_field`);
   `ColumnMapping.problems()` says what stops it (a field on two columns, no name).
3. `import_file(path, mapping, dry_run=True)` is the preview: every row checked and matched
   as the import would, nothing written; `dry_run=False` writes, in one transaction, with
   the same progress and cancel as vCard import. Both return a `SheetImportReport`, the
   vCard `ImportReport` with each row's number as its line, plus the offices the rows
   name that do not exist. Those are never made up: the rows are imported without an
   office (the name kept in their notes, as vCard import does), unless the caller passes
   them back as `new_offices`, created in the same transaction first. A big file's rows
   are read and checked in a second process while this one matches and writes
   (`services/read_ahead.py`), as a big vCard file's are.
4. `remember(mapping)` keeps the mapping for the next file with the same headers
   (`MappingMemory`, a JSON file in the data folder); a written import remembers it too.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import DEFAULT_LANGUAGE
from crm_app.domain.sheet_columns import (
    ColumnMapping,
    Layout,
    RowProblem,
    SheetField,
    SheetFile,
    column_name,
    header_key,
    recognise,
    table_records,
)
from crm_app.domain.sheet_export import ExportLayout, SheetKind, write_csv, write_xlsx
from crm_app.domain.sheets import (
    ReadOptions,
    SheetError,
    SheetFormat,
    SheetRow,
    Table,
    open_table,
)
from crm_app.domain.text import fold, language_code
from crm_app.services import importing
from crm_app.services.common import Actor, Clock, transaction
from crm_app.services.drafts import OfficeDraft
from crm_app.services.importing import (
    Decision,
    DecisionPolicy,
    ImportEngine,
    OutcomeKind,
)
from crm_app.services.offices import OfficeService
from crm_app.services.read_ahead import RecordSource, checked_batches, read_aside
from crm_app.services.vcards import (
    OPTIMIZE_AFTER,
    CardOutcome,
    ImportCancelledError,
    ImportReport,
    IsCancelled,
    Progress,
    SkippedCard,
    check_target,
    count_for_export,
    export_values,
    ordinary_file_mode,
)
from crm_app.store import imports
from crm_app.store.database import Database

# As for vCards: exact matches merge; a close name only is a new contact and a warning.
SHEET_POLICY = DecisionPolicy(
    exact=Decision.LINK, probable=Decision.CREATE, unmatched=Decision.CREATE
)
SOURCE_NAME = "spreadsheet"  # in the notes: "Organisation (from spreadsheet): ..."
_MAPPINGS_KEPT = 200
_ROWS_SHOWN = 10


@dataclass(frozen=True, slots=True)
class UnknownOffice:
    """An office name rows give that no stored office has."""

    name: str
    rows: tuple[int, ...]  # the first rows that name it
    count: int  # how many rows name it


@dataclass(slots=True)
class SheetImportReport(ImportReport):
    """The vCard import report, with a row number as each line, and what was read how."""

    mapping: ColumnMapping | None = None
    format: SheetFormat = SheetFormat.CSV
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    unknown_offices: list[UnknownOffice] = field(default_factory=list)
    offices_created: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """A file as opened: what was detected, its first rows and the mapping to propose."""

    path: Path
    format: SheetFormat
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]  # the first data rows, as read
    mapping: ColumnMapping
    remembered: bool  # the mapping is the one kept for this header set
    warnings: tuple[Message, ...]


class MappingChoice:
    """How `mapping_for` picks a mapping: AUTO (remembered, else recognised), a layout's
    headers, or a mapping file."""

    AUTO = "auto"


class MappingMemory:
    """Mappings kept per header set (by a hash of the headers as compared), in one JSON file.

    A damaged or unreadable file is as good as an empty one: a mapping is a convenience,
    never worth refusing an import over. Writes replace the file whole.
    """

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._memory: dict[str, dict[str, Any]] = {}  # when there is no file

    @staticmethod
    def key(headers: Sequence[str]) -> str:
        joined = "\x1f".join(header_key(header) for header in headers)
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    def _read(self) -> dict[str, dict[str, Any]]:
        if self._path is None:
            return self._memory
        try:
            document = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        mappings = document.get("mappings") if isinstance(document, dict) else None
        return mappings if isinstance(mappings, dict) else {}

    def recall(self, headers: Sequence[str]) -> ColumnMapping | None:
        entry = self._read().get(self.key(headers))
        if not isinstance(entry, dict):
            return None
        fields = entry.get("fields")
        if not isinstance(fields, list) or len(fields) != len(headers):
            return None
        try:
            values = tuple(SheetField(value) if value else None for value in fields)
        except ValueError:
            return None
        return ColumnMapping(tuple(headers), values)

    def remember(self, mapping: ColumnMapping, *, now: float = 0.0) -> None:
        mappings = dict(self._read())
        key = self.key(mapping.headers)
        mappings.pop(key, None)
        mappings[key] = {
            "headers": list(mapping.headers),
            "fields": [value.value if value is not None else None for value in mapping.fields],
        }
        while len(mappings) > _MAPPINGS_KEPT:  # the oldest first: dicts keep their order
            mappings.pop(next(iter(mappings)))
        if self._path is None:
            self._memory = mappings
            return
        document = json.dumps({"version": 1, "mappings": mappings}, ensure_ascii=False, indent=1)
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                prefix=".mappings-", suffix=".part", dir=self._path.parent
            )
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(document)
            os.replace(temporary, self._path)
        except OSError:
            pass  # not remembered: the import itself is done


def mapping_from_file(path: Path, headers: Sequence[str], base: ColumnMapping) -> ColumnMapping:
    """A mapping file ({"header": "field" or null, ...}, or the same under "columns") laid
    over `base`: the columns it names get its fields, the others keep theirs."""
    source = path.name

    def refuse_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for name, value in pairs:
            if name in seen:
                raise ValidationError(
                    source, msg("column '{column}' is mapped twice in the file", column=name)
                )
            seen[name] = value
        return seen

    try:
        document = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=refuse_twice)
    except OSError as exc:
        raise ValidationError(
            source or str(path),
            msg("cannot read the file: {detail}", detail=exc.strerror or str(exc)),
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(
            source, msg("is not a JSON mapping file ({detail})", detail=str(exc)[:200])
        ) from exc
    except ValueError as exc:  # a NUL in the name, or no JSON
        raise ValidationError(
            source or "mapping",
            msg("is not a JSON mapping file ({detail})", detail=str(exc)[:200]),
        ) from exc
    if isinstance(document, dict) and isinstance(document.get("columns"), dict):
        document = document["columns"]
    if not isinstance(document, dict):
        raise ValidationError(
            source, msg('a mapping file is a JSON object: {{"header": "field", ...}}')
        )
    keys = [header_key(header) for header in headers]
    mapping = base
    for name, value in document.items():
        wanted = header_key(name)
        columns = [i for i, key in enumerate(keys) if key == wanted]
        if not columns:
            raise ValidationError(
                source,
                msg("the spreadsheet has no column '{column}'", column=name),
            )
        if value is None or value == "":
            chosen = None
        else:
            try:
                chosen = SheetField(str(value))
            except ValueError:
                raise ValidationError(
                    source,
                    msg(
                        "'{value}' (column '{column}') is not a field; the fields are: {fields}",
                        value=value,
                        column=name,
                        fields=", ".join(f.value for f in SheetField),
                    ),
                ) from None
        for column in columns:
            mapping = mapping.with_field(column, chosen)
    return mapping


class _DryRunRollbackError(Exception):
    """A dry run does all the work, then rolls back."""


class SpreadsheetService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        organisation: str = "",
        actor: Actor | None = None,
        memory: MappingMemory | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._organisation = organisation
        self._actor = actor or Actor()
        self._memory = memory or MappingMemory(None)
        self._offices = OfficeService(database, clock, self._actor)

    # Mapping

    def inspect(
        self, path: Path, options: ReadOptions | None = None, *, sample: int = 20
    ) -> SheetPreview:
        """The file opened and its first `sample` rows read; nothing else is read."""
        with open_table(path, options) as table:
            rows: list[SheetRow] = []
            for row in table.rows():
                rows.append(row)
                if len(rows) >= sample:
                    break
            remembered = self._memory.recall(table.headers)
            mapping = remembered or recognise(table.headers)
            return SheetPreview(
                path=path,
                format=table.format,
                encoding=table.encoding,
                delimiter=table.delimiter,
                sheet=table.sheet,
                sheets=table.sheets,
                headers=table.headers,
                rows=tuple(rows),
                mapping=mapping,
                remembered=remembered is not None,
                warnings=tuple(table.warnings),
            )

    def mapping_for(self, headers: Sequence[str], choice: str | Path = "auto") -> ColumnMapping:
        """ "auto": the mapping remembered for these headers, else the recognised one; a
        layout's name ("outlook", "google", "thunderbird", "ours"): its headers first; a
        path: that mapping file over the recognised mapping."""
        if isinstance(choice, Path):
            return mapping_from_file(choice, headers, recognise(headers))
        if choice == MappingChoice.AUTO:
            return self._memory.recall(headers) or recognise(headers)
        try:
            layout = Layout(choice)
        except ValueError:
            raise ValidationError(
                "mapping",
                msg(
                    "'{choice}' is neither auto, a layout ({layouts}) nor a mapping file",
                    choice=choice,
                    layouts=", ".join(layout.value for layout in Layout),
                ),
            ) from None
        return recognise(headers, layout)

    def remember(self, mapping: ColumnMapping) -> None:
        self._memory.remember(mapping)

    # Import

    def import_file(
        self,
        path: Path,
        mapping: ColumnMapping | None = None,
        *,
        options: ReadOptions | None = None,
        dry_run: bool = False,
        decisions: Mapping[int, Decision] | None = None,
        new_offices: Sequence[OfficeDraft] = (),
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> SheetImportReport:
        """Imports every row in one transaction (none in a dry run, or when cancelled).

        `mapping` None: the remembered or recognised one. `decisions` maps a row number to
        link / create / skip (otherwise exact matches are filled in, the rest created).
        Raises SheetError for a file that cannot be read, ValidationError for a mapping
        that cannot be imported; then nothing is written.
        """
        relay = _ProgressRelay()
        with open_table(path, options, relay) as table:
            used = mapping or self.mapping_for(table.headers)
            self._check_mapping(table, used)
            # A big file is read and checked again in a second process, as it was opened
            # here (services/read_ahead.py); any other through the table opened here.
            aside = read_aside(path.stat())
            source: RecordSource = (
                SheetFile(path, options or ReadOptions(), used)
                if aside
                else _OpenTable(table, used, relay)
            )
            return self._import(
                table, source, aside, used, dry_run, decisions, new_offices, progress, is_cancelled
            )

    def _check_mapping(self, table: Table, mapping: ColumnMapping) -> None:
        if tuple(header_key(h) for h in mapping.headers) != tuple(
            header_key(h) for h in table.headers
        ):
            raise ValidationError(
                table.source, msg("the mapping was made for other headers than the file's")
            )
        problems = mapping.problems()
        if problems:
            raise ValidationError("mapping", problems[0])

    def _import(
        self,
        table: Table,
        source: RecordSource,
        aside: bool,
        mapping: ColumnMapping,
        dry_run: bool,
        decisions: Mapping[int, Decision] | None,
        new_offices: Sequence[OfficeDraft],
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
    ) -> SheetImportReport:
        report = SheetImportReport(
            dry_run=dry_run,
            mapping=mapping,
            format=table.format,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet=table.sheet,
        )
        offices: _OfficeNames | None = None
        read_warnings: list[Message] | None = None  # all the source's, once read to the end
        try:
            with transaction(self._database, "spreadsheet import") as session:
                for draft in new_offices:
                    report.offices_created.append(self._offices.add_in(session, draft).id)
                session.flush()
                offices = _OfficeNames(imports.office_names(session))
                engine = ImportEngine(
                    session,
                    self._clock,
                    policy=SHEET_POLICY,
                    source=SOURCE_NAME,
                    actor=self._actor,
                    where=RecordPlace.ROW,
                )
                with checked_batches(source, engine.offices(), aside=aside) as reading:
                    for batch in reading:
                        if is_cancelled is not None and is_cancelled():
                            raise ImportCancelledError
                        offices.note(checked.record for checked in batch.records)
                        self._add_outcomes(report, engine.apply_checked(batch.records, decisions))
                        session.expunge_all()
                        if progress is not None:
                            progress(batch.done, batch.total)
                    read_warnings = reading.warnings
                if dry_run:
                    raise _DryRunRollbackError
        except ImportCancelledError:
            report.cancelled = True
            report.created.clear()
            report.updated.clear()
            report.unchanged.clear()
            report.offices_created.clear()
        except _DryRunRollbackError:
            report.offices_created.clear()
        else:
            self._memory.remember(mapping)
        report.unknown_offices = offices.unknown() if offices is not None else []
        report.warnings[:0] = [
            *(table.warnings if read_warnings is None else read_warnings),
            *(_unknown_warning(o) for o in report.unknown_offices),
        ]
        if report.written and len(report.created) >= OPTIMIZE_AFTER:
            self._database.optimize()
        return report

    def _add_outcomes(self, report: SheetImportReport, result: importing.ImportResult) -> None:
        for outcome in result.outcomes:
            if outcome.kind is OutcomeKind.SKIPPED:
                assert outcome.reason is not None, "a skipped record says why"
                report.skipped.append(SkippedCard(outcome.line, outcome.reason))
                continue
            card = CardOutcome(outcome.line, outcome.name, outcome.contact_id)
            if outcome.kind is OutcomeKind.CREATED:
                if report.dry_run:
                    card = CardOutcome(outcome.line, outcome.name, None)
                report.created.append(card)
            elif outcome.kind is OutcomeKind.UPDATED:
                report.updated.append(card)
            else:
                report.unchanged.append(card)
        report.warnings.extend(result.warnings)

    # Export

    def export(
        self,
        out: BinaryIO,
        *,
        kind: SheetKind = SheetKind.CSV,
        layout: ExportLayout = ExportLayout.OURS,
        contact_ids: Sequence[int] | None = None,
        release_id: int | None = None,
        language: str = DEFAULT_LANGUAGE,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> int:
        """The selection (`contact_ids`), a release's contacts, or everyone (neither)."""
        language = language_code(language)
        total = count_for_export(self._database, contact_ids, release_id) if progress else 0
        write = write_xlsx if kind is SheetKind.XLSX else write_csv
        contacts = export_values(self._database, contact_ids, release_id)
        with closing(contacts):
            return write(
                contacts,
                out,
                layout=layout,
                organisation=self._organisation,
                language=language,
                progress=(lambda done: progress(done, total)) if progress else None,
                is_cancelled=is_cancelled,
            )

    def export_to_file(
        self,
        path: Path,
        *,
        kind: SheetKind = SheetKind.CSV,
        layout: ExportLayout = ExportLayout.OURS,
        contact_ids: Sequence[int] | None = None,
        release_id: int | None = None,
        language: str = DEFAULT_LANGUAGE,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> int | None:
        """Writes beside the target and renames at the end: a cancelled or failed export
        leaves any existing file untouched. Returns None when cancelled."""
        check_target(path)
        try:
            handle, temporary = tempfile.mkstemp(prefix=".sheet-", suffix=".part", dir=path.parent)
        except OSError as exc:
            raise ValidationError(
                "output",
                msg(
                    "cannot write in {folder}: {detail}",
                    folder=str(path.parent),
                    detail=exc.strerror or str(exc),
                ),
            ) from exc
        try:
            with os.fdopen(handle, "wb") as out:
                written = self.export(
                    out,
                    kind=kind,
                    layout=layout,
                    contact_ids=contact_ids,
                    release_id=release_id,
                    language=language,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )
            if is_cancelled is not None and is_cancelled():
                os.unlink(temporary)
                return None
            os.chmod(temporary, ordinary_file_mode(path))
            os.replace(temporary, path)
            return written
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise


class _OfficeNames:
    """Which office names the rows give that no stored office has, as the engine looks
    offices up: by any name, folded; a name several offices share picks none."""

    def __init__(self, stored: Sequence[imports.OfficeName]) -> None:
        holders: dict[str, set[int]] = {}
        for row in stored:
            holders.setdefault(row.name_key, set()).add(row.office_id)
        self._known = {key for key, ids in holders.items() if len(ids) == 1}
        self._unknown: dict[str, tuple[str, list[int], list[int]]] = {}  # key: name, rows, count

    def _found(self, name: str) -> bool:
        return bool(name.strip()) and fold(name.strip())[:200] in self._known

    def note(self, batch: Iterable[IncomingContact | None]) -> None:
        """The records of a batch (None: a row that gave none)."""
        for record in batch:
            if not isinstance(record, IncomingContact):
                continue
            if self._found(record.office) or self._found(record.organisation):
                continue
            name = (record.office or record.organisation).strip()
            if not name:
                continue
            key = fold(name)
            entry = self._unknown.setdefault(key, (name, [], [0]))
            if len(entry[1]) < _ROWS_SHOWN:
                entry[1].append(record.line)
            entry[2][0] += 1

    def unknown(self) -> list[UnknownOffice]:
        return [
            UnknownOffice(name, tuple(rows), count[0])
            for name, rows, count in self._unknown.values()
        ]


def _unknown_warning(office: UnknownOffice) -> Message:
    rows = ", ".join(str(row) for row in office.rows)
    if office.count > len(office.rows):
        rows += f" … ({office.count} in all)"
    return msg(
        "no office called '{name}' (rows {rows}): those contacts are imported without an "
        "office, the name kept in their notes; create the office to link them",
        name=office.name,
        rows=rows,
    )


__all__ = [
    "SHEET_POLICY",
    "ColumnMapping",
    "ExportLayout",
    "Layout",
    "MappingMemory",
    "ReadOptions",
    "SheetError",
    "SheetField",
    "SheetImportReport",
    "SheetKind",
    "SheetPreview",
    "SpreadsheetService",
    "UnknownOffice",
    "column_name",
    "mapping_from_file",
]


class _ProgressRelay:
    """Progress of a table opened before anyone listens (its first block is read on
    opening): the latest is handed on to whoever listens, then each one as it comes."""

    def __init__(self) -> None:
        self._listener: Progress | None = None
        self._latest: tuple[int, int] | None = None

    def listen(self, listener: Progress) -> None:
        self._listener = listener
        if self._latest is not None:
            listener(*self._latest)

    def __call__(self, done: int, total: int) -> None:
        self._latest = (done, total)
        if self._listener is not None:
            self._listener(done, total)


@dataclass(slots=True)
class _OpenTable:
    """The table opened here as the import's source (a small file, or a stream)."""

    table: Table
    mapping: ColumnMapping
    relay: _ProgressRelay

    @property
    def place(self) -> RecordPlace:
        return RecordPlace.ROW

    def records(
        self, progress: Progress, warnings: list[Message]
    ) -> Iterator[IncomingContact | RowProblem]:
        self.relay.listen(progress)
        yield from table_records(self.table, self.mapping)
        warnings.extend(self.table.warnings)
