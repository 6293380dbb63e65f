"""How long renaming an office takes when it holds N contacts.

Run from the project folder:

    .venv/bin/python benchmarks/bench_rename.py
    .venv/bin/python benchmarks/bench_rename.py --contacts 100000 --baseline 1000 --runs 5
    .venv/bin/python benchmarks/bench_rename.py --postgres postgresql://USER:PW@HOST/DB

It fills a database with one office holding N contacts (inserted with SQLAlchemy Core, as
tests/ui/bulk.py does), then times OfficeService.edit renaming it in English, French and
Spanish, --runs times (back and forth between two sets of names), and checks that a search
finds its contacts by the new name and no longer by the old one. It prints the median and
the worst rename, and the same figures for an office holding --baseline contacts, measured
in the same run, with the ratio. The 100,000-contact target is 1 s.

SQLite uses a temporary file. With --postgres, the database given is emptied (its public
schema is dropped and created again) before each fill: give one you can spare.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeChanges, OfficeDraft
from crm_app.store.database import open_database
from tests.ui.bulk import insert_contacts

NAMES = (
    {"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
    {"en": "IOM Shanghai", "fr": "OIM Changhaï", "es": "OIM Shanghái"},
)
FOUND_BY = ("pekin", "changhai")


def measure(postgres: str | None, contacts: int, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        if postgres:
            with psycopg.connect(postgres, autocommit=True) as connection:
                connection.execute("DROP SCHEMA public CASCADE")
                connection.execute("CREATE SCHEMA public")
            url = postgres
        else:
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        database = open_database(url)
        try:
            services = Services.build(database, clock=Clock())
            office = services.offices.add(OfficeDraft(names=NAMES[0], country="CN"))
            other = services.offices.add(OfficeDraft(names={"en": "IOM Geneva"}, country="CH"))
            insert_contacts(database, contacts, [office], services.clock.now())
            insert_contacts(database, 100, [other], services.clock.now())
            with database.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
            samples: list[float] = []
            for run in range(runs):
                new, old = (run + 1) % 2, run % 2
                started = time.perf_counter()
                services.offices.edit(office.id, OfficeChanges(names=NAMES[new]))
                samples.append(time.perf_counter() - started)
                found = services.contacts.count(ContactQuery(text=FOUND_BY[new]))
                assert found == contacts, (FOUND_BY[new], found)
                assert services.contacts.count(ContactQuery(text=FOUND_BY[old])) == 0
            return samples
        finally:
            database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", metavar="URL", help="measure on this PostgreSQL database")
    args = parser.parse_args(argv[1:])
    base = measure(args.postgres, args.baseline, args.runs)
    big = measure(args.postgres, args.contacts, args.runs)
    backend = "PostgreSQL" if args.postgres else "SQLite"
    print(f"{backend}: renaming an office (en, fr, es); {args.runs} runs")
    print(f"  {'contacts in the office':24}{'median ms':>11}{'worst ms':>10}")
    for size, samples in ((args.baseline, base), (args.contacts, big)):
        print(
            f"  {size:<24,}{statistics.median(samples) * 1000:>11.1f}{max(samples) * 1000:>10.1f}"
        )
    ratio = statistics.median(big) / statistics.median(base)
    print(f"  ratio {args.contacts:,} / {args.baseline:,}: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
