"""PySide6.QtGui for Press Contacts' bundle: PyInstaller's own hook, less the Qt plugins and
libraries the program never loads (build.py's wanted_binary decides), left out here, before
PyInstaller collects what they link to."""

import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_spec = importlib.util.spec_from_file_location(
    "press_contacts_build", Path(__file__).resolve().parents[1] / "build.py"
)
assert _spec is not None and _spec.loader is not None
_recipe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_recipe)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = _recipe.keep_hook_binaries(binaries)
