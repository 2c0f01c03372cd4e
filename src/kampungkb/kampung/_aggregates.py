"""Aggregates sources state about the kampung of a region: how many of each class, and the
target number (re-exported by :mod:`kampungkb.kampung`).

    >>> counts = KampungClassCounts(
    ...     region=RegionCode("35.14"),
    ...     counts=(ClassCount(KampungClass.DASAR, Count(265)), ClassCount(KampungClass.BERKEMBANG, Count(62))),
    ...     total=Count(327),
    ... )
    >>> counts.count_of(KampungClass.BERKEMBANG)
    Count(value=62, qualifier=<CountQualifier.EXACT: 'exact'>)
"""

from __future__ import annotations

from collections.abc import Iterator

from .._core import LINE, field, model
from ..dates import PartialDate
from ..errors import ErrorCode, ErrorItem
from ..regions import RegionCode, RegionLevel
from ._count import Count, count_sum_problem
from ._vocab import KampungClass

__all__ = ["ClassCount", "KampungClassCounts", "KampungTarget"]


@model
class ClassCount:
    """How many Kampung KB of one class (dasar, berkembang, mandiri, berkelanjutan) a source counts.

    >>> str(ClassCount(KampungClass.MANDIRI, Count(11)))
    'Mandiri: 11'
    """

    kampung_class: KampungClass = field(description="the class")
    count: Count = field(description="how many kampung of that class, as stated")

    def __str__(self) -> str:
        return f"{self.kampung_class.label}: {self.count}"


@model(kw_only=True)
class KampungClassCounts:
    """The Kampung KB of a region counted by class, with the total the source states.

    Only the classes the source names are recorded: a class it leaves out is unknown,
    not zero. When all four classes are given they must add up to the total; when some
    are missing, the stated ones must not exceed it. Qualified counts ("lebih dari 60")
    are checked as far as their numbers go (see :func:`count_sum_problem`).

    ``region`` is None for the whole country; otherwise a province, regency/city or
    kecamatan code.

    >>> from kampungkb.kampung import CountQualifier
    >>> KampungClassCounts(
    ...     region=RegionCode("51.02"),
    ...     counts=(ClassCount(KampungClass.BERKELANJUTAN, Count(60)), ClassCount(KampungClass.DASAR, Count(13))),
    ...     total=Count(50),
    ... )
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.total: the parts add up to 73, more than the stated total of 50 [invariant]
    """

    region: RegionCode | None = field(description="the region counted; None for the whole country")
    counts: tuple[ClassCount, ...] = field(min_items=1, max_items=4, description="the classes the source counts")
    total: Count | None = field(default=None, description="the total number of Kampung KB the source states")
    as_of: PartialDate | None = field(default=None, description="when the counts held, to the precision stated")

    def count_of(self, kampung_class: KampungClass) -> Count | None:
        """The count of one class, or None when the source does not give it.

        >>> KampungClassCounts(region=None, counts=(ClassCount(KampungClass.DASAR, Count(3)),)).count_of(
        ...     KampungClass.MANDIRI) is None
        True
        """
        for item in self.counts:
            if item.kampung_class is kampung_class:
                return item.count
        return None

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from region_problems(self.region)
        seen: set[KampungClass] = set()
        for index, item in enumerate(self.counts):
            if item.kampung_class in seen:
                yield ErrorItem(
                    ("counts", index, "kampung_class"),
                    f"the class {item.kampung_class.label} is counted twice",
                    ErrorCode.INVARIANT,
                )
            seen.add(item.kampung_class)
        if self.total is not None and len(seen) == len(self.counts):
            complete = len(seen) == len(KampungClass)
            problem = count_sum_problem((item.count for item in self.counts), self.total, complete=complete)
            if problem is not None:
                yield ErrorItem(("total",), problem, ErrorCode.INVARIANT)


@model(kw_only=True)
class KampungTarget:
    """A region's target number of Kampung KB for a year or period, as a source states it.

    ``period`` is the year (or month, or day) the target is for; ``achieved`` and ``as_of``
    record the progress the same source reports, when it does; ``basis`` how the target
    was set, as written ("satu kampung per kecamatan").

    >>> from kampungkb.dates import PartialDate
    >>> target = KampungTarget(region=None, period=PartialDate(2017), target=Count(7166),
    ...                        basis="satu Kampung KB per kecamatan")
    >>> str(target.target), target.period.precision.code
    ('7.166', 'year')
    """

    region: RegionCode | None = field(description="the region; None for the whole country")
    period: PartialDate = field(description="the year (or month) the target is for")
    target: Count = field(description="the target number of Kampung KB")
    achieved: Count | None = field(default=None, description="how many were formed, when the source says")
    as_of: PartialDate | None = field(default=None, description="when the achieved number held")
    basis: str | None = field(
        default=None, max_length=300, pattern=LINE, description="how the target was set, as written"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from region_problems(self.region)
        if self.target.value == 0:
            yield ErrorItem(("target", "value"), "a target of no Kampung KB is not a target", ErrorCode.INVARIANT)
        if self.as_of is not None and self.achieved is None:
            yield ErrorItem(
                ("as_of",),
                "as_of dates the achieved number; give achieved too, or leave as_of out",
                ErrorCode.INVARIANT,
            )


def region_problems(region: RegionCode | None) -> Iterator[ErrorItem]:
    """A count of kampung covers a kecamatan or more: a village code names one kampung's place."""
    if region is not None and region.level is RegionLevel.VILLAGE:
        yield ErrorItem(
            ("region",),
            f"expected the code of a kecamatan or larger region, found {region} (a desa/kelurahan)",
            ErrorCode.INVARIANT,
        )
