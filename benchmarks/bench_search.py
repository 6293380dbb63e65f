"""How long a search keystroke takes at the store: the count and the first page of the list.

Run from the project folder:

    .venv/bin/python benchmarks/bench_search.py
    .venv/bin/python benchmarks/bench_search.py --contacts 100000 --baseline 1000 --runs 15
    .venv/bin/python benchmarks/bench_search.py --postgres postgresql://USER:PW@HOST/DB

It fills a database with --offices offices (names in English, French and Spanish) and N
contacts spread over them (inserted with SQLAlchemy Core, as tests/ui/bulk.py does), then
times, for every term of TERMS, what the contact list runs for a keystroke: the count of
matches and the first page (200 rows, sorted by name as the list shows, loaded as records).
A search counts up to SEARCH_COUNT_CAP (the list says "1,000+" past it), as the list does;
the whole list (no search text) is counted exactly. It prints the median and the 95th
percentile of each term, of the count and of the page apart, and the same figures on a
small database (the baseline, measured in the same run) with the ratio. The target at
100,000 contacts is 15 ms at the 95th percentile per keystroke.

SQLite uses a temporary file, or with --keep FOLDER a file kept there and reused by the next
run (filled once per size; an older schema is upgraded on opening). With --postgres, the
database given is emptied (its public schema is dropped and created again) before each
fill: give one you can spare.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft
from crm_app.store.database import Database, open_database
from crm_app.ui.models.contact_table_model import SEARCH_COUNT_CAP
from tests.ui.bulk import insert_contacts

PAGE = 200  # the list's first page (ui/models/contact_table_model.py PAGE_SIZE)

# What people type: one letter, two, a name, a term everyone matches (every generated
# address is at example.org, every number starts +41 22), phone digits, office names in
# three languages (every office is an "OIM ..." in French), several terms, nothing found.
TERMS = (
    "",
    "n",
    "k",
    "7",
    "na",
    "be",
    "nad",
    "nadia",
    "best1",
    "exam",
    "example.org",
    "4122",
    "7000",
    "70001",
    "22 700",
    "pekin",
    "beijing",
    "oim",
    "mision 04",
    "nadia pekin",
    "best oim",
    "zzz",
)


def add_offices(services: Services, count: int) -> None:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            city="Beijing",
        )
    )
    for number in range(1, count):
        services.offices.add(
            OfficeDraft(
                names={
                    "en": f"IOM Mission {number:03d}",
                    "fr": f"OIM Mission {number:03d}",
                    "es": f"OIM Misión {number:03d}",
                },
                country="CH",
            )
        )


@contextmanager
def filled(
    postgres: str | None, contacts: int, offices: int, keep: Path | None = None
) -> Iterator[Services]:
    with tempfile.TemporaryDirectory() as folder:
        kept = keep / f"search-{contacts}-{offices}.sqlite3" if keep and not postgres else None
        if kept is not None and kept.with_suffix(".filled").exists():
            database = open_database(f"sqlite:///{kept}")
            try:
                yield Services.build(database, clock=Clock())
            finally:
                database.close()
            return
        if postgres:
            with psycopg.connect(postgres, autocommit=True) as connection:
                connection.execute("DROP SCHEMA public CASCADE")
                connection.execute("CREATE SCHEMA public")
            url = postgres
        else:
            path = kept or Path(folder) / "bench.sqlite3"
            path.unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        database = open_database(url)
        try:
            services = Services.build(database, clock=Clock())
            started = time.perf_counter()
            add_offices(services, offices)
            insert_contacts(database, contacts, services.offices.all(), services.clock.now())
            settle_statistics(database)
            print(
                f"  filled {contacts:,} contacts in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
        finally:
            database.close()
        if kept is not None:
            kept.with_suffix(".filled").touch()
        database = open_database(url)
        try:
            yield Services.build(database, clock=Clock())
        finally:
            database.close()


def settle_statistics(database: Database) -> None:
    """What a database in use has: planner statistics (SQLite's on closing), and on
    PostgreSQL what autovacuum does a little after a bulk load (the trigram index's pending
    list merged, the visibility map set)."""
    if database.dialect == "postgresql":
        autocommit = database.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        with autocommit as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
        return
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index] * 1000


def measure(services: Services, runs: int) -> dict[str, dict[str, list[float]]]:
    """term -> {"count": [...], "page": [...], "keystroke": [...]} in seconds."""
    contacts = services.contacts
    figures: dict[str, dict[str, list[float]]] = {
        term: {"count": [], "page": [], "keystroke": [], "total": []} for term in TERMS
    }
    for term in TERMS:  # warm the caches once
        contacts.count(ContactQuery(text=term), SEARCH_COUNT_CAP if term else None)
        contacts.page(ContactQuery(text=term), 0, PAGE)
    for _ in range(runs):
        for term in TERMS:
            query = ContactQuery(text=term)
            started = time.perf_counter()
            total = contacts.count(query, SEARCH_COUNT_CAP if term else None)
            counted = time.perf_counter()
            page = contacts.page(query, 0, PAGE)
            finished = time.perf_counter()
            assert len(page) == min(total, PAGE), (term, total, len(page))
            figures[term]["count"].append(counted - started)
            figures[term]["page"].append(finished - counted)
            figures[term]["keystroke"].append(finished - started)
            figures[term]["total"].append(total)
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--offices", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--postgres", metavar="URL", help="measure on this PostgreSQL database")
    parser.add_argument("--keep", type=Path, metavar="FOLDER", help="keep the SQLite files here")
    args = parser.parse_args(argv[1:])

    results = []
    for size in (args.baseline, args.contacts):
        with filled(args.postgres, size, args.offices, args.keep) as services:
            results.append(measure(services, args.runs))
    base, big = results
    backend = "PostgreSQL" if args.postgres else "SQLite"
    print(
        f"{backend}: {args.baseline:,} (baseline) vs {args.contacts:,} contacts over"
        f" {args.offices} offices; {args.runs} runs; ms"
    )
    print(
        f"  {'term':14}{'matches':>9}{'count':>8}{'page':>8}"
        f"{'median':>8}{'p95':>8}{'base p95':>9}{'ratio':>7}"
    )
    every_big: list[float] = []
    every_base: list[float] = []
    for term in TERMS:
        b, s = big[term], base[term]
        every_big += b["keystroke"]
        every_base += s["keystroke"]
        p95 = percentile(b["keystroke"], 0.95)
        base_p95 = percentile(s["keystroke"], 0.95)
        print(
            f"  {term!r:14}{int(b['total'][0]):>9,}"
            f"{statistics.median(b['count']) * 1000:>8.1f}"
            f"{statistics.median(b['page']) * 1000:>8.1f}"
            f"{statistics.median(b['keystroke']) * 1000:>8.1f}{p95:>8.1f}"
            f"{base_p95:>9.1f}{p95 / base_p95 if base_p95 else float('nan'):>7.1f}"
        )
    print(
        f"  all keystrokes: median {statistics.median(every_big) * 1000:.1f} ms,"
        f" p95 {percentile(every_big, 0.95):.1f} ms, worst {max(every_big) * 1000:.1f} ms"
        f" (baseline median {statistics.median(every_base) * 1000:.1f} ms,"
        f" p95 {percentile(every_base, 0.95):.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
