"""Programme events: the kinds as a tagged union, the shared fields, and every cross-field rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import DateRange, PartialDate
from kampungkb.errors import ValidationError
from kampungkb.events import (
    Appreciation,
    Attendee,
    Coaching,
    CoordinationMeeting,
    Event,
    EventKind,
    EventLevel,
    Facilitation,
    Inauguration,
    Launch,
    LegalReference,
    MiniWorkshop,
    MonitoringVisit,
    Orientation,
    Socialization,
    Speaker,
    Training,
    Venue,
    Workshop,
    event_class,
)
from kampungkb.examples import pasuruan_city_workshop_2020
from kampungkb.people import Official, Organization, OrganizationKind, PersonName, Position
from kampungkb.regions import RegionCode, RegionLevel
from kampungkb.testing.strategies import attendees, events, legal_references, speakers, venues, workshops

KINDS = {
    Workshop: "lokakarya",
    MiniWorkshop: "lokakarya_mini",
    Launch: "pencanangan",
    CoordinationMeeting: "rakor",
    Socialization: "sosialisasi",
    Appreciation: "apresiasi",
    Training: "pelatihan",
    Orientation: "orientasi",
    Facilitation: "fasilitasi",
    Coaching: "pembinaan",
    MonitoringVisit: "monev",
    Inauguration: "peresmian",
}
PASURUAN = RegionCode("35.75")


def _document(**changes: Any) -> dict[str, Any]:
    """The shipped example as a dict, with some keys changed."""
    document: dict[str, Any] = to_dict(pasuruan_city_workshop_2020())
    document.update(changes)
    return document


def _errors(call: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(item.path, item.code) for item in caught.value.errors]


def _official(position: Position, **where: Any) -> Official:
    return Official(name=PersonName("Sadewi"), position=position, **where)


def _minimal(cls: type[Any] = Workshop, **fields: Any) -> Any:
    values: dict[str, Any] = {
        "title": "Rapat Koordinasi Kampung KB",
        "level": EventLevel.REGENCY,
        "dates": DateRange(dt.date(2018, 10, 18), dt.date(2018, 10, 18)),
        "host_region": RegionCode("36.02"),
    }
    values.update(fields)
    return cls(**values)


# -- the tagged union -------------------------------------------------------


@given(events())
def test_any_event_round_trips_through_the_union_with_its_tag_first(event: Event) -> None:
    """Any valid event survives dict and JSON round trips through Event, keeping its class; its kind code
    is the first key."""
    document = to_dict(event)
    assert next(iter(document)) == "kind"
    assert document["kind"] == KINDS[type(event)] == event.kind.code
    assert from_dict(document, Event) == event  # type: ignore[arg-type]
    loaded = from_json(to_json(event), Event)  # type: ignore[arg-type]
    assert loaded == event
    assert type(loaded) is type(event)


@pytest.mark.parametrize(("cls", "code"), KINDS.items(), ids=lambda value: getattr(value, "__name__", value))
def test_each_kind_has_its_class_and_code(cls: type[Any], code: str) -> None:
    """Each kind code names one class, which loads a document carrying that code."""
    assert event_class(code) is cls
    assert cls.kind is EventKind.from_code(code)
    document = to_dict(_minimal(cls))
    assert type(from_dict(document, Event)) is cls  # type: ignore[arg-type]
    assert from_dict(document, cls) == _minimal(cls)


def test_an_unknown_kind_is_an_invalid_value_at_the_kind() -> None:
    """A kind that is not one of the eight codes is rejected at $.kind."""
    assert _errors(lambda: from_dict(_document(kind="seminar"), Event)) == [("$.kind", "invalid_value")]


def test_a_document_without_a_kind_is_missing_its_tag() -> None:
    """The union cannot choose a class without the kind."""
    document = _document()
    del document["kind"]
    assert _errors(lambda: from_dict(document, Event)) == [("$.kind", "missing")]


def test_a_class_refuses_another_kinds_code() -> None:
    """Loading a workshop document as a Launch says the tag is wrong."""
    assert _errors(lambda: from_dict(_document(), Launch)) == [("$.kind", "invalid_value")]


def test_kinds_with_the_same_fields_are_not_equal() -> None:
    """A workshop and a launch with the same fields are different events."""
    assert _minimal(Workshop) != _minimal(Launch)


def test_every_kind_shares_every_field() -> None:
    """The kinds share one set of fields, declared once (a launch and an inauguration add their own after them)."""
    names = [tuple(a.name for a in attrs.fields(cls)) for cls in KINDS]
    shared = names[0]
    assert all(fields[: len(shared)] == shared for fields in names)
    assert {fields[len(shared) :] for fields in names} == {(), ("declared",), ("inaugurated",)}
    assert "participants" in shared


@pytest.mark.parametrize("cls", KINDS, ids=lambda cls: cls.__name__)
def test_every_kind_enforces_the_shared_rules(cls: type[Any]) -> None:
    """The base's rules fire for each kind, built in Python or loaded as the union."""
    assert _errors(lambda: _minimal(cls, host_region=RegionCode("35"))) == [("$.host_region", "invariant")]
    document = to_dict(_minimal(cls)) | {"host_region": "35"}
    assert _errors(lambda: from_dict(document, Event)) == [("$.host_region", "invariant")]


@pytest.mark.parametrize("bad", [3, None, [], "Lokakarya", "workshop"])
def test_event_class_of_junk_is_a_validation_error(bad: Any) -> None:
    """event_class accepts an EventKind or its code, nothing else."""
    with pytest.raises(ValidationError):
        event_class(bad)


def test_levels_mirror_region_levels() -> None:
    """Below the nation each event level is the region level with the same code."""
    for level in EventLevel:
        if level is EventLevel.NATIONAL:
            assert level.region_level is None
        else:
            assert level.region_level is RegionLevel.from_code(level.code)
    assert sorted(EventLevel, key=lambda level: level.rank) == sorted(EventLevel)


# -- the host region fits the level -----------------------------------------


@pytest.mark.parametrize(
    ("level", "code"),
    [
        (EventLevel.REGENCY, "35.75.01"),
        (EventLevel.REGENCY, "35"),
        (EventLevel.DISTRICT, "35.75"),
        (EventLevel.VILLAGE, "35.75.01"),
        (EventLevel.PROVINCE, "35.75"),
        (EventLevel.NATIONAL, "35"),
    ],
)
def test_a_host_region_at_another_level_is_rejected(level: EventLevel, code: str) -> None:
    """A city-level event is hosted in a kota/kabupaten code, and so on; a national one in none."""
    assert _errors(lambda: _minimal(level=level, host_region=RegionCode(code), opened_by=None)) == [
        ("$.host_region", "invariant")
    ]


def test_a_subnational_event_needs_a_host_region() -> None:
    """Without a host region the level of a city-level event could not be checked."""
    assert _errors(lambda: _minimal(host_region=None)) == [("$.host_region", "invariant")]


def test_the_same_host_rule_fires_from_json() -> None:
    """Loading the example with a kecamatan as host reports the same located error."""
    assert _errors(lambda: from_dict(_document(host_region="35.75.01"), Event)) == [("$.host_region", "invariant")]


@given(st.sampled_from(EventLevel).flatmap(lambda level: st.tuples(st.just(level), workshops(level=st.just(level)))))
def test_generated_events_fit_the_level_asked_for(drawn: tuple[EventLevel, Workshop]) -> None:
    """Narrowed to a level, the strategy keeps it; hosting the event one level up (or, for a national event, in
    a province) is rejected at $.host_region."""
    level, event = drawn
    assert event.level is level
    moved = RegionCode("35") if event.host_region is None else event.host_region.parent
    assert ("$.host_region", "invariant") in _errors(lambda: attrs.evolve(event, host_region=moved))


# -- the opener's position fits the level -----------------------------------


@pytest.mark.parametrize(
    ("level", "opener"),
    [
        (EventLevel.REGENCY, _official(Position.DISTRICT_HEAD)),
        (EventLevel.PROVINCE, _official(Position.MAYOR)),
        (EventLevel.DISTRICT, _official(Position.URBAN_VILLAGE_HEAD)),
        (EventLevel.NATIONAL, _official(Position.GOVERNOR)),
        (EventLevel.PROVINCE, _official(Position.HEAD_OF_AGENCY, jurisdiction="Pasuruan", region=PASURUAN)),
        (
            EventLevel.PROVINCE,
            _official(
                Position.HEAD_OF_AGENCY,
                organization=Organization(name="Dinas KB", kind=OrganizationKind.REGIONAL_AGENCY, region=PASURUAN),
            ),
        ),
    ],
    ids=[
        "camat-opens-city",
        "mayor-opens-province",
        "lurah-opens-district",
        "governor-opens-nation",
        "city-agency-opens-province",
        "city-organization-opens-province",
    ],
)
def test_an_opener_below_the_level_is_rejected(level: EventLevel, opener: Official) -> None:
    """An event is opened by an official of its level or above, located at $.opened_by."""
    host = (
        None
        if level.region_level is None
        else {
            RegionLevel.PROVINCE: RegionCode("35"),
            RegionLevel.REGENCY: PASURUAN,
            RegionLevel.DISTRICT: RegionCode("35.75.01"),
            RegionLevel.VILLAGE: RegionCode("35.75.01.1001"),
        }[level.region_level]
    )
    assert _errors(lambda: _minimal(level=level, host_region=host, opened_by=opener)) == [("$.opened_by", "invariant")]


@pytest.mark.parametrize(
    ("level", "host", "opener"),
    [
        # Sekda Kabupaten Lebak opened the 2018 rakor (E5).
        (EventLevel.REGENCY, "36.02", _official(Position.REGIONAL_SECRETARY)),
        # Camat Pituruh declared two Kampung KB (pencanangan, Kab. Purworejo, 2018).
        (EventLevel.DISTRICT, "33.06.01", _official(Position.DISTRICT_HEAD)),
        # The Kepala BKKBN declared a village's Kampung KB (Katingan, 2016).
        (EventLevel.VILLAGE, "62.06.01.2001", _official(Position.HEAD_OF_BKKBN)),
        # A Kepala Perwakilan BKKBN opened a provincial workshop (Jawa Barat, 2025).
        (EventLevel.PROVINCE, "32", _official(Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE)),
        # The Kepala BKKBN's national events.
        (EventLevel.NATIONAL, None, _official(Position.MINISTER_HEAD_OF_BKKBN)),
    ],
)
def test_openers_at_or_above_the_level_are_accepted(level: EventLevel, host: str | None, opener: Official) -> None:
    """Real openers from the notes fit the levels of their events, built in Python or loaded from JSON."""
    event = _minimal(level=level, host_region=None if host is None else RegionCode(host), opened_by=opener)
    assert from_dict(to_dict(event), Event) == event  # type: ignore[arg-type]


def test_the_example_opened_by_a_camat_is_rejected_from_json() -> None:
    """The Pasuruan workshop opened by a Camat fails the same way from JSON as from Python."""
    camat = to_dict(_official(Position.DISTRICT_HEAD))
    assert _errors(lambda: from_dict(_document(opened_by=camat), Event)) == [("$.opened_by", "invariant")]


# -- the dates are not after the report --------------------------------------


def test_an_event_starting_after_its_report_is_rejected() -> None:
    """A record cannot report an event that had not begun: located at $.dates.start."""
    assert _errors(lambda: _minimal(reported_on=PartialDate(2018, 10, 17))) == [("$.dates.start", "invariant")]


def test_a_report_on_the_first_day_of_a_two_day_event_is_accepted() -> None:
    """The city reported the workshop on its first day, while it continued the next."""
    workshop = pasuruan_city_workshop_2020()
    assert to_dict(workshop)["reported_on"] is None
    reported = from_dict(_document(reported_on="2020-12-28"), Workshop)
    assert reported.reported_on == PartialDate(2020, 12, 28)
    assert _errors(lambda: from_dict(_document(reported_on="2020-12-27"), Workshop)) == [("$.dates.start", "invariant")]


# -- speakers and attendees --------------------------------------------------


def test_a_speaker_is_an_official_or_an_organization_not_both() -> None:
    """Exactly one of official and organization; both is an error at $.organization."""
    example = pasuruan_city_workshop_2020()
    official, organization = example.speakers[3].official, example.speakers[2].organization
    assert _errors(lambda: Speaker(official=official, organization=organization)) == [("$.organization", "invariant")]
    assert _errors(Speaker) == [("$", "invariant")]
    assert _errors(lambda: Attendee(official=official, position=Position.MAYOR)) == [("$.position", "invariant")]


def test_the_speaker_rule_is_located_inside_the_event() -> None:
    """A bad speaker in a document is reported under its index."""
    document = _document()
    document["speakers"][1] = {"official": None, "organization": None, "position": "mayor", "topic": None}
    assert _errors(lambda: from_dict(document, Event)) == [("$.speakers[1].position", "invariant")]


def test_an_agency_with_no_person_is_a_speaker() -> None:
    """The seed lists Dinas Kesehatan Kota Pasuruan as a speaker without naming anyone."""
    (health,) = [s for s in pasuruan_city_workshop_2020().speakers if s.official is None and s.position is None]
    assert health.label == "Dinas Kesehatan Kota Pasuruan"


@pytest.mark.parametrize(
    ("position", "organization", "title"),
    [
        (
            Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE,
            "Perwakilan BKKBN Provinsi Jawa Timur",
            "Kepala Perwakilan BKKBN Provinsi Jawa Timur",
        ),
        (Position.HEAD_OF_REGIONAL_AGENCY, "Bapelitbangda Kota Pasuruan", "Kepala Bapelitbangda Kota Pasuruan"),
        (Position.HEAD_OF_AGENCY, "Dinas Kesehatan Kota Pasuruan", "Kepala Dinas Kesehatan Kota Pasuruan"),
        (Position.HEAD_OF_DIVISION, "DP2KBP3A Kabupaten Lebak", "Kepala Bidang DP2KBP3A Kabupaten Lebak"),
    ],
)
def test_an_unnamed_position_holder_is_titled_as_the_reports_write_it(
    position: Position, organization: str, title: str
) -> None:
    """The position and the organization are joined without repeating the words they share."""
    agency = Organization(name=organization, kind=OrganizationKind.REGIONAL_AGENCY)
    assert Speaker(organization=agency, position=position).label == title


@given(speakers())
def test_speakers_round_trip(speaker: Speaker) -> None:
    """Any valid speaker survives the JSON round trip."""
    assert from_json(to_json(speaker), Speaker) == speaker


@given(attendees())
def test_attendees_round_trip(attendee: Attendee) -> None:
    """Any valid attendee survives the JSON round trip."""
    assert from_json(to_json(attendee), Attendee) == attendee


@given(venues())
def test_venues_round_trip(venue: Venue) -> None:
    """Any valid venue survives the JSON round trip."""
    assert from_json(to_json(venue), Venue) == venue


# -- legal basis -------------------------------------------------------------


@given(legal_references())
def test_legal_references_round_trip(reference: LegalReference) -> None:
    """Any valid reference survives the JSON round trip."""
    assert from_json(to_json(reference), LegalReference) == reference


@pytest.mark.parametrize(
    ("text", "provision"),
    [
        ("UU 52/2009", None),
        ("Undang-Undang Nomor 23 Tahun 2014", None),
        ("Pasal 1 angka 10 UU 52 Tahun 2009", "Pasal 1 angka 10"),
    ],
)
def test_a_citation_string_is_accepted_as_a_legal_reference(text: str, provision: str | None) -> None:
    """On input, a legal-basis entry may be a citation, read with the registry's facts."""
    document = _document(legal_basis=[text])
    loaded = from_dict(document, Workshop)
    assert loaded.legal_basis[0].provision == provision
    assert loaded.legal_basis[0].instrument.title is not None


def test_a_citation_that_does_not_parse_is_located() -> None:
    """A string that is not a citation is reported at its index in legal_basis."""
    errors = _errors(lambda: from_dict(_document(legal_basis=["UU 52/2009", "dasar hukum"]), Workshop))
    assert {path for path, _ in errors} == {"$.legal_basis[1]"}


# -- field rules of the shared fields ----------------------------------------


@pytest.mark.parametrize(
    ("changes", "path", "code"),
    [
        ({"title": ""}, "$.title", "constraint"),
        ({"title": "  Lokakarya"}, "$.title", "constraint"),
        ({"level": "kota"}, "$.level", "invalid_value"),
        ({"dates": {"start": "2020-12-29", "end": "2020-12-28"}}, "$.dates.end", "invariant"),
        ({"dates": "28-29 Desember 2020"}, "$.dates", "type"),
        ({"funding_sources": ["bokb"]}, "$.funding_sources[0]", "invalid_value"),
        ({"programme": "kb"}, "$.programme", "invalid_value"),
        ({"objectives": ["", "Memperkuat koordinasi"]}, "$.objectives[0]", "constraint"),
        ({"sources": ["pasuruankota.go.id/2020/12/28"]}, "$.sources[0]", "constraint"),
        ({"kampung_ids": [9574, 0]}, "$.kampung_ids[1]", "constraint"),
        ({"kampung_ids": [True]}, "$.kampung_ids[0]", "type"),
        ({"reported_on": "28/12/2020"}, "$.reported_on", "invalid_value"),
        (
            {"participants": {"groups": [{"role": "Camat", "count": 4}], "total": 5}},
            "$.participants.total",
            "invariant",
        ),
        ({"venue": {"name": "Hotel Transit", "region": "35.70"}}, "$.venue.region", "component"),
        ({"tempat": "Hotel Transit"}, "$.tempat", "extra_key"),
    ],
)
def test_each_broken_rule_is_located(changes: dict[str, Any], path: str, code: str) -> None:
    """Each broken field rule in a document is reported at its path with its code."""
    assert (path, code) in _errors(lambda: from_dict(_document(**changes), Event))


def test_every_problem_is_reported_at_once() -> None:
    """Several broken fields are all reported together, in field order."""
    errors = _errors(lambda: from_dict(_document(title="", level="kota", programme=3), Event))
    assert errors == [("$.title", "constraint"), ("$.level", "invalid_value"), ("$.programme", "type")]


@pytest.mark.parametrize("junk", [None, 3, "lokakarya", [], b"{}", {"kind": 1}])
def test_junk_is_a_validation_error(junk: Any) -> None:
    """Anything that is not an event document is a ValidationError, never a crash."""
    with pytest.raises(ValidationError):
        from_dict(junk, Event)
