"""A press team on one database: 8 processes edit, search and import at once; nothing is lost.

Run from the project folder (the database given is emptied first: give one you can spare):

    .venv/bin/python benchmarks/load_team.py --db postgresql://USER:PW@127.0.0.1/DB
    .venv/bin/python benchmarks/load_team.py --db postgresql://... --workers 8 --seconds 60
    .venv/bin/python benchmarks/load_team.py --seconds 20          # a SQLite file, for comparison

It fills the database with --contacts contacts, then starts --workers processes, each with
its own connection and its own user name ("load-1", ...), for --seconds seconds. Each loops
over what a team does, at random:

- edits a contact everyone edits (a few "hot" contacts: conflicts are expected there);
- edits a contact of its own share (no one else touches it: no conflict is expected);
- types a search (the count, first page and first rows that a keystroke reads);
- imports a vCard file of a few new cards.

An edit reads the contact, then saves a new note (a token naming the worker and the edit)
checked against the version it read. A refused edit is a conflict detected. Every saved
edit is remembered with the version the service returned.

When the time is up, the history of every edited contact is read. A lost update is a saved
edit whose version is missing from the history, or whose version there holds another note.
Imports are checked too: every card an import reported created must be stored. It prints
operations per second by kind, median and 95th-percentile latency, conflicts detected, and
lost updates, which must be zero (the script exits 1 otherwise).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.domain.errors import CrmError, EditConflictError
from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, OfficeDraft
from crm_app.store.database import open_database
from tests.ui.bulk import insert_contacts

OPERATIONS = ("edit shared", "edit own", "search", "import")
WEIGHTS = (3, 3, 3, 1)
HOT_CONTACTS = 4
CARDS_PER_IMPORT = 5
SEARCHES = ("n", "na", "nadia", "best", "example.org", "4122", "7000", "oim", "zzz", "ko")


def fill(url: str, contacts: int) -> None:
    if url.startswith("postgresql"):
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DROP SCHEMA public CASCADE")
            connection.execute("CREATE SCHEMA public")
    database = open_database(url)
    try:
        services = Services.build(database, clock=Clock(), user="load-setup")
        offices = [
            services.offices.add(OfficeDraft(names={"en": f"IOM Mission {n:02d}"}, country="CH"))
            for n in range(10)
        ]
        insert_contacts(database, contacts, offices, services.clock.now())
    finally:
        database.close()
    if url.startswith("postgresql"):
        # The rows went in with their ids: the sequences must move past them.
        with psycopg.connect(url, autocommit=True) as connection:
            for table in ("contacts", "phones", "emails"):
                connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )


def cards(worker: int, round_: int) -> str:
    return "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:Load{worker};Card{round_}x{k};;;\r\nFN:Card{round_}x{k} Load{worker}\r\n"
        f"EMAIL;TYPE=WORK:load{worker}.{round_}.{k}@example.net\r\nEND:VCARD\r\n"
        for k in range(CARDS_PER_IMPORT)
    )


def work(
    url: str,
    worker: int,
    seconds: float,
    start_at: float,
    hot: list[int],
    own: list[int],
    folder: str,
    results: Any,
) -> None:
    database = open_database(url)
    services = Services.build(database, clock=Clock(), user=f"load-{worker}")
    rng = random.Random(worker)
    latencies: dict[str, list[float]] = defaultdict(list)
    conflicts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    saved: list[tuple[int, str, int]] = []  # contact, note, version
    created = 0
    card_file = Path(folder) / f"load-{worker}.vcf"
    while time.time() < start_at:
        time.sleep(0.005)
    deadline = start_at + seconds
    round_ = 0
    try:
        while time.time() < deadline:
            round_ += 1
            operation = rng.choices(OPERATIONS, WEIGHTS)[0]
            started = time.perf_counter()
            try:
                if operation in ("edit shared", "edit own"):
                    contact_id = rng.choice(hot if operation == "edit shared" else own)
                    read = services.contacts.get(contact_id)
                    note = f"load-{worker}-{round_}"
                    after = services.contacts.edit(
                        contact_id, ContactChanges(notes=note), expected_version=read.version
                    )
                    saved.append((contact_id, note, after.version))
                elif operation == "search":
                    services.contacts.list_start(
                        ContactQuery(text=rng.choice(SEARCHES)), 1000, 200, 50
                    )
                else:
                    card_file.write_text(cards(worker, round_), encoding="utf-8")
                    created += len(services.vcards.import_file(card_file).created)
            except EditConflictError:
                conflicts[operation] += 1
            except CrmError as exc:
                errors[f"{operation}: {type(exc).__name__}"] += 1
            latencies[operation].append(time.perf_counter() - started)
    finally:
        database.close()
    results.put(
        {
            "latencies": dict(latencies),
            "conflicts": dict(conflicts),
            "errors": dict(errors),
            "saved": saved,
            "created": created,
        }
    )


def lost_updates(url: str, saved: list[tuple[int, str, int]]) -> list[str]:
    """Saved edits that the history does not hold as saved."""
    database = open_database(url)
    try:
        services = Services.build(database, clock=Clock())
        by_contact: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for contact_id, note, version in saved:
            by_contact[contact_id].append((note, version))
        lost: list[str] = []
        for contact_id, edits in by_contact.items():
            notes = {
                v.version: v.values.get("notes") for v in services.contacts.history(contact_id)
            }
            for note, version in edits:
                if notes.get(version) != note:
                    lost.append(
                        f"contact {contact_id} v{version}: saved {note!r},"
                        f" the history has {notes.get(version)!r}"
                    )
            last_note, last_version = max(edits, key=lambda edit: edit[1])
            if last_version == max(notes) and services.contacts.get(contact_id).notes != last_note:
                lost.append(f"contact {contact_id}: stored note is not the last saved one")
        return lost
    finally:
        database.close()


def stored_imports(url: str) -> int:
    database = open_database(url)
    try:
        services = Services.build(database, clock=Clock())
        return services.contacts.count(ContactQuery(text="example.net"))
    finally:
        database.close()


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="", help="postgresql://... (emptied); default: SQLite")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--contacts", type=int, default=2_000)
    args = parser.parse_args(argv[1:])

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'team.sqlite3'}"
        engine = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
        print(f"filling {engine} with {args.contacts:,} contacts…", flush=True)
        fill(url, args.contacts)
        ids = list(range(1, args.contacts + 1))
        hot, rest = ids[:HOT_CONTACTS], ids[HOT_CONTACTS:]
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        start_at = time.time() + 3.0  # every process connected before the clock starts
        processes = [
            context.Process(
                target=work,
                args=(
                    url,
                    n,
                    args.seconds,
                    start_at,
                    hot,
                    rest[n - 1 :: args.workers],
                    folder,
                    results,
                ),
            )
            for n in range(1, args.workers + 1)
        ]
        for process in processes:
            process.start()
        reports = [results.get(timeout=args.seconds + 120) for _ in processes]
        for process in processes:
            process.join()
        failed = [p.exitcode for p in processes if p.exitcode]

        latencies: dict[str, list[float]] = defaultdict(list)
        conflicts: Counter[str] = Counter()
        errors: Counter[str] = Counter()
        saved: list[tuple[int, str, int]] = []
        for report in reports:
            for operation, samples in report["latencies"].items():
                latencies[operation] += samples
            conflicts.update(report["conflicts"])
            errors.update(report["errors"])
            saved += report["saved"]
        created = sum(report["created"] for report in reports)
        lost = lost_updates(url, saved)
        missing_cards = created - stored_imports(url)

    total = sum(len(samples) for samples in latencies.values())
    print(f"\n{args.workers} processes on {engine} for {args.seconds:.0f} s:")
    print(
        f"  {'operation':<12} {'count':>7} {'per s':>7} {'median ms':>10} {'p95 ms':>8}"
        f" {'conflicts':>10}"
    )
    for operation in OPERATIONS:
        samples = latencies.get(operation, [])
        if samples:
            print(
                f"  {operation:<12} {len(samples):>7,} {len(samples) / args.seconds:>7.1f}"
                f" {statistics.median(samples) * 1000:>10.1f}"
                f" {percentile(samples, 0.95) * 1000:>8.1f}"
                f" {conflicts.get(operation, 0):>10,}"
            )
    print(f"  all          {total:>7,} {total / args.seconds:>7.1f}")
    print(f"saved edits: {len(saved):,}; conflicts detected: {sum(conflicts.values()):,}")
    print(f"cards imported: {created:,}; not found afterwards: {missing_cards}")
    print(f"other errors: {dict(errors) or 'none'}")
    print(f"lost updates: {len(lost)}")
    for line in lost[:10]:
        print(f"  {line}")
    if failed:
        print(f"processes that failed: exit statuses {failed}")
    return 1 if lost or missing_cards or failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
