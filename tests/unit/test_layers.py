"""The layers of DESIGN.md: import-linter's contracts in pyproject.toml, run as CI runs them.

import-linter reads every form of import (``from crm_app import store``, relative imports,
imports inside functions); what it cannot see is a module named in a string and imported at
run time, so the layers that must stay clean of the store and Qt are searched for that too.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_app"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_import_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("ui/labels.py", "from crm_app import store", "The window never touches the store"),
        ("ui/labels.py", "from ..store import models", "The window never touches the store"),
        ("ui/labels.py", "import sqlalchemy.orm", "The window never touches the store"),
        ("domain/text.py", "from PySide6 import QtCore", "The domain has no Qt"),
        ("store/search.py", "import PySide6.QtCore", "Store and services run without Qt"),
        (
            "services/common.py",
            "def late():\n    from crm_app.ui import labels",
            "Each layer imports only",
        ),
    ],
)
def test_a_deliberate_violation_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    """The contracts are checked on a copy of the package with one forbidden import added."""
    shutil.copytree(PACKAGE, tmp_path / "crm_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "crm_app" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{contract}" in result.stdout
    assert "BROKEN" in result.stdout


DYNAMIC_IMPORTS = {"import_module", "__import__", "spec_from_file_location"}


def dynamic_imports(source: str) -> list[int]:
    """Lines that import a module named at run time, which import-linter cannot see."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            function = node.func
            name = (
                function.id
                if isinstance(function, ast.Name)
                else function.attr
                if isinstance(function, ast.Attribute)
                else ""
            )
            if name in DYNAMIC_IMPORTS:
                lines.append(node.lineno)
    return lines


def test_the_dynamic_import_check_finds_what_it_looks_for() -> None:
    source = (
        "import importlib\n"
        "from importlib import import_module\n"
        "importlib.import_module('crm_app.store.database')\n"
        "import_module('crm_app' + '.store')\n"
        "__import__('sqlalchemy')\n"
        "from importlib.resources import files\n"
        "files('crm_app.resources')\n"
    )
    assert dynamic_imports(source) == [3, 4, 5]


@pytest.mark.parametrize("layer", ["domain", "ui"])
def test_domain_and_ui_import_nothing_by_name_at_run_time(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    offences = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in files
        for line in dynamic_imports(path.read_text(encoding="utf-8"))
    ]
    assert offences == []


def test_the_window_gets_no_way_to_the_database_engine() -> None:
    """What the composition root hands the window names the database; it cannot open one."""
    from typing import get_origin, get_type_hints

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from crm_app.services.container import Services
    from crm_app.store.database import Database

    hints = get_type_hints(Services)
    assert hints["database_name"] is str
    reachable = {Database, Engine, Session, sessionmaker}
    assert [name for name, hint in hints.items() if (get_origin(hint) or hint) in reachable] == []
