"""The counts behind the programme indicators: numerators and denominators, read from the reports.

:mod:`kampungkb.kampung` turns them into percentages; the
classifier rounds them the portal's way. One place reads each count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from .._core import describe
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._activities import Activity
from ._activity_rules import checked_items
from ._activity_vocab import Agency
from ._family_planning import FamilyPlanningReport
from ._population import PopulationReport
from ._vocab import ContraceptiveMethod, FamilyCount, NonUseReason, Poktan

__all__ = [
    "PARTICIPATION_POKTAN",
    "PORTAL_EXCLUDED_ACTIVITY_IDS",
    "Counts",
    "checked_activities",
    "cpr_counts",
    "cross_sector_agency_set",
    "mkjp_counts",
    "participation_counts",
    "unmet_need_counts",
]

#: The five poktan whose participation the KKBPK report counts, in the portal's order.
PARTICIPATION_POKTAN: tuple[Poktan, ...] = (Poktan.BKB, Poktan.BKR, Poktan.BKL, Poktan.UPPKA, Poktan.PIK_R)


class Counts(NamedTuple):
    """A numerator and a denominator; either is None when its report is missing."""

    numerator: int | None
    denominator: int | None


#: The activity ids the portal's lintas-sektor query leaves out (it meant agency ids).
PORTAL_EXCLUDED_ACTIVITY_IDS = frozenset({26, 34})


def cpr_counts(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> Counts:
    """Users of any method, and PUS."""
    population, kkbpk = _reports(population, kkbpk)
    users = None if kkbpk is None else kkbpk.total_users
    return Counts(users, _couples(population))


def mkjp_counts(kkbpk: FamilyPlanningReport | None) -> Counts:
    """Users of long-acting methods, and users of any method."""
    _, kkbpk = _reports(None, kkbpk)
    if kkbpk is None:
        return Counts(None, None)
    long_acting = sum(kkbpk.users(method) for method in ContraceptiveMethod if method.is_long_acting)
    return Counts(long_acting, kkbpk.total_users)


def unmet_need_counts(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> Counts:
    """Couples with an unmet need (IAT + TIAL), and PUS."""
    population, kkbpk = _reports(population, kkbpk)
    unmet = None if kkbpk is None else sum(kkbpk.non_users_for(r) for r in NonUseReason if r.is_unmet_need)
    return Counts(unmet, _couples(population))


def participation_counts(
    population: PopulationReport | None, kkbpk: FamilyPlanningReport | None
) -> dict[Poktan, Counts]:
    """Per poktan: families taking part, and the family count it is measured against."""
    population, kkbpk = _reports(population, kkbpk)
    result = {}
    for poktan in PARTICIPATION_POKTAN:
        denominator_kind = poktan.family_denominator
        assert denominator_kind is not None  # each of the five has one
        result[poktan] = Counts(
            None if kkbpk is None else kkbpk.participation(poktan),
            None if population is None else population.family(denominator_kind),
        )
    return result


def cross_sector_agency_set(activities: Iterable[Activity], *, portal_compatible: bool) -> frozenset[Agency]:
    """The distinct agencies of the activities (free text as ``Agency.OTHER``), by the chosen rule."""
    if type(portal_compatible) is not bool:
        raise ValidationError.single(
            (), f"expected portal_compatible as a boolean, found {describe(portal_compatible)}", ErrorCode.TYPE
        )
    found: set[Agency] = set()
    for activity in checked_activities(activities):
        if portal_compatible and activity.id in PORTAL_EXCLUDED_ACTIVITY_IDS:
            continue
        found.update(activity.agencies)
        if activity.other_agencies:
            found.add(Agency.OTHER)
    if not portal_compatible:
        found = {agency for agency in found if not agency.is_programme_agency}
    return frozenset(found)


def checked_activities(activities: Any) -> tuple[Activity, ...]:
    """The activities as a tuple; a ValidationError locating anything that is not an Activity."""
    return checked_items(activities, Activity, "activities")


def _couples(population: PopulationReport | None) -> int | None:
    return None if population is None else population.family(FamilyCount.COUPLES_OF_CHILDBEARING_AGE)


def _reports(population: Any, kkbpk: Any) -> tuple[PopulationReport | None, FamilyPlanningReport | None]:
    errors = []
    if population is not None and not isinstance(population, PopulationReport):
        errors.append(
            ErrorItem(
                ("population",), f"expected a PopulationReport or None, found {describe(population)}", ErrorCode.TYPE
            )
        )
    if kkbpk is not None and not isinstance(kkbpk, FamilyPlanningReport):
        errors.append(
            ErrorItem(("kkbpk",), f"expected a FamilyPlanningReport or None, found {describe(kkbpk)}", ErrorCode.TYPE)
        )
    if errors:
        raise ValidationError(errors)
    return population, kkbpk
