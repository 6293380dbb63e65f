"""Press Contacts. ``crm_app.__version__`` is the installed distribution's version, the one
pyproject.toml gives: looked up when first asked for (a module ``__getattr__``), so that
importing the package costs nothing and the number is written in one place only."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

DISTRIBUTION = "crm-app"
# What __version__ says when no metadata is installed (a source tree run without `pip install`).
UNKNOWN_VERSION = "unknown"

if TYPE_CHECKING:
    __version__: str
else:

    def __getattr__(name: str) -> str:
        if name != "__version__":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version(DISTRIBUTION)
        except PackageNotFoundError:
            found = UNKNOWN_VERSION
        globals()["__version__"] = found  # looked up once
        return found


# The program's own handlers (a log file) are set up by the entry point; until then, records
# go nowhere rather than to Python's last-resort handler, which prints them on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
