"""JSON Schema (Draft 2020-12) for every kampungkb model, in the conventions pydantic users know.

The schema is generated from the same declarations the validator uses: field types and the
constraints given to :func:`kampungkb._core._model.field`. Shared definitions go in ``$defs`` and
are referenced with ``$ref``; enumerations are ``enum`` of their codes, with the Indonesian
labels under the annotation keyword ``x-labels``; objects are closed
(``additionalProperties: false``) like the strict codec. A union of models (``Event``,
``Report``, a field holding one of several models) is a ``oneOf`` of its members: with a tag,
each member holds the tag as a ``const`` and the union carries a ``discriminator`` naming the
tag key and mapping each value to its member (the annotation pydantic and OpenAPI write);
chosen by a marker key, each member requires its own key and, its object being closed, no
document matches two members. Only keywords that draft-07 tools also understand are used,
besides the annotations ``x-labels`` and ``discriminator``, which validators ignore.

    >>> from kampungkb.events import Participants
    >>> schema = json_schema(Participants)
    >>> schema["properties"]["total"]
    {'anyOf': [{'type': 'integer', 'minimum': 0, 'maximum': 9007199254740991}, {'type': 'null'}], ...}
    >>> schema["properties"]["groups"]["items"]
    {'$ref': '#/$defs/ParticipantGroup'}
    >>> schema["additionalProperties"]
    False

Regenerate the committed schema files with ``python -m kampungkb.schema schemas``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from ._core import (
    MAX_INTEGER,
    TEXT,
    Constraints,
    UnionPlan,
    constraints_of,
    field_plans,
    homogeneous_item,
    is_factory,
    is_model,
    optional_inner,
    scalar_loader_of,
    schema_hook_of,
    tag_of,
    type_name_of,
    union_plan,
)

__all__ = ["DIALECT", "LABELS_KEYWORD", "json_schema", "schema_text", "write_schemas"]

#: The JSON Schema dialect of every generated schema.
DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The annotation keyword carrying enumerations' Indonesian labels (code → label).
LABELS_KEYWORD = "x-labels"

_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def json_schema(cls: Any) -> dict[str, Any]:
    """The JSON Schema of a model, an enumeration, a value type or a union of models.

    >>> from kampungkb.events import Event, ParticipantGroup
    >>> json_schema(ParticipantGroup)["required"]
    ['role']
    >>> schema = json_schema(Event)
    >>> schema["discriminator"]["propertyName"], schema["discriminator"]["mapping"]["lokakarya"]
    ('kind', '#/$defs/Workshop')
    """
    builder = _Builder()
    plan = union_plan(cls)
    if plan is not None:
        name = type_name_of(cls)
        root: dict[str, Any] = {"title": name, "description": plan.describe(), **builder.union(plan)}
    else:
        name = cls.__name__
        root = builder.definition(cls)
    schema: dict[str, Any] = {"$schema": DIALECT, **root}
    others = {key: body for key, body in builder.defs.items() if key != name}
    if others:
        schema["$defs"] = dict(sorted(others.items()))
    pointed: dict[str, Any] = _point_home(schema, f"#/$defs/{name}")
    return pointed


def _point_home(node: Any, own: str) -> Any:
    """``node`` with every reference to the root's own definition pointed at the root (``#``): a model
    that holds itself (an official acting for another) refers to its own schema."""
    if isinstance(node, dict):
        return {key: "#" if key == "$ref" and value == own else _point_home(value, own) for key, value in node.items()}
    if isinstance(node, list):
        return [_point_home(item, own) for item in node]
    return node


def schema_text(cls: Any) -> str:
    """The schema as the text committed under ``schemas/`` (indented, sorted, newline-terminated).

    >>> from kampungkb.events import Participants
    >>> schema_text(Participants).startswith('{\\n  "$defs"')
    True
    """
    return json.dumps(json_schema(cls), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(directory: str | Path) -> list[Path]:
    """Write one ``<Name>.schema.json`` per public model, value type and union of models; returns the paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     any(path.name == "Participants.schema.json" for path in write_schemas(folder))
    True
    """
    from ._core import public_types

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, cls in public_types().items():
        path = target / f"{name}.schema.json"
        path.write_text(schema_text(cls), encoding="utf-8")
        written.append(path)
    return written


class _Builder:
    """Walks types, filling ``defs`` with one definition per model, enum and value type."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def definition(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve first: recursive models refer to themselves
            self.defs[name] = self._build_definition(cls)
        return self.defs[name]

    def _build_definition(self, cls: type) -> dict[str, Any]:
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            return self._enum(cls)
        if is_model(cls):
            return self._model(cls)
        custom = schema_hook_of(cls)
        if custom is None:
            raise TypeError(f"no JSON Schema known for {cls!r}")
        body: dict[str, Any] = {"title": cls.__name__, **custom()}
        _describe(body, cls)
        return body

    def reference(self, cls: type) -> dict[str, Any]:
        self.definition(cls)
        ref: dict[str, Any] = {"$ref": f"#/$defs/{cls.__name__}"}
        if scalar_loader_of(cls) is not None:
            return {"anyOf": [ref, {"type": "string", "description": f"the short text form of a {cls.__name__}"}]}
        return ref

    def type_schema(self, tp: Any, rules: Constraints | None = None) -> dict[str, Any]:
        inner = optional_inner(tp)
        if inner is not None:
            return {"anyOf": [self.type_schema(inner, rules), {"type": "null"}]}
        item = homogeneous_item(tp)
        if item is not None:
            schema: dict[str, Any] = {"type": "array", "items": self.type_schema(item)}
            if rules is not None:
                _put(schema, "minItems", rules.min_items)
                _put(schema, "maxItems", rules.max_items)
            return schema
        plan = union_plan(tp)
        if plan is not None:
            return self.union(plan)
        schema = self._scalar(tp)
        if rules is not None:
            _apply_scalar_rules(schema, tp, rules)
        return schema

    def union(self, plan: UnionPlan) -> dict[str, Any]:
        """A ``oneOf`` of the members; with a ``discriminator`` on the tag when a tag chooses the member."""
        schema: dict[str, Any] = {"oneOf": [self.reference(member) for member in plan.members]}
        if plan.key is not None:
            mapping = {value: f"#/$defs/{member.__name__}" for value, member in plan.choices.items()}
            schema["discriminator"] = {"propertyName": plan.key, "mapping": mapping}
        return schema

    def _scalar(self, tp: Any) -> dict[str, Any]:
        table: dict[Any, dict[str, Any]] = {
            str: {"type": "string", "pattern": f"^(?:{TEXT})$"},
            bool: {"type": "boolean"},
            int: {"type": "integer", "minimum": -MAX_INTEGER, "maximum": MAX_INTEGER},
            float: {"type": "number"},
            _dt.date: {"type": "string", "format": "date", "pattern": _DATE_PATTERN},
            _dt.datetime: {"type": "string", "format": "date-time"},
        }
        simple = table.get(tp)
        if simple is not None:
            return dict(simple)
        if isinstance(tp, type):
            return self.reference(tp)
        raise TypeError(f"no JSON Schema known for {tp!r}")

    def _enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        body: dict[str, Any] = {"title": cls.__name__, "type": "string", "enum": [m.value for m in cls]}
        labels = {m.value: getattr(m, "label", None) for m in cls}
        if all(isinstance(label, str) for label in labels.values()):
            body[LABELS_KEYWORD] = labels
        _describe(body, cls)
        return body

    def _model(self, cls: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        tag = tag_of(cls)
        if tag is not None:
            properties[tag[0]] = {"const": tag[1]}
            required.append(tag[0])
        for plan in field_plans(cls):
            rules = plan.constraints
            schema = self.type_schema(plan.type, rules)
            description = constraints_of(plan.attribute).description
            if description:
                schema = {**schema, "description": description} if "$ref" not in schema else schema
            default = plan.attribute.default
            if default is attrs.NOTHING:
                required.append(plan.name)
            elif not is_factory(default):
                from .codec import to_dict

                schema = {**schema, "default": to_dict(default)} if "$ref" not in schema else schema
            properties[plan.name] = schema
        body: dict[str, Any] = {"title": cls.__name__, "type": "object"}
        _describe(body, cls)
        body["properties"] = properties
        if required:
            body["required"] = required
        body["additionalProperties"] = False
        return body


def _put(schema: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        schema[key] = value


def _apply_scalar_rules(schema: dict[str, Any], tp: Any, rules: Constraints) -> None:
    if tp is str:
        _put(schema, "minLength", rules.min_length)
        _put(schema, "maxLength", rules.max_length)
        if rules.pattern is not None:
            schema["pattern"] = f"^(?:{rules.pattern})$"
    elif tp in (int, float):
        _put(schema, "minimum", rules.ge)
        _put(schema, "maximum", rules.le)


def _describe(body: dict[str, Any], cls: type) -> None:
    doc = inspect.getdoc(cls)
    if doc and cls.__doc__ is not None and cls.__doc__ is not getattr(cls.__mro__[1], "__doc__", None):
        first = doc.split("\n\n", 1)[0].replace("\n", " ").strip()
        if first:
            body["description"] = first


def main(argv: list[str] | None = None) -> int:
    """``python -m kampungkb.schema DIRECTORY``: regenerate the committed schema files."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kampungkb.schema DIRECTORY", file=sys.stderr)
        return 2
    for path in write_schemas(args[0]):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
