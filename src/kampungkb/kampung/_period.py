"""The period of a report version: a month of a year (the portal's ``bulan`` / ``tahun``).

>>> ReportPeriod(3, 2023) < ReportPeriod(11, 2022)
False
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .._core import describe, field, model
from ..errors import ErrorCode, ValidationError

__all__ = ["ReportPeriod"]


@model
class ReportPeriod:
    """A month of a year, as the portal's ``bulan`` (1–12) and ``tahun`` record it.

    Periods order by year, then month.

    >>> ReportPeriod(6, 2023)
    ReportPeriod(month=6, year=2023)
    >>> ReportPeriod.of(_dt.datetime(2023, 6, 30, 14, 5))
    ReportPeriod(month=6, year=2023)
    >>> ReportPeriod(13, 2023)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.month: expected a value <= 12, found 13 [constraint]
    """

    month: int = field(ge=1, le=12, description="the month, 1 (January) to 12 (December): the portal's bulan")
    year: int = field(ge=1, le=9999, description="the year: the portal's tahun")

    @classmethod
    def of(cls, moment: object) -> ReportPeriod:
        """The period holding a date or date-time (the portal sets a report's period to the month it is saved)."""
        if not isinstance(moment, _dt.date):
            raise ValidationError.single((), f"expected a date or date-time, found {describe(moment)}", ErrorCode.TYPE)
        return cls(moment.month, moment.year)

    @property
    def key(self) -> tuple[int, int]:
        """``(year, month)``: the sort key."""
        return (self.year, self.month)

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, ReportPeriod):
            return NotImplemented
        return self.key < other.key

    def __le__(self, other: Any) -> bool:
        if not isinstance(other, ReportPeriod):
            return NotImplemented
        return self.key <= other.key

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"
