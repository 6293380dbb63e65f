"""Reading a press release: its title, date and dateline, and the people in its contact block.

A release arrives as a file or a paste: plain text or a web page, in any of the encodings
people's tools write (UTF-8 with or without BOM, Windows-1252, Latin-1), sometimes with
mojibake ("PÃ©kin") or the ends of HTML tags left in (the seed's
`"mailto:kgormanbest@iom.int" target="" title="">kgormanbest@iom.int`). `read_release`
finds the last "For more information, please contact:" block (English, French, Spanish and
the wire services' "SOURCE … For further information:") and reads each person in it as an
`IncomingContact`, for the shared import engine to check and match.

The rule above all: a value that is not in the text is never output. Numbers are kept as
written (the engine checks them with `phones.parse_phone`); a hidden address that cannot be
decoded is counted and remarked on, never guessed.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser

import ftfy
import phonenumbers
import pycountry

from crm_app.domain.countries import _translations
from crm_app.domain.emails import decode_cloudflare_email, find_emails, reveal_obfuscated_emails
from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.messages import Message, msg
from crm_app.domain.places import place_names
from crm_app.domain.records import EmailKind, PhoneKind

# A release is a few pages; 20 MB is a web page with its images inlined, or the wrong file.
MAX_RELEASE_BYTES = 20 * 1024 * 1024
# Above this many characters of HTML, html.parser (about 1 s per 5 MB of dense markup) sees
# only the top of the page (title, dateline) and the surroundings of the last block heading.
_HTML_WINDOW_LIMIT = 600_000
_HTML_TOP = 200_000
_HTML_BEFORE_BLOCK = 60_000
_HTML_AFTER_BLOCK = 120_000
_MAX_BLOCK_LINES = 60
_MAX_META_LINES = 3000  # title and dateline are near the top; never walk a huge page for them
_MAX_MOJIBAKE_LINES = 3000  # ftfy, line by line, for about a fifth of a second


@dataclass(frozen=True, slots=True)
class FoundPerson:
    """One person of the contact block, and what the import dialog shows beside them."""

    contact: IncomingContact
    hidden_emails: int  # addresses the page hid ("[email protected]") and that stayed hidden
    text: str  # the block's lines this person was read from, as they stand in the release


@dataclass(frozen=True, slots=True)
class ReleaseReading:
    """What a release says about itself and its contacts; empty strings and None: not said."""

    title: str
    date: date | None
    dateline: str  # the city (and region) the release is datelined from, as written
    language: str  # "en", "fr", "es"; "" when the text gives no clue
    people: tuple[FoundPerson, ...]
    warnings: tuple[Message, ...]
    block_line: int | None = None  # 1-based line of the block's heading; None: no block
    encoding: str = "utf-8"


# --- decoding -------------------------------------------------------------------------------

# Windows-1252 with the five bytes it leaves undefined read as Latin-1 (as browsers do), so
# no byte is ever lost or replaced.
_CP1252_TABLE = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE
)
_LATIN_NAMES = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})


def _words(text: str) -> list[str]:
    return text.split()


def _cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]


def decode_release(data: bytes) -> tuple[str, str]:
    """(text, encoding used): BOM, then a page's `<meta charset>`, then UTF-8, then cp1252."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    declared = _META_CHARSET_RE.search(data[:8192])
    if declared is not None:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            codec = ""
        if codec in _LATIN_NAMES:
            return _cp1252(data), "cp1252"  # what browsers do with a page labelled Latin-1
        if codec and codec != "utf-8":
            try:
                return data.decode(codec), codec
            except (UnicodeDecodeError, LookupError):
                pass  # the label lies; the bytes decide below
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _cp1252(data), "cp1252"


# UTF-8 read as Windows-1252/Latin-1: a lead byte (Â..ô) followed by a continuation byte.
_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]"
)


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with mojibake repaired; the count of lines that changed.

    A text garbled whole (UTF-8 saved again as if it were Windows-1252) is undone in one
    step; otherwise each suspicious line goes to ftfy, which tells mojibake from real text
    but costs tens of microseconds a line, so at most _MAX_MOJIBAKE_LINES of them.
    """
    if not _MOJIBAKE_HINT_RE.search(text):
        return text, 0
    lines = text.split("\n")
    suspicious = [index for index, line in enumerate(lines) if _MOJIBAKE_HINT_RE.search(line)]
    if len(suspicious) > _MAX_MOJIBAKE_LINES:
        try:
            return text.encode("cp1252").decode("utf-8"), len(suspicious)
        except UnicodeError:
            suspicious = suspicious[:_MAX_MOJIBAKE_LINES]
    changed = 0
    for index in suspicious:
        fixed = ftfy.fix_encoding(lines[index])
        if fixed != lines[index]:
            lines[index] = fixed
            changed += 1
    return "\n".join(lines), changed


# --- HTML to lines --------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    _words(
        "address article aside blockquote br dd div dl dt figcaption figure footer form"
        " h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot"
        " tr ul"
    )
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "select"})
_CELL_TAGS = frozenset({"td", "th"})
_HTML_HINT_RE = re.compile(
    r"<(?:!doctype|html|head|body|p|div|br|span|a|table|tr|td|li|ul|h[1-6]|strong|b|em|meta"
    r"|script|style|section|article|font)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CF_LINK = "/cdn-cgi/l/email-protection#"


@dataclass
class _PageMeta:
    title: str = ""
    h1: str = ""
    og_title: str = ""
    published: str = ""
    lang: str = ""


class _TextMaker(HTMLParser):
    """The page's visible text, one line per block element, with each line's source line.

    Cloudflare-protected addresses are decoded in place; a `mailto:` or `tel:` link whose
    text does not show its target gets the target written after it.
    """

    def __init__(self, line_offset: int, meta: _PageMeta) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._parts: list[str] = []
        self._start_line = 0
        self._offset = line_offset
        self._skip: dict[str, int] = {}
        self._hidden_until: list[str] = []  # tags whose text a decoded address replaces
        self._links: list[tuple[str, str, int]] = []  # (target, kind, parts index at start)
        self._meta = meta
        self._capture: str | None = None  # "title" or "h1" while inside one

    # - events -

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip[tag] = self._skip.get(tag, 0) + 1
        values = {name: value or "" for name, value in attrs}
        if tag == "html" and values.get("lang"):
            self._meta.lang = values["lang"]
        elif tag == "meta":
            self._read_meta(values)
        elif tag == "title":
            self._capture = "title"
        elif tag == "h1" and not self._meta.h1:
            self._capture = "h1"
        elif tag == "time" and not self._meta.published:
            self._meta.published = values.get("datetime", "")
        if self._skip and tag != "title":
            return
        if tag in _BLOCK_TAGS:
            self._break()
        elif tag in _CELL_TAGS:
            self._add(" | ")  # a separator the block reader splits fields on
        hidden = values.get("data-cfemail")
        href = values.get("href", "")
        if hidden is None and _CF_LINK in href:
            hidden = href.partition(_CF_LINK)[2]
        if hidden is not None:
            address = decode_cloudflare_email(hidden.strip())
            if address is not None:
                self._add(f" {address} ")
                self._hidden_until.append(tag)
                return
        if tag == "a" and href[:7].lower() == "mailto:":
            self._links.append((href[7:].partition("?")[0], "mailto", len(self._parts)))
        elif tag == "a" and href[:4].lower() == "tel:":
            self._links.append((href[4:], "tel", len(self._parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "meta", "img", "input"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip.get(tag):
            self._skip[tag] -= 1
            if not self._skip[tag]:
                del self._skip[tag]
        if tag in ("title", "h1") and self._capture == tag:
            self._capture = None
        if self._skip:
            return
        if self._hidden_until and self._hidden_until[-1] == tag:
            self._hidden_until.pop()
            return
        if tag == "a" and self._links:
            target, kind, start = self._links.pop()
            shown = "".join(self._parts[start:])
            target = html.unescape(target).strip()
            if (kind == "mailto" and target and target.lower() not in shown.lower()) or (
                kind == "tel" and target and not any(ch.isdigit() for ch in shown)
            ):
                self._add(f" {target} ")
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            key = self._capture
            setattr(self._meta, key, getattr(self._meta, key) + data)
        if self._skip or self._hidden_until:
            return
        if not self._parts:
            stripped = data.lstrip()
            if not stripped:
                return
            self._start_line = self.getpos()[0] + data.count("\n", 0, len(data) - len(stripped))
        self._parts.append(data)

    # - helpers -

    def _read_meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or "").lower()
        content = values.get("content", "")
        if key in ("og:title", "twitter:title") and not self._meta.og_title:
            self._meta.og_title = content
        elif key in ("article:published_time", "date", "dc.date", "pubdate") and content:
            self._meta.published = self._meta.published or content

    def _add(self, text: str) -> None:
        if not self._parts:
            self._start_line = self.getpos()[0]
        self._parts.append(text)

    def _break(self) -> None:
        if self._parts:
            text = _HTML_SPACE_RE.sub(" ", "".join(self._parts)).strip()
            if text:
                self.lines.append((self._start_line + self._offset, text))
            self._parts = []

    def finish(self) -> list[tuple[int, str]]:
        self.close()
        self._break()
        return self.lines


def _looks_like_html(text: str) -> bool:
    return "<" in text and _HTML_HINT_RE.search(text[:200_000]) is not None


# The heading's key words as they may stand in a page's source (entities, tags in between).
_HTML_BLOCK_HINT_RE = re.compile(
    r"information|informaci|renseignements|contact|prensa|m(?:é|&eacute;|&#233;|&#xe9;)dias",
    re.IGNORECASE,
)
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _html_windows(source: str) -> list[tuple[int, int]]:
    """The parts of a large page worth parsing: its top and around its last block heading."""
    hints = [m.start() for m in _HTML_BLOCK_HINT_RE.finditer(source)]
    scripts = [(m.start(), m.end()) for m in _SCRIPT_RE.finditer(source)]
    starts = [start for start, _ in scripts]
    windows = [(0, _HTML_TOP)]
    for position in reversed(hints):
        index = bisect_right(starts, position) - 1
        if index >= 0 and scripts[index][0] <= position < scripts[index][1]:
            continue  # a heading in a script's data is not on the page
        windows.append((position - _HTML_BEFORE_BLOCK, position + _HTML_AFTER_BLOCK))
        break
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(len(source), e)) for s, e in windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _html_lines(source: str) -> tuple[list[tuple[int, str]], _PageMeta, bool]:
    """(lines with their source line numbers, page metadata, whether only parts were read)."""
    meta = _PageMeta()
    if len(source) <= _HTML_WINDOW_LIMIT:
        maker = _TextMaker(0, meta)
        maker.feed(source)
        return maker.finish(), meta, False
    lines: list[tuple[int, str]] = []
    for start, end in _html_windows(source):
        # Begin at a tag, so the parser never starts inside one.
        tag = re.compile(r"<[A-Za-z/!]").search(source, start, end) if start else None
        begin = tag.start() if tag is not None else start
        maker = _TextMaker(source.count("\n", 0, begin), meta)
        maker.feed(source[begin:end])
        if lines:
            lines.append((lines[-1][0], ""))  # the windows are not one paragraph
        lines.extend(maker.finish())
    return lines, meta, True


# --- text lines -----------------------------------------------------------------------------

_SPACES_RE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _plain_lines(text: str) -> list[tuple[int, str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def _tidy(line: str) -> str:
    line = _INVISIBLE_RE.sub("", line)
    line = _CONTROL_RE.sub(" ", line)
    return _SPACES_RE.sub(" ", line).strip()


# --- languages, places ----------------------------------------------------------------------


def _fold(text: str) -> str:
    """Accent- and case-blind form for look-ups: "Pékin" → "pekin"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Countries: pycountry's names in English, French and Spanish, and these common short forms;
# cities, provinces and states: `places`.
_EXTRA_COUNTRIES = {
    "uk": "GB",
    "united kingdom": "GB",
    "royaume-uni": "GB",
    "reino unido": "GB",
    "usa": "US",
    "united states": "US",
    "etats-unis": "US",
    "estados unidos": "US",
    "russia": "RU",
    "russie": "RU",
    "rusia": "RU",
    "iran": "IR",
    "syria": "SY",
    "syrie": "SY",
    "siria": "SY",
    "venezuela": "VE",
    "bolivia": "BO",
    "bolivie": "BO",
    "tanzania": "TZ",
    "tanzanie": "TZ",
    "south korea": "KR",
    "vietnam": "VN",
    "viet nam": "VN",
    "laos": "LA",
    "moldova": "MD",
    "drc": "CD",
    "rdc": "CD",
}


_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def _place_key(name: str) -> str:
    """A place name as `region_of_place` looks it up: folded words, one space apart."""
    return " ".join(_fold(word) for word in _WORD_RE.findall(name))


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded place name (city, province, state or country, en/fr/es) → ISO 3166 code."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code: str = country.alpha_2
        names = {country.name, getattr(country, "common_name", country.name)}
        for name in list(names):
            for language in ("fr", "es"):
                names.add(_translations(language).gettext(name))
        for name in names:
            table.setdefault(_fold(name), code)
            table.setdefault(_place_key(name), code)
    for name, code in _EXTRA_COUNTRIES.items():
        table[_fold(name)] = code
    for name, code in place_names().items():
        table[_fold(name)] = code
        table[_place_key(name)] = code
    return table


def region_of_place(text: str) -> str | None:
    """The ISO region a city or country named in `text` implies ("OIM Pékin" → "CN")."""
    words = [_fold(w) for w in _WORD_RE.findall(text)]
    places = _places()
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            code = places.get(" ".join(words[start : start + size]))
            if code is not None:
                return code
    return None


def _is_place(text: str) -> bool:
    return _fold(text.strip(" .,:;")) in _places()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    cities = {word for name in place_names() for word in _place_key(name).split()}
    return frozenset(name for name in _places() if name not in cities and " " not in name)


def _is_country(token: str) -> bool:
    return _fold(token.strip(" .,:;")) in _countries()


_STOPWORDS = {
    "en": frozenset(_words("the and of to in for with is on that this by from")),
    "fr": frozenset(_words("le la les des et du une est dans pour que sur par au aux")),
    "es": frozenset(_words("el la los las del y en que por con para una es al se")),
}


def _guess_language(lines: Iterable[str]) -> str:
    counts = dict.fromkeys(_STOPWORDS, 0)
    seen = 0
    for line in lines:
        for word in line.lower().split():
            for language, words in _STOPWORDS.items():
                if word in words:
                    counts[language] += 1
        seen += len(line)
        if seen > 40_000:
            break
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] >= 5 else ""


# --- dates and datelines --------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvier janv enero ene",
        "february feb février fevrier févr fevr febrero",
        "march mar mars marzo",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin junio",
        "july jul juillet juil julio",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre setiembre set",
        "october oct octobre octubre",
        "november nov novembre noviembre",
        "december dec décembre decembre déc diciembre dic",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH_RE = "|".join(sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True))
_DATE_RE = re.compile(
    rf"(?<![\w/.])(?:"
    rf"(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?(?P<m1>{_MONTH_RE})\.?,?\s+"
    rf"(?:de\s+|del\s+)?(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}})"
    rf"|(?P<d4>\d{{1,2}})[./](?P<m4>\d{{1,2}})[./](?P<y4>\d{{4}})"
    rf")(?![\w/])",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str], language: str) -> date | None:
    groups = match.groupdict()
    try:
        if groups["d1"]:
            return date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups["d2"]:
            return date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        if groups["y3"]:
            return date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
        first, second, year = int(groups["d4"]), int(groups["m4"]), int(groups["y4"])
    except (ValueError, KeyError):
        return None
    # 03/04/2024: day first in French, Spanish and British text; an American "04/03" is
    # only read when one of the two cannot be a month.
    if language == "en" and first <= 12 and second <= 12 and first != second:
        return None
    day, month = (second, first) if first <= 12 < second else (first, second)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, language: str = "") -> date | None:
    """The first date written in `text` (English, French or Spanish), or None."""
    for match in _DATE_RE.finditer(text):
        found = _date_of(match, language)
        if found is not None:
            return found
    return None


_UPPER = "A-ZÀ-ÖØ-Þ"
_DATE_TEXT = (
    rf"(?i:(?:\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{_MONTH_RE})\.?,?\s+(?:de\s+)?\d{{4}})"
    rf"|(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}))"
)
_PLACE_WORD = r"[\w'’.]*(?:-[\w'’.]+)*"  # hyphens inside a word only: "SEATTLE--(…" is SEATTLE
_PLACE_TEXT = (
    rf"[{_UPPER}]{_PLACE_WORD}(?:[ \-][{_UPPER}a-zà-ÿ]{_PLACE_WORD}){{0,3}}"
    rf"(?:,\s*[{_UPPER}]{_PLACE_WORD}(?:\s[{_UPPER}]{_PLACE_WORD}){{0,2}})?"
)
# "GENEVA, 12 March 2024 –", "SEATTLE--(BUSINESS WIRE)--", "MANCHESTER, 12 May 2025" alone on
# its line, "Paris, le 12 mars 2025".
_DATELINE_RE = re.compile(
    rf"^(?P<place>{_PLACE_TEXT})"
    r"(?:\s*(?:--|—)?\s*\((?P<org>[^()]{1,40})\))?"
    rf"(?P<date>\s*,?\s*(?:le\s+|el\s+)?{_DATE_TEXT})?"
    r"\.?\s*(?:/[^/\n]{2,40}/)?\s*(?P<sep>(?:–|—|-|:)\s+\S|(?:--|—|–)\s*\S|$)",
)  # case matters: a place starts with a capital, "Paris, le 12 mars" is not "Paris, Le"
# The date first, as the Government of Canada writes it: "March 14, 2025 – Gatineau, Quebec",
# "Le 4 avril 2025 – Ottawa (Ontario)".
_DATE_FIRST_RE = re.compile(
    rf"^(?i:le\s+|el\s+)?(?P<date>{_DATE_TEXT})\s*[–—,\-]\s*"
    rf"(?P<place>{_PLACE_TEXT}(?:\s*\([{_UPPER}][^()]{{1,30}}\))?)"
    r"\s*(?:$|(?:–|—|-|:)\s+\S)"
)
_NOT_PLACES = frozenset(
    _words(
        "tel tél phone email e-mail courriel correo fax mobile note notes photo update"
        " contact source media press presse prensa"
        " monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi"
        " vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo"
    )
)


@dataclass(frozen=True, slots=True)
class _Dateline:
    place: str
    date: date | None
    weak: bool  # "Colombia y Panamá: ACNUR alerta …" may be a headline that names a place
    alone: bool = False  # the line holds the dateline only; the headline may come after it


def _dateline(line: str) -> _Dateline | None:
    """The place (as written) and date when `line` opens with a dateline."""
    first = _DATE_FIRST_RE.match(line)
    if first is not None:
        place = first.group("place").strip(" ,")
        if region_of_place(place) is not None:
            alone = first.end() == len(line.rstrip())
            return _Dateline(place, find_date(first.group("date")), False, alone)
    match = _DATELINE_RE.match(line)
    if match is None:
        return None
    place = match.group("place").strip(" ,")
    if _fold(place.split(",")[0]) in _NOT_PLACES:
        return None
    letters = [ch for ch in place if ch.isalpha()]
    shouting = bool(letters) and all(ch.isupper() for ch in letters)
    known = region_of_place(place) is not None
    dated = bool(match.group("date"))
    if not (shouting or known or dated or match.group("org")):
        return None
    if not (shouting or known) and len(place.split()) > 2:
        return None
    if not match.group("sep") and not dated:
        return None  # a line of a place name alone is not a dateline
    weak = match.group("sep").startswith(":") and not (dated or match.group("org"))
    alone = not match.group("sep")
    return _Dateline(place, find_date(match.group("date") or ""), weak, alone)


# --- the block ------------------------------------------------------------------------------

_AP = "['’`´]"
_COLONISH = r"\s*[,:;.\-–—]?\s*"
# "… on this topic", "… sur ce sujet", "… sobre este tema": up to a comma, a colon or the verb.
_TOPIC_END = (
    r"(?=\s*[,:;.\-–—(]|\s*$|\s+(?:please|veuillez|merci|por\s+favor|favor|contact|call|email"
    r"|s['’]?adresser|comun))"
)
_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        "en",
        r"(?:for|to\s+request)\s+(?:more|further|additional|media)\s+(?:information|details|info)"
        r"(?:,?\s+(?:and|or)\s+(?:to\s+(?:request|arrange|book|schedule)\s+)?(?:an?\s+)?"
        r"interviews?|media\s+requests?|requests?)?"
        rf"(?:\s+(?:on|about|regarding)\s+[^,:\n]{{1,60}}?{_TOPIC_END})?"
        rf"(?:{_COLONISH}(?:please\s+)?(?:contact|call|email|write\s+to|reach\s+out\s+to"
        r"|get\s+in\s+touch\s+with))?",
    ),
    ("en", r"(?:for\s+)?(?:media|press)\s+(?:contacts?|enquiries|inquiries|queries|relations)"),
    ("en", r"contacts?(?=\s*:|\s*$)"),
    ("en", r"(?:media|press)\s+(?:contacts?|office)(?=\s*:|\s*$)"),
    ("en", r"investors?\s+(?:contacts?|relations)(?=\s*:|\s*$)"),
    (
        "fr",
        r"pour\s+(?:(?:obtenir\s+)?plus|de\s+plus\s+amples|toutes?|d['’]autres)\s+(?:d['’]\s*)?"
        r"(?:informations?|renseignements?)(?:\s+compl[ée]mentaires?)?"
        r"(?:,?\s+(?:et|ou)\s+(?:pour\s+)?(?:(?:des|les|toute)\s+)?(?:demandes?\s+d['’]\s*)?"
        r"(?:entrevues?|entretiens?|interviews?))?"
        rf"(?:\s+(?:sur|à\s+propos\s+de|concernant|au\s+sujet\s+de|à)\s+[^,:\n]{{1,60}}?"
        rf"{_TOPIC_END})?"
        rf"(?:{_COLONISH}(?:veuillez\s+|merci\s+de\s+|prière\s+de\s+)?(?:contacter|contactez"
        rf"|joindre|vous\s+adresser\s+à|s{_AP}adresser\s+à|écrire\s+à))?",
    ),
    ("fr", r"renseignements(?=\s*:|\s*$)"),
    ("fr", r"contacts?\s+(?:presse|m[ée]dias?)"),
    ("fr", r"relations?\s+(?:avec\s+les\s+|presse\s+et\s+)?m[ée]dias"),
    ("fr", r"service\s+de\s+presse(?=\s*:|\s*$)"),
    ("fr", r"personnes?[\s\-]+ressources?(?=\s*:|\s*$)"),
    ("fr", r"presse(?=\s*:)"),
    # Quebec: "Source :" over the spokesperson, "Information :" over the contacts.
    ("fr", r"(?:source|informations?)(?=\s*:\s*$)"),
    (
        "es",
        r"para\s+(?:m[áa]s|mayor(?:es)?|obtener\s+m[áa]s)\s+informaci[óo]n"
        r"(?:,?\s+(?:y|o|u)\s+(?:para\s+)?(?:solicitar|coordinar|concertar|programar|pedir)\s+"
        r"(?:una\s+)?entrevistas?)?"
        rf"(?:\s+(?:sobre|acerca\s+de|respecto\s+(?:a|de)|en\s+relaci[óo]n\s+con)\s+"
        rf"[^,:\n]{{1,60}}?{_TOPIC_END})?"
        rf"(?:{_COLONISH}(?:por\s+favor\s+|favor\s+de\s+)?(?:contactar(?:\s+(?:a|con))?"
        r"|contacte\s+(?:a|con)|comunicarse\s+con|comun[íi]quese\s+con|dirigirse\s+a"
        r"|escribir\s+a|llamar\s+a))?",
    ),
    ("es", r"contactos?\s+(?:de\s+|para\s+|con\s+)?(?:los\s+)?(?:prensa|medios)"),
    ("es", r"contactos?(?=\s*:|\s*$)"),
    ("es", r"relaci[óo]n(?:es)?\s+con\s+(?:los\s+)?medios"),
    (
        "es",
        r"(?:oficina|gabinete|servicio|direcci[óo]n|[áa]rea)\s+de\s+(?:prensa|comunicaci[óo]n"
        r"|comunicaciones)(?:\s+y\s+prensa)?(?=\s*:|\s*$)",
    ),
    ("es", r"prensa(?=\s*:)"),
)
# The bare "Contact:" heading is English and French alike.
_AMBIGUOUS = frozenset(i for i, (_, p) in enumerate(_HEADINGS) if p.startswith("contacts?("))
# What may stand between a heading and its colon: an aside ("(media only)", "(email
# address: firstname.lastname@…)"), a request to get in touch, in any of the languages.
_ASIDE = r"(?:\s*\([^()\d]{1,80}\))?"
_REQUEST = (
    rf"(?:{_COLONISH}(?:please\s+|veuillez\s+|merci\s+de\s+|por\s+favor\s+|favor\s+de\s+)?"
    r"(?:contact|call|email|contacter|contactez|joindre|contactar(?:\s+(?:a|con))?"
    r"|contacte\s+(?:a|con)|comun[íi]quese\s+con|comunicarse\s+con|dirigirse\s+a)(?=\s*[:(]|\s*$))?"
)
_HEADING_RE = re.compile(
    r"^[\s*_#>•·\-–]*(?:"
    + "|".join(f"(?P<h{index}>{pattern})" for index, (_, pattern) in enumerate(_HEADINGS))
    + rf")(?![\w]){_ASIDE}{_REQUEST}{_ASIDE}\s*[:.,;\-–—]?\s*",
    re.IGNORECASE,
)
_SOURCE_RE = re.compile(r"^SOURCE:?\s+(?P<org>\S.{0,80})$")

_FOOTER_RE = re.compile(
    r"^\W{0,3}(?:"
    r"[-–—\s]*(?:30|xxx|fin|end|ends)[-–—\s]*$|#{3,}|\*{3,}|_{3,}|={3,}|~{3,}"
    r"|(?:about|à\s+propos|a\s+propos|acerca\s+de|sobre)\b"
    r"|(?:follow|suivez|s[ií]guenos|siga|connect\s+with|share|partager|partagez|compartir"
    r"|tweet|like\s+us|retrouvez-nous|rejoignez-nous|síganos|stay\s+connected"
    r"|restez\s+connect|mantente\s+conectad)\b"
    r"|©|\(c\)\s|copyright\b|all\s+rights\s+reserved|tous\s+droits|todos\s+los\s+derechos"
    r"|notes?\s+(?:to|for)\s+(?:the\s+)?editors?|notes?\s+aux\s+r[ée]dact|note\s+à\s+l['’]"
    r"|notas?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redacci)"
    r"|related\b|read\s+more|lire\s+(?:la\s+suite|aussi)|leer\s+m[áa]s|voir\s+aussi"
    r"|see\s+also|ver\s+tambi[ée]n|tags?\s*:|mots-cl[ée]s|etiquetas|back\s+to\s+top"
    r"|print\b|imprimer\b|imprimir\b|subscribe|abonnez|suscr[ií]b|newsletter|download"
    r"|t[ée]l[ée]charger|descargar|multimedia|liens?\s+connexes?|enlaces"
    r"|facebook|twitter|linkedin|instagram|youtube|tiktok|flickr|bluesky"
    r"|source\s*:?\s+\S"
    r")",
    re.IGNORECASE,
)


@dataclass
class _Heading:
    index: int  # into the lines
    language: str
    rest: str  # what follows the heading on its line
    ambiguous: bool  # "Contact:" is English and French alike


def _headings(lines: list[tuple[int, str]]) -> list[_Heading]:
    found = []
    for index, (_, line) in enumerate(lines):
        if not line or len(line) > 600:
            continue
        match = _HEADING_RE.match(line)
        if match is None:
            continue
        group = next(name for name, value in match.groupdict().items() if value is not None)
        pattern = int(group[1:])
        found.append(
            _Heading(index, _HEADINGS[pattern][0], line[match.end() :], pattern in _AMBIGUOUS)
        )
    return found


def _contact_like(line: str) -> bool:
    """A line that a contact block holds: a number, an address, a name, or a few words."""
    if not line:
        return True
    if find_emails(line) or _has_phone(line) or _HIDDEN_RE.search(line):
        return True
    words = line.split()
    if len(words) <= 4:
        return True
    # A post or an office spelled out: "Cabinet de la ministre de la Culture et des
    # Communications"; never a sentence.
    return (
        len(words) <= 10
        and line[-1] not in '.!?»"”'
        and _role_of(line)
        in (
            "title",
            "office",
            "organisation",
        )
    )


def _heading_runs(lines: list[tuple[int, str]], headings: list[_Heading]) -> list[tuple[int, int]]:
    """Headings that open one block, as (first, last) indices into `headings`.

    "For more information:" then "Media contact: Jane Doe", or "Media contacts" over
    people and then "Media Relations" over a desk, are one block; a menu's "Contact" link
    above the release's title and first paragraph is not part of the block below it.
    """
    runs: list[tuple[int, int]] = []
    for position, heading in enumerate(headings):
        if runs:
            previous = headings[runs[-1][1]]
            between = lines[previous.index + 1 : heading.index]
            if len(between) <= 40 and all(_contact_like(line) for _, line in between):
                runs[-1] = (runs[-1][0], position)
                continue
        runs.append((position, position))
    return runs


# --- people ---------------------------------------------------------------------------------

_PHONE_LABELS: dict[str, PhoneKind] = {}
for _kind, _label_words in (
    (
        PhoneKind.WORK,
        "tel tél tel: telephone téléphone telefone teléfono telefono telf tlf tfno phone ph"
        " t o p office bureau oficina direct directe desk landline fixe fijo work travail"
        " trabajo switchboard standard centralita ligne línea line",
    ),
    (
        PhoneKind.MOBILE,
        "mobile mob m cell cellphone cellular portable port cel celular móvil movil whatsapp"
        " gsm signal",
    ),
    (PhoneKind.FAX, "fax f télécopie telecopie facsimile facsímil"),
):
    for _word in _label_words.split():
        _PHONE_LABELS[_fold(_word)] = _kind
_SINGLE_LETTER_LABELS = frozenset("tmfpo")

_PHONE_RE = re.compile(
    r"(?<![\w+/@.:#=])"
    r"(?P<num>(?:\+\s?|00\s?)?(?:\(\s?\+?\d{1,4}\s?\)\s?)?\d[\d .\-()]{4,24}\d)"
    r"(?![\w@])"
    r"(?P<ext>\s*,?\s*\(?\s*(?:ext(?:ension)?|extn|extensi[óo]n|poste|x|\#|anexo|interno|int)\.?\s*"
    r"[:.]?\s*(?P<extno>\d{1,6})\s*\)?)?",
    re.IGNORECASE,
)
_MORE_EXTENSION_RE = re.compile(
    r"(?<![\w.])(?:ext(?:ension)?|extn|extensi[óo]n|poste|anexo|interno|int)\.?\s*[:.]?\s*"
    r"(?P<extno>\d{1,6})(?![\w])",
    re.IGNORECASE,
)
# Leftover text between the blanked-out pieces (tidied lines never hold three spaces).
_TEXT_RUN_RE = re.compile(r"\S(?:(?!\s{3}).)*")
_DATE_LIKE_RE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_HIDDEN_RE = re.compile(r"\[\s*email\s*protected\s*\]", re.IGNORECASE)
# HTML debris: attributes, link schemes, quotes and brackets; an apostrophe between two
# letters ("Côte d'Ivoire", "O'Brien") is part of the text and stays.
_ATTRIBUTE_RE = re.compile(
    r"""\b[\w\-]{1,20}\s*=\s*(?:"[^"]*"|'[^']*')?|mailto:|tel:|["<>=]"""
    r"|(?<![^\W\d_])'|'(?![^\W\d_])"
)
_LABEL_WORDS_RE = re.compile(
    r"(?<![\w])(?:e-?mails?|courriels?|correos?(?:\s+electr[óo]nicos?)?|mails?|e|web|website"
    r"|site|sitio|twitter|x|skype|signal)\s*[.:]?(?![\w])",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(
    r"\s*(?:[;,|:/\t•·]|\s[-–—]\s|\s(?:at|à|chez)\s|\((?=[^)]*\))|\))\s*",
    re.IGNORECASE,
)
# "Jane Doe or John Smith": a conjunction parts two people only; inside a phrase it is the
# phrase's own ("Environment and Climate Change", "la communication et de l'information").
_CONJUNCTION_RE = re.compile(r"\s+(?:or|ou|o|and|et|y|&)\s+", re.IGNORECASE)
_FILLER_RE = re.compile(
    r"^(?:(?:please|veuillez|merci\s+de|por\s+favor|contact(?:er|ez|ar|e)?|call|appeler|appelez"
    r"|llamar|llame|write\s+to|écrire\s+à|escribir\s+a|comunicarse\s+con|reach|the|our|notre"
    r"|nuestra|nuestro|le|la|el|los|las|les|at|on|à|au|en|al|a|by|via|or|ou|o|and|et|y|with"
    r"|avec|con|de|du|des|del|mr\.?\s*/\s*ms\.?|sur|par|tel[ée]fono|on\s+behalf\s+of)\s+)+",
    re.IGNORECASE,
)
_TRAILING_FILLER_RE = re.compile(r"\s+(?:at|à|au|en|en\s+la|in|on|al|a)$", re.IGNORECASE)
# Capitalised words that open a phrase but never a name: "In Geneva", "Para Prensa".
_NOT_NAME_STARTS = frozenset(
    _words(
        "in at on for to from the a an à au aux en pour par para por el la le les los las"
        " de del contact contacts contacto media press presse prensa email phone tel call"
        " write"
    )
)
_GROUP_WORDS = frozenset(
    _words(
        "media médias medias medios press presse prensa investors investisseurs"
        " inversores investor relations interviews entrevistas entrevues general enquiries"
        " journalists journalistes periodistas contact contacts contacto contactos email"
        " e-mail courriel correo phone tel tél teléfono mobile"
    )
)

# Labels of a group of contacts that is not one person's: "Investors:", "Media:".
_AUDIENCE_WORDS = frozenset(
    _words(
        "media médias medias medios press presse prensa investors investisseurs inversores"
        " journalists journalistes periodistas"
    )
)
# A desk, a line or a service rather than a person: what follows it is not the last-named
# person's ("ou le service de presse de l'OIT : …", "Out of hours, please call …").
_DESK_RE = re.compile(
    r"\b(?:press|media|news)\s*(?:office|desk|team|room|centre|center|line|unit|service"
    r"|hotline|officer\s+on\s+duty)s?\b|\bnewsroom\b"
    r"|\b(?:service|bureau|cellule|pole|equipe)s?\s+(?:de\s+(?:la\s+)?|des\s+)?(?:presse"
    r"|communication|relations\s+(?:avec\s+les\s+)?medias)\b"
    r"|\b(?:servicio|gabinete|oficina|sala|equipo|departamento)\s+de\s+(?:prensa|comunicacion"
    r"|medios)\b"
    r"|\binvest(?:or|isseur|ore)s?\b"
    r"|\b(?:general|public)\s+(?:public\s+)?(?:inquiries|enquiries|information)\b"
    r"|\brenseignements\s+(?:au|du|pour\s+le)\s+public\b|\binformacion\s+(?:al|para\s+el)"
    r"\s+publico\b"
    r"|\b(?:out|outside)\s+(?:of\s+)?(?:office\s+)?hours\b|\bafter[\s-]hours\b"
    r"|\b(?:en\s+dehors|hors)\s+des\s+heures\b|\bfuera\s+del?\s+horario\b"
    r"|\b(?:hotline|switchboard|standard|centralita|permanence|guardia)\b"
)
# Words of a person's own post: "Press Officer", "Head of Media Relations" are people.
_POST_WORDS = frozenset(
    _fold(word)
    for word in _words(
        "officer spokesperson spokesman spokeswoman porte-parole portavoz vocero vocera chargé"
        " chargée responsable director directora directeur directrice head chef jefe jefa"
        " manager gerente coordinator coordinatrice coordinateur coordinadora coordinador"
        " adviser advisor conseiller conseillère asesor asesora specialist spécialiste"
        " especialista attaché attachée secretary secrétaire secretaria secretario associate"
        " assistant assistante asistente lead president présidente président presidente vp"
        " analyst analyste analista consultant consultante consultor consultora editor"
        " rédacteur rédactrice redactor chief agent agente delegate délégué delegado delegada"
        " officier oficial vice"
    )
)


def _is_desk(piece: str) -> bool:
    folded = _fold(piece)
    if not _DESK_RE.search(folded):
        return False
    return not any(word in _POST_WORDS for word in re.findall(r"[^\W\d_]+", folded))


_HONORIFIC_RE = re.compile(
    r"^(?P<h>(?:Dr|Dra|Mr|Mrs|Ms|Mx|Mme|Mlle|Sr|Sra|Srta|Prof|Pr|Sir|Dame)\.?"
    r"|(?:Lic|Licda|Licdo|Ing|Mtro|Mtra|Arq|Abog|Profa|Dott|Dipl)\.|M\.|Miss|Me)\s+"
    rf"(?=[{_UPPER}])"
)
_COMPASS_WORDS = frozenset(
    _words(
        "north south east west central northern southern eastern western midwest midlands"
        " nord sud est ouest norte sur este oeste centro"
    )
)
_PARTICLES = frozenset(
    _words(
        "de del della der di da das do dos du la las le los van von ten ter bin binti al el y e"
        " den des zu"
    )
)
_NAME_TOKEN_RE = re.compile(
    rf"(?:[{_UPPER}][a-zà-ÿ'’]*\.?|[{_UPPER}][\w'’]*(?:-[{_UPPER}]?[\w'’]+)*)"
    rf"|(?:O['’]|D['’]|Mc|Mac|L['’])[{_UPPER}][\w'’\-]*"
)
_JOB_WORDS = frozenset(
    _fold(word)
    for word in _words(
        "officer officers spokesperson spokesman spokeswoman porte-parole portavoz vocero"
        " vocera chargé chargée chargé·e responsable director directora directeur"
        " directrice head chef jefe jefa manager gerente coordinator coordinatrice"
        " coordinateur coordinadora coordinador communications communication comunicación"
        " comunicaciones press presse prensa media médias medios adviser advisor"
        " conseiller conseillère asesor asesora specialist spécialiste especialista"
        " attaché attachée secretary secrétaire secretaria secretario relations relaciones"
        " associate assistant assistante asistente lead president présidente président"
        " presidente vice vp representative représentant représentante representante"
        " analyst analyste analista consultant consultante consultor consultora editor"
        " rédacteur rédactrice redactor senior principal junior deputy adjoint adjointe"
        " adjunto adjunta minister ministre ministra ministro ambassador ambassadeur"
        " embajador embajadora executive exécutif ejecutivo ejecutiva public information"
        " info digital social affairs affaires asuntos mission chief ceo cfo coo founder"
        " fondateur fundador fundadora agent agente delegate délégué delegado delegada"
        " focal point officier oficial portavoces spokespeople external externe externas"
        " relations-médias campaigns campagnes campañas advocacy plaidoyer incidencia"
        " mobilisation"
    )
)
_ORG_WORDS = frozenset(
    _fold(word)
    for word in _words(
        "office bureau oficina ministry ministère ministerio department département"
        " departamento agency agence agencia organization organisation organización"
        " foundation fondation fundación inc inc. ltd ltd. llc corp corp. corporation"
        " company compagnie compañía group groupe grupo s.a. sa gmbh plc ag embassy"
        " ambassade embajada delegation délégation delegación university université"
        " universidad programme program programa fund fonds fondo council conseil consejo"
        " commission comisión government gouvernement gobierno headquarters siège sede"
        " regional régional unit unité unidad centre center centro institute institut"
        " instituto network réseau society société sociedad association asociación"
        " federation fédération federación committee comité union unión hospital hôpital"
        " cabinet gabinete city ville ayuntamiento mairie municipality secretariat"
        " secrétariat secretaría international internacional internationale nations"
        " naciones unies unidas united oxfam world mondial mundial"
        " alimentaire food programa"
    )
)
# Organisations whose words are also people's names ("Cruz", "Croix", "Save"): as phrases.
_ORG_PHRASES = tuple(
    _fold(phrase)
    for phrase in (
        "red cross",
        "croix-rouge",
        "croix rouge",
        "cruz roja",
        "red crescent",
        "croissant-rouge",
        "media luna roja",
        "save the children",
        "médecins sans frontières",
        "medecins sans frontieres",
        "doctors without borders",
        "médicos sin fronteras",
        "world food programme",
        "programme alimentaire mondial",
    )
)


def _has_org_phrase(text: str) -> bool:
    folded = _fold(text)
    return any(phrase in folded for phrase in _ORG_PHRASES)


_ACRONYMS = frozenset(
    _words(
        "iom oim unhcr hcr acnur who oms unicef wfp pam undp pnud unfpa fnuap ocha ilo"
        " oit fao unesco unep pnue icrc cicr ifrc ficr msf un onu nu eu ue unrwa unaids"
        " onusida iaea unops unwomen wmo omm itu uit ifad fida unido onudi unctad cnuced"
        " nrc irc drc hrw ngo ong prn cnw ap afp efe"
    )
)


@dataclass
class _Item:
    kind: str  # "text", "phone", "email", "hidden"
    line: int  # source line
    text: str = ""
    phone_kind: PhoneKind | None = None
    extension: str = ""
    starts_line: bool = False
    alone_on_line: bool = False
    ends_line: bool = False
    after_blank: bool = False  # the first piece of a line that follows an empty one
    source: str = ""  # the line it came from


@dataclass
class _Person:
    line: int
    honorific: str
    given: str
    family: str
    family_first: bool
    title: str = ""
    office: str = ""
    organisation: str = ""
    place: str = ""
    phones: list[tuple[PhoneKind | None, str]] = field(default_factory=list)  # None: unsaid
    emails: list[str] = field(default_factory=list)
    hidden: int = 0
    revealed: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    @property
    def has_channel(self) -> bool:
        return bool(self.phones or self.emails or self.hidden)


_LABEL_TOKEN_RE = re.compile(r"\([^()]{0,15}\)|[^\W\d_]+\.?|[/&+,:.\-–]")
_LABEL_JOINERS = frozenset({"/", "&", "+", ",", ":", ".", "-", "–", "and", "et", "y"})


def _phone_label(before: str, after: str) -> tuple[PhoneKind | None, int]:
    """The kind the words just before (or a bracket after) a number give it, and how many
    characters of `before` those words take ("Tel/WhatsApp: ", "Mob. ", "M: ")."""
    tail = before[-40:]
    tokens = list(_LABEL_TOKEN_RE.finditer(tail))
    kinds: list[PhoneKind] = []
    start = len(tail)
    expected_end = len(tail.rstrip())
    for token in reversed(tokens):
        if token.end() < expected_end and tail[token.end() : expected_end].strip():
            break  # something that is not a label stands between
        text = token.group()
        word = text.rstrip(".")
        folded = _fold(word)
        if folded in _LABEL_JOINERS or text.startswith("("):
            expected_end = len(tail[: token.start()].rstrip())
            continue
        kind = _PHONE_LABELS.get(folded)
        if kind is None:
            break  # "Jane Doe Tel": only the words right before the number count
        if folded in _SINGLE_LETTER_LABELS and not re.match(
            r"[A-Za-z]\s*[:.]", tail[token.start() :]
        ):
            break  # "M" alone is an initial; "M:" and "M." before a number are labels
        kinds.append(kind)
        start = token.start()
        expected_end = len(tail[:start].rstrip())
    used = len(tail) - start if kinds else 0
    bracket = re.match(r"\s*\(([^)]{1,20})\)", after)
    if bracket is not None:
        kind = _PHONE_LABELS.get(_fold(bracket.group(1).strip()))
        if kind is not None:
            kinds.append(kind)
    if not kinds:
        return None, used
    if PhoneKind.MOBILE in kinds:
        return PhoneKind.MOBILE, used
    if PhoneKind.FAX in kinds and PhoneKind.WORK not in kinds:
        return PhoneKind.FAX, used
    # "Tel./Fax": one line that takes calls and faxes is a phone first.
    return PhoneKind.WORK, used


def _phone_spans(text: str) -> Iterator[re.Match[str]]:
    for match in _PHONE_RE.finditer(text):
        number = match.group("num")
        digits = sum(ch.isdigit() for ch in number)
        if 7 <= digits <= 17 and not _DATE_LIKE_RE.fullmatch(number.strip()):
            yield match


def _clean_number(number: str) -> str:
    number = number.strip()
    # An opening bracket left without its closing one belongs to the text around it.
    while number.count("(") > number.count(")") and number.startswith("("):
        number = number[1:].lstrip()
    while number.count(")") > number.count("(") and number.endswith(")"):
        number = number[:-1].rstrip()
    return number


def _items_of_line(number: int, line: str) -> list[_Item]:
    """The pieces of one block line, in order: text, phones, e-mails, hidden addresses."""
    if "&" in line and re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", line, re.IGNORECASE):
        line = html.unescape(line)
    line, _ = reveal_obfuscated_emails(line)
    spans: list[tuple[int, int, _Item]] = []
    for match in _HIDDEN_RE.finditer(line):
        spans.append((match.start(), match.end(), _Item("hidden", number)))
    for start, end, address in find_emails(line):
        spans.append((start, end, _Item("email", number, address)))
    blanked = list(line)
    for start, end, _ in spans:
        blanked[start:end] = " " * (end - start)
    for match in _URL_RE.finditer(line):
        blanked[match.start() : match.end()] = " " * (match.end() - match.start())
    masked = "".join(blanked)
    for match in _phone_spans(masked):
        raw = _clean_number(match.group("num"))
        if sum(ch.isdigit() for ch in raw) < 7:
            continue
        extension = match.group("extno") or ""
        kind, used = _phone_label(masked[: match.start()], masked[match.end() :])
        item = _Item("phone", number, raw, kind, extension)
        spans.append((match.start() - used, match.end(), item))
        blanked[match.start() - used : match.end()] = " " * (match.end() - match.start() + used)
    masked = "".join(blanked)
    # "(011) 4952-7200 int. 2345 (Florencia) – int. 2361 (Matías)": the same number again,
    # at another extension.
    phones = sorted((span for span in spans if span[2].kind == "phone"), key=lambda s: s[0])
    if phones and any(span[2].extension for span in phones):
        for match in _MORE_EXTENSION_RE.finditer(masked, phones[0][1]):
            base = next(span[2] for span in reversed(phones) if span[0] < match.start())
            if not base.extension:
                continue
            item = _Item("phone", number, base.text, base.phone_kind, match.group("extno"))
            spans.append((match.start(), match.end(), item))
            blanked[match.start() : match.end()] = " " * (match.end() - match.start())
        masked = "".join(blanked)
    # The text between the pieces: names, titles, offices.
    for part in _TEXT_RUN_RE.finditer(masked):
        spans.append((part.start(), part.end(), _Item("text", number, part.group())))
    spans.sort(key=lambda span: span[0])
    items: list[_Item] = []
    postal = _ADDRESS_RE.match(masked) is not None
    for _, _, item in spans:
        if item.kind == "text":
            if postal:
                continue  # "Paseo Infanta Isabel, 1 – 28014 Madrid" is where, not who
            items.extend(
                _Item("desk" if desk else "text", number, piece)
                for piece, desk in _text_pieces(item.text)
            )
        else:
            items.append(item)
    if len(items) > 1 and all(item.kind == "text" for item in items):
        items = _whole_organisation(items, line)
    if _is_office_label(items, line):
        items[0].kind = "desk"  # "Minister's office: ministerial.media@…" is not a person's
    for item in items:
        item.source = line
    if items:
        items[0].starts_line = True
        items[-1].ends_line = True
        if len(items) == 1:
            items[0].alone_on_line = True
    return items


_OFFICE_LABEL_WORDS = frozenset(
    _words(
        "office offices bureau bureaux oficina oficinas cabinet gabinete desk secretariat"
        " secrétariat secretaría secretaria despacho"
    )
)


def _is_office_label(items: list[_Item], line: str) -> bool:
    """A line "Some office: <numbers and addresses>": the office's own channels."""
    if len(items) < 2 or items[0].kind != "text":
        return False
    if any(item.kind not in ("phone", "email", "hidden") for item in items[1:]):
        return False
    label = items[0].text
    if not re.match(rf"^\W*{re.escape(label)}\s*:", line) or _is_name(label):
        return False
    words = [_fold(word) for word in re.findall(r"[^\W\d_]+", label)]
    return any(word in _OFFICE_LABEL_WORDS for word in words) and not any(
        word in _POST_WORDS for word in words
    )


# A postal address: a street word and a number, or a post box.
_ADDRESS_RE = re.compile(
    r"(?=.*\d)(?:.*\b(?:rue|avenue|av|boulevard|bd|blvd|chemin|route|quai|all[ée]e|impasse"
    r"|street|road|rd|lane|drive|square|calle|avenida|avda|paseo|plaza|carrera|calzada|camino"
    r"|via|viale|piazza|stra(?:ss|ß)e|weg|gasse|platz)\b\.?\s+\S"
    r"|.*\b(?:p\.?\s?o\.?\s+box|b\.?p\.?\s+\d|case\s+postale|apartado(?:\s+postal)?"
    r"|casilla|c\.\s?p\.\s+\d))",
    re.IGNORECASE,
)


def _whole_organisation(items: list[_Item], line: str) -> list[_Item]:
    """A line that is an organisation's name with commas in it, as one piece:
    "Ministerio de Agricultura, Pesca y Alimentación"."""
    first = items[0]
    if _is_name(first.text) or _role_of(first.text) not in ("organisation", "office"):
        return items
    merged = first.text
    rest = items[1:]
    while rest:
        piece = rest[0].text
        words = [_fold(w) for w in re.findall(r"[^\W\d_]+", piece)]
        joined = f"{merged}, {piece}"
        if (
            joined not in line
            or (_is_name(piece) and not _CONJUNCTION_RE.search(piece))  # "Pesca y Alimentación"
            or _is_place(piece)
            or any(word in _JOB_WORDS for word in words)
            or not all(word[:1].isupper() or _fold(word) in _PARTICLES for word in piece.split())
        ):
            break
        merged = joined
        rest = rest[1:]
    if merged == first.text:
        return items
    return [_Item("text", first.line, merged, source=first.source), *rest]


def _clean_piece(raw: str) -> str:
    piece = _FILLER_RE.sub("", raw.strip(" \t.,;:-–—()[]*_\"'")).strip(" .,;:-–—()[]*_")
    return _TRAILING_FILLER_RE.sub("", piece)


def _text_pieces(text: str) -> list[tuple[str, bool]]:
    """The name, title and office phrases in leftover text, less labels and HTML debris;
    each with whether it names a desk or an audience rather than a person ("press office",
    "Investors")."""
    text = _ATTRIBUTE_RE.sub(" ", text)
    pieces: list[tuple[str, bool]] = []
    for chunk in _SPLIT_RE.split(text):
        parts = _CONJUNCTION_RE.split(chunk)
        if len(parts) > 1:
            cleaned = [_clean_piece(part) for part in parts]
            # Between two people, or after one ("Jane Doe or the press office"); never
            # inside an office or a title, whatever follows the conjunction.
            if not (
                all(not part or _is_name(part) for part in cleaned)
                or (cleaned[0] and _is_name(cleaned[0]))
            ):
                parts = [chunk]
        for raw in parts:
            piece = _clean_piece(raw)
            if not piece or not any(ch.isalpha() for ch in piece):
                continue
            folded = _fold(piece)
            if folded in _PHONE_LABELS or _LABEL_WORDS_RE.fullmatch(piece):
                continue
            if folded in _GROUP_WORDS:
                if folded in _AUDIENCE_WORDS:
                    pieces.append((piece, True))
                continue
            pieces.append((piece, _is_desk(piece)))
    return pieces


def _tokens(text: str) -> list[str]:
    return text.split()


def _is_name(text: str) -> bool:
    """Two to five capitalised words, with no job or organisation word: "Kieran BEST"."""
    if len(text) > 60 or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    text = _HONORIFIC_RE.sub("", text)
    tokens = _tokens(text)
    particles = sum(token in _PARTICLES for token in tokens[1:-1])
    if not 2 <= len(tokens) - particles <= 5 or particles > 3:
        return False  # "María de los Ángeles García Pérez": four words and two particles
    if _fold(tokens[0]) in _NOT_NAME_STARTS or _has_org_phrase(text):
        return False
    if any(_fold(token) in _GROUP_WORDS for token in tokens):
        return False  # "Investor Contact", "Media Relations": a label, not a person
    if sum(_fold(token) in _COMPASS_WORDS for token in tokens) >= 2 or (
        tokens[0].isupper() and any(_fold(token) in _COMPASS_WORDS for token in tokens[1:])
    ):
        return False  # "HSE South West", "NHS North East": a region's unit
    capitals = 0
    for token in tokens:
        folded = _fold(token.strip(".,"))
        if token in _PARTICLES:
            continue
        if folded in _JOB_WORDS or folded in _ORG_WORDS or folded in _ACRONYMS:
            return False
        if folded in _PHONE_LABELS and len(folded) > 1:
            return False
        if not _NAME_TOKEN_RE.fullmatch(token):
            return False
        capitals += 1
    if capitals < 2 and not (capitals == 1 and len(tokens) >= 3):
        return False
    if _is_place(text) or any(_is_country(token) for token in tokens):
        return False  # "Health Canada", "Oxfam France": an organisation in a country
    # A whole line of short capitals is an acronym list ("IOM UN"), not a person.
    return not all(token.isupper() and len(token) <= 3 for token in tokens)


def _split_name(text: str) -> tuple[str, str, str, bool]:
    """(honorific, given, family, family first) as written."""
    honorific = ""
    match = _HONORIFIC_RE.match(text)
    if match is not None:
        honorific = match.group("h")
        text = text[match.end() :]
    tokens = _tokens(text)

    def shouting(token: str) -> bool:
        letters = [ch for ch in token if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)

    marks = [shouting(token) for token in tokens]
    if any(marks) and not all(marks):
        # The ALL-CAPS convention marks the family name: "Kieran BEST", "BEST Kieran".
        if marks[0]:
            count = next(i for i, mark in enumerate(marks) if not mark)
            return honorific, " ".join(tokens[count:]), " ".join(tokens[:count]), True
        first = marks.index(True)
        return honorific, " ".join(tokens[:first]), " ".join(tokens[first:]), False
    family_start = len(tokens) - 1
    # The family name starts at its particle: "Jean-Baptiste de La Fontaine",
    # "Pieter Van den Broeck".
    while family_start > 1 and _fold(tokens[family_start - 1]) in _PARTICLES:
        family_start -= 1
    return honorific, " ".join(tokens[:family_start]), " ".join(tokens[family_start:]), False


_COMPANY_SUFFIXES = frozenset(_words("inc ltd llc corp corporation plc gmbh s.a sa ag co"))


# The trade of an agency ("Harbor Light Communications", "Bruma Comunicación"), and words that
# qualify a department rather than name a firm ("Corporate Communications").
_AGENCY_TRADES = frozenset(
    _fold(word)
    for word in _words(
        "communications communication comunicación comunicaciones comunicacion pr relations"
        " relaciones media médias medios consulting conseil consultores partners associates"
        " asociados agency agence agencia strategies stratégies estrategias"
    )
)
_DEPARTMENT_WORDS = frozenset(
    _fold(word)
    for word in _words(
        "corporate strategic global external internal public marketing brand content"
        " institutional institutionnelle institutionnelles institucional institucionales"
        " corporativa corporativo corporativas externe externes interne internes stratégique"
        " estratégica estratégico digital digitales numérique publique pública públicas"
        " government gouvernementale gubernamental investor investisseurs inversores"
        " media médias medios press presse prensa news"
    )
)


def _is_agency(text: str) -> bool:
    """A firm's name: capitalised words ending in a trade, with a name of its own before it."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or _fold(tokens[-1]) not in _AGENCY_TRADES:
        return False
    own = [t for t in tokens[:-1] if _fold(t) not in _PARTICLES and _fold(t) != "&"]
    if not own or not all(t[:1].isupper() for t in own):
        return False
    folded = [_fold(t.strip(".,")) for t in own]
    if any(word in _POST_WORDS or word in _AGENCY_TRADES for word in folded):
        return False
    return not all(word in _DEPARTMENT_WORDS or word in _JOB_WORDS for word in folded)


def _role_of(text: str) -> str:
    """ "title", "office", "organisation", "place" or "" for a phrase that is not a name."""
    words = [_fold(w.strip(".,()")) for w in text.split()]
    if _is_place(text) or (
        len(words) > 1
        and words[0] in ("in", "a", "en", "au", "aux", "at")
        and _is_place(text.split(None, 1)[1])
    ):
        return "place"
    parts = re.findall(r"[^\W\d_]+", _fold(text))  # "Vice-President" is two words here
    has_job = any(word in _JOB_WORDS for word in words) or any(p in _JOB_WORDS for p in parts)
    has_org = (
        _has_org_phrase(text)
        or any(word in _ORG_WORDS or word in _ACRONYMS for word in words)
        or any(len(w) >= 2 and w.isupper() and w.isalpha() for w in text.split())
    )
    located = region_of_place(text) is not None
    company = any(word in _COMPANY_SUFFIXES for word in words) or _is_agency(text)
    if (
        has_job
        and not company
        and not (has_org and located and len(words) <= 4)
        and not (words and words[0] in _ORG_WORDS)
    ):
        return "title"
    if company:
        return "organisation"
    if has_org:
        office_words = {"office", "bureau", "oficina", "mission", "delegation", "delegacion"}
        office_words |= {"headquarters", "siege", "sede", "regional"}
        return "office" if located or any(w in office_words for w in words) else "organisation"
    if any(ch.islower() for ch in text) and len(words) >= 2:
        return "title" if words[0] not in _PARTICLES else ""
    return ""


def _people(items: list[_Item]) -> tuple[list[_Person], int]:
    """The people the items name, and how many channels had no one to go to."""
    people: list[_Person] = []
    pending: dict[str, str] = {}  # what a line before a name says about the next person
    group: dict[str, str] = {}  # a heading line ("UNHCR Geneva") for everyone under it
    orphans = 0
    current: _Person | None = None
    mates: list[_Person] = []  # people named together on one line: "Jane Doe / John Roe"
    tags: set[int] = set()  # items that tag the channel before them with a mate's name
    for index, item in enumerate(items):
        if index in tags:
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        next_is_name = (
            following is not None and following.kind == "text" and _is_name(following.text)
        )
        if item.after_blank and current is not None and current.has_channel:
            # A blank line after someone's numbers closes them: what follows is another
            # contact, or a desk with no name ("Media Relations / Health Canada / …").
            current, group = None, {}
        if item.kind == "desk":
            if current is not None and current.has_channel:
                # A desk or another audience after someone's numbers: what follows is not
                # theirs, until the next name.
                current, pending = None, {}
                continue
            if _fold(item.text) in _GROUP_WORDS:
                continue
            item.kind = "text"
        if item.kind == "text":
            name = _is_name(item.text)
            if (
                name
                and current is not None
                and not current.has_channel
                and item.alone_on_line
                and item.line != current.line
                and not (current.office or current.organisation)
            ):
                name = False  # "Jennifer Walsh / Acme Water / (212) …": the company
                role = "organisation"
            else:
                role = "" if name else _role_of(item.text)
            if name:
                honorific, given, family, first = _split_name(item.text)
                together = (
                    current is not None
                    and current.line == item.line
                    and not current.has_channel
                    and bool(mates)
                    and mates[-1] is current
                )
                current = _Person(item.line, honorific, given, family, first)
                current.lines.append(item.line)
                mates = [*mates, current] if together else [current]
                for key, value in (*group.items(), *pending.items()):
                    if key in ("title", "office", "organisation", "place") and not getattr(
                        current, key
                    ):
                        setattr(current, key, value)
                pending = {}
                people.append(current)
                continue
            if not role:
                continue
            if current is None or (current.has_channel and next_is_name):
                if item.alone_on_line and role != "title" and current is None:
                    group[role] = item.text
                else:
                    pending[role] = item.text
                continue
            if current.has_channel and item.starts_line and item.alone_on_line and role != "title":
                group = {role: item.text}
                current = None
                continue
            if role == "title" and current.title:
                joined = f"{current.title}, {item.text}"
                if joined in item.source:
                    current.title = joined  # "Director, Communications" as printed
                    continue
                if region_of_place(item.text) is not None and not current.office:
                    role = "office"
            if not getattr(current, role):
                setattr(current, role, item.text)
                current.lines.append(item.line)
            continue
        if current is None:
            orphans += 1
            continue
        owner = current
        if len(mates) > 1 and current in mates:
            owner = _mate_of(items, index, mates, tags) or current
        owner.lines.append(item.line)
        if item.kind == "phone":
            raw = f"{item.text} ext. {item.extension}" if item.extension else item.text
            if all(raw != known for _, known in owner.phones):
                owner.phones.append((item.phone_kind, raw))
        elif item.kind == "email":
            if item.text.lower() not in (known.lower() for known in owner.emails):
                owner.emails.append(item.text)
        else:
            owner.hidden += 1
    return people, orphans


def _mate_of(
    items: list[_Item], index: int, mates: list[_Person], tags: set[int]
) -> _Person | None:
    """Which of several people named on one line a channel is, when the text says so:
    a name in brackets after it ("int. 2345 (Florencia)"), or its place in a row of as many
    addresses as people ("fgimenez@… / mbenitez@…")."""
    item = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    if following is not None and following.kind == "text" and following.line == item.line:
        tag = _fold(following.text)
        for mate in mates:
            names = {_fold(mate.given), _fold(mate.given.split()[0]) if mate.given else ""}
            names.add(_fold(f"{mate.given} {mate.family}"))
            if tag and tag in names:
                tags.add(index + 1)
                return mate
    row = [other for other in items if other.line == item.line]
    if (
        item.kind == "email"
        and all(other.kind == "email" for other in row)
        and len(row) == len(mates)
    ):
        return mates[row.index(item)]
    return None


def _dialable(raw: str) -> str:
    digits = re.sub(r"[^\d+]", "", raw.partition(" ext. ")[0])
    return "+" + digits[2:] if digits.startswith("00") else digits


def _person_region(person: _Person, dateline_region: str | None) -> str | None:
    """The country a person's numbers written without "+" are in.

    In order of trust: the place their office or organisation names ("CARE France"), the
    country of their own numbers written with "+" ("+44 (0)161 …" beside "07412 …"), the
    release's dateline; the first under which their national numbers are valid wins.
    """
    candidates: list[str] = []
    named = region_of_place(f"{person.office} {person.organisation} {person.place}")
    if named is not None:
        candidates.append(named)
    national: list[str] = []
    for _, raw in person.phones:
        digits = _dialable(raw)
        if not digits.startswith("+"):
            national.append(digits)
            continue
        try:
            number = phonenumbers.parse(digits, None)
        except phonenumbers.NumberParseException:
            continue
        # The number's own region ("+44 7911 …" is Guernsey's), then its code's main country.
        codes: list[str | None] = [
            phonenumbers.region_code_for_number(number)
            if phonenumbers.is_valid_number(number)
            else None,
            phonenumbers.region_code_for_country_code(number.country_code or 0),
        ]
        for code in codes:
            if code and code != "ZZ" and code not in candidates:
                candidates.append(code)
    if dateline_region is not None and dateline_region not in candidates:
        candidates.append(dateline_region)
    if not candidates:
        return None
    if not national:
        return named or dateline_region or candidates[0]

    def fit(region: str) -> tuple[int, int]:
        valid = possible = 0
        for digits in national:
            try:
                number = phonenumbers.parse(digits, region)
            except phonenumbers.NumberParseException:
                continue
            valid += phonenumbers.is_valid_number(number)
            possible += phonenumbers.is_possible_number(number)
        return valid, possible

    return max(candidates, key=fit)  # max keeps the first of equals: the order of trust


def _kind_by_number(raw: str, region: str | None) -> PhoneKind:
    """An unlabelled number: MOBILE when phonenumbers reads a mobile line, else WORK."""
    digits = re.sub(r"[^\d+]", "", raw.partition(" ext. ")[0])
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+") and region is None:
        return PhoneKind.WORK
    try:
        number = phonenumbers.parse(digits, None if digits.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return PhoneKind.WORK
    kind = phonenumbers.number_type(number)
    return PhoneKind.MOBILE if kind == phonenumbers.PhoneNumberType.MOBILE else PhoneKind.WORK


def _block_end(lines: list[tuple[int, str]], start: int, stop: int) -> int:
    """Index after the block's last line: its footer, a paragraph of prose, or `stop`."""
    blank_run = 0
    content = 0
    for index in range(start, min(stop, start + _MAX_BLOCK_LINES * 3)):
        line = lines[index][1]
        if not line:
            blank_run += 1
            if blank_run >= 3 and content:
                return index
            continue
        blank_run = 0
        if _FOOTER_RE.match(line):
            return index
        words = len(line.split())
        if words >= 16 and not find_emails(line) and not _has_phone(line):
            return index  # the next paragraph of the release, not a contact
        content += 1
        if content >= _MAX_BLOCK_LINES:
            return index + 1
    return min(stop, start + _MAX_BLOCK_LINES * 3)


def _has_phone(line: str) -> bool:
    return any(True for _ in _phone_spans(line))


# --- the reading ----------------------------------------------------------------------------


def _hidden_remark(count: int) -> Message:
    if count == 1:
        return msg("1 e-mail address is hidden by the web page")
    return msg("{count} e-mail addresses are hidden by the web page", count=count)


def _title_lines(lines: list[tuple[int, str]], stop: int) -> tuple[str, str, date | None]:
    """(title, dateline place, date) from the body's first lines, as far as they say."""
    limit = min(stop, _MAX_META_LINES, len(lines))
    fallback: tuple[str, str, date | None] | None = None
    looked = 0
    for index in range(limit):
        line = lines[index][1]
        if not line or line[0] in "-•*":
            continue
        if fallback is not None:
            looked += 1
            if looked > 6:
                break
        found = _dateline(line)
        if found is None:
            continue
        title = ""
        for back in range(index - 1, max(-1, index - 5), -1):
            candidate = lines[back][1]
            if candidate and _title_shaped(candidate) and not _RELEASE_LABEL_RE.match(candidate):
                title = candidate
                break
            if candidate:
                break
        if not title and found.alone:
            following = next((text for _, text in lines[index + 1 : index + 4] if text), "")
            if _title_shaped(following) and not _RELEASE_LABEL_RE.match(following):
                title = following  # "Paris, le 12 mars 2025" over the headline
        when = found.date
        if when is None:
            for back in range(index - 1, max(-1, index - 4), -1):
                when = find_date(lines[back][1]) if len(lines[back][1]) < 60 else None
                if when is not None:
                    break
        if not found.weak:
            return title, found.place, when
        if fallback is None:
            # "RDC : le PAM alerte …" is likely the headline; a real dateline may follow.
            fallback = (title or (line if _title_shaped(line) else ""), found.place, when)
    if fallback is not None:
        return fallback
    return _title_before_body(lines, limit), "", None


_RELEASE_LABEL_RE = re.compile(
    r"^\W*(?:(?:news|press|media)\s+release|communiqu[ée](?:\s+de\s+presse)?"
    r"|(?:nota|comunicado)(?:\s+de\s+prensa)?|statement|d[ée]claration|declaraci[óo]n"
    r"|for\s+immediate\s+release|pour\s+diffusion\s+imm[ée]diate|para\s+difusi[óo]n\s+inmediata)"
    r"\W*$",
    re.IGNORECASE,
)


def _title_shaped(line: str) -> bool:
    return (
        12 <= len(line) <= 250
        and line[-1] not in ".,;:"
        and not find_emails(line)
        and any(ch.isupper() for ch in line[:2])
        and len(line.split()) >= 3
    )


def _title_before_body(lines: list[tuple[int, str]], limit: int) -> str:
    """The line that opens the longest run of prose lines, when it is shaped like a headline.

    Wrapped prose breaks lines anywhere; a menu is short lines, bullets and repeats.
    """
    best = (0, -1)
    run_start = -1
    run_chars = 0
    for index in range(limit + 1):
        line = lines[index][1] if index < limit else ""
        prose = (
            bool(line)
            and line[0] not in "-•*|"
            and (len(line) >= 25 or (run_start >= 0 and line[-1] in '.!?»"”)'))
            and (index == 0 or line != lines[index - 1][1])
        )
        if prose:
            if run_start < 0:
                run_start, run_chars = index, 0
            run_chars += len(line)
            continue
        if run_start >= 0 and run_chars > best[0] and index - run_start >= 3:
            best = (run_chars, run_start)
        run_start = -1
    start = best[1]
    if start < 0:
        return ""
    first = lines[start][1]
    second = lines[start + 1][1] if start + 1 < len(lines) else ""
    if _title_shaped(first) and second[:1].isupper() and "." not in first:
        return first
    return ""


def read_release(source: bytes | str, *, language: str | None = None) -> ReleaseReading:
    """Read a press release (plain text or HTML, bytes in any common encoding, or text).

    Raises ValidationError naming "release" when the input is too large to be one.
    """
    size = len(source)  # bytes, or characters: near enough for a cap
    if size > MAX_RELEASE_BYTES:
        raise ValidationError(
            "release",
            msg(
                "is too large to be a press release ({size} MB; at most {limit} MB)",
                size=round(size / 1_048_576, 1),
                limit=MAX_RELEASE_BYTES // 1_048_576,
            ),
        )
    warnings: list[Message] = []
    if isinstance(source, bytes):
        text, encoding = decode_release(source)
        if encoding == "cp1252":
            warnings.append(msg("the text is not UTF-8; it was read as Windows-1252"))
    else:
        text, encoding = source.removeprefix("\ufeff"), "utf-8"
    if "\x00" in text:
        text = text.replace("\x00", "")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(
            msg("garbled accents repaired on {count} lines (such as 'PÃ©kin')", count=repaired)
        )
    meta = _PageMeta()
    if _looks_like_html(text):
        raw_lines, meta, partial = _html_lines(text)
        if partial:
            warnings.append(
                msg("a large page: only its top and its contact block's surroundings were read")
            )
    else:
        raw_lines = _plain_lines(text)
    lines = [(number, _tidy(line)) for number, line in raw_lines]

    headings = _headings(lines)
    page_language = meta.lang.split("-")[0].lower()[:3] if meta.lang else ""
    body_language = language or page_language

    chosen: list[_Person] = []
    orphans = 0
    block_line: int | None = None
    block_language = ""
    block_ambiguous = False
    source_org = ""
    for first, last in reversed(_heading_runs(lines, headings)):
        stop = headings[last + 1].index if last + 1 < len(headings) else len(lines)
        end = _block_end(lines, headings[last].index + 1, stop)
        run = headings[first : last + 1]
        items: list[_Item] = []
        blank = False
        for index in range(run[0].index, end):
            number, line = lines[index]
            sub_heading = index != run[0].index and any(h.index == index for h in run)
            for candidate in run:
                if candidate.index == index and (candidate.rest or not sub_heading):
                    line = candidate.rest
            line_items = _items_of_line(number, line)
            if line_items:
                # An empty line or a sub-heading ("Media Relations") closes the person
                # above once they have a number or address.
                line_items[0].after_blank = (blank or sub_heading) and bool(items)
            # A line that gives nothing (an address, a label alone) keeps a blank's effect.
            blank = not line_items and (blank or not lines[index][1])
            items.extend(line_items)
        block_language = run[-1].language
        block_ambiguous = all(h.ambiguous for h in run)
        for index in range(max(0, run[0].index - 4), run[0].index):
            match = _SOURCE_RE.match(lines[index][1])
            if match is not None:
                source_org = match.group("org").strip()
        people, orphans = _people(items)
        if people or block_line is None:
            chosen = people
            block_line = lines[run[0].index][0]
            if people:
                break
    if block_ambiguous:
        block_language = ""  # "Contact:" reads the same in English and French
    if not body_language:
        body_language = block_language or _guess_language(
            line for _, line in lines[:_MAX_META_LINES]
        )
    block_language = block_language or body_language or "en"

    # Title, dateline, date.
    stop = (
        len(lines)
        if block_line is None
        else next((i for i, (n, _) in enumerate(lines) if n >= block_line), len(lines))
    )
    title, dateline, when = _title_lines(lines, stop)
    if meta.og_title or meta.h1 or meta.title:
        title = _tidy(meta.og_title or meta.h1 or meta.title) or title
        title = re.split(r"\s+[|–—]\s+", title)[0]
    if when is None and meta.published:
        when = find_date(meta.published[:10], "") or find_date(meta.published)
    region = region_of_place(dateline) if dateline else None

    found: list[FoundPerson] = []
    line_texts = dict(lines)
    for person in chosen:
        hint = _person_region(person, region)
        remarks: list[Message] = []
        if person.hidden:
            remarks.append(_hidden_remark(person.hidden))
        organisation = person.organisation or (source_org if not person.office else "")
        contact = IncomingContact(
            line=person.line,
            uid=None,
            given=person.given,
            family=person.family,
            honorific=person.honorific,
            titles={block_language: person.title} if person.title else {},
            organisation=organisation,
            office=person.office,
            phones=tuple((kind or _kind_by_number(raw, hint), raw) for kind, raw in person.phones),
            emails=tuple((EmailKind.WORK, address) for address in person.emails),
            notes="",
            languages=(),
            kind=None,
            active=None,
            last_verified=None,
            rev=None,
            family_first=person.family_first,
            region_hint=hint,
            remarks=tuple(remarks),
        )
        shown = "\n".join(line_texts.get(n, "") for n in dict.fromkeys(person.lines))
        found.append(FoundPerson(contact, person.hidden, shown))
    if block_line is None:
        warnings.append(msg("no contact block found (no “For more information” heading)"))
    elif not found:
        warnings.append(msg("the contact block names no one"))
    if orphans == 1:
        warnings.append(msg("1 phone number or address in the block names no person; left out"))
    elif orphans:
        warnings.append(
            msg(
                "{count} phone numbers or addresses in the block name no person; left out",
                count=orphans,
            )
        )
    return ReleaseReading(
        title=title,
        date=when,
        dateline=dateline,
        language=body_language,
        people=tuple(found),
        warnings=tuple(warnings),
        block_line=block_line,
        encoding=encoding,
    )
