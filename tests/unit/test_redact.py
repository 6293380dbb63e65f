"""Passwords never reach a message or a log: redact_url masks them in any text."""

from __future__ import annotations

import logging
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_app.domain.redact import RedactingFormatter, redact_url


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "postgresql://crm:s3cret@db.example.org:5432/crm",
            "postgresql://crm:***@db.example.org:5432/crm",
        ),
        # A typo that makes it no URL at all still holds the password.
        ("postgresql//crm:s3cret@host/db", "postgresql//crm:***@host/db"),
        (
            "--db: 'postgresql//crm:s3cret@host/db' is not",
            "--db: 'postgresql//crm:***@host/db' is not",
        ),
        ("crm:s3cret@localhost/crm", "crm:***@localhost/crm"),
        ("postgresql://:s3cret@host/db", "postgresql://:***@host/db"),
        # An unescaped "@" or "/" inside the password.
        ("postgresql://crm:s3c@ret@host/db", "postgresql://crm:***@host/db"),
        ("postgresql://crm:s3c/ret@host/db", "postgresql://crm:***@host/db"),
        ("postgresql://crm://s3cret@host/db", "postgresql://crm:***@host/db"),
        ("host=db password=s3cret dbname=crm", "host=db password=*** dbname=crm"),
    ],
)
def test_the_password_is_masked(text: str, shown: str) -> None:
    assert redact_url(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "sqlite:////home/ann/press-contacts.sqlite3",
        "postgresql://crm@db.example.org/crm",
        "mailto:kgormanbest@iom.int",
        "email: kgormanbest@iom.int is taken",
        "Tel: +86 10 5979 9695 ext. 203",
    ],
)
def test_text_without_a_password_is_left_alone(text: str) -> None:
    assert redact_url(text) == text


@given(
    user=st.text(st.characters(codec="utf-8", exclude_characters=":/@'\"<>"), min_size=1),
    password=st.text(st.characters(codec="utf-8"), min_size=1).map(lambda p: "//" + p)
    | st.text(st.characters(codec="utf-8"), min_size=1),
    host=st.from_regex(r"[a-z0-9.-]{1,20}", fullmatch=True),
)
def test_no_url_password_survives(user: str, password: str, host: str) -> None:
    user = "".join(user.split()) or "u"
    password = "".join(password.split()) or "p"
    shown = redact_url(f"postgresql://{user}:{password}@{host}/crm")
    assert f":{password}@" not in shown
    assert shown.endswith(f"@{host}/crm")


def test_the_log_formatter_masks_the_message_and_the_traceback() -> None:
    try:
        raise RuntimeError("cannot reach postgresql://crm:s3cret@db.example.org/crm")
    except RuntimeError:
        record = logging.getLogger("crm_app").makeRecord(
            "crm_app", logging.ERROR, __file__, 1, "opening %s", ("crm:s3cret@db",), sys.exc_info()
        )
    formatted = RedactingFormatter("%(message)s").format(record)
    assert "s3cret" not in formatted
    assert "opening crm:***@db" in formatted
    # The exception's message may quote personal data: the log keeps its type and frames only.
    assert "RuntimeError (message kept out of the log)" in formatted
    assert "cannot reach" not in formatted.splitlines()[-1]


def test_a_user_named_like_an_address_scheme_still_has_its_password_masked() -> None:
    # Found by hypothesis: "im" is also the scheme of instant-messaging addresses.
    assert redact_url("postgresql://IM://0@db/crm") == "postgresql://IM:***@db/crm"
    assert redact_url("write to mailto:press@iom.int") == "write to mailto:press@iom.int"
