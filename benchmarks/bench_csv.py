"""Spreadsheet import and export speed against vCard, on real SQLite databases.

Run from the project root:

    .venv/bin/python benchmarks/bench_csv.py [--count 100000] [--rounds 3]

It writes `--count` realistic contacts (bench_vcard.py's generator) three ways: our CSV
layout, the same as .xlsx, and vCard 3.0. Each round then imports each file into an empty
database with the same five offices, in a rotating order (so no format always runs first
on a cold cache), through the services: one transaction, every row matched by UID,
e-mail, phone and a close name, as a person's import is. It prints the median rate of each
format, its ratio to vCard import measured in the same run (the target: CSV and .xlsx at
least as fast, ratio >= 1.0), and the export rate of each format from the last database.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vcard import realistic_contacts

from crm_app.domain.sheet_export import ExportLayout, SheetKind, write_csv, write_xlsx
from crm_app.domain.vcard import write_cards
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft
from crm_app.store.database import open_database

OFFICES = (
    ("IOM Beijing", "CN", "+86 10 5979 9600"),
    ("IOM Geneva", "CH", "+41 22 717 9111"),
    ("IOM Nairobi", "KE", "+254 20 422 1000"),
    ("IOM Washington", "US", "+1 202 862 1826"),
    ("IOM Paris", "FR", "+33 1 44 05 36 20"),
)


def fresh(folder: Path, name: str) -> tuple[Services, Callable[[], None]]:
    path = folder / f"{name}.sqlite3"
    path.unlink(missing_ok=True)
    database = open_database(f"sqlite:///{path}")
    services = Services.build(database, clock=Clock())
    for office, country, switchboard in OFFICES:
        services.offices.add(
            OfficeDraft(names={"en": office}, country=country, switchboard=switchboard)
        )
    return services, database.close


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    contacts = realistic_contacts(args.count)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        files = {
            "csv": folder / "contacts.csv",
            "xlsx": folder / "contacts.xlsx",
            "vcard": folder / "contacts.vcf",
        }
        with files["csv"].open("wb") as out:
            write_csv(contacts, out, layout=ExportLayout.OURS)
        with files["xlsx"].open("wb") as out:
            write_xlsx(contacts, out, layout=ExportLayout.OURS)
        with files["vcard"].open("wb") as out:
            write_cards(contacts, out)
        for name, path in files.items():
            print(f"{name:6} file: {path.stat().st_size / 1e6:6.1f} MB")
        rates: dict[str, list[float]] = {name: [] for name in files}
        order = list(files)
        services: Services | None = None
        close: Callable[[], None] = lambda: None  # noqa: E731
        for round_number in range(args.rounds):
            for name in order:
                close()
                services, close = fresh(folder, name)
                start = time.perf_counter()
                if name == "vcard":
                    report = services.vcards.import_file(files[name])
                else:
                    report = services.spreadsheets.import_file(files[name])
                seconds = time.perf_counter() - start
                assert not report.skipped, report.skipped[:3]
                rates[name].append(len(report.created) / seconds)
                print(
                    f"round {round_number + 1}: {name:6} import {len(report.created)} contacts"
                    f" in {seconds:6.1f} s = {rates[name][-1]:7.0f} rows/s",
                    flush=True,
                )
            order = order[1:] + order[:1]
        baseline = statistics.median(rates["vcard"])
        print("\nimport into an empty database (median):")
        for name, measured in rates.items():
            median = statistics.median(measured)
            print(f"  {name:6} {median:8.0f} rows/s   {median / baseline:4.2f}x vCard")
        assert services is not None
        print("\nexport of every contact from the last database:")
        for kind in SheetKind:
            target = folder / f"export.{kind.value}"
            start = time.perf_counter()
            written = services.spreadsheets.export_to_file(target, kind=kind) or 0
            print(f"  {kind.value:6} {written / (time.perf_counter() - start):8.0f} rows/s")
        start = time.perf_counter()
        written = services.vcards.export_to_file(folder / "export.vcf") or 0
        print(f"  {'vcard':6} {written / (time.perf_counter() - start):8.0f} rows/s")
        close()


if __name__ == "__main__":
    main()
