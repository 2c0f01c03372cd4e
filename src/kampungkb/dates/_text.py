"""Reading and writing dates and date ranges as Indonesian text.

>>> format_date_range(parse_date_range("28 s/d 29 Desember 2020"), weekday=True)
'Senin–Selasa, 28–29 Desember 2020'
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from .._core import describe
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._parse import read_date, read_range
from ._partial import PartialDate
from ._range import DateRange
from ._words import month_name, weekday_name, write_date

__all__ = ["DateStyle", "Language", "format_date", "format_date_range", "parse_date", "parse_date_range"]


#: How a month is written: ``"long"`` (Desember) or ``"short"`` (Des).
DateStyle = Literal["long", "short"]


#: The language of the month and day names: ``"id"`` (Indonesian, the default) or ``"en"``.
Language = Literal["id", "en"]


def parse_date(text: str, *, check_weekday: bool = True) -> _dt.date:
    """Read a date written the Indonesian way, always day first.

    Accepted: ``28 Desember 2020``, ``Senin, 28 Desember 2020``, ``Senin 28 Desember
    2020``, ``Senin (28/12/2020)``, ``28 Des 2020``, ``28-12-2020``, ``28/12/2020``,
    ``28 / 12 / 2020``, ``28.12.2020``, ``2020-12-28``, ``tanggal 28 Desember 2020``; every
    month and weekday spelling in use (Pebruari, Nopember, Agt, Sept, Jum'at, Ahad...); any
    letter case and spacing. A weekday that contradicts the date is an error (code
    ``invariant``) unless ``check_weekday`` is False. Two-digit years, impossible dates and
    text that is not a date are errors (code ``invalid_value``); text longer than 256
    characters is refused unread (code ``constraint``); a non-string is code ``type``.

    >>> parse_date("28 / 12 / 2020"), parse_date("JUM'AT, 1 januari 2021")
    (datetime.date(2020, 12, 28), datetime.date(2021, 1, 1))
    >>> parse_date("Kamis(5/6/2020)", check_weekday=False)
    datetime.date(2020, 6, 5)
    >>> parse_date("31 Februari 2021")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a date such as '28 Desember 2020', found '31 Februari 2021':
       Februari 2021 has only 28 days [invalid_value]
    """
    return read_date(text, check_weekday=check_weekday)


def parse_date_range(text: str, *, check_weekday: bool = True) -> DateRange:
    """Read a date range written the Indonesian way; a single date gives a one-day range.

    The ends may be joined by ``sampai dengan``, ``s.d.``, ``s.d``, ``s/d``, ``hingga``,
    ``sampai`` or a dash; the start may leave out the month and year it shares with the end
    (``28–29 Desember 2020``, ``28 Desember s.d. 29 Desember 2020``); weekdays may stand
    before the range (``Senin–Selasa, 28–29 Desember 2020``) or before each end, and are
    checked against the day they name. An end before the start is an error at ``end``
    (code ``invariant``).

    >>> parse_date_range("Selasa hingga Kamis, 5–7 Agustus 2025")
    DateRange(start=datetime.date(2025, 8, 5), end=datetime.date(2025, 8, 7))
    >>> parse_date_range("28 s/d 29 Desember 2020").days
    2
    >>> parse_date_range("29 - 28 Desember 2020")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.end: the range ends on 2020-12-28, before it starts on 2020-12-29 [invariant]
    """
    start, end, problems = read_range(text, check_weekday=check_weekday)
    try:
        found = DateRange(start, end)
    except ValidationError as exc:
        problems.extend(exc.errors)
    if problems:
        raise ValidationError(problems)
    return found


def format_date(
    day: _dt.date | PartialDate,
    *,
    weekday: bool = False,
    style: DateStyle = "long",
    language: Language = "id",
) -> str:
    """Write ``day`` in the standard Indonesian spelling.

    ``style="long"`` writes the month in full (``28 Desember 2020``), ``style="short"``
    abbreviates it (``28 Des 2020``); ``weekday=True`` puts the day's name first, followed
    by a comma. Names are always the standard ones (Februari, November, Jumat, Minggu).
    ``language="en"`` keeps the layout and writes the English names. A
    :class:`PartialDate` is written as far as it is known: ``2017``, ``Juni 2022``.

    >>> import datetime
    >>> format_date(datetime.date(2020, 12, 28), weekday=True)
    'Senin, 28 Desember 2020'
    >>> format_date(datetime.date(2020, 8, 17), style="short")
    '17 Agu 2020'
    >>> format_date(datetime.date(2020, 12, 28), weekday=True, language="en")
    'Monday, 28 December 2020'
    >>> format_date(PartialDate(2022, 6)), format_date(PartialDate(2017))
    ('Juni 2022', '2017')
    """
    english = _check_format_options(weekday, style, language)
    short = style == "short"
    if type(day) is PartialDate:
        if day.day is not None:
            return write_date(day.to_date(), weekday=weekday, short=short, english=english)
        if weekday:
            raise ValidationError.single(
                ("weekday",),
                f"{day} is known only to the {day.precision.code}: it has no weekday",
                ErrorCode.INVALID_VALUE,
            )
        if day.month is None:
            return f"{day.year:04d}"
        return f"{month_name(day.month, short=short, english=english)} {day.year:04d}"
    return write_date(_check_date(day, ()), weekday=weekday, short=short, english=english)


def format_date_range(
    dates: DateRange, *, weekday: bool = False, style: DateStyle = "long", language: Language = "id"
) -> str:
    """Write ``dates`` in the standard Indonesian spelling, with an en dash between the ends.

    The start leaves out the month and year it shares with the end; with
    ``weekday=True`` the two weekdays come first. A one-day range is written as its date.

    >>> import datetime
    >>> def days(start, end):
    ...     return DateRange(datetime.date(*start), datetime.date(*end))
    >>> format_date_range(days((2020, 12, 28), (2020, 12, 29)))
    '28–29 Desember 2020'
    >>> format_date_range(days((2020, 11, 30), (2020, 12, 2)))
    '30 November–2 Desember 2020'
    >>> format_date_range(days((2020, 12, 30), (2021, 1, 2)), style="short")
    '30 Des 2020–2 Jan 2021'
    >>> format_date_range(days((2020, 12, 28), (2020, 12, 29)), weekday=True)
    'Senin–Selasa, 28–29 Desember 2020'
    >>> format_date_range(days((2020, 12, 28), (2020, 12, 29)), weekday=True, language="en")
    'Monday–Tuesday, 28–29 December 2020'
    """
    english = _check_format_options(weekday, style, language)
    if not isinstance(dates, DateRange):
        raise ValidationError.single((), f"expected a DateRange, found {describe(dates)}", ErrorCode.TYPE)
    start, end = dates.start, dates.end
    short = style == "short"
    if start == end:
        return write_date(start, weekday=weekday, short=short, english=english)
    if start.year != end.year:
        text = f"{write_date(start, short=short, english=english)}–{write_date(end, short=short, english=english)}"
    elif start.month != end.month:
        start_month = month_name(start.month, short=short, english=english)
        text = f"{start.day} {start_month}–{write_date(end, short=short, english=english)}"
    else:
        text = f"{start.day}–{write_date(end, short=short, english=english)}"
    if weekday:
        first = weekday_name(start.isoweekday(), english=english)
        last = weekday_name(end.isoweekday(), english=english)
        text = f"{first}–{last}, {text}"
    return text


def _check_date(value: object, location: tuple[str, ...]) -> _dt.date:
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        raise ValidationError.single(location, f"expected a date, found {describe(value)}", ErrorCode.TYPE)
    return value


def _check_format_options(weekday: object, style: object, language: object) -> bool:
    """Check the formatting options; True when the language is English."""
    errors: list[ErrorItem] = []
    if type(weekday) is not bool:
        errors.append(ErrorItem(("weekday",), f"expected a boolean, found {describe(weekday)}", ErrorCode.TYPE))
    if type(style) is not str or style not in ("long", "short"):
        errors.append(
            ErrorItem(("style",), f"expected 'long' or 'short', found {describe(style)}", ErrorCode.INVALID_VALUE)
        )
    if type(language) is not str or language not in ("id", "en"):
        errors.append(
            ErrorItem(("language",), f"expected 'id' or 'en', found {describe(language)}", ErrorCode.INVALID_VALUE)
        )
    if errors:
        raise ValidationError(errors)
    return language == "en"
