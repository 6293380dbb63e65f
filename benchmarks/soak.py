"""Soak: the real main window driven through a long morning of work, watching memory.

Run from the project folder:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py --quick
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py --actions 50000 --seed 7

The window runs in a child process (under the offscreen platform whatever the caller set),
so a Qt or interpreter abort shows up as the child's exit status instead of killing the
report. The child builds everything the way `crm_app/app/gui.py` does (a temporary
--data-dir, its SQLite file and templates folder, translators, `MainWindow`), loads the
sample data through the services plus a few hundred generated contacts, and then, inside
`app.exec()`, does what a person does with it:

- types searches into `searchContacts` one key at a time, waits out the typing pause,
  scrolls to the end of the list (so more pages load) and clears the search;
- clicks a contact and retypes its given and family names, job title, phone or e-mail
  (every keystroke is checked as it goes), sometimes picks another office, then Save;
- adds new contacts, sometimes with an address another contact has (the duplicate
  question is answered "add anyway");
- deletes contacts (Edit → Delete), undoes and redoes (the window's undo stack), opens and
  dismisses the list's context menu, opens and cancels Preferences;
- edits offices (filter, city, switchboard, Save);
- starts releases: a title, contacts from the picker dialog, the release language and
  block layout switched back and forth (each re-renders the preview), Copy block, Save,
  sometimes Publish; old releases are deleted so their number stays bounded.

Every keystroke, click and menu command counts as one action. Questions the window asks
(unsaved changes, duplicates, delete and publish confirmations) are answered by patched
QMessageBox functions; any other modal window or popup is dismissed by a watchdog timer,
so nothing blocks. Every --sample-every actions the child collects garbage and reports
its resident memory (VmRSS), its Python objects, the QObjects under the window and the
undo stack's length.

The parent prints the child's exit status, the actions performed, peak RSS (VmHWM and
ru_maxrss of the child), the RSS samples, the RSS growth per 1,000 actions after a
warm-up (the first --warmup share of actions is left out; growth is the least-squares
slope of RSS over actions, with the difference of the first and last quarters' medians
beside it), and the wall time. It exits 1 when the child failed, or, in a run of at
least 10,000 actions, when the slope exceeds --max-growth KiB per 1,000 actions.

To find what grows: --chores runs only some chores (e.g. --chores search_contacts), the
classes of QObjects added since the warm-up are listed, and --trace-python lists where
Python allocations grew (tracemalloc; slower).
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.app.gui import APPLICATION, ORGANISATION
from crm_app.app.paths import AppPaths
from crm_app.services.container import Services
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.contacts_section import SEARCH_DELAY_MS
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.releases.picker import ContactPickerDialog
from tests.ui.bulk import FAMILY, GIVEN, insert_contacts

MARKER = "SOAK "
DEFAULT_ACTIONS = 20_000
QUICK_ACTIONS = 1_500
# Shorter runs are not judged on memory: the undo history (100 steps) and the caches of Qt
# and SQLite are still filling for the first few thousand actions.
JUDGED_ACTIONS = 10_000

# --- The parent: starts the child, collects its reports, prints the figures --------------


def _fit_slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of y over x."""
    xs = [float(x) for x, _ in points]
    ys = [y for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def growth(samples: list[dict[str, Any]], warmup: float) -> dict[str, float] | None:
    """RSS growth per 1,000 actions after the warm-up: linear fit and quarter medians."""
    if not samples:
        return None
    last = samples[-1]["actions"]
    kept = [s for s in samples if s["actions"] >= last * warmup]
    if len(kept) < 4:
        return None
    points = [(s["actions"], s["rss_kib"]) for s in kept]
    quarter = max(1, len(kept) // 4)
    first, final = kept[:quarter], kept[-quarter:]
    span = statistics.median(s["actions"] for s in final) - statistics.median(
        s["actions"] for s in first
    )
    change = statistics.median(s["rss_kib"] for s in final) - statistics.median(
        s["rss_kib"] for s in first
    )
    return {
        "from_actions": kept[0]["actions"],
        "samples": len(kept),
        "slope_kib": _fit_slope(points) * 1000,
        "quarters_kib": change / span * 1000 if span else 0.0,
        "qobjects_slope": _fit_slope([(s["actions"], s["qobjects"]) for s in kept]) * 1000,
        "pyobjects_slope": _fit_slope([(s["actions"], s["py_objects"]) for s in kept]) * 1000,
    }


def _status_text(code: int | None) -> str:
    if code is None:
        return "none (killed after the time limit: the window hung)"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "unknown signal"
        return f"{code} (killed by {name})"
    return str(code)


def run_parent(args: argparse.Namespace) -> int:
    sample_every = args.sample_every or max(50, args.actions // 40)
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--actions",
        str(args.actions),
        "--sample-every",
        str(sample_every),
        "--contacts",
        str(args.contacts),
        "--seed",
        str(args.seed),
        *(["--trace-python"] if args.trace_python else []),
        *(["--chores", args.chores] if args.chores else []),
    ]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    limit = args.timeout or max(600.0, args.actions * 0.1)
    command += ["--timeout", str(limit)]
    print(
        f"soak: {args.actions:,} actions, {args.contacts:,} generated contacts, seed "
        f"{args.seed}, RSS sampled every {sample_every:,} actions (time limit {limit:.0f} s)",
        flush=True,
    )
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(command, stdout=out, stderr=err, env=environment)
        try:
            code: int | None = child.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            code = None
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        output, errors = out.read(), err.read()

    records = [
        json.loads(line[len(MARKER) :]) for line in output.splitlines() if line.startswith(MARKER)
    ]
    samples = [r for r in records if r["kind"] == "sample"]
    done = next((r for r in records if r["kind"] == "done"), None)
    performed = done["actions"] if done else (samples[-1]["actions"] if samples else 0)

    print(f"child exit status: {_status_text(code)}")
    print(f"wall time: {wall:.1f} s")
    if wall:
        print(f"  {performed / wall:.0f} actions per second, the event loop's pauses included")
    print(f"actions performed: {performed:,}")
    if done:
        counts = done["counts"]
        print("  " + ", ".join(f"{name} {counts[name]:,}" for name in sorted(counts)))
        print(
            f"peak RSS: {done['vm_hwm_kib'] / 1024:.1f} MiB (VmHWM), "
            f"{done['ru_maxrss_kib'] / 1024:.1f} MiB (ru_maxrss)"
        )
        print(
            f"at the end: {done['undo_steps']} undo steps, {done['qobjects']:,} QObjects "
            f"under the window, {done['top_level']} top-level widgets"
        )
        if done["piled_up"]:
            print("QObjects added since the warm-up and still there at the end:")
            print("  " + ", ".join(f"{name} +{number}" for name, number in done["piled_up"]))
        if done["python_growth"]:
            print("Python allocations grown since the warm-up (tracemalloc, innermost first):")
            for line in done["python_growth"]:
                print(f"  {line}")
        if done["messages"]:
            print("messages the window showed (first of each):")
            for text in done["messages"]:
                print(f"  {text}")
    elif samples:
        print(f"peak RSS: {max(s['rss_kib'] for s in samples) / 1024:.1f} MiB (highest sample)")
    if samples:
        print(
            f"samples every {sample_every:,} actions:\n"
            f"  {'actions':>8} {'RSS MiB':>9} {'QObjects':>9} {'Py objects':>11} {'undo':>5}"
        )
        for s in samples:
            print(
                f"  {s['actions']:>8,} {s['rss_kib'] / 1024:>9.1f} {s['qobjects']:>9,}"
                f" {s['py_objects']:>11,} {s['undo_steps']:>5}"
            )
    figures = growth(samples, args.warmup)
    failed: list[str] = []
    if figures:
        print(
            f"RSS growth after the warm-up (actions {figures['from_actions']:,} on, "
            f"{figures['samples']} samples):\n"
            f"  linear fit:                  {figures['slope_kib']:+8.1f} KiB/1,000 actions\n"
            f"  last vs first quarter median: {figures['quarters_kib']:+7.1f} KiB/1,000 actions\n"
            f"  QObjects under the window: {figures['qobjects_slope']:+.1f} per 1,000 actions; "
            f"Python objects: {figures['pyobjects_slope']:+.1f} per 1,000 actions"
        )
        if performed < JUDGED_ACTIONS:
            print(f"  (not judged: fewer than {JUDGED_ACTIONS:,} actions)")
        elif figures["slope_kib"] > args.max_growth:
            failed.append(f"RSS grows more than {args.max_growth} KiB per 1,000 actions")
    else:
        print("RSS growth: too few samples after the warm-up")
    if code != 0:
        failed.append("the child did not exit cleanly")
        print("child's last output:\n" + (errors or output)[-3000:])
    elif done is None:
        failed.append("the child ended without its final report")
    print("verdict: " + ("PASS" if not failed else "FAIL: " + "; ".join(failed)))
    return 0 if not failed else 1


# --- The child: the window and the person using it ----------------------------------------

W = TypeVar("W", bound=QObject)
# Long enough for the contact list's typing pause (and the picker's) to run the search.
SEARCH_PAUSE_MS = SEARCH_DELAY_MS + 40
DUPLICATE_PAUSE_MS = 300
HANDLED = "soakHandled"
CONTACTS, OFFICES, RELEASES = 0, 1, 2


def rss_kib(field: str = "VmRSS") -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def report(kind: str, **values: object) -> None:
    print(MARKER + json.dumps({"kind": kind, **values}), flush=True)


def answer_questions(rng: random.Random, counts: Counter[str], messages: dict[str, None]) -> None:
    """Answer the window's questions as a busy person would, without showing them: drop
    edits left behind (now and then save them), add a possible duplicate anyway, confirm
    deleting and publishing; warnings are noted and acknowledged."""

    def question(
        _parent: object,
        _title: str,
        _text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> QMessageBox.StandardButton:
        counts["question"] += 1
        if buttons & QMessageBox.StandardButton.Save:
            if rng.random() < 0.3:
                return QMessageBox.StandardButton.Save
            return QMessageBox.StandardButton.Discard
        if buttons & QMessageBox.StandardButton.Yes:
            return QMessageBox.StandardButton.Yes
        return default

    def notice(_parent: object, title: str, text: str, *_rest: object) -> object:
        counts["message box"] += 1
        if len(messages) < 20:
            messages.setdefault(f"{title}: {text.splitlines()[0][:120]}", None)
        return QMessageBox.StandardButton.Ok

    QMessageBox.question = question  # type: ignore[method-assign, assignment]
    for name in ("warning", "critical", "information"):
        setattr(QMessageBox, name, notice)


class Person:
    """Someone at the keyboard. Each chore is a generator; what it yields is a pause in
    milliseconds during which the event loop runs (0: one pass, as between keystrokes)."""

    def __init__(self, window: MainWindow, rng: random.Random, counts: Counter[str]) -> None:
        self.window = window
        self.rng = rng
        self.counts = counts
        self.actions = 0
        self.serial = 0
        self.search = self.find(QLineEdit, "searchContacts")
        self.contact_list = self.find(QTableView, "contactList")
        self.navigation = self.find(QListWidget, "navigation")

    def find(self, kind: type[W], name: str) -> W:
        found = self.window.findChild(kind, name)
        if not isinstance(found, kind):
            raise LookupError(f"no {kind.__name__} named {name!r}")
        return found

    # Gestures: each is one action

    def click(self, widget: QWidget, position: QPoint | None = None, what: str = "") -> None:
        self.actions += 1
        self.counts["click"] += 1
        if what:
            self.counts[what] += 1
        if position is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(
                widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position
            )

    def key(self, widget: QWidget, name: Qt.Key, modifier: Any = None) -> None:
        self.actions += 1
        self.counts["keystroke"] += 1
        QTest.keyClick(widget, name, modifier or Qt.KeyboardModifier.NoModifier)

    def command(self, action: QAction, what: str) -> bool:
        """A menu command, when it is enabled."""
        if not action.isEnabled():
            return False
        self.actions += 1
        self.counts[what] += 1
        action.trigger()
        return True

    def typed(self, widget: QWidget, text: str) -> Iterator[int]:
        for character in text:
            self.actions += 1
            self.counts["keystroke"] += 1
            if character.isascii():
                QTest.keyClicks(widget, character)
            else:  # QTest's key table is ASCII only: send the character as the event's text
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    widget,
                    Qt.Key.Key_unknown,
                    character,
                    Qt.KeyboardModifier.NoModifier,
                )
            yield 0

    def retype(self, widget: QWidget, text: str) -> Iterator[int]:
        widget.setFocus()
        self.key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.key(widget, Qt.Key.Key_Backspace)
        yield 0
        yield from self.typed(widget, text)

    def go_to(self, row: int) -> Iterator[int]:
        """Click a section in the navigation column (which may ask about unsaved edits)."""
        sections = [self.window.contacts, self.window.offices, self.window.releases]
        if self.window.current_section() is sections[row]:
            return
        item = self.navigation.item(row)
        self.click(self.navigation.viewport(), self.navigation.visualItemRect(item).center())
        yield 0

    def click_row(self, view: QAbstractItemView, row: int) -> Iterator[int]:
        index = view.model().index(row, 0)
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())
        yield 0

    def unique(self) -> int:
        self.serial += 1
        return self.serial

    def name_pair(self) -> tuple[str, str]:
        return self.rng.choice(GIVEN), f"{self.rng.choice(FAMILY)}{self.rng.randrange(1000)}"

    # Contacts

    def search_contacts(self) -> Iterator[int]:
        yield from self.go_to(CONTACTS)
        rng = self.rng
        query = rng.choice(
            [
                rng.choice(GIVEN)[: rng.randint(1, 5)],
                rng.choice(FAMILY)[: rng.randint(2, 6)],
                f"{rng.randint(70, 79)}{rng.randint(0, 99)}",
                "example.org"[: rng.randint(3, 11)],
                "iom",
                "zzq",  # finds nobody: the "no contacts match" page
            ]
        )
        yield from self.retype(self.search, "")
        half = rng.randint(0, len(query))
        yield from self.typed(self.search, query[:half])
        if half and rng.random() < 0.3:
            yield SEARCH_PAUSE_MS  # a pause mid-word: that search runs too
        yield from self.typed(self.search, query[half:])
        yield SEARCH_PAUSE_MS
        self.counts["search"] += 1
        if rng.random() < 0.5:
            # Scrolling to the end makes the view ask the model for more pages.
            self.actions += 1
            self.counts["scroll"] += 1
            self.contact_list.scrollToBottom()
            yield 0
        if rng.random() < 0.6:
            yield from self.retype(self.search, "")
            yield SEARCH_PAUSE_MS

    def pick_contact(self) -> Iterator[int]:
        model = self.window.contacts.model
        if model.rowCount() == 0:
            yield from self.retype(self.search, "")
            yield SEARCH_PAUSE_MS
        if model.rowCount():
            yield from self.click_row(
                self.contact_list, self.rng.randrange(min(model.rowCount(), 60))
            )

    def edit_contact(self) -> Iterator[int]:
        yield from self.go_to(CONTACTS)
        yield from self.pick_contact()
        editor = self.window.contacts.editor
        if not editor.is_editing() or not editor.can_save():
            return
        # A contact opens on its card; Edit turns it into the form, as a person would.
        edit = self.find(QPushButton, "editContact")
        if edit.isVisible():
            self.click(edit, what="edit contact")
            yield 0
        given, family = self.name_pair()
        number = self.unique()
        fields = {
            "givenName": given,
            "familyName": family,
            "jobTitle": self.rng.choice(["Press officer", "Chargée de communication", "Portavoz"]),
            "phoneNumber": f"+41 22 {700 + number % 300} {number % 10000:04d}",
            "emailAddress": f"{given.lower()}.{family.lower()}.{number}@example.org",
        }
        for name in self.rng.sample(sorted(fields), self.rng.randint(1, 3)):
            yield from self.retype(self.find(QLineEdit, name), fields[name])
        if self.rng.random() < 0.15:
            office = self.find(QComboBox, "office")
            self.key(office, Qt.Key.Key_Down if office.currentIndex() == 0 else Qt.Key.Key_Up)
            yield 0
        yield DUPLICATE_PAUSE_MS
        self.click(self.find(QPushButton, "saveContact"), what="save contact")
        yield 0

    def new_contact(self) -> Iterator[int]:
        yield from self.go_to(CONTACTS)
        self.click(self.find(QPushButton, "newContact"), what="new contact")
        yield 0
        if not self.window.contacts.editor.is_new():
            return
        given, family = self.name_pair()
        number = self.unique()
        # One in five reuses an address the sample data has: the duplicate question.
        email = (
            "kgormanbest@iom.int"
            if self.rng.random() < 0.2
            else f"{given.lower()}.{number}@example.net"
        )
        for name, text in (
            ("givenName", given),
            ("familyName", family),
            ("jobTitle", "Communications officer"),
            ("phoneNumber", f"+41 22 {800 + number % 100} {number % 10000:04d}"),
            ("emailAddress", email),
        ):
            yield from self.typed(self.find(QLineEdit, name), text)
        yield DUPLICATE_PAUSE_MS
        self.click(self.find(QPushButton, "saveContact"), what="save contact")
        yield 0

    def delete_contact(self) -> Iterator[int]:
        yield from self.go_to(CONTACTS)
        yield from self.pick_contact()
        if self.command(self.window.delete_action, "delete"):
            yield 0

    def undo_redo(self) -> Iterator[int]:
        for _ in range(self.rng.randint(1, 3)):
            if self.command(self.window.undo_action, "undo"):
                yield 0
        for _ in range(self.rng.randint(0, 3)):
            if self.command(self.window.redo_action, "redo"):
                yield 0

    def context_menu(self) -> Iterator[int]:
        yield from self.go_to(CONTACTS)
        model = self.window.contacts.model
        if model.rowCount() == 0:
            return
        index = model.index(self.rng.randrange(min(model.rowCount(), 20)), 0)
        self.contact_list.scrollTo(index)
        position = self.contact_list.visualRect(index).center()
        viewport = self.contact_list.viewport()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position)
        )
        self.actions += 1
        self.counts["context menu"] += 1
        QApplication.sendEvent(viewport, event)  # the menu stays until the watchdog closes it
        yield 0

    def preferences(self) -> Iterator[int]:
        # The dialog stays until the watchdog cancels it.
        if self.command(self.window.preferences_action, "preferences"):
            yield 0

    # Offices

    def edit_office(self) -> Iterator[int]:
        yield from self.go_to(OFFICES)
        if self.window.current_section() is not self.window.offices:
            return
        search = self.find(QLineEdit, "searchOffices")
        yield from self.retype(search, self.rng.choice(["", "iom", "be", "ge"]))
        view = self.find(QTableView, "officeList")
        if view.model().rowCount() == 0:
            yield from self.retype(search, "")
        yield from self.click_row(view, self.rng.randrange(view.model().rowCount()))
        if not self.window.offices.editor.is_editing():
            return
        city = self.rng.choice(["Geneva", "Beijing", "Pékin", "Ginebra"])
        yield from self.retype(self.find(QLineEdit, "city"), city)
        if self.rng.random() < 0.3:
            number = f"+41 22 717 {self.rng.randrange(10000):04d}"
            yield from self.retype(self.find(QLineEdit, "switchboard"), number)
        self.click(self.find(QPushButton, "saveOffice"), what="save office")
        yield 0

    # Releases

    def release(self) -> Iterator[int]:
        yield from self.go_to(RELEASES)
        section = self.window.releases
        if self.window.current_section() is not section:
            return
        releases = self.find(QTableView, "releaseList")
        while section.model().rowCount() >= 6:
            # Old releases go, so the list stays as long as a morning leaves it.
            yield from self.click_row(releases, releases.model().rowCount() - 1)
            if section.current_release() is None or not self.command(
                self.window.delete_action, "delete release"
            ):
                break
            yield 0
        self.click(self.find(QPushButton, "newRelease"), what="new release")
        yield 0
        title = self.find(QLineEdit, "releaseTitle")
        yield from self.typed(title, f"Statement on migration {self.unique()}")
        # The picker opens; the watchdog types in it and adds the first two found.
        self.click(self.find(QPushButton, "addReleaseContact"))
        yield 0
        language = self.find(QComboBox, "releaseLanguage")
        layout = self.find(QComboBox, "blockLayout")
        copy = self.find(QPushButton, "copyBlock")
        for _ in range(self.rng.randint(1, 4)):
            combo = self.rng.choice([language, layout])
            last = combo.currentIndex() == combo.count() - 1
            self.key(combo, Qt.Key.Key_Home if last else Qt.Key.Key_Down)
            self.counts["language or layout"] += 1
            yield 0
            if copy.isEnabled() and self.rng.random() < 0.6:
                self.click(copy, what="copy block")
                yield 0
        self.click(self.find(QPushButton, "saveRelease"), what="save release")
        yield 0
        publish = self.find(QPushButton, "publishRelease")
        if publish.isVisible() and publish.isEnabled() and self.rng.random() < 0.3:
            self.click(publish, what="publish")
            yield 0

    def morning(self, limit: int, only: set[str]) -> Iterator[int]:
        chores: list[tuple[Callable[[], Iterator[int]], int]] = [
            (self.search_contacts, 30),
            (self.edit_contact, 18),
            (self.new_contact, 6),
            (self.delete_contact, 6),
            (self.undo_redo, 10),
            (self.context_menu, 3),
            (self.preferences, 1),
            (self.edit_office, 8),
            (self.release, 8),
        ]
        if only:
            chores = [(chore, weight) for chore, weight in chores if chore.__name__ in only]
        work = [chore for chore, _ in chores]
        weights = [weight for _, weight in chores]
        while self.actions < limit:
            yield from self.rng.choices(work, weights)[0]()
            yield 0


class Watchdog(QObject):
    """Deals with what the patched QMessageBox functions do not: it closes popup menus,
    cancels dialogs, and in the contact picker types a letter and adds the first two found."""

    def __init__(self, person: Person) -> None:
        super().__init__()
        self._person = person
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        counts = self._person.counts
        popup = QApplication.activePopupWidget()
        if popup is not None:
            counts["popup closed"] += 1
            popup.close()
        modal = QApplication.activeModalWidget()
        # Marked on the widget itself: a deleted dialog's id() comes back for the next one.
        if modal is None or modal.property(HANDLED):
            return
        modal.setProperty(HANDLED, True)
        if isinstance(modal, ContactPickerDialog):
            self._pick(modal)
        elif isinstance(modal, QDialog):
            counts["dialog cancelled"] += 1
            modal.reject()
        else:
            counts["window closed"] += 1
            modal.close()

    def _pick(self, dialog: ContactPickerDialog) -> None:
        person = self._person
        search = dialog.findChild(QLineEdit, "pickerSearch")
        if search is not None:
            person.actions += 1
            person.counts["keystroke"] += 1
            QTest.keyClicks(search, person.rng.choice("aeiou"))

        def choose() -> None:
            results = dialog.findChild(QListWidget, "pickerResults")
            add = dialog.findChild(QPushButton, "pickerAdd")
            if results is not None:
                for row in range(min(2, results.count())):
                    results.item(row).setSelected(True)
            if add is not None and add.isEnabled():
                person.click(add, what="picker")
            else:
                dialog.reject()

        QTimer.singleShot(SEARCH_PAUSE_MS, choose)


def census(window: MainWindow) -> Counter[str]:
    """QObjects by class: those under the window, and the other top-level widgets."""
    found = Counter(type(o).__name__ for o in window.findChildren(QObject))
    for widget in QApplication.topLevelWidgets():
        if widget is not window:
            found[f"top-level {type(widget).__name__}"] += 1
    return found


def run_child(args: argparse.Namespace) -> int:
    if args.timeout:
        # Just before the parent gives up on a hang: where it is stuck goes to stderr.
        faulthandler.dump_traceback_later(max(1.0, args.timeout - 10), exit=False)
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    messages: dict[str, None] = {}  # the first line of each message shown, in order
    answer_questions(rng, counts, messages)
    if args.trace_python:
        tracemalloc.start(40)
    snapshots: list[tracemalloc.Snapshot] = []

    # As crm_app/app/gui.py builds the window, on a data folder of our own.
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    with tempfile.TemporaryDirectory() as folder:
        # Settings in the temporary folder too: the soak must not touch the user's own.
        preferences = Preferences.from_file(Path(folder) / "settings" / "ui.ini")
        install_translators(app, preferences.interface_language or None)
        paths = AppPaths.resolve(Path(folder) / "data")
        database = open_database(paths.database_url(None))
        try:
            services = Services.build(database, templates_override=paths.templates_dir)
            load_sample_data(services.offices, services.contacts, services.clock)
            insert_contacts(database, args.contacts, services.offices.all(), services.clock.now())
            window = MainWindow(services, preferences)
            window.show()
            person = Person(window, rng, counts)
            watchdog = Watchdog(person)
            steps = person.morning(args.actions, set(filter(None, args.chores.split(","))))
            next_sample = [0]
            after_warmup: list[Counter[str]] = []

            def sample() -> None:
                gc.collect()
                if not after_warmup and person.actions >= args.actions * args.warmup:
                    after_warmup.append(census(window))
                    if args.trace_python:
                        snapshots.append(tracemalloc.take_snapshot())
                report(
                    "sample",
                    actions=person.actions,
                    rss_kib=rss_kib(),
                    py_objects=len(gc.get_objects()),
                    qobjects=len(window.findChildren(QObject)),
                    undo_steps=window.undo_stack.count(),
                )

            def step() -> None:
                if person.actions >= next_sample[0]:
                    sample()
                    next_sample[0] += args.sample_every
                try:
                    pause = next(steps)
                except StopIteration:
                    sample()
                    app.quit()
                    return
                QTimer.singleShot(pause, step)

            QTimer.singleShot(0, step)
            app.exec()

            window.close()  # asks about edits left open: the patched question drops them
            watchdog.stop()
            QGuiApplication.clipboard().clear()
            gc.collect()
            piled_up = census(window) - (after_warmup[0] if after_warmup else Counter())
            python_growth = []
            if snapshots:
                later = tracemalloc.take_snapshot().compare_to(snapshots[0], "traceback")
                for stat in later[:8]:
                    frames = list(reversed(stat.traceback))
                    ours = [f for f in frames if "crm_app" in f.filename][:3]
                    lines = [f"{f.filename}:{f.lineno}" for f in [*frames[:2], *ours]]
                    python_growth.append(
                        f"{stat.size_diff / 1024:+.0f} KiB at " + " < ".join(lines)
                    )
            report(
                "done",
                actions=person.actions,
                counts=dict(counts),
                messages=list(messages),
                vm_hwm_kib=rss_kib("VmHWM"),
                ru_maxrss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                undo_steps=window.undo_stack.count(),
                qobjects=len(window.findChildren(QObject)),
                top_level=len(QApplication.topLevelWidgets()),
                piled_up=piled_up.most_common(12),
                python_growth=python_growth,
            )
            window.deleteLater()
            QCoreApplication.sendPostedEvents()
        finally:
            database.close()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--actions", type=int, default=DEFAULT_ACTIONS, help="keystrokes, clicks and commands"
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"a short run ({QUICK_ACTIONS:,} actions)"
    )
    parser.add_argument("--contacts", type=int, default=300, help="generated contacts")
    parser.add_argument("--sample-every", type=int, default=0, help="actions between samples")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--warmup", type=float, default=0.25, help="share of actions left out of the growth"
    )
    parser.add_argument(
        "--max-growth", type=float, default=64.0, help="KiB per 1,000 actions that fail the run"
    )
    parser.add_argument("--timeout", type=float, default=0.0, help="seconds before a hang")
    parser.add_argument(
        "--trace-python",
        action="store_true",
        help="trace Python allocations (slower) and print where they grew",
    )
    parser.add_argument(
        "--chores",
        default="",
        help="only these chores, comma-separated (search_contacts, edit_contact, new_contact, "
        "delete_contact, undo_redo, context_menu, preferences, edit_office, release)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    if args.quick:
        args.actions = QUICK_ACTIONS
    if args.child:
        return run_child(args)
    return run_parent(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
