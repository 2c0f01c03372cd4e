"""Strategies for the qualified counts and the kampung aggregates of :mod:`kampungkb.kampung`
(requires hypothesis). Valid by construction: a total is drawn from what the parts allow.

    >>> from hypothesis import given
    >>> @given(kampung_class_counts())
    ... def check(aggregate):
    ...     assert len({item.kampung_class for item in aggregate.counts}) == len(aggregate.counts)
    >>> check()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from ..kampung import ClassCount, Count, CountQualifier, KampungClass, KampungClassCounts, KampungTarget
from ..regions import RegionLevel
from ._dates import partial_dates
from ._regions import region_codes
from ._text import lines

__all__ = [
    "class_counts",
    "consistent_totals",
    "counts",
    "counts_strategy_for_type",
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
    least, most, bounded = 0, 0, True
    for part in parts:
        if part is None:
            bounded = False
            continue
        low, high = part.bounds
        least += low
        if high is None:
            bounded = False
        else:
            most += high
    closed = complete and bounded
    exact = st.integers(least, most) if closed else st.integers(least, least + _MAX)
    at_least = st.integers(0, most) if closed else st.integers(0, least + _MAX)
    return st.one_of(
        exact.map(Count),
        at_least.map(lambda value: Count(value, CountQualifier.AT_LEAST)),
        st.integers(least, least + _MAX).map(lambda value: Count(value, CountQualifier.AT_MOST)),
        st.integers(0, _MAX).map(lambda value: Count(value, CountQualifier.ABOUT)),
    )


def class_counts() -> st.SearchStrategy[ClassCount]:
    """One class with its count.

    >>> from hypothesis import given
    >>> @given(class_counts())
    ... def check(item):
    ...     assert item.count.value >= 0
    >>> check()
    """
    return st.builds(ClassCount, st.sampled_from(KampungClass), counts())


_AGGREGATE_REGIONS = st.one_of(
    st.none(),
    *(region_codes(level=level) for level in (RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT)),
)


@st.composite
def _kampung_class_counts(draw: st.DrawFn) -> KampungClassCounts:
    classes = draw(st.lists(st.sampled_from(KampungClass), min_size=1, max_size=4, unique=True))
    items = tuple(ClassCount(kampung_class, draw(counts())) for kampung_class in classes)
    complete = len(classes) == len(KampungClass)
    total = draw(st.none() | consistent_totals([item.count for item in items], complete=complete))
    return KampungClassCounts(
        region=draw(_AGGREGATE_REGIONS), counts=items, total=total, as_of=draw(st.none() | partial_dates())
    )


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
    return _kampung_class_counts()


@st.composite
def _kampung_targets(draw: st.DrawFn) -> KampungTarget:
    achieved = draw(st.none() | counts())
    return KampungTarget(
        region=draw(_AGGREGATE_REGIONS),
        period=draw(partial_dates()),
        target=draw(_positive_counts()),
        achieved=achieved,
        as_of=None if achieved is None else draw(st.none() | partial_dates()),
        basis=draw(st.none() | lines(max_size=60)),
    )


def _positive_counts() -> st.SearchStrategy[Count]:
    return st.builds(Count, st.integers(1, _MAX), st.sampled_from(CountQualifier))


def kampung_targets() -> st.SearchStrategy[KampungTarget]:
    """Targets of a region for a period, with or without the achieved number.

    >>> from hypothesis import given
    >>> @given(kampung_targets())
    ... def check(target):
    ...     assert target.target.value > 0 and (target.as_of is None or target.achieved is not None)
    >>> check()
    """
    return _kampung_targets()
