"""`contact edit --verified none` takes a verification date away; a missing option keeps it."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Run


def test_verified_none_clears_the_date_and_leaving_it_out_keeps_it(
    beijing: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    run = beijing
    added = run(
        "contact",
        "add",
        "--given",
        "Kieran",
        "--family",
        "Best",
        "--office",
        "IOM Beijing",
        "--verified",
        "2026-11-01",
    )
    assert added.code == 0, added.err
    contact_id = added.out.strip()

    kept = run("contact", "edit", contact_id, "--notes", "desk phone", "--json")
    assert kept.code == 0, kept.err
    assert kept.json()["last_verified"] == "2026-11-01"

    cleared = run("contact", "edit", contact_id, "--verified", "none", "--json")
    assert cleared.code == 0, cleared.err
    assert cleared.json()["last_verified"] is None
    assert run("contact", "show", contact_id, "--json").json()["last_verified"] is None

    with pytest.raises(SystemExit) as stopped:  # argparse refuses before main() returns
        run("contact", "edit", contact_id, "--verified", "never")
    assert stopped.value.code == 2
    assert "not a date" in capsys.readouterr().err
