"""Properties of Kampung KB records: round trips, the portal row readers, the history's ordering, strictness."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.examples import example_history, example_reports
from kampungkb.kampung import (
    ContraceptiveMethod,
    FamilyCount,
    FamilyPlanningReport,
    KampungHistory,
    KampungKB,
    NonUseReason,
    Pokja,
    PopulationReport,
    ProfileReport,
    ReportPeriod,
    SelectionCriteria,
)
from kampungkb.testing.strategies import (
    family_planning_reports,
    kampung_histories,
    kampung_kbs,
    pokjas,
    population_reports,
    profile_reports,
    report_periods,
    selection_criteria,
)

MODELS: list[tuple[type, st.SearchStrategy[Any]]] = [
    (ReportPeriod, report_periods()),
    (SelectionCriteria, selection_criteria()),
    (KampungKB, kampung_kbs()),
    (Pokja, pokjas()),
    (ProfileReport, profile_reports()),
    (PopulationReport, population_reports()),
    (FamilyPlanningReport, family_planning_reports()),
    (KampungHistory, kampung_histories()),
]


@pytest.mark.parametrize(("model", "strategy"), MODELS, ids=[model.__name__ for model, _ in MODELS])
def test_round_trip(model: type, strategy: st.SearchStrategy[Any]) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x for every valid instance."""

    @given(strategy)
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), model) == value
        assert from_json(to_json(value), model) == value

    check()


@given(population_reports())
def test_population_from_portal_rows(report: PopulationReport) -> None:
    """A population report written as the portal's rows (sex as P/W, ids) reads back to the same report."""
    ranges = [
        {"range_id": e.age_band.portal_id, "jenis_kelamin": e.sex.portal_code, "jumlah": e.count}
        for e in report.age_sex_counts
    ]
    keluargas = [{"keluarga_id": e.kind.portal_id, "jumlah": e.count} for e in report.family_counts]
    again = PopulationReport.from_portal(
        created=report.created, ranges=ranges, keluargas=keluargas, period=report.period
    )
    assert again == report


@given(family_planning_reports())
def test_kkbpk_from_portal_rows(report: FamilyPlanningReport) -> None:
    """A KKBPK report written as the portal's rows reads back to the same report."""
    again = FamilyPlanningReport.from_portal(
        created=report.created,
        period=report.period,
        programs=[{"program_id": e.poktan.portal_id, "jumlah": e.count} for e in report.poktan_participation],
        kontrasepsis=[{"kontrasepsi_id": e.method.portal_id, "jumlah": e.count} for e in report.contraceptive_users],
        non_kontrasepsis=[{"non_kontrasepsi_id": e.reason.portal_id, "jumlah": e.count} for e in report.non_users],
        pengguna_bpjs=report.bpjs_users,
    )
    assert again == report


def test_portal_rows_are_read_strictly() -> None:
    """Bad portal rows are each reported at their row and column: unknown ids, missing columns, junk."""
    created = dt.datetime(2023, 1, 5)
    with pytest.raises(ValidationError) as caught:
        PopulationReport.from_portal(
            created=created,
            ranges=[{"range_id": 17, "jenis_kelamin": "P", "jumlah": 1}, {"range_id": 1, "jumlah": "3"}, "row"],
            keluargas="none",  # type: ignore[arg-type]
        )
    assert {(e.path, e.code) for e in caught.value.errors} == {
        ("$.ranges[0].range_id", "invalid_value"),
        ("$.ranges[1].jenis_kelamin", "missing"),
        ("$.ranges[1].jumlah", "type"),
        ("$.ranges[2]", "type"),
        ("$.keluargas", "type"),
    }
    with pytest.raises(ValidationError) as caught:
        FamilyPlanningReport.from_portal(
            created=created,
            programs=[{"program_id": 1, "jumlah": -2}],
            kontrasepsis=[],
            non_kontrasepsis=[{"non_kontrasepsi_id": 9, "jumlah": 0}],
            pengguna_bpjs="10",  # type: ignore[arg-type]
        )
    assert {(e.path, e.code) for e in caught.value.errors} == {
        ("$.programs[0].jumlah", "constraint"),
        ("$.non_kontrasepsis[0].non_kontrasepsi_id", "invalid_value"),
        ("$.pengguna_bpjs", "type"),
    }


def test_from_counts_checks_its_lists() -> None:
    """from_counts wants 16 counts per sex and FamilyCount keys; each problem is located."""
    population = example_reports()[1]
    with pytest.raises(ValidationError) as caught:
        PopulationReport.from_counts(
            period=population.period,
            created=population.created,
            male=[1] * 17,
            female=[1] * 15 + [-1],
            families={"pus": 3},  # type: ignore[dict-item]
        )
    assert {(e.path, e.code) for e in caught.value.errors} == {
        ("$.male", "constraint"),
        ("$.female[15]", "constraint"),
        ("$.families", "type"),
    }
    with pytest.raises(ValidationError) as caught:
        PopulationReport.from_counts(
            period=population.period,
            created=population.created,
            male=None,
            female=(),
            families=[],  # type: ignore[arg-type]
        )
    assert {(e.path, e.code) for e in caught.value.errors} == {
        ("$.male", "type"),
        ("$.female", "constraint"),
        ("$.families", "type"),
    }


@given(kampung_histories())
def test_current_reports_are_the_latest(history: KampungHistory) -> None:
    """The current version of each report is the one with the greatest (period, creation time)."""
    for reports, current in [
        (history.profile_reports, history.current_profile),
        (history.population_reports, history.current_population),
        (history.kkbpk_reports, history.current_kkbpk),
    ]:
        if not reports:
            assert current is None
        else:
            assert current is not None
            assert (current.period.key, current.created) == max((r.period.key, r.created) for r in reports)


@given(kampung_histories())
def test_timeline_holds_every_version_in_order(history: KampungHistory) -> None:
    """The timeline lists every report version once, ordered by period then creation time."""
    timeline = history.timeline
    assert len(timeline) == len(history.profile_reports) + len(history.population_reports) + len(history.kkbpk_reports)
    keys = [(r.period.key, r.created) for r in timeline]
    assert keys == sorted(keys)


@given(kampung_histories().filter(lambda history: bool(history.kkbpk_reports)), st.integers(1, 50))
def test_a_kkbpk_report_that_misses_pus_is_rejected(history: KampungHistory, extra: int) -> None:
    """Adding users to the current KKBPK report (so users + non-users ≠ PUS) makes the history invalid."""
    index = len(history.kkbpk_reports) - 1
    report = history.kkbpk_reports[index]
    users = (attrs.evolve(report.contraceptive_users[0], count=report.contraceptive_users[0].count + extra),)
    broken = attrs.evolve(report, contraceptive_users=users + report.contraceptive_users[1:])
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(history, kkbpk_reports=(*history.kkbpk_reports[:index], broken))
    assert ("kkbpk_reports", index, "contraceptive_users") in [e.location for e in caught.value.errors]


def test_a_kkbpk_report_is_checked_against_the_population_of_its_time() -> None:
    """A KKBPK report is checked against the population report current when it was made, not a later one."""
    history = example_history()
    population = history.population_reports[0]
    families = tuple(
        attrs.evolve(e, count=e.count + 1) if e.kind is FamilyCount.COUPLES_OF_CHILDBEARING_AGE else e
        for e in population.family_counts
    )
    later = attrs.evolve(
        population, family_counts=families, created=dt.datetime(2023, 4, 2), period=ReportPeriod(4, 2023)
    )
    grown = history.with_report(later)  # the March KKBPK still matches the March population
    assert grown.current_population == later
    earlier = attrs.evolve(later, created=dt.datetime(2023, 3, 10), period=ReportPeriod(3, 2023))
    with pytest.raises(ValidationError) as caught:
        history.with_report(earlier)  # now the KKBPK of 20 March follows a population with one more PUS
    assert [e.path for e in caught.value.errors] == ["$.kkbpk_reports[0].contraceptive_users"]


def test_full_ties_go_to_the_later_listed_version() -> None:
    """Two versions with the same period and creation time: the later-listed one is current."""
    history = example_history()
    profile = history.profile_reports[0]
    twin = attrs.evolve(profile, funding_sources=())
    assert history.with_report(twin).current_profile is twin


def test_naive_and_aware_creation_times_are_not_mixed() -> None:
    """A history whose reports mix naive and time-zone-aware creation times is rejected at the odd one."""
    history = example_history()
    aware = attrs.evolve(history.profile_reports[0], created=dt.datetime(2023, 3, 14, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(history, profile_reports=(aware,))
    assert [e.path for e in caught.value.errors] == ["$.population_reports[0].created", "$.kkbpk_reports[0].created"]


def test_with_report_takes_only_reports() -> None:
    """with_report rejects anything that is not one of the three reports."""
    with pytest.raises(ValidationError) as caught:
        example_history().with_report("profile")  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


def test_kkbpk_accessors() -> None:
    """The KKBPK report answers per method, reason and poktan, and refuses a poktan it does not count."""
    report = example_reports()[2]
    assert report.users(ContraceptiveMethod.PILL) == 38
    assert report.non_users_for(NonUseReason.WANTS_CHILD_LATER) == 25
    with pytest.raises(ValidationError):
        report.participation(
            next(p for p in type(report.poktan_participation[0].poktan) if not p.in_family_planning_report)
        )


@pytest.mark.parametrize("moment", ["2023-01-01", None, 20230101])
def test_period_of_needs_a_date(moment: object) -> None:
    """ReportPeriod.of takes a date or date-time only."""
    with pytest.raises(ValidationError) as caught:
        ReportPeriod.of(moment)
    assert caught.value.errors[0].code == "type"


@given(report_periods(), report_periods())
def test_periods_order_by_year_then_month(a: ReportPeriod, b: ReportPeriod) -> None:
    """Periods compare as (year, month), and print as YYYY-MM."""
    assert (a < b) == ((a.year, a.month) < (b.year, b.month))
    assert (a <= b) == ((a.year, a.month) <= (b.year, b.month))
    assert str(a) == f"{a.year:04d}-{a.month:02d}"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@pytest.mark.parametrize(("model", "_strategy"), MODELS, ids=[model.__name__ for model, _ in MODELS])
def test_junk_is_only_ever_a_validation_error(model: type, _strategy: Any) -> None:
    """Any JSON value that is not a valid document raises ValidationError, never another exception: a value
    that is no object is a type error at $; in an object, every unknown key is an extra_key and every absent
    required field is missing, each at its own key."""
    names = {attribute.name for attribute in attrs.fields(model)}
    required = {attribute.name for attribute in attrs.fields(model) if attribute.default is attrs.NOTHING}

    @given(JSON_VALUES)
    def check(value: Any) -> None:
        try:
            loaded = from_dict(value, model)
        except ValidationError as exc:
            errors = exc.errors
        else:
            assert from_dict(to_dict(loaded), model) == loaded
            return
        if not isinstance(value, dict):
            assert [(item.path, item.code) for item in errors] == [("$", "type")]
            return
        extra = {item.location for item in errors if item.code == "extra_key"}
        missing = {item.location for item in errors if item.code == "missing" and len(item.location) == 1}
        assert extra == {(key,) for key in value if key not in names}
        assert missing == {(name,) for name in required if name not in value}

    check()
