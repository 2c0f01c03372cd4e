"""The framework every area is built on: model declaration, strict checks, vocabularies,
the codec's machinery and generated code. It imports nothing from any area."""

from ._catalog import public_models, public_value_types, resolve_type
from ._checks import checker_for, describe, homogeneous_item, is_model, optional_inner, type_error, union_members
from ._codegen import Kind, _dumps, model_dumper, model_json_dumper, model_loader
from ._enum import CodedEnum
from ._locate import line_of
from ._model import Constraints, check_values, constraints_of, field, field_plans, model, slot_setters

__all__ = [
    "CodedEnum",
    "Constraints",
    "Kind",
    "_dumps",
    "check_values",
    "checker_for",
    "constraints_of",
    "describe",
    "field",
    "field_plans",
    "homogeneous_item",
    "is_model",
    "line_of",
    "model",
    "model_dumper",
    "model_json_dumper",
    "model_loader",
    "optional_inner",
    "public_models",
    "public_value_types",
    "resolve_type",
    "slot_setters",
    "type_error",
    "union_members",
]
