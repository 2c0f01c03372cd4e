"""The public types of kampungkb, found by walking every public module's ``__all__``.

The command line's ``--type``, the committed JSON Schemas, the Hypothesis plugin and the
completeness tests all read this one list, so a new public model — or a new public union of
models, such as ``Event`` — is covered everywhere without anyone remembering to register it.
"""

from __future__ import annotations

import enum
import importlib
from types import ModuleType
from typing import Any

from ._checks import is_model
from ._lazy import once
from ._protocol import is_value_type
from ._unions import union_plan

__all__ = [
    "public_enums",
    "public_models",
    "public_modules",
    "public_types",
    "public_unions",
    "public_value_types",
    "resolve_type",
    "type_name_of",
]

_ROOT = __name__.split(".")[0]
_EXCLUDED_PACKAGES = (f"{_ROOT}.testing", f"{_ROOT}.examples")


@once
def public_modules() -> tuple[ModuleType, ...]:
    """Every public module of the package (no ``_`` component, not testing or examples).

    The package is imported by name, when first asked: the core imports no area.
    """
    import pkgutil  # on first use only

    root = importlib.import_module(_ROOT)
    found: list[ModuleType] = [root]
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{_ROOT}."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts) or info.name.startswith(_EXCLUDED_PACKAGES):
            continue
        found.append(importlib.import_module(info.name))
    return tuple(found)


def _public_objects() -> dict[str, Any]:
    objects: dict[str, Any] = {}
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            objects.setdefault(name, getattr(module, name))
    return objects


@once
def public_models() -> dict[str, type]:
    """Public model classes by class name, in a stable order.

    >>> "Participants" in public_models()
    True
    """
    models = {obj.__name__: obj for obj in _public_objects().values() if is_model(obj)}
    return dict(sorted(models.items()))


@once
def public_value_types() -> dict[str, type]:
    """Public classes that travel in JSON as one string (the value-type protocol)."""
    values = {obj.__name__: obj for obj in _public_objects().values() if is_value_type(obj)}
    return dict(sorted(values.items()))


@once
def public_enums() -> dict[str, type[enum.Enum]]:
    """Public enumerations (vocabularies) by class name."""
    enums = {
        obj.__name__: obj for obj in _public_objects().values() if isinstance(obj, type) and issubclass(obj, enum.Enum)
    }
    return dict(sorted(enums.items()))


@once
def public_unions() -> dict[str, Any]:
    """Public unions of models (``Event``, ``Report``) by the name they are exported under.

    Every one is a union that :func:`~kampungkb._core._unions.union_plan` can choose a member
    of (a TypeError says which is not).

    >>> sorted(public_unions())
    ['Event', 'Report']
    """
    unions = {name: obj for name, obj in _public_objects().items() if union_plan(obj) is not None}
    return dict(sorted(unions.items()))


@once
def public_types() -> dict[str, Any]:
    """Every public model, value type and union of models by name: what ``--type`` and the schemas cover.

    >>> {"Participants", "RegionCode", "Event"} <= set(public_types())
    True
    """
    return dict(sorted({**public_models(), **public_value_types(), **public_unions()}.items()))


def type_name_of(tp: Any) -> str:
    """The name a public type is known by: a class's name, or the name a union is exported under.

    >>> from kampungkb.events import Event, Workshop, Launch
    >>> type_name_of(Event), type_name_of(Workshop), type_name_of(Workshop | Launch)
    ('Event', 'Workshop', 'Workshop | Launch')
    """
    if isinstance(tp, type):
        return tp.__name__
    for name, union in public_unions().items():
        if union == tp:
            return name
    return " | ".join(type_name_of(member) for member in getattr(tp, "__args__", ())) or repr(tp)


def resolve_type(name: str) -> Any:
    """The public model, value type or union of models called ``name`` (case-insensitive).

    >>> resolve_type("participants").__name__
    'Participants'
    >>> from kampungkb.events import Event
    >>> resolve_type("event") == Event
    True
    """
    candidates = public_types()
    folded = {key.casefold(): value for key, value in candidates.items()}
    found = folded.get(name.casefold())
    if found is None:
        from ..errors import ErrorCode, ValidationError

        known = ", ".join(candidates)
        raise ValidationError.single((), f"unknown type {name!r}; known types: {known}", ErrorCode.INVALID_VALUE)
    return found
