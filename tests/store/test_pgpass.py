"""libpq's password file: written as libpq reads it, other lines left alone, private."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from crm_app.store.pgpass import PasswordKey, lookup, password_file, split_line, store_password
from tests.conftest import POSTGRES_URL

KEY = PasswordKey("db.example.org", 5432, "press", "kbest")
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="libpq checks the mode on Unix")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@unix_only
def test_a_new_file_is_private_and_holds_one_line(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    store_password(KEY, "s3cret", path)
    assert path.read_text(encoding="utf-8") == "db.example.org:5432:press:kbest:s3cret\n"
    assert mode(path) == 0o600
    assert lookup(KEY, path) == "s3cret"


def test_colons_and_backslashes_are_escaped_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    key = PasswordKey("fe80::1", 5432, "press", "dom\\kbest")
    store_password(key, r"a:b\c:", path)
    line = path.read_text(encoding="utf-8")
    assert line == "fe80\\:\\:1:5432:press:dom\\\\kbest:a\\:b\\\\c\\:\n"
    assert split_line(line) == ["fe80::1", "5432", "press", "dom\\kbest", r"a:b\c:"]
    assert lookup(key, path) == r"a:b\c:"


@unix_only
def test_other_lines_survive_byte_for_byte_and_a_changed_password_replaces_its_own(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pgpass"
    before = (
        "# the reporting server\n"
        "reports.example.org:5432:*:analyst:other-secret\n"
        "db.example.org:5432:press:kbest:old\n"
        "db.example.org:5433:press:kbest:staging\n"
    )
    path.write_text(before, encoding="utf-8")
    path.chmod(0o644)  # libpq would ignore the file like this; writing it narrows it
    store_password(KEY, "new", path)
    assert path.read_text(encoding="utf-8") == before.replace(":kbest:old", ":kbest:new")
    assert mode(path) == 0o600

    store_password(PasswordKey("db.example.org", 5432, "archive", "kbest"), "third", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == before.replace(":kbest:old", ":kbest:new").splitlines()
    assert lines[4] == "db.example.org:5432:archive:kbest:third"


def test_a_new_line_goes_before_a_wildcard_that_would_hide_it(tmp_path: Path) -> None:
    # libpq takes the first line that matches, so appending after "*" would never be read.
    path = tmp_path / "pgpass"
    path.write_bytes(b"other:5432:x:y:z\r\n*:*:*:kbest:everywhere\r\n")
    store_password(KEY, "mine", path)
    assert path.read_bytes() == (
        b"other:5432:x:y:z\r\ndb.example.org:5432:press:kbest:mine\r\n*:*:*:kbest:everywhere\r\n"
    )
    assert lookup(KEY, path) == "mine"


def test_a_last_line_without_a_newline_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    path.write_text("other:5432:x:y:z", encoding="utf-8")
    store_password(KEY, "mine", path)
    assert path.read_text(encoding="utf-8") == (
        "other:5432:x:y:z\ndb.example.org:5432:press:kbest:mine\n"
    )


def test_a_password_with_a_line_break_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    with pytest.raises(ValueError, match="line break"):
        store_password(KEY, "two\nlines", path)
    assert not path.exists()


def test_pgpassfile_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "chosen"))
    assert password_file() == tmp_path / "chosen"
    monkeypatch.delenv("PGPASSFILE")
    expected = (
        Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
        if sys.platform == "win32"
        else Path.home() / ".pgpass"
    )
    assert password_file() == expected


@pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
def test_libpq_itself_reads_the_line_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(POSTGRES_URL)
    assert url.password and url.host and url.database and url.username
    path = tmp_path / "pgpass"
    path.write_text("*:*:*:someone-else:not-this\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    key = PasswordKey(url.host, url.port or 5432, url.database, url.username)
    store_password(key, url.password, path)
    bare = url.set(password=None).render_as_string(hide_password=False)
    with psycopg.connect(bare, connect_timeout=5) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (url.username,)
