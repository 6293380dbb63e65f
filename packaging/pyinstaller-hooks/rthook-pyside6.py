"""Run-time hook for PySide6 in Press Contacts' bundle, in place of PyInstaller's own.

PyInstaller's pyi_rth_pyside6 imports PySide6.QtCore as the program starts, to register an
embedded qt.conf that points Qt at the bundle's folder: every command would then load Qt,
ICU and PySide6's import hooks, which only the window needs (about a tenth of a second
for each headless command). This hook sets the same environment, and registers the same
qt.conf when the program itself first imports PySide6.QtCore.
"""


def _pyi_rthook() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    meipass = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(meipass, "PySide6")
    else:
        qt_path = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(meipass, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(meipass, "DYLD_LIBRARY_PATH")

    class QtConfOnFirstImport(importlib.abc.MetaPathFinder):
        """Finds nothing itself: wraps the loader of PySide6.QtCore, once."""

        def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
            if fullname != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            original = loader.exec_module

            def exec_module(module):  # type: ignore[no-untyped-def]
                original(module)
                if module.__name__ == "PySide6.QtCore":
                    del loader.exec_module  # back to the class's own
                    qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_pyi_rthook()
del _pyi_rthook
