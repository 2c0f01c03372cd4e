"""Finding duplicate Kampung KB records the way the national portal's clean-up did.

The portal allows one active Kampung KB per village. Its one-off merge looked
for two kinds of duplicates among active kampung: those in the same village
whose names are equal once normalised ("Merger Double By Name"), then any
others in the same village ("Merger Double By Regional").

    >>> normalize_name("Kampung KB Melati II")
    'KAMPUNG KB MELATI'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .._core import CodedEnum, describe, field, lazy_pattern, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..regions import RegionCode
from ._record import KampungKB

__all__ = ["DuplicatePair", "DuplicateReason", "find_duplicates", "normalize_name"]

_TRAILING = lazy_pattern(r"\s+(?:[0-9]+|I{1,3}|NEW)\Z")
_SPACES = lazy_pattern(r"\s+")


class DuplicateReason(CodedEnum):
    """Why two kampung are duplicates; the label is the portal's ``merger_proses`` value.

    >>> DuplicateReason.SAME_NAME.label
    'Merger Double By Name'
    """

    SAME_NAME = "same_name", "Merger Double By Name"
    SAME_VILLAGE = "same_village", "Merger Double By Regional"


@model(kw_only=True)
class DuplicatePair:
    """Two kampung (by their positions in the input) that the portal would treat as duplicates.

    >>> pair = DuplicatePair(first=0, second=3, village=RegionCode("35.75.01.1001"), reason=DuplicateReason.SAME_NAME)
    >>> pair.reason.code
    'same_name'
    """

    first: int = field(ge=0, description="index of the first kampung in the input")
    second: int = field(ge=0, description="index of the second kampung, after the first")
    village: RegionCode = field(description="the village both sit in")
    reason: DuplicateReason = field(description="same normalised name, or only the same village")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.second <= self.first:
            yield ErrorItem(
                ("second",), f"expected an index after {self.first}, found {self.second}", ErrorCode.INVARIANT
            )


def normalize_name(name: str) -> str:
    """A kampung name as the portal compares it: upper case, without a trailing number, I/II/III or NEW.

    Whitespace runs become one space, and trailing tokens are stripped
    repeatedly ("Melati 2 NEW" → "MELATI"). This is the intent of the portal's
    expression; unlike it, a number is stripped whole ("12", not just its
    first digit), the Roman numerals are matched in any case, and a number or
    "NEW" in the middle of the name is kept.

    >>> [normalize_name(n) for n in ("Kampung KB Mawar 2", "kampung kb mawar iii", "Mawar NEW", "Mawar 1 new")]
    ['KAMPUNG KB MAWAR', 'KAMPUNG KB MAWAR', 'MAWAR', 'MAWAR']
    """
    if type(name) is not str:
        raise ValidationError.single((), f"expected a kampung name (a string), found {describe(name)}", ErrorCode.TYPE)
    text = _SPACES.sub(" ", name).strip().upper()
    while True:
        stripped = _TRAILING.sub("", text)
        if stripped == text:
            return text
        text = stripped


def find_duplicates(kampungs: Iterable[KampungKB]) -> tuple[DuplicatePair, ...]:
    """Every pair of active kampung in the same village, marked SAME_NAME when their normalised names match.

    Inactive kampung (deleted or merged) are left out, as the portal's rule of
    one active kampung per village does. Pairs come in input order.

    >>> from kampungkb.dates import PartialDate
    >>> from kampungkb.regions import Location
    >>> here = Location(code=RegionCode("35.75.01.1001"))
    >>> def kampung(name, active=True):
    ...     return KampungKB(name=name, location=here, launch_date=PartialDate(2018), active=active)
    >>> pairs = find_duplicates([kampung("Melati"), kampung("Melati 2"), kampung("Mawar"), kampung("Melati", False)])
    >>> [(p.first, p.second, p.reason.code) for p in pairs]
    [(0, 1, 'same_name'), (0, 2, 'same_village'), (1, 2, 'same_village')]
    """
    items = _kampung_list(kampungs)
    by_village: dict[RegionCode, list[int]] = {}
    for index, kampung in enumerate(items):
        if kampung.active:
            by_village.setdefault(kampung.location.code, []).append(index)
    pairs: list[DuplicatePair] = []
    for village, indices in by_village.items():
        names = {index: normalize_name(items[index].name) for index in indices}
        for position, first in enumerate(indices):
            for second in indices[position + 1 :]:
                reason = DuplicateReason.SAME_NAME if names[first] == names[second] else DuplicateReason.SAME_VILLAGE
                pairs.append(DuplicatePair(first=first, second=second, village=village, reason=reason))
    return tuple(sorted(pairs, key=lambda pair: (pair.first, pair.second)))


def _kampung_list(kampungs: Any) -> list[KampungKB]:
    problem = ValidationError.single(
        (), f"expected a collection of KampungKB, found {describe(kampungs)}", ErrorCode.TYPE
    )
    if isinstance(kampungs, str | bytes | bytearray | Mapping):
        raise problem
    try:
        items = list(kampungs)
    except TypeError:
        raise problem from None
    errors = [
        ErrorItem((index,), f"expected a KampungKB, found {describe(item)}", ErrorCode.TYPE)
        for index, item in enumerate(items)
        if not isinstance(item, KampungKB)
    ]
    if errors:
        raise ValidationError(errors)
    return items
