"""Rule helpers shared by the Kampung KB models: each yields located ErrorItems.

>>> from kampungkb.kampung import RegulationLevel as R
>>> [str(e) for e in unique_items((R.GOVERNOR, R.GOVERNOR), "levels")]
['$.levels[1]: Surat Keputusan/Instruksi/Surat Edaran dari Gubernur is listed twice (first at [0]) [invariant]']

Both helpers check the common case — every value once, nothing else — with one set first,
and only walk the items to locate problems when there are some.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from ..errors import ErrorCode, ErrorItem

__all__ = ["Coverage", "each_once", "label_of", "unique_items"]

K = TypeVar("K")


def label_of(value: Any) -> str:
    """How a vocabulary value (or a tuple of them) is named in a message."""
    if isinstance(value, tuple):
        return " × ".join(label_of(part) for part in value)
    label = getattr(value, "label", None)
    return label if isinstance(label, str) else str(value)


def unique_items(items: Sequence[Any], name: str) -> Iterator[ErrorItem]:
    """An error at ``name[i]`` for every item listed a second time."""
    if len(set(items)) == len(items):
        return
    first: dict[Any, int] = {}
    for index, item in enumerate(items):
        seen = first.setdefault(item, index)
        if seen != index:
            yield ErrorItem((name, index), f"{label_of(item)} is listed twice (first at [{seen}])", ErrorCode.INVARIANT)


class Coverage(Generic[K]):
    """The keys a list must cover exactly once (in order, for messages) and the keys it may hold.

    Keys in ``allowed`` (default: only the expected ones) may appear at most once. Build one
    per rule, once (the rule's keys may come from reference data, read on first use).

    >>> from kampungkb.kampung import Sex
    >>> Coverage(Sex).expected
    (<Sex.MALE: 'male'>, <Sex.FEMALE: 'female'>)
    """

    __slots__ = ("expected", "permitted", "wanted")

    def __init__(self, expected: Iterable[K], allowed: Iterable[K] | None = None) -> None:
        self.expected = tuple(expected)
        self.wanted = frozenset(self.expected)
        self.permitted = self.wanted if allowed is None else frozenset(allowed)


def each_once(
    keys: Sequence[K],
    name: str,
    coverage: Coverage[K],
    *,
    key_field: str,
    what: str,
) -> Iterator[ErrorItem]:
    """Errors unless every expected key is the key of exactly one item, and no item's key is not permitted.

    ``keys`` holds the key of each item of the list ``name``, in order. A stray key is
    located at ``name[i].key_field``, a repeat at ``name[i]``, and the missing keys
    together at ``name``.
    """
    found = set(keys)
    if len(found) == len(keys):
        wanted, permitted = coverage.wanted, coverage.permitted
        if found == wanted if permitted is wanted else wanted <= found <= permitted:
            return
    permitted = coverage.permitted
    first: dict[K, int] = {}
    for index, value in enumerate(keys):
        if value not in permitted:
            yield ErrorItem(
                (name, index, key_field), f"{label_of(value)} does not belong in {what}", ErrorCode.INVARIANT
            )
            continue
        seen = first.setdefault(value, index)
        if seen != index:
            yield ErrorItem((name, index), f"{label_of(value)} is given twice (first at [{seen}])", ErrorCode.INVARIANT)
    missing = [value for value in coverage.expected if value not in first]
    if missing:
        listed = ", ".join(label_of(value) for value in missing)
        yield ErrorItem((name,), f"{what} must cover every value; missing {listed}", ErrorCode.INVARIANT)
