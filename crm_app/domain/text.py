"""Rules for the free text people type into single-line and multi-line fields."""

from __future__ import annotations

import re
import unicodedata

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import msg

_WHITESPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_controls(value: str, field: str, keep: str = "") -> str:
    if _SURROGATE.search(value):
        # What is left of bytes that were not UTF-8: dropping them would quietly change a
        # name ("Jos\udce9" to "Jos"), and no database or file can store them.
        raise ValidationError(field, msg("is not valid UTF-8 text"))
    if value.isprintable():  # no control or format character at all: the common case
        return value
    return "".join(ch for ch in value if ch in keep or unicodedata.category(ch) not in ("Cc", "Cf"))


def clean_line(value: str, field: str, max_length: int = 200) -> str:
    """One line of text: control characters dropped, runs of white space made one space.

    Text with lone surrogates (undecodable bytes) is refused, naming `field`.

    HTML and other markup is kept verbatim; renderers escape it where it matters.
    """
    cleaned = _WHITESPACE.sub(" ", _without_controls(value.replace("\n", " "), field)).strip()
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            msg(
                "is too long ({length} characters; at most {limit})",
                length=len(cleaned),
                limit=max_length,
            ),
        )
    return cleaned


def required_line(value: str, field: str, max_length: int = 200) -> str:
    cleaned = clean_line(value, field, max_length)
    if not cleaned:
        raise ValidationError(field, msg("is empty"))
    return cleaned


def clean_text(value: str, field: str, max_length: int = 20_000) -> str:
    """Multi-line text such as notes: line ends made "\\n", other control characters dropped."""
    unified = value.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _without_controls(unified, field, keep="\n\t").strip()
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            msg(
                "is too long ({length} characters; at most {limit})",
                length=len(cleaned),
                limit=max_length,
            ),
        )
    return cleaned


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def language_code(value: str, field: str = "language") -> str:
    """A BCP 47 primary language tag such as "fr" or "es-419", lower-cased primary subtag."""
    cleaned = value.strip()
    if "-" in cleaned:
        head, tail = cleaned.split("-", 1)
        cleaned = f"{head.lower()}-{tail}"
    else:
        cleaned = cleaned.lower()
    if not LANGUAGE_CODE.match(cleaned):
        raise ValidationError(
            field, msg("'{value}' is not a language code such as en, fr or es", value=value)
        )
    return cleaned


def fold(value: str) -> str:
    """Lower-case, strip accents, collapse white space: "OIM Pékin" -> "oim pekin"."""
    if value.isascii():  # nothing to decompose; casefold is lower for ASCII
        return _WHITESPACE.sub(" ", value.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WHITESPACE.sub(" ", stripped.casefold()).strip()
