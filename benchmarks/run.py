"""Issue 12's figures on a realistic database of N contacts, each against its target.

Run from the project folder:

    .venv/bin/python benchmarks/run.py [--contacts 100000] [--json] [--keep DIR]
                                       [--only window,search,scroll,import,rename,export,cli]

With --keep DIR the generated databases (N contacts, and 1,000 for the baselines) and the
vCard file are kept in DIR and reused by the next run with the same N; without it all is
made in a temporary folder and removed. Progress goes to stderr; the figures to stdout, as a
table or (--json) as one JSON document with every figure, the targets and whether each is met.

What is measured (medians, p95s, worsts; a baseline measured in the same run beside each, and
their ratio):

- window: cold open to a painted contact list, in a fresh process (benchmarks/window_probe.py
  opens the window as `crm-app` does, offscreen), from just before the process is started;
  baseline: the same on an empty database (which paints its welcome page);
- search: each keystroke of typing one-letter terms, a term that matches everyone, phone
  digits, an office name, accented, Chinese and Arabic names, through the list model's
  set_query (ContactService.count + page, as the window runs after its typing pause),
  once the database file is read into the system's memory as the window has it read after
  opening (MaintenanceService.warm_up); baseline: the same keystrokes on 1,000 contacts;
- rename: OfficeService.edit of an office's names, on an office holding min(N, 100,000)
  contacts (moved to it first), and on one holding about N/300 (its cost per contact);
- scroll: the real window's list scrolled from top to bottom two screens at a time (the view
  fetching pages of 200 as it reaches the end), each step timed to its paint; worst step,
  and the GUI thread's own CPU time a step (which other busy processes do not inflate);
- save: a contact on the last row of the fully scrolled list, ContactService.edit plus the
  model's contact_changed, in place and moved to the top;
- memory: the peak RSS of that window process, the whole list scrolled; baseline: the window
  on an empty database;
- vCard import of 20,000 generated cards (VCardService.import_file into a copy of the big
  database) against vobject.readComponents parsing the same file; vCard export of the whole
  database (VCardService.export_to_file) against vobject serialising the same cards (on a
  sample of 5,000: vobject needs about a millisecond a card);
- `crm-app contact list --json` on N contacts: wall time and time to its first byte (the
  output is streamed); baseline: `crm-app --version`.

The vCard import runs after the scrolling: it reads and checks its cards in a second process
while the first matches and writes, so it uses both cores; --beside runs it in a process of
its own while the window scrolls, a little sooner, with the two sharing the cores. At
100,000 contacts on two cores a run takes one to two minutes with --keep (this machine's
speed varied by up to 2x between runs), one or two more the first time (generating the
databases). Measuring changes only copies: the databases in DIR stay as generated.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import vobject
from bench_vcard import vobject_card
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeChanges, OfficeDraft
from crm_app.store.database import Database, default_database_url, open_database
from crm_app.store.models import ContactRow
from crm_app.ui.models.contact_table_model import ContactTableModel

HERE = Path(__file__).resolve().parent
BASELINE_CONTACTS = 1_000
IMPORT_CARDS = 20_000
VOBJECT_EXPORT_SAMPLE = 5_000
RENAMED_OFFICE_MOST = 100_000  # the target speaks of an office of 100,000 contacts
SEED = 2026

# Issue 12's targets: (key, what, unit, limit, "<=" or ">=").
TARGETS: tuple[tuple[str, str, str, float, str], ...] = (
    ("window", "window cold open to a painted list", "ms", 1200, "<="),
    ("search", "search keystroke p95", "ms", 15, "<="),
    ("rename", "rename an office of 100,000 contacts", "ms", 1000, "<="),
    ("scroll", "worst scroll step (stall)", "ms", 50, "<="),
    ("import", "vCard import rate / vobject parse rate", "x", 0.5, ">="),
    ("export", "vCard export rate / vobject serialize rate", "x", 5, ">="),
    ("cli_list", "crm-app contact list --json", "ms", 5000, "<="),
    ("memory", "peak RSS, window with the list scrolled", "MB", 200, "<="),
)


# What --only may name ("scroll" also saves far down and reads the memory).
PARTS = ("window", "search", "scroll", "import", "rename", "export", "cli")


def parts(text: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in PARTS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose among {', '.join(PARTS)}")
    return chosen


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def p95(samples: Sequence[float]) -> float:
    if len(samples) < 2:
        return max(samples)
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median, p95 and worst of `samples` (seconds), in milliseconds."""
    return {
        "median_ms": ms(statistics.median(samples)),
        "p95_ms": ms(p95(samples)),
        "worst_ms": ms(max(samples)),
        "samples": len(samples),
    }


def ratio(value: float, baseline: float) -> float | None:
    return round(value / baseline, 2) if baseline else None


# ------------------------------------------------------------------------------ databases


@dataclass(frozen=True, slots=True)
class Store:
    """A generated database in its own data folder."""

    folder: Path

    @property
    def url(self) -> str:
        return default_database_url(self.folder)

    @property
    def file(self) -> Path:
        return self.folder / "press-contacts.sqlite3"


def ensure_generated(folder: Path, contacts: int) -> tuple[Store, dict[str, Any]]:
    """The database of `contacts` in `folder`, generated (by generate.py, in a process of
    its own) unless a finished one is there already."""
    store = Store(folder)
    marker = folder / "generated.json"
    if marker.exists():
        info: dict[str, Any] = json.loads(marker.read_text())
        if info.get("contacts") == contacts and info.get("seed") == SEED:
            log(f"reusing the {contacts:,}-contact database in {folder}")
            return store, {**info, "reused": True}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"generating {contacts:,} contacts in {folder}…")
    started = time.perf_counter()
    command = [sys.executable, str(HERE / "generate.py"), str(contacts)]
    command += ["--data-dir", str(folder), "--seed", str(SEED)]
    subprocess.run(command, check=True, stdout=sys.stderr)
    info = {"contacts": contacts, "seed": SEED, "seconds": round(time.perf_counter() - started, 1)}
    marker.write_text(json.dumps(info))
    return store, {**info, "reused": False}


def ensure_cards(folder: Path, store: Store, count: int) -> Path:
    path = folder / f"cards-{count}.vcf"
    if not path.exists():
        log(f"writing {count:,} vCards…")
        partial = path.with_suffix(".part")
        command = [sys.executable, str(HERE / "generate.py"), str(count)]
        command += ["--data-dir", str(store.folder), "--seed", str(SEED + 1), "--vcards"]
        subprocess.run([*command, str(partial)], check=True, stdout=sys.stderr)
        partial.rename(path)
    return path


def copy_store(source: Store, folder: Path) -> Store:
    """A copy to change (SQLite's backup API, so the copy is whole), opened once so its
    first-open check and backup are done before anything is timed."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    target = Store(folder)
    with sqlite3.connect(source.file) as src, sqlite3.connect(target.file) as dst:
        src.backup(dst)
    open_database(target.url).close()
    return target


@contextmanager
def opened(store: Store) -> Iterator[tuple[Database, Services]]:
    database = open_database(store.url)
    try:
        yield database, Services.build(database, clock=Clock())
    finally:
        database.close()


# --------------------------------------------------------------------------------- window

PROBE = (
    "import time; started = time.time(); import sys; sys.path.insert(0, {here!r}); "
    "import window_probe; window_probe.main(started)"
)


def probe(mode: str, store: Store, *extra: str) -> dict[str, Any]:
    """Run window_probe in a fresh process; its report, with `spawned` (time.time())."""
    code = PROBE.format(here=str(HERE))
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed program has its bytecode compiled (pip does it): the first, uncounted
    # start writes it here too, even where PYTHONDONTWRITEBYTECODE is set (as it is in some
    # shells); otherwise every start would compile the program's ~80 modules again.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, mode, store.url, str(store.folder), *extra],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
    )
    line = next(
        (row for row in done.stdout.splitlines() if row.startswith("PROBE ")),
        None,
    )
    if line is None:
        raise SystemExit(f"window probe failed:\n{done.stdout}\n{done.stderr}")
    report: dict[str, Any] = json.loads(line[len("PROBE ") :])
    report["spawned"] = spawned
    return report


def measure_window(big: Store, empty: Store, runs: int) -> dict[str, Any]:
    cold: dict[str, list[float]] = {"big": [], "empty": []}
    inside: dict[str, list[float]] = {"big": [], "empty": []}
    rss: dict[str, list[float]] = {"big": [], "empty": []}
    first: dict[str, float] = {}
    for run in range(runs + 1):
        for name, store in (("big", big), ("empty", empty)):
            report = probe("open", store)
            if report["painted"] is None:
                raise SystemExit(f"the {name} window never painted its list")
            total = report["painted"] - report["spawned"]
            if run == 0:
                first[name] = total  # the first process start: Python's caches are cold
                continue
            cold[name].append(total)
            inside[name].append(report["painted"] - report["open_window_called"])
            rss[name].append(report["peak_rss_mb"])
            if name == "big" and run == 1:
                log(f"  window opened on {report['total']:,} contacts in {total * 1000:.0f} ms")
    big_cold, empty_cold = statistics.median(cold["big"]), statistics.median(cold["empty"])
    return {
        "cold_open": summary(cold["big"]),
        "baseline_empty_database": summary(cold["empty"]),
        "ratio": ratio(big_cold, empty_cold),
        "open_window_to_paint": summary(inside["big"]),
        "open_window_to_paint_baseline": summary(inside["empty"]),
        "first_process_ms": ms(first["big"]),
        "peak_rss_mb_after_open": round(statistics.median(rss["big"]), 1),
        "peak_rss_mb_empty_database": round(statistics.median(rss["empty"]), 1),
    }


# --------------------------------------------------------------------------------- search


def typing(word: str, start: int = 1) -> list[str]:
    """Each keystroke of typing `word`, from its first `start` characters."""
    return [word[:end] for end in range(start, len(word) + 1)]


def search_keystrokes(phone_digits: str, office_city: str) -> dict[str, list[str]]:
    return {
        "one letter": ["a", "e", "i", "k", "n", "s", "z"],
        "matches everyone": [*typing("iom.int", 2), ""],
        "phone digits": typing(phone_digits, 2),
        "office name": [*typing(f"iom {office_city.lower()}", 5), office_city.lower()],
        "accented name": [*typing("hélène", 2), "lefèvre", "hélène lefèvre", "müller"],
        "Chinese name": ["张", "张伟", "王", "王芳", "李娜"],
        "Arabic name": ["محمد", "حداد", "محمد حداد"],
    }


def search_terms(store: Store) -> tuple[str, str]:
    """Phone digits of a contact, the city of an office (both exist in every database that
    generate.py makes with the same seed)."""
    with opened(store) as (_, services):
        cities = {office.city for office in services.offices.all()}
        contact = services.contacts.page(ContactQuery(text="okafor"), 0, 1)[0]
    phone = next(p for p in contact.phones if p.e164)
    city = "Nairobi" if "Nairobi" in cities else sorted(cities)[0]
    assert phone.e164 is not None
    return phone.e164.lstrip("+")[:10], city


def time_keystrokes(store: Store, keystrokes: dict[str, list[str]], repeats: int) -> dict[str, Any]:
    """Seconds of each keystroke's set_query, `repeats` times over."""
    with opened(store) as (_, services):
        # As the window does once it is shown: the file read into the system's memory.
        services.maintenance.warm_up()
        model = ContactTableModel(services.contacts)
        model.set_query(ContactQuery(text="warm up"))
        samples: dict[str, list[tuple[str, float]]] = {kind: [] for kind in keystrokes}
        for _ in range(repeats):
            for kind, texts in keystrokes.items():
                for text in texts:
                    started = time.perf_counter()
                    model.set_query(ContactQuery(text=text))
                    samples[kind].append((text, time.perf_counter() - started))
        matches = {
            text: model_total(model, text) for texts in keystrokes.values() for text in texts
        }
    return {"samples": samples, "matches": matches}


def model_total(model: ContactTableModel, text: str) -> int:
    model.set_query(ContactQuery(text=text))
    return model.total


def measure_search(big: Store, base: Store, repeats: int) -> dict[str, Any]:
    digits, city = search_terms(big)
    keystrokes = search_keystrokes(digits, city)
    log(f"  typing phone digits {digits!r}, office {city!r}")
    results = {
        name: time_keystrokes(store, keystrokes, repeats)
        for name, store in (("big", big), ("baseline", base))
    }

    def flat(name: str) -> list[tuple[str, float]]:
        return [item for items in results[name]["samples"].values() for item in items]

    everything, everything_base = flat("big"), flat("baseline")
    worst_text, worst = max(everything, key=lambda item: item[1])
    by_kind: dict[str, Any] = {}
    for kind in keystrokes:
        own = [seconds for _, seconds in results["big"]["samples"][kind]]
        baseline = [seconds for _, seconds in results["baseline"]["samples"][kind]]
        kind_worst = max(results["big"]["samples"][kind], key=lambda item: item[1])
        by_kind[kind] = {
            **summary(own),
            "worst_keystroke": kind_worst[0],
            "baseline": summary(baseline),
            "ratio_median": ratio(statistics.median(own), statistics.median(baseline)),
            "ratio_p95": ratio(p95(own), p95(baseline)),
            "keystrokes": keystrokes[kind],
        }
    overall = [seconds for _, seconds in everything]
    overall_base = [seconds for _, seconds in everything_base]
    return {
        **summary(overall),
        "worst_keystroke": worst_text,
        "worst_ms": ms(worst),
        "baseline": summary(overall_base),
        "ratio_median": ratio(statistics.median(overall), statistics.median(overall_base)),
        "ratio_p95": ratio(p95(overall), p95(overall_base)),
        "repeats": repeats,
        "by_kind": by_kind,
        "matches": results["big"]["matches"],
    }


# --------------------------------------------------------------------------------- rename


def measure_rename(work: Store, contacts: int) -> dict[str, Any]:
    with opened(work) as (database, services):
        offices = services.offices.all()
        sizes = {
            office.id: services.contacts.count(ContactQuery(office_id=office.id))
            for office in offices
        }
        wanted = contacts / 300
        office = min(offices, key=lambda o: (abs(sizes[o.id] - wanted), o.id))
        holding = sizes[office.id]
        samples = []
        for names in (
            {language: f"{name} (renamed)" for language, name in office.names.items()},
            dict(office.names),
        ):
            started = time.perf_counter()
            services.offices.edit(office.id, OfficeChanges(names=names))
            samples.append(time.perf_counter() - started)
        renamed = statistics.median(samples)
        per_contact = renamed / max(1, holding)
        result: dict[str, Any] = {
            "office": office.name(),
            "office_contacts": holding,
            "median_ms": ms(renamed),
            "samples_ms": [ms(s) for s in samples],
            "per_contact_ms": round(per_contact * 1000, 3),
        }
        result["all"] = rename_everyone(database, services, min(contacts, RENAMED_OFFICE_MOST))
    return result


def rename_everyone(database: Database, services: Services, holding: int) -> dict[str, Any]:
    """An office given `holding` contacts (moved there in one UPDATE; their search text is
    made anew by the rename being timed), then renamed."""
    hub = services.offices.add(
        OfficeDraft(names={"en": "IOM Benchmark Hub"}, country="CH", switchboard="+41 22 717 9111")
    )
    with database.engine.begin() as connection:
        ids = select(ContactRow.id).order_by(ContactRow.id).limit(holding).scalar_subquery()
        connection.execute(
            update(ContactRow).where(ContactRow.id.in_(ids)).values(office_id=hub.id)
        )
    log(f"  renaming an office of {holding:,} contacts…")
    started = time.perf_counter()
    services.offices.edit(hub.id, OfficeChanges(names={"en": "IOM Benchmark Hub (renamed)"}))
    seconds = time.perf_counter() - started
    return {"office_contacts": holding, "ms": ms(seconds)}


# --------------------------------------------------------------------------- scroll, save


def measure_scroll(work: Store, limit_s: float) -> dict[str, Any]:
    report = probe("scroll", work, str(limit_s))
    scrolled = report["scroll"]
    steps, fetches = scrolled["steps"], scrolled["fetch_steps"]
    save = report["save"]

    def totals(items: list[dict[str, float]]) -> list[float]:
        return [item["edit"] + item["contact_changed"] for item in items]

    return {
        "scroll": {
            **summary(steps),
            "fetch_steps": summary(fetches) if fetches else None,
            "cpu": summary(scrolled["cpu_steps"]),
            "worst_step_top_row": scrolled["worst_step_top_row"],
            "rows_loaded": scrolled["rows_loaded"],
            "total": scrolled["total"],
            "complete": scrolled["complete"],
            "seconds": round(scrolled["seconds"], 1),
        },
        "memory": {
            "peak_rss_mb": round(report["scrolled_peak_rss_mb"], 1),
            "rss_mb_after_scroll": round(report["scrolled_rss_mb"], 1),
            "peak_rss_mb_after_open": round(report["peak_rss_mb"], 1),
        },
        "save": {
            "row": save["row"],
            "in_place": summary(totals(save["in_place"])),
            "in_place_edit_ms": ms(statistics.median(i["edit"] for i in save["in_place"])),
            "in_place_contact_changed_ms": ms(
                statistics.median(i["contact_changed"] for i in save["in_place"])
            ),
            "moved_to_top_ms": ms(totals(save["moved"])[0]),
            "moved_back_ms": ms(totals(save["moved"])[1]),
            "moved_contact_changed_ms": [ms(i["contact_changed"]) for i in save["moved"]],
        },
    }


# ----------------------------------------------------------------------------------- vCard


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def vobject_parse(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in vobject.readComponents(handle))


def measure_import(work: Store, cards: Path) -> dict[str, Any]:
    parse_s, parsed = timed(lambda: vobject_parse(cards))
    log(f"  vobject parsed {parsed:,} cards in {parse_s:.1f} s; importing them…")
    with opened(work) as (_, services):
        import_s, report = timed(lambda: services.vcards.import_file(cards))
    imported = len(report.created) + len(report.updated) + len(report.unchanged)
    ours, theirs = imported / import_s, parsed / parse_s
    return {
        "cards": parsed,
        "seconds": round(import_s, 2),
        "cards_per_s": round(ours),
        "created": len(report.created),
        "updated": len(report.updated),
        "skipped": len(report.skipped),
        "vobject_parse_seconds": round(parse_s, 2),
        "vobject_cards_per_s": round(theirs),
        "ratio": ratio(ours, theirs),
    }


def start_import(store: Store, cards: Path) -> subprocess.Popen[str]:
    """measure_import in a process of its own, so that it runs on the second core."""
    command = [sys.executable, str(Path(__file__).resolve()), "--import-into"]
    command += [str(store.folder), str(cards)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def finish_import(child: subprocess.Popen[str]) -> dict[str, Any]:
    output, _ = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"the vCard import failed with status {child.returncode}")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def measure_export(big: Store, folder: Path) -> dict[str, Any]:
    target = folder / "export.vcf"
    with opened(big) as (_, services):
        export_s, written = timed(lambda: services.vcards.export_to_file(target))
        sample = list(
            islice(
                services.contacts.stream(ContactQuery(archive=Archive.ALL_LIVE)),
                VOBJECT_EXPORT_SAMPLE,
            )
        )
    size = target.stat().st_size
    target.unlink()
    serialize_s, _ = timed(lambda: [vobject_card(contact, "") for contact in sample])
    ours, theirs = written / export_s, len(sample) / serialize_s
    return {
        "cards": written,
        "seconds": round(export_s, 2),
        "cards_per_s": round(ours),
        "megabytes": round(size / 1e6, 1),
        "vobject_sample": len(sample),
        "vobject_cards_per_s": round(theirs),
        "ratio": ratio(ours, theirs),
    }


# -------------------------------------------------------------------------------- command


def run_streamed(command: list[str]) -> tuple[float, float, bytes]:
    """Wall time, time to the first byte of stdout, and stdout."""
    started = time.perf_counter()
    first = 0.0
    chunks: list[bytes] = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as child:
        assert child.stdout is not None
        while chunk := os.read(child.stdout.fileno(), 1 << 16):
            if not chunks:
                first = time.perf_counter() - started
            chunks.append(chunk)
        if child.wait() != 0:
            raise SystemExit(f"{' '.join(command)} failed with status {child.returncode}")
    return time.perf_counter() - started, first, b"".join(chunks)


def measure_cli(big: Store, contacts: int, runs: int) -> dict[str, Any]:
    program = [sys.executable, "-m", "crm_app"]
    version = [run_streamed([*program, "--version"])[0] for _ in range(3)]
    walls, firsts = [], []
    output = b""
    for run in range(runs):
        wall, first, output = run_streamed(
            [*program, "--data-dir", str(big.folder), "--db", big.url, "contact", "list", "--json"]
        )
        walls.append(wall)
        firsts.append(first)
        if run == 0 and wall > 30:
            break  # one sample is all the time allows
    listed = len(json.loads(output))
    assert listed == contacts, (listed, contacts)
    return {
        **summary(walls),
        "first_byte_ms": ms(statistics.median(firsts)),
        "megabytes": round(len(output) / 1e6, 1),
        "contacts_listed": listed,
        "baseline_version_ms": ms(statistics.median(version)),
        "ratio": ratio(statistics.median(walls), statistics.median(version)),
    }


# ------------------------------------------------------------------------------- report


def verdicts(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """Each measured figure against its target (the parts left out by --only are skipped)."""
    values: dict[str, tuple[float, str]] = {}
    if "window" in figures:
        values["window"] = (
            figures["window"]["cold_open"]["median_ms"],
            "median of fresh processes",
        )
    if "search" in figures:
        values["search"] = (
            figures["search"]["p95_ms"],
            f"worst {figures['search']['worst_ms']} ms",
        )
    if "rename" in figures:
        rename = figures["rename"]
        values["rename"] = (
            rename["all"]["ms"],
            f"measured on {rename['all']['office_contacts']:,} contacts",
        )
    if "scroll" in figures:
        values["scroll"] = (
            figures["scroll"]["worst_ms"],
            f"median step {figures['scroll']['median_ms']} ms; its own CPU: worst"
            f" {figures['scroll']['cpu']['worst_ms']} ms, p95 {figures['scroll']['cpu']['p95_ms']}",
        )
        values["memory"] = (figures["memory"]["peak_rss_mb"], "scrolled to the end")
    if "vcard_import" in figures:
        values["import"] = (
            figures["vcard_import"]["ratio"],
            f"{figures['vcard_import']['cards_per_s']} cards/s",
        )
    if "vcard_export" in figures:
        values["export"] = (
            figures["vcard_export"]["ratio"],
            f"{figures['vcard_export']['cards_per_s']} cards/s",
        )
    if "cli_list" in figures:
        values["cli_list"] = (
            figures["cli_list"]["median_ms"],
            f"first byte {figures['cli_list']['first_byte_ms']} ms",
        )
    rows = []
    for key, what, unit, limit, sense in TARGETS:
        if key not in values:
            continue
        value, note = values[key]
        met = value <= limit if sense == "<=" else value >= limit
        rows.append(
            {
                "key": key,
                "what": what,
                "value": value,
                "unit": unit,
                "target": f"{sense} {limit:g} {unit}",
                "met": met,
                "note": note,
            }
        )
    return rows


def print_table(document: dict[str, Any]) -> None:
    figures = document["figures"]
    print(
        f"Press Contacts benchmarks: {document['contacts']:,} contacts"
        f" (baselines: empty database, {BASELINE_CONTACTS:,} contacts); {document['machine']}"
    )
    print(f"{'figure':<46}{'value':>12}  {'target':<12}{'met':<5}note")
    for row in document["targets"]:
        value = f"{row['value']:,.2f} {row['unit']}"
        met = "yes" if row["met"] else "NO"
        print(f"{row['what']:<46}{value:>12}  {row['target']:<12}{met:<5}{row['note']}")
    window = figures.get("window")
    if window is not None:
        print("\nwindow (fresh process to painted list), ms:")
        print(
            f"  {document['contacts']:,}: median {window['cold_open']['median_ms']}, "
            f"p95 {window['cold_open']['p95_ms']}; empty database: median "
            f"{window['baseline_empty_database']['median_ms']}; ratio {window['ratio']}; "
            f"open_window() to paint {window['open_window_to_paint']['median_ms']}"
            f" (empty {window['open_window_to_paint_baseline']['median_ms']})"
        )
        print(
            f"  peak RSS just opened: {window['peak_rss_mb_after_open']} MB"
            f" (empty database {window['peak_rss_mb_empty_database']} MB)"
        )
    if "search" in figures:
        print_search(figures["search"])
    if "rename" in figures:
        print_rename(figures["rename"])
    if "scroll" in figures:
        print_scroll(figures, window)
    if "vcard_import" in figures:
        imp = figures["vcard_import"]
        print(
            f"\nvCard import: {imp['cards']:,} cards in {imp['seconds']} s = {imp['cards_per_s']}/s"
            f" (created {imp['created']}, updated {imp['updated']}, skipped {imp['skipped']});"
            f" vobject parse {imp['vobject_cards_per_s']}/s; ratio {imp['ratio']}"
            + (f"; ran beside: {imp['beside']}" if "beside" in imp else "")
        )
    if "vcard_export" in figures:
        exp = figures["vcard_export"]
        print(
            f"vCard export: {exp['cards']:,} cards in {exp['seconds']} s ="
            f" {exp['cards_per_s']}/s; vobject serialize {exp['vobject_cards_per_s']}/s"
            f" (sample of {exp['vobject_sample']:,}); ratio {exp['ratio']}"
        )
    if "cli_list" in figures:
        cli = figures["cli_list"]
        print(
            f"contact list --json: {cli['median_ms']} ms ({cli['samples']} run(s)), first byte"
            f" {cli['first_byte_ms']} ms, {cli['megabytes']} MB; crm-app --version"
            f" {cli['baseline_version_ms']} ms; ratio {cli['ratio']}"
        )
    print(f"\ntook {document['seconds']:.0f} s")


def print_search(search: dict[str, Any]) -> None:
    print(
        f"\nsearch keystrokes (set_query: count + first page), ms; baseline {BASELINE_CONTACTS:,}:"
    )
    header = f"{'':<18}{'median':>9}{'p95':>9}{'worst':>9}"
    header += f"{'base med':>10}{'base p95':>10}{'x p95':>8}  worst"
    print("  " + header)
    rows = [("all", search), *search["by_kind"].items()]
    for kind, item in rows:
        print(
            f"  {kind:<18}{item['median_ms']:>9.1f}{item['p95_ms']:>9.1f}{item['worst_ms']:>9.1f}"
            f"{item['baseline']['median_ms']:>10.1f}{item['baseline']['p95_ms']:>10.1f}"
            f"{item['ratio_p95'] or 0:>8.1f}  {item['worst_keystroke']!r}"
        )


def print_rename(rename: dict[str, Any]) -> None:
    print(
        f"\nrename: {rename['office']} ({rename['office_contacts']} contacts) "
        f"{rename['median_ms']} ms, {rename['per_contact_ms']} ms a contact"
    )
    print(f"  measured on {rename['all']['office_contacts']:,} contacts: {rename['all']['ms']} ms")


def print_scroll(figures: dict[str, Any], window: dict[str, Any] | None) -> None:
    scroll, save, memory = figures["scroll"], figures["save"], figures["memory"]
    fetch = scroll["fetch_steps"] or {}
    print(
        f"\nscroll: {scroll['samples']} steps over {scroll['rows_loaded']:,} rows in"
        f" {scroll['seconds']} s: median {scroll['median_ms']} ms, p95 {scroll['p95_ms']},"
        f" worst {scroll['worst_ms']} (near row {scroll['worst_step_top_row']:,}); steps that"
        f" fetched a page: median {fetch.get('median_ms')}, worst {fetch.get('worst_ms')};"
        f" the GUI thread's CPU time a step: median {scroll['cpu']['median_ms']},"
        f" p95 {scroll['cpu']['p95_ms']}, worst {scroll['cpu']['worst_ms']}"
    )
    print(
        f"save far down (row {save['row']:,}): in place median {save['in_place']['median_ms']} ms"
        f" (edit {save['in_place_edit_ms']}, contact_changed"
        f" {save['in_place_contact_changed_ms']}); moved to the top {save['moved_to_top_ms']} ms,"
        f" back {save['moved_back_ms']} ms"
    )
    print(
        f"memory: peak RSS {memory['peak_rss_mb']} MB scrolled ({memory['peak_rss_mb_after_open']}"
        " MB just opened)"
        + (
            f"; empty database {window['peak_rss_mb_empty_database']} MB"
            if window is not None
            else ""
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep and reuse databases here")
    parser.add_argument("--runs", type=int, default=3, help="window opens per database")
    parser.add_argument("--search-repeats", type=int, default=3)
    parser.add_argument("--cli-runs", type=int, default=2)
    parser.add_argument("--scroll-limit", type=float, default=300, help="seconds")
    parser.add_argument(
        "--beside",
        action="store_true",
        help="run the vCard import while the window scrolls, not after it (a little shorter;"
        " both then share the two cores, which the import alone uses)",
    )
    parser.add_argument(
        "--only",
        type=parts,
        default=PARTS,
        metavar="PART,…",
        help=f"measure only these parts, among {','.join(PARTS)} (scroll includes the save"
        " far down and the memory)",
    )
    parser.add_argument("--import-into", nargs=2, metavar=("DIR", "CARDS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.import_into:  # the import's own process (see start_import)
        folder_name, cards_name = args.import_into
        print(json.dumps(measure_import(Store(Path(folder_name)), Path(cards_name))))
        return 0
    started = time.perf_counter()
    folder = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="crm-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        big, generated = ensure_generated(folder / f"contacts-{args.contacts}", args.contacts)
        base, _ = ensure_generated(folder / f"contacts-{BASELINE_CONTACTS}", BASELINE_CONTACTS)
        cards = ensure_cards(folder, big, IMPORT_CARDS)
        empty = Store(folder / "empty")
        shutil.rmtree(empty.folder, ignore_errors=True)
        empty.folder.mkdir()
        for store in (big, base, empty):
            open_database(store.url).close()  # the day's first-open check and backup
        figures: dict[str, Any] = {}
        only = set(args.only)
        if "window" in only:
            log("window: cold opens…")
            figures["window"] = measure_window(big, empty, args.runs)
        if "search" in only:
            log("search keystrokes…")
            figures["search"] = measure_search(big, base, args.search_repeats)
        copies: list[Store] = []
        work: Store | None = None
        importing: Store | None = None
        if only & {"scroll", "rename"}:
            log("copying the database to change it…")
            work = copy_store(big, folder / "work")
            copies.append(work)
        if "import" in only:
            importing = copy_store(big, folder / "work-import")
            copies.append(importing)
        importer: subprocess.Popen[str] | None = None
        if importing is not None and "scroll" in only and args.beside:
            importer = start_import(importing, cards)
            log("vCard import, in its own process on the other core, beside:")
        if work is not None and "scroll" in only:
            log("scrolling the whole list in the window, then saving a contact far down…")
            figures.update(measure_scroll(work, args.scroll_limit))
        if importer is not None:
            log("waiting for the vCard import…")
            figures["vcard_import"] = finish_import(importer)
            figures["vcard_import"]["beside"] = "the window scrolling"
            figures["scroll"]["beside"] = "the vCard import"
        elif importing is not None:
            log("vCard import…")
            figures["vcard_import"] = measure_import(importing, cards)
        if work is not None and "rename" in only:
            log("renaming an office…")
            figures["rename"] = measure_rename(work, args.contacts)
        if "export" in only:
            log("vCard export…")
            figures["vcard_export"] = measure_export(big, folder)
        if "cli" in only:
            log("crm-app contact list --json…")
            figures["cli_list"] = measure_cli(big, args.contacts, args.cli_runs)
        for store in copies:
            shutil.rmtree(store.folder, ignore_errors=True)
        document: dict[str, Any] = {
            "contacts": args.contacts,
            "baseline_contacts": BASELINE_CONTACTS,
            "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()},"
            f" {platform.system()} {platform.machine()}",
            "database": {
                **generated,
                "megabytes": round(big.file.stat().st_size / 1e6, 1),
            },
            "figures": figures,
        }
        document["targets"] = verdicts(figures)
        document["seconds"] = round(time.perf_counter() - started, 1)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    del app
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print_table(document)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
