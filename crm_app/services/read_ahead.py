"""An import's records read and checked a batch ahead, in a second process on a big source.

Reading and checking records (the vCard or spreadsheet reader, phonenumbers,
email-validator) takes a good third of an import's time, and needs no database, only the
offices. So a big file (`domain.vcard.VCardFile`, `domain.sheet_columns.SheetFile`) is
read and checked in a process of its own while this one matches and writes the batch
before: on two cores the import then takes about the time of the matching and writing.
Batches come back through a pipe that holds about one, so memory stays flat however long
the file; a small source is read here, where starting a process would cost more than it
saves, and so is any source when the second process cannot be started.

Either way the caller gets the same `CheckedRecord`s in the same order, the same file-wide
warnings and the same exceptions, and stops the reading by leaving the `with` block.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from crm_app.domain.errors import CrmError
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.services.record_checks import (
    IMPORT_BATCH,
    CheckedRecord,
    OfficeDirectory,
    RecordProblem,
    batches,
    check_record,
)

log = logging.getLogger(__name__)

# From this size on a source is read aside: about 2,000 cards, two seconds of import, where
# starting the reader (a tenth of a second) is soon won back.
READ_ASIDE_FROM_BYTES = 1_000_000
FIRST_BATCH = 50


class RecordSource(Protocol):
    """Where an import's records come from. One read aside is sent to the other process,
    so it must pickle (a path, not an open file)."""

    @property
    def place(self) -> RecordPlace:
        """What a record's number counts (a line, a row), as warnings say it."""
        ...

    def records(
        self, progress: Callable[[int, int], None], warnings: list[Message]
    ) -> Iterator[IncomingContact | RecordProblem]:
        """The records in order; `progress` gets how far the reading is (done, total; a
        total of 0 is unknown), `warnings` what concerns the whole source, once all of it
        is read."""
        ...


@dataclass(frozen=True, slots=True)
class CheckedBatch:
    records: list[CheckedRecord]
    done: int  # how far the source is read: bytes, or a sheet's rows
    total: int  # 0: unknown


class ReadingStoppedError(CrmError):
    """The process reading the source ended without saying why (killed, out of memory)."""

    def __init__(self, detail: str) -> None:
        super().__init__(msg("reading the file stopped unexpectedly ({detail})", detail=detail))


class CheckedReading(Protocol):
    """The batches in order; `warnings` is complete once they have all been read."""

    warnings: list[Message]

    def __iter__(self) -> Iterator[CheckedBatch]: ...


def read_aside(status: os.stat_result) -> bool:
    """Whether a file is worth a process of its own: big, and one the reader can open again
    (a pipe or a device is read once, by the importing process)."""
    return stat.S_ISREG(status.st_mode) and status.st_size >= READ_ASIDE_FROM_BYTES


@contextlib.contextmanager
def checked_batches(
    source: RecordSource, offices: OfficeDirectory, *, aside: bool
) -> Iterator[CheckedReading]:
    """The source's records checked against `offices`, a batch (`IMPORT_BATCH`) at a time;
    `aside`: in a second process. Leaving the block stops the reading."""
    if not aside:
        yield _ReadingHere(source, offices)
        return
    try:
        reading = _ReadingAside(source, offices)
    except OSError as error:  # no program to start (a broken install): slower, not stopped
        log.warning("reading the import here: the reader did not start (%s)", error)
        yield _ReadingHere(source, offices)
        return
    try:
        yield reading
    finally:
        reading.stop()


class _ReadingHere:
    def __init__(self, source: RecordSource, offices: OfficeDirectory) -> None:
        self.warnings: list[Message] = []
        self._source = source
        self._offices = offices

    def __iter__(self) -> Iterator[CheckedBatch]:
        return _checked(self._source, self._offices, self.warnings)


def _checked(
    source: RecordSource, offices: OfficeDirectory, warnings: list[Message]
) -> Iterator[CheckedBatch]:
    done = total = 0

    def progress(read: int, whole: int) -> None:
        nonlocal done, total
        done, total = read, whole

    records = iter(source.records(progress, warnings))
    where = source.place
    # A short first batch: the writing starts while the reader is still warming up.
    first = list(itertools.islice(records, FIRST_BATCH))
    if first:
        yield CheckedBatch([check_record(item, offices, where) for item in first], done, total)
    for batch in batches(records, IMPORT_BATCH):
        yield CheckedBatch([check_record(item, offices, where) for item in batch], done, total)


class _ReadingAside:
    def __init__(self, source: RecordSource, offices: OfficeDirectory) -> None:
        self.warnings: list[Message] = []
        # A fresh interpreter (not a fork, which would copy the window's threads and the
        # database connections) that imports only what reading needs, whatever started us.
        self._process = subprocess.Popen(
            reader_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # No console window flashing up beside the window on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._receiving = self._process.stdout
        try:
            with self._process.stdin as sending:
                pickle.dump((source, offices), sending, _PROTOCOL)
        except OSError:
            pass  # it ended at once: said when the first batch is read

    def __iter__(self) -> Iterator[CheckedBatch]:
        while True:
            try:
                kind, payload = pickle.load(self._receiving)
            except (EOFError, pickle.UnpicklingError, OSError):
                status = self._process.wait()
                raise ReadingStoppedError(f"exit status {status}") from None
            if kind == _BATCH:
                yield payload
            elif kind == _END:
                self.warnings.extend(payload)
                return
            else:
                raise payload

    def stop(self) -> None:
        """Ends the reading, done or not: a reader still reading is stopped."""
        self._receiving.close()  # a reader writing now gets a broken pipe and ends
        try:
            self._process.wait(timeout=_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


_BATCH, _END, _ERROR = "batch", "end", "error"
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_WAIT_SECONDS = 1.0  # a reader that has sent everything exits at once
# The bundle's executable starts the reader when given this as its only argument.
READER_ARGUMENT = "--import-reader"


def reader_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle (packaging/launcher.py)
        executable = Path(sys.executable)
        # On Windows the windowed program has no standard streams; its console twin has.
        console = executable.with_name("crm-app.exe")
        if sys.platform == "win32" and console.exists():
            executable = console
        return [str(executable), READER_ARGUMENT]
    # This process's module path, then only the reader is imported.
    code = (
        f"import sys; sys.path[:] = {sys.path!r}; "
        "from crm_app.services.read_ahead import serve; raise SystemExit(serve())"
    )
    return [sys.executable, "-c", code]


def serve() -> int:
    """The reader's side: the source and offices from stdin, then each batch on stdout as
    soon as it is checked, then the warnings; the exit status."""
    # Ctrl+C in a terminal reaches the whole process group; the importing process
    # decides what it means and stops this one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        source, offices = pickle.load(sys.stdin.buffer)
    except EOFError:
        return 0  # the importing process ended before it said what to read
    except Exception:
        sys.stderr.write(f"crm-app: {READER_ARGUMENT} is for the program's own imports\n")
        return 2
    # Batches go out on a copy of stdout; anything a library prints goes to stderr instead,
    # where it cannot corrupt them.
    sending = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    warnings: list[Message] = []
    try:
        for batch in _checked(source, offices, warnings):
            _send(sending, (_BATCH, batch))
        _send(sending, (_END, warnings))
    except (BrokenPipeError, ConnectionResetError):
        return 0  # the importing process stopped listening: it has finished or was stopped
    except BaseException as error:
        with contextlib.suppress(OSError):
            _send(sending, (_ERROR, _portable(error)))
    finally:
        with contextlib.suppress(OSError):
            sending.close()
    return 0


def _send(sending: BinaryIO, message: tuple[str, object]) -> None:
    pickle.dump(message, sending, _PROTOCOL)
    sending.flush()


def _portable(error: BaseException) -> BaseException:
    """The error itself where it survives the trip to the other process, else its text."""
    try:
        copy = pickle.loads(pickle.dumps(error))
    except Exception:
        return ReadingStoppedError(f"{type(error).__name__}: {error}")
    return copy if isinstance(copy, BaseException) else ReadingStoppedError(repr(error))
