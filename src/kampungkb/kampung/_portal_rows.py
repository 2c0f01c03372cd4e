"""Reading the portal's own rows (lists of mappings keyed by its column names), with located errors.

>>> errors = []
>>> [row for _, row in portal_rows([{"jumlah": 1}, 7], "ranges", errors)]
[{'jumlah': 1}]
>>> [str(e) for e in errors]
['$.ranges[1]: expected a row (a mapping), found an integer (7) [type]']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from .._core import describe
from ..errors import ErrorCode, ErrorItem, PathPart, ValidationError

__all__ = ["count_value", "portal_rows", "read_key", "read_value"]

T = TypeVar("T")


def portal_rows(rows: Any, name: str, errors: list[ErrorItem]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The mapping rows of a list, each with its index; anything else is recorded at ``name[i]``."""
    if type(rows) not in (list, tuple):
        errors.append(ErrorItem((name,), f"expected a list of rows, found {describe(rows)}", ErrorCode.TYPE))
        return
    for index, row in enumerate(rows):
        if isinstance(row, Mapping):
            yield index, row
        else:
            errors.append(
                ErrorItem((name, index), f"expected a row (a mapping), found {describe(row)}", ErrorCode.TYPE)
            )


def read_value(
    value: Any, convert: Callable[[Any], T], where: tuple[PathPart, ...], errors: list[ErrorItem]
) -> T | None:
    """``convert(value)``, or None with its problems recorded under ``where``."""
    try:
        return convert(value)
    except ValidationError as exc:
        errors.extend(item.prefixed(*where) for item in exc.errors)
        return None


def read_key(
    row: Mapping[str, Any],
    key: str,
    convert: Callable[[Any], T],
    where: tuple[PathPart, ...],
    errors: list[ErrorItem],
) -> T | None:
    """``convert(row[key])``, or None with the problem recorded at ``where + (key,)``."""
    if key not in row:
        errors.append(ErrorItem((*where, key), f"missing required field {key!r}", ErrorCode.MISSING))
        return None
    return read_value(row[key], convert, (*where, key), errors)


def count_value(value: Any) -> int:
    """A count: an integer >= 0 (``True`` is not a count).

    >>> count_value(3)
    3
    """
    if type(value) is not int:
        raise ValidationError.single((), f"expected a count (an integer), found {describe(value)}", ErrorCode.TYPE)
    if value < 0:
        raise ValidationError.single((), f"expected a count >= 0, found {value}", ErrorCode.CONSTRAINT)
    return value
