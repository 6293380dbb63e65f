"""E-mail addresses: email-validator decides, we store its normalised form.

Deliverability (a DNS lookup) is off by default because the desktops are often offline.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import Message, msg

if TYPE_CHECKING:
    from email_validator import ValidatedEmail


class _NotAnAddressError(ValueError):
    """email-validator's EmailNotValidError, with its message."""


def _validate_email(address: str, check_deliverability: bool = False) -> ValidatedEmail:
    """email-validator's check. The package (its tables take a tenth of a second to load)
    loads with the first address checked, not with the window."""
    from email_validator import EmailNotValidError
    from email_validator import validate_email as validate

    try:
        return validate(address, check_deliverability=check_deliverability)
    except EmailNotValidError as exc:
        raise _NotAnAddressError(str(exc)) from exc


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


# email-validator's sentences that already say, in words, what to fix; written out (not
# looked up) so that the translators' tools find each one. Its other sentences list the
# offending characters its own way ("SPACE, 't', 'a', …"): those are replaced by ours.
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
    "The part after the @-sign is a special-use or reserved name that cannot be used with email.": (
        lambda: msg("The part after the @-sign is a reserved name that cannot receive e-mail.")
    ),
    "The part after the @-sign is not valid. It is not within a valid top-level domain.": (
        lambda: msg("The part after the @-sign does not end with a known top-level domain.")
    ),
    "An email address cannot have a period and a hyphen next to each other.": lambda: msg(
        "An email address cannot have a period and a hyphen next to each other."
    ),
    "An email address cannot have a hyphen immediately after the @-sign.": lambda: msg(
        "An email address cannot have a hyphen immediately after the @-sign."
    ),
}

# Punctuation that web pages and signatures leave around an address and that no address
# holds unquoted; named one by one in the reason, the rest gets a general sentence.
_STRAY_PUNCTUATION = '<>()[]\\,;:"'

# extract_email validates at most this many candidates: text full of near-addresses must
# not keep the window busy (each validation costs tens of microseconds).
_MAX_CANDIDATES = 100


@dataclass(frozen=True, slots=True)
class EmailCheck:
    """What is known about one typed address: `address` when it is valid as it stands, else a
    `reason` and, when the text holds a valid address among other things, `suggestion`."""

    raw: str
    address: str | None
    reason: Message | None
    suggestion: str | None

    @property
    def valid(self) -> bool:
        return self.address is not None


def _own_reason(text: str, library: str) -> Message:
    """One clean sentence for a refused `text`, from the library's sentence or our look at it."""
    known = _LIBRARY_SENTENCES.get(library)
    if known is not None:
        return known()
    if any(ch.isspace() for ch in text):
        return msg("An e-mail address cannot contain spaces.")
    if any(unicodedata.category(ch)[0] in "CZ" for ch in text):
        return msg("The address contains invisible or control characters; type it again.")
    stray = "".join(dict.fromkeys(ch for ch in text if ch in _STRAY_PUNCTUATION))
    if stray:
        shown = ", ".join(f"“{ch}”" for ch in stray)
        return msg("An e-mail address cannot contain {characters}.", characters=shown)
    if "@" in text.partition("@")[2]:
        return msg("An e-mail address has only one @-sign.")
    return msg("This is not a valid e-mail address.")


def check_email(raw: str, *, check_deliverability: bool = False) -> EmailCheck:
    """Check `raw` as typed or pasted. Never raises.

    Text that is not an address as it stands but holds one (`mailto:` links, `<a href=…>`
    tags, an `Email:` label, a full stop after it) gets that address as `suggestion`: the
    user confirms it, so nothing pasted is changed behind their back.
    """
    text = raw.strip()
    if not text:
        return EmailCheck(raw, None, msg("is empty"), None)
    if len(text) > MAX_EMAIL_LENGTH:
        reason = msg(
            "This is too long to be an e-mail address ({length} characters; at most {limit}).",
            length=len(text),
            limit=MAX_EMAIL_LENGTH,
        )
    else:
        try:
            result = _validate_email(text, check_deliverability=check_deliverability)
        except _NotAnAddressError as exc:
            reason = _own_reason(text, str(exc))
        except (UnicodeError, ValueError):  # defensive: IDNA codec corner cases
            reason = msg("This is not a valid e-mail address.")
        else:
            normalized: str = result.normalized
            return EmailCheck(raw, normalized, None, None)
    suggestion = extract_email(text)
    if suggestion is not None:
        reason = msg(
            "This is not an e-mail address as it stands; the address in it is {address}.",
            address=suggestion,
        )
    return EmailCheck(raw, None, reason, suggestion)


def normalise_email(raw: str, *, field: str = "email", check_deliverability: bool = False) -> str:
    """The normalised address (domain lower-cased, IDN decoded), or ValidationError naming `field`.

    The reason is one sentence saying what to fix; when the text holds a valid address among
    other things, the error's `suggestion` is that address and the reason names it.
    """
    check = check_email(raw, check_deliverability=check_deliverability)
    if check.address is not None:
        return check.address
    raise ValidationError(
        field, check.reason or msg("This is not a valid e-mail address."), check.suggestion
    )


# What may stand just before an address: a label's colon, a tag's bracket, an attribute's
# "=", a space. A quotation mark only when it opens (`title="a@b.org"`); in `k"b@iom.int` or
# `k;b@iom.int` the address was mistyped, and "b@iom.int" is not what was meant.
_OPENERS = frozenset(":<>([=/")
_QUOTES = frozenset("\"'")


def _starts_cleanly(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before.isspace() or before in _OPENERS:
        return True
    if before in _QUOTES:
        return start == 1 or text[start - 2].isspace() or text[start - 2] in _OPENERS
    return False


def extract_email(text: str) -> str | None:
    """The first address in `text` that validates, normalised; None when there is none.

    For leftovers such as `"mailto:kgormanbest@iom.int" target="">kgormanbest@iom.int`.
    """
    if "&" in text:
        text = html.unescape(text)  # "&lt;a@b.org&gt;", "&#64;" in a page's source
    for count, match in enumerate(_CANDIDATE_RE.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        candidate = match.group()
        if len(candidate) > MAX_EMAIL_LENGTH or not _starts_cleanly(text, match.start()):
            continue
        try:
            result = _validate_email(candidate, check_deliverability=False)
        except (UnicodeError, ValueError):
            continue
        found: str = result.normalized
        return found
    return None


def find_emails(text: str) -> list[tuple[int, int, str]]:
    """Every address in `text` that validates: (start, end, normalised), in order.

    The same candidates and clean-start rule as `extract_email`, without its entity
    decoding, so the spans index `text` itself.
    """
    found: list[tuple[int, int, str]] = []
    for count, match in enumerate(_CANDIDATE_RE.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        candidate = match.group()
        if len(candidate) > MAX_EMAIL_LENGTH or not _starts_cleanly(text, match.start()):
            continue
        try:
            result = _validate_email(candidate, check_deliverability=False)
        except (UnicodeError, ValueError):
            continue
        found.append((match.start(), match.end(), result.normalized))
    return found


# Cloudflare's e-mail protection: the first byte is the key every other byte is XOR-ed with.
_CLOUDFLARE_HEX_RE = re.compile(r"(?:[0-9a-fA-F]{2}){3,330}")


def decode_cloudflare_email(hex_text: str) -> str | None:
    """The address a `data-cfemail` (or `/cdn-cgi/l/email-protection#…`) value hides, or None.

    Only an address that validates comes back: a damaged value yields nothing, never a guess.
    """
    if not _CLOUDFLARE_HEX_RE.fullmatch(hex_text):
        return None
    data = bytes.fromhex(hex_text)
    plain = bytes(byte ^ data[0] for byte in data[1:])
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError:
        return None
    address = extract_email(text)
    return address if address is not None and len(text.strip()) == len(address) else None


# "name [at] example [dot] org", "name (at) example (dot) org", "name AT example DOT org".
# A bracketed "at" is unambiguous; a bare word "at" only counts when a bare "dot" follows,
# so that "meet at example.org" never becomes an address.
_OBF_AT = (
    r"(?:\s*[\[({]\s*(?:at|arobase|arroba|@)\s*[\])}]\s*|\s+(?P<word_at>at|arobase|arroba)\s+)"
)
_OBF_DOT = r"(?:\s*[\[({]\s*(?:dot|point|punto|\.)\s*[\])}]\s*|\s+(?:dot|point|punto)\s+)"
_OBFUSCATED_RE = re.compile(
    rf"(?<![\w.+\-])(?P<local>[\w][\w.+\-]{{0,63}}){_OBF_AT}"
    rf"(?P<domain>[\w\-]{{1,63}}(?:(?:{_OBF_DOT}|\.)[\w\-]{{1,63}}){{1,8}})(?![\w\-])",
    re.IGNORECASE,
)
_OBF_DOT_RE = re.compile(_OBF_DOT, re.IGNORECASE)
_OBF_WORD_DOT_RE = re.compile(r"\s+(?:dot|point|punto)\s+", re.IGNORECASE)
# A cheap look for any spelling at all, so that ordinary text skips the full pattern.
_OBFUSCATED_HINT_RE = re.compile(
    r"[\[({]\s*(?:at|arobase|arroba|@)\s*[\])}]|\s(?:at|arobase|arroba)\s", re.IGNORECASE
)


def reveal_obfuscated_emails(text: str) -> tuple[str, list[str]]:
    """`text` with "name [at] example [dot] org" spellings written as addresses, and those
    addresses; a spelling that does not make a valid address is left as it was."""
    revealed: list[str] = []

    def repl(match: re.Match[str]) -> str:
        domain_text = match.group("domain")
        if match.group("word_at") and not _OBF_WORD_DOT_RE.search(domain_text):
            return match.group()
        address = f"{match.group('local')}@{_OBF_DOT_RE.sub('.', domain_text)}"
        try:
            normalized: str = _validate_email(address, check_deliverability=False).normalized
        except (UnicodeError, ValueError):
            return match.group()
        revealed.append(normalized)
        return normalized

    if not _OBFUSCATED_HINT_RE.search(text):
        return text, revealed
    return _OBFUSCATED_RE.sub(repl, text), revealed
