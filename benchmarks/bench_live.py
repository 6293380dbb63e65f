"""What live updates cost on a big SQLite database.

    .venv/bin/python benchmarks/bench_live.py DATA_DIR [--repeats 7]

DATA_DIR holds press-contacts.sqlite3 (benchmarks/run.py --keep DIR makes DIR/contacts-N);
the work runs on a copy made beside it and removed after. Medians of --repeats runs:

- poll: one look at the change counter (the window does this every second);
- save: one contact edit, without and with the window watching (the watch notes each of
  its own commits so that they are not taken for someone else's), alternated;
- refresh read: a worker reading the list's loaded ids again after another program
  changed something (first page loaded, then the whole list loaded), with the plan of
  which rows went and came;
- refresh apply: putting three changed rows into a model of 100,000 loaded rows (the GUI
  thread's share).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from crm_app.store.database import default_database_url, open_database
from crm_app.ui.models.contact_table_model import ContactTableModel, read_fresh


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(dir=args.data_dir) as folder:
        copy = Path(folder)
        source = default_database_url(args.data_dir).removeprefix("sqlite:///")
        shutil.copy(source, copy / "press-contacts.sqlite3")
        url = default_database_url(copy)
        here_db, other_db = open_database(url), open_database(url)
        here, other = Services.build(here_db), Services.build(other_db)
        ids = here.contacts.ids(ContactQuery(), 0, 50)
        print(f"contacts: {here.contacts.count(ContactQuery())}")

        here.changes.poll()
        polls = 2_000
        per_poll = _median_ms(lambda: [here.changes.poll() for _ in range(polls)], args.repeats)
        print(f"poll: {per_poll / polls * 1000:.1f} µs")

        def edits(services: Services) -> None:
            for number, contact_id in enumerate(ids[:20]):
                services.contacts.edit(contact_id, ContactChanges(notes=f"note {number}"))

        unwatched, watched = [], []
        for _ in range(args.repeats):
            here.changes.stop()
            unwatched.append(_median_ms(lambda: edits(here), 1) / 20)
            here.changes.poll()
            watched.append(_median_ms(lambda: edits(here), 1) / 20)
        assert here.changes.poll() is None, "own saves were taken for another program's"
        print(
            f"save: {statistics.median(unwatched):.2f} ms unwatched,"
            f" {statistics.median(watched):.2f} ms watched"
        )

        model = ContactTableModel(here.contacts)
        model.set_query(ContactQuery())
        first_page = model.snapshot()
        other.contacts.add(ContactDraft(given="Aaron", family="Aardvark"))
        print(
            "refresh read, first page loaded:"
            f" {_median_ms(lambda: read_fresh(here.contacts, first_page), args.repeats):.1f} ms"
        )
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        whole = model.snapshot()
        middle = model.contact_id_at(50_000)
        other.contacts.delete(middle)
        other.contacts.edit(model.contact_id_at(70_000), ContactChanges(family="Aab"))
        other.contacts.add(ContactDraft(given="Zoe", family="Zz"))
        print(
            f"refresh read, {len(whole.ids)} rows loaded:"
            f" {_median_ms(lambda: read_fresh(here.contacts, whole), args.repeats):.1f} ms"
        )
        refresh = read_fresh(here.contacts, whole)
        print(f"  rows removed/inserted: {len(refresh.removed)}/{len(refresh.inserted)}")
        start = time.perf_counter()
        assert model.apply_refresh(refresh)
        print(f"refresh apply: {(time.perf_counter() - start) * 1000:.1f} ms")
        here.changes.stop()
        other_db.close()
        here_db.close()


if __name__ == "__main__":
    main()
