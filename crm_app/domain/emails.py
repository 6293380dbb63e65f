"""E-mail addresses: email-validator decides, we store its normalised form.

Deliverability (a DNS lookup) is off by default because the desktops are often offline.
"""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import msg

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
        # The library's own reason, in English; the frame around it is translated.
        raise ValidationError(
            field, msg("is not a valid e-mail address: {detail}", detail=str(exc) or "?")
        ) from exc
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
