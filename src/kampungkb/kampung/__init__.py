"""Kampung KB records: the kampung, its Pokja and its versioned reports, as the national portal holds them.

    >>> from kampungkb.kampung import KampungClass, KampungHistory
    >>> KampungClass.BERKEMBANG.label
    'Berkembang'

See the guide "Kampung KB records" (``docs/kampung.md``) for a worked example
and every rule, the portal's and ours.
"""

from ._html import html_to_text
from .duplicates import DuplicatePair, DuplicateReason, find_duplicates, normalize_name
from .history import KampungHistory, Report
from .record import EARLIEST_LAUNCH_DATE, KampungKB, Pokja, PokjaDecree, SelectionCriteria
from .reports import (
    AgeSexCount,
    CommunityPlan,
    ContraceptiveUsers,
    FamilyPlanningReport,
    FamilyTotal,
    NonUsers,
    OperationalRoutine,
    PlkbSupport,
    PoktanParticipation,
    PoktanPresence,
    PopulationReport,
    ProfileReport,
    Regulation,
    ReportPeriod,
)
from .vocabularies import (
    AgeBand,
    AreaCriterion,
    ContraceptiveMethod,
    CoverageLevel,
    DataUse,
    FamilyCount,
    Frequency,
    FundingSource,
    KampungClass,
    MainCriterion,
    NonUseReason,
    OperationalMechanism,
    PlkbSupervisorKind,
    Poktan,
    PortalCriterion,
    PortalEnum,
    RegulationLevel,
    Sex,
    SpecialCriterion,
)

__all__ = [
    "EARLIEST_LAUNCH_DATE",
    "AgeBand",
    "AgeSexCount",
    "AreaCriterion",
    "CommunityPlan",
    "ContraceptiveMethod",
    "ContraceptiveUsers",
    "CoverageLevel",
    "DataUse",
    "DuplicatePair",
    "DuplicateReason",
    "FamilyCount",
    "FamilyPlanningReport",
    "FamilyTotal",
    "Frequency",
    "FundingSource",
    "KampungClass",
    "KampungHistory",
    "KampungKB",
    "MainCriterion",
    "NonUseReason",
    "NonUsers",
    "OperationalMechanism",
    "OperationalRoutine",
    "PlkbSupervisorKind",
    "PlkbSupport",
    "Pokja",
    "PokjaDecree",
    "Poktan",
    "PoktanParticipation",
    "PoktanPresence",
    "PopulationReport",
    "PortalCriterion",
    "PortalEnum",
    "ProfileReport",
    "Regulation",
    "RegulationLevel",
    "Report",
    "ReportPeriod",
    "SelectionCriteria",
    "Sex",
    "SpecialCriterion",
    "find_duplicates",
    "html_to_text",
    "normalize_name",
]
