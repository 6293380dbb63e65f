"""Build Press Contacts as a program that needs no Python: PyInstaller, one-folder mode.

From the project's virtual environment, after ``pip install -e '.[packaging]'``:

    python packaging/build.py

On Linux it makes ``dist/press-contacts/`` (the program: ``dist/press-contacts/press-contacts``)
and ``dist/press-contacts-<version>-linux-<machine>.tar.gz``, whose top folder holds the
program, the desktop entry, the AppStream metainfo, the icons and ``install.sh``.

On Windows it makes ``dist\\press-contacts\\`` with ``press-contacts.exe`` (windowed: no
console window behind the window) and ``crm-app.exe`` (a console program, for commands
typed at a prompt or run by scripts), refreshes the version in
``packaging\\windows\\press-contacts.iss`` and says how to compile that Inno Setup script.

On macOS it makes ``dist/Press Contacts.app``.

The project is first installed (``pip install --no-deps --target``, as a wheel would
install it) into ``build/bundle/stage``; PyInstaller freezes that copy, so the bundle holds
exactly what the wheel holds, distribution metadata included.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "press-contacts.spec"
ISS = PACKAGING / "windows" / "press-contacts.iss"
INSTALL_SCRIPT = PACKAGING / "linux" / "install.sh"

APP_ID = "org.presscontacts.PressContacts"
DISPLAY_NAME = "Press Contacts"
EXECUTABLE = "press-contacts"
CONSOLE_EXECUTABLE = "crm-app"  # Windows only: the console twin of the windowed program
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # an .ico holds 256 pixels at most

# SQLAlchemy imports a URL's dialect and driver by name when the engine is made.
SQLALCHEMY_HIDDEN_IMPORTS = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
)

# The Qt modules the program imports (`grep -rhoE "PySide6\.Qt\w+" crm_app | sort -u`).
# Every other PySide6 module is excluded; their Qt libraries only come in when one of
# these links to them.
# QtNetwork for the local socket that hands files to a window already open.
QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtNetwork"})

# Python modules that nothing the program runs needs.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    # openpyxl reads images in workbooks with Pillow when it is there; the program reads
    # cell values only. (Pillow is a build tool here: it writes the .ico and the .icns.)
    "PIL",
    # Mako's syntax-highlighting plugin (Mako comes with Alembic, for writing migrations).
    "pygments",
    # Line editing for an interactive prompt (pdb, code), which the program never offers.
    "readline",
    # Only concurrent.futures' ProcessPoolExecutor would import it, and the program runs its
    # background work in threads. Left in, PyInstaller runs a start-up hook for it that
    # imports it at every start.
    "multiprocessing",
    # phonenumbers' optional data: place names (40 MB), carriers and time zones. The
    # program parses, validates and formats (phonenumbers.data, .shortdata) and never
    # describes a number's place, carrier or time zone.
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

# Qt libraries that the hooks may collect and the program never loads, by module name:
# a library is dropped when its module's name starts with one of these (Qml also drops
# QmlModels, Quick drops QuickControls2, ...).
UNWANTED_QT_LIBRARIES = (
    "3D",
    "Bluetooth",
    "Charts",
    "DataVisualization",
    "Designer",
    "EglF",  # EglFSDeviceIntegration, EglFsKmsSupport: the framebuffer platform's
    "Graphs",
    "Help",
    "HttpServer",
    "Location",
    "Multimedia",
    "Nfc",
    "Pdf",
    "Positioning",
    "Qml",
    "Quick",
    "RemoteObjects",
    "Scxml",
    "Sensors",
    "SerialBus",
    "SerialPort",
    "SpatialAudio",
    "Sql",
    "StateMachine",
    "Test",
    "TextToSpeech",
    "UiTools",
    "VirtualKeyboard",
    "Web",
)
# libQt6Quick.so.6 (Linux), Qt6Quick.dll (Windows), QtQuick.framework/... (macOS).
_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6?([A-Za-z0-9]+?)(?:\.so|\.dll|\.framework/|\.dylib)")
# Plugin folders (PySide6/Qt/plugins/<kind>/) that belong to left-out modules or to
# systems without a desktop (framebuffers, EGL devices).
UNWANTED_QT_PLUGIN_KINDS = frozenset(
    {
        "designer",
        "egldeviceintegrations",
        "generic",
        "networkinformation",
        "qmllint",
        "qmltooling",
        "sqldrivers",
        "tls",
        "wayland-graphics-integration-server",
        "position",
        "multimedia",
        "sceneparsers",
        "renderers",
        "webview",
        "texttospeech",
        "virtualkeyboard",
    }
)
# Platform plugins for devices without a window system; xcb (X11), wayland, offscreen and
# minimal stay, and the native ones of Windows and macOS.
UNWANTED_QT_PLATFORMS = (
    "libqlinuxfb",
    "libqeglfs",
    "libqminimalegl",
    "libqvnc",
    "libqvkkhrdisplay",
)
# Plugins left out one by one. The GTK 3 platform theme would bring its own copies of
# cairo, pango, ATK and GDK-Pixbuf from the build machine (GTK itself, which it loads from
# the user's system, cannot be bundled): GTK mixed with libraries of another version is
# the usual way a Linux bundle crashes. Without it Qt uses its own GNOME/KDE/XDG themes
# and its own file dialog (or the portal's, under Flatpak and Snap).
UNWANTED_QT_PLUGINS = frozenset({"libqgtk3.so"})
# The display and font stack comes from the user's desktop, never from the build machine:
# a bundled fontconfig or freetype older than the system's misreads its configuration, and
# X11, xcb and OpenGL must match the running display server and drivers (the libraries the
# AppImage project's exclusion list leaves out for the same reason).
SYSTEM_LIBRARIES = (
    "libX11.",
    "libX11-xcb.",
    "libxcb",
    "libfontconfig.",
    "libfreetype.",
    "libharfbuzz.",
    "libGL.",
    "libGLX.",
    "libGLdispatch.",
    "libOpenGL.",
    "libEGL.",
    "libdrm.",
    "libgbm.",
)


class BuildError(Exception):
    """A step of the build failed; its message says which and why."""


# -- What the project is -----------------------------------------------------------------


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml, which the program also reports (``--version``)."""
    with pyproject.open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


def machine_name(machine: str | None = None) -> str:
    """x86_64 or aarch64, whatever the system calls them (AMD64, arm64)."""
    name = (machine or platform.machine()).lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(name, name)


def archive_name(version: str, machine: str | None = None) -> str:
    """press-contacts-<version>-linux-<machine>: the archive's name and its top folder."""
    return f"{EXECUTABLE}-{version}-linux-{machine_name(machine)}"


# -- What goes into the bundle (used by press-contacts.spec) ------------------------------


def migration_imports(folder: Path) -> list[str]:
    """The modules the migration scripts import, as PyInstaller hidden imports.

    Alembic runs env.py and versions/*.py from disk, so PyInstaller's analysis never sees
    their imports. A ``from package import name`` counts ``package.name`` too when that is
    a module (``from alembic import op``).
    """
    import importlib.util

    found: set[str] = set()
    for script in sorted(folder.rglob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module == "__future__":
                    continue
                found.add(node.module)
                for alias in node.names:
                    candidate = f"{node.module}.{alias.name}"
                    try:
                        is_module = importlib.util.find_spec(candidate) is not None
                    except (ImportError, ValueError):
                        is_module = False
                    if is_module:
                        found.add(candidate)
    return sorted(found)


def excluded_modules() -> list[str]:
    """Modules PyInstaller must leave out: unused PySide6 modules, phonenumbers' extras."""
    from importlib.machinery import EXTENSION_SUFFIXES

    import PySide6

    folder = Path(PySide6.__file__).parent
    present = {  # QtCore.abi3.so, QtCore.pyd: the binding modules, not Qt's own libraries
        path.name.split(".", 1)[0]
        for path in folder.glob("Qt*")
        if path.is_file() and path.name.endswith(tuple(EXTENSION_SUFFIXES))
    }
    unused = sorted(name for name in present if name not in QT_MODULES)
    return [*EXCLUDED_MODULES, *(f"PySide6.{name}" for name in unused)]


def _qt_parts(destination: str) -> tuple[str, ...] | None:
    """The path below PySide6/Qt/ (or PySide6/ on Windows) of a collected file, else None."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    return parts[2:] if len(parts) > 1 and parts[1] == "Qt" else parts[1:]


def qt_library_module(destination: str) -> str | None:
    """The Qt module a collected Qt library belongs to ("Quick" for libQt6Quick.so.6)."""
    match = _QT_LIBRARY.search(destination.replace("\\", "/"))
    return match.group(1) if match else None


def wanted_binary(destination: str) -> bool:
    """Whether a shared library or plugin that the hooks collected belongs in the bundle."""
    path = PurePath(destination.replace("\\", "/"))
    name = path.name
    if len(path.parts) == 1 and name.startswith(SYSTEM_LIBRARIES):
        return False
    module = qt_library_module(destination)
    if module is not None and module.startswith(UNWANTED_QT_LIBRARIES):
        return False
    parts = _qt_parts(destination)
    if parts and parts[0] == "plugins" and len(parts) > 2:
        kind = parts[1]
        if kind in UNWANTED_QT_PLUGIN_KINDS:
            return False
        if kind == "platforms" and name.startswith(UNWANTED_QT_PLATFORMS):
            return False
        if name in UNWANTED_QT_PLUGINS:
            return False
    return True


def keep_hook_binaries(binaries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's binaries, (source file, destination folder) pairs, less the unwanted ones."""
    return [
        (source, folder)
        for source, folder in binaries
        if wanted_binary(f"{folder}/{PurePath(source).name}")
    ]


def interface_languages(stage: Path) -> list[str]:
    """The interface languages the program ships a catalogue for (fr, es, ...)."""
    folder = stage / "crm_app" / "resources" / "translations"
    return sorted(path.stem.rsplit("_", 1)[1] for path in folder.glob("press_contacts_*.qm"))


def wanted_data(destination: str, languages: Sequence[str]) -> bool:
    """Whether a collected data file belongs in the bundle.

    Qt's own catalogues: only qtbase (what the program loads) in its interface languages.
    pycountry: only the country-name catalogues (iso3166-1), the one domain it reads; its
    other catalogues (languages, currencies, subdivisions) are four fifths of its size.
    """
    path = PurePath(destination.replace("\\", "/"))
    parts = _qt_parts(destination)
    if parts and parts[0] == "translations":
        return any(path.name == f"qtbase_{language}.qm" for language in languages)
    if path.parts[:2] == ("pycountry", "locales") and path.suffix == ".mo":
        return path.name == "iso3166-1.mo"
    return path.parts[:2] != ("pycountry", "tests")


def keep_collected(
    binaries: Iterable[Any], datas: Iterable[Any], languages: Sequence[str]
) -> tuple[list[Any], list[Any]]:
    """PyInstaller's binaries and datas (TOC entries: destination, source, kind), less what
    the program never loads, and less the links (kind SYMLINK, source relative to the
    destination's folder) to anything left out."""

    def wanted(entry: Any) -> bool:
        return wanted_binary(entry[0]) and wanted_data(entry[0], languages)

    kept_binaries = [entry for entry in binaries if wanted(entry)]
    kept_datas = [entry for entry in datas if wanted(entry)]
    present = {entry[0] for entry in kept_binaries + kept_datas if entry[2] != "SYMLINK"}

    def resolves(entry: Any) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
        return target in present

    return (
        [entry for entry in kept_binaries if resolves(entry)],
        [entry for entry in kept_datas if resolves(entry)],
    )


# -- Icons, Info.plist, Inno Setup ---------------------------------------------------------


def icon_png(size: int, icons: Path = ICONS) -> Path:
    return icons / f"press-contacts-{size}.png"


def write_ico(target: Path, icons: Path = ICONS) -> Path:
    """A Windows .ico holding the drawn PNGs from 16 to 256 pixels (none rescaled)."""
    from PIL import Image

    images = [Image.open(icon_png(size, icons)).convert("RGBA") for size in ICO_SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    return target


def write_icns(target: Path, icons: Path = ICONS) -> Path:
    """A macOS .icns from the drawn PNGs (32 to 512 pixels, and 1024 scaled from 512)."""
    from PIL import Image

    images = [Image.open(icon_png(size, icons)).convert("RGBA") for size in ICON_SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(target, format="ICNS", append_images=images[:-1])
    return target


def info_plist(version: str) -> dict[str, Any]:
    """What the .app's Info.plist says beyond PyInstaller's defaults."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "vCard",
                # The program reads vCards in (an import), it does not edit the file.
                "CFBundleTypeRole": "Viewer",
                # Offered in "Open With", without taking .vcf files from Contacts.
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.vcard"],
                "CFBundleTypeExtensions": ["vcf", "vcard"],
            }
        ],
    }


_ISS_VERSION = re.compile(r'^#define AppVersion ".*"$', re.MULTILINE)


def iss_with_version(text: str, version: str) -> str:
    """The Inno Setup script with its ``#define AppVersion`` line set to ``version``."""
    if not _ISS_VERSION.search(text):
        raise BuildError(f'{ISS.name}: no line #define AppVersion "..." to set the version in')
    return _ISS_VERSION.sub(f'#define AppVersion "{version}"', text, count=1)


def refresh_iss(version: str, script: Path = ISS) -> bool:
    """Set the version in the Inno Setup script; True when the file changed."""
    text = script.read_text(encoding="utf-8")
    updated = iss_with_version(text, version)
    if updated == text:
        return False
    script.write_text(updated, encoding="utf-8", newline="\r\n" if "\r\n" in text else "\n")
    return True


# -- The build --------------------------------------------------------------------------


def _run(command: Sequence[str], what: str) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        raise BuildError(f"{what} failed (exit status {result.returncode})")


def stage_project(stage: Path) -> None:
    """Install the project as a wheel would (no dependencies: the environment has them)."""
    shutil.rmtree(stage, ignore_errors=True)
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-compile",
            "--target",
            str(stage),
            str(ROOT),
        ],
        "installing the project into the staging folder",
    )
    # The console script is PyInstaller's job; direct_url.json would name the build folder.
    shutil.rmtree(stage / "bin", ignore_errors=True)
    for record in stage.glob("*.dist-info/direct_url.json"):
        record.unlink()


def run_pyinstaller(stage: Path, dist: Path, work: Path, icon: Path | None, version: str) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--",
        "--stage",
        str(stage),
        "--version",
        version,
    ]
    if icon is not None:
        command += ["--icon", str(icon)]
    _run(command, "PyInstaller")


def strip_debug_info(bundle: Path) -> int:
    """Strip the debugging sections from the bundle's ELF files that carry them (a Python
    built from source: libpython alone is 22 MB with them, 5 without); returns the bytes
    saved. Left alone: libraries repaired by auditwheel (``*.libs/`` folders, or a file
    whose RPATH or RUNPATH starts at $ORIGIN, as patchelf wrote it), which strip can break."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        print("(strip or readelf not found: debugging sections kept)")
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.suffix in {".py", ".pyc", ".qm"}:
            continue
        if any(part.endswith(".libs") for part in path.parts):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run(
            [readelf, "-S", "-d", "-W", str(path)], capture_output=True, text=True, check=False
        ).stdout
        if ".debug_info" not in sections or "[$ORIGIN" in sections:
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def _add(archive: tarfile.TarFile, source: Path, name: str, mode: int | None = None) -> None:
    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if mode is not None and info.isfile():
            info.mode = mode
        return info

    archive.add(source, arcname=name, filter=normalise)


def make_linux_archive(bundle: Path, target: Path, top: str) -> Path:
    """The .tar.gz: the bundle, the desktop files, the icons and install.sh, in ``top``/."""
    linux = PACKAGING / "linux"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        _add(archive, INSTALL_SCRIPT, f"{top}/install.sh", mode=0o755)
        for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
            _add(archive, linux / name, f"{top}/{name}", mode=0o644)
        for size in ICON_SIZES:
            png = icon_png(size)
            _add(archive, png, f"{top}/icons/{png.name}", mode=0o644)
        _add(archive, ICONS / "press-contacts.svg", f"{top}/icons/press-contacts.svg", mode=0o644)
        _add(archive, bundle, f"{top}/{EXECUTABLE}")
    partial.replace(target)
    return target


def folder_size(folder: Path) -> int:
    """The bytes of the files in ``folder`` (links count once, as what they point to)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def biggest_parts(folder: Path, count: int = 12) -> list[tuple[int, str]]:
    """The largest files and package folders of the bundle's _internal/, largest first."""
    internal = folder / "_internal"
    root = internal if internal.is_dir() else folder
    sizes: dict[str, int] = {}
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(root).parts
        # Qt's libraries and plugins one by one; Python packages as a whole.
        if relative[:2] in {("PySide6", "Qt"), ("PySide6", "plugins")} and len(relative) > 3:
            key = "/".join(relative[:4])
        elif relative[0] == "PySide6":
            key = "/".join(relative[:2])
        else:
            key = relative[0]
        sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in sizes.items()), reverse=True)[:count]


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "bundle",
        help="PyInstaller's work folder and the staging install (build/bundle/)",
    )
    parser.add_argument(
        "--archive-path",
        action="store_true",
        help="only print the path of the Linux archive this version builds (for CI and tests)",
    )
    parser.add_argument(
        "--iss-only",
        action="store_true",
        help="only set the version in packaging/windows/press-contacts.iss",
    )
    args = parser.parse_args(argv)
    version = project_version()
    if args.archive_path:
        print(args.dist.resolve() / f"{archive_name(version)}.tar.gz")
        return 0
    if refresh_iss(version):
        print(f"{ISS.relative_to(ROOT)}: version set to {version}")
    if args.iss_only:
        return 0
    started = time.monotonic()
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    stage = work / "stage"
    try:
        stage_project(stage)
        icon: Path | None = None
        if sys.platform == "win32":
            icon = write_ico(work / f"{EXECUTABLE}.ico")
        elif sys.platform == "darwin":
            icon = write_icns(work / f"{EXECUTABLE}.icns")
        run_pyinstaller(stage, dist, work / "pyinstaller", icon, version)
        bundle = dist / EXECUTABLE
        if sys.platform.startswith("linux"):
            print(f"Stripped {_mb(strip_debug_info(bundle))} of debugging sections.")
        print(f"\nBundle: {bundle} ({_mb(folder_size(bundle))} unpacked)")
        for size, name in biggest_parts(bundle):
            print(f"  {_mb(size):>9}  {name}")
        if sys.platform.startswith("linux"):
            top = archive_name(version)
            archive = make_linux_archive(bundle, dist / f"{top}.tar.gz", top)
            print(f"Archive: {archive} ({_mb(archive.stat().st_size)})")
        elif sys.platform == "win32":
            print(
                "Installer: compile the Inno Setup script (Inno Setup 6.3 or later):\n"
                f'  iscc "{ISS}"\n'
                f"  -> dist\\{EXECUTABLE}-{version}-windows-{machine_name()}-setup.exe"
            )
        elif sys.platform == "darwin":
            print(f"Application: {dist / (DISPLAY_NAME + '.app')}")
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    print(f"Built in {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
