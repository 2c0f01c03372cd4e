"""Participants of programme events: the breakdown by role, its total, and the rows with shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup, Participants, ParticipantShare, participants_by_role
from kampungkb.people import Position
from kampungkb.testing.strategies import participant_shares, participants

PASURUAN_GROUPS = (
    ParticipantGroup("Kepala Perangkat Daerah", 12, "anggota Pokja Kampung KB", Position.HEAD_OF_REGIONAL_AGENCY),
    ParticipantGroup("Camat", 4, position=Position.DISTRICT_HEAD),
    ParticipantGroup("Lurah", 4, position=Position.URBAN_VILLAGE_HEAD),
    ParticipantGroup("Pokja Kampung KB", 114),
    ParticipantGroup("Penyuluh KB", 21, position=Position.PKB),
)


@given(participants())
def test_participants_round_trip(value: Participants) -> None:
    """Any valid breakdown survives dict and JSON round trips unchanged."""
    assert from_dict(to_dict(value), Participants) == value
    assert from_json(to_json(value), Participants) == value


@given(participants(min_groups=1, exact=True), st.integers(min_value=0, max_value=10**6))
def test_any_total_but_the_sum_of_the_groups_is_rejected(value: Participants, stated: int) -> None:
    """Groups stating any total other than their sum are rejected at $.total, naming both numbers exactly."""
    counted = sum(group.count for group in value.groups)
    if stated == counted:
        stated += 1
    with pytest.raises(ValidationError) as caught:
        Participants(value.groups, total=stated)
    assert [(e.path, e.code, e.message) for e in caught.value.errors] == [
        ("$.total", "invariant", f"the stated total is {stated} but the groups add up to {counted}")
    ]


@given(participants(min_groups=1, exact=True), st.sampled_from((-1, 1)))
def test_a_total_off_by_one_is_rejected_naming_both_numbers(value: Participants, delta: int) -> None:
    """A stated total one more or one less than the sum is an invariant error at $.total naming both numbers."""
    stated = value.total + delta if value.total + delta >= 0 else value.total + 1
    with pytest.raises(ValidationError) as caught:
        Participants(value.groups, total=stated)
    (error,) = caught.value.errors
    assert (error.path, error.code) == ("$.total", "invariant")
    assert str(stated) in error.message
    assert str(value.total) in error.message


def test_the_pasuruan_workshop_stating_155_with_groups_summing_to_154_is_rejected() -> None:
    """A workshop whose groups sum to 154 while it states 155 is rejected naming both numbers."""
    short = (*PASURUAN_GROUPS[:-1], ParticipantGroup("Penyuluh KB", 20))
    with pytest.raises(ValidationError) as caught:
        Participants(short, total=155)
    (line,) = str(caught.value).splitlines()[1:]
    assert line == "$.total: the stated total is 155 but the groups add up to 154 [invariant]"


def test_the_same_rule_fires_from_json() -> None:
    """Loading a document whose total is off reports the same located error as building it in Python."""
    document = {"groups": [{"role": "Camat", "count": 4, "description": None}], "total": 5}
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Participants)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.total", "invariant")]


def test_a_total_without_groups_is_accepted() -> None:
    """A source giving only a head count (68 participants) is recorded with no groups."""
    assert from_dict({"groups": [], "total": 68}, Participants) == Participants((), total=68)
    assert participants_by_role(Participants((), total=68)) == ()


@pytest.mark.parametrize(
    ("document", "path", "code"),
    [
        ({"groups": [{"role": "", "count": 1}], "total": 1}, "$.groups[0].role", "constraint"),
        ({"groups": [{"role": "Camat", "count": -1}], "total": 0}, "$.groups[0].count", "constraint"),
        ({"groups": [{"role": "Camat", "count": True}], "total": 1}, "$.groups[0].count", "type"),
        (
            {"groups": [{"role": "Camat", "count": 1, "position": "camat"}], "total": 1},
            "$.groups[0].position",
            "invalid_value",
        ),
        ({"groups": [{"role": "Camat", "count": 1}], "total": 1, "jumlah": 1}, "$.jumlah", "extra_key"),
        ({"groups": [], "total": -3}, "$.total", "constraint"),
        ({"groups": [], "total": 1.0}, "$.total", "type"),
        ({"groups": []}, "$", "invariant"),
    ],
)
def test_each_field_rule_is_located(document: object, path: str, code: str) -> None:
    """Each broken field rule is reported at its path with its code."""
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Participants)
    assert (path, code) in [(e.path, e.code) for e in caught.value.errors]


def test_rows_give_each_role_its_share_of_the_pasuruan_total() -> None:
    """The Pasuruan breakdown tabulates to five rows whose shares add up to the whole."""
    rows = participants_by_role(Participants(PASURUAN_GROUPS, total=155))
    assert [(row.role, row.count, row.percent) for row in rows] == [
        ("Kepala Perangkat Daerah (anggota Pokja Kampung KB)", 12, 7.7),
        ("Camat", 4, 2.6),
        ("Lurah", 4, 2.6),
        ("Pokja Kampung KB", 114, 73.5),
        ("Penyuluh KB", 21, 13.5),
    ]
    assert sum(row.share for row in rows) == pytest.approx(1.0)


@given(participants(exact=True))
def test_shares_sum_to_one_whenever_anyone_came(value: Participants) -> None:
    """For any breakdown with a non-zero total, the shares sum to 1; with a zero total each share is 0."""
    rows = participants_by_role(value)
    assert len(rows) == len(value.groups)
    if value.groups and value.total:
        assert sum(row.share for row in rows) == pytest.approx(1.0)
    else:
        assert all(row.share == 0 for row in rows)


def test_rows_of_something_else_is_a_type_error() -> None:
    """Asking for rows of a non-Participants value is a ValidationError with code type."""
    with pytest.raises(ValidationError) as caught:
        participants_by_role({"total": 3})  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


def test_rows_of_an_event_without_participants_are_empty() -> None:
    """An event that records no participants tabulates to no rows."""
    from kampungkb.examples import pasuruan_city_workshop_2020

    workshop = pasuruan_city_workshop_2020()
    assert participants_by_role(workshop) == participants_by_role(workshop.participants)
    assert participants_by_role(Participants((), total=68)) == ()


def test_a_group_position_travels_as_its_code() -> None:
    """A group's position is written as the Position code and read back to the member."""
    group = ParticipantGroup("Penyuluh KB", 21, position=Position.PKB)
    assert to_dict(group) == {
        "role": "Penyuluh KB",
        "count": 21,
        "description": None,
        "position": "pkb",
        "qualifier": "exact",
    }
    assert from_dict(to_dict(group), ParticipantGroup) == group


@given(participant_shares())
def test_share_rows_round_trip(row: ParticipantShare) -> None:
    """Any valid row survives dict and JSON round trips unchanged."""
    assert from_dict(to_dict(row), ParticipantShare) == row
    assert from_json(to_json(row), ParticipantShare) == row


@pytest.mark.parametrize("share", [-0.01, 1.01])
def test_a_share_outside_zero_to_one_is_a_constraint_error(share: float) -> None:
    """A row's share is a fraction of the total, between 0 and 1."""
    with pytest.raises(ValidationError) as caught:
        ParticipantShare("Camat", 4, share)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.share", "constraint")]
