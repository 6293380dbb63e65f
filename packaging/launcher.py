"""The bundle's entry point: the `crm-app` command itself (crm_app.app.cli.main).

PyInstaller freezes this script into `press-contacts` (and, on Windows, `crm-app.exe`).
With no command it opens the window; every command of `crm-app` works the same.
"""

import os
import sys

# A windowed Windows executable starts with no standard streams (None). Anything that
# writes to them (a command given to it, a library's warning) must not fail for that.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

if __name__ == "__main__" and sys.argv[1:] == ["--import-reader"]:
    # A big import's second process (crm_app/services/read_ahead.py): it needs only the
    # reader, not the command line.
    from crm_app.services.read_ahead import serve

    raise SystemExit(serve())

from crm_app.app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
