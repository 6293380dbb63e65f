"""The command-line contract of DESIGN.md, run as a user types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run

KIERAN = (
    "contact",
    "add",
    "--given",
    "Kieran",
    "--family",
    "Best",
    "--office",
    "IOM Beijing",
    "--phone",
    "work:+86 10 5979 9695 ext. 203",
    "--email",
    "kgormanbest@iom.int",
)


def test_office_add_prints_the_id_and_list_shows_it(beijing: Run) -> None:
    listed = beijing("office", "list", "--json").json()
    assert [(o["id"], o["name"], o["country"]) for o in listed] == [(1, "IOM Beijing", "CN")]
    assert listed[0]["names"]["fr"] == "OIM Pékin"
    assert beijing("office", "show", "OIM Pékin").out.startswith("Office 1: IOM Beijing")


def test_contact_add_list_show_in_json(beijing: Run) -> None:
    added = beijing(*KIERAN)
    assert (added.code, added.out) == (0, "1\n")
    listed = beijing("contact", "list", "--json").json()
    assert listed == [
        {
            "id": 1,
            "uid": listed[0]["uid"],
            "given": "Kieran",
            "family": "Best",
            "office": "IOM Beijing",
            "phones": [
                {
                    "kind": "work",
                    "e164": "+861059799695",
                    "extension": "203",
                    "valid": True,
                    "raw": "+86 10 5979 9695 ext. 203",
                    "line_type": "fixed_line",
                }
            ],
            "emails": [{"kind": "work", "address": "kgormanbest@iom.int"}],
        }
    ]
    shown = beijing("contact", "show", "1", "--json").json()
    assert shown["uid"] == listed[0]["uid"]
    assert {"honorific", "titles", "kind", "languages", "notes", "active", "last_verified"} <= set(
        shown
    )


def test_add_with_json_prints_the_whole_record(beijing: Run) -> None:
    document = beijing(*KIERAN, "--json").json()
    assert document["id"] == 1 and document["phones"][0]["e164"] == "+861059799695"


def test_phone_check_gives_the_area_code_repair(beijing: Run) -> None:
    result = beijing(
        "phone", "check", "+ 86 5979 9695 Ext. 203", "--office", "IOM Beijing", "--json"
    )
    assert result.code == 1  # invalid
    document = result.json()
    assert document["valid"] is False
    assert document["suggestion"] == "+86 10 5979 9695 ext. 203"
    assert document["extension"] == "203"
    assert document["region"] == "CN"
    assert document["reason"]
    assert set(document) >= {
        "valid",
        "possible",
        "e164",
        "extension",
        "international",
        "region",
        "reason",
        "suggestion",
    }
    plain = beijing("phone", "check", "+86 10 5979 9695 ext. 203")
    assert plain.code == 0 and "+86 10 5979 9695 ext. 203" in plain.out


def test_edit_changes_only_given_fields_and_phone_replaces_the_list(beijing: Run) -> None:
    beijing(*KIERAN)
    assert beijing("contact", "edit", "1", "--title", "Media Officer").code == 0
    assert beijing("contact", "edit", "1", "--phone", "mobile:+86 139 1099 8765").code == 0
    shown = beijing("contact", "show", "1", "--json").json()
    assert shown["titles"] == {"en": "Media Officer"}
    assert [(p["kind"], p["e164"]) for p in shown["phones"]] == [("mobile", "+8613910998765")]
    assert shown["emails"][0]["address"] == "kgormanbest@iom.int"


def test_delete_and_restore(beijing: Run) -> None:
    beijing(*KIERAN)
    deleted = beijing("contact", "delete", "1")
    assert deleted.code == 0 and "restore" in deleted.out
    assert beijing("contact", "list", "--json").json() == []
    assert beijing("contact", "restore", "1").code == 0
    assert len(beijing("contact", "list", "--json").json()) == 1


def test_search(beijing: Run) -> None:
    beijing(*KIERAN)
    assert len(beijing("contact", "list", "--search", "pékin", "--json").json()) == 1
    assert beijing("contact", "list", "--search", "nobody", "--json").json() == []


def test_the_listing_is_the_same_json_text_as_ever(beijing: Run) -> None:
    """Scripts that read the listing as text see the layout json.dumps(indent=2) gave it."""
    assert beijing("contact", "list", "--json").out == "[]\n"
    beijing(*KIERAN)
    beijing("contact", "add", "--given", "伟", "--family", "张", "--name-order", "family-first")
    beijing(
        "contact",
        "add",
        "--given",
        'Anna "<b>"',
        "--family",
        "O\\Brien",
        "--phone",
        "12",
        "--allow-invalid-phone",
        "--email",
        "anna@example.org",
        "--email",
        "home:anna@home.example",
    )
    listed = beijing("contact", "list", "--json").out
    assert listed == json.dumps(json.loads(listed), ensure_ascii=False, indent=2) + "\n"
    assert [c["family"] for c in json.loads(listed)] == ["Best", "O\\Brien", "张"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("contact", "add", "--given", "", "--family", ""), "name"),
        (("contact", "add", "--given", "K", "--office", "IOM Atlantis"), "office"),
        (("contact", "add", "--given", "K", "--phone", "letters only"), "phone"),
        (
            (
                "contact",
                "add",
                "--given",
                "K",
                "--office",
                "IOM Beijing",
                "--phone",
                "+86 5979 9695",
            ),
            "phone",
        ),
        (("contact", "add", "--given", "K", "--email", "a@b@iom.int"), "email"),
        (("contact", "add", "--given", "K", "--email", "kieran@iomint"), "email"),
        (("contact", "add", "--given", "K", "--email", "kieran@iom.int."), "email"),
        (("office", "add", "--name", "IOM X", "--country", "ZZ"), "country"),
        (("release", "add", "--title", "T", "--lang", "de", "--date", "2026-11-27"), "language"),
    ],
)
def test_bad_input_is_an_error_naming_the_field_and_writes_nothing(
    beijing: Run, args: tuple[str, ...], field: str
) -> None:
    result = beijing(*args)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith(f"crm-app: error: {field}:")
    assert beijing("contact", "list", "--json").json() == []
    assert len(beijing("office", "list", "--json").json()) == 1
    assert beijing("release", "list", "--json").json() == []


def test_the_sample_number_error_offers_the_repair(beijing: Run) -> None:
    result = beijing(
        "contact",
        "add",
        "--given",
        "K",
        "--office",
        "IOM Beijing",
        "--phone",
        "+ 86 5979 9695 Ext. 203",
    )
    assert "+86 10 5979 9695 ext. 203" in result.err
    kept = beijing(
        "contact",
        "add",
        "--given",
        "K",
        "--office",
        "IOM Beijing",
        "--phone",
        "+ 86 5979 9695 Ext. 203",
        "--allow-invalid-phone",
        "--json",
    ).json()
    assert kept["phones"][0]["valid"] is False
    assert kept["phones"][0]["raw"] == "+ 86 5979 9695 Ext. 203"


def test_unopenable_database_is_an_error(run: Run, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    result = run("--db", f"sqlite:///{junk}", "contact", "list")
    assert result.code == 1 and "not a database" in result.err
    missing = run("--db", f"sqlite:///{tmp_path / 'no' / 'db.sqlite3'}", "contact", "list")
    assert missing.code == 1 and "does not exist" in missing.err


def test_release_add_list_show(beijing: Run) -> None:
    beijing(*KIERAN)
    added = beijing(
        "release",
        "add",
        "--title",
        "L'OIM encourage les liens",
        "--lang",
        "fr",
        "--date",
        "2026-11-27",
        "--office",
        "IOM Beijing",
        "--contact",
        "1",
    )
    assert (added.code, added.out) == (0, "1\n")
    shown = beijing("release", "show", "1", "--json").json()
    assert (shown["language"], shown["date"], shown["office"], shown["status"]) == (
        "fr",
        "2026-11-27",
        "IOM Beijing",
        "draft",
    )
    assert [c["id"] for c in shown["contacts"]] == [1]
    missing = beijing("release", "add", "--title", "T", "--lang", "fr", "--contact", "99")
    assert missing.code == 1 and "99" in missing.err


def test_sample_data_gives_a_new_user_something_to_see(run: Run) -> None:
    assert run("sample-data").code == 0
    contacts = run("contact", "list", "--json").json()
    assert "Kieran Best" in {f"{c['given']} {c['family']}" for c in contacts}
    assert len({c["office"] for c in contacts}) >= 4
    again = run("sample-data")
    assert again.code == 0 and "already there" in again.out
    assert len(run("contact", "list", "--json").json()) == len(contacts)


def test_db_option_and_environment_choose_the_database(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    run("--db", url, "office", "add", "--name", "IOM Dakar", "--country", "SN")
    monkeypatch.setenv("CRM_DB_URL", url)
    assert [o["name"] for o in run("office", "list", "--json").json()] == ["IOM Dakar"]


def test_installed_command_runs_headless(tmp_path: Path) -> None:
    """The real entry point, as a script or CI calls it."""
    env = {**os.environ, "CRM_DB_URL": ""}
    command = [sys.executable, "-m", "crm_app", "--data-dir", str(tmp_path), "sample-data"]
    completed = subprocess.run(
        command, capture_output=True, text=True, env=env, check=False, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "crm_app",
            "--data-dir",
            str(tmp_path),
            "contact",
            "list",
            "--search",
            "Kieran",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert "Kieran Best" in listed.stdout


def test_block_prints_on_stdout_and_warnings_on_stderr(beijing: Run) -> None:
    beijing(*KIERAN)
    result = beijing("block", "--contact", "1", "--lang", "fr")
    assert result.code == 0
    assert result.out == (
        "Pour plus d'informations, veuillez contacter\u00a0:\n"
        "Kieran Best\nOIM Pékin\n"
        "Tél.\u00a0: +86 10 5979 9695, poste 203\n"
        "Courriel\u00a0: kgormanbest@iom.int\n"
    )
    assert result.err == "warning: Kieran Best has never been verified\n"
    html = beijing("block", "--contact", "1", "--format", "html", "--layout", "inline")
    assert 'href="tel:+861059799695,203"' in html.out
    assert 'href="mailto:kgormanbest@iom.int"' in html.out


def test_block_errors_name_what_is_wrong(beijing: Run) -> None:
    beijing(*KIERAN)
    unknown = beijing("block", "--contact", "42")
    assert unknown.code == 1
    assert "42" in unknown.err
    no_template = beijing("block", "--contact", "1", "--lang", "de")
    assert no_template.code == 1
    assert "de" in no_template.err
    beijing("release", "add", "--title", "Empty", "--lang", "en", "--date", "2026-11-27")
    empty = beijing("block", "--release", "1")
    assert empty.code == 1
    assert "no contacts" in empty.err
    beijing("contact", "delete", "1")
    deleted = beijing("block", "--contact", "1")
    assert deleted.code == 1
    assert "1" in deleted.err


def test_publish_then_outdated_after_a_number_changes(beijing: Run) -> None:
    beijing(*KIERAN, "--verified", "2026-11-01")
    beijing(
        "release",
        "add",
        "--title",
        "Migration links",
        "--lang",
        "en",
        "--date",
        "2026-11-27",
        "--contact",
        "1",
    )
    assert beijing("release", "publish", "1").code == 0
    assert beijing("release", "outdated", "--json").json() == []
    beijing("contact", "edit", "1", "--phone", "work:+86 10 5979 9600")
    outdated = beijing("release", "outdated", "--json").json()
    assert [item["release"]["id"] for item in outdated] == [1]
    assert outdated[0]["stale"][0]["printed"] == "+86 10 5979 9695 ext. 203"
    shown = beijing("release", "show", "1", "--json").json()
    assert "+86 10 5979 9695 ext. 203" in shown["published_block"]
    assert "Migration links" in beijing("release", "outdated").out


def test_vcard_export_then_import_creates_nothing(beijing: Run, tmp_path: Path) -> None:
    beijing(*KIERAN)
    target = tmp_path / "contacts.vcf"
    exported = beijing("vcard", "export", "-o", str(target))
    assert exported.code == 0
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert b"TEL;TYPE=WORK,VOICE:+86 10 5979 9695 ext. 203\r\n" in data
    report = beijing("vcard", "import", str(target), "--json").json()
    assert (report["created"], report["updated"], report["skipped"]) == ([], [], [])
    assert len(beijing("contact", "list", "--json").json()) == 1


def test_vcard_export_versions_and_profiles(beijing: Run, tmp_path: Path) -> None:
    beijing(*KIERAN)
    v4 = tmp_path / "v4.vcf"
    assert beijing("vcard", "export", "--version", "4.0", "--contact", "1", "-o", str(v4)).code == 0
    assert b"TEL;VALUE=uri;TYPE=work,voice;PREF=1:tel:+86-10-5979-9695;ext=203" in v4.read_bytes()
    outlook = tmp_path / "outlook.vcf"
    assert beijing("vcard", "export", "--profile", "outlook", "-o", str(outlook)).code == 0
    assert b"FN;CHARSET=utf-8:Kieran Best" in outlook.read_bytes()
    refused = beijing("vcard", "export", "--profile", "outlook", "--version", "4.0", "-o", str(v4))
    assert refused.code == 1
    assert refused.err.startswith("crm-app: error: profile:")


def test_a_family_first_name_and_an_export_in_french(beijing: Run, tmp_path: Path) -> None:
    added = beijing(
        "contact", "add", "--given", "Wei", "--family", "Li", "--name-order", "family-first",
        "--office", "IOM Beijing", "--json",
    )  # fmt: skip
    assert added.json()["family_first"] is True
    assert "1\tLi Wei\t" in beijing("contact", "list").out
    target = tmp_path / "fr.vcf"
    assert beijing("vcard", "export", "--lang", "fr", "-o", str(target)).code == 0
    lines = target.read_bytes().decode("utf-8").split("\r\n")
    assert "FN:Li Wei" in lines
    assert "ADR;TYPE=WORK:;;;Beijing;;;Chine" in lines
    edited = beijing("contact", "edit", "1", "--name-order", "given-first", "--json")
    assert edited.json()["family_first"] is False
    assert "1\tWei Li\t" in beijing("contact", "list").out


def test_vcard_import_dry_run_writes_nothing_and_reports_lines(
    beijing: Run, tmp_path: Path
) -> None:
    source = tmp_path / "in.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ndiaye;Amelie;;;\r\nFN:Amelie Ndiaye\r\n"
        b"EMAIL:andiaye@iom.int\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
    )
    dry = beijing("vcard", "import", str(source), "--dry-run", "--json").json()
    assert [c["name"] for c in dry["created"]] == ["Amelie Ndiaye"]
    assert dry["skipped"][0]["line"] == 7
    assert dry["skipped"][0]["reason"]
    assert beijing("contact", "list", "--json").json() == []
    real = beijing("vcard", "import", str(source))
    assert real.code == 0
    assert real.out.startswith("1 contacts were created")
    assert len(beijing("contact", "list", "--json").json()) == 1


def test_vcard_import_of_a_missing_file_is_an_error(beijing: Run, tmp_path: Path) -> None:
    result = beijing("vcard", "import", str(tmp_path / "nope.vcf"))
    assert result.code == 1
    assert result.err.startswith("crm-app: error: file:")


def test_every_command_that_prints_data_takes_json(beijing: Run, tmp_path: Path) -> None:
    assert beijing(*KIERAN, "--verified", "2026-11-20").code == 0
    block = beijing("block", "--contact", "1", "--lang", "fr", "--json").json()
    assert block["language"] == "fr"
    assert block["text"].startswith("Pour plus d'informations")
    assert 'href="mailto:kgormanbest@iom.int"' in block["html"]
    assert block["warnings"] == []
    assert beijing("contact", "delete", "1", "--json").json()["deleted_at"]
    assert beijing("contact", "restore", "1", "--json").json()["deleted_at"] is None
    beijing(
        "release", "add", "--title", "T", "--lang", "en", "--date", "2026-11-27", "--contact", "1"
    )
    assert beijing("release", "publish", "1", "--json").json()["status"] == "published"
    out = tmp_path / "one.vcf"
    assert beijing("vcard", "export", "-o", str(out), "--json").json() == {
        "written": 1,
        "file": str(out),
    }


def test_hostile_paths_and_addresses_are_clear_errors(beijing: Run, tmp_path: Path) -> None:
    beijing(*KIERAN)
    folder = beijing("vcard", "export", "-o", str(tmp_path))
    assert folder.code == 1
    assert folder.err.startswith("crm-app: error: output:")
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    data_dir = beijing("--data-dir", str(not_a_folder), "contact", "list")
    assert data_dir.code == 1
    assert data_dir.err.startswith("crm-app: error: data-dir:")
    for url in ("javascript:alert(1)", "htps://www.iom,int/news"):
        refused = beijing("release", "add", "--title", "T", "--lang", "en", "--url", url)
        assert refused.code == 1
        assert refused.err.startswith("crm-app: error: url:")
    assert beijing("release", "list", "--json").json() == []
    junk = beijing("contact", "add", "--given", "X", "--phone", "x" * 5000, "--allow-invalid-phone")
    assert junk.code == 1
    assert junk.err.startswith("crm-app: error: phone:")


def test_an_export_is_an_ordinary_file(beijing: Run, tmp_path: Path) -> None:
    beijing(*KIERAN)
    out = tmp_path / "contacts.vcf"
    assert beijing("vcard", "export", "-o", str(out)).code == 0
    assert out.stat().st_mode & 0o044 == 0o044  # readable by others, as the umask allows


def test_an_unreadable_vcard_file_fails_the_import(beijing: Run, tmp_path: Path) -> None:
    junk = tmp_path / "photo.vcf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = beijing("vcard", "import", str(junk))
    assert result.code == 1
    assert "not a vCard file" in result.out
