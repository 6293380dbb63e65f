"""A second `crm-app FILE` on the same data folder hands the file to the window already open
there, which imports it, instead of opening a second window."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_app.app.handover import FileHandover, hand_over, server_name
from crm_app.ui.main_window import MainWindow
from crm_app.ui.vcard_dialogs import ImportDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|activateWindow)"
)

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 10_000
# A safety net for a slow machine, not a measure.
LIMIT_S = 120
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n"

# A later start's side, in a process of its own (it blocks while the window answers).
CLIENT = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from crm_app.app.handover import hand_over
app = QCoreApplication([])
print(hand_over(sys.argv[1], [Path(name) for name in sys.argv[2:]]))
"""


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def test_the_name_belongs_to_the_data_folder_and_the_database(tmp_path: Path) -> None:
    name = server_name(tmp_path / "a", None)
    assert name == server_name(tmp_path / "a", None)
    assert name != server_name(tmp_path / "b", None)
    assert name != server_name(tmp_path / "a", "postgresql://h/press")


def test_with_no_window_listening_the_files_are_not_handed_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assert not hand_over(server_name(tmp_path, None), [tmp_path / "ada.vcf"])


def test_the_window_imports_what_a_later_start_hands_over(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    card = tmp_path / "ada.vcf"
    card.write_text(CARD, encoding="utf-8")
    name = server_name(tmp_path / "data", None)
    listener = FileHandover(name, window)
    assert listener.listen()
    try:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, name, str(card)],
            cwd=ROOT,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=LIMIT_S * 1000)
        out, err = client.communicate()
        assert (client.returncode, out, err) == (0, b"True\n", b"")
        qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=TIMEOUT_MS)
        dialog = window.findChild(ImportDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=TIMEOUT_MS)
        dialog.close()
    finally:
        listener.close()


def test_a_socket_left_by_a_crashed_window_is_taken_over(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    name = server_name(tmp_path / "crashed", None)
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtNetwork import QLocalServer\n"
            "app = QCoreApplication([])\n"
            "server = QLocalServer()\n"
            "assert server.listen(sys.argv[1])\n"
            "os._exit(0)  # gone without closing: the socket file stays\n",
            name,
        ],
        env=_environment(),
        capture_output=True,
        timeout=LIMIT_S,
        check=False,
    )
    assert crashed.returncode == 0, crashed.stderr
    listener = FileHandover(name, window)
    try:
        assert listener.listen()
    finally:
        listener.close()


def test_a_second_start_with_a_file_hands_it_to_the_open_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = tmp_path / "ada.vcf"
    card.write_text(CARD, encoding="utf-8")
    command = [sys.executable, "-m", "crm_app.app.cli", "--data-dir", str(data)]
    first = subprocess.Popen(
        command, cwd=ROOT, env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    log = data / "logs" / "press-contacts.log"
    try:
        deadline = time.monotonic() + LIMIT_S
        while not (log.is_file() and "waiting for files from other starts" in log.read_text()):
            assert first.poll() is None, first.communicate()[1].decode()
            assert time.monotonic() < deadline, "the first window did not come up"
            time.sleep(0.05)
        # Returns once handed over: a second window would wait here until the time limit.
        second = subprocess.run(
            [*command, str(card)],
            cwd=ROOT,
            env=_environment(),
            capture_output=True,
            timeout=LIMIT_S,
            check=False,
        )
        assert (second.returncode, second.stdout, second.stderr) == (0, b"", b"")
        while "1 file(s) to open" not in log.read_text():
            assert time.monotonic() < deadline, "the open window did not take the file"
            time.sleep(0.05)
        assert "1 file(s) handed over by another start" in log.read_text()
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=LIMIT_S)
        assert (first.returncode, err) == (0, b"")
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
