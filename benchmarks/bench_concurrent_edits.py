"""Eight `crm-app contact edit` processes on one SQLite file, each editing its own contact.

Run from the project folder:

    .venv/bin/python benchmarks/bench_concurrent_edits.py
    .venv/bin/python benchmarks/bench_concurrent_edits.py --writers 8 --rounds 50 --field notes
    .venv/bin/python benchmarks/bench_concurrent_edits.py --readers 2

Each writer is the command line itself (`crm_app.app.cli.main`), loaded once; all of them
start each round together on a barrier file and edit a different contact, so only the
database's write lock is shared. `--field notes` changes a field no duplicate check looks at
(the plain edit), `--field family` one that takes the identity lock first. `--readers`
adds processes running `contact list` in a loop meanwhile.

It prints the edits that failed with "database is busy" (the target is none), any other
failure, the edits per second, the median and worst edit, and checks that every contact
holds its writer's last edit. The database is a temporary file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput
from crm_app.store.database import open_database

# Loads the program, says it is ready, then for each round waits for the round's barrier
# and runs one command; writes per round: exit status, seconds taken, the error text.
WRITER = """
import json, sys, time, io
from pathlib import Path
from crm_app.app.cli import main
import crm_app.services.container, crm_app.store.database

folder, name, rounds = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
(folder / f"ready-{name}").touch()
results = []
for number, argv in enumerate(rounds):
    while not (folder / f"go-{number}").exists():
        time.sleep(0.001)
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    code = main(argv)
    took = time.perf_counter() - started
    err = sys.stderr.getvalue()
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    results.append([code, took, err])
    (folder / f"{name}-{number}.done").touch()
(folder / f"{name}.json").write_text(json.dumps(results))
"""

READER = """
import io, sys
from pathlib import Path
from crm_app.app.cli import main

folder, argv = Path(sys.argv[1]), sys.argv[2:]
failures = runs = 0
while not (folder / "stop").exists():
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    failures += main(argv) != 0
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    runs += 1
print(runs, failures)
"""


def _prepare(url: str, writers: int) -> list[int]:
    database = open_database(url)
    try:
        services = Services.build(database, clock=Clock())
        return [
            services.contacts.add(
                ContactDraft(
                    given=f"Writer{i}",
                    family=f"Family{i}",
                    emails=(EmailInput(f"writer{i}@example.org"),),
                )
            ).id
            for i in range(writers)
        ]
    finally:
        database.close()


def _edit(
    field: str, data_dir: Path, url: str, contact_id: int, writer: int, number: int
) -> list[str]:
    value = f"Edit{writer}x{number}" if field == "family" else f"writer {writer} round {number}"
    return [
        "--data-dir",
        str(data_dir),
        "--db",
        url,
        "contact",
        "edit",
        str(contact_id),
        f"--{field}",
        value,
    ]


def run(writers: int, rounds: int, field: str, readers: int) -> int:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        url = f"sqlite:///{folder / 'shared.sqlite3'}"
        data_dir = folder / "data"
        ids = _prepare(url, writers)
        open_database(url).close()  # as on any later morning: migrated, backed up
        race = folder / "race"
        race.mkdir()
        children = []
        for i, contact_id in enumerate(ids):
            argvs = [_edit(field, data_dir, url, contact_id, i, n) for n in range(rounds)]
            children.append(
                subprocess.Popen(
                    [sys.executable, "-c", WRITER, str(race), f"w{i}", json.dumps(argvs)],
                    stderr=subprocess.DEVNULL,
                )
            )
        reading = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    READER,
                    str(race),
                    "--data-dir",
                    str(data_dir),
                    "--db",
                    url,
                    "contact",
                    "list",
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(readers)
        ]
        while not all((race / f"ready-w{i}").exists() for i in range(writers)):
            if any(child.poll() is not None for child in children):
                print("a writer failed to start", file=sys.stderr)
                return 2
            time.sleep(0.02)
        started = time.perf_counter()
        for number in range(rounds):
            (race / f"go-{number}").touch()
            while not all((race / f"w{i}-{number}.done").exists() for i in range(writers)):
                time.sleep(0.002)
        wall = time.perf_counter() - started
        (race / "stop").touch()
        for child in children:
            child.wait()
        read_runs = read_failures = 0
        for reader in reading:
            out, _ = reader.communicate()
            done, failed = (int(word) for word in out.split())
            read_runs += done
            read_failures += failed
        results = [json.loads((race / f"w{i}.json").read_text()) for i in range(writers)]
        edits = [entry for result in results for entry in result]
        busy = [e for e in edits if e[0] != 0 and "busy" in e[2]]
        other = [e for e in edits if e[0] != 0 and "busy" not in e[2]]
        times = sorted(e[1] for e in edits)
        lost = _lost_edits(url, ids, results, field, rounds)
    print(f"writers {writers}, rounds {rounds}, field --{field}, readers {readers}")
    print(f"edits: {len(edits)}, busy failures: {len(busy)} ({100 * len(busy) / len(edits):.2f}%)")
    print(f"other failures: {len(other)}" + (f" (first: {other[0][2].strip()})" if other else ""))
    print(
        f"edits/s: {len(edits) / wall:.1f}; per edit median"
        f" {statistics.median(times) * 1000:.0f} ms, worst {times[-1] * 1000:.0f} ms"
    )
    if readers:
        print(f"reader runs of contact list: {read_runs}, failed: {read_failures}")
    print(f"contacts without their writer's last successful edit: {lost}")
    return 0 if not busy and not other and not lost else 1


def _lost_edits(
    url: str, ids: list[int], results: list[list[list[object]]], field: str, rounds: int
) -> int:
    database = open_database(url)
    try:
        services = Services.build(database, clock=Clock())
        lost = 0
        for writer, (contact_id, result) in enumerate(zip(ids, results, strict=True)):
            succeeded = [n for n in range(rounds) if result[n][0] == 0]
            if not succeeded:
                continue
            contact = services.contacts.get(contact_id)
            value = contact.family if field == "family" else contact.notes
            last = succeeded[-1]
            wanted = (
                f"Edit{writer}x{last}" if field == "family" else f"writer {writer} round {last}"
            )
            lost += value != wanted
        return lost
    finally:
        database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--field", choices=("notes", "family"), default="notes")
    parser.add_argument("--readers", type=int, default=0)
    args = parser.parse_args(argv)
    return run(args.writers, args.rounds, args.field, args.readers)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
