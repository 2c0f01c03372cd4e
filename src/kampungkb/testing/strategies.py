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

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ._events import participant_groups, participants
from ._regions import built_in_provinces, locations, region_codes, region_names, regions
from ._text import text

__all__ = [
    "built_in_provinces",
    "locations",
    "participant_groups",
    "participants",
    "region_codes",
    "region_names",
    "regions",
    "strategy_for_type",
    "text",
]


def strategy_for_type() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """Each public model and value type, with the function giving its default strategy.

    >>> from kampungkb.regions import RegionCode
    >>> strategy_for_type()[RegionCode] is region_codes
    True
    """
    from ..events import ParticipantGroup, Participants
    from ..regions import Location, Province, Region, RegionCode

    return {
        Location: locations,
        ParticipantGroup: participant_groups,
        Participants: participants,
        Province: built_in_provinces,
        Region: regions,
        RegionCode: region_codes,
    }
