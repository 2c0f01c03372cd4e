"""Participants of programme events: the breakdown by role, its total, and the rows with shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb import ValidationError, from_dict, from_json, to_dict, to_json
from kampungkb.events import ParticipantGroup, Participants, participants_by_role
from kampungkb.testing._events import participants

PASURUAN_GROUPS = (
    ParticipantGroup("Kepala Perangkat Daerah", 12, "anggota Pokja Kampung KB"),
    ParticipantGroup("Camat", 4),
    ParticipantGroup("Lurah", 4),
    ParticipantGroup("Pokja Kampung KB", 114),
    ParticipantGroup("Penyuluh KB", 21),
)


@given(participants())
def test_participants_round_trip(value: Participants) -> None:
    """Any valid breakdown survives dict and JSON round trips unchanged."""
    assert from_dict(to_dict(value), Participants) == value
    assert from_json(to_json(value), Participants) == value


@given(participants())
def test_generated_totals_equal_the_sum_of_the_groups(value: Participants) -> None:
    """The strategy builds totals from the groups, so the sum rule always holds."""
    if value.groups:
        assert value.total == sum(group.count for group in value.groups)


@given(participants(min_groups=1), st.sampled_from((-1, 1)))
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
    assert Participants((), total=68).total == 68


@pytest.mark.parametrize(
    ("document", "path", "code"),
    [
        ({"groups": [{"role": "", "count": 1}], "total": 1}, "$.groups[0].role", "constraint"),
        ({"groups": [{"role": "Camat", "count": -1}], "total": 0}, "$.groups[0].count", "constraint"),
        ({"groups": [{"role": "Camat", "count": True}], "total": 1}, "$.groups[0].count", "type"),
        (
            {"groups": [{"role": "Camat", "count": 1, "description": ""}], "total": 1},
            "$.groups[0].description",
            "constraint",
        ),
        ({"groups": [], "total": -3}, "$.total", "constraint"),
        ({"groups": [], "total": 1.0}, "$.total", "type"),
        ({"groups": []}, "$.total", "missing"),
        ({"groups": [], "total": 1, "jumlah": 1}, "$.jumlah", "extra_key"),
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
        ("Kepala Perangkat Daerah", 12, 7.7),
        ("Camat", 4, 2.6),
        ("Lurah", 4, 2.6),
        ("Pokja Kampung KB", 114, 73.5),
        ("Penyuluh KB", 21, 13.5),
    ]
    assert sum(row.share for row in rows) == pytest.approx(1.0)


@given(participants())
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
