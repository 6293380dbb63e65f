"""What opening a SQLite database costs with its integrity check and its daily backup.

Run: .venv/bin/python benchmarks/bench_open.py [--contacts 100000] [--repeats 5] [--file F]

Prints the median of each, in milliseconds, on a database of N contacts:
  open, nothing to do    the usual opening: file unchanged since its last clean check,
                         today's backup already made
  open + quick_check     the file changed while the program was closed
  open + check + backup  the first opening of a day after a change
  quick_check alone      SQLite's PRAGMA quick_check
  backup alone           a copy with SQLite's backup API, synced and renamed
Filling 100,000 contacts takes minutes; --file keeps the database for the next run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm_app.services.common import Clock
from crm_app.services.drafts import OfficeDraft
from crm_app.services.offices import OfficeService
from crm_app.store import backups
from crm_app.store.database import open_database
from tests.ui.bulk import insert_contacts


def fill(path: Path, count: int) -> None:
    database = open_database(f"sqlite:///{path}")
    try:
        office = OfficeService(database, Clock()).add(
            OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
        )
        insert_contacts(database, count, [office], datetime.now(UTC).replace(tzinfo=None))
    finally:
        database.close()


def median_ms(action: Callable[[], object], prepare: Callable[[], None], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        prepare()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--file", type=Path, help="reuse (or create and keep) this database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    try:
        path = args.file or folder / "bench.sqlite3"
        if not path.exists():
            start = time.perf_counter()
            fill(path, args.contacts)
            print(f"filled {args.contacts} contacts in {time.perf_counter() - start:.0f} s")
        url = f"sqlite:///{path}"
        open_database(url).close()  # checked, backed up: the steady state
        size = path.stat().st_size / 1e6

        def open_close() -> None:
            open_database(url).close()

        def forget_check() -> None:
            backups.remember(path, "clean_check", None)

        def forget_check_and_backup() -> None:
            forget_check()
            backups.remember(path, "last_backup", None)
            for backup in backups.list_backups(path):
                if backup.kind is backups.BackupKind.AUTOMATIC:
                    backup.path.unlink()

        def backup_once() -> None:
            made = backups.make_backup(path, backups.BackupKind.BEFORE_RESTORE)
            made.path.unlink()

        def nothing() -> None:
            pass

        results = {
            "open, nothing to do": median_ms(open_close, nothing, args.repeats),
            "open + quick_check": median_ms(open_close, forget_check, args.repeats),
            "open + check + backup": median_ms(open_close, forget_check_and_backup, args.repeats),
            "quick_check alone": median_ms(
                lambda: backups.quick_check(path), nothing, args.repeats
            ),
            "backup alone": median_ms(backup_once, nothing, args.repeats),
        }
        print(f"{args.contacts} contacts, {size:.1f} MB, median of {args.repeats}:")
        for name, value in results.items():
            print(f"  {name:<24}{value:8.0f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
