"""The window side of benchmarks/run.py: runs in a fresh process that run.py starts.

Not meant to be run by hand; run.py starts it as

    python -c "import time; t = time.time(); …; window_probe.main(t)" MODE DB_URL DATA_DIR

so the clock starts before the interpreter has imported anything of the program. It opens
the main window the way `crm-app` does (app/gui.open_window: settings, log, database with its
checks, services, MainWindow, show) under QT_QPA_PLATFORM=offscreen, and prints one line,
"PROBE {json}", with what it measured:

- open: wall-clock times (time.time()) of the start, the imports done, the window built,
  and the first paint of the contact list (or of the welcome page on an empty database);
  the peak RSS.
- scroll: the same, then the list scrolled from top to bottom two screens at a time through
  its scroll bar (the view fetches the next page of 200 when it reaches the end, as it
  does for a person), each step timed up to its paint (wall clock, and the GUI thread's
  own CPU time, which other busy processes on the machine do not inflate); the peak RSS
  then; then saving the
  contact on the last row (ContactService.edit, then the list model's contact_changed),
  once in place (notes) and once moving it to the top and back (family name).

Only PySide6 and the program are imported here, as the program itself would.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# What `crm-app` imports first, before any Qt: the command line, which brings the database
# and the services; Qt comes with the window. The order counts: PySide6 reads the source of
# every module imported after it (to see whether it uses PySide6's __feature__ switches).
import crm_app.app.cli  # noqa: F401

# isort: split
from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QApplication, QWidget

from crm_app.app.gui import OpenWindow, keep_start_up_out_of_collections, open_window
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactChanges

PAINT_TIMEOUT_S = 120.0
# Two screens a step: a quick drag of the scroll bar, and half the paints of PageDown.
SCREENS_PER_STEP = 2


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class PaintWatch(QObject):
    """Notes the first paint of the contact list's viewport (or, on an empty database, of
    anything in the contacts section: the welcome page)."""

    def __init__(self, opened: OpenWindow) -> None:
        super().__init__()
        self._section = opened.window.contacts
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.seen or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if self._section.showing_welcome():
            self.seen = self._section.isAncestorOf(watched)
        else:
            viewport = self._section.view.viewport()
            self.seen = watched is viewport and self._section.model.rowCount() > 0
        return False


def open_and_paint(app: QApplication, url: str, data_dir: str) -> tuple[OpenWindow, dict[str, Any]]:
    began = time.time()
    opened = open_window(app, url, data_dir)
    if opened is None:
        raise SystemExit("window_probe: the window did not open")
    built = time.time()
    watch = PaintWatch(opened)
    app.installEventFilter(watch)
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while not watch.seen and time.perf_counter() < deadline:
        app.processEvents()
    painted = time.time()  # after the processEvents call that painted it
    app.removeEventFilter(watch)
    model = opened.window.contacts.model
    return opened, {
        "open_window_called": began,
        "window_built": built,
        "painted": painted if watch.seen else None,
        "rows_loaded": model.rowCount(),
        "total": model.total,
        "welcome": opened.window.contacts.showing_welcome(),
    }


def scroll(app: QApplication, opened: OpenWindow, limit_s: float) -> dict[str, Any]:
    section = opened.window.contacts
    view, model = section.view, section.model
    bar = view.verticalScrollBar()
    steps: list[float] = []
    cpu_steps: list[float] = []  # the GUI thread's own CPU time: what other processes cannot add
    fetch_steps: list[float] = []
    worst_row = 0
    stuck = 0
    started = time.perf_counter()
    complete = True
    while True:
        value, rows = bar.value(), model.rowCount()
        if value >= bar.maximum() and not model.canFetchMore(QModelIndex()):
            break
        if time.perf_counter() - started > limit_s:
            complete = False
            break
        step_start, step_cpu = time.perf_counter(), time.thread_time()
        bar.setValue(min(value + SCREENS_PER_STEP * bar.pageStep(), bar.maximum()))
        app.processEvents()
        elapsed = time.perf_counter() - step_start
        cpu_steps.append(time.thread_time() - step_cpu)
        if not steps or elapsed > max(steps):
            worst_row = view.rowAt(0)
        steps.append(elapsed)
        if model.rowCount() != rows:
            fetch_steps.append(elapsed)
        if bar.value() == value and model.rowCount() == rows:
            stuck += 1
            if stuck > 5:
                complete = False
                break
        else:
            stuck = 0
    return {
        "steps": steps,
        "cpu_steps": cpu_steps,
        "fetch_steps": fetch_steps,
        "worst_step_top_row": worst_row,
        "rows_loaded": model.rowCount(),
        "total": model.total,
        "complete": complete,
        "seconds": time.perf_counter() - started,
    }


def save_far_down(opened: OpenWindow) -> dict[str, Any]:
    """Edit the contact on the last loaded row and follow it in the list, as the window does
    after a save: in place (its notes), then moved to the top and back (its family name)."""
    model = opened.window.contacts.model
    contacts = ContactService(opened.database, Clock())
    row = model.rowCount() - 1
    contact = contacts.get(model.contact_id_at(row))
    in_place: list[dict[str, float]] = []
    for attempt in range(3):
        started = time.perf_counter()
        contacts.edit(contact.id, ContactChanges(notes=f"{contact.notes} (checked {attempt})"))
        saved = time.perf_counter()
        model.contact_changed(contact.id)
        followed = time.perf_counter()
        in_place.append({"edit": saved - started, "contact_changed": followed - saved})
    contacts.edit(contact.id, ContactChanges(notes=contact.notes))
    model.contact_changed(contact.id)
    moved: list[dict[str, float]] = []
    for family in ("Aaberg", contact.family):
        started = time.perf_counter()
        contacts.edit(contact.id, ContactChanges(family=family))
        saved = time.perf_counter()
        model.contact_changed(contact.id)
        followed = time.perf_counter()
        moved.append({"edit": saved - started, "contact_changed": followed - saved})
    return {"row": row, "in_place": in_place, "moved": moved}


def main(started: float) -> None:
    mode, url, data_dir = sys.argv[1:4]
    imported = time.time()
    app = QApplication(sys.argv[:1])
    opened, report = open_and_paint(app, url, data_dir)
    keep_start_up_out_of_collections()  # as run_window does before its event loop
    report.update(started=started, imported=imported, peak_rss_mb=peak_rss_mb())
    if mode == "scroll":
        limit = float(sys.argv[4]) if len(sys.argv) > 4 else 300.0
        report["scroll"] = scroll(app, opened, limit)
        report["scrolled_peak_rss_mb"] = peak_rss_mb()
        report["scrolled_rss_mb"] = current_rss_mb()
        report["save"] = save_far_down(opened)
    opened.window.close()
    opened.close()
    print("PROBE " + json.dumps(report), flush=True)
