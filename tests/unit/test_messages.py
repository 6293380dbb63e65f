"""Reasons for people are Messages, never plain text, so that none reaches a French window
in English: mypy refuses a str where a reason is expected, and every template is a literal
that the translation catalogue can list."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from mypy import api

from crm_app.domain.blocks import BlockWarning, WarningCode, block_warnings
from crm_app.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import Contact

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "crm_app"

# Each line marked "refused" hands plain text where a reason is expected.
SNIPPET = """\
from crm_app.domain.blocks import BlockWarning, WarningCode
from crm_app.domain.errors import CrmError, DuplicateError, ValidationError
from crm_app.domain.messages import msg
from crm_app.domain.vcard import CardProblem, ReadReport
from crm_app.services.vcards import ImportReport, SkippedCard

name = "Kieran Best"
ValidationError("phone", msg("is empty"))
ValidationError("phone", f"{name} is empty")  # refused
DuplicateError("email", "same e-mail", 3)  # refused
CrmError("the database refused the change")  # refused
CardProblem(4, msg("no vCards found"))
CardProblem(4, "no vCards found")  # refused
SkippedCard(4, "card skipped")  # refused
ReadReport().warnings.append("file is not UTF-8")  # refused
ImportReport().warnings.append(msg("no vCards found"))
BlockWarning(1, name, WarningCode.LEFT, name + " has left the organisation")  # refused
"""


def test_mypy_refuses_a_plain_string_as_a_reason(tmp_path: Path) -> None:
    source = tmp_path / "reasons.py"
    source.write_text(SNIPPET, encoding="utf-8")
    out, err, _status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--follow-imports=silent",
            str(source),
        ]
    )
    refused = {
        number for number, line in enumerate(SNIPPET.splitlines(), 1) if line.endswith("refused")
    }
    flagged = {
        int(line.split(":")[1])
        for line in out.splitlines()
        if line.startswith(str(source)) and "[arg-type]" in line
    }
    assert flagged == refused, out + err


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
            ):
                found.append((path, node))
    return found


def test_every_template_is_a_literal_the_catalogue_can_list() -> None:
    calls = _calls("msg")
    assert len(calls) > 100
    not_literal = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call in calls
        if not (
            call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        )
    ]
    assert not_literal == []


def test_errors_keep_their_templates_for_the_window() -> None:
    refused = ValidationError("phone 2", msg("is empty"))
    assert refused.message == "phone 2: is empty"  # the command line and logs read English
    assert isinstance(refused.message, Message)
    assert refused.message.params == {"field": "phone 2", "reason": "is empty"}
    for error in (NotFoundError("contact", 7), ConflictError("office", 2)):
        assert isinstance(error.message, Message)
        assert error.message.params == {"what": error.what, "key": error.key}


def test_block_warnings_are_messages_with_the_name_and_number() -> None:
    contact = Contact(id=1, uid="u", given="Kieran", family="Best", active=False)
    warnings = block_warnings([contact], today=date(2026, 11, 27))
    left: BlockWarning = warnings[0]
    assert left.code is WarningCode.LEFT
    assert left.message == "Kieran Best has left the organisation"
    assert left.message.template == "{name} has left the organisation"
    assert left.message.params == {"name": "Kieran Best"}
