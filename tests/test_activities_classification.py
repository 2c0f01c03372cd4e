"""The classifier reproduces the portal's rule: every cut-off at its boundary, the indices, the class, the modes."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from fractions import Fraction
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.examples import example_activities, example_history
from kampungkb.kampung import (
    Activity,
    ActivitySection,
    Agency,
    ClassificationResult,
    ContraceptiveMethod,
    ContraceptiveUsers,
    DataUse,
    FamilyCount,
    FamilyPlanningReport,
    Frequency,
    FundingSource,
    Indicator,
    IndicatorScore,
    KampungClass,
    KampungHistory,
    NonUseReason,
    NonUsers,
    OperationalMechanism,
    OperationalRoutine,
    PlkbSupervisorKind,
    PlkbSupport,
    Pokja,
    Poktan,
    PoktanParticipation,
    PoktanPresence,
    PopulationReport,
    PostKind,
    Regulation,
    RegulationLevel,
    ReportPeriod,
    Stage,
    TargetGroup,
    class_of_indices,
    classify,
    indicator_rules,
)
from kampungkb.kampung._classification_measures import _plkb_regulation, _pokja
from kampungkb.testing.strategies import activities, classification_results, indicator_scores, kampung_histories

# ---------------------------------------------------------------------------
# The portal's rule, transcribed literally from portal-data-model.md §4.3 (the oracle the table is tested against)


def _between(value: float, low: float, high: float) -> bool:
    return low <= value <= high


def _coalesce(value: int | None) -> int:
    return 0 if value is None else value


def _counts(*bands: tuple[int, int]) -> Callable[[int | None], int]:
    """A count scored by consecutive bands (low, high) → 1, 2, 3, …; past the last band, the next score."""

    def score(n: int | None) -> int:
        value = _coalesce(n)
        for result, (low, high) in enumerate(bands, start=1):
            if _between(value, low, high):
                return result
        return len(bands) + 1

    return score


ORACLE: dict[Indicator, Callable[[int | None], int]] = {
    # "0 → 1; 1 → 2; 2–4 → 3; > 4 → 4" and so on, as §4.3 states each rule
    Indicator.FUNDING_SOURCES: _counts((0, 0), (1, 1), (2, 4)),
    Indicator.POKTAN: _counts((0, 0), (1, 2), (3, 4)),
    Indicator.FACILITIES: lambda n: 1 if _coalesce(n) == 0 else 2 if n == 1 else 3,
    Indicator.DATA_USE: _counts((0, 0), (1, 1), (2, 3)),
    Indicator.OPERATIONS: _counts((0, 0), (1, 2), (3, 4)),
    Indicator.CROSS_SECTOR: _counts((0, 0), (1, 3), (4, 6)),
    Indicator.POKTAN_PARTICIPATION: lambda p: (
        1 if _coalesce(p) < 10 else 2 if _between(_coalesce(p), 10, 20) else 3 if _between(_coalesce(p), 21, 30) else 4
    ),
    Indicator.CPR: lambda p: (
        1 if p is None or p < 30 else 2 if _between(p, 30, 40) else 3 if _between(p, 41, 50) else 4
    ),
    Indicator.MKJP: lambda p: (
        1 if p is None or p < 20 else 2 if _between(p, 20, 22) else 3 if _between(p, 23, 24) else 4
    ),
    Indicator.UNMET_NEED: lambda p: (
        1 if p is None or p > 12.1 else 2 if _between(p, 9.1, 12) else 3 if _between(p, 6.1, 9) else 4
    ),
}


def sql_pokja(exists: bool | None, members: int | None, trained: bool | None) -> int:
    """input_pokja as the portal's CASE computes it."""
    if not exists:
        return 1
    if members is not None and members > 0 and trained is True:
        return 4
    if (members is not None and members > 0) or trained is True:
        return 3
    return 2


def sql_pkb(plkb: bool | None, regulation: bool | None) -> int:
    """input_pkb as the portal's CASE computes it."""
    if not plkb and not regulation:
        return 1
    return 3 if plkb and regulation else 2


# The thresholds the notes give (where the score changes), per indicator.
NOTES_THRESHOLDS = {
    Indicator.POKJA: (1, 2, 3),
    Indicator.FUNDING_SOURCES: (1, 2, 5),
    Indicator.POKTAN: (1, 3, 5),
    Indicator.FACILITIES: (1, 2),
    Indicator.PLKB_REGULATION: (1, 2),
    Indicator.DATA_USE: (1, 2, 4),
    Indicator.OPERATIONS: (1, 3, 5),
    Indicator.CROSS_SECTOR: (1, 4, 7),
    Indicator.POKTAN_PARTICIPATION: (10, 21, 31),
    Indicator.CPR: (30, 41, 51),
    Indicator.MKJP: (20, 23, 25),
    Indicator.UNMET_NEED: (7, 10, 13),
}

# The best score of each indicator (§4.3): 3 for facilities and for PLKB and regulation, 4 for the others.
BEST_SCORES = {i: 3 if i in (Indicator.FACILITIES, Indicator.PLKB_REGULATION) else 4 for i in Indicator}

BOUNDARIES = [
    (indicator, value) for indicator in Indicator for t in NOTES_THRESHOLDS[indicator] for value in (t - 1, t, t + 1)
]


def test_the_table_has_the_notes_thresholds_and_stages() -> None:
    """The one cut-off table holds the thresholds of §4.3, and 5 input, 3 process, 4 output indicators."""
    assert {rule.indicator: rule.thresholds for rule in indicator_rules()} == NOTES_THRESHOLDS
    assert [len(stage.indicators) for stage in Stage] == [5, 3, 4]
    assert [rule.portal_column for rule in indicator_rules()][:2] == ["input_pokja", "input_sumber_dana"]


@pytest.mark.parametrize(("indicator", "measure"), BOUNDARIES, ids=lambda v: getattr(v, "code", str(v)))
def test_each_threshold_and_its_neighbours_score_as_the_portal(indicator: Indicator, measure: int) -> None:
    """At every cut-off, and one below and above it, the table scores as the portal's SQL does."""
    rule = indicator.rule
    if indicator in ORACLE:
        assert rule.score(measure) == ORACLE[indicator](measure)
    else:  # pokja points and PLKB/regulation counts: the SQL works on flags, checked in the tests below
        assert rule.score(measure) == min(measure + 1, BEST_SCORES[indicator])


@pytest.mark.parametrize("indicator", list(Indicator), ids=lambda i: i.code)
def test_each_threshold_changes_the_score(indicator: Indicator) -> None:
    """The score one below a threshold differs from the score at it."""
    rule = indicator.rule
    for threshold in rule.thresholds:
        assert rule.score(threshold - 1) != rule.score(threshold)


@pytest.mark.parametrize("indicator", [i for i in Indicator if i in ORACLE], ids=lambda i: i.code)
def test_the_table_agrees_with_the_portal_everywhere(indicator: Indicator) -> None:
    """From 0 to 200, and for a missing measure, the table gives the portal's score."""
    for measure in [None, *range(201)]:
        assert indicator.rule.score(measure) == ORACLE[indicator](measure), measure


@pytest.mark.parametrize("exists", [None, False, True])
@pytest.mark.parametrize("members", [None, 0, 1, 25])
@pytest.mark.parametrize("trained", [None, False, True])
def test_pokja_score_is_the_portals_case(exists: bool | None, members: int | None, trained: bool | None) -> None:
    """Every combination of Pokja flags (even those the portal's forms prevent) scores as the portal's CASE."""
    profile = SimpleNamespace(pokja=SimpleNamespace(exists=exists, member_count=members, trained=trained))
    assert _pokja(profile).score == sql_pokja(exists, members, trained)  # type: ignore[arg-type]


@pytest.mark.parametrize("plkb", [None, False, True])
@pytest.mark.parametrize("regulation", [None, False, True])
def test_plkb_regulation_score_is_the_portals_case(plkb: bool | None, regulation: bool | None) -> None:
    """PLKB and regulation flags score as input_pkb does: neither 1, one 2, both 3."""
    profile = SimpleNamespace(plkb=SimpleNamespace(accompanied=plkb), regulation=SimpleNamespace(present=regulation))
    assert _plkb_regulation(profile).score == sql_pkb(plkb, regulation)  # type: ignore[arg-type]


@given(st.sampled_from(list(Indicator)), st.none() | st.integers(0, 10**7))
def test_any_measure_scores_as_the_portal(indicator: Indicator, measure: int | None) -> None:
    """Any measure, however large, or none, scores as the portal's rule does (1 for a missing percentage)."""
    if indicator in ORACLE:
        assert indicator.rule.score(measure) == ORACLE[indicator](measure)
    else:  # pokja points and PLKB/regulation counts: one step per point, up to the best score
        assert indicator.rule.score(measure) == min(_coalesce(measure) + 1, BEST_SCORES[indicator])


@given(st.sampled_from(list(Indicator)), st.integers(0, 500), st.integers(0, 500))
def test_scores_are_monotone_in_the_measure(indicator: Indicator, a: int, b: int) -> None:
    """More is never worse, except for unmet need, where more is never better."""
    low, high = sorted((a, b))
    rule = indicator.rule
    if rule.higher_is_better:
        assert rule.score(low) <= rule.score(high)
    else:
        assert rule.score(low) >= rule.score(high)
    assert rule.higher_is_better is (indicator is not Indicator.UNMET_NEED)


def test_bad_measures_are_validation_errors() -> None:
    """A negative or non-integer measure is a ValidationError, not a crash."""
    with pytest.raises(ValidationError):
        Indicator.CPR.rule.score(-1)
    with pytest.raises(ValidationError):
        Indicator.CPR.rule.score(40.5)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Indices and class


def _portal_index(scores: list[int]) -> float:
    """The mean of ``scores`` rounded half up to 2 decimals, as PostgreSQL's round(numeric, 2) does."""
    hundredths = Fraction(100 * sum(scores), len(scores))
    return math.floor(hundredths + Fraction(1, 2)) / 100


def _portal_class(indices: tuple[float, float, float]) -> KampungClass:
    """The portal's CASE on the three indices, in its order (portal-data-model.md §4.3)."""
    reached = [index >= 3 for index in indices]
    if sum(reached) <= 1:
        return KampungClass.DASAR
    if reached == [True, True, False]:
        return KampungClass.BERKEMBANG
    if all(reached):
        return KampungClass.BERKELANJUTAN
    return KampungClass.MANDIRI


@given(classification_results())
def test_indices_and_class_follow_the_portals_arithmetic(result: ClassificationResult) -> None:
    """The 5 input, 3 process and 4 output scores average, rounded to 2 decimals, to the indices; the class is
    the portal's CASE on them."""
    scores = [score.score for score in result.scores]
    expected = (_portal_index(scores[:5]), _portal_index(scores[5:8]), _portal_index(scores[8:]))
    assert (result.input_index, result.process_index, result.output_index) == expected
    assert tuple(result.index(stage) for stage in Stage) == expected
    assert result.kampung_class is _portal_class(expected)


@pytest.mark.parametrize(
    ("scores", "index"),
    [((2, 2, 3), 2.33), ((2, 3, 3), 2.67), ((1, 1, 2), 1.33), ((4, 4, 3), 3.67)],
)
def test_process_index_rounds_to_2_decimals(scores: tuple[int, int, int], index: float) -> None:
    """The mean of three scores is rounded to 2 decimals (2.333… → 2.33, 2.666… → 2.67)."""
    wanted = dict(zip(Stage.PROCESS.indicators, scores, strict=True))
    built = [IndicatorScore.of(i, _measure_scoring(i, wanted.get(i, 1))) for i in Indicator]
    assert ClassificationResult.from_scores(built).process_index == index


def _measure_scoring(indicator: Indicator, score: int) -> int:
    """The smallest measure that scores ``score``."""
    return min(band.low for band in indicator.rule.bands if band.score == score)


@pytest.mark.parametrize(
    ("indices", "expected"),
    [
        ((2.99, 2.99, 2.99), KampungClass.DASAR),
        ((3.0, 2.99, 2.99), KampungClass.DASAR),
        ((2.99, 3.0, 2.99), KampungClass.DASAR),
        ((2.99, 2.99, 3.0), KampungClass.DASAR),
        ((3.0, 3.0, 2.99), KampungClass.BERKEMBANG),
        ((3.0, 2.99, 3.0), KampungClass.MANDIRI),
        ((2.99, 3.0, 3.0), KampungClass.MANDIRI),
        ((3.0, 3.0, 3.0), KampungClass.BERKELANJUTAN),
        ((4.0, 4.0, 4.0), KampungClass.BERKELANJUTAN),
        ((1.0, 1.0, 1.0), KampungClass.DASAR),
    ],
)
def test_class_follows_the_portals_case_order(indices: tuple[float, float, float], expected: KampungClass) -> None:
    """Each combination of indices reaching 3 (at 3.00 exactly, not at 2.99) gives the portal's class."""
    assert class_of_indices(*indices) is expected


@given(st.lists(st.floats(1, 4), min_size=3, max_size=3), st.integers(0, 2), st.floats(0, 3))
def test_class_is_monotone_in_each_index(indices: list[float], which: int, raise_by: float) -> None:
    """Raising one index never lowers the class (Dasar < Berkembang < Mandiri < Berkelanjutan)."""
    raised = list(indices)
    raised[which] = min(4.0, raised[which] + raise_by)
    assert class_of_indices(*raised).level >= class_of_indices(*indices).level


@given(st.tuples(*(indicator_scores(indicator=st.just(i)) for i in Indicator)), st.sampled_from(list(Indicator)))
def test_class_is_monotone_in_each_indicator(scores: tuple[IndicatorScore, ...], indicator: Indicator) -> None:
    """Moving one indicator's measure into its next better band never lowers the class."""
    before = ClassificationResult.from_scores(scores)
    current = before.score(indicator)
    band = indicator.rule.next_band(current.measure)
    if band is None:  # already in the best band: nothing scores better
        assert current.score == BEST_SCORES[indicator]
        return
    better = list(scores)
    better[list(Indicator).index(indicator)] = IndicatorScore.of(indicator, band.low)
    after = ClassificationResult.from_scores(better)
    assert after.score(indicator).score > current.score
    assert after.kampung_class.level >= before.kampung_class.level


# ---------------------------------------------------------------------------
# From reports to scores


PERIOD = ReportPeriod(3, 2023)


def make_history(
    *,
    pus: int = 100,
    families: int = 1000,
    users: dict[ContraceptiveMethod, int] | None = None,
    non_users: dict[NonUseReason, int] | None = None,
    participation: dict[Poktan, int] | None = None,
    denominators: int | None = None,
    with_population: bool = True,
    with_profile: bool = True,
    with_kkbpk: bool = True,
    **profile_changes: Any,
) -> KampungHistory:
    """The example kampung with reports built from a few numbers (users + non-users = PUS by construction)."""
    base = example_history()
    counts = dict.fromkeys(FamilyCount, denominators if denominators is not None else families)
    counts[FamilyCount.COUPLES_OF_CHILDBEARING_AGE] = pus
    population = PopulationReport.from_counts(
        period=PERIOD, created=dt.datetime(2023, 3, 1), male=[100] * 16, female=[100] * 16, families=counts
    )
    profile = attrs.evolve(base.current_profile, **profile_changes) if base.current_profile else None
    used = dict.fromkeys(ContraceptiveMethod, 0) | (users or {})
    reasons = dict.fromkeys(NonUseReason, 0) | (non_users or {})
    reasons[NonUseReason.PREGNANT] += pus - sum(used.values()) - sum(reasons.values())
    taking_part = {p: 0 for p in Poktan if p.in_family_planning_report} | (participation or {})
    kkbpk = FamilyPlanningReport(
        period=PERIOD,
        created=dt.datetime(2023, 3, 20),
        poktan_participation=tuple(PoktanParticipation(p, n) for p, n in taking_part.items()),
        contraceptive_users=tuple(ContraceptiveUsers(m, n) for m, n in used.items()),
        non_users=tuple(NonUsers(r, n) for r, n in reasons.items()),
        bpjs_users=0,
    )
    return KampungHistory(
        kampung=base.kampung,
        profile_reports=(profile,) if with_profile and profile else (),
        population_reports=(population,) if with_population else (),
        kkbpk_reports=(kkbpk,) if with_kkbpk else (),
    )


def _scored(history: KampungHistory, indicator: Indicator, acts: tuple[Activity, ...] = ()) -> IndicatorScore:
    return classify(history, acts).score(indicator)


def _activity(*agencies: Agency, activity_id: int | None = None, others: tuple[str, ...] = ()) -> Activity:
    return Activity(
        id=activity_id,
        title="Rapat koordinasi",
        date=dt.date(2023, 3, 1),
        place="Balai desa",
        description="Koordinasi lintas sektor.",
        section=ActivitySection.OTHER,
        target_groups=(TargetGroup.ALL_RESIDENTS,),
        agencies=agencies,
        other_agencies=others,
        post_kind=PostKind.ACTIVITY,
    )


def _on_boundaries(indicator: Indicator, top: int) -> list[int]:
    return sorted({v for t in NOTES_THRESHOLDS[indicator] for v in (t - 1, t, t + 1) if 0 <= v <= top})


@pytest.mark.parametrize("measure", _on_boundaries(Indicator.CPR, 100))
def test_cpr_boundaries_through_classify(measure: int) -> None:
    """With PUS 100, n users give CPR n %, scored as the portal scores it."""
    history = make_history(users={ContraceptiveMethod.INJECTABLE: measure})
    score = _scored(history, Indicator.CPR)
    assert (score.measure, score.score) == (measure, ORACLE[Indicator.CPR](measure))


@pytest.mark.parametrize("measure", _on_boundaries(Indicator.MKJP, 100))
def test_mkjp_boundaries_through_classify(measure: int) -> None:
    """With 100 users, n on an implant give an MKJP share of n %."""
    history = make_history(users={ContraceptiveMethod.IMPLANT: measure, ContraceptiveMethod.PILL: 100 - measure})
    score = _scored(history, Indicator.MKJP)
    assert (score.measure, score.score) == (measure, ORACLE[Indicator.MKJP](measure))


@pytest.mark.parametrize("measure", _on_boundaries(Indicator.UNMET_NEED, 100))
def test_unmet_need_boundaries_through_classify(measure: int) -> None:
    """With PUS 100, n couples wanting a child later give unmet need n %."""
    history = make_history(non_users={NonUseReason.WANTS_CHILD_LATER: measure})
    score = _scored(history, Indicator.UNMET_NEED)
    assert (score.measure, score.score) == (measure, ORACLE[Indicator.UNMET_NEED](measure))


@pytest.mark.parametrize("measure", _on_boundaries(Indicator.POKTAN_PARTICIPATION, 100))
def test_poktan_participation_boundaries_through_classify(measure: int) -> None:
    """With every family count 100 and n families in each poktan, the mean participation is n %."""
    taking_part = {p: measure for p in Poktan if p.in_family_planning_report}
    history = make_history(denominators=100, participation=taking_part, poktan=_presence(set(Poktan)))
    score = _scored(history, Indicator.POKTAN_PARTICIPATION)
    assert (score.measure, score.score) == (measure, ORACLE[Indicator.POKTAN_PARTICIPATION](measure))


@pytest.mark.parametrize("count", range(len(FundingSource) + 1))
def test_funding_source_boundaries_through_classify(count: int) -> None:
    """0 to 6 funding sources score 1, 2, 3, 3, 3, 4, 4."""
    score = _scored(make_history(funding_sources=tuple(FundingSource)[:count]), Indicator.FUNDING_SOURCES)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.FUNDING_SOURCES](count))


def _presence(present: set[Poktan]) -> tuple[PoktanPresence, ...]:
    return tuple(PoktanPresence(p, p in present) for p in Poktan if p.in_profile_report)


@pytest.mark.parametrize("count", range(6))
def test_poktan_boundaries_through_classify(count: int) -> None:
    """0 to 5 of BKB, BKR, BKL, UPPKA, PIK R present score 1, 2, 2, 3, 3, 4; facilities do not count."""
    five = [p for p in Poktan if p.in_family_planning_report]
    history = make_history(poktan=_presence({*five[:count], Poktan.SECRETARIAT, Poktan.RUMAH_DATAKU}))
    score = _scored(history, Indicator.POKTAN)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.POKTAN](count))


@pytest.mark.parametrize("count", range(3))
def test_facility_boundaries_through_classify(count: int) -> None:
    """0 to 2 of Sekretariat and Rumah DataKu score 1, 2, 3; poktan do not count."""
    facilities = [Poktan.SECRETARIAT, Poktan.RUMAH_DATAKU][:count]
    history = make_history(poktan=_presence({*facilities, Poktan.BKB}))
    score = _scored(history, Indicator.FACILITIES)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.FACILITIES](count))


@pytest.mark.parametrize("count", range(len(DataUse) + 1))
def test_data_use_boundaries_through_classify(count: int) -> None:
    """0 to 5 data sources score 1, 2, 3, 3, 4, 4."""
    plan = attrs.evolve(
        example_history().current_profile.community_plan,  # type: ignore[union-attr]
        uses_data=count > 0,
        data_uses=tuple(DataUse)[:count],
    )
    score = _scored(make_history(community_plan=plan), Indicator.DATA_USE)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.DATA_USE](count))


@pytest.mark.parametrize("count", range(len(OperationalMechanism) + 1))
def test_operations_boundaries_through_classify(count: int) -> None:
    """0 to 5 routines performed score 1, 2, 2, 3, 3, 4."""
    routines = tuple(
        OperationalRoutine(mechanism=m, performed=True, frequency=Frequency.MONTHLY)
        if i < count
        else OperationalRoutine(mechanism=m, performed=False)
        for i, m in enumerate(OperationalMechanism)
    )
    score = _scored(make_history(operations=routines), Indicator.OPERATIONS)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.OPERATIONS](count))


@pytest.mark.parametrize("count", _on_boundaries(Indicator.CROSS_SECTOR, 36))
def test_cross_sector_boundaries_through_classify(count: int) -> None:
    """n distinct agencies other than the programme's own score as the portal's lintas-sektor cut-offs."""
    partners = [a for a in Agency if a is not Agency.OTHER and not a.is_programme_agency][:count]
    acts = tuple(_activity(agency) for agency in partners)
    score = _scored(make_history(), Indicator.CROSS_SECTOR, acts)
    assert (score.measure, score.score) == (count, ORACLE[Indicator.CROSS_SECTOR](count))


@pytest.mark.parametrize(
    ("pokja", "expected"),
    [
        (Pokja(exists=False), 1),
        (Pokja(exists=True, member_count=10), 3),
        (Pokja(exists=True, member_count=10, trained=True, training_description="Orientasi", trained_count=3), 4),
    ],
)
def test_pokja_through_classify(pokja: Pokja, expected: int) -> None:
    """No Pokja scores 1; a Pokja with members 3; with members and training 4 (the forms make 2 unreachable)."""
    assert _scored(make_history(pokja=pokja), Indicator.POKJA).score == expected


@pytest.mark.parametrize(
    ("plkb", "regulation", "expected"), [(False, False, 1), (True, False, 2), (False, True, 2), (True, True, 3)]
)
def test_plkb_regulation_through_classify(plkb: bool, regulation: bool, expected: int) -> None:
    """An accompanying PLKB and a regulation are each worth one step: 1, 2, 3."""
    support = (
        PlkbSupport(accompanied=True, nip="198001012005011001", name="Budi", contact="0812")
        if plkb
        else PlkbSupport(accompanied=False, name="Siti", contact="0813", supervisor=PlkbSupervisorKind.CADRE)
    )
    rule = Regulation(present=True, levels=(RegulationLevel.VILLAGE_HEAD,)) if regulation else Regulation(present=False)
    assert _scored(make_history(plkb=support, regulation=rule), Indicator.PLKB_REGULATION).score == expected


# ---------------------------------------------------------------------------
# The portal's handling of missing reports, zero denominators and rounding


def _measures(history: KampungHistory, acts: tuple[Activity, ...] = ()) -> dict[str, int | None]:
    return {score.indicator.code: score.measure for score in classify(history, acts).scores}


def test_a_kampung_with_no_reports_is_dasar_with_every_score_1() -> None:
    """Without reports every count is 0 and every percentage missing: all 12 scores are 1."""
    history = KampungHistory(kampung=example_history().kampung)
    result = classify(history)
    assert [score.score for score in result.scores] == [1] * 12
    assert (result.input_index, result.process_index, result.output_index) == (1.0, 1.0, 1.0)
    assert result.kampung_class is KampungClass.DASAR
    measures = _measures(history)
    assert measures["cpr"] is None
    assert measures["unmet_need"] is None
    assert measures["funding_sources"] == 0


def test_population_without_kkbpk() -> None:
    """CPR and unmet need are missing (score 1); the portal takes the MKJP share as 0 %; participation missing."""
    measures = _measures(make_history(with_kkbpk=False))
    assert (measures["cpr"], measures["mkjp"], measures["unmet_need"], measures["poktan_participation"]) == (
        None,
        0,
        None,
        None,
    )


def test_zero_pus_gives_cpr_0_and_unmet_need_0_percent_as_in_the_portal() -> None:
    """PUS 0: CPR 0 % scores 1, but unmet need 0 % scores 4 (the portal's quirk, kept); no users: MKJP 0 %."""
    result = classify(make_history(pus=0))
    assert [
        (result.score(i).measure, result.score(i).score) for i in (Indicator.CPR, Indicator.MKJP, Indicator.UNMET_NEED)
    ] == [(0, 1), (0, 1), (0, 4)]


def test_zero_family_counts_give_0_percent_participation() -> None:
    """A poktan whose family count is 0 takes part 0 %, not 'missing'."""
    assert _measures(make_history(denominators=0))["poktan_participation"] == 0


@pytest.mark.parametrize(
    ("pus", "users", "cpr"),
    [(8, 1, 12), (8, 3, 38), (8, 5, 62), (200, 81, 40), (200, 82, 41), (3, 1, 33)],
)
def test_percentages_round_half_to_even_like_postgres(pus: int, users: int, cpr: int) -> None:
    """12.5 % → 12, 37.5 % → 38, 62.5 % → 62 (half to even, as PostgreSQL rounds a double); 40.5 % → 40."""
    score = _scored(make_history(pus=pus, users={ContraceptiveMethod.PILL: users}), Indicator.CPR)
    assert score.measure == cpr


def test_unmet_need_6_5_percent_rounds_to_6_and_scores_4() -> None:
    """13 of 200 couples is 6.5 %: rounded half to even it is 6, which scores 4 (half up would give 7 → 3)."""
    score = _scored(make_history(pus=200, non_users={NonUseReason.WANTS_NO_MORE_CHILDREN: 13}), Indicator.UNMET_NEED)
    assert (score.measure, score.score) == (6, 4)


def test_participation_rounds_each_poktan_then_the_mean() -> None:
    """Each poktan's share is rounded, then their sum ÷ 5 is rounded: (44+27+0+6+13)/5 = 18."""
    assert _measures(example_history())["poktan_participation"] == 18


# ---------------------------------------------------------------------------
# Lintas sektor: the intended rule and the portal's


def test_free_text_agencies_count_once() -> None:
    """Any number of free-text agencies count once, as the portal's single 'Lainnya' id."""
    acts = (_activity(others=("Karang Taruna", "PKK")), _activity(others=("Kader",)))
    assert _scored(make_history(), Indicator.CROSS_SECTOR, acts).measure == 1


def test_programme_agencies_do_not_count_by_default() -> None:
    """OPD KB and Perwakilan BKKBN are the programme's own: they are not cross-sector partners."""
    acts = (_activity(Agency.FAMILY_PLANNING_OFFICE, Agency.BKKBN_REPRESENTATIVE, Agency.PUSKESMAS),)
    assert _scored(make_history(), Indicator.CROSS_SECTOR, acts).measure == 1
    assert classify(make_history(), acts, portal_compatible=True).score(Indicator.CROSS_SECTOR).measure == 3


def test_portal_mode_drops_the_agencies_of_activities_26_and_34() -> None:
    """The portal's query leaves out the activities whose ids are 26 and 34, whatever their agencies."""
    acts = (
        _activity(Agency.PUSKESMAS, activity_id=26),
        _activity(Agency.HEALTH_OFFICE, activity_id=34),
        _activity(Agency.SOCIAL_AFFAIRS_OFFICE, activity_id=35),
    )
    assert classify(make_history(), acts, portal_compatible=True).score(Indicator.CROSS_SECTOR).measure == 1
    assert classify(make_history(), acts).score(Indicator.CROSS_SECTOR).measure == 3


def test_the_worked_example_differs_between_the_modes() -> None:
    """The docs' example: 4 partners (Berkembang) the intended way, 3 agencies (Dasar) the portal's way."""
    intended = classify(example_history(), example_activities())
    portal = classify(example_history(), example_activities(), portal_compatible=True)
    assert (intended.score(Indicator.CROSS_SECTOR).measure, portal.score(Indicator.CROSS_SECTOR).measure) == (4, 3)
    assert (intended.kampung_class, portal.kampung_class) == (KampungClass.BERKEMBANG, KampungClass.DASAR)
    assert (intended.portal_compatible, portal.portal_compatible) == (False, True)


@given(st.lists(activities(activity_id=st.none() | st.sampled_from([26, 34, 35, 101])), max_size=3))
def test_the_modes_differ_only_on_lintas_sektor(acts: list[Activity]) -> None:
    """Portal-compatible and intended results have the same scores and inputs for every other indicator."""
    history = example_history()
    intended = classify(history, acts)
    portal = classify(history, acts, portal_compatible=True)
    for indicator in Indicator:
        if indicator is not Indicator.CROSS_SECTOR:
            assert intended.score(indicator) == portal.score(indicator)


# ---------------------------------------------------------------------------
# The result: explanation, round trip, invariants, bad input


def test_the_explanation_says_why_and_what_would_raise_the_class() -> None:
    """The worked example's explanation names the class, the indices, and the output scores to raise."""
    result = classify(example_history(), example_activities())
    assert result.explanation_en.startswith(
        "Berkembang: the input (3.20) and process (3.00) indices reach 3; the output index (2.75) does not."
    )
    assert "makes it Berkelanjutan" in result.explanation_en
    assert "CPR" not in result.explanation_en
    assert result.explanation.startswith("Berkembang: indeks input (3,20) dan proses (3,00) mencapai 3;")
    assert "menjadikannya Berkelanjutan" in result.explanation


def test_the_top_class_explanation() -> None:
    """Berkelanjutan is the highest class, and the explanation says so in both languages."""
    measures = [3, 5, 5, 2, 2, 4, 5, 7, 31, 51, 25, 6]
    result = ClassificationResult.from_scores(
        [IndicatorScore.of(i, m) for i, m in zip(Indicator, measures, strict=True)]
    )
    assert result.explanation.endswith("Ini kelas tertinggi.")
    assert result.explanation_en.endswith("This is the highest class.")


@given(classification_results())
def test_explanations_name_the_class(result: ClassificationResult) -> None:
    """Every explanation starts with the class's name, in both languages."""
    assert result.explanation.startswith(result.kampung_class.label)
    assert result.explanation_en.startswith(result.kampung_class.label)


@given(classification_results())
def test_results_round_trip(result: ClassificationResult) -> None:
    """A result survives dict and JSON, with every score and input."""
    assert from_dict(to_dict(result), ClassificationResult) == result
    assert from_json(to_json(result), ClassificationResult) == result


def test_a_result_that_contradicts_its_scores_is_rejected() -> None:
    """A stored result whose class or index does not follow from its scores is located."""
    data = to_dict(classify(example_history(), example_activities()))
    data["kampung_class"] = "mandiri"
    data["output_index"] = 3.5
    with pytest.raises(ValidationError) as caught:
        from_dict(data, ClassificationResult)
    assert [(e.path, e.code) for e in caught.value.errors] == [
        ("$.output_index", "invariant"),
        ("$.kampung_class", "invariant"),
    ]


def test_a_score_that_contradicts_its_measure_is_rejected() -> None:
    """An indicator score must be its measure's score under the cut-offs."""
    data = to_dict(classify(example_history(), example_activities()))
    data["scores"][9]["score"] = 3  # CPR 77 % scores 4
    with pytest.raises(ValidationError) as caught:
        from_dict(data, ClassificationResult)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.scores[9].score", "invariant")]


def test_scores_out_of_order_are_rejected() -> None:
    """from_scores needs the 12 scores in the portal's order."""
    scores = list(classify(example_history()).scores)
    with pytest.raises(ValidationError) as caught:
        ClassificationResult.from_scores(scores[::-1])
    assert caught.value.errors[0].code == "invariant"
    with pytest.raises(ValidationError) as caught:
        ClassificationResult.from_scores([*scores[:11], "cpr"])  # type: ignore[list-item]
    assert (caught.value.errors[0].path, caught.value.errors[0].code) == ("$[11]", "type")


@pytest.mark.parametrize(
    ("history", "acts", "path"),
    [
        ("kampung", (), "$"),
        (None, (), "$"),
        ("history", "activities", "$"),
        ("history", [example_activities()[0], "rapat"], "$[1]"),
    ],
)
def test_bad_input_is_a_validation_error(history: Any, acts: Any, path: str) -> None:
    """Anything but a KampungHistory and activities is a located ValidationError, never a TypeError."""
    real = example_history() if history == "history" else history
    with pytest.raises(ValidationError) as caught:
        classify(real, acts)
    assert (caught.value.errors[0].path, caught.value.errors[0].code) == (path, "type")


@given(
    kampung_histories(max_versions=1),
    st.lists(activities(activity_id=st.none() | st.sampled_from([26, 34])), max_size=2),
)
def test_any_kampung_classifies_in_both_modes(history: KampungHistory, acts: list[Activity]) -> None:
    """Any valid history classifies in both modes, each result recording its mode; the modes differ only on
    lintas sektor, and where they agree on it the results are the same."""
    intended = classify(history, acts)
    portal = classify(history, acts, portal_compatible=True)
    assert (intended.portal_compatible, portal.portal_compatible) == (False, True)
    differing = {i for i in Indicator if intended.score(i) != portal.score(i)}
    assert differing <= {Indicator.CROSS_SECTOR}
    if not differing:
        assert attrs.evolve(portal, portal_compatible=False) == intended


@pytest.mark.parametrize(
    "call",
    [
        lambda r: r.score("cpr"),
        lambda r: r.index("input"),
        lambda r: Indicator.CPR.rule.band_of("40"),
        lambda r: Indicator.CPR.rule.score(True),
        lambda r: Indicator.CPR.rule.bands[0].contains(None),
        lambda r: class_of_indices("3", 3.0, 3.0),
        lambda r: class_of_indices(float("nan"), 3.0, 3.0),
        lambda r: ClassificationResult.from_scores(None),
        lambda r: ActivitySection.for_function("religious"),
    ],
)
def test_junk_arguments_are_type_errors(call: Callable[[ClassificationResult], object]) -> None:
    """Every public function and method answers junk with a ValidationError of code 'type', never a crash."""
    result = classify(example_history())
    with pytest.raises(ValidationError) as caught:
        call(result)
    assert caught.value.errors[0].code == "type"
