"""The framework every area is built on: model declaration, strict checks, vocabularies,
the codec's machinery and generated code. It imports nothing from any area."""

from ._catalog import public_enums, public_models, public_modules, public_value_types, resolve_type
from ._checks import checker_for, describe, homogeneous_item, is_model, optional_inner, type_error, union_members
from ._converter import Made, configure_converter, made, resolved
from ._data import data_file, once, row_of, rows_of, vocabularies, vocabulary
from ._enum import CodedEnum
from ._fields import Constraints, check_values, constraints_of, field, field_plans, is_factory
from ._files import Utf8Lines, atomic_writer, read_utf8
from ._json import dumps, encode_string, parse_json
from ._locate import lines_of
from ._model import model, slot_setters
from ._protocol import (
    JSONValue,
    ValueType,
    invariants_of,
    is_tagged_union,
    is_value_type,
    register_scalar_form,
    scalar_loader_of,
    schema_hook_of,
    tag_of,
)
from ._text import LABEL, LINE, NON_BLANK, URL, join_overlapping, title_case

__all__ = [
    "LABEL",
    "LINE",
    "NON_BLANK",
    "URL",
    "CodedEnum",
    "Constraints",
    "JSONValue",
    "Made",
    "Utf8Lines",
    "ValueType",
    "atomic_writer",
    "check_values",
    "checker_for",
    "configure_converter",
    "constraints_of",
    "data_file",
    "describe",
    "dumps",
    "encode_string",
    "field",
    "field_plans",
    "homogeneous_item",
    "invariants_of",
    "is_factory",
    "is_model",
    "is_tagged_union",
    "is_value_type",
    "join_overlapping",
    "lines_of",
    "made",
    "model",
    "once",
    "optional_inner",
    "parse_json",
    "public_enums",
    "public_models",
    "public_modules",
    "public_value_types",
    "read_utf8",
    "register_scalar_form",
    "resolve_type",
    "resolved",
    "row_of",
    "rows_of",
    "scalar_loader_of",
    "schema_hook_of",
    "slot_setters",
    "tag_of",
    "title_case",
    "type_error",
    "union_members",
    "vocabularies",
    "vocabulary",
]
