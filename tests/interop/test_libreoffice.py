"""Exports opened by LibreOffice (`soffice --headless --convert-to`): no formula is run.

LibreOffice's CSV import runs a cell that starts with "=" as a formula; the control cell
shows it does here, so the test would see an export that let one through. Skipped where
LibreOffice is not installed (CI installs libreoffice-calc-nogui).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from crm_app.domain.records import PhoneKind
from crm_app.domain.sheet_export import ExportLayout, SheetKind
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, target_format: str, folder: Path) -> Path:
    assert SOFFICE is not None
    folder.mkdir(exist_ok=True)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = folder / f"{source.stem}.{target_format.split(':', maxsplit=1)[0]}"
    assert converted.exists()
    return converted


@pytest.fixture
def exported(services: Services, tmp_path: Path) -> dict[str, Path]:
    services.offices.add(OfficeDraft(names={"en": "IOM Geneva"}, country="CH"))
    services.contacts.add(
        ContactDraft(
            given="=1+1",
            family="@SUM(2,3)",
            honorific="-4+5",
            office="IOM Geneva",
            phones=(PhoneInput("+41 22 717 9111", PhoneKind.WORK),),
            emails=(EmailInput("press@iom.int"),),
            notes="=6*7",
        )
    )
    files = {}
    for kind in SheetKind:
        path = tmp_path / f"ours.{kind.value}"
        services.spreadsheets.export_to_file(path, kind=kind, layout=ExportLayout.OURS)
        files[kind.value] = path
    return files


def cells_of(path: Path) -> list[tuple[object, str]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row]


def test_libreoffice_runs_a_bare_formula_in_csv(tmp_path: Path) -> None:
    control = tmp_path / "control.csv"
    control.write_text('"a"\r\n"=6*7"\r\n', encoding="utf-8")
    found = cells_of(convert(control, "xlsx", tmp_path / "lo"))
    assert ("=6*7", "f") in found  # what an unguarded export would let through


def test_our_csv_opens_with_no_formula(exported: dict[str, Path], tmp_path: Path) -> None:
    found = cells_of(convert(exported["csv"], "xlsx", tmp_path / "lo"))
    assert {kind for value, kind in found if value is not None} == {"s"}
    texts = [str(value) for value, _ in found]
    assert "'=1+1" in texts and "'=6*7" in texts and "'@SUM(2,3)" in texts
    assert "work: +41 22 717 91 11" in texts


def test_our_xlsx_opens_with_no_formula(exported: dict[str, Path], tmp_path: Path) -> None:
    text = convert(exported["xlsx"], "csv", tmp_path / "lo").read_text(encoding="utf-8")
    # Had LibreOffice run them, the file would say 2, 5, 1 and 42.
    assert "=1+1" in text and "=6*7" in text and "@SUM(2,3)" in text and "-4+5" in text
    assert ",42," not in text and ",2," not in text
