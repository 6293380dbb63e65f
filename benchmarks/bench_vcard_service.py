"""End-to-end vCard speed through the services, on a real SQLite database.

Run from the project root:

    .venv/bin/python benchmarks/bench_vcard_service.py [--count 100000]

It writes `--count` realistic contacts to a .vcf file (the same generator as
bench_vcard.py), then times, once each (every step is a whole pass over the data):

- importing that file into an empty database (one transaction, matching every card by
  UID, e-mail, phone, then a close name at its office, in the shared import engine): the
  real import rate, in cards per second;
- exporting every contact back out of the database (vCard 3.0), in cards per second;
- importing the export again, which must create nothing (the merge rate);

and, as the baseline measured in the same run, the domain reader alone over the same
file (no database), with the ratio of each rate to it. Peak memory of the process is
printed too (resource.getrusage), to show streaming keeps it flat.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vcard import realistic_contacts

from crm_app.domain.vcard import read_cards, write_cards
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft
from crm_app.store.database import open_database


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "source.vcf"
        with source.open("wb") as out:
            write_cards(realistic_contacts(args.count), out)
        size_mb = source.stat().st_size / 1e6
        print(f"contacts: {args.count}; file {size_mb:.1f} MB; peak RSS so far {peak_mb():.0f} MB")

        start = time.perf_counter()
        with source.open("rb") as stream:
            parsed = sum(1 for _ in read_cards(stream))
        reader_rate = parsed / (time.perf_counter() - start)
        print(f"baseline, domain reader only:     {reader_rate:9.0f} cards/s")

        database = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
        services = Services.build(database, clock=Clock())
        for name, country, switchboard in (
            ("IOM Beijing", "CN", "+86 10 5979 9600"),
            ("IOM Geneva", "CH", "+41 22 717 9111"),
            ("IOM Nairobi", "KE", "+254 20 422 1000"),
            ("IOM Washington", "US", "+1 202 862 1826"),
            ("IOM Paris", "FR", "+33 1 44 05 36 20"),
        ):
            services.offices.add(
                OfficeDraft(names={"en": name}, country=country, switchboard=switchboard)
            )

        start = time.perf_counter()
        report = services.vcards.import_file(source)
        seconds = time.perf_counter() - start
        rate = len(report.created) / seconds
        print(
            f"import into empty database:       {rate:9.0f} cards/s"
            f"  ({rate / reader_rate:.2f}x reader;"
            f" {len(report.created)} created, {len(report.skipped)} skipped, {seconds:.0f} s;"
            f" peak RSS {peak_mb():.0f} MB)"
        )

        exported = folder / "export.vcf"
        start = time.perf_counter()
        written = services.vcards.export_to_file(exported) or 0
        seconds = time.perf_counter() - start
        rate = written / seconds
        print(
            f"export from database:             {rate:9.0f} cards/s"
            f"  ({rate / reader_rate:.2f}x reader;"
            f" {written} cards, {seconds:.0f} s; peak RSS {peak_mb():.0f} MB)"
        )

        start = time.perf_counter()
        again = services.vcards.import_file(exported)
        seconds = time.perf_counter() - start
        total = len(again.unchanged) + len(again.updated) + len(again.created)
        rate = total / seconds
        print(
            f"re-import of the export:          {rate:9.0f} cards/s"
            f"  ({rate / reader_rate:.2f}x reader;"
            f" created {len(again.created)}, updated {len(again.updated)},"
            f" unchanged {len(again.unchanged)}; peak RSS {peak_mb():.0f} MB)"
        )
        database.close()


if __name__ == "__main__":
    main()
