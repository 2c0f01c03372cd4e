"""msgspec structs equivalent to two kampungkb documents: the seed's workshop
(``kampungkb.events.Workshop``) and a Kampung KB record with its three reports
(``kampungkb.kampung.KampungHistory``).

They enforce kampungkb's rules as far as msgspec can express them: msgspec's types are strict
by default (no ``"12"`` for an integer, no ``1`` for a boolean, no ``12.0`` for an integer),
unknown keys are refused (``forbid_unknown_fields``), lengths, ranges and whole-string patterns
are declared with ``Meta`` (anchored: a msgspec pattern searches), item rules inside tuples,
enumerations load by their code (kampungkb's own vocabularies), the workshop carries its
``kind`` tag, and the cross-field and cross-record rules run in ``__post_init__`` (written once
for both libraries in ``_rules.py``). The rules of a person's name read kampungkb's degree
table (reference data): ``__post_init__`` runs kampungkb's own rule function on the struct.

What msgspec cannot express, or expresses differently:

- It stops at the first error: a document with five problems reports one.
- An error raised in ``__post_init__`` is located at the struct, not at the field.
- ``Meta(ge=...)`` takes numbers only: the earliest launch date is checked in ``__post_init__``.
- A tagged struct loaded on its own accepts a document without the tag (msgspec requires the
  tag only to choose among the members of a union); kampungkb requires it.
- Date-times parse from a few more forms than kampungkb reads (a space for ``T``, a lowercase
  ``t`` or ``z``).
- Duplicate keys in JSON text: the last one wins; kampungkb refuses the document.
- A region code is a string matching the pattern of valid codes; kampungkb's ``RegionCode``
  value type also normalises the compact form and knows its level (the rules count digits).
- A legal reference or instrument given as a citation string ("UU 52/2009"): kampungkb parses
  it with its citation parser and registry; these structs take objects only.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import msgspec
from _rules import (
    EARLIEST_LAUNCH,
    NAME,
    NON_BLANK,
    PARTIAL_DATE,
    PERSON_NAME,
    TEXT,
    URL,
    community_plan,
    criteria,
    date_range,
    event,
    family_planning,
    gazette,
    history,
    instrument_ref,
    kampung,
    legal_instrument,
    location,
    official,
    operational_routine,
    organization,
    participant_group,
    participants,
    party,
    person_name,
    plkb,
    pokja,
    pokja_member,
    population,
    profile,
    raise_problems,
    region_code_pattern,
    regulation,
    venue,
)
from msgspec import Meta, field

from kampungkb.events import EventLevel, Programme, SourceKind, VenueMode
from kampungkb.kampung import (
    AgeBand,
    AreaCriterion,
    ContraceptiveMethod,
    CountQualifier,
    CoverageLevel,
    DataUse,
    FamilyCount,
    FamilyFunction,
    Frequency,
    FundingSource,
    MainCriterion,
    NonUseReason,
    OperationalMechanism,
    PlkbSupervisorKind,
    PokjaPosition,
    Poktan,
    PortalCriterion,
    RegulationLevel,
    Sex,
    SpecialCriterion,
)
from kampungkb.legal import Confidence, GazetteKind, InstrumentType
from kampungkb.legal._instrument import ISSUER_PATTERN, MAX_TITLE_LENGTH, NUMBER_PATTERN, TITLE_PATTERN
from kampungkb.people import ActingForm, Honorific, OrganizationKind, Position, WorkLevel

__all__ = ["KampungHistory", "Workshop"]


def _whole(pattern: str) -> str:
    return rf"^(?:{pattern})\Z"  # msgspec patterns search (Python re); anchor them: a whole-string match


def Text(max_length: int | None, pattern: str | None = NON_BLANK, min_length: int = 1) -> Any:
    """A string with kampungkb's length and pattern rules."""
    whole = None if pattern is None else _whole(pattern)
    return Annotated[str, Meta(min_length=min_length, max_length=max_length, pattern=whole)]


Count = Annotated[int, Meta(ge=0)]
RegionCode = Annotated[str, Meta(pattern=_whole(region_code_pattern()))]
PartialDate = Annotated[str, Meta(pattern=_whole(PARTIAL_DATE))]


class _Struct(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class Location(_Struct, kw_only=True):
    code: RegionCode
    dusun: Text(100, NAME, 0) | None = None
    rw: Text(50, NAME, 0) | None = None
    rt: Text(50, NAME, 0) | None = None
    latitude: Annotated[float, Meta(ge=-90.0, le=90.0)] | None = None
    longitude: Annotated[float, Meta(ge=-180.0, le=180.0)] | None = None

    def __post_init__(self) -> None:
        raise_problems(location(self))


class SelectionCriteria(_Struct, kw_only=True):
    portal: tuple[PortalCriterion, ...] = ()
    main: tuple[MainCriterion, ...] = ()
    area: tuple[AreaCriterion, ...] = ()
    special: tuple[SpecialCriterion, ...] = ()

    def __post_init__(self) -> None:
        raise_problems(criteria(self))


class KampungKB(_Struct, kw_only=True):
    id: Annotated[int, Meta(ge=1)] | None = None
    name: Text(255)
    location: Location
    launch_date: dt.date
    coverage: CoverageLevel | None = None
    criteria: SelectionCriteria = field(default_factory=SelectionCriteria)
    active: bool = True
    model_for_regency: bool = False
    model_for_province: bool = False
    description: Text(None) | None = None
    photo: Text(2048, None) | None = None
    structure_photo: Text(2048, None) | None = None

    def __post_init__(self) -> None:
        problems = kampung(self)
        if self.launch_date < EARLIEST_LAUNCH:
            problems.append("launch_date: from 2016-01-01")
        raise_problems(problems)


class PersonName(_Struct, kw_only=True):
    name: Text(200, PERSON_NAME, 0)
    honorific: Honorific | None = None
    degrees_before: Annotated[tuple[str, ...], Meta(max_length=10)] = ()
    degrees_after: Annotated[tuple[str, ...], Meta(max_length=10)] = ()
    unrecognized_degrees: Annotated[tuple[str, ...], Meta(max_length=20)] = ()
    original: Text(1000, TEXT, 0) | None = None

    def __post_init__(self) -> None:
        raise_problems(person_name(self))


class PokjaMember(_Struct, kw_only=True):
    name: PersonName
    position: PokjaPosition
    section: FamilyFunction | None = None

    def __post_init__(self) -> None:
        raise_problems(pokja_member(self))


class PokjaDecree(_Struct, kw_only=True):
    number: Text(255) | None = None
    date: dt.date | None = None
    issuer: Text(255) = "Kepala Desa/Lurah"


class Pokja(_Struct, kw_only=True):
    exists: bool
    decree: PokjaDecree | None = None
    trained: bool = False
    training_description: Text(255) | None = None
    member_count: Count = 0
    trained_count: Count = 0
    members: tuple[PokjaMember, ...] = ()

    def __post_init__(self) -> None:
        raise_problems(pokja(self))


class ReportPeriod(_Struct, kw_only=True):
    month: Annotated[int, Meta(ge=1, le=12)]
    year: Annotated[int, Meta(ge=1, le=9999)]


class PoktanPresence(_Struct, kw_only=True):
    poktan: Poktan
    present: bool


class PlkbSupport(_Struct, kw_only=True):
    accompanied: bool
    nip: Text(255) | None = None
    name: Text(255)
    contact: Text(255)
    supervisor: PlkbSupervisorKind | None = None
    supervisor_other: Text(255) | None = None

    def __post_init__(self) -> None:
        raise_problems(plkb(self))


class Regulation(_Struct, kw_only=True):
    present: bool
    levels: tuple[RegulationLevel, ...] = ()

    def __post_init__(self) -> None:
        raise_problems(regulation(self))


class CommunityPlan(_Struct, kw_only=True):
    has_plan: bool
    uses_data: bool | None = None
    data_uses: tuple[DataUse, ...] = ()
    document: Text(2048, None) | None = None

    def __post_init__(self) -> None:
        raise_problems(community_plan(self))


class OperationalRoutine(_Struct, kw_only=True):
    mechanism: OperationalMechanism
    performed: bool
    frequency: Frequency | None = None
    frequency_other: Text(255) | None = None

    def __post_init__(self) -> None:
        raise_problems(operational_routine(self))


class ProfileReport(_Struct, kw_only=True):
    period: ReportPeriod
    created: dt.datetime
    poktan: tuple[PoktanPresence, ...]
    pokja: Pokja
    plkb: PlkbSupport
    regulation: Regulation
    community_plan: CommunityPlan
    funding_sources: tuple[FundingSource, ...] = ()
    operations: tuple[OperationalRoutine, ...]

    def __post_init__(self) -> None:
        raise_problems(profile(self))


class AgeSexCount(_Struct, kw_only=True):
    age_band: AgeBand
    sex: Sex
    count: Count


class FamilyTotal(_Struct, kw_only=True):
    kind: FamilyCount
    count: Count


class PopulationReport(_Struct, kw_only=True):
    period: ReportPeriod
    created: dt.datetime
    age_sex_counts: tuple[AgeSexCount, ...]
    family_counts: tuple[FamilyTotal, ...]

    def __post_init__(self) -> None:
        raise_problems(population(self))


class PoktanParticipation(_Struct, kw_only=True):
    poktan: Poktan
    count: Count


class ContraceptiveUsers(_Struct, kw_only=True):
    method: ContraceptiveMethod
    count: Count


class NonUsers(_Struct, kw_only=True):
    reason: NonUseReason
    count: Count


class FamilyPlanningReport(_Struct, kw_only=True):
    period: ReportPeriod
    created: dt.datetime
    poktan_participation: tuple[PoktanParticipation, ...]
    contraceptive_users: tuple[ContraceptiveUsers, ...]
    non_users: tuple[NonUsers, ...]
    bpjs_users: Count

    def __post_init__(self) -> None:
        raise_problems(family_planning(self))


class KampungHistory(_Struct, kw_only=True):
    kampung: KampungKB
    profile_reports: tuple[ProfileReport, ...] = ()
    population_reports: tuple[PopulationReport, ...] = ()
    kkbpk_reports: tuple[FamilyPlanningReport, ...] = ()

    def __post_init__(self) -> None:
        raise_problems(history(self))


# -- the seed's workshop (kampungkb.events.Workshop) -----------------------------------


class DateRange(_Struct, kw_only=True):
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        raise_problems(date_range(self))


class Venue(_Struct, kw_only=True):
    name: Text(300, TEXT, 0) | None = None
    address: Text(500, TEXT, 0) | None = None
    region: RegionCode | None = None
    mode: VenueMode | None = None
    platform: Text(100, TEXT, 0) | None = None
    link: Text(2000, URL, 0) | None = None

    def __post_init__(self) -> None:
        raise_problems(venue(self))


class Organization(_Struct, kw_only=True):
    name: Text(300, TEXT, 0)
    acronym: Text(40, TEXT, 0) | None = None
    kind: OrganizationKind
    region: RegionCode | None = None

    def __post_init__(self) -> None:
        raise_problems(organization(self))


class Official(_Struct, kw_only=True):
    name: PersonName | None = None
    position: Position
    position_as_written: Text(200, TEXT, 0) | None = None
    position_level: WorkLevel | None = None
    acting: ActingForm | None = None
    organization: Organization | None = None
    jurisdiction: Text(200, TEXT, 0) | None = None
    region: RegionCode | None = None
    term_start: PartialDate | None = None
    term_end: PartialDate | None = None
    #: msgspec cannot hold an untagged union of two structs: the official acted for only, not an organization.
    on_behalf_of: Official | None = None

    def __post_init__(self) -> None:
        raise_problems(official(self))


class Attendee(_Struct, kw_only=True):
    official: Official | None = None
    organization: Organization | None = None
    position: Position | None = None

    def __post_init__(self) -> None:
        raise_problems(party(self))


class Speaker(Attendee, kw_only=True):
    topic: Text(500, TEXT, 0) | None = None


class ParticipantGroup(_Struct, kw_only=True):
    role: Text(200, None)
    count: Count | None = None
    description: Text(1000, None, 0) | None = None
    position: Position | None = None
    qualifier: CountQualifier = CountQualifier.EXACT

    def __post_init__(self) -> None:
        raise_problems(participant_group(self))


class Participants(_Struct, kw_only=True):
    groups: Annotated[tuple[ParticipantGroup, ...], Meta(max_length=100)]
    total: Count | None = None
    qualifier: CountQualifier = CountQualifier.EXACT

    def __post_init__(self) -> None:
        raise_problems(participants(self))


class StatedCount(_Struct, kw_only=True):
    value: Annotated[int, Meta(ge=0, le=1_000_000_000)]
    qualifier: CountQualifier = CountQualifier.EXACT


class ServiceDelivery(_Struct, kw_only=True):
    service: Text(200, TEXT, 0)
    method: ContraceptiveMethod | None = None
    count: StatedCount | None = None


Year = Annotated[int, Meta(ge=1945, le=2999)]
EntryNumber = Annotated[int, Meta(ge=1, le=999_999)]


class Gazette(_Struct, kw_only=True):
    kind: GazetteKind
    year: Year
    number: EntryNumber
    supplement: EntryNumber | None = None

    def __post_init__(self) -> None:
        raise_problems(gazette(self))


class InstrumentRef(_Struct, kw_only=True):
    type: InstrumentType
    number: Text(200, NUMBER_PATTERN, 0) | None
    year: Year
    issuer: Text(500, ISSUER_PATTERN, 0) | None = None

    def __post_init__(self) -> None:
        raise_problems(instrument_ref(self))


class LegalInstrument(_Struct, kw_only=True):
    type: InstrumentType
    number: Text(200, NUMBER_PATTERN, 0) | None
    year: Year
    title: Text(MAX_TITLE_LENGTH, TITLE_PATTERN, 0) | None = None
    title_as_written: bool = False
    issuer: Text(500, ISSUER_PATTERN, 0) | None = None
    enacted: dt.date | None = None
    promulgated: dt.date | None = None
    gazette: Gazette | None = None
    amends: Annotated[tuple[InstrumentRef, ...], Meta(max_length=50)] = ()
    revokes: Annotated[tuple[InstrumentRef, ...], Meta(max_length=50)] = ()
    sources: Annotated[tuple[Text(None, URL, 0), ...], Meta(max_length=50)] = ()
    confidence: Confidence | None = None

    def __post_init__(self) -> None:
        raise_problems(legal_instrument(self))


class LegalReference(_Struct, kw_only=True):
    instrument: LegalInstrument
    provision: Text(200, TEXT, 0) | None = None


class Workshop(_Struct, kw_only=True, tag_field="kind", tag="lokakarya"):
    title: Text(500, TEXT, 0)
    level: EventLevel
    dates: DateRange
    venue: Venue | None = None
    host_region: RegionCode | None = None
    organizer: Organization | None = None
    co_organizers: Annotated[tuple[Organization, ...], Meta(max_length=20)] = ()
    opened_by: Official | None = None
    attendees: Annotated[tuple[Attendee, ...], Meta(max_length=100)] = ()
    speakers: Annotated[tuple[Speaker, ...], Meta(max_length=100)] = ()
    participants: Participants | None = None
    purpose: Text(2000, TEXT, 0) | None = None
    objectives: Annotated[tuple[Text(2000, TEXT, 0), ...], Meta(max_length=20)] = ()
    funding_sources: Annotated[tuple[FundingSource, ...], Meta(max_length=10)] = ()
    programme: Programme | None = None
    legal_basis: Annotated[tuple[LegalReference, ...], Meta(max_length=50)] = ()
    kampung_ids: Annotated[tuple[Annotated[int, Meta(ge=1)], ...], Meta(max_length=1000)] = ()
    sources: Annotated[tuple[Text(2000, URL, 0), ...], Meta(max_length=20)] = ()
    reported_on: PartialDate | None = None
    source_kind: SourceKind | None = None
    services: Annotated[tuple[ServiceDelivery, ...], Meta(max_length=100)] = ()

    def __post_init__(self) -> None:
        raise_problems(event(self))
