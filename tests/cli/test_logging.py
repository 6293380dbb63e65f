"""The log: in the data folder, readable by its owner only, and free of people's details."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest

from crm_app.app import logs
from tests.cli.conftest import Run

GIVEN, FAMILY = "Kieran", "Gorman-Best"
EMAIL = "kgormanbest@iom.int"
PHONE = "+86 10 5979 9695 ext. 203"
PHONE_DIGITS = "59799695"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_details_in(text: str) -> list[str]:
    digits = "".join(ch for ch in text if ch.isdigit())
    found = [value for value in (GIVEN, FAMILY, EMAIL, "kgormanbest") if value in text]
    return found + ([PHONE] if PHONE_DIGITS in digits else [])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_cli_commands_log_to_the_data_folder_without_personal_data(
    beijing: Run, tmp_path: Path
) -> None:
    added = beijing(
        "contact", "add", "--given", GIVEN, "--family", FAMILY, "--office", "IOM Beijing",
        "--phone", f"work:{PHONE}", "--email", EMAIL,
    )  # fmt: skip
    assert added.code == 0, added.err
    listed = beijing("contact", "list", "--search", FAMILY, "--json")
    assert listed.code == 0 and EMAIL in listed.out
    # A refused input: its reason goes to stderr, never its values to the log.
    refused = beijing("contact", "add", "--given", GIVEN, "--email", f"{GIVEN}@")
    assert refused.code == 1 and refused.err

    log_file = tmp_path / "data" / "logs" / "press-contacts.log"
    assert log_file.is_file()
    assert _mode(log_file) == 0o600
    assert _mode(log_file.parent) == 0o700
    text = log_file.read_text(encoding="utf-8")
    assert "crm-app contact add started" in text
    assert "crm-app contact list started" in text
    assert _private_details_in(text) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_rotated_logs_stay_private_and_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    monkeypatch.setattr(logs, "BACKUP_COUNT", 2)
    log_file = logs.start_logging(tmp_path)
    assert log_file == tmp_path / "logs" / "press-contacts.log"
    for number in range(40):
        logging.getLogger("crm_app.test").info("event %d", number)
    logs.stop_logging()
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["press-contacts.log", "press-contacts.log.1", "press-contacts.log.2"]
    assert {_mode(log_file.parent / name) for name in files} == {0o600}
    assert "event 39" in log_file.read_text(encoding="utf-8")


def test_a_database_is_named_in_the_log_without_password_or_folder() -> None:
    assert (
        logs.describe_database("postgresql://crm:s3cret@db.example.org:5432/press")
        == "postgresql://db.example.org/press"
    )
    assert logs.describe_database("sqlite:////home/kieran/press/contacts.sqlite3") == (
        "sqlite:contacts.sqlite3"
    )
    assert "s3cret" not in logs.describe_database("postgresql+psycopg://u:s3cret@/x")
