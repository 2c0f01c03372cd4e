"""The three versioned reports of a Kampung KB — profile, population and KKBPK — and their parts.

Each report version has its period (the month, as the portal's ``bulan`` /
``tahun``) and its creation time; :class:`~kampungkb.kampung.KampungHistory`
holds every version of a kampung's reports.

    >>> from kampungkb.kampung._examples import example_history
    >>> history = example_history()
    >>> history.current_kkbpk.validate_against(history.current_population, history.current_profile)
"""

from __future__ import annotations

from ._kkbpk import ContraceptiveUsers, FamilyPlanningReport, NonUsers, PoktanParticipation
from ._period import ReportPeriod
from ._population import AgeSexCount, FamilyTotal, PopulationReport
from ._profile import CommunityPlan, OperationalRoutine, PlkbSupport, PoktanPresence, ProfileReport, Regulation

__all__ = [
    "AgeSexCount",
    "CommunityPlan",
    "ContraceptiveUsers",
    "FamilyPlanningReport",
    "FamilyTotal",
    "NonUsers",
    "OperationalRoutine",
    "PlkbSupport",
    "PoktanParticipation",
    "PoktanPresence",
    "PopulationReport",
    "ProfileReport",
    "Regulation",
    "ReportPeriod",
]
