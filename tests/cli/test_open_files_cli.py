"""`crm-app [options] FILE...` opens the window on those files; commands work as before, and
a word that is neither a command nor a file is still a usage error."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from crm_app.app import gui
from crm_app.app.cli import EXIT_USAGE, main
from tests.cli.conftest import Run


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None, list[Path]]]:
    """What the window would have been opened with (database, data folder, files)."""
    opened: list[tuple[str | None, str | None, list[Path]]] = []

    def run_window(db: str | None, data_dir: str | None, files: Sequence[Path] = ()) -> int:
        opened.append((db, data_dir, list(files)))
        return 0

    monkeypatch.setattr(gui, "run_window", run_window)
    return opened


def _usage_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_files_after_the_global_options_open_the_window_on_them(
    windows: list[tuple[str | None, str | None, list[Path]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ada.vcf").write_text("BEGIN:VCARD\r\n", encoding="utf-8")
    (tmp_path / "team.xlsx").write_bytes(b"PK")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ada.vcf", str(tmp_path / "team.xlsx"), "gone.csv"]) == 0
    # Relative names are read from the folder the command was started in; a missing file
    # after the first is for the window to report, with the others still opened.
    files = [tmp_path / "ada.vcf", tmp_path / "team.xlsx", tmp_path / "gone.csv"]
    assert windows == [(None, data, files)]


def test_the_window_alone_without_files(
    windows: list[tuple[str | None, str | None, list[Path]]], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert windows == [(None, str(tmp_path), [])]


def test_a_command_wins_over_a_file_of_the_same_name(
    run: Run,
    windows: list[tuple[str | None, str | None, list[Path]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "contact").write_text("not a vCard\n", encoding="utf-8")
    result = run("contact", "list", "--json")
    assert (result.code, result.out) == (0, "[]\n")
    assert windows == []
    assert main(["--data-dir", str(tmp_path / "data"), "./contact"]) == 0
    assert windows == [(None, str(tmp_path / "data"), [tmp_path / "contact"])]


def test_a_mistyped_command_is_still_invalid_choice(
    windows: list[tuple[str | None, str | None, list[Path]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    err = _usage_error(["--data-dir", str(tmp_path), "contcat", "list"], capsys)
    assert "crm-app: error: argument COMMAND: invalid choice: 'contcat'" in err
    assert "'contact'" in err  # the commands to choose from
    assert windows == []


def test_a_missing_file_in_first_place_is_a_usage_error_that_says_so(
    windows: list[tuple[str | None, str | None, list[Path]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    err = _usage_error(["releases.vcf"], capsys)
    assert "invalid choice: 'releases.vcf' is neither a command nor a file to open" in err
    assert windows == []


def test_options_the_window_does_not_take_are_refused_with_files(
    windows: list[tuple[str | None, str | None, list[Path]]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    card = tmp_path / "ada.vcf"
    card.write_text("BEGIN:VCARD\r\n", encoding="utf-8")
    err = _usage_error([str(card), "--json"], capsys)
    assert "unrecognized arguments: --json" in err
    assert windows == []


def test_help_tells_about_files(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: crm-app [-h] [--version] [--db URL] [--data-dir DIR]")
    assert "[FILE ...]" in out and "COMMAND ..." in out
    assert ".vcf" in out and ".xlsx" in out
