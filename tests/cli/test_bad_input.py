"""Bad input on the command line: a clear error naming what is wrong, never a traceback,
never a password on the screen."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.conftest import POSTGRES_URL, _reset_postgres


def usage_error(run: Run, *args: str) -> None:
    """An argparse error ends in SystemExit(2) before main() can return."""
    with pytest.raises(SystemExit) as stopped:
        run(*args)
    assert stopped.value.code == 2


ID_ARGUMENTS = [
    ("contact", ("contact", "show", "{id}")),
    ("contact", ("contact", "edit", "{id}", "--given", "X")),
    ("contact", ("contact", "delete", "{id}")),
    ("contact", ("contact", "restore", "{id}")),
    ("release", ("release", "show", "{id}")),
    ("release", ("release", "publish", "{id}")),
    ("contact", ("release", "add", "--title", "T", "--lang", "en", "--contact", "{id}")),
    ("release", ("block", "--release", "{id}")),
    ("contact", ("block", "--contact", "{id}")),
    ("release", ("vcard", "export", "-o", "out.vcf", "--release", "{id}")),
    ("contact", ("vcard", "export", "-o", "out.vcf", "--contact", "{id}")),
]


@pytest.mark.parametrize("bad", ["99999999999999999999", "2147483648", "0", "-1"])
@pytest.mark.parametrize(("what", "command"), ID_ARGUMENTS, ids=lambda c: " ".join(c[:3]))
def test_an_id_out_of_range_is_one_clear_usage_error(
    run: Run,
    capsys: pytest.CaptureFixture[str],
    what: str,
    command: tuple[str, ...],
    bad: str,
) -> None:
    usage_error(run, *(part.format(id=bad) for part in command))
    err = capsys.readouterr().err
    assert f"'{bad}' is not a valid {what} id (a number from 1 to 2147483647)\n" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
def test_the_largest_id_is_simply_not_found_on_postgresql(run: Run) -> None:
    _reset_postgres(POSTGRES_URL)
    for command in (("contact", "show"), ("release", "show"), ("contact", "delete")):
        result = run("--db", POSTGRES_URL, *command, "2147483647")
        assert result.code == 1
        assert "2147483647" in result.err
        assert "Traceback" not in result.err
    office = run("--db", POSTGRES_URL, "office", "show", "99999999999999999999")
    assert office.code == 1
    assert office.err == "crm-app: error: office: no office called '99999999999999999999'\n"


@pytest.mark.parametrize(
    ("option", "args"),
    [
        ("--search", ("contact", "list", "--search", "\udcff")),
        ("--office", ("phone", "check", "+86 10 5979 9600", "--office", "\udcff")),
        ("--given", ("contact", "add", "--given", "Jos\udce9")),
        ("--given", ("contact", "add", "--given=Jos\udce9")),
        ("number", ("phone", "check", "\udcff")),
        ("--data-dir", ("--data-dir", "\udcff", "contact", "list")),
        ("--db", ("--db", "sqlite:///\udcff.db", "contact", "list")),
        ("--verified", ("contact", "add", "--given", "A", "--verified", "\udcff")),
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_naming_the_option(
    run: Run, capsys: pytest.CaptureFixture[str], option: str, args: tuple[str, ...]
) -> None:
    usage_error(run, *args)
    assert f"error: argument {option}: is not valid UTF-8 text\n" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://u:p@h:99999/db", "port 99999 is not a port number (1 to 65535)"),
        ("postgresql://u:p@h:abc/db", "is not a database URL such as sqlite:///FILE"),
        ("foo://", "'foo' databases are not supported"),
        ("postgresql+nodriver://", "'postgresql+nodriver' databases are not supported"),
        ("postgresql://u:p@[::1/db", "is not a database URL"),
        ("sqlite://u:p@h/x.db", "a SQLite URL names a file, not a server"),
    ],
)
def test_a_malformed_db_url_is_an_error_naming_db(run: Run, url: str, reason: str) -> None:
    result = run("--db", url, "contact", "list")
    assert result.code == 1
    assert result.err.startswith("crm-app: error: --db: ")
    assert reason in result.err
    assert result.err.count("\n") == 1
    assert ":p@" not in result.err


TYPO = "postgresql//crm:s3cret-pw@db.example.org/crm"  # no ":" after the scheme


@pytest.mark.parametrize("json", [(), ("--json",)])
@pytest.mark.parametrize("source", ["option", "environment"])
def test_a_password_in_a_mistyped_url_is_never_printed(
    run: Run, monkeypatch: pytest.MonkeyPatch, source: str, json: tuple[str, ...]
) -> None:
    if source == "environment":
        monkeypatch.setenv("CRM_DB_URL", TYPO)
        result = run("contact", "list", *json)
    else:
        result = run("--db", TYPO, "contact", "list", *json)
    assert result.code == 1
    assert result.out == ""
    assert "s3cret" not in result.err
    assert "postgresql//crm:***@db.example.org/crm" in result.err


def test_a_server_that_refuses_the_password_does_not_print_it(run: Run) -> None:
    url = "postgresql://crm:s3cret-pw@127.0.0.1:1/crm?connect_timeout=2"
    result = run("--db", url, "contact", "list", "--json")
    assert result.code == 1
    assert result.err.startswith("crm-app: error: --db: cannot open postgresql://crm:***@")
    assert "s3cret" not in result.err


def test_a_data_dir_inside_a_file_is_an_error(run: Run, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    result = run("--data-dir", str(a_file / "data"), "contact", "list")
    assert result.code == 1
    assert result.err == (
        f"crm-app: error: data-dir: cannot create the folder {a_file / 'data'}: Not a directory\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
@pytest.mark.parametrize("where", [".", "sub"])
def test_a_read_only_data_dir_is_an_error(run: Run, tmp_path: Path, where: str) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run("--data-dir", str(folder / where), "contact", "list")
    finally:
        folder.chmod(0o755)
    assert result.code == 1
    assert result.err.startswith("crm-app: error: data-dir: ")
    assert "Traceback" not in result.err


def test_export_refuses_a_read_only_file_and_leaves_it(beijing: Run, tmp_path: Path) -> None:
    assert beijing("contact", "add", "--given", "Kieran", "--family", "Best").code == 0
    target = tmp_path / "kept.vcf"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o444)
    result = beijing("vcard", "export", "-o", str(target))
    assert (result.code, result.err) == (1, f"crm-app: error: output: {target} is read-only\n")
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_vcard_import_reports_two_people_under_one_uid(beijing: Run, tmp_path: Path) -> None:
    cards = tmp_path / "clash.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-1\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-1\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    result = beijing("vcard", "import", str(cards))
    assert result.code == 0
    assert result.out == (
        "1 contacts were created, 0 updated, 0 already up to date, 1 cards skipped.\n"
        "  line 7: skipped: same UID as the card at line 1 (Kieran Best), but another person\n"
    )


def test_an_unexpected_error_is_one_line_status_3_and_a_logged_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("lost postgresql://crm:s3cret@db.example.org/crm\nSQL: SELECT 1")

    # A fault no input can cause: the last resort is all that stands between it and a user.
    monkeypatch.setattr("crm_app.app.cli.contact_list", broken)
    with caplog.at_level(logging.ERROR, logger="crm_app"):
        result = run("contact", "list")
    assert result.code == 3
    assert result.err == (
        "crm-app: unexpected error (RuntimeError): lost postgresql://crm:***@db.example.org/crm;"
        " details are in the log\n"
    )
    [record] = [r for r in caplog.records if r.name == "crm_app"]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_vcard_import_while_the_window_is_saving_is_a_clear_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_app.store.database.SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "shared.sqlite3"
    url = f"sqlite:///{path}"
    assert run("--db", url, "contact", "list").code == 0
    cards = tmp_path / "one.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the window, in the middle of a save
        result = run("--db", url, "vcard", "import", str(cards))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 1
    assert result.err == (
        "crm-app: error: the database is busy with someone else's change; "
        "nothing was saved, try again\n"
    )
    assert run("--db", url, "contact", "list").out == ""
