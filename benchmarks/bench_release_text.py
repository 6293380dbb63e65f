"""Speed of crm_app.domain.release_text on a large web page, against html.parser alone.

Run from the project root:

    .venv/bin/python benchmarks/bench_release_text.py [--megabytes 5] [--repeat 5]

It builds a page of `--megabytes` MB as news sites serve them (navigation lists, many short
paragraphs full of links and entities, inline scripts and styles, a JSON blob), with the
release and its contact block near the end, then prints, as the median of `--repeat` runs:

- read_release on the page as bytes (decoding, HTML to text, finding and reading the block);
- html.parser alone feeding the same text and collecting its data (the baseline: what a
  reader that parses the whole page pays before it has read anything);
- their ratio. Target: read_release under one second for 5 MB.

It is a script, not a test: pytest never collects it, and no test times anything.
"""

from __future__ import annotations

import argparse
import statistics
import time
from html.parser import HTMLParser

from crm_app.domain.release_text import read_release

_PARAGRAPH = (
    '<div class="teaser"><p>Le bureau de liaison de l&#39;OIM en <a href="/fr/chine">Chine</a>'
    " a accueilli hier un s&eacute;minaire pour les <strong>fonctionnaires</strong> chinois"
    ' et europ&eacute;ens.</p><ul class="tags"><li><a href="/t/1">Migration</a></li>'
    '<li><a href="/t/2">Europe</a></li></ul></div>\n'
)
_SCRIPT = (
    "<script>window.__STATE__ = {"
    + ", ".join(f'"k{i}": {i}' for i in range(2000))
    + "};</script>\n"
)
_STYLE = "<style>" + " ".join(f".c{i} {{ margin: {i}px; }}" for i in range(1000)) + "</style>\n"
_RELEASE = """<article><h1>L'OIM encourage les liens pour la gestion de la migration</h1>
<p>Pékin, le 27 novembre 2026 – Le bureau de liaison de l'OIM en Chine a accueilli hier un
séminaire pour les fonctionnaires chinois et européens.</p>
<p>Pour plus d'informations, veuillez contacter :<br>Kieran Best<br>OIM Pékin<br>
Tél. + 86 5979 9695 Ext. 203<br>
Email : <a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a></p>
</article><footer><p>Suivez-nous</p><p>© OIM</p></footer>
"""


def build_page(megabytes: float) -> bytes:
    head = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>OIM</title>'
    head += _STYLE + "</head><body>\n"
    target = int(megabytes * 1_000_000)
    parts = [head]
    size = len(head)
    count = 0
    while size < target - len(_RELEASE) - 2000:
        chunk = _SCRIPT if count % 200 == 199 else _PARAGRAPH
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        count += 1
    parts.append(_RELEASE)
    parts.append("</body></html>\n")
    return "".join(parts).encode("utf-8")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.data: list[str] = []

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def _html_parser_alone(text: str) -> None:
    parser = _Collector()
    parser.feed(text)
    parser.close()


def _median(run: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    page = build_page(args.megabytes)
    text = page.decode("utf-8")
    reading = read_release(page)
    assert [p.contact.family for p in reading.people] == ["Best"], reading
    ours = _median(lambda: read_release(page), args.repeat)
    baseline = _median(lambda: _html_parser_alone(text), args.repeat)
    print(f"page: {len(page) / 1_000_000:.2f} MB, {text.count('<'):,} tags")
    print(f"read_release:       median {ours * 1000:7.1f} ms of {args.repeat} runs")
    print(f"html.parser alone:  median {baseline * 1000:7.1f} ms of {args.repeat} runs")
    print(f"ratio read_release / html.parser: {ours / baseline:.2f}")
    print("target: read_release under 1 s:", "met" if ours < 1.0 else "NOT met")


if __name__ == "__main__":
    main()
