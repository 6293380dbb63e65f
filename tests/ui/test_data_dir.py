"""--data-dir moves everything the window writes: nothing lands in the user's profile.

The window runs in a child process whose HOME and XDG folders are empty temporary ones:
Qt reads where the profile is only once per process, so only a fresh process shows what
it would really write there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QFileDialog
from crm_app.app.gui import open_window

app = QApplication(sys.argv[:1])
opened = open_window(app, None, sys.argv[1])
assert opened is not None
opened.preferences.release_language = "fr"
# Qt's own file dialog remembers recent places in Qt's settings when it goes away.
dialog = QFileDialog(opened.window, "Export", sys.argv[1])
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.show()
app.processEvents()
dialog.accept()
opened.window.close()
opened.close()
"""


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.skipif(sys.platform != "linux", reason="HOME and XDG folders locate the profile")
def test_with_data_dir_the_window_writes_only_there(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "portable"
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "CRM_")) and key != "HOME"
    }
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _files(home) == []
    written = _files(data)
    for expected in ("settings.ini", "logs/press-contacts.log", "press-contacts.sqlite3"):
        assert expected in written
    assert "qt/QtProject.conf" in written  # the file dialog's recent places
    settings = (data / "settings.ini").read_text(encoding="utf-8")
    assert "default_language=fr" in settings
    assert "geometry=" in settings  # the window saved its state on closing
