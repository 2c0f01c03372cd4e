"""How kampungkb models are declared: frozen, slotted attrs classes whose every
rule is checked at construction, all problems reported together.

A model is declared with :func:`model`; its fields with :func:`field`, which
records the field's *constraints* once, in the field's metadata, where the
validator, the JSON Schema generator and the Hypothesis strategies all read
them. Rules that tie several fields together live in the model's
``_invariants`` method, which yields :class:`~kampungkb.errors.ErrorItem`
located relative to the instance::

    >>> from kampungkb._core._model import model, field

    >>> from kampungkb.errors import ErrorItem
    >>> @model
    ... class Group:
    ...     role: str = field(min_length=1)
    ...     count: int = field(ge=0)
    ...     stated: int | None = None
    ...     def _invariants(self):
    ...         if self.stated is not None and self.stated != self.count:
    ...             yield ErrorItem(("stated",), f"states {self.stated}, counts {self.count}", "invariant")
    >>> Group("kader", 3)
    Group(role='kader', count=3, stated=None)
    >>> Group("", -1)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 2 validation errors
    $.role: expected a string of at least 1 character, found '' [constraint]
    $.count: expected a value >= 0, found -1 [constraint]
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, dataclass_transform, overload

import attrs

from ..errors import ErrorItem, ValidationError
from ._checks import Checker, checker_for

__all__ = ["Constraints", "ErrorItem", "constraints_of", "field", "model"]

T = TypeVar("T", bound=type)

METADATA_KEY = "kampungkb"


@attrs.frozen
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
    _compiled: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    @_compiled.default
    def _compile(self) -> re.Pattern[str] | None:
        return re.compile(self.pattern) if self.pattern is not None else None

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
            found.append(ErrorItem((), f"expected a value >= {self.ge}, found {_short(value)}", "constraint"))
        if self.le is not None and value > self.le:
            found.append(ErrorItem((), f"expected a value <= {self.le}, found {_short(value)}", "constraint"))
        return found

    def _check_text(self, value: str, found: list[ErrorItem]) -> None:
        length = len(value)
        if self.min_length is not None and length < self.min_length:
            plural = "s" if self.min_length != 1 else ""
            found.append(
                ErrorItem(
                    (),
                    f"expected a string of at least {self.min_length} character{plural}, found {_short(value)}",
                    "constraint",
                )
            )
        if self.max_length is not None and length > self.max_length:
            found.append(
                ErrorItem(
                    (),
                    f"expected a string of at most {self.max_length} characters, found {length}",
                    "constraint",
                )
            )
        if self._compiled is not None and self._compiled.fullmatch(value) is None:
            found.append(ErrorItem((), f"expected text matching {self.pattern}, found {_short(value)}", "constraint"))

    def _check_items(self, value: tuple[Any, ...], found: list[ErrorItem]) -> None:
        count = len(value)
        if self.min_items is not None and count < self.min_items:
            found.append(ErrorItem((), f"expected at least {self.min_items} item(s), found {count}", "constraint"))
        if self.max_items is not None and count > self.max_items:
            found.append(ErrorItem((), f"expected at most {self.max_items} item(s), found {count}", "constraint"))


def _short(value: Any) -> str:
    text = value.isoformat() if isinstance(value, _dt.date) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_NO_CONSTRAINTS = Constraints()


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


@attrs.frozen
class FieldPlan:
    """How one field is checked: its name, type checker and constraints."""

    name: str
    type: Any
    check: Checker
    constraints: Constraints | None
    attribute: attrs.Attribute[Any]


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


def check_values(cls: type, values: Mapping[str, Any], skip: frozenset[str] = frozenset()) -> list[ErrorItem]:
    """Every field-level problem among ``values`` (fields in ``skip`` are not checked).

    The codec uses this to report the problems of the fields it could load
    alongside those it could not.
    """
    found: list[ErrorItem] = []
    for plan in field_plans(cls):
        if plan.name in skip or plan.name not in values:
            continue
        try:
            value = plan.check(values[plan.name])
        except ValidationError as exc:
            found.extend(item.prefixed(plan.name) for item in exc.errors)
            continue
        if plan.constraints is not None:
            found.extend(item.prefixed(plan.name) for item in plan.constraints.check(value))
    return found


_fast_checks: dict[type, tuple[Callable[[Any], bool], Callable[[Any], Iterator[ErrorItem]] | None]] = {}


def _never_fast(_: Any) -> bool:
    return False


def _class_checks(cls: type) -> tuple[Callable[[Any], bool], Callable[[Any], Iterator[ErrorItem]] | None]:
    """The generated fast check of ``cls`` and its ``_invariants`` function, built once."""
    from ._codegen import compile_function, fast_check_source

    plans = field_plans(cls)
    with _plans_lock:
        found = _fast_checks.get(cls)
        if found is None:
            namespace: dict[str, Any] = {}
            lines = fast_check_source(plans, namespace, lambda name: f"self.{name}")
            if lines is None:
                fast: Callable[[Any], bool] = _never_fast
            else:
                fast = compile_function("fast_check", ["def fast_check(self):", *lines, "    return True"], namespace)
            found = (fast, getattr(cls, "_invariants", None))
            _fast_checks[cls] = found
    return found


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The setters of model ``cls``'s field slots, in field order, or None.

    Setting the slots of a new instance is exactly what the attrs ``__init__`` of a model does
    before it validates: so a loader that has already checked every value can build the
    instance with them and run the invariants itself. None when the class is not a plain
    kampungkb model (an attrs validator, converter, pre-init, non-init field or extra slot).
    """
    if getattr(cls, "__attrs_post_init__", None) is not _validate_instance or hasattr(cls, "__attrs_pre_init__"):
        return None
    fields = attrs.fields(cls)
    if any(a.validator is not None or a.converter is not None or not a.init for a in fields):
        return None
    slots: set[str] = set()
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        slots.update((declared,) if isinstance(declared, str) else declared)
    if slots - {a.name for a in fields} - {"__weakref__"}:
        return None
    setters = []
    for attribute in fields:
        descriptor = next((k.__dict__[attribute.name] for k in cls.__mro__ if attribute.name in k.__dict__), None)
        if type(descriptor) is not types.MemberDescriptorType:
            return None
        setters.append(descriptor.__set__)
    return tuple(setters)


def _validate_instance(self: Any) -> None:
    cls = type(self)
    fast, invariants = _fast_checks.get(cls) or _class_checks(cls)
    if not fast(self):
        _check_fields(self)
    if invariants is not None:
        broken = list(invariants(self))
        if broken:
            raise ValidationError(broken)


def _check_fields(self: Any) -> None:
    """The reference check of every field: normalises lists and ints, raises every problem."""
    found: list[ErrorItem] = []
    setter = object.__setattr__
    for plan in field_plans(type(self)):
        value = getattr(self, plan.name)
        try:
            checked = plan.check(value)
        except ValidationError as exc:
            found.extend(item.prefixed(plan.name) for item in exc.errors)
            continue
        if checked is not value:
            setter(self, plan.name, checked)
        if plan.constraints is not None:
            found.extend(item.prefixed(plan.name) for item in plan.constraints.check(checked))
    if found:
        raise ValidationError(found)


@overload
def model(cls: T, /) -> T: ...


@overload
def model(*, kw_only: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(attrs.field, field))
def model(cls: T | None = None, /, *, kw_only: bool = False) -> T | Callable[[T], T]:
    """Make ``cls`` a kampungkb model: a frozen, slotted attrs class, validated on construction.

    Every field is type-checked strictly, its :class:`Constraints` are checked,
    then — when every field is fine — the class's ``_invariants()`` runs. All
    problems are raised together as one :class:`~kampungkb.errors.ValidationError`.

    >>> @model(kw_only=True)
    ... class Pair:
    ...     left: int
    ...     right: int
    >>> Pair(left=1, right="2")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.right: expected an integer, found a string ('2') [type]
    """

    def wrap(target: T) -> T:
        if "__attrs_post_init__" in target.__dict__:
            raise TypeError(f"{target.__name__}: put cross-field rules in _invariants(), not __attrs_post_init__")
        target.__attrs_post_init__ = _validate_instance  # type: ignore[attr-defined]
        return attrs.frozen(target, kw_only=kw_only)

    if cls is None:
        return wrap
    return wrap(cls)
