"""The JSON Schema generator: its conventions, and agreement with the codec on invalid documents."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

import pytest
from jsonschema import Draft202012Validator

from kampungkb._core import TEXT, CodedEnum, field, model, public_types
from kampungkb.codec import from_dict
from kampungkb.errors import ValidationError
from kampungkb.schema import LABELS_KEYWORD, json_schema, write_schemas


class Mood(CodedEnum):
    """How it went."""

    GOOD = "good", "Baik"
    BAD = "bad", "Buruk"


@model
class Note:
    """A note: the first paragraph is the description.

    This second paragraph is not.
    """

    text: str = field(min_length=1, max_length=10, pattern=r"[a-z ]+")
    score: int = field(ge=0, le=5)
    day: dt.date
    mood: Mood = Mood.GOOD
    tags: tuple[str, ...] = field(default=(), max_items=2)
    extra: float | None = None


@model
class Square:
    """A tagged shape."""

    _tag_: ClassVar[tuple[str, str]] = ("kind", "square")
    side: int


@model
class Circle:
    """Another tagged shape."""

    _tag_: ClassVar[tuple[str, str]] = ("kind", "circle")
    radius: int


@model
class Drawing:
    """Holds a tagged union and a recursive reference."""

    shapes: tuple[Square | Circle, ...]
    inner: Drawing | None = None


VALID_NOTE: dict[str, Any] = {
    "text": "rapat kb",
    "score": 3,
    "day": "2020-12-28",
    "mood": "good",
    "tags": ["a"],
    "extra": None,
}


def test_conventions() -> None:
    """Title, description, closed objects, constraints as keywords, enums with labels, defaults."""
    schema = json_schema(Note)
    assert schema["title"] == "Note"
    assert schema["description"] == "A note: the first paragraph is the description."
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["text", "score", "day"]
    properties = schema["properties"]
    assert properties["text"] == {"type": "string", "minLength": 1, "maxLength": 10, "pattern": "^(?:[a-z ]+)$"}
    assert properties["score"] == {"type": "integer", "minimum": 0, "maximum": 5}
    assert properties["day"]["format"] == "date"
    assert properties["mood"] == {"$ref": "#/$defs/Mood"}
    assert schema["$defs"]["Mood"]["enum"] == ["good", "bad"]
    assert schema["$defs"]["Mood"][LABELS_KEYWORD] == {"good": "Baik", "bad": "Buruk"}
    text = {"type": "string", "pattern": f"^(?:{TEXT})$"}  # a text field without a kind holds TEXT
    assert properties["tags"] == {"type": "array", "items": text, "maxItems": 2, "default": []}
    assert properties["extra"] == {"anyOf": [{"type": "number"}, {"type": "null"}], "default": None}


def test_tagged_unions_are_one_of_with_const_tags_and_recursion_is_a_ref() -> None:
    """Members fix their tag with const; a recursive field refers back to the root schema ("#": the root's own
    definition is not repeated under $defs, so "#/$defs/Drawing" would point nowhere)."""
    schema = json_schema(Drawing)
    assert schema["properties"]["shapes"]["items"] == {
        "oneOf": [{"$ref": "#/$defs/Square"}, {"$ref": "#/$defs/Circle"}],
        "discriminator": {"propertyName": "kind", "mapping": {"square": "#/$defs/Square", "circle": "#/$defs/Circle"}},
    }
    assert schema["$defs"]["Square"]["properties"]["kind"] == {"const": "square"}
    assert schema["properties"]["inner"]["anyOf"][0] == {"$ref": "#"}
    assert "Drawing" not in schema.get("$defs", {})
    Draft202012Validator.check_schema(schema)


def test_no_keyword_outside_draft_07() -> None:
    """The generator uses no 2019-09/2020-12-only keyword."""
    text = json.dumps([json_schema(Note), json_schema(Drawing)])
    for keyword in ("prefixItems", "$dynamicRef", "$dynamicAnchor", "unevaluatedProperties", "dependentRequired"):
        assert keyword not in text


def with_(key: str, value: Any) -> dict[str, Any]:
    """VALID_NOTE with one key replaced (or added)."""
    return {**VALID_NOTE, key: value}


INVALID = [
    pytest.param(with_("text", 5), id="wrong type"),
    pytest.param(with_("score", "3"), id="number as string"),
    pytest.param(with_("score", 9), id="above maximum"),
    pytest.param(with_("text", ""), id="too short"),
    pytest.param(with_("text", "Rapat"), id="pattern"),
    pytest.param({k: v for k, v in VALID_NOTE.items() if k != "day"}, id="missing key"),
    pytest.param(with_("colour", "red"), id="extra key"),
    pytest.param(with_("mood", "great"), id="bad enum code"),
    pytest.param(with_("day", "28/12/2020"), id="bad date format"),
    pytest.param(with_("tags", ["a", "b", "c"]), id="too many items"),
    pytest.param(with_("tags", "a"), id="string for array"),
    pytest.param(with_("extra", "1.5"), id="string for optional number"),
]


@pytest.mark.parametrize("document", INVALID)
def test_structurally_invalid_documents_are_rejected_by_both_codec_and_schema(document: dict[str, Any]) -> None:
    """The codec and a real JSON Schema client agree that the document is invalid."""
    validator = Draft202012Validator(json_schema(Note), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not validator.is_valid(document)
    with pytest.raises(ValidationError):
        from_dict(document, Note)


def test_the_valid_document_passes_both() -> None:
    """And both accept the valid one."""
    validator = Draft202012Validator(json_schema(Note), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert validator.is_valid(VALID_NOTE)
    assert from_dict(VALID_NOTE, Note).score == 3


def test_write_schemas_writes_one_file_per_public_type(tmp_path: Any) -> None:
    """write_schemas writes one <Name>.schema.json file per public type, holding that type's schema."""
    public = public_types()
    paths = write_schemas(tmp_path)
    assert sorted(path.name for path in paths) == sorted(f"{name}.schema.json" for name in public)
    for path in paths:
        cls = public[path.name.removesuffix(".schema.json")]
        assert json.loads(path.read_text(encoding="utf-8")) == json_schema(cls)
