"""Strategies for :mod:`kampungkb.dates` (requires hypothesis)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._core import data_file
from ..dates import (
    DateCorrection,
    DateCorrectionKind,
    DateMatch,
    DatePrecision,
    DateRange,
    PartialDate,
    format_date,
    format_date_range,
)

__all__ = [
    "date_corrections",
    "date_matches",
    "date_ranges",
    "indonesian_date_range_texts",
    "indonesian_date_texts",
    "partial_dates",
]

_FIRST = _dt.date(1900, 1, 1)
_LAST = _dt.date(2100, 12, 31)


def date_ranges(
    *,
    min_value: _dt.date = _FIRST,
    max_value: _dt.date = _LAST,
    max_days: int = 400,
) -> st.SearchStrategy[DateRange]:
    """Valid :class:`~kampungkb.dates.DateRange` values within ``min_value``..``max_value``,
    at most ``max_days`` days long (requires hypothesis).

    Valid by construction: the end is the start plus a drawn length, clipped to ``max_value``.

    >>> import datetime
    >>> from hypothesis import given
    >>> @given(date_ranges(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2020, 12, 31), max_days=7))
    ... def check(dates):
    ...     assert 1 <= dates.days <= 7 and dates.end.year == 2020
    >>> check()
    """
    if max_value < min_value:
        raise InvalidArgument(f"max_value={max_value} is before min_value={min_value}")
    if max_days < 1:
        raise InvalidArgument(f"max_days={max_days} must be at least 1")
    return st.builds(
        lambda start, length: DateRange(start, start + _dt.timedelta(days=min(length, (max_value - start).days))),
        st.dates(min_value=min_value, max_value=max_value),
        st.integers(min_value=0, max_value=max_days - 1),
    )


def partial_dates(
    *,
    precisions: st.SearchStrategy[DatePrecision] | None = None,
    min_value: _dt.date = _FIRST,
    max_value: _dt.date = _LAST,
) -> st.SearchStrategy[PartialDate]:
    """Valid :class:`~kampungkb.dates.PartialDate` values of every precision, standing for days
    within ``min_value``..``max_value`` (requires hypothesis).

    Valid by construction: a date is drawn in the range, then cut to the drawn precision.

    >>> from hypothesis import given
    >>> from kampungkb.dates import DatePrecision
    >>> @given(partial_dates(precisions=st.just(DatePrecision.MONTH)))
    ... def check(date):
    ...     assert date.day is None and date.month is not None
    >>> check()
    """
    if max_value < min_value:
        raise InvalidArgument(f"max_value={max_value} is before min_value={min_value}")
    precision_strategy = precisions if precisions is not None else st.sampled_from(DatePrecision)

    def cut(day: _dt.date, precision: DatePrecision) -> PartialDate:
        if precision is DatePrecision.YEAR:
            return PartialDate(day.year)
        if precision is DatePrecision.MONTH:
            return PartialDate(day.year, day.month)
        return PartialDate.of(day)

    return st.builds(cut, st.dates(min_value=min_value, max_value=max_value), precision_strategy)


def date_corrections() -> st.SearchStrategy[DateCorrection]:
    """Corrections the date reader may report (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(date_corrections())
    ... def check(correction):
    ...     assert correction.message
    >>> check()
    """
    short_text = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), min_size=1, max_size=40)
    return st.builds(DateCorrection, kind=st.sampled_from(list(DateCorrectionKind)), found=short_text, used=short_text)


def date_matches() -> st.SearchStrategy[DateMatch]:
    """Matches as :func:`~kampungkb.dates.find_dates` returns them: a formatted date, range,
    month or year at an offset (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(date_matches())
    ... def check(match):
    ...     assert match.end - match.start == len(match.matched) and not match.last < match.first
    >>> check()
    """

    def build(dates: DateRange, precision: DatePrecision, start: int, found: tuple[DateCorrection, ...]) -> DateMatch:
        if precision is DatePrecision.DAY:
            first, last = PartialDate.of(dates.start), PartialDate.of(dates.end)
            matched = format_date_range(dates)
        else:
            month = dates.start.month if precision is DatePrecision.MONTH else None
            first = last = PartialDate(dates.start.year, month)
            matched = format_date(first)
        return DateMatch(
            first=first, last=last, start=start, end=start + len(matched), matched=matched, corrections=found
        )

    return st.builds(
        build,
        date_ranges(),
        st.sampled_from(DatePrecision),
        st.integers(0, 10_000),
        st.lists(date_corrections(), max_size=2).map(tuple),
    )


def indonesian_date_texts(
    *, dates: st.SearchStrategy[_dt.date] | None = None
) -> st.SearchStrategy[tuple[str, _dt.date]]:
    """Pairs ``(text, date)``: ``date`` written in one of the many real Indonesian spellings
    (requires hypothesis).

    The text may name the right weekday (``Senin``, ``Jum'at``, ``Ahad``, ``hari Senin``,
    ``Monday``...) before the date, before a slash or in brackets after it, spell the month any
    accepted way (``Pebruari``, ``Nop``, ``Agt.``, ``Djuli``, ``December``...), write the date as
    digits (``28/12/2020``, ``28 / 12 / 2020``, ``28-12-2020``, ``28.12.2020``, ``2020-12-28``,
    news style ``Senin (28/12/2020)``), open with a label (``Hari/Tanggal :``) and use any
    letter case and extra spaces.

    >>> from hypothesis import given
    >>> from kampungkb.dates import parse_date
    >>> @given(indonesian_date_texts())
    ... def check(pair):
    ...     text, date = pair
    ...     assert parse_date(text) == date
    >>> check()
    """
    return _date_texts(dates if dates is not None else st.dates(_FIRST, _LAST))


def indonesian_date_range_texts(
    *, ranges: st.SearchStrategy[DateRange] | None = None
) -> st.SearchStrategy[tuple[str, DateRange]]:
    """Pairs ``(text, range)``: ``range`` written the ways Indonesian documents write ranges
    (requires hypothesis).

    The ends are joined by ``sampai dengan``, ``s.d.``, ``s.d``, ``s/d``, ``hingga``,
    ``sampai``, a dash, or ``dan`` for two consecutive days; the start leaves out the month and
    year it shares with the end, or
    not; the weekdays of both ends may come first (``Senin sampai dengan Selasa tanggal``);
    the whole may open with ``dari``, ``mulai`` or ``terhitung sejak``.

    >>> from hypothesis import given
    >>> from kampungkb.dates import parse_date_range
    >>> @given(indonesian_date_range_texts())
    ... def check(pair):
    ...     text, dates = pair
    ...     assert parse_date_range(text) == dates
    >>> check()
    """
    return _range_texts(ranges if ranges is not None else date_ranges())


# ---------------------------------------------------------------------------
# Helpers


def _case(draw: st.DrawFn, text: str) -> str:
    change = draw(st.sampled_from(("as written", "lower", "upper", "title")))
    if change == "as written":
        return text
    return str(getattr(text, change)())


def _space(draw: st.DrawFn) -> str:
    return draw(st.sampled_from((" ", " ", "  ", "\u00a0", " \t")))


def _month_word(draw: st.DrawFn, month: int) -> str:
    entry = _calendar()["months"][month - 1]
    spelling = draw(st.sampled_from(_spellings(entry)))
    if spelling != entry["name"] and draw(st.booleans()):
        spelling += "."
    return spelling


def _weekday_word(draw: st.DrawFn, day: _dt.date) -> str:
    return draw(st.sampled_from(_spellings(_calendar()["weekdays"][day.isoweekday() - 1])))


def _calendar() -> Mapping[str, Any]:
    """The calendar words kampungkb reads (its data file), months and weekdays in order."""
    return data_file("dates", "calendar")


def _spellings(entry: Mapping[str, Any]) -> tuple[str, ...]:
    english = entry["english"]
    return tuple(dict.fromkeys((entry["name"], entry["abbreviation"], *entry["variants"], english, english[:3])))


def _year(day: _dt.date) -> str:
    return f"{day.year:04d}"


def _numeric(draw: st.DrawFn, day: _dt.date) -> str:
    pad = draw(st.booleans())
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    separator = draw(st.sampled_from(("/", "-", ".", " / ", " - ")))
    return f"{d}{separator}{m}{separator}{_year(day)}"


def _body(draw: st.DrawFn, day: _dt.date) -> str:
    """The date alone: with a month name, as digits, or year first."""
    form = draw(st.sampled_from(("named", "named", "numeric", "iso")))
    if form == "named":
        s = _space(draw)
        return f"{day.day}{s}{_month_word(draw, day.month)}{s}{_year(day)}"
    if form == "numeric":
        return _numeric(draw, day)
    return day.isoformat()


@st.composite
def _date_texts(draw: st.DrawFn, dates: st.SearchStrategy[_dt.date]) -> tuple[str, _dt.date]:
    day = draw(dates)
    return _write_date(draw, day), day


@st.composite
def _range_texts(draw: st.DrawFn, ranges: st.SearchStrategy[DateRange]) -> tuple[str, DateRange]:
    dates = draw(ranges)
    return _write_range(draw, dates), dates


def _write_date(draw: st.DrawFn, day: _dt.date) -> str:
    form = draw(st.sampled_from(("plain", "weekday", "news", "suffix", "tanggal", "slash")))
    s = _space(draw)
    if form == "plain":
        text = _body(draw, day)
    elif form == "weekday":
        lead = draw(st.sampled_from(("", "hari ", "pada hari ")))
        comma = draw(st.sampled_from((",", "")))
        text = f"{lead}{_weekday_word(draw, day)}{comma}{s}{_body(draw, day)}"
    elif form == "news":
        space = draw(st.sampled_from(("", " ")))
        text = f"{_weekday_word(draw, day)}{space}({_numeric(draw, day)})"
    elif form == "suffix":
        text = f"{_body(draw, day)} ({_weekday_word(draw, day)})"
    elif form == "slash":
        slash = draw(st.sampled_from(("/", " / ", "/ ")))
        text = f"{_weekday_word(draw, day)}{slash}{_body(draw, day)}"
    else:
        lead = draw(st.sampled_from(("tanggal ", "pada tanggal ", "tgl. ", "tgl ", "tertanggal ")))
        text = f"{lead}{_body(draw, day)}"
    label = draw(st.sampled_from(("", "", "", "Hari/Tanggal : ", "Hari / Tanggal: ", "Tanggal : ")))
    if label and not text.startswith(("tanggal", "pada", "tgl", "tertanggal")):
        text = f"{label}{text}"
    padding = draw(st.sampled_from(("", " ", "\n")))
    return f"{padding}{_case(draw, text)}{padding}"


def _write_range(draw: st.DrawFn, dates: DateRange) -> str:
    start, end = dates.start, dates.end
    if start == end:
        return _write_date(draw, start)
    connectors = _calendar()["range_connectors"]
    dashes = tuple(connectors["dashes"])
    pair = tuple(connectors["pair_words"]) if (end - start).days == 1 else ()
    connector = draw(st.sampled_from((*connectors["words"], *dashes, *pair)))
    spaced = f" {connector} "
    joint = draw(st.sampled_from((connector, spaced))) if connector in dashes else spaced
    s = _space(draw)
    end_text = f"{end.day}{s}{_month_word(draw, end.month)}{s}{_year(end)}"
    if start.year != end.year:
        start_text = f"{start.day}{s}{_month_word(draw, start.month)}{s}{_year(start)}"
    elif start.month != end.month or draw(st.booleans()):
        start_text = f"{start.day}{s}{_month_word(draw, start.month)}"
    else:
        start_text = str(start.day)
    weekdays = draw(st.sampled_from(("none", "before", "each")))
    if weekdays == "each":
        start_text = f"{_weekday_word(draw, start)} {start_text}"
        end_text = f"{_weekday_word(draw, end)} {end_text}"
    text = f"{start_text}{joint}{end_text}"
    if weekdays == "before":
        lead = draw(st.sampled_from(("", "hari ")))
        after = draw(st.sampled_from((", ", " tanggal ", " ", " / ")))
        text = f"{lead}{_weekday_word(draw, start)}{joint}{lead}{_weekday_word(draw, end)}{after}{text}"
    opener = draw(st.sampled_from(("", "", "dari ", "mulai ", "mulai dari ", "terhitung sejak ", "terhitung mulai ")))
    return _case(draw, f"{opener}{text}")
