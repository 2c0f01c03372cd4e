"""How a model's fields are declared and checked one by one.

:func:`field` records a field's *constraints* once, in the field's metadata, where the
validator, the JSON Schema generator and the Hypothesis strategies all read them;
:func:`field_plans` is the one resolved view of a model's fields (annotations resolved,
checker and constraints attached) that every reader of field types goes through.

    >>> Constraints(ge=0).check(-1)[0].message
    'expected a value >= 0, found -1'
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections.abc import Container, Mapping
from typing import Any

import attrs

from ..errors import ErrorCode, ErrorItem, ValidationError
from ._checks import Checker, checker_for, short_repr
from ._lazy import LazyPattern, lazy_pattern
from ._text import kind_description

__all__ = ["Constraints", "FieldPlan", "check_values", "constraints_of", "field", "field_plans"]

METADATA_KEY = "kampungkb"


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class Constraints:
    """The declarative rules of one field, beyond its type.

    ``min_length``/``max_length``/``pattern`` apply to strings (the pattern must
    match the whole string); ``min_items``/``max_items`` to tuples; ``ge``/``le``
    to numbers and dates. ``description`` documents the field (it becomes the
    schema's ``description``).

    >>> Constraints(ge=0).check(-1)[0].message
    'expected a value >= 0, found -1'
    """

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    ge: Any = None
    le: Any = None
    description: str | None = None
    _compiled: LazyPattern | None = attrs.field(init=False, eq=False, repr=False)

    @_compiled.default
    def _compile(self) -> LazyPattern | None:  # compiled on first use, not when the model is defined
        return lazy_pattern(self.pattern) if self.pattern is not None else None

    @property
    def is_empty(self) -> bool:
        """True when there is no rule to check."""
        return all(
            value is None
            for value in (
                self.min_length,
                self.max_length,
                self.pattern,
                self.min_items,
                self.max_items,
                self.ge,
                self.le,
            )
        )

    def check(self, value: Any) -> list[ErrorItem]:
        """Every broken rule for ``value``, located at ``$`` (the field itself)."""
        found: list[ErrorItem] = []
        if value is None:
            return found
        if type(value) is str:
            self._check_text(value, found)
        elif type(value) is tuple:
            self._check_items(value, found)
        if self.ge is not None and value < self.ge:
            found.append(ErrorItem((), f"expected a value >= {self.ge}, found {_short(value)}", ErrorCode.CONSTRAINT))
        if self.le is not None and value > self.le:
            found.append(ErrorItem((), f"expected a value <= {self.le}, found {_short(value)}", ErrorCode.CONSTRAINT))
        return found

    def _check_text(self, value: str, found: list[ErrorItem]) -> None:
        """Length limits first; the pattern only when they hold (one problem, one error; no long match)."""
        length = len(value)
        counted = len(found)
        if self.min_length is not None and length < self.min_length:
            plural = "s" if self.min_length != 1 else ""
            found.append(
                ErrorItem(
                    (),
                    f"expected a string of at least {self.min_length} character{plural}, found {_short(value)}",
                    ErrorCode.CONSTRAINT,
                )
            )
        if self.max_length is not None and length > self.max_length:
            found.append(
                ErrorItem(
                    (),
                    f"expected a string of at most {self.max_length} characters, found {length}",
                    ErrorCode.CONSTRAINT,
                )
            )
        if len(found) == counted and self._compiled is not None and self._compiled.fullmatch(value) is None:
            kind = kind_description(self.pattern or "") or f"text matching {self.pattern}"
            found.append(ErrorItem((), f"expected {kind}, found {_short(value)}", ErrorCode.CONSTRAINT))

    def _check_items(self, value: tuple[Any, ...], found: list[ErrorItem]) -> None:
        count = len(value)
        if self.min_items is not None and count < self.min_items:
            found.append(
                ErrorItem((), f"expected at least {self.min_items} item(s), found {count}", ErrorCode.CONSTRAINT)
            )
        if self.max_items is not None and count > self.max_items:
            found.append(
                ErrorItem((), f"expected at most {self.max_items} item(s), found {count}", ErrorCode.CONSTRAINT)
            )


def _short(value: Any) -> str:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if callable(getattr(type(value), "_to_json_value", None)):  # a value type: its JSON form
        return short_repr(value._to_json_value())
    return short_repr(value)


_NO_CONSTRAINTS = Constraints()


def is_factory(default: Any) -> bool:
    """Whether a field's default is an ``attrs.Factory`` (made per instance) rather than a value."""
    return isinstance(default, _FACTORY)


_FACTORY: Any = attrs.Factory  # a class, though attrs types it as a function


def constraints_of(attribute: attrs.Attribute[Any]) -> Constraints:
    """The :class:`Constraints` declared on an attrs attribute (empty if none)."""
    found = attribute.metadata.get(METADATA_KEY)
    return found if isinstance(found, Constraints) else _NO_CONSTRAINTS


def field(
    default: Any = attrs.NOTHING,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    ge: Any = None,
    le: Any = None,
    description: str | None = None,
) -> Any:
    """Declare a model field with its constraints (see :class:`Constraints`).

    >>> import attrs
    >>> from kampungkb._core import model
    >>> @model
    ... class Note:
    ...     text: str = field(min_length=1, max_length=5)
    >>> constraints_of(attrs.fields(Note).text).max_length
    5
    """
    rules = Constraints(
        min_length=min_length,
        max_length=max_length,
        pattern=pattern,
        min_items=min_items,
        max_items=max_items,
        ge=ge,
        le=le,
        description=description,
    )
    return attrs.field(default=default, metadata={METADATA_KEY: rules})


# ---------------------------------------------------------------------------
# Validation plans: built once per class, on first use (forward references
# resolve by then), shared by __attrs_post_init__ and the codec.


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class FieldPlan:
    """How one field is checked: its name, type checker and constraints."""

    name: str
    type: Any
    check: Checker
    constraints: Constraints | None
    attribute: attrs.Attribute[Any]

    def checked(self, value: Any, *, typed: bool = False) -> tuple[Any, list[ErrorItem]]:
        """``value`` as the model keeps it (a list made a tuple) and its problems, located at the
        field: its type's (not checked when ``typed``: a value of the field's type already), then
        its rules'. The one check of a field's value outside the generated code."""
        if not typed:
            try:
                value = self.check(value)
            except ValidationError as exc:
                return value, [item.prefixed(self.name) for item in exc.errors]
        if self.constraints is None:
            return value, []
        return value, [item.prefixed(self.name) for item in self.constraints.check(value)]


_plans: dict[type, tuple[FieldPlan, ...]] = {}
_plans_lock = threading.Lock()


def field_plans(cls: type) -> tuple[FieldPlan, ...]:
    """The checks of every field of model ``cls``, built on first use."""
    plans = _plans.get(cls)
    if plans is None:
        with _plans_lock:
            plans = _plans.get(cls)
            if plans is None:
                attrs.resolve_types(cls)
                built = []
                for attribute in attrs.fields(cls):
                    rules = constraints_of(attribute)
                    built.append(
                        FieldPlan(
                            attribute.name,
                            attribute.type,
                            checker_for(attribute.type),
                            None if rules.is_empty else rules,
                            attribute,
                        )
                    )
                plans = tuple(built)
                _plans[cls] = plans
    return plans


def check_values(
    cls: type, values: Mapping[str, Any], *, skip: Container[str] = (), typed: Container[str] = ()
) -> list[ErrorItem]:
    """Every field-level problem among ``values`` of model ``cls``'s fields.

    The fields in ``skip`` are not checked (checked already); those in ``typed`` hold a value of
    their type (as the codec's loaders give it), so only their rules (:class:`Constraints`) are
    checked. The codec uses this to report the problems of the fields it could load alongside
    those it could not.
    """
    found: list[ErrorItem] = []
    for plan in field_plans(cls):
        if plan.name in values and plan.name not in skip:
            found.extend(plan.checked(values[plan.name], typed=plan.name in typed)[1])
    return found
