"""PySide6 builds that drop references to True or None abort the interpreter after long use.

PySide6 6.12.0 on Python 3.11 loses a reference to True on every `Signal(bool).emit(True)`
and one to None on every call of a void Qt method; after a few thousand keystrokes Python
aborts with "bool_dealloc" or "none_dealloc". pyproject.toml keeps such builds out; this
test fails if one comes back. It runs in a child process, so an abort fails the test instead
of taking pytest down with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

REPEATS = 50_000

CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit

    class Emitter(QObject):
        toggled = Signal(bool)

    app = QApplication([])
    emitter = Emitter()
    received = []
    emitter.toggled.connect(lambda value: received.append(value) if not received else None)
    field = QLineEdit()
    repeats = int(sys.argv[1])

    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(repeats):
        emitter.toggled.emit(True)
    true_after = sys.getrefcount(True)
    none_mid = sys.getrefcount(None)
    for _ in range(repeats):
        field.setEnabled(True)  # a void method: returns None
        field.clear()
    none_after = sys.getrefcount(None)
    print(json.dumps({
        "true_drift": true_after - true_before - len(received),
        "none_drift": none_after - none_mid,
        "received": len(received),
    }))
    """
)


def test_signals_and_void_calls_keep_true_and_none_alive() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(REPEATS)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, f"the Qt process aborted:\n{child.stderr[-2000:]}"
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["received"] == 1
    assert abs(result["true_drift"]) <= 2, result
    assert abs(result["none_drift"]) <= 2, result
