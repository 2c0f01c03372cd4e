"""Rules shared by the activity, Inpres and classification code: one-line texts listed once, typed sequences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from .._core import describe, with_article
from ..errors import ErrorCode, ErrorItem, ValidationError

__all__ = ["checked_items", "expect_instance", "text_items"]

T = TypeVar("T")


_CONTROL = frozenset(chr(code) for code in (*range(0x20), 0x7F))


def text_items(items: tuple[str, ...], name: str, *, max_length: int) -> Iterator[ErrorItem]:
    """Each text of ``items`` (the field ``name``) shows a character, is one line, fits, and appears once.

    >>> [e.path for e in text_items(("Kader", " ", "Kader"), "other_agencies", max_length=255)]
    ['$.other_agencies[1]', '$.other_agencies[2]']
    """
    seen: set[str] = set()
    for index, text in enumerate(items):
        if not text.strip():
            yield ErrorItem(
                (name, index), f"expected text with a visible character, found {text!r}", ErrorCode.CONSTRAINT
            )
        elif not _CONTROL.isdisjoint(text):
            yield ErrorItem(
                (name, index),
                f"expected one line without control characters, found {text[:60]!r}",
                ErrorCode.CONSTRAINT,
            )
        elif len(text) > max_length:
            yield ErrorItem(
                (name, index), f"expected at most {max_length} characters, found {len(text)}", ErrorCode.CONSTRAINT
            )
        elif text in seen:
            yield ErrorItem((name, index), f"{text!r} is listed twice", ErrorCode.INVARIANT)
        seen.add(text)


def checked_items(values: Any, cls: type[T], what: str) -> tuple[T, ...]:
    """``values`` as a tuple of ``cls``; a ValidationError locating every item that is not one.

    >>> checked_items(["a", 1], str, "texts")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $[1]: expected a str, found an integer (1) [type]
    """
    if isinstance(values, str | bytes | bytearray) or not isinstance(values, Iterable):
        raise ValidationError.single((), f"expected an iterable of {what}, found {describe(values)}", ErrorCode.TYPE)
    items = tuple(values)
    errors = [
        ErrorItem((index,), f"expected {with_article(cls.__name__)}, found {describe(item)}", ErrorCode.TYPE)
        for index, item in enumerate(items)
        if not isinstance(item, cls)
    ]
    if errors:
        raise ValidationError(errors)
    return items


def expect_instance(value: Any, cls: type[T], what: str) -> T:
    """``value`` when it is a ``cls``; otherwise a ValidationError (code ``type``) at ``$``.

    >>> expect_instance("input", int, "a stage")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a stage, found a string ('input') [type]
    """
    if not isinstance(value, cls) or (cls is int and type(value) is bool):
        raise ValidationError.single((), f"expected {what}, found {describe(value)}", ErrorCode.TYPE)
    return value
