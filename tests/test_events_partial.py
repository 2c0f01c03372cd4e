"""Events as sources describe them: participants without counts or with qualified counts, online and
hybrid venues, services delivered, what a launch declared, the source's kind and date, the new kinds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import DateRange, PartialDate
from kampungkb.errors import ValidationError
from kampungkb.events import (
    Coaching,
    DeclaredKampung,
    DistrictCount,
    Event,
    EventLevel,
    Facilitation,
    Inauguration,
    KampungDeclaration,
    Launch,
    MonitoringVisit,
    ParticipantGroup,
    Participants,
    ServiceDelivery,
    SourceKind,
    Venue,
    VenueMode,
    Workshop,
    participants_by_role,
    summary_en,
    summary_id,
)
from kampungkb.kampung import ContraceptiveMethod, Count, CountQualifier
from kampungkb.regions import RegionCode
from kampungkb.testing.strategies import (
    declared_kampungs,
    district_counts,
    events,
    kampung_declarations,
    participants,
    service_deliveries,
    venues,
)

AT_LEAST, AT_MOST, ABOUT = CountQualifier.AT_LEAST, CountQualifier.AT_MOST, CountQualifier.ABOUT


def _errors(call: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(item.path, item.code) for item in caught.value.errors]


def _event(cls: type[Any] = Workshop, **fields: Any) -> Any:
    values: dict[str, Any] = {
        "title": "Rapat Koordinasi Kampung KB",
        "level": EventLevel.REGENCY,
        "dates": DateRange(dt.date(2018, 10, 18), dt.date(2018, 10, 18)),
        "host_region": RegionCode("36.02"),
    }
    values.update(fields)
    return cls(**values)


# -- round trips of every new part ------------------------------------------------------------------

ROUND_TRIPS = [
    (participants(), Participants),
    (venues(), Venue),
    (service_deliveries(), ServiceDelivery),
    (declared_kampungs(), DeclaredKampung),
    (district_counts(), DistrictCount),
    (kampung_declarations(), KampungDeclaration),
]


@pytest.mark.parametrize(("strategy", "cls"), ROUND_TRIPS, ids=lambda value: getattr(value, "__name__", ""))
def test_each_new_part_round_trips(strategy: st.SearchStrategy[Any], cls: type[Any]) -> None:
    """Any valid value of each part survives dict and JSON round trips."""

    @given(strategy)
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), cls) == value
        assert from_json(to_json(value), cls) == value

    check()


@given(events())
def test_any_event_of_any_kind_round_trips(event: Event) -> None:
    """Every kind, with every new field drawn, survives the union's round trip keeping its class."""
    loaded = from_json(to_json(event), Event)  # type: ignore[arg-type]
    assert loaded == event
    assert type(loaded) is type(event)


# -- participants ------------------------------------------------------------------------------------


def test_groups_named_without_numbers_and_no_total_are_recorded() -> None:
    """An invitation names who is invited, with no number: recorded as it stands."""
    value = Participants((ParticipantGroup("Camat"), ParticipantGroup("Kepala Desa")))
    assert value.total is None
    assert [group.stated_count for group in value.groups] == [None, None]


def test_a_total_with_some_groups_counted_is_checked_as_far_as_the_numbers_go() -> None:
    """Counted groups may not exceed the total; uncounted ones take up the rest."""
    groups = (ParticipantGroup("Kader", 40), ParticipantGroup("Tokoh masyarakat"))
    assert Participants(groups, total=60).total == 60
    assert _errors(lambda: Participants(groups, total=30)) == [("$.total", "invariant")]


def test_an_at_least_group_never_fits_a_smaller_total() -> None:
    """ "Lebih dari 100 kader" in a total of 80 is refused; in "sekitar 80" it is not checked."""
    groups = (ParticipantGroup("Kader", 100, qualifier=AT_LEAST),)
    assert _errors(lambda: Participants(groups, total=80)) == [("$.total", "invariant")]
    assert Participants(groups, total=80, qualifier=ABOUT).stated_total == Count(80, ABOUT)


def test_a_qualifier_without_a_number_is_refused_at_the_qualifier() -> None:
    """A qualifier qualifies a number; alone it is refused at its own path."""
    assert _errors(lambda: ParticipantGroup("Camat", qualifier=AT_MOST)) == [("$.qualifier", "invariant")]
    assert _errors(lambda: Participants((ParticipantGroup("Camat"),), qualifier=AT_LEAST)) == [
        ("$.qualifier", "invariant")
    ]
    assert _errors(lambda: Participants(())) == [("$", "invariant")]


def test_shares_need_exact_numbers() -> None:
    """participants_by_role refuses a breakdown without exact numbers, saying where."""
    assert _errors(lambda: participants_by_role(Participants((ParticipantGroup("Camat"),)))) == [
        ("$.total", "invalid_value")
    ]
    qualified = Participants((ParticipantGroup("Camat", 4, qualifier=AT_LEAST),), total=10)
    assert _errors(lambda: participants_by_role(qualified)) == [("$.groups[0].count", "invalid_value")]


def test_summaries_write_qualified_counts_and_uncounted_groups() -> None:
    """The summaries say "lebih dari 50" / "at least 50" and list groups without numbers by name."""
    event = _event(
        participants=Participants(
            (ParticipantGroup("Kader", 40), ParticipantGroup("PKB")), total=50, qualifier=AT_LEAST
        )
    )
    assert "diikuti lebih dari 50 peserta yang terdiri atas 40 Kader dan PKB" in summary_id(event)
    assert "It had at least 50 participants: 40 Kader and PKB" in summary_en(event)
    invited = _event(participants=Participants((ParticipantGroup("Camat"), ParticipantGroup("Lurah"))))
    assert "Peserta kegiatan ini: Camat dan Lurah." in summary_id(invited)


# -- venues -----------------------------------------------------------------------------------------


def test_an_online_venue_needs_no_address() -> None:
    """A Zoom meeting is a venue: a platform and a link, no address."""
    venue = Venue(mode=VenueMode.ONLINE, platform="Zoom Meeting", link="https://zoom.us/j/123")
    assert venue.label == "Zoom Meeting"
    assert "Zoom Meeting" in summary_id(_event(venue=venue))


VENUE_BREAKS = [
    ({}, "$"),
    ({"mode": VenueMode.ONLINE, "name": "Aula", "address": "Jl. Permata 1"}, "$.address"),
    ({"mode": VenueMode.IN_PERSON, "name": "Aula", "platform": "Zoom"}, "$.platform"),
    ({"mode": VenueMode.IN_PERSON, "name": "Aula", "link": "https://zoom.us/j/1"}, "$.link"),
]


@pytest.mark.parametrize(("fields", "path"), VENUE_BREAKS)
def test_each_venue_rule_is_located(fields: dict[str, Any], path: str) -> None:
    """Nothing named; an address online; a platform or link in person: each refused at its path."""
    assert _errors(lambda: Venue(**fields)) == [(path, "invariant")]


# -- services ---------------------------------------------------------------------------------------


def test_services_by_method_are_recorded_and_a_repeat_is_refused() -> None:
    """KB services by method with counts; the same service and method twice is refused at the second."""
    rows = (
        ServiceDelivery(service="Pelayanan KB", method=ContraceptiveMethod.TUBECTOMY, count=Count(4)),
        ServiceDelivery(service="Pelayanan KB", method=ContraceptiveMethod.IMPLANT, count=Count(5)),
    )
    assert [row.label for row in _event(services=rows).services] == ["Pelayanan KB MOW: 4", "Pelayanan KB Implan: 5"]
    assert _errors(lambda: _event(services=(*rows, rows[0]))) == [("$.services[2]", "invariant")]


# -- the source's kind and date -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [kind for kind in SourceKind if kind.precedes_event])
def test_an_invitation_precedes_its_event(kind: SourceKind) -> None:
    """An invitation or TOR may be dated before the event, not after its start."""
    before = _event(source_kind=kind, reported_on=PartialDate(2018, 10, 11))
    assert before.reported_on == PartialDate(2018, 10, 11)
    assert _errors(lambda: _event(source_kind=kind, reported_on=PartialDate(2018, 10, 19))) == [
        ("$.reported_on", "invariant")
    ]


@pytest.mark.parametrize("kind", [None, *(kind for kind in SourceKind if not kind.precedes_event)])
def test_a_report_follows_its_event(kind: SourceKind | None) -> None:
    """A report (or a source of unstated kind) must not come before the event starts."""
    assert _event(source_kind=kind, reported_on=PartialDate(2018, 10)).reported_on == PartialDate(2018, 10)
    assert _errors(lambda: _event(source_kind=kind, reported_on=PartialDate(2018, 10, 17))) == [
        ("$.dates.start", "invariant")
    ]


# -- what a launch declared ---------------------------------------------------------------------------


def test_counts_per_district_must_add_up_to_the_total() -> None:
    """Counts per kecamatan add up to the total; when fewer kecamatan are counted than stated, to at most it."""
    by_district = (DistrictCount(district="Bolaang", count=Count(2)), DistrictCount(district="Lolak", count=Count(1)))
    assert KampungDeclaration(by_district=by_district, total=Count(3)).total == Count(3)
    assert _errors(lambda: KampungDeclaration(by_district=by_district, total=Count(13))) == [("$.total", "invariant")]
    assert KampungDeclaration(by_district=by_district, total=Count(13), districts=12).districts == 12


DECLARATION_BREAKS = [
    (KampungDeclaration, "$"),
    (lambda: DeclaredKampung(district="Pituruh"), "$"),
    (lambda: DeclaredKampung(village="Pepe", region=RegionCode("33.06.01")), "$.region"),
    (lambda: DistrictCount(count=Count(2)), "$"),
    (lambda: DistrictCount(region=RegionCode("33.06"), count=Count(2)), "$.region"),
    (
        lambda: KampungDeclaration(
            by_district=(DistrictCount(district="Pituruh", count=Count(1)),) * 2, total=Count(2)
        ),
        "$.by_district[1]",
    ),
    (
        lambda: KampungDeclaration(by_district=(DistrictCount(district="Pituruh", count=Count(1)),), districts=0),
        "$.districts",
    ),
    (
        lambda: KampungDeclaration(
            by_district=(DistrictCount(district="A", count=Count(1)), DistrictCount(district="B", count=Count(1))),
            districts=1,
        ),
        "$.districts",
    ),
    (
        lambda: KampungDeclaration(
            kampung=(DeclaredKampung(village="Pepe"), DeclaredKampung(village="Ngandagan")), total=Count(1)
        ),
        "$.kampung",
    ),
    (
        lambda: KampungDeclaration(
            kampung=(DeclaredKampung(village="Pepe", district="Pituruh"),) * 2,
            by_district=(DistrictCount(district="Kecamatan Pituruh", count=Count(1)),),
        ),
        "$.by_district[0].count",
    ),
]


@pytest.mark.parametrize(("build", "path"), DECLARATION_BREAKS)
def test_each_declaration_rule_is_located(build: Any, path: str) -> None:
    """Each rule of what a launch declared is refused at its own path."""
    assert [found for found, _ in _errors(build)] == [path]


def test_a_launch_carries_its_declaration_and_refuses_one_that_does_not_add_up() -> None:
    """The declaration travels with the launch; loaded from JSON, its rule is located inside the event."""
    declared = KampungDeclaration(by_district=(DistrictCount(district="Pituruh", count=Count(2)),), total=Count(2))
    launch = _event(Launch, declared=declared)
    document = to_dict(launch)
    assert from_dict(document, Event) == launch  # type: ignore[arg-type]
    document["declared"]["total"] = {"value": 3, "qualifier": "exact"}
    assert _errors(lambda: from_dict(document, Event)) == [("$.declared.total", "invariant")]


# -- the new kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "code", "label"),
    [
        (Facilitation, "fasilitasi", "Fasilitasi"),
        (Coaching, "pembinaan", "Pembinaan"),
        (MonitoringVisit, "monev", "Monitoring dan Evaluasi"),
        (Inauguration, "peresmian", "Peresmian"),
    ],
)
def test_each_new_kind_has_its_code_and_label_and_the_shared_rules(cls: type[Any], code: str, label: str) -> None:
    """Each new kind loads through the union by its code and obeys the shared rules."""
    event = _event(cls)
    assert (event.kind.code, event.kind.label) == (code, label)
    document = to_dict(event)
    assert from_dict(document, Event) == event  # type: ignore[arg-type]
    assert _errors(lambda: from_dict(document | {"host_region": "36"}, Event)) == [("$.host_region", "invariant")]


def test_an_inauguration_says_what_it_inaugurated() -> None:
    """What was inaugurated is kept as written, a label."""
    assert _event(Inauguration, inaugurated="Rumah DataKu Kampung KB").inaugurated == "Rumah DataKu Kampung KB"
    assert _errors(lambda: _event(Inauguration, inaugurated=" Rumah DataKu")) == [("$.inaugurated", "constraint")]
