"""The desktop entry and the AppStream metainfo pass the freedesktop.org validators.

desktop-file-validate (Debian: desktop-file-utils) and `appstreamcli validate` (appstream)
are what menus and software centres hold these files to. `.ci/run` installs both; in CI a
missing tool fails the test, elsewhere it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.packaging.recipe import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.presscontacts.PressContacts"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs the Debian package {package}")
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def test_desktop_entry_is_valid() -> None:
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validator, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    # It prints errors, warnings and hints, and fails on errors only: none of any kind.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_is_valid() -> None:
    validator = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings and errors fail the check; infos and pedantic notes do not.
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout
