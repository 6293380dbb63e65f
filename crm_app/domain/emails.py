"""E-mail addresses: email-validator decides, we store its normalised form.

Deliverability (a DNS lookup) is off by default because the desktops are often offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from email_validator import EmailNotValidError, validate_email

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import Message, msg

# RFC 3696 errata: 64 before the "@" + "@" + 255 after; anything longer is a paste gone wrong.
MAX_EMAIL_LENGTH = 320

# Candidate addresses in messy text (HTML source, "mailto:" links, signatures). Only the
# characters real addresses use are taken before the "@" (so `title='a@b.org'` gives a@b.org,
# not "title='a"); bounded repeats keep the scan linear; email-validator has the last word.
_CANDIDATE_RE = re.compile(
    r"(?<![\w.+\-])"  # start at the beginning of the address, not inside one
    r"[\w+\-][\w.+'\-]{0,63}"  # the part before "@": O'Brien's apostrophe, never a leading one
    r"@"
    r"[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,20}"  # the domain; a trailing "." ends the sentence
)


# email-validator's commonest sentences, word for word, so the window can translate them;
# any other keeps the library's text inside a translated frame.
_LIBRARY_REASONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Message]], ...] = (
    (
        re.compile(r"The part after the @-sign contains invalid characters: (.*)\.\Z", re.S),
        lambda m: msg(
            "The part after the @-sign contains invalid characters: {chars}.", chars=m[1]
        ),
    ),
    (
        re.compile(r"The email address contains invalid characters before the @-sign: (.*)\.\Z"),
        lambda m: msg(
            "The email address contains invalid characters before the @-sign: {chars}.",
            chars=m[1],
        ),
    ),
)


# Written out (not looked up) so that the translators' tools find each sentence.
_LIBRARY_SENTENCES: dict[str, Callable[[], Message]] = {
    "An email address must have an @-sign.": lambda: msg("An email address must have an @-sign."),
    "The part after the @-sign is not valid. It should have a period.": lambda: msg(
        "The part after the @-sign is not valid. It should have a period."
    ),
    "An email address cannot end with a period.": lambda: msg(
        "An email address cannot end with a period."
    ),
    "An email address cannot start with a period.": lambda: msg(
        "An email address cannot start with a period."
    ),
    "An email address cannot have two periods in a row.": lambda: msg(
        "An email address cannot have two periods in a row."
    ),
    "There must be something before the @-sign.": lambda: msg(
        "There must be something before the @-sign."
    ),
    "There must be something after the @-sign.": lambda: msg(
        "There must be something after the @-sign."
    ),
}


def _library_reason(text: str) -> Message:
    if text in _LIBRARY_SENTENCES:
        return _LIBRARY_SENTENCES[text]()
    for pattern, message in _LIBRARY_REASONS:
        found = pattern.match(text)
        if found:
            return message(found)
    return msg("is not a valid e-mail address: {detail}", detail=text or "?")


def normalise_email(raw: str, *, field: str = "email", check_deliverability: bool = False) -> str:
    """The normalised address (domain lower-cased, IDN decoded), or ValidationError naming `field`.

    The reason is email-validator's own sentence, which tells the user what to fix.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(field, msg("is empty"))
    if len(text) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            field,
            msg(
                "is too long to be an e-mail address ({length} characters; at most {limit})",
                length=len(text),
                limit=MAX_EMAIL_LENGTH,
            ),
        )
    try:
        result = validate_email(text, check_deliverability=check_deliverability)
    except EmailNotValidError as exc:
        raise ValidationError(field, _library_reason(str(exc))) from exc
    except (UnicodeError, ValueError) as exc:  # defensive: IDNA codec corner cases
        raise ValidationError(
            field, msg("is not a valid e-mail address: {detail}", detail=str(exc))
        ) from exc
    normalized: str = result.normalized
    return normalized


def extract_email(text: str) -> str | None:
    """The first address in `text` that validates, normalised; None when there is none.

    For leftovers such as `"mailto:kgormanbest@iom.int" target="">kgormanbest@iom.int`.
    """
    for match in _CANDIDATE_RE.finditer(text):
        try:
            return normalise_email(match.group())
        except ValidationError:
            continue
    return None
