"""Hypothesis strategies of VALID kampungkb objects, valid by construction (requires hypothesis).

Each function returns a strategy; keyword arguments take strategies that narrow what is
drawn. Every public model type is also registered for :func:`hypothesis.strategies.from_type`
(through kampungkb's Hypothesis plugin).

    >>> from hypothesis import given
    >>> from kampungkb.testing.strategies import region_codes
    >>> @given(region_codes())
    ... def test_codes_print_and_parse_back(code):
    ...     assert type(code).parse(str(code)) == code
    >>> test_codes_print_and_parse_back()
"""

from __future__ import annotations

from ._events import participant_groups, participants
from ._regions import locations, region_codes, region_names, regions
from ._text import text

__all__ = [
    "locations",
    "participant_groups",
    "participants",
    "region_codes",
    "region_names",
    "regions",
    "text",
]
