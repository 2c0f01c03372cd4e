"""Find the line of a value inside JSON text from its path, for error reports.

Only used when there is an error to report, so it favours simplicity over speed: it walks
the text once per path, iteratively (no recursion, whatever the nesting).

    >>> text = '{\\n  "groups": [\\n    {"count": 1},\\n    {"count": -1}\\n  ]\\n}'
    >>> line_of(text, ("groups", 1, "count"))
    4
    >>> line_of(text, ("missing",))
    1
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def line_of(text: str, location: Sequence[str | int]) -> int:
    """The 1-based line where the value at ``location`` starts; the deepest line found otherwise."""
    position = _skip_space(text, 0)
    best = position
    for part in location:
        found = _child(text, position, part)
        if found is None:
            break
        position = best = found
    return text.count("\n", 0, best) + 1


def _child(text: str, position: int, part: str | int) -> int | None:
    """The start of the child ``part`` of the container starting at ``position``."""
    if position >= len(text) or text[position] not in "{[":
        return None
    is_object = text[position] == "{"
    if is_object != isinstance(part, str):
        return None
    index = 0
    position = _skip_space(text, position + 1)
    while position < len(text) and text[position] not in "}]":
        if is_object:
            key_match = _STRING.match(text, position)
            if key_match is None:
                return None
            key = key_match.group()[1:-1]
            position = _skip_space(text, key_match.end())
            if position >= len(text) or text[position] != ":":
                return None
            position = _skip_space(text, position + 1)
            if key == part:
                return position
        elif index == part:
            return position
        position = _skip_space(text, _skip_value(text, position))
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
        index += 1
    return None


def _skip_space(text: str, position: int) -> int:
    length = len(text)
    while position < length and text[position] in " \t\r\n":
        position += 1
    return position


def _skip_value(text: str, position: int) -> int:
    """The position just after the JSON value starting at ``position``."""
    depth = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char == '"':
            match = _STRING.match(text, position)
            position = match.end() if match else length
        elif char in "{[":
            depth += 1
            position += 1
        elif char in "}]":
            if depth == 0:
                return position
            depth -= 1
            position += 1
            if depth == 0:
                return position
        elif char == "," and depth == 0:
            return position
        else:
            position += 1
    return position
