"""History at scale: the contact list and a search keystroke on a big database, without
history and with --versions versions of every contact, measured in the same run.

    .venv/bin/python benchmarks/bench_history.py [DATA_DIR] [--versions 10] [--runs 7]

DATA_DIR holds press-contacts.sqlite3 (default /tmp/bench100k/contacts-100000, made by
`benchmarks/run.py --contacts 100000 --keep DIR`, or by benchmarks/generate.py; an older
schema is upgraded on the copies). It is only read: two copies are made in a temporary
folder beside it (removed after), both upgraded to the newest schema. The second gets
--versions versions of every contact in record_history (snapshots as the services write
them; the contact's version counter set to match). Then, alternating between the copies
in each of --runs rounds, as the window does it:

- list page: the first 200 ids of the whole list and the rows of a screen (40), and the
  same 50,000 rows down (keyset paging, as the list fetches more);
- search keystroke: the capped count, the first 200 ids and a screen's rows, for each of
  TERMS;
- history: reading one contact's history (the History tab), and one edit (its version
  written with it).

It prints the medians per copy and their ratio, and how many statements that the list
and the search ran read record_history (none should).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, select

from crm_app.domain.history import ChangeAction, RecordKind
from crm_app.domain.queries import ContactQuery, ListKey
from crm_app.services import history as hist
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.store import history as history_store
from crm_app.store.database import Database, default_database_url, open_database
from crm_app.store.models import ContactRow

DEFAULT_SOURCE = Path("/tmp/bench100k/contacts-100000")
PAGE = 200  # the list's page (ui/models/contact_table_model.py PAGE_SIZE)
SCREEN = 40
SEARCH_COUNT_CAP = 1000  # ui/models/contact_table_model.py
DEEP = 50_000
TERMS = ("k", "kie", "kieran", "iom.int", "6817", "nairobi", "best oim", "zzz")
CHUNK = 500


def copy_database(source: Path, folder: Path) -> Path:
    folder.mkdir()
    with (
        sqlite3.connect(source / "press-contacts.sqlite3") as original,
        sqlite3.connect(folder / "press-contacts.sqlite3") as target,
    ):
        original.backup(target)
    return folder


def add_history(database: Database, versions: int) -> int:
    """`versions` versions of every contact: its snapshot, with notes that differ."""
    written = 0
    clock = Clock()
    with database.sessions.begin() as session:
        ids = list(session.scalars(select(ContactRow.id).order_by(ContactRow.id)))
    for start in range(0, len(ids), CHUNK):
        with database.sessions.begin() as session:
            rows = session.scalars(
                select(ContactRow).where(ContactRow.id.in_(ids[start : start + CHUNK]))
            ).all()
            new: list[history_store.NewVersion] = []
            for row in rows:
                snapshot = hist.contact_snapshot(row)
                for number in range(1, versions + 1):
                    notes = f"{row.notes} (version {number})" if number > 1 else row.notes
                    new.append(
                        history_store.NewVersion(
                            RecordKind.CONTACT.value,
                            row.id,
                            number,
                            (ChangeAction.CREATED if number == 1 else ChangeAction.EDITED).value,
                            f"officer{row.id % 12}",
                            ["notes"] if number > 1 else ["given", "family"],
                            {**snapshot, "notes": notes},
                        )
                    )
            history_store.write_versions(session, new, clock.now())
            written += len(new)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE contacts SET version = {int(versions)}")
        connection.exec_driver_sql("ANALYZE")
    return written


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def list_page(services: Services, after: ListKey | None) -> None:
    page = services.contacts.id_page(ContactQuery(), after, PAGE)
    services.contacts.list_items(page.ids[:SCREEN])


def keystroke(services: Services, term: str) -> None:
    query = ContactQuery(text=term)
    services.contacts.count(query, SEARCH_COUNT_CAP)
    page = services.contacts.id_page(query, None, PAGE)
    services.contacts.list_items(page.ids[:SCREEN])


class Copy:
    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.database = open_database(default_database_url(folder))
        self.services = Services.build(
            self.database, templates_override=folder / "templates", user="bench"
        )
        self.history_reads = 0
        self.counting = False
        event.listen(self.database.engine, "before_cursor_execute", self._seen)
        self.deep = self.services.contacts.id_page(ContactQuery(), None, DEEP).last
        self.ids = self.services.contacts.ids(ContactQuery(), 0, None)
        self.figures: dict[str, list[float]] = {}

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.counting and "record_history" in statement:
            self.history_reads += 1

    def add(self, name: str, seconds: float) -> None:
        self.figures.setdefault(name, []).append(seconds)

    def round(self, rng: random.Random) -> None:
        self.counting = True
        self.add("list: first page", timed(lambda: list_page(self.services, None)))
        self.add(f"list: page {DEEP:,} down", timed(lambda: list_page(self.services, self.deep)))
        for term in TERMS:
            self.add(f"search {term!r}", timed(lambda t=term: keystroke(self.services, t)))
        self.counting = False
        contact_id = rng.choice(self.ids)
        self.add(
            "history of one contact", timed(lambda: self.services.contacts.history(contact_id))
        )
        self.add(
            "edit (notes) with its version",
            timed(
                lambda: self.services.contacts.edit(
                    contact_id, ContactChanges(notes=f"bench {rng.random()}")
                )
            ),
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv[1:])
    source = args.data_dir
    if not (source / "press-contacts.sqlite3").exists():
        parser.error(f"{source} holds no press-contacts.sqlite3")
    folder = Path(tempfile.mkdtemp(prefix="bench-history-", dir=source.parent))
    copies: list[Copy] = []
    try:
        started = time.perf_counter()
        plain = copy_database(source, folder / "without")
        kept = copy_database(source, folder / "with")
        copies.append(Copy("without history", plain))
        copies.append(Copy(f"with {args.versions} versions each", kept))
        written = add_history(copies[1].database, args.versions)
        print(
            f"prepared in {time.perf_counter() - started:.0f} s: {len(copies[0].ids):,} contacts;"
            f" {written:,} history rows in the second copy",
            file=sys.stderr,
        )
        rng = random.Random(13)
        for copy in copies:  # warm each once
            copy.round(rng)
            copy.figures.clear()
        for _ in range(args.runs):
            for copy in copies:
                copy.round(rng)
        sizes = [os.path.getsize(path / "press-contacts.sqlite3") / 2**20 for path in (plain, kept)]
    finally:
        for copy in copies:
            copy.database.close()
        shutil.rmtree(folder, ignore_errors=True)
    without, with_history = copies
    print(f"SQLite, {len(without.ids):,} contacts; medians of {args.runs} runs, alternating; ms")
    print(f"  {'':34}{'without':>9}{'with':>9}{'ratio':>7}")
    for name, samples in without.figures.items():
        base = statistics.median(samples) * 1000
        other = statistics.median(with_history.figures[name]) * 1000
        print(f"  {name:34}{base:9.1f}{other:9.1f}{other / base if base else float('nan'):7.2f}")
    print(f"  file size, MB{'':20}{sizes[0]:9.0f}{sizes[1]:9.0f}")
    print(
        "  statements of the list and the search that read record_history:"
        f" {without.history_reads} without, {with_history.history_reads} with"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
