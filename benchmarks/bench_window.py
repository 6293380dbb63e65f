"""How long the main window takes to open, and a search keystroke to update the list.

Run from the project folder:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py --contacts 100000 \
        --baseline 1000 --runs 7

It fills a temporary SQLite database with the sample offices and contacts plus N generated
contacts (inserted with SQLAlchemy Core: adding 100,000 through the service, one transaction
each, would take minutes), then measures, as medians of several runs:

- open: from constructing MainWindow to the first page of the list shown (show() and the
  events that paint it processed);
- keystroke: from setText on the search box to the list model's reset finished, with the
  150 ms typing pause bypassed, for each step of typing a name, phone digits and a domain;
- clear: emptying the search, back to the whole list.

The same figures on a small database (the baseline) are printed beside them, with the ratio.
With --analyze, SQLite's ANALYZE runs after the fill, to show what planner statistics change
(without them SQLite sorts the whole list instead of walking the name index).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.services.container import Services
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from tests.ui.bulk import insert_contacts

# What a person types, one keystroke at a time: a given name, phone digits, a mail domain.
TYPING = ("n", "na", "nad", "nadi", "nadia", "7", "70", "700", "7000", "70001", "exam")


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def time_open(services: Services, preferences: Preferences) -> float:
    started = time.perf_counter()
    window = MainWindow(services, preferences)
    window.resize(1280, 800)
    window.show()
    settle()
    elapsed = time.perf_counter() - started
    assert window.contacts.model.rowCount() > 0, "the first page was not shown"
    window.close()
    window.deleteLater()
    settle()
    return elapsed


def time_keystroke(window: MainWindow, text: str) -> float:
    search = window.findChild(QLineEdit, "searchContacts")
    assert search is not None
    finished: list[float] = []
    model = window.contacts.model
    record: Callable[[], None] = lambda: finished.append(time.perf_counter())  # noqa: E731
    model.modelReset.connect(record)
    started = time.perf_counter()
    search.setText(text)
    window.contacts.apply_filters()  # what the typing pause would run 150 ms later
    model.modelReset.disconnect(record)
    assert finished, f"the list did not change for {text!r}"
    return finished[-1] - started


def measure(count: int, runs: int, analyze: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            services = Services.build(database, templates_override=Path(folder) / "templates")
            load_sample_data(services.offices, services.contacts, services.clock)
            filled = time.perf_counter()
            insert_contacts(database, count - 5, services.offices.all(), services.clock.now())
            filled = time.perf_counter() - filled
            if analyze:
                with database.engine.begin() as connection:
                    connection.exec_driver_sql("ANALYZE")
            preferences = Preferences.from_file(Path(folder) / "ui.ini")
            time_open(services, preferences)  # warm caches: the first open reads the file
            figures = {"fill_s": filled}
            figures["open"] = median_ms([time_open(services, preferences) for _ in range(runs)])
            window = MainWindow(services, preferences)
            window.resize(1280, 800)
            window.show()
            settle()
            per_text: dict[str, list[float]] = {text: [] for text in TYPING}
            clears: list[float] = []
            for _ in range(runs):
                for text in TYPING:
                    per_text[text].append(time_keystroke(window, text))
                clears.append(time_keystroke(window, ""))
            keystrokes = [sample for samples in per_text.values() for sample in samples]
            figures["keystroke"] = median_ms(keystrokes)
            figures["keystroke_worst"] = max(keystrokes) * 1000
            figures["clear"] = median_ms(clears)
            for text, samples in per_text.items():
                figures[f"key {text!r}"] = median_ms(samples)
            window.close()
            settle()
            return figures
        finally:
            database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE after filling")
    args = parser.parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv[:1])
    base = measure(args.baseline, args.runs, args.analyze)
    big = measure(args.contacts, args.runs, args.analyze)
    print(
        f"contacts: {args.baseline:,} (baseline) vs {args.contacts:,}; medians of {args.runs}"
        + ("; after ANALYZE" if args.analyze else "")
    )
    print(f"  filled the big database in {big['fill_s']:.1f} s")
    print(f"  {'':28}{'baseline':>10}{'big':>10}{'ratio':>8}")
    rows = [
        ("open to first page (ms)", "open"),
        ("search keystroke (ms)", "keystroke"),
        ("worst keystroke (ms)", "keystroke_worst"),
        ("clear search (ms)", "clear"),
    ]
    rows += [(f"  typing {text!r} (ms)", f"key {text!r}") for text in TYPING]
    for label, key in rows:
        ratio = big[key] / base[key] if base[key] else float("nan")
        print(f"  {label:28}{base[key]:>10.1f}{big[key]:>10.1f}{ratio:>8.1f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
