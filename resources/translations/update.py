"""Refresh the interface translations: lupdate the .ts sources, lrelease the .qm files.

Run from the project root, with the virtualenv's PySide6 tools::

    .venv/bin/python resources/translations/update.py          # update .ts, compile .qm
    .venv/bin/python resources/translations/update.py --check  # also fail on untranslated

lupdate scans every ``.py`` file under ``crm_app/ui`` and ``crm_app/app`` for
``self.tr(...)`` and ``QCoreApplication.translate(...)`` calls, adds new strings to
``press_contacts_<lang>.ts`` as unfinished, keeps existing translations and drops strings
that no longer exist. Translate the unfinished ones (Qt Linguist: ``.venv/bin/pyside6-linguist``,
or edit the XML), then run this again to compile. Commit both the .ts and the .qm files:
the .qm files are what the installed program loads (package data of crm_app.resources).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = (ROOT / "crm_app" / "ui", ROOT / "crm_app" / "app")
CATALOGUE = "press_contacts"
LANGUAGES = {"fr": "fr_FR", "es": "es_ES"}


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def source_files() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for folder in SOURCES for p in folder.rglob("*.py"))
    if not files:
        raise SystemExit("no Python sources found under crm_app/ui and crm_app/app")
    return files


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of a one-line helper ``def _tr(text): return X.translate("Ctx", text)``."""
    if len(function.args.args) != 1 or len(function.body) != 1:
        return None
    body = function.body[0]
    if not (isinstance(body, ast.Return) and isinstance(body.value, ast.Call)):
        return None
    call = body.value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else None
    if name != "translate" or len(call.args) != 2:
        return None
    context, text = call.args
    parameter = function.args.args[0].arg
    if (
        isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == parameter
    ):
        return context.value
    return None


def helper_calls(files: list[str]) -> str:
    """Python source spelling out the strings passed to translate helpers, for lupdate.

    lupdate only sees literal ``translate("Ctx", "text")`` and ``tr("text")`` calls. Some
    modules wrap translate in a small helper (``_tr("text")``); their strings would be
    missed and stay English. They are listed here as literal calls with the helper's
    context, so the catalogue has them and the helper finds their translations at run time.
    """
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for name in files:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"), name)
        helpers = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)) is not None
        }
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                context = helpers[node.func.id]
                lines.append(f"QCoreApplication.translate({context!r}, {node.args[0].value!r})")
    return "\n".join(lines) + "\n"


MESSAGE_SOURCES = tuple(
    ROOT / "crm_app" / layer for layer in ("domain", "store", "services", "app")
)


def message_templates() -> str:
    """The msg("template", ...) calls below the window as literal translate calls.

    Those layers hold no Qt; the window translates their Messages in the "messages" context
    (crm_app/ui/messages.py), so every template is listed here for lupdate.
    """
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for folder in MESSAGE_SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "msg"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    lines.append(f"QCoreApplication.translate('messages', {node.args[0].value!r})")
    return "\n".join(lines) + "\n"


def unfinished(ts_file: Path) -> list[str]:
    """Source texts of messages without a finished, non-empty translation."""
    missing: list[str] = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            missing.append(source)
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a string is left untranslated"
    )
    args = parser.parse_args()
    files = source_files()
    status = 0
    scratch = Path(tempfile.mkdtemp(prefix="lupdate-"))
    extra = scratch / "translate_helpers.py"
    extra.write_text(helper_calls(files), encoding="utf-8")
    templates = scratch / "message_templates.py"
    templates.write_text(message_templates(), encoding="utf-8")
    files = [*files, str(extra), str(templates)]
    for language, locale in LANGUAGES.items():
        ts_file = HERE / f"{CATALOGUE}_{language}.ts"
        qm_file = HERE / f"{CATALOGUE}_{language}.qm"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en_GB",
                "-target-language",
                locale,
                "-ts",
                str(ts_file),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True
        )
        missing = unfinished(ts_file)
        if missing:
            print(f"{ts_file.name}: {len(missing)} string(s) still to translate")
            if args.check:
                for source in missing:
                    print(f"  {source!r}")
                status = 1
    shutil.rmtree(scratch, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
