"""Find the lines of values inside JSON text from their paths, for error reports.

All the paths are found in one pass over the text, however many there are: the paths are
put in a tree, and the scan enters only the containers that lead to one of them, skipping
every other value; it is iterative (no recursion, whatever the nesting).

    >>> text = '{\\n  "groups": [\\n    {"count": 1},\\n    {"count": -1}\\n  ]\\n}'
    >>> lines_of(text, [("groups", 1, "count"), ("groups", 0), ("missing",)])
    [4, 3, 1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._lazy import lazy_pattern

__all__ = ["lines_of"]

_STRING = lazy_pattern(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
#: A run of characters that neither open, close nor separate a value, nor start a string.
_PLAIN = lazy_pattern(r'[^"{}\[\],]+')
_SPACE = lazy_pattern(r"[ \t\r\n]*")


class _Node:
    """One path step: the position of its value once found, and the steps below it."""

    __slots__ = ("children", "position")

    def __init__(self) -> None:
        self.children: dict[str | int, _Node] = {}
        self.position: int | None = None


def lines_of(text: str, locations: Sequence[Sequence[str | int]]) -> list[int]:
    """For each of ``locations``, the 1-based line where its value starts (or, when the text does
    not hold it, where the deepest part of its path that the text holds starts), in one pass."""
    root = _Node()
    chains: list[list[_Node]] = []
    for location in locations:
        node = root
        chain = [root]
        for part in location:
            node = node.children.setdefault(part, _Node())
            chain.append(node)
        chains.append(chain)
    _scan(text, root)
    starts = []
    for chain in chains:
        found = [node.position for node in chain if node.position is not None]
        starts.append(found[-1] if found else 0)
    lines: dict[int, int] = {}
    counted, line = 0, 1
    for start in sorted(set(starts)):
        line += text.count("\n", counted, start)
        counted = start
        lines[start] = line
    return [lines[start] for start in starts]


def _scan(text: str, root: _Node) -> None:
    """Set the position of every node of the tree whose value the text holds."""
    length = len(text)
    position = _skip_space(text, 1 if text.startswith("\ufeff") else 0)
    root.position = position
    stack: list[tuple[_Node, bool, list[int]]] = []
    if root.children and position < length and text[position] in "{[":
        stack.append((root, text[position] == "{", [0]))
        position = _skip_space(text, position + 1)
    while stack:
        node, is_object, counter = stack[-1]
        if position >= length or text[position] in "}]":
            stack.pop()
            position = _after_value(text, position + 1)
            continue
        part: str | int
        if is_object:
            key_match = _STRING.match(text, position)
            if key_match is None:
                return
            part = _key(key_match.group())
            position = _skip_space(text, key_match.end())
            if position >= length or text[position] != ":":
                return
            position = _skip_space(text, position + 1)
        else:
            part = counter[0]
            counter[0] += 1
        child = node.children.get(part)
        if child is not None:
            child.position = position
            if child.children and position < length and text[position] in "{[":
                stack.append((child, text[position] == "{", [0]))
                position = _skip_space(text, position + 1)
                continue
        position = _after_value(text, _skip_value(text, position))


def _key(quoted: str) -> str:
    if "\\" not in quoted:
        return quoted[1:-1]
    import json

    try:
        key = json.loads(quoted)
    except ValueError:
        return quoted[1:-1]
    return key if type(key) is str else quoted[1:-1]


def _skip_space(text: str, position: int) -> int:
    return _SPACE.match(text, position).end()  # type: ignore[union-attr]  # always matches


def _after_value(text: str, position: int) -> int:
    """Past the spaces and the comma (if any) that follow a value."""
    position = _skip_space(text, position)
    if position < len(text) and text[position] == ",":
        position = _skip_space(text, position + 1)
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
            if depth == 0:
                return position
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
            plain = _PLAIN.match(text, position)
            position = plain.end() if plain else position + 1
    return position
