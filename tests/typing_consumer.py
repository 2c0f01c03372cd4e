"""A module written as a typed user of kampungkb writes it: ``mypy --strict`` must accept it.

tests/test_typing_consumer.py runs mypy on this file. ``assert_type`` fails when a type is
``Any``, so the types below are checked, not merely tolerated; an unused ``type: ignore``
is an error under ``--strict``, so the ignores below show what the types refuse.
"""

from __future__ import annotations

import io
from typing import assert_type

from kampungkb import ValidationError, bulk, from_dict, from_json, to_dict, to_json
from kampungkb.codec import JSONValue
from kampungkb.events import Event, ParticipantGroup, Workshop
from kampungkb.kampung import Report


def load_event(text: str) -> Event:
    """from_json with the union gives the union, not Any."""
    event = from_json(text, Event)
    assert_type(event, Event)
    return event


def load_event_from_data(data: object) -> Event:
    event = from_dict(data, Event)
    assert_type(event, Event)
    return event


def title_of(text: str) -> str:
    """Every member of the union has a title; the checker knows it is a str."""
    title = from_json(text, Event).title
    assert_type(title, str)
    return title


def workshop_or_none(text: str) -> Workshop | None:
    """Narrowing the union works as on any union."""
    event = from_json(text, Event)
    return event if isinstance(event, Workshop) else None


def load_report(data: object) -> Report:
    report = from_dict(data, Report)
    assert_type(report, Report)
    return report


def load_group(text: bytes) -> ParticipantGroup:
    """A model class gives that model."""
    group = from_json(text, ParticipantGroup)
    assert_type(group, ParticipantGroup)
    assert_type(from_dict({"role": "Camat", "count": 4}, ParticipantGroup), ParticipantGroup)
    return group


def dump(group: ParticipantGroup) -> JSONValue:
    """to_dict gives a JSON value, not Any: it must be narrowed before it is indexed."""
    data = to_dict(group)
    assert_type(data, JSONValue)
    data["role"]  # type: ignore[index, call-overload]
    if isinstance(data, dict):
        role = data["role"]
        assert_type(role, JSONValue)
    return data


def text_of(event: Event) -> str:
    return to_json(event)


def events_in(lines: io.StringIO) -> list[Event]:
    """The bulk readers take a union too, and give its members."""
    found: list[Event] = []
    for _, result in bulk.iter_jsonl(lines, Event):
        if not isinstance(result, ValidationError):
            assert_type(result, Event)
            found.append(result)
    return found


def groups_in(rows: io.StringIO) -> list[ParticipantGroup]:
    groups = bulk.from_csv(rows, ParticipantGroup)
    assert_type(groups, list[ParticipantGroup])
    return groups
