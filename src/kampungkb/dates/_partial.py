"""A date known only as precisely as the source states it: the year, the month, or the day.

Sources often give less than a full date — a kampung "launched in 2017", a report
"published in June 2022". A :class:`PartialDate` records exactly that much and no more:
nothing is filled in, neither the day nor the month.

    >>> launch = PartialDate(2017)
    >>> launch.precision, str(launch), launch.earliest, launch.latest
    (<DatePrecision.YEAR: 'year'>, '2017', datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
    >>> sorted([PartialDate(2020, 12, 28), PartialDate(2020), PartialDate(2020, 12)])
    [PartialDate(2020), PartialDate(2020, 12), PartialDate(2020, 12, 28)]
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Final

from .._core import CodedEnum, describe, lazy_pattern
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._words import days_in_month, month_name

__all__ = ["DatePrecision", "PartialDate"]


class DatePrecision(CodedEnum):
    """How much of a date is known: the year, the year and month, or the day.

    >>> DatePrecision.MONTH.label
    'Bulan'
    """

    YEAR = "year", "Tahun"
    MONTH = "month", "Bulan"
    DAY = "day", "Tanggal"


#: The ISO 8601 forms of reduced precision: YYYY, YYYY-MM, YYYY-MM-DD.
_ISO = lazy_pattern(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_SCHEMA_PATTERN: Final = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


class PartialDate:
    """A calendar date known to the year, to the month, or to the day.

    Build one from its parts (``PartialDate(2022, 6)``), from a full date
    (:meth:`of`) or from its ISO 8601 text (:meth:`from_iso`: ``"2017"``,
    ``"2022-06"``, ``"2020-12-28"``, which is also its JSON form). A day needs a
    month; every part is checked (a 29 February needs a leap year).

    Two partial dates are equal when they state the same parts. They sort by the
    first day they may stand for, then by the last, so a year comes before its
    months and a month before its days. Whether one *certainly* comes before
    another is :meth:`is_before` (every day of the first is before every day of
    the second); :meth:`overlaps` tells whether they may be the same day.

    >>> june = PartialDate.from_iso("2022-06")
    >>> june.month, june.day, june.precision.code
    (6, None, 'month')
    >>> june.is_before(PartialDate(2022, 7, 1)), june.overlaps(PartialDate(2022))
    (True, True)
    >>> PartialDate(2021, 2, 29)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.day: February 2021 has 28 days, found 29 [invalid_value]
    """

    __slots__ = ("_day", "_key_cache", "_month", "_year")

    _year: int
    _month: int | None
    _day: int | None
    _key_cache: tuple[_dt.date, _dt.date] | None

    def __new__(cls, year: int, month: int | None = None, day: int | None = None) -> PartialDate:
        errors = _part_problems(year, month, day)
        if errors:
            raise ValidationError(errors)
        return cls._checked(year, month, day)

    @classmethod
    def _checked(cls, year: int, month: int | None, day: int | None) -> PartialDate:
        """The value of parts already checked."""
        made = object.__new__(cls)
        object.__setattr__(made, "_year", year)
        object.__setattr__(made, "_month", month)
        object.__setattr__(made, "_day", day)
        object.__setattr__(made, "_key_cache", None)
        return made

    @classmethod
    def of(cls, day: _dt.date) -> PartialDate:
        """The partial date of a full date, known to the day.

        >>> import datetime
        >>> PartialDate.of(datetime.date(2020, 12, 28))
        PartialDate(2020, 12, 28)
        """
        if type(day) is not _dt.date:
            raise ValidationError.single((), f"expected a date, found {describe(day)}", ErrorCode.TYPE)
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (ISO 8601, reduced precision allowed).

        >>> PartialDate.from_iso("2017"), PartialDate.from_iso("2020-12-28")
        (PartialDate(2017), PartialDate(2020, 12, 28))
        """
        if type(text) is not str:
            raise ValidationError.single(
                (), f"expected a date as 'YYYY[-MM[-DD]]', found {describe(text)}", ErrorCode.TYPE
            )
        found = _ISO.fullmatch(text)
        if found is None:
            raise ValidationError.single(
                (),
                f"expected a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', found {describe(text)}",
                ErrorCode.INVALID_VALUE,
            )
        year_text, month_text, day_text = found.groups()
        year = int(year_text)
        month = int(month_text) if month_text is not None else None
        day = int(day_text) if day_text is not None else None
        errors = _part_problems(year, month, day)
        if errors:
            raise ValidationError(
                ErrorItem((), f"{text!r} is not a calendar date: {item.message}", ErrorCode.INVALID_VALUE)
                for item in errors
            )
        if cls is not PartialDate:
            return cls(year, month, day)
        return cls._checked(year, month, day)  # the parts were just checked: no second check

    # -- parts -------------------------------------------------------------

    @property
    def year(self) -> int:
        """The year."""
        return self._year

    @property
    def month(self) -> int | None:
        """The month (1–12), or None when only the year is known."""
        return self._month

    @property
    def day(self) -> int | None:
        """The day of the month, or None when it is not known."""
        return self._day

    @property
    def precision(self) -> DatePrecision:
        """How much is known: year, month or day."""
        if self._day is not None:
            return DatePrecision.DAY
        return DatePrecision.YEAR if self._month is None else DatePrecision.MONTH

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may stand for.

        >>> PartialDate(2022, 6).earliest
        datetime.date(2022, 6, 1)
        """
        return _dt.date(self._year, self._month or 1, self._day or 1)

    @property
    def latest(self) -> _dt.date:
        """The last day this date may stand for.

        >>> PartialDate(2024, 2).latest
        datetime.date(2024, 2, 29)
        """
        month = self._month or 12
        return _dt.date(self._year, month, self._day or days_in_month(self._year, month))

    def to_date(self) -> _dt.date:
        """The full date, for a partial date known to the day; a ValidationError otherwise.

        >>> PartialDate(2020, 12, 28).to_date()
        datetime.date(2020, 12, 28)
        """
        if self._day is None:
            raise ValidationError.single(
                (), f"{self} is known only to the {self.precision.code}, not to the day", ErrorCode.INVALID_VALUE
            )
        return self.earliest

    # -- comparing ---------------------------------------------------------

    def contains(self, day: _dt.date) -> bool:
        """Whether ``day`` is one of the days this date may stand for.

        >>> import datetime
        >>> PartialDate(2022, 6).contains(datetime.date(2022, 6, 15))
        True
        """
        return isinstance(day, _dt.date) and self.earliest <= _as_date(day) <= self.latest

    def is_before(self, other: PartialDate | _dt.date) -> bool:
        """Whether every day this date may stand for is before every day ``other`` may.

        >>> PartialDate(2022).is_before(PartialDate(2022, 6)), PartialDate(2021).is_before(PartialDate(2022, 6))
        (False, True)
        """
        first, _ = _span(other)
        return self.latest < first

    def is_after(self, other: PartialDate | _dt.date) -> bool:
        """Whether every day this date may stand for is after every day ``other`` may.

        >>> import datetime
        >>> PartialDate(2023).is_after(datetime.date(2022, 12, 31))
        True
        """
        _, last = _span(other)
        return self.earliest > last

    def overlaps(self, other: PartialDate | _dt.date) -> bool:
        """Whether this date and ``other`` may be the same day.

        >>> PartialDate(2022, 6).overlaps(PartialDate(2022, 7))
        False
        """
        first, last = _span(other)
        return self.earliest <= last and first <= self.latest

    def _key(self) -> tuple[_dt.date, _dt.date]:
        key = self._key_cache
        if key is None:  # computed once per value (values are immutable, and shared when read from text)
            key = (self.earliest, self.latest)
            object.__setattr__(self, "_key_cache", key)
        return key

    def __eq__(self, other: object) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return (self._year, self._month, self._day) == (other._year, other._month, other._day)

    def __hash__(self) -> int:
        return hash((PartialDate, self._year, self._month, self._day))

    def __lt__(self, other: PartialDate) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if type(other) is not PartialDate:
            return NotImplemented
        return self._key() >= other._key()

    # -- text --------------------------------------------------------------

    def __str__(self) -> str:
        text = f"{self._year:04d}"
        if self._month is not None:
            text += f"-{self._month:02d}"
        if self._day is not None:
            text += f"-{self._day:02d}"
        return text

    def __repr__(self) -> str:
        parts = [str(part) for part in (self._year, self._month, self._day) if part is not None]
        return f"PartialDate({', '.join(parts)})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"PartialDate is immutable; cannot set {name!r}")

    def __reduce__(self) -> tuple[type[PartialDate], tuple[int, int | None, int | None]]:
        return (PartialDate, (self._year, self._month, self._day))

    def __copy__(self) -> PartialDate:
        return self

    def __deepcopy__(self, memo: Any) -> PartialDate:
        return self

    # -- the codec's value-type protocol -----------------------------------

    @classmethod
    def _from_json_value(cls, value: Any) -> PartialDate:
        """Load from JSON: the ISO text, ``"2017"``, ``"2022-06"`` or ``"2020-12-28"``.

        >>> PartialDate._from_json_value("2022-06")
        PartialDate(2022, 6)
        """
        if type(value) is str and cls is PartialDate:
            return _read_iso(value)  # the same text reads as the same (immutable) value: remembered
        return cls.from_iso(value)

    def _to_json_value(self) -> str:
        """The ISO text.

        >>> PartialDate(2022, 6)._to_json_value()
        '2022-06'
        """
        return str(self)

    @classmethod
    def _json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of the ISO text.

        >>> PartialDate._json_schema()["type"]
        'string'
        """
        return {
            "type": "string",
            "pattern": _SCHEMA_PATTERN,
            "description": "A date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD).",
        }


#: How many distinct date texts loading remembers.
_READ_TEXTS = 4096


@functools.lru_cache(maxsize=_READ_TEXTS)
def _read_iso(text: str) -> PartialDate:
    """:meth:`PartialDate.from_iso` of ``text``, remembered (a text that does not read raises, and is not)."""
    return PartialDate.from_iso(text)


def _part_problems(year: object, month: object, day: object) -> list[ErrorItem]:
    """Every problem with a year, month and day, located at the part."""
    errors: list[ErrorItem] = []
    if type(year) is not int:
        errors.append(ErrorItem(("year",), f"expected an integer, found {describe(year)}", ErrorCode.TYPE))
    for name, value in (("month", month), ("day", day)):
        if value is not None and type(value) is not int:
            errors.append(ErrorItem((name,), f"expected an integer or None, found {describe(value)}", ErrorCode.TYPE))
    if errors or type(year) is not int:
        return errors
    if not 1 <= year <= 9999:
        errors.append(ErrorItem(("year",), f"expected a year from 1 to 9999, found {year}", ErrorCode.CONSTRAINT))
    if type(month) is int and not 1 <= month <= 12:
        errors.append(ErrorItem(("month",), f"expected a month from 1 to 12, found {month}", ErrorCode.CONSTRAINT))
    if type(day) is int:
        if month is None:
            errors.append(ErrorItem(("day",), "a day needs its month", ErrorCode.INVARIANT))
        elif type(month) is int and not errors:
            days = days_in_month(year, month)
            if not 1 <= day <= days:
                name = month_name(month, english=True)
                errors.append(
                    ErrorItem(("day",), f"{name} {year} has {days} days, found {day}", ErrorCode.INVALID_VALUE)
                )
    return errors


def _as_date(day: _dt.date) -> _dt.date:
    return day.date() if isinstance(day, _dt.datetime) else day


def _span(other: PartialDate | _dt.date) -> tuple[_dt.date, _dt.date]:
    if type(other) is PartialDate:
        return other.earliest, other.latest
    if isinstance(other, _dt.date):
        day = _as_date(other)
        return day, day
    raise ValidationError.single((), f"expected a PartialDate or a date, found {describe(other)}", ErrorCode.TYPE)
