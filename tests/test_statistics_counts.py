"""KampungStatistics with qualified figures: each rule checked by the figures' bounds, for every qualifier.

Every figure is a Count (exact, at least, at most, about). A rule refuses a record only when no
true counts within the stated bounds could satisfy it; an "about" figure bounds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.kampung import ContraceptiveMethod, Count, CountQualifier, KampungStatistics, count_sum_problem
from kampungkb.testing.strategies import counts, kampung_statistics

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "schemas" / "KampungStatistics.schema.json").read_text("utf-8")
)
EXACT, AT_LEAST, AT_MOST, ABOUT = (
    CountQualifier.EXACT,
    CountQualifier.AT_LEAST,
    CountQualifier.AT_MOST,
    CountQualifier.ABOUT,
)
FIGURES = ("population", "families", "couples_of_childbearing_age", "users", "non_users", "long_acting_users")
LONG = [method for method in ContraceptiveMethod if method.is_long_acting]


def _errors(document: dict[str, Any]) -> set[tuple[str, str]]:
    try:
        from_dict(document, KampungStatistics)
    except ValidationError as error:
        return {(item.path, item.code) for item in error.errors}
    return set()


def _methods(count: int, methods: list[ContraceptiveMethod] | None = None) -> list[dict[str, Any]]:
    return [{"method": method.code, "count": count} for method in (methods or list(ContraceptiveMethod))]


# ---------------------------------------------------------------------------
# The strategy: valid, round-tripping, every qualifier drawn


@given(kampung_statistics())
def test_qualified_statistics_round_trip_and_match_the_schema(stats: KampungStatistics) -> None:
    assert from_json(to_json(stats), KampungStatistics) == stats
    assert from_dict(to_dict(stats), KampungStatistics) == stats
    jsonschema.validate(json.loads(to_json(stats)), SCHEMA)
    text_form = {**to_dict(stats), **{name: str(getattr(stats, name)) for name in stats.stated()}}
    assert from_dict(text_form, KampungStatistics) == stats


def test_the_strategy_draws_every_qualifier_for_every_figure() -> None:
    seen: set[tuple[str, CountQualifier]] = set()

    @settings(max_examples=400, derandomize=True, database=None)
    @given(kampung_statistics())
    def collect(stats: KampungStatistics) -> None:
        seen.update((name, getattr(stats, name).qualifier) for name in stats.stated())

    collect()
    assert seen == {(figure, qualifier) for figure in FIGURES for qualifier in CountQualifier}


@given(kampung_statistics(), st.sampled_from(FIGURES), st.integers(0, 10**9))
def test_an_about_figure_bounds_nothing(stats: KampungStatistics, figure: str, value: int) -> None:
    """Any figure restated as "sekitar N", whatever N, keeps a valid record valid."""
    document = {**to_dict(stats), figure: {"value": value, "qualifier": "about"}}
    assert _errors(document) == set()


# ---------------------------------------------------------------------------
# Each rule broken on purpose, with figures of every qualifier


@st.composite
def _impossible_total(draw: st.DrawFn, parts: list[Count], *, complete: bool) -> Count:
    """A total (exact, at least or at most) that ``parts`` cannot make."""
    least = sum(part.bounds[0] for part in parts)
    highs = [part.bounds[1] for part in parts]
    most = None if None in highs else sum(high for high in highs if high is not None)
    choices: list[Count] = []
    if least > 0:
        below = draw(st.integers(0, least - 1))
        choices += [Count(below), Count(below, AT_MOST)]
    if complete and most is not None:
        above = most + draw(st.integers(1, 500))
        choices += [Count(above), Count(above, AT_LEAST)]
    assume(choices)
    total = draw(st.sampled_from(choices))
    assert count_sum_problem(parts, total, complete=complete) is not None
    return total


@given(st.data(), counts(), counts())
def test_users_and_non_users_must_be_able_to_make_the_pus(data: st.DataObject, users: Count, non_users: Count) -> None:
    pus = data.draw(_impossible_total([users, non_users], complete=True))
    document = {"users": to_dict(users), "non_users": to_dict(non_users), "couples_of_childbearing_age": to_dict(pus)}
    assert _errors(document) == {("$.couples_of_childbearing_age", "invariant")}


@given(st.data(), st.sampled_from(["users", "non_users"]), counts())
def test_users_or_non_users_alone_never_exceed_the_pus(data: st.DataObject, figure: str, part: Count) -> None:
    pus = data.draw(_impossible_total([part], complete=False))
    assert _errors({figure: to_dict(part), "couples_of_childbearing_age": to_dict(pus)}) == {
        (f"$.{figure}", "invariant")
    }


@given(st.data(), st.sampled_from(["couples_of_childbearing_age", "families"]), counts())
def test_pus_and_families_never_exceed_the_population(data: st.DataObject, figure: str, part: Count) -> None:
    population = data.draw(_impossible_total([part], complete=False))
    assert _errors({figure: to_dict(part), "population": to_dict(population)}) == {(f"$.{figure}", "invariant")}


@given(st.data(), st.lists(st.sampled_from(ContraceptiveMethod), min_size=1, unique=True), st.integers(0, 500))
def test_the_stated_methods_must_fit_the_users(
    data: st.DataObject, methods: list[ContraceptiveMethod], count: int
) -> None:
    parts = [Count(count)] * len(methods)
    complete = len(methods) == len(ContraceptiveMethod)
    users = data.draw(_impossible_total(parts, complete=complete))
    assert _errors({"users": to_dict(users), "users_by_method": _methods(count, methods)}) == {
        ("$.users_by_method", "invariant")
    }


@given(st.data(), counts())
def test_mkjp_never_exceeds_the_users(data: st.DataObject, mkjp: Count) -> None:
    users = data.draw(_impossible_total([mkjp], complete=False))
    assert _errors({"users": to_dict(users), "long_acting_users": to_dict(mkjp)}) == {
        ("$.long_acting_users", "invariant")
    }


@given(st.data(), st.lists(st.sampled_from(LONG), min_size=1, unique=True), st.integers(0, 500))
def test_the_stated_long_acting_methods_must_fit_the_mkjp(
    data: st.DataObject, methods: list[ContraceptiveMethod], count: int
) -> None:
    parts = [Count(count)] * len(methods)
    mkjp = data.draw(_impossible_total(parts, complete=len(methods) == len(LONG)))
    assert _errors({"long_acting_users": to_dict(mkjp), "users_by_method": _methods(count, methods)}) == {
        ("$.users_by_method", "invariant")
    }


@given(st.data(), st.integers(1, 500))
def test_a_poktan_never_has_more_families_than_the_kampung(data: st.DataObject, count: int) -> None:
    families = data.draw(_impossible_total([Count(count)], complete=False))
    document = {"families": to_dict(families), "poktan_participation": [{"poktan": "bkr", "count": count}]}
    assert _errors(document) == {("$.poktan_participation[0].count", "invariant")}


# ---------------------------------------------------------------------------
# Mixed qualifiers, case by case (figures in their text form, as a source writes them)

SEVEN_TENS = _methods(10)
FOUR_FIVES = _methods(5, LONG)
PILL_30 = [{"method": "pill", "count": 30}]

_KEYS = {
    "pop": "population",
    "fam": "families",
    "pus": "couples_of_childbearing_age",
    "users": "users",
    "non": "non_users",
    "mkjp": "long_acting_users",
    "methods": "users_by_method",
    "poktan": "poktan_participation",
}
BKB_11 = [{"poktan": "bkb", "count": 11}]
PUS = "$.couples_of_childbearing_age"


def _doc(**figures: Any) -> dict[str, Any]:
    return {_KEYS[key]: value for key, value in figures.items()}


MIXED: list[tuple[str, dict[str, Any], str | None]] = [
    # users + non-users = PUS
    ("PUS >= 1000, parts 950", _doc(pus="lebih dari 1.000", users="800", non="150"), PUS),
    ("PUS >= 900, parts 950", _doc(pus="lebih dari 900", users="800", non="150"), None),
    ("PUS about 1000, parts 950", _doc(pus="sekitar 1.000", users="800", non="150"), None),
    ("users about 800, PUS 1000", _doc(pus="1.000", users="sekitar 800", non="150"), None),
    ("users >= 100, PUS 80", _doc(pus="80", users="lebih dari 100", non="0"), PUS),
    ("users >= 60, PUS 80", _doc(pus="80", users="lebih dari 60", non="10"), None),
    ("parts <= 150, PUS 200", _doc(pus="200", users="kurang dari 100", non="kurang dari 50"), PUS),
    ("parts <= 150, PUS <= 200", _doc(pus="kurang dari 200", users="kurang dari 100", non="kurang dari 50"), None),
    ("parts <= 150, PUS >= 150", _doc(pus="lebih dari 150", users="kurang dari 100", non="kurang dari 50"), None),
    ("parts <= 150, PUS >= 151", _doc(pus="lebih dari 151", users="kurang dari 100", non="kurang dari 50"), PUS),
    # users <= PUS, non-users <= PUS (when not all three are stated)
    ("users >= 100, PUS 80, no non-users", _doc(pus="80", users="lebih dari 100"), "$.users"),
    ("users 100, PUS <= 80", _doc(pus="kurang dari 80", users="100"), "$.users"),
    ("users 100, PUS >= 80", _doc(pus="lebih dari 80", users="100"), None),
    ("non-users <= 100, PUS 80", _doc(pus="80", non="kurang dari 100"), None),
    ("non-users about 100, PUS 80", _doc(pus="80", non="sekitar 100"), None),
    ("non-users 100, PUS about 80", _doc(pus="sekitar 80", non="100"), None),
    # PUS <= population, families <= population
    ("PUS 600, population about 500", _doc(pop="sekitar 500", pus="600"), None),
    ("PUS >= 600, population 500", _doc(pop="500", pus="lebih dari 600"), PUS),
    ("PUS 600, population >= 500", _doc(pop="lebih dari 500", pus="600"), None),
    ("families 120, population <= 100", _doc(pop="kurang dari 100", fam="120"), "$.families"),
    ("families about 120, population 100", _doc(pop="100", fam="sekitar 120"), None),
    # the methods and the users
    ("seven methods (70), users <= 50", _doc(users="kurang dari 50", methods=SEVEN_TENS), "$.users_by_method"),
    ("seven methods (70), users >= 60", _doc(users="lebih dari 60", methods=SEVEN_TENS), None),
    ("seven methods (70), users >= 71", _doc(users="lebih dari 71", methods=SEVEN_TENS), "$.users_by_method"),
    ("seven methods (70), users about 50", _doc(users="sekitar 50", methods=SEVEN_TENS), None),
    ("seven methods (70), users <= 80", _doc(users="kurang dari 80", methods=SEVEN_TENS), None),
    ("pill 30, users >= 10", _doc(users="lebih dari 10", methods=PILL_30), None),
    ("pill 30, users <= 20", _doc(users="kurang dari 20", methods=PILL_30), "$.users_by_method"),
    # MKJP and the users
    ("MKJP >= 100, users 90", _doc(users="90", mkjp="lebih dari 100"), "$.long_acting_users"),
    ("MKJP about 100, users 90", _doc(users="90", mkjp="sekitar 100"), None),
    ("MKJP >= 20, pill 30, users 40", _doc(users="40", mkjp="lebih dari 20", methods=PILL_30), "$.long_acting_users"),
    ("MKJP <= 20, pill 30, users 40", _doc(users="40", mkjp="kurang dari 20", methods=PILL_30), None),
    ("MKJP 20, pill 30, users <= 40", _doc(users="kurang dari 40", mkjp="20", methods=PILL_30), "$.long_acting_users"),
    # the long-acting methods and MKJP
    ("four long-acting (20), MKJP >= 25", _doc(mkjp="lebih dari 25", methods=FOUR_FIVES), "$.users_by_method"),
    ("four long-acting (20), MKJP <= 15", _doc(mkjp="kurang dari 15", methods=FOUR_FIVES), "$.users_by_method"),
    ("four long-acting (20), MKJP about 25", _doc(mkjp="sekitar 25", methods=FOUR_FIVES), None),
    ("IUD 30, MKJP <= 20", _doc(mkjp="kurang dari 20", methods=[{"method": "iud", "count": 30}]), "$.users_by_method"),
    ("IUD 30, MKJP >= 20", _doc(mkjp="lebih dari 20", methods=[{"method": "iud", "count": 30}]), None),
    # poktan and families
    ("bkb 11, families <= 10", _doc(fam="kurang dari 10", poktan=BKB_11), "$.poktan_participation[0].count"),
    ("bkb 11, families >= 10", _doc(fam="lebih dari 10", poktan=BKB_11), None),
    ("bkb 11, families about 10", _doc(fam="sekitar 10", poktan=BKB_11), None),
]


@pytest.mark.parametrize(("case", "document", "refused_at"), MIXED, ids=[row[0] for row in MIXED])
def test_mixed_qualifiers_are_checked_as_far_as_their_bounds_go(
    case: str, document: dict[str, Any], refused_at: str | None
) -> None:
    assert _errors(document) == (set() if refused_at is None else {(refused_at, "invariant")}), case


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            {"couples_of_childbearing_age": "lebih dari 1.000", "users": "800", "non_users": "150"},
            "users (800) + non-users (150) = 950, but the PUS is lebih dari 1.000",
        ),
        (
            {"couples_of_childbearing_age": "200", "users": "kurang dari 100", "non_users": "kurang dari 50"},
            "users (kurang dari 100) + non-users (kurang dari 50) = 0 to 150, but the PUS is 200",
        ),
        (
            {"couples_of_childbearing_age": "80", "users": "lebih dari 100"},
            "lebih dari 100 users, more than the PUS (80)",
        ),
        (
            {"users": "40", "long_acting_users": "lebih dari 20", "users_by_method": PILL_30},
            "at least 50 MKJP users and users of the stated short-acting methods, more than the users (40)",
        ),
        (
            {"users": "kurang dari 50", "users_by_method": SEVEN_TENS},
            "all seven methods add up to 70, but the users are kurang dari 50",
        ),
    ],
)
def test_a_refusal_says_what_the_figures_add_up_to(document: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict(document, KampungStatistics)
    assert [item.message for item in caught.value.errors] == [message]
