"""libpq's password file, where a PostgreSQL password is kept instead of in our settings.

libpq (and so psycopg, psql and every other libpq program) reads it by itself when a
connection gives no password: PGPASSFILE, else ``~/.pgpass``, or
``%APPDATA%\\postgresql\\pgpass.conf`` on Windows. Each line is
``host:port:database:user:password``; ``*`` matches anything, ``:`` and ``\\`` are escaped
with ``\\``, lines starting with ``#`` are comments, and the first matching line wins. On
Unix libpq ignores the file unless only its owner can read it (mode 0600).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from crm_app.store.backups import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE

PGPASSFILE_ENVIRONMENT = "PGPASSFILE"
WILDCARD = "*"


@dataclass(frozen=True, slots=True)
class PasswordKey:
    """The four fields a password-file line is looked up by."""

    host: str
    port: int
    database: str
    user: str

    def fields(self) -> tuple[str, str, str, str]:
        return (self.host, str(self.port), self.database, self.user)


def password_file() -> Path:
    """Where libpq looks for the password file on this computer."""
    chosen = os.environ.get(PGPASSFILE_ENVIRONMENT, "")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def split_line(line: str) -> list[str]:
    """The fields of one line, unescaped, as libpq reads them (the password is the rest)."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line.rstrip("\r\n"))
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _matches(fields: list[str], key: PasswordKey) -> bool:
    """Whether libpq would take this line's password for `key` (wildcards included)."""
    if len(fields) < 5:
        return False
    return all(
        field in (WILDCARD, wanted) for field, wanted in zip(fields[:4], key.fields(), strict=True)
    )


def _is_entry(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("#")


def lookup(key: PasswordKey, path: Path | None = None) -> str | None:
    """The password libpq would use for `key` from the file, or None."""
    try:
        text = (path or password_file()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        if _is_entry(line):
            fields = split_line(line)
            if _matches(fields, key):
                return fields[4]
    return None


def check_password(password: str) -> str | None:
    """Why `password` cannot be kept in the file (a line break would end its line)."""
    if "\n" in password or "\r" in password or "\x00" in password:
        return "a password cannot contain a line break or a NUL character"
    return None


def store_password(key: PasswordKey, password: str, path: Path | None = None) -> Path:
    """Put `password` for `key` in the password file; every other line stays as it was.

    A line for exactly this key has its password replaced. Otherwise the new line goes just
    before the first line that would already match (a wildcard), so that libpq, which takes
    the first match, finds it; else at the end. The file is written whole (a temporary file,
    then a rename) and left readable by its owner only, as libpq requires.
    """
    problem = check_password(password)
    if problem is not None:
        raise ValueError(problem)
    target = (path or password_file()).resolve()
    try:
        original = target.read_bytes().decode("utf-8")
    except FileNotFoundError:
        original = ""
    lines = original.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    entry = ":".join(escape(field) for field in (*key.fields(), password))
    position = len(lines)
    replace = False
    for index, line in enumerate(lines):
        if not _is_entry(line):
            continue
        fields = split_line(line)
        if _matches(fields, key):
            position = index
            replace = fields[:4] == list(key.fields())
            break
    ending = newline
    if replace:
        line = lines[position]
        ending = line[len(line.rstrip("\r\n")) :] or ""
        lines[position] = entry + ending
    else:
        if position == len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline
        lines.insert(position, entry + ending)
    if not target.parent.is_dir():
        target.parent.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    write_private_file(target, "".join(lines).encode("utf-8"))
    return target


def write_private_file(target: Path, data: bytes) -> None:
    """Replace `target` with `data`, whole or not at all, readable by its owner only
    (on Windows, where modes do not apply, the folder in the profile keeps it private)."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if sys.platform != "win32":
            os.chmod(partial, PRIVATE_FILE_MODE)  # a partial file left by a crash, reused
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
