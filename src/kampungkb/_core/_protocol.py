"""The model protocol: the hooks a class defines to take part in kampungkb's checks and codec.

Every reader of these hooks — the constructor's check, the codec, the generated code, the
JSON Schema writer, the CSV reader, the public-type catalog — asks through the functions
below, so each question ("is this a value type?", "what is this model's tag?") has one answer.

=============================  ==============  ===================================================
hook                           defined on      what it does
=============================  ==============  ===================================================
``_invariants(self)``          a model         yields :class:`~kampungkb.errors.ErrorItem` for each
                                               broken cross-field rule, located relative to the
                                               instance; runs only when every field is valid
``_tag_``                      a model         ``ClassVar[tuple[str, str]]``: the (key, value) that
                                               is written first in JSON and chooses the class in
                                               a tagged union
``_marker_``                   a model         ``ClassVar[str]``: in a union without tags, a
                                               required field no other member has; its presence
                                               chooses the class (see ``_unions.py``)
``_from_json_value(cls, v)``   a value type    builds the value from its JSON form, or raises
                                               :class:`~kampungkb.errors.ValidationError` at ``$``
``_to_json_value(self)``       a value type    its JSON form (declared ``-> str`` when it is text,
                                               which lets generated code encode it directly)
``_json_schema(cls)``          a value type    its JSON Schema (a ``dict``)
=============================  ==============  ===================================================

A model may also accept a short, non-object form on input (a legal instrument given as its
citation): the module that can read that form registers it with :func:`register_scalar_form`,
so the model's own module need not import its reader.

A *value type* travels in JSON as one value (a region code is a string); a *model* is a
class made with :func:`~kampungkb._core.model` and travels as an object.

    >>> from kampungkb.regions import RegionCode
    >>> from kampungkb.events import Workshop
    >>> is_value_type(RegionCode), is_value_type(Workshop), tag_of(Workshop)
    (True, False, ('kind', 'lokakarya'))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol, Self, TypeAlias, runtime_checkable

from ..errors import ErrorItem

__all__ = [
    "JSONValue",
    "ValueType",
    "invariants_of",
    "is_value_type",
    "json_value_is_text",
    "register_scalar_form",
    "scalar_loader_of",
    "schema_hook_of",
    "tag_of",
]

#: A JSON value as Python holds it: what :func:`json.loads` gives, :func:`json.dumps` takes and
#: :func:`kampungkb.codec.to_dict` returns.
JSONValue: TypeAlias = str | int | float | bool | list["JSONValue"] | dict[str, "JSONValue"] | None

Invariants = Callable[[Any], Iterator[ErrorItem]]


@runtime_checkable
class ValueType(Protocol):
    """A class that travels in JSON as a single value (a region code as a string)."""

    @classmethod
    def _from_json_value(cls, value: Any) -> Self: ...  # pragma: no cover - a protocol

    def _to_json_value(self) -> JSONValue: ...  # pragma: no cover - a protocol


def is_value_type(tp: Any) -> bool:
    """Whether ``tp`` is a value type: a class with ``_from_json_value`` and ``_to_json_value``."""
    return isinstance(tp, type) and hasattr(tp, "_from_json_value") and hasattr(tp, "_to_json_value")


def json_value_is_text(tp: type) -> bool:
    """Whether the value type's ``_to_json_value`` is declared to return ``str`` (so it can be encoded directly)."""
    returns = getattr(getattr(tp, "_to_json_value", None), "__annotations__", {}).get("return")
    return returns in (str, "str")


def tag_of(cls: Any) -> tuple[str, str] | None:
    """The ``(key, value)`` tag of a model in a tagged union, or None."""
    tag = getattr(cls, "_tag_", None)
    if tag is None:
        return None
    key, value = tag
    return (str(key), str(value))


def invariants_of(cls: type) -> Invariants | None:
    """The model's ``_invariants`` function (unbound: call it with the instance), or None."""
    found: Invariants | None = getattr(cls, "_invariants", None)
    return found


_scalar_forms: dict[type, Callable[[Any], Any]] = {}


def register_scalar_form(cls: type, load: Callable[[Any], Any]) -> None:
    """Let model ``cls`` also be loaded from a non-object JSON value, by ``load`` (which raises
    :class:`~kampungkb.errors.ValidationError` for what it does not accept)."""
    _scalar_forms[cls] = load


def scalar_loader_of(cls: type) -> Callable[[Any], Any] | None:
    """The loader of the model's short form on input (see :func:`register_scalar_form`), or None."""
    return _scalar_forms.get(cls)


def schema_hook_of(cls: type) -> Callable[[], dict[str, Any]] | None:
    """The class's own ``_json_schema``, or None."""
    found: Callable[[], dict[str, Any]] | None = getattr(cls, "_json_schema", None)
    return found
