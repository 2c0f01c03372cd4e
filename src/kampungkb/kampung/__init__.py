"""Kampung KB records: the kampung, its Pokja and its versioned reports, as the national portal holds them.

    >>> from kampungkb.kampung import KampungClass, KampungHistory
    >>> KampungClass.BERKEMBANG.label
    'Berkembang'

See the guide "Kampung KB records" (``docs/kampung.md``) for a worked example
and every rule, the portal's and ours.
"""

from ._activities import MAX_ACTIVITY_IMAGES, Activity, ActivityImage
from ._activity_vocab import ActivitySection, Agency, ImageKind, Ministry, PostKind, TargetGroup, portal_keywords
from ._aggregates import ClassCount, KampungClassCounts, KampungTarget
from ._classification import ClassificationResult, classify
from ._count import Count, CountQualifier, count_sum_problem, parse_count, sum_bounds
from ._duplicates import DuplicatePair, DuplicateReason, find_duplicates, normalize_name
from ._family_planning import ContraceptiveUsers, FamilyPlanningReport, NonUsers, PoktanParticipation
from ._history import KampungHistory, Report
from ._html import html_to_text
from ._indicator_counts import PARTICIPATION_POKTAN
from ._indicators import cpr, cross_sector_agencies, mkjp_share, poktan_participation, unmet_need
from ._inpres import (
    KEGIATAN_ID_PATTERN,
    InpresKegiatan,
    InpresPath,
    InpresProgram,
    InpresSasaran,
    InpresTree,
    inpres_kegiatan,
    inpres_tree,
    suggest_kegiatan,
)
from ._period import ReportPeriod
from ._pokja import FamilyFunction, PokjaMember, PokjaPosition
from ._population import AgeSexCount, FamilyTotal, PopulationReport
from ._profile import CommunityPlan, OperationalRoutine, PlkbSupport, PoktanPresence, ProfileReport, Regulation
from ._record import EARLIEST_LAUNCH_DATE, KampungKB, Pokja, PokjaDecree, SelectionCriteria
from ._scoring import (
    CountInput,
    FlagInput,
    Indicator,
    IndicatorRule,
    IndicatorScore,
    ScoreBand,
    Stage,
    class_of_indices,
    indicator_rules,
)
from ._statistics import KampungStatistics, summarize
from ._vocab import (
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
    ProgrammeCriterion,
    RegulationLevel,
    Sex,
    SpecialCriterion,
)

__all__ = [
    "EARLIEST_LAUNCH_DATE",
    "KEGIATAN_ID_PATTERN",
    "MAX_ACTIVITY_IMAGES",
    "PARTICIPATION_POKTAN",
    "Activity",
    "ActivityImage",
    "ActivitySection",
    "AgeBand",
    "AgeSexCount",
    "Agency",
    "AreaCriterion",
    "ClassCount",
    "ClassificationResult",
    "CommunityPlan",
    "ContraceptiveMethod",
    "ContraceptiveUsers",
    "Count",
    "CountInput",
    "CountQualifier",
    "CoverageLevel",
    "DataUse",
    "DuplicatePair",
    "DuplicateReason",
    "FamilyCount",
    "FamilyFunction",
    "FamilyPlanningReport",
    "FamilyTotal",
    "FlagInput",
    "Frequency",
    "FundingSource",
    "ImageKind",
    "Indicator",
    "IndicatorRule",
    "IndicatorScore",
    "InpresKegiatan",
    "InpresPath",
    "InpresProgram",
    "InpresSasaran",
    "InpresTree",
    "KampungClass",
    "KampungClassCounts",
    "KampungHistory",
    "KampungKB",
    "KampungStatistics",
    "KampungTarget",
    "MainCriterion",
    "Ministry",
    "NonUseReason",
    "NonUsers",
    "OperationalMechanism",
    "OperationalRoutine",
    "PlkbSupervisorKind",
    "PlkbSupport",
    "Pokja",
    "PokjaDecree",
    "PokjaMember",
    "PokjaPosition",
    "Poktan",
    "PoktanParticipation",
    "PoktanPresence",
    "PopulationReport",
    "PortalCriterion",
    "PortalEnum",
    "PostKind",
    "ProfileReport",
    "ProgrammeCriterion",
    "Regulation",
    "RegulationLevel",
    "Report",
    "ReportPeriod",
    "ScoreBand",
    "SelectionCriteria",
    "Sex",
    "SpecialCriterion",
    "Stage",
    "TargetGroup",
    "class_of_indices",
    "classify",
    "count_sum_problem",
    "cpr",
    "cross_sector_agencies",
    "find_duplicates",
    "html_to_text",
    "indicator_rules",
    "inpres_kegiatan",
    "inpres_tree",
    "mkjp_share",
    "normalize_name",
    "parse_count",
    "poktan_participation",
    "portal_keywords",
    "suggest_kegiatan",
    "sum_bounds",
    "summarize",
    "unmet_need",
]
