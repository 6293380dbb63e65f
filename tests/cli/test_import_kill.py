"""A `crm-app vcard import` killed (SIGKILL) in the middle leaves all or none of its cards.

The cards reach the import through a named pipe, so the test decides how far the import
has got: it sends some cards, waits until the database shows the import inside its write
transaction (SQLite: another program cannot take the write lock; PostgreSQL: the
import's backend holds a transaction id), freezes the process (SIGSTOP), checks from
outside that nothing is committed yet, and kills it. The import cannot have committed,
since it has not seen the end of its file. The last kill comes just after the end of the
file was sent, at whatever point the import has reached: all or none, never part.
"""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url, text

from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactDraft, EmailInput
from crm_app.store.database import open_database
from tests.cli.conftest import Run

CARDS = 4000
# Cards sent before each kill. The import reads its file 64 KiB (some 450 cards) at a time
# and writes 500 at a time: 1,200 sent are enough for its first batch to be written.
KILL_POINTS = (1200, 2500, 3900)
WAIT_S = 120
BEFORE = 3

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and named pipes")


def _card(number: int) -> bytes:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:Killed{number};Card;;;\r\nFN:Card Killed{number}\r\n"
        f"EMAIL;TYPE=work:card{number}@example.org\r\n"
        f"TEL;TYPE=work:+41 22 717 {number:04d}\r\n"
        "END:VCARD\r\n"
    ).encode()


CARD_BYTES = [_card(number) for number in range(CARDS)]


def _counts(url: str) -> tuple[int, int]:
    """Contacts and e-mail addresses stored, read as any later program would."""
    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            contacts = connection.execute(text("SELECT count(*) FROM contacts")).scalar_one()
            emails = connection.execute(text("SELECT count(*) FROM emails")).scalar_one()
        return contacts, emails
    finally:
        database.close()


class Observer:
    """Whether an import is inside its write transaction, seen from another connection."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite_file = (
            make_url(url).database if make_url(url).get_backend_name() == "sqlite" else None
        )

    def writing(self) -> bool:
        if self.sqlite_file is not None:
            probe = sqlite3.connect(self.sqlite_file, timeout=0, isolation_level=None)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
                return False
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                return True
            finally:
                probe.close()
        return bool(self._writing_backends())

    def contacts(self) -> int:
        """Contacts committed, as another program sees them now."""
        if self.sqlite_file is not None:
            with closing(sqlite3.connect(self.sqlite_file, timeout=0)) as reader:
                return int(reader.execute("SELECT count(*) FROM contacts").fetchone()[0])
        with psycopg.connect(self.url, autocommit=True) as connection:
            row = connection.execute("SELECT count(*) FROM contacts").fetchone()
        assert row is not None
        return int(row[0])

    def _writing_backends(self) -> list[int]:
        with psycopg.connect(self.url, autocommit=True) as connection:
            rows = connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
            ).fetchall()
        return [row[0] for row in rows]

    def wait_until_gone(self) -> None:
        """PostgreSQL: the killed client's backend has ended and rolled back."""
        if self.sqlite_file is None:
            _wait_for(lambda: not self._writing_backends(), "the server to end the backend")


def _wait_for(condition: Callable[[], bool], what: str, importer: object = None) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, f"waited too long for {what}"
        if isinstance(importer, subprocess.Popen):
            assert importer.poll() is None, importer.communicate()[1]
        time.sleep(0.01)


@contextmanager
def _importer(url: str, data_dir: Path, pipe: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`crm-app vcard import PIPE` running, and the pipe's end the test writes to."""
    command = ["--data-dir", str(data_dir), "--db", url, "vcard", "import", str(pipe)]
    importer = subprocess.Popen(
        [sys.executable, "-m", "crm_app", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    writer = -1
    try:

        def opened() -> bool:
            nonlocal writer
            try:  # ENXIO until the import opens its end
                writer = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
                return False
            return True

        _wait_for(opened, "the import to open its file", importer)
        yield importer, writer
    finally:
        if writer >= 0:
            with suppress(OSError):  # closed already, to send the end of the file
                os.close(writer)
        if importer.poll() is None:
            importer.kill()
        importer.communicate()


def _send(writer: int, data: bytes, importer: subprocess.Popen[str]) -> None:
    """All of `data` into the pipe, and read from it by the import."""
    view = memoryview(data)

    def sent() -> bool:
        nonlocal view
        if view:
            try:
                view = view[os.write(writer, view) :]
            except BlockingIOError:
                return False
        return not view and _unread(writer) == 0

    _wait_for(sent, "the import to read the cards", importer)


def _unread(writer: int) -> int:
    buffer = bytearray(4)
    fcntl.ioctl(writer, termios.FIONREAD, buffer)
    return int.from_bytes(buffer, sys.byteorder)


def _kill(importer: subprocess.Popen[str]) -> None:
    importer.send_signal(signal.SIGKILL)
    assert importer.wait(timeout=WAIT_S) == -signal.SIGKILL


def test_an_import_killed_midway_leaves_all_or_none_of_its_cards(
    database_url: str, tmp_path: Path, run: Run
) -> None:
    database = open_database(database_url)
    try:
        contacts = ContactService(database, Clock())
        for number in range(BEFORE):
            draft = ContactDraft(
                given="Before", family=f"Import{number}", emails=(EmailInput(f"b{number}@ex.org"),)
            )
            contacts.add(draft)
    finally:
        database.close()
    before = _counts(database_url)
    after = (BEFORE + CARDS, BEFORE + CARDS)
    observer = Observer(database_url)
    pipe = tmp_path / "BIG.vcf"
    os.mkfifo(pipe)
    data_dir = tmp_path / "data"

    for sent in KILL_POINTS:
        with _importer(database_url, data_dir, pipe) as (importer, writer):
            _send(writer, b"".join(CARD_BYTES[:sent]), importer)

            def writing() -> bool:
                assert observer.contacts() == BEFORE, "part of the import was committed"
                return observer.writing()

            _wait_for(writing, "the import's write transaction", importer)
            importer.send_signal(signal.SIGSTOP)
            # Frozen inside its transaction: still writing, nothing of it visible.
            assert observer.writing()
            assert observer.contacts() == BEFORE
            _kill(importer)
        observer.wait_until_gone()
        assert _counts(database_url) == before, f"killed after {sent} cards"
        checked = run("--db", database_url, "db", "check")
        assert checked.code == 0, checked.err

    # Killed just after the whole file was sent: before or after its commit, never between.
    with _importer(database_url, data_dir, pipe) as (importer, writer):
        _send(writer, b"".join(CARD_BYTES), importer)
        os.close(writer)
        _kill(importer)
    observer.wait_until_gone()
    assert _counts(database_url) in (before, after)
    assert run("--db", database_url, "db", "check").code == 0

    # The same cards, from a plain file: the import finishes what the killed ones left.
    whole = tmp_path / "whole.vcf"
    whole.write_bytes(b"".join(CARD_BYTES))
    imported = run("--db", database_url, "vcard", "import", "--json", str(whole))
    assert imported.code == 0, imported.err
    assert _counts(database_url) == after
