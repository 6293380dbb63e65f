"""The layers of DESIGN.md: each package imports only from the layers below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crm_app"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "crm_app.store", "crm_app.services",
               "crm_app.ui", "crm_app.app"),
    "store": ("PySide6", "crm_app.services", "crm_app.ui", "crm_app.app"),
    "services": ("PySide6", "crm_app.ui", "crm_app.app"),
    "ui": ("sqlalchemy", "alembic", "crm_app.store", "crm_app.app"),
}  # fmt: skip


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    offences = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files
        for module in sorted(imported_modules(path))
        if any(module == banned or module.startswith(banned + ".") for banned in FORBIDDEN[layer])
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
