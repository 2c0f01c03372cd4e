"""Turning the portal's rich-text HTML (``gambaran_umum``) into plain text, with the standard library only.

>>> html_to_text("<p>Kampung <b>padat</b>&nbsp;penduduk.</p><p>Dekat sungai.</p>")
'Kampung padat penduduk.\\nDekat sungai.'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .._core import describe
from ..errors import ErrorCode, ValidationError

__all__ = ["html_to_text"]

#: Elements that end a line of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
        "table", "tr", "ul",
    }
)  # fmt: skip
#: Elements separated from their neighbours by a space (table cells).
_CELLS = frozenset({"td", "th"})
#: Elements whose content is not text.
_HIDDEN = frozenset({"head", "script", "style", "template", "title"})
_SPACES = re.compile(r"[^\S\n]+")


def html_to_text(html: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, one line per block, spaces collapsed.

    Block elements (paragraphs, divisions, list items, headings, table rows,
    ``<br>``) end a line; table cells are separated by a space; line breaks in the source are spaces, as HTML
    treats them; runs of spaces become one space; blank lines and the text of
    ``<script>``/``<style>`` are dropped; each line is trimmed. Text that is
    not a string is a ``type`` error.

    >>> html_to_text("<ul><li>BKB</li><li>BKR &amp; PIK-R</li></ul>")
    'BKB\\nBKR & PIK-R'
    >>> html_to_text("Sudah   teks biasa")
    'Sudah teks biasa'
    >>> html_to_text(None)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected HTML text (a string), found null [type]
    """
    if type(html) is not str:
        raise ValidationError.single((), f"expected HTML text (a string), found {describe(html)}", ErrorCode.TYPE)
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))
