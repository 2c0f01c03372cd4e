"""Counts as sources state them: exact, at least, at most or about a number (re-exported by
:mod:`kampungkb.kampung`, where the statistics of a kampung and the events above it both use them).

    >>> parse_count("lebih dari 200")
    Count(value=200, qualifier=<CountQualifier.AT_LEAST: 'at_least'>)
    >>> str(parse_count("± 500"))
    'sekitar 500'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .._core import CodedEnum, describe, field, lazy_pattern, model, register_scalar_form
from ..errors import ErrorCode, ValidationError

__all__ = ["Count", "CountQualifier", "count_sum_problem", "parse_count"]


class CountQualifier(CodedEnum):
    """How a stated number bounds the true count: exactly, at least, at most or about.

    ``.label`` is the Indonesian wording :class:`Count` is written with; ``.english`` the English.

    >>> CountQualifier.AT_LEAST.code, CountQualifier.AT_LEAST.label, CountQualifier.AT_LEAST.english
    ('at_least', 'lebih dari', 'at least')
    """

    english: str

    EXACT = "exact", "tepat", "exactly"
    AT_LEAST = "at_least", "lebih dari", "at least"
    AT_MOST = "at_most", "kurang dari", "at most"
    ABOUT = "about", "sekitar", "about"

    def __init__(self, code: str, label: str, english: str) -> None:
        self.english = english


@model
class Count:
    """A number of people, families or kampung as a source states it, with its qualifier.

    ``Count(200, CountQualifier.AT_LEAST)`` is "lebih dari 200" / "200 lebih". The number is
    kept as written: "lebih dari 200" is recorded as at least 200, not 201, because sources
    use it for "200-odd" as often as for "more than 200" (the check is then never stricter
    than the source). On JSON input the text form is accepted too (read by :func:`parse_count`).

    >>> Count(155).is_exact, Count(155).bounds
    (True, (155, 155))
    >>> Count(200, CountQualifier.AT_LEAST).bounds, Count(500, CountQualifier.ABOUT).bounds
    ((200, None), (0, None))
    >>> Count(-1)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.value: expected a value >= 0, found -1 [constraint]
    """

    value: int = field(ge=0, le=10**9, description="the number as the source writes it")
    qualifier: CountQualifier = field(
        default=CountQualifier.EXACT, description="exact, at least, at most or about the number"
    )

    @property
    def is_exact(self) -> bool:
        """Whether the count is exact (the only kind checked as an equality).

        >>> Count(50, CountQualifier.AT_MOST).is_exact
        False
        """
        return self.qualifier is CountQualifier.EXACT

    @property
    def bounds(self) -> tuple[int, int | None]:
        """The least and the most the true count can be (``None``: no upper bound).

        An "about" figure bounds nothing: it is never checked as if it were exact.

        >>> Count(50, CountQualifier.AT_MOST).bounds
        (0, 50)
        """
        qualifier = self.qualifier
        if qualifier is CountQualifier.EXACT:
            return (self.value, self.value)
        if qualifier is CountQualifier.AT_LEAST:
            return (self.value, None)
        if qualifier is CountQualifier.AT_MOST:
            return (0, self.value)
        return (0, None)

    def __str__(self) -> str:
        """The count written the Indonesian way ("lebih dari 200", "sekitar 500", "155").

        >>> str(Count(50, CountQualifier.AT_MOST)), str(Count(155))
        ('kurang dari 50', '155')
        """
        number = f"{self.value:,}".replace(",", ".")
        return number if self.is_exact else f"{self.qualifier.label} {number}"


def parse_count(text: str) -> Count:
    """Read a count written the way Indonesian sources write it.

    The forms read, by the qualifier they give:

    - exact: "155", "sebanyak 155", "1.329";
    - at least: "lebih dari 200", "200 lebih", "sedikitnya 50", "minimal 50", "setidaknya 50",
      "paling sedikit 50", "200-an", "> 200";
    - at most: "kurang dari 50", "hampir 100", "maksimal 30", "paling banyak 30",
      "tidak lebih dari 30", "< 50";
    - about: "sekitar 500", "± 500", "+/- 500", "kurang lebih 300", "lebih kurang 300",
      "kira-kira 300", "kl. 300".

    A dot between groups of three digits separates thousands ("14.000"); a comma is a decimal
    comma in Indonesian, so "14,000" is refused rather than guessed. One unit
    word may follow the number ("lebih dari 50 peserta"): peserta, orang, jiwa, kampung,
    desa, kelurahan, keluarga, KK, akseptor, kader. Anything else is refused, with a message
    quoting the text.

    >>> parse_count("200 lebih"), parse_count("hampir 100").qualifier.code
    (Count(value=200, qualifier=<CountQualifier.AT_LEAST: 'at_least'>), 'at_most')
    >>> parse_count("lebih kurang 14.000 kampung").value
    14000
    >>> parse_count("ratusan peserta")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a count such as '155', 'lebih dari 200' or 'sekitar 500', found 'ratusan peserta' [invalid_value]
    """
    if not isinstance(text, str):
        raise ValidationError.single((), f"expected a count as text, found {describe(text)}", ErrorCode.TYPE)
    normalized = " ".join(text.split()).casefold()
    match = _COUNT.fullmatch(normalized) if len(normalized) <= 100 else None
    if match is None:
        raise ValidationError.single(
            (),
            f"expected a count such as '155', 'lebih dari 200' or 'sekitar 500', found {text[:80]!r}",
            ErrorCode.INVALID_VALUE,
        )
    before, number, after = match.group("before"), match.group("number"), match.group("after")
    if before is not None and after is not None:
        raise ValidationError.single((), f"expected one qualifier, found two in {text[:80]!r}", ErrorCode.INVALID_VALUE)
    qualifier = _AFTER[after] if after is not None else _BEFORE[before] if before is not None else _EXACT
    value = int(number.replace(".", ""))
    if value > 10**9:
        raise ValidationError.single((), f"expected a count up to 10^9, found {text[:80]!r}", ErrorCode.CONSTRAINT)
    return Count(value, qualifier)


def count_sum_problem(parts: Iterable[Count | None], total: Count, *, complete: bool = True) -> str | None:
    """Why ``parts`` cannot add up to ``total``, or None when they can (checked as far as the numbers go).

    Each part is a :class:`Count` or None (a group the source names without a number: zero
    or more). ``complete`` says the parts make up the whole total (the groups of all
    participants); with ``complete=False`` they are only some of it (stated methods of all
    users), so their sum may fall short. The rule for each combination:

    - the parts add up to somewhere between the sum of their least and the sum of their most
      values (no most when a part is "at least", "about" or unnumbered);
    - an exact total must lie in that range when the parts are complete, and must not be
      below the least sum when they are not;
    - an "at least" total must be reachable: the parts' most sum, when they have one and are
      complete, must not fall short of it;
    - an "at most" total must not be exceeded by the parts' least sum;
    - an "about" total is never checked, nor is an "about" part taken as exact (it counts as
      zero or more).

    >>> at_least = Count(100, CountQualifier.AT_LEAST)
    >>> count_sum_problem([at_least], Count(80))
    'the parts add up to at least 100, more than the stated total of 80'
    >>> count_sum_problem([Count(60), None], Count(80)) is None
    True
    >>> count_sum_problem([Count(60), Count(500, CountQualifier.ABOUT)], Count(80)) is None
    True
    """
    least, most = sum_bounds(parts)
    low_total, high_total = total.bounds
    if total.qualifier is CountQualifier.ABOUT:
        return None
    if high_total is not None and least > high_total:
        sum_text = f"{least}" if least == most else f"at least {least}"
        return f"the parts add up to {sum_text}, more than the stated total of {total}"
    if complete and most is not None and most < low_total:
        if least == most:
            return f"the parts add up to {most}, not the stated total of {total}"
        return f"the parts add up to at most {most}, less than the stated total of {total}"
    return None


def sum_bounds(parts: Iterable[Count | None]) -> tuple[int, int | None]:
    """The least and the most ``parts`` can add up to (``None``: no most, when a part is open or unnumbered).

    >>> sum_bounds([Count(3), Count(4, CountQualifier.AT_MOST)]), sum_bounds([Count(3), None])
    ((3, 7), (3, None))
    """
    least, most = 0, 0
    bounded = True
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
    return least, most if bounded else None


# ---------------------------------------------------------------------------
# Helpers

_EXACT = CountQualifier.EXACT

_BEFORE: dict[str, CountQualifier] = {
    "sebanyak": _EXACT,
    "berjumlah": _EXACT,
    "lebih dari": CountQualifier.AT_LEAST,
    "sedikitnya": CountQualifier.AT_LEAST,
    "setidaknya": CountQualifier.AT_LEAST,
    "minimal": CountQualifier.AT_LEAST,
    "paling sedikit": CountQualifier.AT_LEAST,
    ">": CountQualifier.AT_LEAST,
    "≥": CountQualifier.AT_LEAST,
    ">=": CountQualifier.AT_LEAST,
    "kurang dari": CountQualifier.AT_MOST,
    "hampir": CountQualifier.AT_MOST,
    "maksimal": CountQualifier.AT_MOST,
    "paling banyak": CountQualifier.AT_MOST,
    "tidak lebih dari": CountQualifier.AT_MOST,
    "<": CountQualifier.AT_MOST,
    "≤": CountQualifier.AT_MOST,
    "<=": CountQualifier.AT_MOST,
    "sekitar": CountQualifier.ABOUT,
    "±": CountQualifier.ABOUT,
    "+/-": CountQualifier.ABOUT,
    "+-": CountQualifier.ABOUT,
    "kurang lebih": CountQualifier.ABOUT,
    "lebih kurang": CountQualifier.ABOUT,
    "kira-kira": CountQualifier.ABOUT,
    "kl.": CountQualifier.ABOUT,
}

_AFTER: dict[str, CountQualifier] = {" lebih": CountQualifier.AT_LEAST, "-an": CountQualifier.AT_LEAST}

_UNITS = ("peserta", "orang", "jiwa", "kampung", "desa", "kelurahan", "keluarga", "kk", "akseptor", "kader")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_COUNT = lazy_pattern(
    rf"(?:(?P<before>{_alternatives(_BEFORE)}) ?)?"
    r"(?P<number>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,10})"
    r"(?P<after>-an| lebih)?"
    rf"(?: (?:{_alternatives(_UNITS)}))?"
)


def _count_from_text(value: Any) -> Count:
    """A count written as text in JSON ("lebih dari 200")."""
    return parse_count(value)


register_scalar_form(Count, _count_from_text)
