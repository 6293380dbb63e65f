"""The contact list model on a big database: page fetches deep in the list, painting a
screen there, a search's first page, and following a saved contact on the last row.

    .venv/bin/python benchmarks/bench_list.py DATA_DIR [--repeats 5]

DATA_DIR holds press-contacts.sqlite3 (benchmarks/run.py --keep DIR makes DIR/contacts-N).
The saves run on a copy of it, made beside it and removed after. Medians of --repeats runs;
each fetch is timed as the view runs it (fetchMore), each screen as its paint asks for it
(data() of 40 rows x 5 columns, display and decoration roles).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.store.database import default_database_url, open_database
from crm_app.ui.models.contact_table_model import CONTACT_ID_ROLE, ContactTableModel

OFFSETS = (0, 50_000, 99_800)
SCREEN_ROWS = 40
SEARCHES = ("a", "iom.int", "kieran", "nairobi", "6817")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def paint(model: ContactTableModel, top: int) -> None:
    for row in range(top, min(top + SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            index.data(Qt.ItemDataRole.DisplayRole)
            index.data(Qt.ItemDataRole.DecorationRole)


def scroll_through(model: ContactTableModel) -> dict[str, list[float]]:
    """Fetch every page as the view does; time the fetches and screens at OFFSETS."""
    near: dict[str, list[float]] = {
        "set_query, whole list": [timed(lambda: model.set_query(ContactQuery()))]
    }
    fetches: list[float] = []
    near.update({f"fetch at {o:,}": [] for o in OFFSETS if o})
    near.update({f"paint at {o:,}": [] for o in OFFSETS})
    wanted = list(OFFSETS)
    while wanted:
        offset = wanted[0]
        if offset < model.rowCount():
            near[f"paint at {offset:,}"].append(timed(lambda o=offset: paint(model, o)))
            wanted.pop(0)
            continue
        if not model.canFetchMore(QModelIndex()):
            break
        loaded = model.rowCount()
        elapsed = timed(lambda: model.fetchMore(QModelIndex()))
        fetches.append(elapsed)
        if loaded <= offset < model.rowCount():
            near[f"fetch at {offset:,}"].append(elapsed)
    while model.canFetchMore(QModelIndex()):
        fetches.append(timed(lambda: model.fetchMore(QModelIndex())))
    near["every fetch (median)"] = [statistics.median(fetches)]
    near["every fetch (worst)"] = [max(fetches)]
    return near


def paint_everything(model: ContactTableModel) -> float:
    """Each screen of the whole list asked for once, as a scroll to the end paints it."""
    return timed(lambda: [paint(model, top) for top in range(0, model.rowCount(), SCREEN_ROWS)])


def searches(model: ContactTableModel) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for text in SEARCHES:
        found[f"set_query {text!r}"] = [
            timed(lambda t=text: (model.set_query(ContactQuery(text=t)), paint(model, 0)))
        ]
    return found


def saves(model: ContactTableModel, services: Services) -> dict[str, list[float]]:
    """Follow an edit of the last row's contact: in place (notes), moved to the top and back."""
    row = model.rowCount() - 1
    contact_id = int(model.index(row, 0).data(CONTACT_ID_ROLE))
    contact = services.contacts.get(contact_id)
    result: dict[str, list[float]] = {"in place": [], "moved to the top": [], "moved back": []}
    for attempt in range(3):
        services.contacts.edit(contact_id, ContactChanges(notes=f"{contact.notes} ({attempt})"))
        result["in place"].append(timed(lambda: model.contact_changed(contact_id)))
    for name, family in (("moved to the top", "Aaberg"), ("moved back", contact.family)):
        services.contacts.edit(contact_id, ContactChanges(family=family))
        result[name].append(timed(lambda: model.contact_changed(contact_id)))
    assert model.index(row, 0).data(CONTACT_ID_ROLE) == contact_id
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    copy = Path(tempfile.mkdtemp(prefix="bench-list-", dir=args.data_dir.parent))
    try:
        with (
            sqlite3.connect(args.data_dir / "press-contacts.sqlite3") as source,
            sqlite3.connect(copy / "press-contacts.sqlite3") as target,
        ):
            source.backup(target)
        database = open_database(default_database_url(copy))
        services = Services.build(database, clock=Clock())
        figures: dict[str, list[float]] = {}
        started_rss = rss_mb()
        for _ in range(args.repeats):
            model = ContactTableModel(services.contacts)
            for name, samples in {**searches(model), **scroll_through(model)}.items():
                figures.setdefault(name, []).extend(samples)
        figures["paint every screen"] = [paint_everything(model)]
        for name, samples in saves(model, services).items():
            figures.setdefault(f"save on the last row, {name}", []).extend(samples)
        grown = rss_mb() - started_rss
        database.close()
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    del app
    for name, samples in figures.items():
        print(f"{name:<40}{ms(statistics.median(samples))} ms  (worst {ms(max(samples))})")
    print(f"{'RSS grown, whole list loaded and painted':<40}{grown:7.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
