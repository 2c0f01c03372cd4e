"""html_to_text on hostile HTML: linear time on the standard library parser's worst cases, no
escaping exception, and the same text as html.parser gives on well-formed HTML."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.kampung import html_to_text

# ---------------------------------------------------------------------------
# Linear time


def _seconds(text: str) -> float:
    """The best of three to seven runs of html_to_text on ``text`` (more while they take under a second),
    in processor time of this process, so other programs on a busy machine do not count."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < 3 or (runs < 7 and spent < 1.0):
        start = time.process_time()
        html_to_text(text)
        took = time.process_time() - start
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


@pytest.mark.parametrize(
    "unit",
    ["<a", "</", "<?", "<a b='", '<a b="x" ', "<!--", "&#", "<a =\"'", "</a"],
)
def test_time_grows_linearly_on_runs_of_a_repeated_token(unit: str) -> None:
    """Sixteen times the input takes about sixteen times as long, far from the 256 times of a
    quadratic path (html.parser's on '<a', '</', '<?'). Both inputs are larger than the
    processor's caches (half a megabyte fits, and then ran up to 77 times faster per character
    on a busy machine); the limit, 64, leaves room for a busy machine."""
    small_size = 1_000_000
    small = _seconds(unit * (small_size // len(unit)))
    large = _seconds(unit * (16 * small_size // len(unit)))
    assert large / max(small, 1e-4) < 64, f"{unit!r}: {small * 1e3:.2f} ms, then {large * 1e3:.2f} ms"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<a" * 200_000, id="400 KB of '<a'"),
        pytest.param("</" * 200_000, id="400 KB of '</'"),
        pytest.param("<?" * 200_000, id="400 KB of '<?'"),
    ],
)
def test_the_reported_400_kb_inputs_give_text(html: str) -> None:
    """The inputs of the report (75 s each with html.parser) end, as an unfinished tag: no text."""
    assert html_to_text(html) == ""


# ---------------------------------------------------------------------------
# Nothing escapes


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("&#" + "1" * 5000 + ";", "\ufffd"),
        ("&#x" + "f" * 5000 + ";", "\ufffd"),
        ("&#" + "0" * 5000 + "65;", "A"),
        ("&#0;&#xD800;&#1114112;", "\ufffd\ufffd\ufffd"),
        ("&#65&#x42;&amp;&notit;", "AB&¬it;"),
    ],
)
def test_numeric_references_of_any_length(html: str, text: str) -> None:
    """html.unescape raises ValueError past 4,300 digits; a reference beyond U+10FFFF is U+FFFD, as it says."""
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("x <a href", "x"),
        ("a <b>c</b", "a c"),
        ("a <!-- b", "a"),
        ("a <? b", "a"),
        ("a<!-->b<!--->c<!-- d --!>e", "abce"),
        ('<a title="x>y">z</a>', "z"),
        ("<a title='x>y' b=c>z</a>", "z"),
        ('<a b"c>z</a>', "z"),
        ("1 < 2 > 0", "1 < 2 > 0"),
        ("</>x</ y>z", "xz"),
        ("<script>if (a<b) {}</script>c", "c"),
        ("<STYLE>p{}</Style >c", "c"),
        ("<script>never closed <p>x", ""),
        ("<p/>a<br/>b<br />c", "a\nb\nc"),
    ],
)
def test_unfinished_and_odd_markup(html: str, text: str) -> None:
    """A tag or comment unfinished at the end is dropped, as browsers do; quotes and raw text as HTML has them."""
    assert html_to_text(html) == text


# ---------------------------------------------------------------------------
# The same text as html.parser on well-formed HTML


class _Reference(HTMLParser):
    """The implementation html_to_text had before (html.parser), kept here as the reference."""

    BLOCKS = frozenset({"br", "div", "h1", "h2", "li", "ol", "p", "table", "tr", "ul", "blockquote", "section", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "head", "title", "template"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title", "template"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def _reference(html: str) -> str:
    parser = _Reference()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


TEXT = st.text(st.characters(blacklist_characters="<&", blacklist_categories=("Cs",)), max_size=12)
ENTITY = st.sampled_from(["&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#65;", "&#x42;", "&eacute;", "&copy"])
ATTRIBUTE = st.sampled_from(["", ' class="x"', " title='a>b'", ' href="/p?a=1&amp;b=2"', " hidden", ' data-x="<p>"'])
TAG = st.sampled_from(["p", "div", "li", "b", "em", "span", "td", "tr", "br", "h1", "a", "P", "DIV"])


@st.composite
def well_formed(draw: st.DrawFn, depth: int = 0) -> str:
    """A fragment of well-formed HTML: nested elements, text, entities, comments, void tags, scripts."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "entity", "element", "void", "comment", "script"]))
        if kind == "text":
            parts.append(draw(TEXT))
        elif kind == "entity":
            parts.append(draw(ENTITY))
        elif kind == "void":
            parts.append(draw(st.sampled_from(["<br>", "<br/>", "<br />", "<hr>", "<img src='x.png'>"])))
        elif kind == "comment":
            parts.append(f"<!-- {draw(TEXT).replace('-', '')} -->")
        elif kind == "script":
            parts.append(f"<script>if (a < b) {{ x = '</p>'; }}</script>{draw(TEXT)}")
        elif depth < 3:
            tag = draw(TAG)
            parts.append(f"<{tag}{draw(ATTRIBUTE)}>{draw(well_formed(depth + 1))}</{tag}>")
    return "".join(parts)


@given(well_formed())
def test_well_formed_html_gives_what_html_parser_gave(html: str) -> None:
    """On well-formed HTML the tokenizer and the standard library's parser give the same text."""
    assert html_to_text(html) == _reference(html)
