"""Text rules shared by the activity and Inpres models: visible, single-line text, listed once."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ErrorItem

__all__ = ["LINE_PATTERN", "TEXT_PATTERN", "text_items"]

#: One line of text with at least one visible character and no control characters.
LINE_PATTERN = r"[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*"

#: Text with at least one visible character; line breaks and tabs allowed, other control characters not.
TEXT_PATTERN = r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*"

_CONTROL = frozenset(chr(code) for code in (*range(0x20), 0x7F))


def text_items(items: tuple[str, ...], name: str, *, max_length: int) -> Iterator[ErrorItem]:
    """Each text of ``items`` (the field ``name``) shows a character, is one line, fits, and appears once.

    >>> [e.path for e in text_items(("Kader", " ", "Kader"), "other_agencies", max_length=255)]
    ['$.other_agencies[1]', '$.other_agencies[2]']
    """
    seen: set[str] = set()
    for index, text in enumerate(items):
        if not text.strip():
            yield ErrorItem((name, index), f"expected text with a visible character, found {text!r}", "constraint")
        elif not _CONTROL.isdisjoint(text):
            yield ErrorItem(
                (name, index), f"expected one line without control characters, found {text[:60]!r}", "constraint"
            )
        elif len(text) > max_length:
            yield ErrorItem((name, index), f"expected at most {max_length} characters, found {len(text)}", "constraint")
        elif text in seen:
            yield ErrorItem((name, index), f"{text!r} is listed twice", "constraint")
        seen.add(text)
