"""pydantic v2 models equivalent to two kampungkb documents: the seed's workshop
(``kampungkb.events.Workshop``) and a Kampung KB record with its three reports
(``kampungkb.kampung.KampungHistory``).

They enforce kampungkb's rules as far as pydantic can express them: strict types
(``ConfigDict(strict=True)``: no ``"12"`` for an integer, no ``1`` for a boolean, no ``12.0``
for an integer), extra keys forbidden, lengths, ranges and whole-string patterns (anchored: a
pydantic pattern searches), item rules inside tuples, enumerations by their code (kampungkb's
own vocabularies), the workshop's ``kind`` tag as a ``Literal``, and the cross-field and
cross-record rules in ``model_validator(mode="after")`` (written once for both libraries in
``_rules.py``). The rules of a person's name read kampungkb's degree table (reference data):
the validator runs kampungkb's own rule function on the pydantic object.

What pydantic cannot express, or expresses differently:

- A model validator reports its problems as one error located at the model, not one per
  field; it runs only when the model's fields are valid (as kampungkb's invariants do).
- Loading from a dict, enumerations, tuples, dates and date-times need lax mode
  (``Strict(False)``), since strict mode wants Python objects there. Lax tuples also take
  sets, frozensets and deques. Lax dates and date-times also take numbers and bytes — a
  ``BeforeValidator`` refuses those — and a date-time parses from more forms than kampungkb
  reads: a bare date, no seconds, a space for ``T``, a lowercase ``t`` or ``z``; a date field
  takes a date-time at midnight.
- Duplicate keys in JSON text: the last one wins; kampungkb refuses the document.
- A region code is a string matching the pattern of valid codes; kampungkb's ``RegionCode``
  value type also normalises the compact form and knows its level (the rules count digits).
- A legal reference or instrument given as a citation string ("UU 52/2009"): kampungkb parses
  it with its citation parser and registry; these models take objects only.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from _rules import (
    EARLIEST_LAUNCH,
    NAME,
    NON_BLANK,
    PARTIAL_DATE,
    PERSON_NAME,
    TEXT,
    URL,
    checked,
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
    region_code_pattern,
    regulation,
    venue,
)
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, StringConstraints, model_validator

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
    return f"^(?:{pattern})$"  # pydantic's (Rust) patterns search; anchor them: a whole-string match


def _text_only(value: Any) -> Any:
    if type(value) is not str and not isinstance(value, dt.date):
        raise ValueError(f"expected an ISO 8601 string, found {type(value).__name__}")
    return value


def Text(max_length: int | None, pattern: str | None = NON_BLANK, min_length: int = 1) -> Any:
    """A string with kampungkb's length and pattern rules."""
    whole = None if pattern is None else _whole(pattern)
    return Annotated[str, StringConstraints(min_length=min_length, max_length=max_length, pattern=whole)]


Count = Annotated[int, Field(ge=0)]
Date = Annotated[dt.date, Strict(False), BeforeValidator(_text_only)]
DateTime = Annotated[dt.datetime, Strict(False), BeforeValidator(_text_only)]
RegionCode = Annotated[str, StringConstraints(pattern=_whole(region_code_pattern()))]
PartialDate = Annotated[str, StringConstraints(pattern=_whole(PARTIAL_DATE))]


def Code(enum: type) -> Any:
    """An enumeration loaded from its code."""
    return Annotated[enum, Strict(False)]


def Items(item: Any) -> Any:
    """A tuple loaded from a list."""
    return Annotated[tuple[item, ...], Strict(False)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Location(_Model):
    code: RegionCode
    dusun: Text(100, NAME, 0) | None = None
    rw: Text(50, NAME, 0) | None = None
    rt: Text(50, NAME, 0) | None = None
    latitude: Annotated[float, Field(ge=-90.0, le=90.0, allow_inf_nan=False)] | None = None
    longitude: Annotated[float, Field(ge=-180.0, le=180.0, allow_inf_nan=False)] | None = None

    check_rules = model_validator(mode="after")(checked(location))


class SelectionCriteria(_Model):
    portal: Items(Code(PortalCriterion)) = ()
    main: Items(Code(MainCriterion)) = ()
    area: Items(Code(AreaCriterion)) = ()
    special: Items(Code(SpecialCriterion)) = ()

    check_rules = model_validator(mode="after")(checked(criteria))


class KampungKB(_Model):
    id: Annotated[int, Field(ge=1)] | None = None
    name: Text(255)
    location: Location
    launch_date: Annotated[Date, Field(ge=EARLIEST_LAUNCH)]
    coverage: Code(CoverageLevel) | None = None
    criteria: SelectionCriteria = SelectionCriteria()
    active: bool = True
    model_for_regency: bool = False
    model_for_province: bool = False
    description: Text(None) | None = None
    photo: Text(2048, None) | None = None
    structure_photo: Text(2048, None) | None = None

    check_rules = model_validator(mode="after")(checked(kampung))


class PersonName(_Model):
    name: Text(200, PERSON_NAME, 0)
    honorific: Code(Honorific) | None = None
    degrees_before: Annotated[Items(str), Field(max_length=10)] = ()
    degrees_after: Annotated[Items(str), Field(max_length=10)] = ()
    unrecognized_degrees: Annotated[Items(str), Field(max_length=20)] = ()
    original: Text(1000, TEXT, 0) | None = None

    check_rules = model_validator(mode="after")(checked(person_name))


class PokjaMember(_Model):
    name: PersonName
    position: Code(PokjaPosition)
    section: Code(FamilyFunction) | None = None

    check_rules = model_validator(mode="after")(checked(pokja_member))


class PokjaDecree(_Model):
    number: Text(255) | None = None
    date: Date | None = None
    issuer: Text(255) = "Kepala Desa/Lurah"


class Pokja(_Model):
    exists: bool
    decree: PokjaDecree | None = None
    trained: bool = False
    training_description: Text(255) | None = None
    member_count: Count = 0
    trained_count: Count = 0
    members: Items(PokjaMember) = ()

    check_rules = model_validator(mode="after")(checked(pokja))


class ReportPeriod(_Model):
    month: Annotated[int, Field(ge=1, le=12)]
    year: Annotated[int, Field(ge=1, le=9999)]


class PoktanPresence(_Model):
    poktan: Code(Poktan)
    present: bool


class PlkbSupport(_Model):
    accompanied: bool
    nip: Text(255) | None = None
    name: Text(255)
    contact: Text(255)
    supervisor: Code(PlkbSupervisorKind) | None = None
    supervisor_other: Text(255) | None = None

    check_rules = model_validator(mode="after")(checked(plkb))


class Regulation(_Model):
    present: bool
    levels: Items(Code(RegulationLevel)) = ()

    check_rules = model_validator(mode="after")(checked(regulation))


class CommunityPlan(_Model):
    has_plan: bool
    uses_data: bool | None = None
    data_uses: Items(Code(DataUse)) = ()
    document: Text(2048, None) | None = None

    check_rules = model_validator(mode="after")(checked(community_plan))


class OperationalRoutine(_Model):
    mechanism: Code(OperationalMechanism)
    performed: bool
    frequency: Code(Frequency) | None = None
    frequency_other: Text(255) | None = None

    check_rules = model_validator(mode="after")(checked(operational_routine))


class ProfileReport(_Model):
    period: ReportPeriod
    created: DateTime
    poktan: Items(PoktanPresence)
    pokja: Pokja
    plkb: PlkbSupport
    regulation: Regulation
    community_plan: CommunityPlan
    funding_sources: Items(Code(FundingSource)) = ()
    operations: Items(OperationalRoutine)

    check_rules = model_validator(mode="after")(checked(profile))


class AgeSexCount(_Model):
    age_band: Code(AgeBand)
    sex: Code(Sex)
    count: Count


class FamilyTotal(_Model):
    kind: Code(FamilyCount)
    count: Count


class PopulationReport(_Model):
    period: ReportPeriod
    created: DateTime
    age_sex_counts: Items(AgeSexCount)
    family_counts: Items(FamilyTotal)

    check_rules = model_validator(mode="after")(checked(population))


class PoktanParticipation(_Model):
    poktan: Code(Poktan)
    count: Count


class ContraceptiveUsers(_Model):
    method: Code(ContraceptiveMethod)
    count: Count


class NonUsers(_Model):
    reason: Code(NonUseReason)
    count: Count


class FamilyPlanningReport(_Model):
    period: ReportPeriod
    created: DateTime
    poktan_participation: Items(PoktanParticipation)
    contraceptive_users: Items(ContraceptiveUsers)
    non_users: Items(NonUsers)
    bpjs_users: Count

    check_rules = model_validator(mode="after")(checked(family_planning))


class KampungHistory(_Model):
    kampung: KampungKB
    profile_reports: Items(ProfileReport) = ()
    population_reports: Items(PopulationReport) = ()
    kkbpk_reports: Items(FamilyPlanningReport) = ()

    check_rules = model_validator(mode="after")(checked(history))


# -- the seed's workshop (kampungkb.events.Workshop) -----------------------------------


class DateRange(_Model):
    start: Date
    end: Date

    check_rules = model_validator(mode="after")(checked(date_range))


class Venue(_Model):
    name: Text(300, TEXT, 0) | None = None
    address: Text(500, TEXT, 0) | None = None
    region: RegionCode | None = None
    mode: Code(VenueMode) | None = None
    platform: Text(100, TEXT, 0) | None = None
    link: Text(2000, URL, 0) | None = None

    check_rules = model_validator(mode="after")(checked(venue))


class Organization(_Model):
    name: Text(300, TEXT, 0)
    acronym: Text(40, TEXT, 0) | None = None
    kind: Code(OrganizationKind)
    region: RegionCode | None = None

    check_rules = model_validator(mode="after")(checked(organization))


class Official(_Model):
    name: PersonName | None = None
    position: Code(Position)
    position_as_written: Text(200, TEXT, 0) | None = None
    position_level: Code(WorkLevel) | None = None
    acting: Code(ActingForm) | None = None
    organization: Organization | None = None
    jurisdiction: Text(200, TEXT, 0) | None = None
    region: RegionCode | None = None
    term_start: PartialDate | None = None
    term_end: PartialDate | None = None
    on_behalf_of: Official | Organization | None = None

    check_rules = model_validator(mode="after")(checked(official))


class Attendee(_Model):
    official: Official | None = None
    organization: Organization | None = None
    position: Code(Position) | None = None

    check_rules = model_validator(mode="after")(checked(party))


class Speaker(Attendee):
    topic: Text(500, TEXT, 0) | None = None


class ParticipantGroup(_Model):
    role: Text(200, None)
    count: Count | None = None
    description: Text(1000, None, 0) | None = None
    position: Code(Position) | None = None
    qualifier: Code(CountQualifier) = CountQualifier.EXACT

    check_rules = model_validator(mode="after")(checked(participant_group))


class Participants(_Model):
    groups: Annotated[Items(ParticipantGroup), Field(max_length=100)]
    total: Count | None = None
    qualifier: Code(CountQualifier) = CountQualifier.EXACT

    check_rules = model_validator(mode="after")(checked(participants))


class StatedCount(_Model):
    value: Annotated[int, Field(ge=0, le=1_000_000_000)]
    qualifier: Code(CountQualifier) = CountQualifier.EXACT


class ServiceDelivery(_Model):
    service: Text(200, TEXT, 0)
    method: Code(ContraceptiveMethod) | None = None
    count: StatedCount | None = None


class Gazette(_Model):
    kind: Code(GazetteKind)
    year: Annotated[int, Field(ge=1945, le=2999)]
    number: Annotated[int, Field(ge=1, le=999_999)]
    supplement: Annotated[int, Field(ge=1, le=999_999)] | None = None

    check_rules = model_validator(mode="after")(checked(gazette))


class InstrumentRef(_Model):
    type: Code(InstrumentType)
    number: Text(200, NUMBER_PATTERN, 0) | None
    year: Annotated[int, Field(ge=1945, le=2999)]
    issuer: Text(500, ISSUER_PATTERN, 0) | None = None

    check_rules = model_validator(mode="after")(checked(instrument_ref))


class LegalInstrument(_Model):
    type: Code(InstrumentType)
    number: Text(200, NUMBER_PATTERN, 0) | None
    year: Annotated[int, Field(ge=1945, le=2999)]
    title: Text(MAX_TITLE_LENGTH, TITLE_PATTERN, 0) | None = None
    title_as_written: bool = False
    issuer: Text(500, ISSUER_PATTERN, 0) | None = None
    enacted: Date | None = None
    promulgated: Date | None = None
    gazette: Gazette | None = None
    amends: Annotated[Items(InstrumentRef), Field(max_length=50)] = ()
    revokes: Annotated[Items(InstrumentRef), Field(max_length=50)] = ()
    sources: Annotated[Items(Text(None, URL, 0)), Field(max_length=50)] = ()
    confidence: Code(Confidence) | None = None

    check_rules = model_validator(mode="after")(checked(legal_instrument))


class LegalReference(_Model):
    instrument: LegalInstrument
    provision: Text(200, TEXT, 0) | None = None


class Workshop(_Model):
    kind: Literal["lokakarya"]
    title: Text(500, TEXT, 0)
    level: Code(EventLevel)
    dates: DateRange
    venue: Venue | None = None
    host_region: RegionCode | None = None
    organizer: Organization | None = None
    co_organizers: Annotated[Items(Organization), Field(max_length=20)] = ()
    opened_by: Official | None = None
    attendees: Annotated[Items(Attendee), Field(max_length=100)] = ()
    speakers: Annotated[Items(Speaker), Field(max_length=100)] = ()
    participants: Participants | None = None
    purpose: Text(2000, TEXT, 0) | None = None
    objectives: Annotated[Items(Text(2000, TEXT, 0)), Field(max_length=20)] = ()
    funding_sources: Annotated[Items(Code(FundingSource)), Field(max_length=10)] = ()
    programme: Code(Programme) | None = None
    legal_basis: Annotated[Items(LegalReference), Field(max_length=50)] = ()
    kampung_ids: Annotated[Items(Annotated[int, Field(ge=1)]), Field(max_length=1000)] = ()
    sources: Annotated[Items(Text(2000, URL, 0)), Field(max_length=20)] = ()
    reported_on: PartialDate | None = None
    source_kind: Code(SourceKind) | None = None
    services: Annotated[Items(ServiceDelivery), Field(max_length=100)] = ()

    check_rules = model_validator(mode="after")(checked(event))
