"""The Linux bundle as a person gets it: the archive unpacked, its program run, install.sh.

`.ci/run` builds the archive (`python packaging/build.py`) and names it in CRM_TEST_BUNDLE.
Unset, these tests are skipped; set to a file that does not exist, they fail.

    .venv/bin/python packaging/build.py
    CRM_TEST_BUNDLE=$(.venv/bin/python packaging/build.py --archive-path) \
        .venv/bin/pytest tests/packaging -m bundle
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
import vobject

from crm_app.services.read_ahead import READ_ASIDE_FROM_BYTES
from tests.packaging.recipe import ROOT

pytestmark = pytest.mark.bundle

APP_ID = "org.presscontacts.PressContacts"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt's offscreen platform itself says when a window is shown: not the program's.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"
# A debug line Qt writes when it puts a painted window on screen: the window is up.
PAINT_LOGGING = "qt.widgets.painting.debug=true"
FIRST_PAINT = re.compile(r"^qt\.widgets\.painting: Flushing .* of MainWindow\(")


@dataclass(frozen=True)
class Unpacked:
    top: Path  # press-contacts-<version>-linux-<machine>/

    @property
    def program(self) -> Path:
        return self.top / "press-contacts" / "press-contacts"


@pytest.fixture(scope="module")
def archive() -> Path:
    named = os.environ.get("CRM_TEST_BUNDLE", "").strip()
    if not named:
        pytest.skip("CRM_TEST_BUNDLE is not set (build with packaging/build.py; .ci/run does)")
    path = Path(named)
    if not path.is_file():
        pytest.fail(f"CRM_TEST_BUNDLE names {path}, which does not exist")
    return path


@pytest.fixture(scope="module")
def unpacked(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Unpacked:
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    (top,) = folder.iterdir()
    assert top.name == archive.name.removesuffix(".tar.gz")
    return Unpacked(top)


def _clean_environment(home: Path) -> dict[str, str]:
    """A person's environment with nothing of this checkout or its Python in it."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "QT_QPA_PLATFORM", "TMPDIR")
    environment = {name: os.environ[name] for name in keep if name in os.environ}
    environment.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    return environment


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(
    program: Path, *args: str, environment: Mapping[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=dict(environment),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_archive_holds_the_program_and_its_desktop_files(unpacked: Unpacked) -> None:
    top = unpacked.top
    assert os.access(unpacked.program, os.X_OK)
    assert os.access(top / "install.sh", os.X_OK)
    assert (top / f"{APP_ID}.desktop").is_file()
    assert (top / f"{APP_ID}.metainfo.xml").is_file()
    assert (top / "icons" / "press-contacts.svg").is_file()
    for size in ICON_SIZES:
        assert (top / "icons" / f"press-contacts-{size}.png").is_file()
    # The interface in French and Spanish: the program's catalogues and Qt's own.
    internal = top / "press-contacts" / "_internal"
    for language in ("fr", "es"):
        assert (
            internal / "crm_app/resources/translations" / f"press_contacts_{language}.qm"
        ).is_file()
        assert (internal / "PySide6/Qt/translations" / f"qtbase_{language}.qm").is_file()


def test_qt_is_left_to_the_window(unpacked: Unpacked) -> None:
    """PyInstaller's PySide6 run-time hook (Qt loaded at every start) is replaced by ours."""
    readers = pytest.importorskip("PyInstaller.archive.readers")
    scripts = set(readers.CArchiveReader(str(unpacked.program)).toc)
    assert "rthook-pyside6" in scripts
    assert "pyi_rth_pyside6" not in scripts


def test_version_is_pyprojects(unpacked: Unpacked, home: Path) -> None:
    result = run(unpacked.program, "--version", environment=_clean_environment(home), cwd=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["crm-app", VERSION]


def test_commands_work_from_the_bundle(unpacked: Unpacked, home: Path, tmp_path: Path) -> None:
    environment = _clean_environment(home)
    data = tmp_path / "data"

    def command(*args: str, says: str = "") -> subprocess.CompletedProcess[str]:
        result = run(
            unpacked.program, "--data-dir", str(data), *args, environment=environment, cwd=home
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == says
        return result

    command("sample-data")
    listed = json.loads(command("contact", "list", "--json").stdout)
    assert len(listed) == 5
    assert {"Kieran Best"} <= {f"{contact['given']} {contact['family']}" for contact in listed}
    assert all(phone["valid"] for contact in listed for phone in contact["phones"])

    exported = tmp_path / "contacts.vcf"
    command("vcard", "export", "-o", str(exported), says=f"Wrote 5 cards to {exported}.\n")
    cards = list(vobject.readComponents(exported.read_text(encoding="utf-8")))
    assert sorted(card.uid.value for card in cards) == sorted(c["uid"] for c in listed)
    assert {card.n.value.family for card in cards} == {contact["family"] for contact in listed}

    # The templates, the translations of country names and the migrations are read from the
    # bundle's own files: a block in French names the office as the template spells it.
    block = command("block", "--contact", str(listed[0]["id"]), "--lang", "fr").stdout
    assert block.startswith("Pour plus d'informations, veuillez contacter\u00a0:")

    checked = json.loads(command("db", "check", "--json").stdout)
    assert checked["engine"] == "sqlite"
    assert checked["revision"] == checked["head"]
    # Nothing was written outside the data folder.
    assert not any(path.is_file() for path in home.rglob("*"))


PHONE_SAMPLES = (
    "+41 22 717 91 11",
    "+1 212 963 1234",
    "+44 20 7946 0958",
    "+55 61 3038 9000",
    "+81 3-5467-4751",
    "+254 20 422 1000",
    "+ 86 5979 9695 Ext. 203",
    "+960 330 0000",
    "112",
)


def test_phone_numbers_are_checked_as_by_the_pip_install(unpacked: Unpacked, home: Path) -> None:
    """The bundle leaves phonenumbers' place and carrier data out, not its number rules."""
    environment = _clean_environment(home)
    for number in PHONE_SAMPLES:
        bundled = run(
            unpacked.program, "phone", "check", number, "--json", environment=environment, cwd=home
        )
        installed = subprocess.run(
            [sys.executable, "-m", "crm_app", "phone", "check", number, "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (bundled.returncode, bundled.stdout) == (installed.returncode, installed.stdout)


def test_imports_read_as_with_the_pip_install(
    unpacked: Unpacked, home: Path, tmp_path: Path
) -> None:
    """A scraped release (ftfy, phonenumbers, email-validator, pycountry) and a workbook
    (openpyxl) read by the bundle give what the pip install gives."""
    environment = _clean_environment(home)
    release = (ROOT / "tests/fixtures/releases/seed-iom-beijing-fr.txt").read_text(encoding="utf-8")
    scraped = tmp_path / "release.txt"
    # Double-encoded on its way through a web page: "Pékin" became "PÃ©kin".
    scraped.write_text(release.encode("utf-8").decode("latin-1"), encoding="utf-8")
    workbook = tmp_path / "contacts.xlsx"

    def both(*args: str) -> str:
        outputs = []
        for name, program in (
            ("bundle", [str(unpacked.program)]),
            ("pip", [sys.executable, "-m", "crm_app"]),
        ):
            data = tmp_path / name
            if not data.exists():
                subprocess.run(
                    [*program, "--data-dir", str(data), "sample-data"],
                    env=environment,
                    capture_output=True,
                    check=True,
                )
            result = subprocess.run(
                [*program, "--data-dir", str(data), *args],
                env=environment,
                capture_output=True,
                text=True,
                check=False,
            )
            assert result.returncode == 0, (name, result.stderr)
            outputs.append(result.stdout)
        bundled, installed = outputs
        assert bundled == installed
        return bundled

    found = json.loads(both("release", "import-text", "--dry-run", "--json", str(scraped)))
    (contact,) = found["contacts"]
    assert contact["office"] == "OIM Pékin"
    assert contact["phones"][0]["suggestion"] == "+86 10 5979 9695 ext. 203"
    assert contact["emails"] == [{"address": "kgormanbest@iom.int"}]

    written = run(
        unpacked.program,
        "--data-dir",
        str(tmp_path / "bundle"),
        "csv",
        "export",
        "--xlsx",
        "-o",
        str(workbook),
        environment=environment,
        cwd=home,
    )
    assert written.returncode == 0, written.stderr
    read = json.loads(both("csv", "import", "--dry-run", "--json", str(workbook)))
    assert len(read["unchanged"]) == 5
    assert read["created"] == read["updated"] == read["skipped"] == []

    # A file this big is read and checked by a second process (the bundle started again
    # as its reader): the same report as the pip install's.
    cards = tmp_path / "big.vcf"
    big_vcard_file(cards, at_least=READ_ASIDE_FROM_BYTES)
    imported = json.loads(both("vcard", "import", "--dry-run", "--json", str(cards)))
    assert len(imported["created"]) == BIG_FILE_CARDS - 1
    assert [skipped["line"] for skipped in imported["skipped"]] == [BIG_FILE_NAMELESS_LINE]
    sheet = tmp_path / "big.csv"
    rows = ["First Name,Last Name,Company,Business Phone,E-mail Address"]
    rows += [
        f"Ann,Lee{number},IOM Beijing,+86 10 6{number % 1000:03d} {number:04d},ann{number}@iom.int"
        for number in range(BIG_SHEET_ROWS)
    ]
    sheet.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    assert sheet.stat().st_size >= READ_ASIDE_FROM_BYTES, "big enough to be read aside"
    imported = json.loads(both("csv", "import", "--dry-run", "--json", str(sheet)))
    assert len(imported["created"]) == BIG_SHEET_ROWS


BIG_FILE_CARDS = 4_500
BIG_SHEET_ROWS = 18_000
BIG_FILE_NAMELESS_LINE = 11  # the second card


def big_vcard_file(path: Path, at_least: int) -> None:
    """Cards in three scripts with numbers to check, one of them with no name."""
    names = [("Ann", "Lee"), ("Jörg", "Müller"), ("伟", "李"), ("أحمد", "الحسيني")]
    lines: list[str] = []
    for number in range(BIG_FILE_CARDS):
        given, family = names[number % len(names)]
        if number == 1:
            given = family = ""
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family}{number if family else ''};{given};;;",
            f"FN:{given} {family}{number}" if family else "FN:",
            "ORG:IOM Beijing",
            f"TEL;TYPE=WORK:+86 10 6{number % 1000:03d} {number:04d} ext. {number % 97}",
            f"TEL;TYPE=CELL:+86 139 {number:04d} {number % 10_000:04d}",
            f"EMAIL;TYPE=INTERNET:person{number}@iom.int",
            "NOTE:Press officer for the region\\, media and donors.",
            "END:VCARD",
        ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert path.stat().st_size >= at_least, "big enough to be read aside"


@pytest.mark.postgres
def test_a_postgresql_database_from_the_bundle(unpacked: Unpacked, home: Path) -> None:
    url = os.environ.get("CRM_TEST_POSTGRES_URL", "").strip()
    if not url:
        pytest.skip("CRM_TEST_POSTGRES_URL is not set")
    from tests.conftest import _reset_postgres

    _reset_postgres(url)
    environment = _clean_environment(home)
    for args in (("db", "migrate"), ("sample-data",)):
        result = run(unpacked.program, "--db", url, *args, environment=environment, cwd=home)
        assert result.returncode == 0, result.stderr
    listed = run(
        unpacked.program,
        "--db",
        url,
        "contact",
        "list",
        "--json",
        environment=environment,
        cwd=home,
    )
    assert len(json.loads(listed.stdout)) == 5
    _reset_postgres(url)


def test_qt_libraries_the_bundle_keeps_find_each_other(unpacked: Unpacked) -> None:
    """Nothing left out of the bundle is needed by what stays (ldd names what is missing)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is not installed")
    qt = unpacked.top / "press-contacts" / "_internal" / "PySide6"
    bundled = {path.name for path in unpacked.top.rglob("*.so*")}
    missing: dict[str, list[str]] = {}
    for library in sorted(qt.rglob("*.so*")):
        if library.is_symlink():
            continue
        output = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=False)
        for line in output.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            # Qt's own libraries must all be in the bundle; system ones (X11, EGL, fonts) are
            # the desktop's and may be absent on this machine.
            if where.strip() == "not found" and (name.startswith("libQt6") or name in bundled):
                missing.setdefault(library.name, []).append(name)
    assert missing == {}


class _StderrWatch:
    """Reads a process's stderr as it comes, and notes when the window first paints."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self.painted = threading.Event()
        assert process.stderr is not None
        self._thread = threading.Thread(target=self._read, args=(process.stderr,), daemon=True)
        self._thread.start()

    def _read(self, stream: Iterator[str]) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))
            if FIRST_PAINT.match(line):
                self.painted.set()

    def join(self) -> None:
        self._thread.join(timeout=30)

    def complaints(self) -> list[str]:
        """What the program said on stderr, less Qt's paint log and the offscreen notice."""
        return [
            line
            for line in self.lines
            if line.strip()
            and line != OFFSCREEN_NOTICE
            and not line.startswith("qt.widgets.painting:")
        ]


def _clean_quit_on_sigterm() -> bool:
    """Whether this version of the program quits cleanly on SIGTERM (it installs a handler)."""
    sources = (ROOT / "crm_app").rglob("*.py")
    return any("SIGTERM" in source.read_text(encoding="utf-8") for source in sources)


def test_window_opens_offscreen_without_complaint(
    unpacked: Unpacked, home: Path, tmp_path: Path
) -> None:
    environment = _clean_environment(home)
    data = tmp_path / "data"
    assert (
        run(
            unpacked.program,
            "--data-dir",
            str(data),
            "sample-data",
            environment=environment,
            cwd=home,
        ).returncode
        == 0
    )
    environment.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES=PAINT_LOGGING)
    with subprocess.Popen(
        [str(unpacked.program), "--data-dir", str(data)],
        env=environment,
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        watch = _StderrWatch(process)
        try:
            assert watch.painted.wait(timeout=120), watch.lines
            time.sleep(3)  # a few seconds of the window running
            assert process.poll() is None, watch.lines
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        watch.join()
    assert watch.complaints() == []
    log = (data / "logs" / "press-contacts.log").read_text(encoding="utf-8")
    assert "database opened" in log
    assert "ERROR" not in log
    if _clean_quit_on_sigterm():
        assert process.returncode == 0
    else:
        assert process.returncode == -signal.SIGTERM


def _files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file() or path.is_symlink()}


def test_install_and_uninstall_for_the_user(unpacked: Unpacked, tmp_path: Path) -> None:
    home = tmp_path / "home of K. Best"  # a space, which the desktop entry must quote
    home.mkdir()
    environment = _clean_environment(home)
    data_home = home / ".local" / "share"
    # A person's own data, which neither install nor uninstall may touch.
    data = data_home / "press-contacts"
    data.mkdir(parents=True)
    (data / "press-contacts.sqlite3").write_bytes(b"their contacts")
    before = _files_under(home)

    installed = run(unpacked.top / "install.sh", environment=environment, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    program = home / ".local" / "lib" / "press-contacts" / "press-contacts"
    link = home / ".local" / "bin" / "press-contacts"
    assert os.access(program, os.X_OK)
    assert link.is_symlink() and link.resolve() == program.resolve()
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{program}" %F' in lines
    assert f"TryExec={program}" in lines
    for size in ICON_SIZES:
        assert (
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert validated.returncode == 0, validated.stdout + validated.stderr
    version = run(link, "--version", environment=environment, cwd=tmp_path)
    assert version.stdout.split() == ["crm-app", VERSION]

    # Installing again upgrades in place: the same files, the program still runs.
    installed_files = _files_under(home)
    again = run(unpacked.top / "install.sh", environment=environment, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Upgraded" in again.stdout
    assert _files_under(home) == installed_files
    assert run(link, "--version", environment=environment, cwd=tmp_path).returncode == 0

    removed = run(unpacked.top / "install.sh", "--uninstall", environment=environment, cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert str(data) in removed.stdout  # says the data folder was left alone
    assert _files_under(home) == before
    assert (data / "press-contacts.sqlite3").read_bytes() == b"their contacts"
    # The folders it made went too: only the data folder's own remain.
    assert {path for path in home.rglob("*") if path.is_dir()} == {
        home / ".local",
        home / ".local" / "share",
        data,
    }
