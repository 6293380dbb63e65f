"""`contact restore` of a contact that duplicates another: restored, with a warning."""

from __future__ import annotations

from tests.cli.conftest import Run

EMAIL = "kgormanbest@iom.int"


def add(run: Run, given: str, *extra: str) -> int:
    result = run("contact", "add", "--given", given, "--family", "Best", "--email", EMAIL, *extra)
    assert result.code == 0, result.err
    return int(result.out)


def test_restoring_a_contact_added_anyway_warns_and_brings_it_back(beijing: Run) -> None:
    first = add(beijing, "Kieran")
    refused = beijing("contact", "add", "--given", "K.", "--family", "Best", "--email", EMAIL)
    assert refused.code != 0 and "--force" in refused.err
    second = add(beijing, "K.", "--force")
    assert beijing("contact", "delete", str(second)).code == 0

    restored = beijing("contact", "restore", str(second))

    assert restored.code == 0, restored.err
    assert restored.out == f"Restored contact {second} (K. Best).\n"
    assert restored.err == (f"warning: possible duplicate of Kieran Best: same e-mail {EMAIL}\n")
    listed = beijing("contact", "list", "--json").json()
    assert sorted(c["id"] for c in listed) == [first, second]


def test_json_restore_keeps_stdout_one_document_and_warns_on_stderr(beijing: Run) -> None:
    first = add(beijing, "Kieran")
    beijing("contact", "delete", str(first))
    newcomer = add(beijing, "K.")  # the address was free while Kieran was deleted

    restored = beijing("contact", "restore", str(first), "--json")

    assert restored.code == 0, restored.err
    assert restored.json()["id"] == first and restored.json()["deleted_at"] is None
    assert "possible duplicate of K. Best: same e-mail" in restored.err
    assert str(newcomer) not in restored.err  # named, not numbered
    assert restored.err.startswith("warning: ")


def test_restoring_without_a_duplicate_prints_no_warning(beijing: Run) -> None:
    first = add(beijing, "Kieran")
    beijing("contact", "delete", str(first))
    restored = beijing("contact", "restore", str(first))
    assert (restored.code, restored.err) == (0, "")


def test_the_same_name_at_the_same_office_is_refused_by_name(beijing: Run) -> None:
    args = ("contact", "add", "--given", "Kieran", "--family", "Best", "--office", "IOM Beijing")
    first = beijing(*args)
    assert first.code == 0, first.err
    refused = beijing(*args)
    assert refused.code != 0 and refused.out == ""
    assert "same name at the same office as Kieran Best (IOM Beijing)" in refused.err
    assert "--force" in refused.err
    assert f"contact {first.out.strip()}" not in refused.err
    assert beijing(*args, "--force").code == 0
