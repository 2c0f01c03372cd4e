"""The days between two dates, both included.

>>> import datetime
>>> DateRange(datetime.date(2020, 12, 28), datetime.date(2020, 12, 29)).days
2
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from .._core import field, model
from ..errors import ErrorCode, ErrorItem

__all__ = ["DateRange"]


@model
class DateRange:
    """The days from ``start`` to ``end``, both included; ``end`` is never before ``start``.

    In JSON it is ``{"start": "2020-12-28", "end": "2020-12-29"}``.

    >>> import datetime
    >>> workshop = DateRange(datetime.date(2020, 12, 28), datetime.date(2020, 12, 29))
    >>> workshop.days, datetime.date(2020, 12, 29) in workshop
    (2, True)
    >>> [day.day for day in workshop]
    [28, 29]
    >>> DateRange(datetime.date(2020, 12, 29), datetime.date(2020, 12, 28))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.end: the range ends on 2020-12-28, before it starts on 2020-12-29 [invariant]
    """

    start: _dt.date = field(description="the first day")
    end: _dt.date = field(description="the last day, included; not before start")

    @property
    def days(self) -> int:
        """How many days the range covers, both ends included.

        >>> import datetime
        >>> DateRange(datetime.date(2020, 12, 30), datetime.date(2021, 1, 2)).days
        4
        """
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        """Whether ``day`` (a :class:`datetime.date`, not a datetime) falls in the range."""
        if not isinstance(day, _dt.date) or isinstance(day, _dt.datetime):
            return False
        return self.start <= day <= self.end

    def __iter__(self) -> Iterator[_dt.date]:
        """Each day of the range, in order."""
        for offset in range(self.days):
            yield self.start + _dt.timedelta(days=offset)

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.end < self.start:
            yield ErrorItem(
                ("end",),
                f"the range ends on {self.end.isoformat()}, before it starts on {self.start.isoformat()}",
                ErrorCode.INVARIANT,
            )
