"""A big spreadsheet is read and checked in a second process: the same import as read here.

The second process opens the file again with the options the person gave, so what was
detected (encoding, delimiter, the first sheet) and every warning are the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.importing import Decision
from crm_app.services.spreadsheets import SheetImportReport
from tests.store.test_read_ahead import seen as seen_import
from tests.store.test_spreadsheet_service import FIXTURES, add_offices


@pytest.fixture
def offices(services: Services) -> Services:
    add_offices(services)
    return services


def seen(report: SheetImportReport) -> dict[str, Any]:
    """What the user is shown of a spreadsheet import: a vCard import's, and more."""
    return {
        **seen_import(report),
        "unknown_offices": report.unknown_offices,
        "read_as": (report.format, report.encoding, report.delimiter, report.sheet),
    }


def both_ways(
    services: Services, path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any
) -> tuple[SheetImportReport, SheetImportReport]:
    reports = []
    for aside in (False, True):
        monkeypatch.setattr(
            "crm_app.services.read_ahead.READ_ASIDE_FROM_BYTES", 0 if aside else 10**12
        )
        reports.append(services.spreadsheets.import_file(path, dry_run=True, **options))
    here, there = reports
    return here, there


DOMAIN = "iom.int"


def awkward_csv(path: Path) -> None:
    """Windows-1252 text, semicolons, a ragged row, an unknown office, a bad number."""
    rows = [
        "First Name;Last Name;Company;Business Phone;E-mail Address",
        "Kieran;Best;IOM Beijing;5979 9695 ext. 203;kgormanbest@iom.int",
        "Hélène;Lefèvre;OIM Genève;+41 22 717 9111;helene.lefevre@iom.int",
        "Ragged;Row;IOM Geneva",
        "Ana;Núñez;IOM Lima;12;mailto:ana.nunez@iom.int",
        *(
            f"Person;Number{n};IOM Beijing;+86 10 6{n:03d} 1{n:03d};p{n}@iom.int"
            for n in range(120)
        ),
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))


def awkward_workbook(path: Path) -> None:
    """Two sheets, merged cells and a formula: each has its warning."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Press"
    sheet.append(["Given name", "Family name", "Office", "Phone", "Email"])
    sheet.append(["Kieran", "Best", "IOM Beijing", "+86 10 5979 9695 ext. 203", "kb@iom.int"])
    sheet.append(["Ann", "Lee", "IOM Beijing", "+86 10 6500 1234", "ann.lee@iom.int"])
    sheet.append(["Bob", "Lee", None, "+86 10 6500 1235", "bob.lee@iom.int"])
    sheet.merge_cells("C3:C4")
    sheet.append(["Cy", "Ma", "IOM Beijing", "=1+1", "cy.ma@iom.int"])
    for n in range(60):
        sheet.append(["Person", f"Number{n}", "IOM Geneva", f"+41 22 717 {n:04d}", f"p{n}@iom.int"])
    book.create_sheet("Old").append(["Given name"])
    book.save(path)


@pytest.mark.parametrize(
    "name", ["outlook-en.csv", "google-new.csv", "handmade-es.csv", "thunderbird-fr.csv"]
)
def test_other_programs_exports_import_the_same_read_aside(
    offices: Services, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = both_ways(offices, FIXTURES / name, monkeypatch)
    assert seen(there) == seen(here)
    assert here.created or here.updated


def test_an_awkward_csv_imports_the_same_read_aside(
    offices: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "awkward.csv"
    awkward_csv(path)
    here, there = both_ways(offices, path, monkeypatch)
    assert seen(there) == seen(here)
    shown = seen(there)
    assert shown["read_as"][1:3] == ("cp1252", ";")
    assert [line for line, _ in shown["skipped"]] == [4]  # the ragged row
    assert [office.name for office in there.unknown_offices] == ["IOM Lima"]
    # Said as the person's spreadsheet numbers it: a row, not a line.
    assert "row 5: Ana Núñez: phone '12' kept, flagged invalid" in shown["warnings"]
    assert not any(warning.startswith("line") for warning in shown["warnings"])
    assert len(shown["created"]) == 123


def test_a_workbook_imports_the_same_read_aside_with_its_warnings(
    offices: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "awkward.xlsx"
    awkward_workbook(path)
    here, there = both_ways(offices, path, monkeypatch)
    assert seen(there) == seen(here)
    warnings = " | ".join(seen(there)["warnings"])
    for said in ("2 sheets", "merged cells", "formula"):
        assert said in warnings


def test_decisions_and_progress_hold_read_aside_and_it_is_written(
    offices: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "awkward.csv"
    awkward_csv(path)
    monkeypatch.setattr("crm_app.services.read_ahead.READ_ASIDE_FROM_BYTES", 0)
    progress: list[tuple[int, int]] = []
    report = offices.spreadsheets.import_file(
        path,
        decisions={2: Decision.SKIP, 3: Decision.SKIP},
        progress=lambda done, total: progress.append((done, total)),
    )
    assert [skipped.line for skipped in report.skipped] == [2, 3, 4]
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
    live = offices.contacts.count(ContactQuery(archive=Archive.ALL_LIVE))
    assert live == len(report.created) == 121
