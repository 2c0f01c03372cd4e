"""Programme indicators: the example's values, and None — never 0, never an exception — without a denominator."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.errors import ValidationError
from kampungkb.examples import example_activities, example_history
from kampungkb.kampung import (
    Activity,
    ActivitySection,
    Agency,
    ContraceptiveMethod,
    ContraceptiveUsers,
    FamilyCount,
    FamilyPlanningReport,
    NonUseReason,
    NonUsers,
    Poktan,
    PoktanParticipation,
    PopulationReport,
    PostKind,
    ReportPeriod,
    TargetGroup,
    cpr,
    cross_sector_agencies,
    mkjp_share,
    poktan_participation,
    unmet_need,
)
from kampungkb.testing.strategies import activities

HISTORY = example_history()
POPULATION, KKBPK = HISTORY.current_population, HISTORY.current_kkbpk


def _population(**families: int) -> PopulationReport:
    counts = {kind: families.get(kind.code, 100) for kind in FamilyCount}
    return PopulationReport.from_counts(
        period=ReportPeriod(1, 2024), created=dt.datetime(2024, 1, 5), male=[10] * 16, female=[10] * 16, families=counts
    )


def _kkbpk(users: dict[ContraceptiveMethod, int] | None = None, unmet: int = 0) -> FamilyPlanningReport:
    used = dict.fromkeys(ContraceptiveMethod, 0) | (users or {})
    reasons = dict.fromkeys(NonUseReason, 0) | {NonUseReason.WANTS_CHILD_LATER: unmet}
    return FamilyPlanningReport(
        period=ReportPeriod(1, 2024),
        created=dt.datetime(2024, 1, 6),
        poktan_participation=tuple(PoktanParticipation(p, 0) for p in Poktan if p.in_family_planning_report),
        contraceptive_users=tuple(ContraceptiveUsers(m, n) for m, n in used.items()),
        non_users=tuple(NonUsers(r, n) for r, n in reasons.items()),
        bpjs_users=0,
    )


def test_the_examples_indicators() -> None:
    """230 users of 300 PUS; 57 on long-acting methods; 45 with unmet need; participation per poktan."""
    assert cpr(POPULATION, KKBPK) == pytest.approx(230 / 300 * 100)
    assert mkjp_share(KKBPK) == pytest.approx(57 / 230 * 100)
    assert unmet_need(POPULATION, KKBPK) == pytest.approx(45 / 300 * 100)
    assert poktan_participation(POPULATION, KKBPK) == pytest.approx(
        {
            Poktan.BKB: 40 / 90 * 100,
            Poktan.BKR: 30 / 110 * 100,
            Poktan.BKL: 0.0,
            Poktan.UPPKA: 25 / 400 * 100,
            Poktan.PIK_R: 20 / 150 * 100,
        }
    )


@pytest.mark.parametrize(
    ("population", "kkbpk"),
    [(None, KKBPK), (POPULATION, None), (None, None)],
    ids=["no population", "no KKBPK", "no reports"],
)
def test_a_missing_report_gives_none(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> None:
    """Without the report holding a numerator or denominator, each indicator is None."""
    assert cpr(population, kkbpk) is None
    assert unmet_need(population, kkbpk) is None
    assert set(poktan_participation(population, kkbpk).values()) == {None}
    if kkbpk is None:
        assert mkjp_share(kkbpk) is None


def test_a_zero_denominator_gives_none() -> None:
    """PUS 0 leaves CPR and unmet need undefined; no users leaves the MKJP share undefined."""
    population, kkbpk = _population(couples_of_childbearing_age=0), _kkbpk()
    assert (cpr(population, kkbpk), unmet_need(population, kkbpk), mkjp_share(kkbpk)) == (None, None, None)


def test_a_zero_family_count_leaves_only_that_poktan_undefined() -> None:
    """With no families with elderly, BKL participation is None; the others are 0 %."""
    shares = poktan_participation(_population(families_with_elderly=0), _kkbpk())
    assert shares[Poktan.BKL] is None
    assert {poktan: share for poktan, share in shares.items() if poktan is not Poktan.BKL} == dict.fromkeys(
        [Poktan.BKB, Poktan.BKR, Poktan.UPPKA, Poktan.PIK_R], 0.0
    )


@given(st.integers(0, 500), st.integers(0, 500))
def test_shares_are_plain_unrounded_percentages(users: int, long_acting: int) -> None:
    """The MKJP share is long-acting users ÷ users × 100, unrounded, or None with no users."""
    report = _kkbpk({ContraceptiveMethod.PILL: users, ContraceptiveMethod.IUD: long_acting})
    total = users + long_acting
    assert mkjp_share(report) == (None if total == 0 else long_acting / total * 100)


def test_participation_uses_the_portals_denominators() -> None:
    """BKB ÷ families with under-fives, BKR ÷ families with adolescents, BKL ÷ with elderly, UPPKA ÷ families,
    PIK R ÷ adolescents."""
    population = _population(
        families_with_under_fives=10,
        families_with_adolescents=20,
        families_with_elderly=40,
        families=50,
        adolescents=80,
    )
    report = _kkbpk()
    report = FamilyPlanningReport(
        period=report.period,
        created=report.created,
        poktan_participation=tuple(PoktanParticipation(p, 5) for p in Poktan if p.in_family_planning_report),
        contraceptive_users=report.contraceptive_users,
        non_users=report.non_users,
        bpjs_users=0,
    )
    assert poktan_participation(population, report) == {
        Poktan.BKB: 50.0,
        Poktan.BKR: 25.0,
        Poktan.BKL: 12.5,
        Poktan.UPPKA: 10.0,
        Poktan.PIK_R: 6.25,
    }


def _activity(*agencies: Agency, others: tuple[str, ...] = (), activity_id: int | None = None) -> Activity:
    return Activity(
        id=activity_id,
        title="Rapat",
        date=dt.date(2024, 1, 1),
        place="Balai",
        description="Rapat.",
        section=ActivitySection.OTHER,
        target_groups=(TargetGroup.ALL_RESIDENTS,),
        agencies=agencies,
        other_agencies=others,
        post_kind=PostKind.ACTIVITY,
    )


def test_cross_sector_agencies_count_distinct_partners() -> None:
    """Agencies count once across activities; free text counts once; the programme's own are left out."""
    acts = [
        _activity(Agency.PUSKESMAS, Agency.BKKBN_REPRESENTATIVE),
        _activity(Agency.PUSKESMAS, others=("PKK", "Karang Taruna")),
        _activity(Agency.FAMILY_PLANNING_OFFICE, others=("Kader",)),
    ]
    assert cross_sector_agencies(acts) == 2
    assert cross_sector_agencies(acts, portal_compatible=True) == 4
    assert cross_sector_agencies([]) == 0
    assert cross_sector_agencies(example_activities()) == 4


@given(st.lists(activities(), max_size=4))
def test_the_intended_count_never_exceeds_the_agencies_named(acts: list[Activity]) -> None:
    """Leaving out the programme's own agencies can only lower the count of all distinct agencies."""
    named = {agency for act in acts for agency in act.agencies} | (
        {Agency.OTHER} if any(act.other_agencies for act in acts) else set()
    )
    assert cross_sector_agencies(acts) <= len(named)
    assert cross_sector_agencies(acts) == len({agency for agency in named if not agency.is_programme_agency})


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda: cpr("population", KKBPK), "$.population"),
        (lambda: unmet_need(POPULATION, {"users": 1}), "$.kkbpk"),
        (lambda: mkjp_share(POPULATION), "$.kkbpk"),
        (lambda: poktan_participation(KKBPK, POPULATION), "$.population"),
        (lambda: cross_sector_agencies("rapat"), "$"),
        (lambda: cross_sector_agencies([example_activities()[0], None]), "$[1]"),
        (lambda: cross_sector_agencies([], portal_compatible="yes"), "$"),
    ],
)
def test_bad_input_is_a_located_validation_error(call: Any, path: str) -> None:
    """Passing the wrong report (or not a report) is a ValidationError with code 'type', never a crash."""
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.errors[0].path, caught.value.errors[0].code) == (path, "type")
