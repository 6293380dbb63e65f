"""One version number: pyproject.toml's, as the installed program and the metainfo say it."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import crm_app

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _console_script() -> Path:
    name = "crm-app.exe" if sys.platform == "win32" else "crm-app"
    return Path(sysconfig.get_path("scripts")) / name


def test_crm_app_version_prints_the_version_pyproject_gives() -> None:
    # Fails when pyproject.toml was bumped without reinstalling, or a number was hard-coded.
    done = subprocess.run(
        [str(_console_script()), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"crm-app {_pyproject_version()}\n"
    assert done.stderr == ""


def test_the_package_version_is_the_installed_one() -> None:
    assert crm_app.__version__ == _pyproject_version()


def test_the_newest_metainfo_release_is_this_version() -> None:
    (metainfo,) = (ROOT / "packaging" / "linux").glob("*.metainfo.xml")
    releases = ET.parse(metainfo).getroot().findall("./releases/release")
    assert releases, f"{metainfo.name} lists no release"
    newest = max(releases, key=lambda release: date.fromisoformat(release.get("date", "")))
    assert newest.get("version") == _pyproject_version()
    # AppStream lists releases newest first; software centres show the first one.
    assert releases[0] is newest
