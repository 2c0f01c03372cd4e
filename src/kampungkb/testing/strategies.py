"""Hypothesis strategies of VALID kampungkb objects, valid by construction (requires hypothesis).

Each function returns a strategy; keyword arguments take strategies that narrow what is
drawn. Every public model type is also registered for :func:`hypothesis.strategies.from_type`
(through kampungkb's Hypothesis plugin).

    >>> from hypothesis import given
    >>> from kampungkb.testing.strategies import region_codes
    >>> @given(region_codes())
    ... def test_codes_print_and_parse_back(code):
    ...     assert type(code).parse(str(code)) == code
    >>> test_codes_print_and_parse_back()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # the extra is not installed: say which one
    raise ModuleNotFoundError(
        "kampungkb.testing.strategies needs Hypothesis, which is not installed: pip install 'kampungkb[hypothesis]'",
        name="hypothesis",
    ) from exc

from ._activities import (
    activities,
    activity_images,
    classification_results,
    count_inputs,
    flag_inputs,
    indicator_rules,
    indicator_scores,
    inpres_kegiatan_ids,
    inpres_kegiatans,
    inpres_programs,
    inpres_sasarans,
    inpres_trees,
    score_bands,
    single_lines,
)
from ._dates import date_ranges, indonesian_date_range_texts, indonesian_date_texts, partial_dates
from ._events import (
    appreciations,
    attendees,
    coordination_meetings,
    events,
    launches,
    legal_references,
    mini_workshops,
    orientations,
    participant_groups,
    participant_shares,
    participants,
    socializations,
    speakers,
    trainings,
    venues,
    workshops,
)
from ._kampung import (
    age_sex_counts,
    community_plans,
    contraceptive_users,
    duplicate_pairs,
    family_planning_reports,
    family_totals,
    kampung_histories,
    kampung_kbs,
    kampung_statistics,
    kampung_strategy_for_type,
    non_users,
    operational_routines,
    plkb_supports,
    pokja_decrees,
    pokjas,
    poktan_participations,
    poktan_presences,
    population_reports,
    profile_reports,
    regulations,
    report_periods,
    selection_criteria,
)
from ._legal import (
    affair_classifications,
    citable_instruments,
    citation_matches,
    corrections,
    fact_provenances,
    gazettes,
    instrument_numbers,
    instrument_refs,
    instrument_titles,
    instrument_types,
    issuers,
    lampiran_authorities,
    legal_instruments,
    registered_instruments,
)
from ._people import name_words, officials, organizations, person_names, pokja_members
from ._regions import (
    built_in_provinces,
    code_changes,
    code_readings,
    listed_region_codes,
    listed_regions,
    locations,
    region_codes,
    region_names,
    regions,
)
from ._text import text

__all__ = [
    "activities",
    "activity_images",
    "affair_classifications",
    "age_sex_counts",
    "appreciations",
    "attendees",
    "built_in_provinces",
    "citable_instruments",
    "citation_matches",
    "classification_results",
    "code_changes",
    "code_readings",
    "community_plans",
    "contraceptive_users",
    "coordination_meetings",
    "corrections",
    "count_inputs",
    "date_ranges",
    "duplicate_pairs",
    "events",
    "fact_provenances",
    "family_planning_reports",
    "family_totals",
    "flag_inputs",
    "gazettes",
    "indicator_rules",
    "indicator_scores",
    "indonesian_date_range_texts",
    "indonesian_date_texts",
    "inpres_kegiatan_ids",
    "inpres_kegiatans",
    "inpres_programs",
    "inpres_sasarans",
    "inpres_trees",
    "instrument_numbers",
    "instrument_refs",
    "instrument_titles",
    "instrument_types",
    "issuers",
    "kampung_histories",
    "kampung_kbs",
    "kampung_statistics",
    "lampiran_authorities",
    "launches",
    "legal_instruments",
    "legal_references",
    "listed_region_codes",
    "listed_regions",
    "locations",
    "mini_workshops",
    "name_words",
    "non_users",
    "officials",
    "operational_routines",
    "organizations",
    "orientations",
    "partial_dates",
    "participant_groups",
    "participant_shares",
    "participants",
    "person_names",
    "plkb_supports",
    "pokja_decrees",
    "pokja_members",
    "pokjas",
    "poktan_participations",
    "poktan_presences",
    "population_reports",
    "profile_reports",
    "region_codes",
    "region_names",
    "regions",
    "registered_instruments",
    "regulations",
    "report_periods",
    "score_bands",
    "selection_criteria",
    "single_lines",
    "socializations",
    "speakers",
    "strategy_for_type",
    "text",
    "trainings",
    "venues",
    "workshops",
]


def strategy_for_type() -> dict[Any, Callable[[], st.SearchStrategy[Any]]]:
    """Each public model, value type and union of models, with the function giving its default strategy.

    >>> from kampungkb.regions import RegionCode
    >>> strategy_for_type()[RegionCode] is region_codes
    True
    """
    from ..dates import DateRange, PartialDate
    from ..events import (
        Appreciation,
        Attendee,
        CoordinationMeeting,
        Event,
        Launch,
        LegalReference,
        MiniWorkshop,
        Orientation,
        ParticipantGroup,
        Participants,
        ParticipantShare,
        Socialization,
        Speaker,
        Training,
        Venue,
        Workshop,
    )
    from ..kampung import (
        Activity,
        ActivityImage,
        ClassificationResult,
        CountInput,
        FlagInput,
        IndicatorRule,
        IndicatorScore,
        InpresKegiatan,
        InpresProgram,
        InpresSasaran,
        InpresTree,
        PokjaMember,
        Report,
        ScoreBand,
    )
    from ..legal import (
        AffairClassification,
        Authority,
        CitationMatch,
        Correction,
        FactProvenance,
        Gazette,
        InstrumentRef,
        LegalInstrument,
    )
    from ..people import Official, Organization, PersonName
    from ..regions import CodeChange, CodeReading, Location, Province, Region, RegionCode

    return {
        **kampung_strategy_for_type(),
        Event: events,
        Report: _reports,
        Activity: activities,
        ActivityImage: activity_images,
        ClassificationResult: classification_results,
        CountInput: count_inputs,
        FlagInput: flag_inputs,
        IndicatorRule: indicator_rules,
        IndicatorScore: indicator_scores,
        InpresKegiatan: inpres_kegiatans,
        InpresProgram: inpres_programs,
        InpresSasaran: inpres_sasarans,
        InpresTree: inpres_trees,
        ScoreBand: score_bands,
        AffairClassification: affair_classifications,
        Appreciation: appreciations,
        Attendee: attendees,
        CoordinationMeeting: coordination_meetings,
        Launch: launches,
        LegalReference: legal_references,
        MiniWorkshop: mini_workshops,
        Orientation: orientations,
        ParticipantShare: participant_shares,
        Socialization: socializations,
        Speaker: speakers,
        Training: trainings,
        Venue: venues,
        Workshop: workshops,
        Authority: lampiran_authorities,
        CitationMatch: citation_matches,
        Correction: corrections,
        DateRange: date_ranges,
        PartialDate: partial_dates,
        FactProvenance: fact_provenances,
        Gazette: gazettes,
        InstrumentRef: instrument_refs,
        LegalInstrument: legal_instruments,
        Location: locations,
        CodeChange: code_changes,
        CodeReading: code_readings,
        Official: officials,
        Organization: organizations,
        ParticipantGroup: participant_groups,
        Participants: participants,
        PersonName: person_names,
        PokjaMember: pokja_members,
        Province: built_in_provinces,
        Region: regions,
        RegionCode: region_codes,
    }


def _reports() -> st.SearchStrategy[Any]:
    """Any of the three versioned reports (the union ``Report``)."""
    return st.one_of(profile_reports(), population_reports(), family_planning_reports())
