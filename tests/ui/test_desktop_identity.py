"""The window belongs to its desktop entry: the icon, the desktop file name (Wayland, and
X11 through _GTK_APPLICATION_ID) and the WM_CLASS that the entry's StartupWMClass names."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_app.app import gui

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
(DESKTOP_FILE,) = (ROOT / "packaging" / "linux").glob("*.desktop")


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_window_names_its_desktop_entry_and_carries_the_icon(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    opened = gui.open_window(qapp, None, str(tmp_path))
    assert opened is not None
    try:
        assert QGuiApplication.desktopFileName() == DESKTOP_FILE.stem
        # On X11 the application name is the class half of WM_CLASS.
        assert QCoreApplication.applicationName() == _entry()["StartupWMClass"]
        icon = opened.window.windowIcon()
        sizes = {size.width() for size in icon.availableSizes()}
        assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
        assert not icon.pixmap(QSize(48, 48)).isNull()
    finally:
        opened.window.close()
        opened.close()
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


# Run under xvfb-run: the real program on X11; its window's properties as xprop reads them.
X11_PROBE = r"""
import json, os, signal, subprocess, sys, time
from pathlib import Path

data = Path(sys.argv[1])
environment = dict(os.environ, QT_QPA_PLATFORM="xcb")
program = subprocess.Popen(
    [sys.executable, "-m", "crm_app.app.cli", "--data-dir", str(data)],
    env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
)
log = data / "logs" / "press-contacts.log"
deadline = time.monotonic() + 120
while not (log.is_file() and "window shown" in log.read_text(encoding="utf-8")):
    if program.poll() is not None or time.monotonic() > deadline:
        program.kill()
        print(json.dumps({"failed": program.communicate()[1].decode()}))
        sys.exit(0)
    time.sleep(0.05)
tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
window = next(line.split()[0] for line in tree.splitlines() if '"Press Contacts' in line)
properties = {}
for name in ("WM_CLASS", "_GTK_APPLICATION_ID", "_KDE_NET_WM_DESKTOP_FILE"):
    shown = subprocess.run(["xprop", "-id", window, name], capture_output=True, text=True)
    values = shown.stdout.partition("=")[2].split(",")
    properties[name] = [value.strip().strip('"') for value in values]
program.send_signal(signal.SIGTERM)
_out, err = program.communicate(timeout=120)
print(json.dumps({"properties": properties, "status": program.returncode, "stderr": err.decode()}))
"""


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xvfb-run", "xprop", "xwininfo")),
    reason="needs xvfb-run, xprop and xwininfo (apt install xvfb x11-utils)",
)
def test_on_x11_the_window_class_is_the_one_the_desktop_entry_names(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CRM_", "QT_QPA"))}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", X11_PROBE, str(tmp_path / "data")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if "failed" in found and "Could not load the Qt platform plugin" in found["failed"]:
        pytest.skip("Qt's xcb plugin lacks its X11 libraries here (see the README)")
    assert "failed" not in found, found.get("failed")
    properties = found["properties"]
    instance, window_class = properties["WM_CLASS"]
    assert window_class == _entry()["StartupWMClass"]
    assert instance  # the program's file name: crm-app, press-contacts, python…
    assert properties["_GTK_APPLICATION_ID"] == [DESKTOP_FILE.stem]
    assert properties["_KDE_NET_WM_DESKTOP_FILE"] == [DESKTOP_FILE.stem]
    assert (found["status"], found["stderr"]) == (0, "")
