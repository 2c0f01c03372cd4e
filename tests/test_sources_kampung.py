"""Records from real kinds of source, kampung and people: recorded as stated, round-tripped, checked by schema.

Each row of SOURCES is one real kind of source, written down the way it states its facts —
nothing invented, nothing dropped — then dumped to JSON, loaded back, and validated
against the committed schema; each broken variant is refused at the path given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.examples import example_history
from kampungkb.kampung import (
    ContraceptiveMethod,
    ContraceptiveUsers,
    KampungKB,
    KampungStatistics,
    Poktan,
    PoktanParticipation,
    summarize,
)
from kampungkb.testing.strategies import kampung_statistics

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def _schema(cls: type) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{cls.__name__}.schema.json").read_text("utf-8"))


def _holds_as_stated(dumped: Any, stated: Any, where: str) -> None:
    """Every stated value is in the dump unchanged; every unstated key is empty (None, [] or {})."""
    if isinstance(stated, dict):
        for key, value in dumped.items():
            if key in stated:
                _holds_as_stated(value, stated[key], f"{where}.{key}")
            else:
                assert value in (None, [], ()) or _empty(value) or key in _DEFAULTED, (where, key, value)
    elif isinstance(stated, list):
        assert len(dumped) == len(stated), where
        for index, (got, want) in enumerate(zip(dumped, stated, strict=True)):
            _holds_as_stated(got, want, f"{where}[{index}]")
    else:
        assert dumped == stated, (where, dumped, stated)


#: Keys whose default is a stated fact of the model, not an invented one (a kampung is active unless
#: the source says it was deleted; the Pokja SK's issuer is the village head by the programme's rule).
_DEFAULTED = frozenset({"active", "model_for_regency", "model_for_province", "issuer", "criteria"})


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(item in (None, [], ()) or _empty(item) for item in value.values())
    return False


def _refused_at(cls: type, document: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        from_dict(document, cls)
    return {(error.path, error.code) for error in caught.value.errors}


# ---------------------------------------------------------------------------
# KampungStatistics: property tests


@given(kampung_statistics())
def test_statistics_round_trip_and_schema(stats: KampungStatistics) -> None:
    assert from_json(to_json(stats), KampungStatistics) == stats
    assert from_dict(to_dict(stats), KampungStatistics) == stats
    jsonschema.validate(json.loads(to_json(stats)), _schema(KampungStatistics))


@given(kampung_statistics(), st.integers(1, 50))
def test_statistics_users_plus_non_users_must_make_the_pus(stats: KampungStatistics, delta: int) -> None:
    document = to_dict(stats)
    users = stats.users if stats.users is not None else 0
    non_users = stats.non_users if stats.non_users is not None else 0
    document.update(users=users, non_users=non_users, couples_of_childbearing_age=users + non_users + delta)
    document["population"] = None
    assert ("$.couples_of_childbearing_age", "invariant") in _refused_at(KampungStatistics, document)


@given(kampung_statistics(), st.integers(1, 50))
def test_statistics_mkjp_never_exceeds_users(stats: KampungStatistics, delta: int) -> None:
    document = to_dict(stats)
    users = stats.users if stats.users is not None else 10
    document.update(users=users, long_acting_users=users + delta, couples_of_childbearing_age=None)
    assert ("$.long_acting_users", "invariant") in _refused_at(KampungStatistics, document)


@given(st.lists(st.sampled_from(ContraceptiveMethod), min_size=1, unique=True), st.integers(1, 100))
def test_statistics_stated_methods_never_exceed_users(methods: list[ContraceptiveMethod], count: int) -> None:
    by_method = [{"method": method.code, "count": count} for method in methods]
    refused = _refused_at(KampungStatistics, {"users": count * len(methods) - 1, "users_by_method": by_method})
    assert ("$.users_by_method", "invariant") in refused


def test_statistics_all_seven_methods_must_make_the_users() -> None:
    by_method = [{"method": method.code, "count": 10} for method in ContraceptiveMethod]
    assert from_dict({"users": 70, "users_by_method": by_method}, KampungStatistics).users == 70
    assert _refused_at(KampungStatistics, {"users": 71, "users_by_method": by_method}) == {
        ("$.users_by_method", "invariant")
    }


def test_statistics_long_acting_methods_and_mkjp() -> None:
    long_acting = [{"method": m.code, "count": 5} for m in ContraceptiveMethod if m.is_long_acting]
    count = len(long_acting) * 5
    assert from_dict({"long_acting_users": count, "users_by_method": long_acting}, KampungStatistics)
    assert _refused_at(KampungStatistics, {"long_acting_users": count + 1, "users_by_method": long_acting}) == {
        ("$.users_by_method", "invariant")
    }
    short = {"method": ContraceptiveMethod.PILL.code, "count": 30}
    document = {"users": 40, "long_acting_users": 20, "users_by_method": [short]}
    assert _refused_at(KampungStatistics, document) == {("$.long_acting_users", "invariant")}


def test_statistics_checks_only_what_is_stated() -> None:
    assert KampungStatistics(users=500).stated() == ("users",)
    assert KampungStatistics(couples_of_childbearing_age=300, users=250).users == 250
    assert _refused_at(KampungStatistics, {"couples_of_childbearing_age": 200, "users": 250}) == {
        ("$.users", "invariant")
    }
    assert _refused_at(KampungStatistics, {"population": 100, "families": 120}) == {("$.families", "invariant")}
    assert _refused_at(
        KampungStatistics, {"families": 10, "poktan_participation": [{"poktan": "bkb", "count": 11}]}
    ) == {("$.poktan_participation[0].count", "invariant")}


def test_statistics_with_nothing_stated_or_a_repeat_is_refused() -> None:
    assert _refused_at(KampungStatistics, {}) == {("$", "invariant")}
    assert _refused_at(KampungStatistics, {"as_of": "2022"}) == {("$", "invariant")}
    twice = [{"method": "iud", "count": 1}, {"method": "iud", "count": 2}]
    assert ("$.users_by_method[1]", "invariant") in _refused_at(KampungStatistics, {"users_by_method": twice})


def test_a_full_report_yields_its_summary_and_a_summary_is_no_report() -> None:
    history = example_history()
    stats = history.statistics()
    population, kkbpk = history.current_population, history.current_kkbpk
    assert population is not None
    assert kkbpk is not None
    assert stats == summarize(population, kkbpk)
    assert (stats.population, stats.users, stats.non_users) == (
        population.total_population,
        kkbpk.total_users,
        kkbpk.total_non_users,
    )
    assert stats.as_of == PartialDate(kkbpk.period.year, kkbpk.period.month)
    assert summarize(population).users is None
    assert summarize(kkbpk=kkbpk).population is None
    from kampungkb.kampung import Report

    with pytest.raises(ValidationError):
        from_dict(to_dict(stats), Report)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        summarize()


# ---------------------------------------------------------------------------
# Real kinds of source, recorded as stated

SOURCES: list[tuple[str, type, dict[str, Any], list[tuple[str, Any, str]]]] = [
    (
        # A portal kampung page: the launch day and the totals, no date on the figures.
        "portal kampung page without statistics date",
        KampungStatistics,
        {
            "population": 1312,
            "families": 400,
            "couples_of_childbearing_age": 300,
            "users": 230,
            "non_users": 70,
        },
        [
            ("users", 231, "$.couples_of_childbearing_age"),
            ("population", -1, "$.population"),
            ("as_of", "2022-13", "$.as_of"),
        ],
    ),
    (
        # A news report: "the kampung, launched in 2017, …" — the year only.
        "news report of a kampung's launch year",
        KampungKB,
        {"name": "Kampung KB Karangketug", "location": {"code": "35.75.01.1001"}, "launch_date": "2017"},
        [
            ("launch_date", "2015", "$.launch_date"),
            ("launch_date", "2017-02-30", "$.launch_date"),
            ("location", {"code": "35.75.01"}, "$.location.code"),
        ],
    ),
    (
        # A news report's figures: PUS, active users and MKJP users "as of June 2022", nothing else.
        "statistics summary from a news report",
        KampungStatistics,
        {
            "as_of": "2022-06",
            "couples_of_childbearing_age": 512,
            "users": 389,
            "long_acting_users": 121,
            "users_by_method": [{"method": "implant", "count": 64}],
            "poktan_participation": [{"poktan": "bkb", "count": 45}],
        },
        [
            ("long_acting_users", 400, "$.long_acting_users"),
            ("users", 600, "$.users"),
            ("users_by_method", [{"method": "implant", "count": 130}], "$.users_by_method"),
        ],
    ),
]


@pytest.mark.parametrize(("kind", "cls", "document", "broken"), SOURCES, ids=[row[0] for row in SOURCES])
def test_a_source_is_recorded_as_stated(
    kind: str, cls: type, document: dict[str, Any], broken: list[tuple[str, Any, str]]
) -> None:
    value = from_dict(document, cls)
    _holds_as_stated(to_dict(value), document, kind)
    assert from_json(to_json(value), cls) == value
    jsonschema.validate(json.loads(to_json(value)), _schema(cls))
    for key, bad, path in broken:
        variant = {**document, key: bad}
        with pytest.raises(ValidationError) as caught:
            from_dict(variant, cls)
        assert path in {error.path for error in caught.value.errors}, (kind, key, caught.value.errors)


def test_the_statistics_source_keeps_poktan_and_methods() -> None:
    stats = from_dict(SOURCES[2][2], KampungStatistics)
    assert stats.users_of(ContraceptiveMethod.IMPLANT) == 64
    assert stats.users_of(ContraceptiveMethod.IUD) is None
    assert stats.poktan_participation == (PoktanParticipation(Poktan.BKB, 45),)
    assert stats.users_by_method == (ContraceptiveUsers(ContraceptiveMethod.IMPLANT, 64),)
