from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_app.app.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Runs `crm-app` in-process on a fresh data folder, as a user would type it."""
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    data_dir = tmp_path / "data"

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def beijing(run: Run) -> Run:
    result = run(
        "office",
        "add",
        "--name",
        "IOM Beijing",
        "--name-fr",
        "OIM Pékin",
        "--name-es",
        "OIM Pekín",
        "--country",
        "CN",
        "--city",
        "Beijing",
        "--phone",
        "+86 10 5979 9600",
    )
    assert result.code == 0, result.err
    return run
