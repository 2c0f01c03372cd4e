"""Strategies for the qualified counts and the kampung aggregates of :mod:`kampungkb.kampung`
(requires hypothesis). Valid by construction: a total is drawn from what the parts allow.

    >>> from hypothesis import given
    >>> @given(kampung_class_counts())
    ... def check(aggregate):
    ...     assert len({item.kampung_class for item in aggregate.counts}) == len(aggregate.counts)
    >>> check()
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from ..dates import PartialDate
from ..kampung import ClassCount, Count, CountQualifier, KampungClass, KampungClassCounts, KampungTarget, sum_bounds
from ..regions import RegionCode, RegionLevel
from ._dates import partial_dates
from ._regions import region_codes
from ._text import lines

__all__ = [
    "between",
    "class_counts",
    "consistent_totals",
    "counts",
    "counts_strategy_for_type",
    "draw_consistent_total",
    "kampung_class_counts",
    "kampung_targets",
]

_MAX = 5000


def counts_strategy_for_type() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The count and aggregate models, with the function giving each one's default strategy.

    >>> counts_strategy_for_type()[Count] is counts
    True
    """
    return {
        Count: counts,
        ClassCount: class_counts,
        KampungClassCounts: kampung_class_counts,
        KampungTarget: kampung_targets,
    }


def counts(
    *, qualifier: st.SearchStrategy[CountQualifier] | None = None, max_value: int = _MAX
) -> st.SearchStrategy[Count]:
    """Counts with every qualifier (or those ``qualifier`` draws), from 0 to ``max_value``.

    >>> from hypothesis import given
    >>> @given(counts(qualifier=st.just(CountQualifier.ABOUT)))
    ... def check(count):
    ...     assert count.bounds == (0, None)
    >>> check()
    """
    return st.builds(
        Count, st.integers(0, max_value), qualifier if qualifier is not None else st.sampled_from(CountQualifier)
    )


def consistent_totals(parts: Sequence[Count | None], *, complete: bool = True) -> st.SearchStrategy[Count]:
    """Totals that ``parts`` can add up to (see :func:`kampungkb.kampung.count_sum_problem`), of every qualifier.

    >>> from hypothesis import given
    >>> from kampungkb.kampung import count_sum_problem
    >>> parts = [Count(3), Count(4, CountQualifier.AT_MOST), None]
    >>> @given(consistent_totals(parts))
    ... def check(total):
    ...     assert count_sum_problem(parts, total) is None
    >>> check()
    """
    fixed = tuple(parts)

    @st.composite
    def build(draw: st.DrawFn) -> Count:
        return draw_consistent_total(draw, fixed, complete=complete)

    return build()


def draw_consistent_total(draw: st.DrawFn, parts: Sequence[Count | None], *, complete: bool = True) -> Count:
    """Draw, inside a composite strategy, a total ``parts`` can make, building no strategy while drawing."""
    least, upper = sum_bounds(parts)
    most = 0 if upper is None else upper
    closed = complete and upper is not None
    qualifier: CountQualifier = draw(_QUALIFIERS)
    if qualifier is CountQualifier.EXACT:
        value = between(draw, least, most if closed else least + _MAX)
    elif qualifier is CountQualifier.AT_LEAST:
        value = between(draw, 0, most if closed else least + _MAX)
    elif qualifier is CountQualifier.AT_MOST:
        value = between(draw, least, least + _MAX)
    else:
        value = between(draw, 0, _MAX)
    return Count(value, qualifier)


def between(draw: st.DrawFn, low: int, high: int) -> int:
    """Draw an integer from ``low`` to ``high`` through one strategy built once (none built per draw)."""
    return low + draw(_ANY) % (high - low + 1)


_ANY = st.integers(0, 2**30)
_QUALIFIERS = st.sampled_from(CountQualifier)


def class_counts() -> st.SearchStrategy[ClassCount]:
    """One class with its count.

    >>> from hypothesis import given
    >>> @given(class_counts())
    ... def check(item):
    ...     assert item.count.value >= 0
    >>> check()
    """
    return st.builds(ClassCount, st.sampled_from(KampungClass), counts())


@functools.cache
def _aggregate_regions() -> st.SearchStrategy[RegionCode | None]:
    """None (the whole country) or a province, regency/city or kecamatan code; built once, on first use."""
    levels = (RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT)
    return st.one_of(st.none(), *(region_codes(level=level) for level in levels))


@functools.cache
def _maybe_dates() -> st.SearchStrategy[PartialDate | None]:
    return st.none() | partial_dates()


_CLASS_LISTS = st.lists(st.sampled_from(KampungClass), min_size=1, max_size=4, unique=True)
_BOOLEANS = st.booleans()


@st.composite
def _kampung_class_counts(
    draw: st.DrawFn,
    counted: st.SearchStrategy[Count],
    regions: st.SearchStrategy[RegionCode | None],
    dates: st.SearchStrategy[PartialDate | None],
) -> KampungClassCounts:
    classes = draw(_CLASS_LISTS)
    items = tuple(ClassCount(kampung_class, draw(counted)) for kampung_class in classes)
    complete = len(classes) == len(KampungClass)
    total = draw_consistent_total(draw, [item.count for item in items], complete=complete) if draw(_BOOLEANS) else None
    return KampungClassCounts(region=draw(regions), counts=items, total=total, as_of=draw(dates))


def kampung_class_counts() -> st.SearchStrategy[KampungClassCounts]:
    """Class counts of a region (any subset of the classes, each once) with a total they can make.

    >>> from hypothesis import given
    >>> from kampungkb.kampung import count_sum_problem
    >>> @given(kampung_class_counts())
    ... def check(aggregate):
    ...     complete = len(aggregate.counts) == 4
    ...     parts = [item.count for item in aggregate.counts]
    ...     assert aggregate.total is None or count_sum_problem(parts, aggregate.total, complete=complete) is None
    >>> check()
    """
    return _kampung_class_counts(counts(), _aggregate_regions(), _maybe_dates())


@st.composite
def _kampung_targets(
    draw: st.DrawFn,
    *,
    maybe_counts: st.SearchStrategy[Count | None],
    bases: st.SearchStrategy[str | None],
    regions: st.SearchStrategy[RegionCode | None],
    dates: st.SearchStrategy[PartialDate | None],
    periods: st.SearchStrategy[PartialDate],
) -> KampungTarget:
    achieved = draw(maybe_counts)
    return KampungTarget(
        region=draw(regions),
        period=draw(periods),
        target=draw(_POSITIVE_COUNTS),
        achieved=achieved,
        as_of=None if achieved is None else draw(dates),
        basis=draw(bases),
    )


_POSITIVE_COUNTS = st.builds(Count, st.integers(1, _MAX), st.sampled_from(CountQualifier))


def kampung_targets() -> st.SearchStrategy[KampungTarget]:
    """Targets of a region for a period, with or without the achieved number.

    >>> from hypothesis import given
    >>> @given(kampung_targets())
    ... def check(target):
    ...     assert target.target.value > 0 and (target.as_of is None or target.achieved is not None)
    >>> check()
    """
    return _kampung_targets(
        maybe_counts=st.none() | counts(),
        bases=st.none() | lines(max_size=60),
        regions=_aggregate_regions(),
        dates=_maybe_dates(),
        periods=partial_dates(),
    )
