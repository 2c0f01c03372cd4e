"""Indonesian dates: read and write single dates and date ranges the way Indonesian documents do.

Programme documents write dates in Indonesian, day first, in several
conventions: letters write ``Senin, 28 Desember 2020``, forms ``28 / 12 / 2020``,
news ``Senin (28/12/2020)``, and reports join two days with ``sampai dengan``,
``s.d.``, ``hingga`` or a dash. :func:`parse_date` and :func:`parse_date_range`
read all of these; :func:`format_date` and :func:`format_date_range` write the
standard spelling, which reads back to the same value.

    >>> parse_date("Senin, 28 Desember 2020")
    datetime.date(2020, 12, 28)
    >>> seed = "hari Senin sampai dengan hari Selasa tanggal 28 Desember sampai dengan 29 Desember 2020"
    >>> workshop = parse_date_range(seed)
    >>> workshop.days
    2
    >>> format_date_range(workshop, weekday=True)
    'Senin–Selasa, 28–29 Desember 2020'
    >>> parse_date("Kamis (5/6/2020)")  # the news got the weekday wrong
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: 'Kamis (5/6/2020)' names Kamis, but 5 Juni 2020 is a Jumat [invariant]
"""

from ._detailed import (
    DateCorrection,
    DateCorrectionKind,
    DateMatch,
    find_dates,
    parse_date_detailed,
    parse_partial_date,
)
from ._partial import DatePrecision, PartialDate
from ._range import DateRange
from ._text import format_date, format_date_range, parse_date, parse_date_range

__all__ = [
    "DateCorrection",
    "DateCorrectionKind",
    "DateMatch",
    "DatePrecision",
    "DateRange",
    "PartialDate",
    "find_dates",
    "format_date",
    "format_date_range",
    "parse_date",
    "parse_date_detailed",
    "parse_date_range",
    "parse_partial_date",
]
