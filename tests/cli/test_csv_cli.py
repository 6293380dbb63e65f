"""`crm-app csv import` and `csv export`: JSON reports with rows, errors that write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.cli.conftest import Run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"


def test_import_dry_run_then_real_with_json(beijing: Run) -> None:
    source = FIXTURES / "outlook-fr.csv"
    dry = beijing("csv", "import", str(source), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    document = dry.json()
    assert document["dry_run"] is True
    assert [(c["line"], c["name"], c["id"]) for c in document["created"]] == [
        (2, "Kieran Best", None),
        (3, "Amélie Lefèvre-Ségur", None),
    ]
    assert (document["format"], document["encoding"], document["delimiter"]) == (
        "csv",
        "cp1252",
        ";",
    )
    assert document["layout"] == "outlook"
    assert document["mapping"]["Prénom"] == "given"
    assert [o["name"] for o in document["unknown_offices"]] == ["OIM Genève"]
    assert beijing("contact", "list", "--json").json() == []
    real = beijing("csv", "import", str(source))
    assert real.code == 0
    assert real.out.startswith("2 contacts were created, 0 updated")
    assert "no office called 'OIM Genève' (rows 3)" in real.err
    assert len(beijing("contact", "list", "--json").json()) == 2


def test_skipped_rows_carry_their_row_number(beijing: Run, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Email\r\nKieran Best,kgormanbest@iom.int\r\n,nobody@iom.int\r\n", encoding="utf-8"
    )
    document = beijing("csv", "import", str(source), "--json").json()
    assert document["skipped"] == [{"line": 3, "row": 3, "reason": "the row has no name"}]
    text = beijing("csv", "import", str(source))
    assert "  row 3: skipped: the row has no name" in text.out


def test_a_mapping_file_and_a_forced_layout(beijing: Run, tmp_path: Path) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Who,Where,Tel\r\nKieran Best,IOM Beijing,+86 10 5979 9695\r\n", "utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Who": "name", "Where": "office"}), encoding="utf-8")
    document = beijing("csv", "import", str(source), "--mapping", str(mapping), "--json").json()
    assert document["mapping"] == {"Who": "name", "Where": "office", "Tel": "phone"}
    assert [c["name"] for c in document["created"]] == ["Kieran Best"]
    # Remembered for these headers: the next import needs no file.
    again = beijing("csv", "import", str(source), "--json").json()
    assert again["mapping"] == document["mapping"]
    assert [c["name"] for c in again["unchanged"]] == ["Kieran Best"]
    forced = beijing("csv", "import", str(FIXTURES / "google-new.csv"), "--mapping", "google")
    assert forced.code == 0, forced.err


def test_errors_go_to_stderr_and_write_nothing(beijing: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = beijing("csv", "import", str(empty))
    assert (result.code, result.out) == (1, "")
    assert result.err == "crm-app: error: empty.csv: the file is empty\n"
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 8)
    assert "is not text" in beijing("csv", "import", str(junk)).err
    twice = tmp_path / "twice.json"
    twice.write_text('{"Nombre": "name", "Oficina": "name"}', encoding="utf-8")
    result = beijing("csv", "import", str(FIXTURES / "handmade-es.csv"), "--mapping", str(twice))
    assert result.code == 1
    assert (
        "Whole name (split) is mapped twice, to columns A ('Nombre'), C ('Oficina')" in result.err
    )
    listed = tmp_path / "list.json"
    listed.write_text('["Nombre"]', encoding="utf-8")
    result = beijing("csv", "import", str(FIXTURES / "handmade-es.csv"), "--mapping", str(listed))
    assert 'a mapping file is a JSON object: {"header": "field", ...}' in result.err
    odd = beijing("csv", "import", str(FIXTURES / "handmade-es.csv"), "--mapping", "nope")
    assert "'nope' is neither auto, a layout" in odd.err
    missing = beijing("csv", "import", str(tmp_path / "nope.csv"))
    assert missing.code == 1 and "cannot read the file" in missing.err
    assert beijing("contact", "list", "--json").json() == []


def test_export_csv_and_xlsx(beijing: Run, tmp_path: Path) -> None:
    added = beijing(
        "contact",
        "add",
        "--given",
        "Kieran",
        "--family",
        "Best",
        "--office",
        "IOM Beijing",
        "--phone",
        "work:+86 10 5979 9695 ext. 203",
        "--email",
        "kgormanbest@iom.int",
    )
    assert added.code == 0, added.err
    out = tmp_path / "all.csv"
    result = beijing("csv", "export", "--layout", "outlook", "-o", str(out), "--json")
    assert result.json() == {"written": 1, "file": str(out), "format": "csv"}
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith('"Title","First Name"')
    assert "'+86 10 5979 9695 ext. 203" in text
    book = tmp_path / "all.xlsx"
    assert beijing("csv", "export", "--contact", "1", "-o", str(book)).code == 0
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]][:4] == [
        "UID",
        "Honorific",
        "Given name",
        "Family name",
    ]
    refused = beijing("csv", "export", "--xlsx", "-o", str(tmp_path / "x.csv"))
    assert refused.code == 1 and "name the file .xlsx" in refused.err
    assert not (tmp_path / "x.csv").exists()
    round_trip = beijing("csv", "import", str(book), "--json").json()
    assert [c["id"] for c in round_trip["unchanged"]] == [1]
