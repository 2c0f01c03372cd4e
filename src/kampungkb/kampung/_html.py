"""Turning the portal's rich-text HTML (``gambaran_umum``) into plain text, with the standard library only.

The tokenizer is written here, after the HTML standard's tokenizer, rather than taken from
``html.parser``, whose time grows with the square of the input on runs of ``<a``, ``</`` or
``<?`` (75 s for 400 KB): each step below finds the next character it needs with one
search that starts where the last one ended, so no character is examined more than a few
times and the time is linear in the input.

>>> html_to_text("<p>Kampung <b>padat</b>&nbsp;penduduk.</p><p>Dekat sungai.</p>")
'Kampung padat penduduk.\\nDekat sungai.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._core import describe, lazy_pattern
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
_SPACES = lazy_pattern(r"[^\S\n]+")


def html_to_text(html: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, one line per block, spaces collapsed.

    Block elements (paragraphs, divisions, list items, headings, table rows,
    ``<br>``) end a line; table cells are separated by a space; line breaks in the source are spaces, as HTML
    treats them; runs of spaces become one space; blank lines and the text of
    ``<script>``/``<style>`` are dropped; each line is trimmed. A tag or comment left
    unfinished at the end of the text is dropped, as browsers do. The time taken is linear
    in the length of the text, whatever it holds. Text that is not a string is a ``type`` error.

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
    parts: list[str] = []
    hidden = 0
    for kind, value in _tokens(html):
        if kind == _TEXT:
            if not hidden:
                parts.append(_unescape(value).replace("\r", " ").replace("\n", " "))
        elif kind == _START:
            if value in _HIDDEN:
                hidden += 1
            elif value in _BLOCKS:
                parts.append("\n")
            elif value in _CELLS:
                parts.append(" ")
        elif kind == _START_END:
            if value in _BLOCKS:
                parts.append("\n")
        elif value in _HIDDEN:  # an end tag
            hidden = max(0, hidden - 1)
        elif value in _BLOCKS:
            parts.append("\n")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------
# The tokenizer: text, start tags, self-closing start tags and end tags (names in lower case);
# comments, doctypes and processing instructions are skipped.

_TEXT, _START, _START_END, _END = "text", "start", "start-end", "end"
#: Elements whose content is raw text, not markup (as html.parser treats them).
_RAW_TEXT = frozenset({"script", "style"})
_TAG_NAME = lazy_pattern(r"[a-zA-Z][^\t\n\r\f />]*")
_TAG_PART = lazy_pattern(r"[>\"']")
_COMMENT_END = lazy_pattern(r"--!?>")
_RAW_TEXT_END = {name: re.compile(rf"</{name}(?=[\t\n\r\f />]|\Z)", re.IGNORECASE) for name in _RAW_TEXT}


def _tokens(html: str) -> Iterator[tuple[str, str]]:
    length = len(html)
    position = 0
    while position < length:
        start = html.find("<", position)
        if start < 0:
            yield _TEXT, html[position:]
            return
        if start > position:
            yield _TEXT, html[position:start]
        following = html[start + 1 : start + 2]
        if following == "/":
            name = _TAG_NAME.match(html, start + 2)
            if name is not None:
                position = _tag_end(html, name.end())
                if position > length:  # unfinished at the end of the text: dropped
                    return
                yield _END, name.group().lower()
            elif html.startswith("</>", start):
                position = start + 3
            else:
                position = _after(html, ">", start + 2)
        elif html.startswith("<!--", start):
            position = _comment_end(html, start + 4)
        elif following in ("!", "?"):  # a doctype, a processing instruction: skipped to the next ">"
            position = _after(html, ">", start + 2)
        else:
            name = _TAG_NAME.match(html, start + 1)
            if name is None:
                yield _TEXT, "<"
                position = start + 1
                continue
            position = _tag_end(html, name.end())
            tag = name.group().lower()
            if position > length:  # unfinished at the end of the text: dropped
                return
            if html[position - 2] == "/" and position - 2 >= name.end():
                yield _START_END, tag
                continue
            yield _START, tag
            if tag in _RAW_TEXT:
                found = _RAW_TEXT_END[tag].search(html, position)
                end = length if found is None else found.start()
                yield _TEXT, html[position:end]  # raw text: never markup (its element is hidden)
                position = end


def _comment_end(html: str, position: int) -> int:
    """The position after the comment whose text starts at ``position`` (``<!-->`` and ``<!--->`` are empty)."""
    for empty in (">", "->"):
        if html.startswith(empty, position):
            return position + len(empty)
    found = _COMMENT_END.search(html, position)
    return len(html) if found is None else found.end()


def _after(html: str, mark: str, position: int) -> int:
    """The position after the next ``mark`` (past the end when there is none)."""
    found = html.find(mark, position)
    return len(html) + 1 if found < 0 else found + len(mark)


def _tag_end(html: str, position: int) -> int:
    """The position after the ``>`` ending the tag whose attributes start at ``position``.

    A quote opens an attribute value only after ``=``; a ``>`` inside a quoted value does not
    end the tag. Past the end of the text when the tag is unfinished.
    """
    length = len(html)
    while True:
        found = _TAG_PART.search(html, position)
        if found is None:
            return length + 1
        mark = found.start()
        if html[mark] == ">":
            return mark + 1
        if html[position:mark].rstrip().endswith("="):
            closing = html.find(html[mark], mark + 1)
            if closing < 0:
                return length + 1
            position = closing + 1
        else:
            position = mark + 1


#: The character references html.unescape reads (its own pattern).
_REFERENCE = lazy_pattern(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def _unescape(text: str) -> str:
    """``html.unescape``, except that a numeric reference too long to be a character is U+FFFD.

    (``html.unescape`` converts the digits with ``int``, which refuses more than 4,300 of them.)
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(_reference, text)


def _reference(match: re.Match[str]) -> str:
    body = match.group(1)
    if body.startswith("#"):
        hexadecimal = body[1:2] in ("x", "X")
        digits = body[2 if hexadecimal else 1 :].rstrip(";").lstrip("0") or "0"
        if len(digits) > 8:
            return "\ufffd"  # beyond U+10FFFF, as html.unescape reads it
        return _html_unescape(f"&#{'x' if hexadecimal else ''}{digits};")
    return _html_unescape(match.group())


def _html_unescape(reference: str) -> str:
    import html  # on first use: its table of entities costs more to import than the area itself

    return html.unescape(reference)
