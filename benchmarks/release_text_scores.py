"""How well the release-text reader reads the contact-block corpus.

Run from the project root:

    .venv/bin/python benchmarks/release_text_scores.py [--verbose] [CORPUS_DIR ...]

With no directory it scores the three corpora, each on its own:

- `tests/fixtures/release_blocks/`, written together with the reader;
- `tests/fixtures/release_blocks_heldout/`, written blind by someone who never saw the
  reader: the measure of how it does on releases it was not tuned on;
- `tests/fixtures/release_blocks_blind/`, a second blind corpus (Australia, Ireland, Quebec,
  the Basque Country, Argentina, Colombia, Mexico, Switzerland, newswires).

Each release (`.txt` or `.html`, in the encoding its sidecar names) has a `.expected.json`
saying what a careful reader extracts. `tests/unit/test_release_text.py` runs the same
scoring and asserts the targets on both.

What is counted, over the whole corpus (a found person is paired with the expected person
of the same name, honorific aside; an unpaired found person's values are all wrong):

- **names**: a name is correct when the found person's full name (given and family in the
  order written) and honorific equal the expected ones. Recall = correct / expected people;
  precision = correct / found people. Target: both ≥ 93%.
- **phones**: a phone is correct when a paired person has it with the same kind and number:
  the number is what `phones.check_phone(raw, region=region_hint)` reads as E.164 (compared
  with the expected `e164`), or the raw digits (compared with the expected `raw`'s, for a
  number that is invalid as printed). Recall = correct / expected phones; precision =
  correct / found phones. Target: both ≥ 97%.
- **e-mails**: an address is correct when a paired person has it (case-insensitive).
  Recall and precision as for phones; hidden addresses are counted apart (`hidden`).
  Target: both ≥ 97%.
- **extensions**: over the correct phones where either side has an extension, the share
  whose extensions are equal. Target ≥ 85%.
- **invented values**: found values that are not in the input at all: an e-mail address
  that the decoded text (after the reader's own decoding of "[at]/[dot]" spellings and
  Cloudflare codes) does not contain, a phone whose digits are not a run of the text's
  digits, a name, title, office or organisation that is not in the text. Target 0.

"Found correctly" in the targets means recall, and precision is held to the same bar, so a
reader that finds everything by outputting too much does not pass.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_app.domain.emails import (
    decode_cloudflare_email,
    find_emails,
    reveal_obfuscated_emails,
)
from crm_app.domain.phones import check_phone, phone_digits
from crm_app.domain.records import full_name
from crm_app.domain.release_text import (
    FoundPerson,
    decode_release,
    read_release,
    repair_mojibake,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "release_blocks"
HELDOUT = ROOT / "tests" / "fixtures" / "release_blocks_heldout"
BLIND = ROOT / "tests" / "fixtures" / "release_blocks_blind"
TARGETS = {"names": 0.93, "phones": 0.97, "emails": 0.97, "extensions": 0.85}
_CFEMAIL_RE = re.compile(r"(?:data-cfemail=\"|email-protection#)([0-9a-fA-F]+)")


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0


@dataclass
class Scores:
    names: Tally = field(default_factory=Tally)
    phones: Tally = field(default_factory=Tally)
    emails: Tally = field(default_factory=Tally)
    extensions: Tally = field(default_factory=Tally)
    hidden: Tally = field(default_factory=Tally)
    invented: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    files: int = 0

    def passed(self) -> bool:
        checks = [
            self.names.recall >= TARGETS["names"],
            self.names.precision >= TARGETS["names"],
            self.phones.recall >= TARGETS["phones"],
            self.phones.precision >= TARGETS["phones"],
            self.emails.recall >= TARGETS["emails"],
            self.emails.precision >= TARGETS["emails"],
            self.extensions.recall >= TARGETS["extensions"],
        ]
        return all(checks) and not self.invented


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _found_name(person: FoundPerson) -> str:
    contact = person.contact
    return full_name(contact.given, contact.family, contact.family_first)


def _phone_key(raw: str, region: str | None) -> str:
    check = check_phone(raw, region=region)
    return check.e164 or phone_digits(raw.partition(" ext. ")[0])


def _expected_key(phone: dict[str, Any]) -> str:
    if phone.get("e164"):
        return str(phone["e164"])
    return phone_digits(str(phone["raw"]))


def _derivable_emails(source: bytes, text: str) -> set[str]:
    revealed, _ = reveal_obfuscated_emails(text)
    found = {address.casefold() for _, _, address in find_emails(revealed)}
    for match in _CFEMAIL_RE.finditer(text):
        decoded = decode_cloudflare_email(match.group(1))
        if decoded is not None:
            found.add(decoded.casefold())
    del source
    return found


def _invented(name: str, person: FoundPerson, source: bytes, text: str) -> Iterator[str]:
    import html

    plain = _norm(html.unescape(text))
    digits = phone_digits(text)
    emails = _derivable_emails(source, text)
    contact = person.contact
    for _, address in contact.emails:
        if address.casefold() not in emails:
            yield f"{name}: e-mail {address}"
    for _, raw in contact.phones:
        if phone_digits(raw.partition(" ext. ")[0]) not in digits:
            yield f"{name}: phone {raw}"
    values = [contact.given, contact.family, contact.honorific, contact.office]
    values += [contact.organisation, *contact.titles.values()]
    for value in values:
        if value and _norm(value) not in plain:
            yield f"{name}: text {value!r}"


def score_file(path: Path, scores: Scores) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    release = path.with_name(path.name.removesuffix(".expected.json"))
    source_path = next(release.parent.glob(release.name + ".*"), None)
    candidates = [p for p in release.parent.glob(release.name + ".*") if p != path]
    source_path = next((p for p in candidates if p.suffix in (".txt", ".html")), None)
    if source_path is None:
        raise FileNotFoundError(release)
    source = source_path.read_bytes()
    reading = read_release(source)
    text, _ = repair_mojibake(decode_release(source)[0])
    scores.files += 1
    name = source_path.name

    found_by_name = {_norm(_found_name(p)): p for p in reading.people}
    paired: set[str] = set()
    scores.names.found += len(reading.people)
    for want in expected["people"]:
        scores.names.expected += 1
        scores.phones.expected += len(want["phones"])
        scores.emails.expected += len(want["emails"])
        scores.hidden.expected += want["hidden_emails"]
        person = found_by_name.get(_norm(want["name"]))
        if person is None:
            scores.misses.append(f"{name}: person {want['name']} not found")
            continue
        paired.add(_norm(want["name"]))
        if person.contact.honorific == want["honorific"]:
            scores.names.correct += 1
        else:
            scores.misses.append(
                f"{name}: honorific {person.contact.honorific!r} ≠ {want['honorific']!r}"
            )
        scores.hidden.found += person.hidden_emails
        scores.hidden.correct += min(person.hidden_emails, want["hidden_emails"])
        found_phones = [
            (kind.value, _phone_key(raw, person.contact.region_hint), raw)
            for kind, raw in person.contact.phones
        ]
        for phone in want["phones"]:
            key = _expected_key(phone)
            match = next((f for f in found_phones if f[0] == phone["kind"] and f[1] == key), None)
            if match is None:
                scores.misses.append(f"{name}: {want['name']} phone {phone} not found")
                continue
            found_phones.remove(match)
            scores.phones.correct += 1
            ext = match[2].partition(" ext. ")[2] or None
            if ext or phone["extension"]:
                scores.extensions.expected += 1
                scores.extensions.found += 1
                if ext == phone["extension"]:
                    scores.extensions.correct += 1
                else:
                    scores.misses.append(
                        f"{name}: {want['name']} extension {ext} ≠ {phone['extension']}"
                    )
        for extra in found_phones:
            scores.misses.append(f"{name}: {want['name']} extra phone {extra[0]} {extra[2]}")
        wanted = {address.casefold() for address in want["emails"]}
        for _, address in person.contact.emails:
            if address.casefold() in wanted:
                scores.emails.correct += 1
                wanted.discard(address.casefold())
            else:
                scores.misses.append(f"{name}: {want['name']} extra e-mail {address}")
        for address in wanted:
            scores.misses.append(f"{name}: {want['name']} e-mail {address} not found")
    for key, person in found_by_name.items():
        if key not in paired:
            scores.misses.append(f"{name}: extra person {_found_name(person)!r}")
    for person in reading.people:
        scores.phones.found += len(person.contact.phones)
        scores.emails.found += len(person.contact.emails)
        scores.invented.extend(_invented(name, person, source, text))


def score_corpus(corpus: Path = CORPUS) -> Scores:
    scores = Scores()
    for path in sorted(corpus.glob("*.expected.json")):
        score_file(path, scores)
    return scores


def _line(label: str, tally: Tally, target: float | None) -> str:
    goal = f"  (target ≥ {target:.0%})" if target is not None else ""
    return (
        f"{label:<11} recall {tally.recall:7.1%} ({tally.correct}/{tally.expected})"
        f"   precision {tally.precision:7.1%} ({tally.correct}/{tally.found}){goal}"
    )


def _report(corpus: Path, verbose: bool) -> bool:
    scores = score_corpus(corpus)
    shown = corpus.resolve()
    shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
    print(f"{scores.files} releases in {shown}")
    print(_line("names", scores.names, TARGETS["names"]))
    print(_line("phones", scores.phones, TARGETS["phones"]))
    print(_line("e-mails", scores.emails, TARGETS["emails"]))
    print(_line("extensions", scores.extensions, TARGETS["extensions"]))
    print(_line("hidden", scores.hidden, None))
    print(f"invented    {len(scores.invented)}  (target 0)")
    for value in scores.invented:
        print(f"  invented: {value}")
    if verbose:
        for miss in scores.misses:
            print(f"  {miss}")
    print("PASS" if scores.passed() else "FAIL")
    return scores.passed()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus", nargs="*", type=Path, help="corpus directories (default: all three corpora)"
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    passed = True
    for index, corpus in enumerate(args.corpus or [CORPUS, HELDOUT, BLIND]):
        if index:
            print()
        passed = _report(corpus, args.verbose) and passed
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
