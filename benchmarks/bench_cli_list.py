"""How long `crm-app contact list --json` takes on a database of N contacts.

Run: .venv/bin/python benchmarks/bench_cli_list.py [--contacts 1000] [--repeats 5]

Prints the median wall time of the real command (a new process each time, as a script
calls it) and, as a baseline measured in the same run, the median of `crm-app --version`
(interpreter start-up and imports), with the ratio between the two.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput
from crm_app.store.database import open_database


def fill(url: str, count: int) -> None:
    database = open_database(url)
    services = Services.build(database, clock=Clock())
    services.offices.add(
        OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
    )
    for index in range(count):
        services.contacts.add(
            ContactDraft(
                given=f"Given{index}",
                family=f"Family{index}",
                office="IOM Beijing",
                phones=(PhoneInput(f"+86 10 5979 {index % 10000:04d} ext. {index}"),),
                emails=(EmailInput(f"person{index}@iom.int"),),
            ),
            force=True,
        )
    database.close()


def timed(command: list[str], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        fill_start = time.perf_counter()
        fill(url, args.contacts)
        fill_seconds = time.perf_counter() - fill_start
        base = [sys.executable, "-m", "crm_app", "--db", url]
        baseline = timed([sys.executable, "-m", "crm_app", "--version"], args.repeats)
        listing = timed([*base, "contact", "list", "--json"], args.repeats)
        search = timed([*base, "contact", "list", "--search", "Family12", "--json"], args.repeats)
    print(f"contacts: {args.contacts} (added through the services in {fill_seconds:.1f} s)")
    print(f"crm-app --version (baseline):       median {baseline * 1000:7.1f} ms")
    print(
        f"crm-app contact list --json:        median {listing * 1000:7.1f} ms"
        f"  ({listing / baseline:.2f}x baseline)"
    )
    print(
        f"crm-app contact list --search ...:  median {search * 1000:7.1f} ms"
        f"  ({search / baseline:.2f}x baseline)"
    )


if __name__ == "__main__":
    main()
