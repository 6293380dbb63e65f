"""What packaging/build.py makes for Windows and macOS, and what it leaves out of a bundle.

The Windows and macOS builds cannot run here; what can be checked without them is: the
.ico and .icns it writes (Pillow reads them back), the Info.plist it gives the .app, the
Inno Setup script, and the choices of what goes into the bundle.
"""

from __future__ import annotations

import plistlib
import re
import tomllib
from pathlib import Path

import pytest

from tests.packaging.recipe import ROOT, load_build_script

recipe = load_build_script()
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_version_is_pyprojects() -> None:
    assert recipe.project_version() == VERSION


def test_archive_name_says_version_system_and_machine() -> None:
    assert recipe.archive_name("1.2.3", "x86_64") == "press-contacts-1.2.3-linux-x86_64"
    assert recipe.archive_name("1.2.3", "AMD64") == "press-contacts-1.2.3-linux-x86_64"
    assert recipe.archive_name("1.2.3", "arm64") == "press-contacts-1.2.3-linux-aarch64"


def test_ico_holds_every_drawn_size_unscaled(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow comes with .[packaging]")
    ico = recipe.write_ico(tmp_path / "press-contacts.ico")
    with image_module.open(ico) as icon:
        assert icon.format == "ICO"
        assert sorted(icon.info["sizes"]) == [(size, size) for size in recipe.ICO_SIZES]
        for size in recipe.ICO_SIZES:
            frame = icon.ico.getimage((size, size)).convert("RGBA")
            with image_module.open(recipe.icon_png(size)) as drawn:
                # The PNG drawn for that size, not the 256-pixel one scaled down.
                assert frame.tobytes() == drawn.convert("RGBA").tobytes(), size


def test_icns_holds_the_retina_sizes(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow comes with .[packaging]")
    icns = recipe.write_icns(tmp_path / "press-contacts.icns")
    with image_module.open(icns) as icon:
        assert icon.format == "ICNS"
        sizes = set(icon.info["sizes"])
        # (points, points, scale): the Finder's sizes from 16 to 512 points, at 1x and 2x.
        assert {(128, 128, 1), (256, 256, 1), (512, 512, 1), (512, 512, 2)} <= sizes
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 2), (256, 256, 2)} <= sizes
        for points, scale in ((128, 1), (256, 1), (512, 1), (16, 2), (32, 2), (128, 2)):
            frame = icon.icns.getimage((points, points, scale)).convert("RGBA")
            with image_module.open(recipe.icon_png(points * scale)) as drawn:
                # The PNG drawn for that many pixels.
                assert frame.tobytes() == drawn.convert("RGBA").tobytes(), (points, scale)


def test_info_plist_declares_the_app_and_vcards() -> None:
    info = plistlib.loads(plistlib.dumps(recipe.info_plist("4.5.6")))
    assert info["CFBundleIdentifier"] == "org.presscontacts.PressContacts"
    assert info["CFBundleShortVersionString"] == "4.5.6"
    assert info["CFBundleVersion"] == "4.5.6"
    assert info["CFBundleName"] == "Press Contacts"
    assert info["CFBundleExecutable"] == "press-contacts"
    assert info["NSHighResolutionCapable"] is True
    (vcard,) = info["CFBundleDocumentTypes"]
    assert vcard["LSItemContentTypes"] == ["public.vcard"]
    assert "vcf" in vcard["CFBundleTypeExtensions"]
    assert vcard["CFBundleTypeRole"] == "Viewer"


def test_spec_gives_the_bundle_that_plist() -> None:
    spec = (ROOT / "packaging" / "press-contacts.spec").read_text(encoding="utf-8")
    assert "info_plist=recipe.info_plist(options.version)" in spec
    assert "bundle_identifier=recipe.APP_ID" in spec


def _iss() -> str:
    return recipe.iss_with_version(recipe.ISS.read_text(encoding="utf-8"), "7.8.9")


def test_inno_setup_script_carries_the_version() -> None:
    text = _iss()
    assert '#define AppVersion "7.8.9"' in text
    assert "AppVersion={#AppVersion}" in text
    assert "OutputBaseFilename=press-contacts-{#AppVersion}-windows-x86_64-setup" in text
    # Only the define changes: setting the version again changes nothing.
    assert recipe.iss_with_version(text, "7.8.9") == text


def test_inno_setup_script_installs_per_user_with_start_menu_and_uninstaller() -> None:
    text = _iss()
    assert "PrivilegesRequired=lowest" in text
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)
    assert 'Name: "{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text
    assert '#define AppExe "press-contacts.exe"' in text
    assert 'Source: "dist\\press-contacts\\*"' in text
    assert "recursesubdirs" in text
    assert "UninstallDisplayIcon={app}\\{#AppExe}" in text
    assert "Uninstallable=no" not in text


def test_inno_setup_script_opens_vcf_files_with_the_program() -> None:
    text = _iss()
    assert "ChangesAssociations=yes" in text
    assert 'Subkey: "Software\\Classes\\.vcf\\OpenWithProgids"' in text
    command = re.search(r'Subkey: "Software\\Classes\\\{#ProgId\}\\shell\\open\\command".*', text)
    assert command is not None
    assert '"""{app}\\{#AppExe}"" ""%1"""' in command.group(0)


def test_inno_setup_script_without_a_version_line_is_refused() -> None:
    with pytest.raises(recipe.BuildError):
        recipe.iss_with_version("[Setup]\nAppName=x\n", "1.0")


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6\\Qt6Widgets.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "psycopg_binary.libs/libpq-e9b5c9ac.so.5.18",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libcrypto.so.3",
    ],
)
def test_what_the_program_loads_stays(destination: str) -> None:
    assert recipe.wanted_binary(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Designer.so.6",
        "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6\\Qt6Quick.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libX11.so.6",
        "libxcb.so.1",
        "libGL.so.1",
    ],
)
def test_what_the_program_never_loads_goes(destination: str) -> None:
    assert not recipe.wanted_binary(destination)


def test_data_left_out() -> None:
    languages = ["es", "fr"]
    assert recipe.wanted_data("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert recipe.wanted_data("PySide6/Qt/translations/qtbase_es.qm", languages)
    assert not recipe.wanted_data("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not recipe.wanted_data("PySide6/Qt/translations/qtdeclarative_fr.qm", languages)
    assert recipe.wanted_data("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", languages)
    assert not recipe.wanted_data("pycountry/locales/fr/LC_MESSAGES/iso639-3.mo", languages)
    assert recipe.wanted_data("pycountry/databases/iso3166-1.json", languages)
    assert recipe.wanted_data("crm_app/resources/translations/press_contacts_fr.qm", languages)
    assert recipe.wanted_data("crm_app/migrations/versions/0001_initial_schema.py", languages)


def test_links_to_what_was_left_out_go_too() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),  # never collected
    ]
    kept_binaries, kept_datas = recipe.keep_collected(binaries, datas, ["fr"])
    assert [entry[0] for entry in kept_binaries] == ["PySide6/Qt/lib/libQt6Core.so.6"]
    assert [entry[0] for entry in kept_datas] == ["libQt6Core.so.6"]


def test_every_qt_module_the_program_imports_is_collected() -> None:
    """A new `from PySide6.QtSvg import …` in the program must reach the bundle too."""
    used = set()
    for source in (ROOT / "crm_app").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert used <= recipe.QT_MODULES
    excluded = set(recipe.excluded_modules())
    assert not {f"PySide6.{name}" for name in used} & excluded
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql"} <= excluded


def test_phonenumbers_data_the_program_needs_is_not_excluded() -> None:
    excluded = set(recipe.excluded_modules())
    used = set()
    for source in (ROOT / "crm_app").rglob("*.py"):
        used.update(re.findall(r"phonenumbers\.(\w+)", source.read_text(encoding="utf-8")))
    assert not {f"phonenumbers.{name}" for name in used} & excluded
    assert "phonenumbers.geodata" in excluded


def test_the_migrations_imports_become_hidden_imports() -> None:
    imports = recipe.migration_imports(ROOT / "db")
    assert {"alembic.op", "alembic.context", "sqlalchemy", "crm_app.store.models"} <= set(imports)
    assert "__future__" not in imports


def test_interface_languages_come_from_the_shipped_catalogues(tmp_path: Path) -> None:
    folder = tmp_path / "crm_app" / "resources" / "translations"
    folder.mkdir(parents=True)
    for name in ("press_contacts_fr.qm", "press_contacts_es.qm", "README.md"):
        (folder / name).write_bytes(b"")
    assert recipe.interface_languages(tmp_path) == ["es", "fr"]
