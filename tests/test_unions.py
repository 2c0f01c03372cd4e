"""Every public union of models is a first-class type (issues 21 and 25): one tagged-union path
for loading, schemas, the command line and CSV, found by walking the public API."""

from __future__ import annotations

import contextlib
import io
import json
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from kampungkb import ValidationError, bulk, from_dict, from_json, to_dict, to_json
from kampungkb._core import model, public_types, public_unions, resolve_type, union_plan
from kampungkb.cli import main
from kampungkb.errors import ErrorCode
from kampungkb.events import Event, Launch, Workshop
from kampungkb.examples import example_history, example_json
from kampungkb.kampung import (
    FamilyPlanningReport,
    PopulationReport,
    ProfileReport,
    Report,
)
from kampungkb.schema import json_schema, schema_text
from kampungkb.testing.strategies import strategy_for_type

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
UNIONS = public_unions()
JUNK: list[Any] = [None, 0, 1.5, "", "Event", [], [{}], {}, {"kind": None}, {"kind": 3}, {"kind": "nope"},
                   {"poktan": [], "age_sex_counts": []}, {"title": "x"}, {"kind": "lokakarya"}]  # fmt: skip


def test_the_walk_finds_the_public_unions() -> None:
    """Event and Report are found without being listed anywhere (a future union is found the same way)."""
    assert set(UNIONS) >= {"Event", "Report"}
    assert UNIONS["Event"] == Event
    assert UNIONS["Report"] == Report
    for union in UNIONS.values():
        assert isinstance(union, types.UnionType)


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_junk_gives_a_validation_error(name: str) -> None:
    """Anything but a member's document is a ValidationError (never cattrs' ValueError)."""
    union = UNIONS[name]
    for value in JUNK:
        with pytest.raises(ValidationError) as caught:
            from_dict(value, union)
        assert type(caught.value) is ValidationError
        assert caught.value.errors
        with pytest.raises(ValidationError):
            from_json(json.dumps(value), union)


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_each_union_has_a_committed_schema_with_one_of_its_members(name: str) -> None:
    """schemas/<Name>.schema.json exists, is current, and is a oneOf of the members' definitions."""
    union = UNIONS[name]
    path = SCHEMAS / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == schema_text(union)
    schema = json_schema(union)
    Draft202012Validator.check_schema(schema)
    plan = union_plan(union)
    assert plan is not None
    assert schema["oneOf"] == [{"$ref": f"#/$defs/{member.__name__}"} for member in plan.members]
    assert schema["title"] == name
    if plan.key is not None:
        assert schema["discriminator"]["propertyName"] == plan.key
        assert set(schema["discriminator"]["mapping"]) == set(plan.choices)


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_the_command_line_resolves_each_union(name: str) -> None:
    """--type and `schema` accept the union's name, in any case."""
    assert resolve_type(name.lower()) == UNIONS[name]
    assert name in public_types()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["schema", name]) == 0
    assert json.loads(out.getvalue())["title"] == name


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_members_round_trip_and_validate_against_the_union_schema(name: str) -> None:
    union = UNIONS[name]
    validator = Draft202012Validator(json_schema(union), format_checker=Draft202012Validator.FORMAT_CHECKER)

    @settings(max_examples=10, suppress_health_check=list(HealthCheck), deadline=None)
    @given(strategy_for_type()[union]())
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), union) == value
        assert from_json(to_json(value), union) == value
        errors = list(validator.iter_errors(to_dict(value)))
        assert not errors, errors[0].message

    check()


# -- Event -----------------------------------------------------------------------------------

EVENTS_JSONL = (
    to_json(from_json(example_json(), Event))
    + "\n"
    + '{"kind":"pencanangan","title":"Launch","level":"nasional","dates":{"start":"2020-01-02","end":"2020-01-02"}}'
    + "\n"
)


def test_a_json_lines_file_of_mixed_kinds_validates_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(EVENTS_JSONL + '{"kind":"lokakarya"}\n', encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["validate", "--type", "Event", str(path)])
    assert status == 1
    lines = out.getvalue().splitlines()
    assert lines[-1] == "2 valid, 1 invalid"
    assert all(line.startswith(f"{path}:3: ") for line in lines[:-1])


def test_a_json_lines_file_of_mixed_kinds_validates_against_the_schema() -> None:
    validator = Draft202012Validator(json.loads((SCHEMAS / "Event.schema.json").read_text(encoding="utf-8")))
    documents = [json.loads(line) for line in EVENTS_JSONL.splitlines()]
    assert [doc["kind"] for doc in documents] == ["lokakarya", "pencanangan"]
    for document in documents:
        assert not list(validator.iter_errors(document))
    assert not validator.is_valid({"kind": "lokakarya"})
    assert not validator.is_valid({**documents[1], "kind": "nope"})


def test_the_tag_errors_are_located() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict({"title": "x"}, Event)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.kind", ErrorCode.MISSING)]
    with pytest.raises(ValidationError) as caught:
        from_dict({"kind": "nope"}, Event)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.kind", ErrorCode.INVALID_VALUE)]


def test_to_csv_writes_each_record_with_its_kind_and_reads_it_back() -> None:
    """Mixed kinds in one file: the kind column first, each row read back as its kind."""
    events = [from_json(line, Event) for line in EVENTS_JSONL.splitlines()[1:]] * 2
    events.append(Workshop(title="Lokakarya", level=events[0].level, dates=events[0].dates))
    out = io.StringIO()
    assert bulk.to_csv(events, out, Event) == 3
    assert out.getvalue().startswith("kind,")
    assert bulk.from_csv(io.StringIO(out.getvalue()), Event) == events
    assert [type(e) for e in bulk.from_csv(io.StringIO(out.getvalue()), Event)] == [Launch, Launch, Workshop]


def test_to_csv_refuses_a_record_not_of_the_union() -> None:
    with pytest.raises(ValidationError) as caught:
        bulk.to_csv([example_history().current_population], io.StringIO(), Event)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$[0]", ErrorCode.TYPE)]
    assert caught.value.errors[0].message.startswith("expected an Event, found a PopulationReport")


# -- Report: chosen by a key the documents already carry -----------------------------------------


def test_report_is_chosen_by_its_marker_key_and_documents_are_unchanged() -> None:
    """No tag is added: a report's document is the same whether loaded as Report or as its class."""
    history = example_history()
    for report in history.timeline:
        document = to_dict(report)
        assert isinstance(document, dict)
        assert "kind" not in document
        assert from_dict(document, Report) == report
    assert union_plan(Report) is not None
    assert union_plan(Report).choices == {  # type: ignore[union-attr]
        "poktan": ProfileReport,
        "age_sex_counts": PopulationReport,
        "poktan_participation": FamilyPlanningReport,
    }


def test_report_errors_are_located_and_coded() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict({}, Report)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$", ErrorCode.MISSING)]
    with pytest.raises(ValidationError) as caught:
        from_dict({"poktan": [], "age_sex_counts": []}, Report)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$", ErrorCode.INVALID_VALUE)]
    population = to_dict(example_history().current_population)
    assert isinstance(population, dict)
    with pytest.raises(ValidationError) as caught:
        from_dict({**population, "created": 5}, Report)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.created", ErrorCode.TYPE)]


def test_reports_go_through_csv_as_their_own_kind() -> None:
    timeline = list(example_history().timeline)
    out = io.StringIO()
    assert bulk.to_csv(timeline, out, Report) == len(timeline)
    assert bulk.from_csv(io.StringIO(out.getvalue()), Report) == timeline


# -- a union the plan cannot tell apart is refused where it is first used --------------------------


@model
class _Left:
    name: str


@model
class _Right:
    name: str


def test_a_union_without_tags_or_markers_is_refused() -> None:
    with pytest.raises(TypeError, match="neither a tag"):
        union_plan(_Left | _Right)
