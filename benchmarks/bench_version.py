"""What reading the version number from the installed metadata costs at start-up.

Run: .venv/bin/python benchmarks/bench_version.py [--repeats 21]

`crm_app.__version__` comes from the installed distribution's metadata
(importlib.metadata.version("crm-app")), looked up when first asked for. Each repeat is a
fresh interpreter, as every start of `crm-app` is. Prints the medians, in milliseconds, of:
  lookup after SQLAlchemy   the first `crm_app.__version__` once SQLAlchemy is imported,
                            as in every command and the window (SQLAlchemy itself imports
                            importlib.metadata, so this is the whole extra cost)
  lookup on its own         the same in a bare interpreter, importlib.metadata's import
                            included (a cost the program pays anyway, through SQLAlchemy)
  import crm_app            importing the package, which no longer reads any metadata
  `crm-app --version`       the whole command, wall clock, for scale
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

AFTER_SQLALCHEMY = """
import time, sqlalchemy, crm_app
start = time.perf_counter()
crm_app.__version__
print((time.perf_counter() - start) * 1000)
"""

ON_ITS_OWN = """
import time, crm_app
start = time.perf_counter()
crm_app.__version__
print((time.perf_counter() - start) * 1000)
"""

IMPORT_ONLY = """
import time
start = time.perf_counter()
import crm_app
print((time.perf_counter() - start) * 1000)
"""


def _child(code: str) -> float:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def _command() -> float:
    script = Path(sysconfig.get_path("scripts")) / "crm-app"
    start = time.perf_counter()
    subprocess.run([str(script), "--version"], capture_output=True, check=True)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    measures = {
        "lookup after SQLAlchemy": lambda: _child(AFTER_SQLALCHEMY),
        "lookup on its own": lambda: _child(ON_ITS_OWN),
        "import crm_app": lambda: _child(IMPORT_ONLY),
        "`crm-app --version`": _command,
    }
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(args.repeats):  # interleaved, so a busy moment hits each alike
        for name, measure in measures.items():
            samples[name].append(measure())
    for name, values in samples.items():
        print(f"{name:28} median {statistics.median(values):8.2f} ms  (n={len(values)})")


if __name__ == "__main__":
    main()
