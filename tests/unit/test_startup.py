"""What the window's start-up loads: the importers, their parsers and the dialogs not shown
yet load when first used, so the window opens without them."""

from __future__ import annotations

import subprocess
import sys

from crm_app.app import cli
from crm_app.domain.sheet_columns import Layout
from crm_app.domain.sheet_export import ExportLayout
from crm_app.domain.vcard import VCardProfile, VCardVersion

# What `crm-app` with no command imports before the window is painted.
WINDOW_START = (
    "import sys; import crm_app.app.cli; import crm_app.app.gui; "
    "from crm_app.services.container import Services; "
    "print('\\n'.join(sorted(sys.modules)))"
)

NOT_AT_START = {
    "vobject",
    "ftfy",
    "email_validator",
    "crm_app.domain.release_text",
    "crm_app.domain.vcard",
    "crm_app.services.importing",
    "crm_app.services.release_import",
    "crm_app.services.vcards",
    "crm_app.services.spreadsheets",
    "crm_app.domain.sheets",
    "crm_app.domain.sheet_export",
    "openpyxl",
    "crm_app.ui.backup_dialog",
    "crm_app.ui.preferences_dialog",
    "crm_app.ui.release_import_dialog",
    "crm_app.ui.vcard_dialogs",
    "crm_app.ui.sheet_dialogs",
}


def test_the_window_starts_without_the_importers_and_the_dialogs() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", WINDOW_START], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "crm_app.ui.main_window" in loaded
    assert sorted(NOT_AT_START.intersection(loaded)) == []


def test_the_vcard_choices_are_the_vcard_codes() -> None:
    assert tuple(version.value for version in VCardVersion) == cli.VCARD_VERSIONS
    assert tuple(profile.value for profile in VCardProfile) == cli.VCARD_PROFILES


def test_the_spreadsheet_choices_are_the_layouts() -> None:
    assert set(cli.SHEET_MAPPINGS) == {"auto"} | {layout.value for layout in Layout}
    assert tuple(layout.value for layout in ExportLayout) == cli.SHEET_LAYOUTS
