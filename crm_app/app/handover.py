"""One window per data folder for files: a second `crm-app FILE...` (a second double-click in
the file manager) hands its files to the window already open on the same data folder and
database, which imports them after what it is doing, instead of opening a second window.

The window listens on a local socket (QLocalServer: a Unix socket only its user may use,
or a named pipe on Windows) whose name is derived from the data folder and the database
given by --db or CRM_DB_URL. A start with files first tries to connect; when no window
answers, it opens its own.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CONNECT_MS = 1000
REPLY_MS = 5000
# A message is a few paths; anything longer is not one of ours.
MAX_MESSAGE = 1 << 20
_OK = b"ok\n"


def server_name(data_dir: Path, database: str | None) -> str:
    """The socket's name for a window on `data_dir` and `database` (--db or CRM_DB_URL;
    None for the data folder's own choice), for this user."""
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    key = "\0".join((user, str(data_dir), database or ""))
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    name = f"press-contacts-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and Path(runtime).is_dir():
        return str(Path(runtime) / name)  # the user's own folder (else Qt uses the temp one)
    return name


def hand_over(name: str, files: Sequence[Path]) -> bool:
    """Give `files` to the window listening on `name`; False when none is listening (then
    the caller opens its own window). Blocks for at most a few seconds."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"files": [str(path) for path in files]}).encode("utf-8") + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(REPLY_MS):
        socket.abort()
        return False
    # The window says it has them; if it is too busy to say so in time, it still reads
    # what was written once it is free, so the files are not opened a second time here.
    if socket.waitForReadyRead(REPLY_MS) and bytes(socket.readAll().data()) != _OK:
        log.warning("the open window answered the hand-over unexpectedly")
    socket.disconnectFromServer()
    return True


class FileHandover(QObject):
    """Listens for the files of later starts and hands them to `window.open_files`."""

    def __init__(self, name: str, window: MainWindow) -> None:
        super().__init__(window)
        self._name = name
        self._window = window
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._pending: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        if self._server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            log.warning("cannot wait for files from other starts: %s", self._server.errorString())
            return False
        probe = QLocalSocket()
        probe.connectToServer(self._name)
        if probe.waitForConnected(CONNECT_MS):
            probe.abort()  # another window on this folder already listens: it gets them
            log.info("another window listens for files on this data folder")
            return False
        QLocalServer.removeServer(self._name)  # left behind by a window that crashed
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._pending[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._drop(socket))

    def _drop(self, socket: QLocalSocket) -> None:
        self._pending.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        received = self._pending.get(socket, b"") + bytes(socket.readAll().data())
        if len(received) > MAX_MESSAGE:
            socket.abort()
            return
        self._pending[socket] = received
        if not received.endswith(b"\n"):
            return
        try:
            files = json.loads(received)["files"]
            if not isinstance(files, list):
                raise TypeError("not a list")
            paths = [Path(name) for name in files if isinstance(name, str)]
        except (ValueError, KeyError, TypeError):
            log.warning("a hand-over that is not a list of files was ignored")
            socket.abort()
            return
        log.info("%d file(s) handed over by another start", len(paths))
        socket.write(_OK)
        socket.disconnectFromServer()
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        window.open_files(paths)
