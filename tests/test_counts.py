"""Qualified counts (exact, at least, at most, about): how sources write them, how sums of them are
checked, and the kampung aggregates built on them (class counts of a region, a region's target)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.kampung import (
    ClassCount,
    Count,
    CountQualifier,
    KampungClass,
    KampungClassCounts,
    KampungTarget,
    count_sum_problem,
    parse_count,
)
from kampungkb.regions import RegionCode
from kampungkb.testing.strategies import consistent_totals, counts, kampung_class_counts, kampung_targets

EXACT, AT_LEAST, AT_MOST, ABOUT = (
    CountQualifier.EXACT,
    CountQualifier.AT_LEAST,
    CountQualifier.AT_MOST,
    CountQualifier.ABOUT,
)


def _errors(call: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(item.path, item.code) for item in caught.value.errors]


# -- reading counts as sources write them ------------------------------------------------------

SPELLINGS = [
    ("155", 155, EXACT),
    ("sebanyak 155", 155, EXACT),
    ("berjumlah 40 orang", 40, EXACT),
    ("1.329", 1329, EXACT),
    ("14.000", 14000, EXACT),
    ("lebih dari 200", 200, AT_LEAST),
    ("Lebih dari 50 peserta", 50, AT_LEAST),
    ("lebih dari 15.000", 15000, AT_LEAST),
    ("200 lebih", 200, AT_LEAST),
    ("200-an", 200, AT_LEAST),
    ("sedikitnya 50 orang", 50, AT_LEAST),
    ("setidaknya 30", 30, AT_LEAST),
    ("minimal 25 peserta", 25, AT_LEAST),
    ("paling sedikit 10", 10, AT_LEAST),
    ("> 200", 200, AT_LEAST),
    ("kurang dari 50", 50, AT_MOST),
    ("hampir 100", 100, AT_MOST),
    ("maksimal 30 orang", 30, AT_MOST),
    ("paling banyak 30", 30, AT_MOST),
    ("tidak lebih dari 40", 40, AT_MOST),
    ("sekitar 500", 500, ABOUT),
    ("sekitar 14.000 kampung", 14000, ABOUT),
    ("± 500", 500, ABOUT),
    ("±500", 500, ABOUT),
    ("+/- 500 jiwa", 500, ABOUT),
    ("lebih kurang 300", 300, ABOUT),
    ("kurang lebih 300 KK", 300, ABOUT),
    ("kira-kira 60", 60, ABOUT),
    ("  sekitar   500  ", 500, ABOUT),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), SPELLINGS, ids=[row[0] for row in SPELLINGS])
def test_each_real_spelling_is_read(text: str, value: int, qualifier: CountQualifier) -> None:
    """Each way sources write a count gives its number and qualifier; the text form loads from JSON too."""
    assert parse_count(text) == Count(value, qualifier)
    assert from_dict(text, Count) == Count(value, qualifier)


NOT_COUNTS = [
    "ratusan peserta",
    "puluhan",
    "lebih dari",
    "",
    "dua ratus",
    "14,000",
    "12.34",
    "200 lebih lebih",
    "sekitar 200-an",
    "lebih dari 50 peserta hadir",
    "-5",
    "50 persen",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_what_is_not_a_count_is_refused_quoting_it(text: str) -> None:
    """Text that is not a count (no figure, a decimal comma, two qualifiers, more words) is refused at $,
    quoting the text."""
    with pytest.raises(ValidationError) as caught:
        parse_count(text)
    (error,) = caught.value.errors
    assert (error.path, error.code) == ("$", "invalid_value")
    assert repr(text) in error.message


def test_a_non_text_count_is_a_type_error() -> None:
    """parse_count takes text."""
    assert _errors(lambda: parse_count(200)) == [("$", "type")]  # type: ignore[arg-type]


@given(counts())
def test_a_count_written_the_indonesian_way_reads_back(count: Count) -> None:
    """str(count) is text parse_count reads back to the same count."""
    assert parse_count(str(count)) == count


@given(counts())
def test_counts_round_trip(count: Count) -> None:
    """Any count survives dict and JSON round trips."""
    assert from_dict(to_dict(count), Count) == count
    assert from_json(to_json(count), Count) == count


def test_a_negative_or_huge_count_is_refused_at_its_value() -> None:
    """The number is between 0 and 10^9."""
    assert _errors(lambda: Count(-1)) == [("$.value", "constraint")]
    assert _errors(lambda: from_dict({"value": 10**10, "qualifier": "exact"}, Count)) == [("$.value", "constraint")]
    assert _errors(lambda: from_dict({"value": 3, "qualifier": "lebih"}, Count)) == [("$.qualifier", "invalid_value")]


# -- sums of qualified counts ----------------------------------------------------------------------

SUMS = [
    # parts, total, complete, consistent
    ([Count(100, AT_LEAST)], Count(80), True, False),
    ([Count(100, AT_LEAST)], Count(80, AT_MOST), True, False),
    ([Count(100, AT_LEAST)], Count(80, AT_LEAST), True, True),
    ([Count(100, AT_LEAST)], Count(80, ABOUT), True, True),
    ([Count(100, AT_LEAST)], Count(120), True, True),
    ([Count(60), Count(500, ABOUT)], Count(80), True, True),
    ([Count(60), None], Count(80), True, True),
    ([Count(60), None], Count(50), True, False),
    ([Count(60), Count(20)], Count(80), True, True),
    ([Count(60), Count(20)], Count(81), True, False),
    ([Count(60), Count(20)], Count(81), False, True),
    ([Count(60), Count(20)], Count(79), False, False),
    ([Count(60), Count(30, AT_MOST)], Count(80), True, True),
    ([Count(60), Count(30, AT_MOST)], Count(95), True, False),
    ([Count(60), Count(30, AT_MOST)], Count(95, AT_LEAST), True, False),
    ([Count(60), Count(30, AT_MOST)], Count(90, AT_LEAST), True, True),
    ([Count(60), Count(30)], Count(100, AT_LEAST), False, True),
    ([], Count(0), True, True),
    ([], Count(1), True, False),
]


@pytest.mark.parametrize(("parts", "total", "complete", "consistent"), SUMS)
def test_each_combination_of_qualifiers_is_checked_as_far_as_the_numbers_go(
    parts: list[Count | None], total: Count, complete: bool, consistent: bool
) -> None:
    """The rule table of count_sum_problem: an "at least 100" part never fits a total of 80; an "about"
    figure is never checked as exact; a part without a number is zero or more."""
    assert (count_sum_problem(parts, total, complete=complete) is None) is consistent


@given(st.lists(st.none() | counts(), max_size=5), st.booleans(), st.data())
def test_a_total_drawn_for_the_parts_is_always_accepted(
    parts: list[Count | None], complete: bool, data: st.DataObject
) -> None:
    """Every total the strategy draws as consistent is accepted (the strategy and the rule agree)."""
    total = data.draw(consistent_totals(parts, complete=complete))
    assert count_sum_problem(parts, total, complete=complete) is None


@given(st.lists(counts(qualifier=st.just(EXACT)), min_size=1, max_size=5), st.integers(1, 50))
def test_exact_parts_fit_only_their_exact_sum(parts: list[Count], delta: int) -> None:
    """With every number exact the check is an equality; off by any amount, the message names both sums."""
    total = sum(part.value for part in parts)
    assert count_sum_problem(parts, Count(total)) is None
    problem = count_sum_problem(parts, Count(total + delta))
    assert problem is not None
    assert str(total) in problem


# -- the class counts of a region ---------------------------------------------------------------------


def _classes(*values: int) -> tuple[ClassCount, ...]:
    return tuple(
        ClassCount(kampung_class, Count(value))
        for kampung_class, value in zip(list(KampungClass)[: len(values)], values, strict=True)
    )


@given(kampung_class_counts())
def test_class_counts_round_trip(value: KampungClassCounts) -> None:
    """Any valid class count survives dict and JSON round trips."""
    assert from_dict(to_dict(value), KampungClassCounts) == value
    assert from_json(to_json(value), KampungClassCounts) == value


def test_all_four_classes_must_add_up_to_the_total() -> None:
    """All four classes stated: their sum is the total (a source stating 29 with classes of 30 is refused)."""
    region = RegionCode("35.74")
    assert KampungClassCounts(region=region, counts=_classes(2, 13, 1, 13), total=Count(29)).total == Count(29)
    assert _errors(lambda: KampungClassCounts(region=region, counts=_classes(2, 13, 1, 14), total=Count(29))) == [
        ("$.total", "invariant")
    ]


def test_some_classes_need_only_fit_under_the_total() -> None:
    """Three classes of 133 stated: they may fall short (the fourth is unknown) but not exceed it."""
    counts_ = (
        ClassCount(KampungClass.BERKELANJUTAN, Count(60)),
        ClassCount(KampungClass.MANDIRI, Count(23)),
        ClassCount(KampungClass.DASAR, Count(13)),
    )
    region = RegionCode("51.02")
    assert KampungClassCounts(region=region, counts=counts_, total=Count(133)).count_of(KampungClass.BERKEMBANG) is None
    assert _errors(lambda: KampungClassCounts(region=region, counts=counts_, total=Count(90))) == [
        ("$.total", "invariant")
    ]


@given(kampung_class_counts(), st.data())
def test_a_class_counted_twice_is_refused_at_the_second(value: KampungClassCounts, data: st.DataObject) -> None:
    """Each class is counted once; a repeat is refused at its place."""
    if len(value.counts) == 4:
        return
    index = data.draw(st.integers(0, len(value.counts) - 1))
    repeated = (*value.counts, value.counts[index])
    with pytest.raises(ValidationError) as caught:
        KampungClassCounts(region=value.region, counts=repeated, total=None)
    assert [(e.path, e.code) for e in caught.value.errors] == [
        (f"$.counts[{len(value.counts)}].kampung_class", "invariant")
    ]


def test_a_village_is_not_a_region_of_kampung_counts() -> None:
    """Counts of kampung cover a kecamatan or more; a desa code is refused at $.region."""
    assert _errors(lambda: KampungClassCounts(region=RegionCode("35.75.01.1001"), counts=_classes(1), total=None)) == [
        ("$.region", "invariant")
    ]


def test_class_counts_need_at_least_one_class() -> None:
    """An aggregate with no class is not one (use KampungTarget or a total elsewhere)."""
    assert _errors(lambda: from_dict({"region": None, "counts": []}, KampungClassCounts)) == [
        ("$.counts", "constraint")
    ]


# -- a region's target ------------------------------------------------------------------------------


@given(kampung_targets())
def test_targets_round_trip(value: KampungTarget) -> None:
    """Any valid target survives dict and JSON round trips."""
    assert from_dict(to_dict(value), KampungTarget) == value
    assert from_json(to_json(value), KampungTarget) == value


def test_a_target_breaks_each_rule_at_its_path() -> None:
    """A zero target, an as_of without an achieved number, a village region: each refused at its path."""
    year = PartialDate(2017)
    assert _errors(lambda: KampungTarget(region=None, period=year, target=Count(0))) == [
        ("$.target.value", "invariant")
    ]
    assert _errors(lambda: KampungTarget(region=None, period=year, target=Count(5), as_of=PartialDate(2017, 6))) == [
        ("$.as_of", "invariant")
    ]
    assert _errors(lambda: KampungTarget(region=RegionCode("36.02.01.2001"), period=year, target=Count(5))) == [
        ("$.region", "invariant")
    ]
    assert _errors(lambda: from_dict({"region": "36", "target": {"value": 5}}, KampungTarget)) == [
        ("$.period", "missing")
    ]
