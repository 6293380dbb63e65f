"""Start-up of the PyInstaller bundle next to the pip install, in the same run.

Run, after `python packaging/build.py` (which makes dist/press-contacts/):

    .venv/bin/python benchmarks/bench_bundle_start.py [--runs 9] [--warm]
        [--bundle dist/press-contacts/press-contacts] [--pip .venv/bin/crm-app]

Three measures, each a fresh process, the bundle and the pip install alternating (which goes
first alternates too), on a small data folder (the sample data, 5 contacts):

- version: `--version`, from start to exit: the interpreter and the command line.
- list: `contact list --json`, from start to exit: the database opened and read.
- window: the window under QT_QPA_PLATFORM=offscreen, from start to its first paint. Seen
  from outside the process: Qt's own paint log (QT_LOGGING_RULES="qt.widgets.painting.debug
  =true") writes "Flushing … of MainWindow" on stderr when the painted window is put on the
  screen; the time is taken when that line arrives, and the process is then ended.

"Cold": before each run the kernel's page cache is dropped (`sync; echo 3 >
/proc/sys/vm/drop_caches`, as root), so each start reads its files from disk. Where that is
refused (not root, a container), or with --warm, the figures are warm-cache starts of fresh
processes, and the output says so. Prints the median of each, the ratio bundle / pip and
whether the bundle starts at least as fast.
"""

from __future__ import annotations

import argparse
import os
import re
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PAINT = re.compile(rb"qt\.widgets\.painting: Flushing .* of MainWindow\(")
WINDOW_TIMEOUT_S = 120.0


def drop_caches() -> bool:
    """Empty the page cache; False when this process may not."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("3\n")
    except OSError:
        return False
    return True


def run_to_exit(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def run_to_first_paint(command: list[str]) -> float:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting.debug=true"
    )
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        assert process.stderr is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stderr, selectors.EVENT_READ)
        seen = b""
        painted: float | None = None
        try:
            while painted is None and time.perf_counter() - started < WINDOW_TIMEOUT_S:
                if not selector.select(timeout=1.0):
                    if process.poll() is not None:
                        break
                    continue
                chunk = os.read(process.stderr.fileno(), 65536)
                if not chunk:
                    break
                seen += chunk
                if FIRST_PAINT.search(seen):
                    painted = time.perf_counter() - started
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            selector.close()
    if painted is None:
        raise SystemExit(f"no first paint from {command[0]}:\n{seen.decode(errors='replace')}")
    return painted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache")
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / "press-contacts" / "press-contacts"
    )
    parser.add_argument("--pip", type=Path, default=ROOT / ".venv" / "bin" / "crm-app")
    args = parser.parse_args()
    for program in (args.bundle, args.pip):
        if not os.access(program, os.X_OK):
            raise SystemExit(f"{program} is missing: build the bundle, or install with pip")
    cold = not args.warm and drop_caches()

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        subprocess.run([str(args.pip), "--data-dir", str(data), "sample-data"], check=True)
        measures: dict[str, tuple[Callable[[list[str]], float], list[str]]] = {
            "version": (run_to_exit, ["--version"]),
            "list": (run_to_exit, ["--data-dir", str(data), "contact", "list", "--json"]),
            "window": (run_to_first_paint, ["--data-dir", str(data)]),
        }
        variants = {"bundle": args.bundle, "pip": args.pip}
        samples: dict[tuple[str, str], list[float]] = {}
        for measure, (timer, arguments) in measures.items():
            for run in range(args.runs):
                order = list(variants) if run % 2 == 0 else list(reversed(variants))
                for variant in order:
                    if cold:
                        drop_caches()
                    elapsed = timer([str(variants[variant]), *arguments])
                    samples.setdefault((measure, variant), []).append(elapsed)

    kind = "cold (page cache dropped before each run)" if cold else "warm-cache fresh processes"
    print(f"Start-up, median of {args.runs} runs each, {kind}:")
    print(f"{'measure':<8} {'bundle':>9} {'pip':>9} {'bundle/pip':>11}")
    for measure in measures:
        bundle = statistics.median(samples[(measure, "bundle")])
        pip = statistics.median(samples[(measure, "pip")])
        verdict = "at least as fast" if bundle <= pip else "slower"
        print(f"{measure:<8} {bundle:>8.3f}s {pip:>8.3f}s {bundle / pip:>10.2f}x  {verdict}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
