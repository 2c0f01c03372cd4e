"""Kampung KB records: the kampung, its Pokja and its versioned reports, as the national portal holds them.

>>> from kampungkb.kampung import KampungClass
>>> KampungClass.BERKEMBANG.label
'Berkembang'
"""

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
    "AgeBand",
    "AreaCriterion",
    "ContraceptiveMethod",
    "CoverageLevel",
    "DataUse",
    "FamilyCount",
    "Frequency",
    "FundingSource",
    "KampungClass",
    "MainCriterion",
    "NonUseReason",
    "OperationalMechanism",
    "PlkbSupervisorKind",
    "Poktan",
    "PortalCriterion",
    "PortalEnum",
    "RegulationLevel",
    "Sex",
    "SpecialCriterion",
]
