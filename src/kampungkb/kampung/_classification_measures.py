"""The 12 measures the portal scores, read from a kampung's current reports and its activities.

Each function follows the portal's SQL (``kampung.sql``): a count it cannot
find is 0; a percentage is rounded (half to even, as PostgreSQL rounds a
double) and is 0 where its denominator is 0, or missing where the portal's
query yields null.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._core import describe
from ..errors import ErrorCode, ValidationError
from ._family_planning import FamilyPlanningReport
from ._history import KampungHistory
from ._indicator_counts import (
    PARTICIPATION_POKTAN,
    Counts,
    checked_activities,
    cpr_counts,
    cross_sector_agency_set,
    mkjp_counts,
    participation_counts,
    unmet_need_counts,
)
from ._population import PopulationReport
from ._profile import ProfileReport
from ._scoring import CountInput, FlagInput, Indicator, IndicatorScore
from ._vocab import Poktan

__all__ = ["measure_scores"]


def measure_scores(history: Any, activities: Iterable[Any], *, portal_compatible: bool) -> tuple[IndicatorScore, ...]:
    """The 12 indicator scores of a kampung, with the inputs each came from, in the portal's order."""
    if not isinstance(history, KampungHistory):
        raise ValidationError.single((), f"expected a KampungHistory, found {describe(history)}", ErrorCode.TYPE)
    items = checked_activities(activities)
    profile, population, kkbpk = history.current_profile, history.current_population, history.current_kkbpk
    return (
        _pokja(profile),
        _count(Indicator.FUNDING_SOURCES, "funding_sources", None if profile is None else len(profile.funding_sources)),
        _presence(Indicator.POKTAN, profile, [p for p in Poktan if p.in_family_planning_report]),
        _presence(Indicator.FACILITIES, profile, [p for p in Poktan if p.in_profile_report and p.is_facility]),
        _plkb_regulation(profile),
        _count(Indicator.DATA_USE, "data_uses", None if profile is None else len(profile.community_plan.data_uses)),
        _count(
            Indicator.OPERATIONS,
            "operations_performed",
            None if profile is None else sum(1 for routine in profile.operations if routine.performed),
        ),
        _cross_sector(items, portal_compatible),
        _participation(population, kkbpk),
        _cpr(population, kkbpk),
        _mkjp(population, kkbpk),
        _unmet_need(population, kkbpk),
    )


def _pokja(profile: ProfileReport | None) -> IndicatorScore:
    pokja = None if profile is None else profile.pokja
    exists = None if pokja is None else pokja.exists
    members = None if pokja is None else pokja.member_count
    trained = None if pokja is None else pokja.trained
    points = 0
    if exists:
        points = 1 + (members is not None and members > 0) + bool(trained)
    inputs = (
        FlagInput("pokja_exists", exists),
        CountInput("pokja_members", members),
        FlagInput("pokja_trained", trained),
    )
    return IndicatorScore.of(Indicator.POKJA, points, inputs)


def _count(indicator: Indicator, name: str, value: int | None) -> IndicatorScore:
    return IndicatorScore.of(indicator, value or 0, (CountInput(name, value),))


def _presence(indicator: Indicator, profile: ProfileReport | None, asked: list[Poktan]) -> IndicatorScore:
    answers = [None if profile is None else profile.has(poktan) for poktan in asked]
    inputs = tuple(FlagInput(poktan.code, answer) for poktan, answer in zip(asked, answers, strict=True))
    return IndicatorScore.of(indicator, sum(1 for answer in answers if answer), inputs)


def _plkb_regulation(profile: ProfileReport | None) -> IndicatorScore:
    accompanied = None if profile is None else profile.plkb.accompanied
    regulation = None if profile is None else profile.regulation.present
    inputs = (FlagInput("plkb_accompanied", accompanied), FlagInput("regulation", regulation))
    return IndicatorScore.of(Indicator.PLKB_REGULATION, bool(accompanied) + bool(regulation), inputs)


def _cross_sector(activities: tuple[Any, ...], portal_compatible: bool) -> IndicatorScore:
    agencies = cross_sector_agency_set(activities, portal_compatible=portal_compatible)
    inputs = (CountInput("activities", len(activities)), CountInput("agencies", len(agencies)))
    return IndicatorScore.of(Indicator.CROSS_SECTOR, len(agencies), inputs)


def _participation(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> IndicatorScore:
    counts = participation_counts(population, kkbpk)
    inputs: list[CountInput | FlagInput] = []
    percents: list[float | None] = []
    for poktan in PARTICIPATION_POKTAN:
        taking_part, served = counts[poktan]
        denominator = poktan.family_denominator
        assert denominator is not None
        inputs += [CountInput(f"{poktan.code}_families", taking_part), CountInput(denominator.code, served)]
        if served is None:  # no population report: the portal has no row for the poktan
            continue
        percents.append(_portal_percent(Counts(taking_part, served)))
    present = [value for value in percents if value is not None]
    measure = None if not present else round(sum(present) / len(PARTICIPATION_POKTAN))
    return IndicatorScore.of(Indicator.POKTAN_PARTICIPATION, measure, inputs)


def _cpr(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> IndicatorScore:
    users, couples = cpr_counts(population, kkbpk)
    measure = None if couples is None else _portal_percent(Counts(users, couples))
    inputs = (CountInput("contraceptive_users", users), CountInput("couples_of_childbearing_age", couples))
    return IndicatorScore.of(Indicator.CPR, measure, inputs)


def _mkjp(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> IndicatorScore:
    long_acting, users = mkjp_counts(kkbpk)
    # The portal computes the share in the same row as CPR, which exists only with a population report;
    # without a KKBPK report its "users > 0" test is not true, so the share is 0.
    measure = None if population is None else _portal_percent(Counts(long_acting, users or 0))
    inputs = (CountInput("long_acting_users", long_acting), CountInput("contraceptive_users", users))
    return IndicatorScore.of(Indicator.MKJP, measure, inputs)


def _unmet_need(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> IndicatorScore:
    unmet, couples = unmet_need_counts(population, kkbpk)
    # The portal's row exists only with a KKBPK report; a missing PUS fails its "PUS > 0" test: 0 %.
    measure = None if kkbpk is None else _portal_percent(Counts(unmet, couples or 0))
    inputs = (CountInput("unmet_need_couples", unmet), CountInput("couples_of_childbearing_age", couples))
    return IndicatorScore.of(Indicator.UNMET_NEED, measure, inputs)


def _portal_percent(counts: Counts) -> int | None:
    """``round(numerator / denominator * 100)`` as the portal computes it: 0 when the denominator is 0."""
    numerator, denominator = counts
    if not denominator:
        return 0
    if numerator is None:
        return None
    return round(numerator / float(denominator) * 100)
