"""How kampungkb models are declared: frozen, slotted attrs classes whose every
rule is checked at construction, all problems reported together.

A model is declared with :func:`model`; its fields with :func:`field`, which
records the field's *constraints* once, in the field's metadata, where the
validator, the JSON Schema generator and the Hypothesis strategies all read
them. Rules that tie several fields together live in the model's
``_invariants`` method, which yields :class:`~kampungkb.errors.ErrorItem`
located relative to the instance::

    >>> from kampungkb._core import field, model
    >>> from kampungkb.errors import ErrorCode, ErrorItem
    >>> @model
    ... class Group:
    ...     role: str = field(min_length=1)
    ...     count: int = field(ge=0)
    ...     stated: int | None = None
    ...     def _invariants(self):
    ...         if self.stated is not None and self.stated != self.count:
    ...             yield ErrorItem(("stated",), f"states {self.stated}, counts {self.count}", ErrorCode.INVARIANT)
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

import threading
import types
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, dataclass_transform, overload

import attrs

from ..errors import ErrorItem, ValidationError
from ._codegen import compile_function, fast_check_source, namespace_for
from ._fields import field, field_plans
from ._protocol import invariants_of

__all__ = ["model", "slot_setters"]

T = TypeVar("T", bound=type)

_lock = threading.Lock()


_fast_checks: dict[type, tuple[Callable[[Any], bool], Callable[[Any], Iterator[ErrorItem]] | None]] = {}


def _never_fast(_: Any) -> bool:
    return False


def _class_checks(cls: type) -> tuple[Callable[[Any], bool], Callable[[Any], Iterator[ErrorItem]] | None]:
    """The generated fast check of ``cls`` and its ``_invariants`` function, built once."""
    plans = field_plans(cls)
    with _lock:
        found = _fast_checks.get(cls)
        if found is None:
            namespace = namespace_for(cls)
            lines = fast_check_source(plans, namespace, lambda name: f"self.{name}")
            if lines is None:
                fast: Callable[[Any], bool] = _never_fast
            else:
                fast = compile_function("fast_check", ["def fast_check(self):", *lines, "    return True"], namespace)
            found = (fast, invariants_of(cls))
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
    fields = [plan.attribute for plan in field_plans(cls)]
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
        checked, broken = plan.checked(value)
        if checked is not value:
            setter(self, plan.name, checked)
        found.extend(broken)
    if found:
        raise ValidationError(found)


# Equality, hashing and repr are not compiled per class at import, as attrs would (for ~90
# models, a fifth of importing an area). A model's ``__eq__`` and ``__hash__`` are stand-ins that,
# on their first call, generate the class's own — what attrs writes: equal when of the same class
# with equal compared fields, a hash of the class and those fields — and put it on the class. Its
# ``__repr__`` is shared: ``Name(field=value, ...)`` of the shown fields. tests/test_model_methods.py
# compares all three with attrs' own.
_methods_lock = threading.Lock()


def _own_method(instance: Any, stand_in: Callable[..., Any], name: str) -> Callable[..., Any]:
    """The method ``name`` generated for the class whose ``stand_in`` ``instance`` reached."""
    cls = next(klass for klass in type(instance).__mro__ if klass.__dict__.get(name) is stand_in)
    compared = [plan.name for plan in field_plans(cls) if plan.attribute.eq]
    with _methods_lock:
        method: Callable[..., Any] = cls.__dict__[name]
        if method is stand_in:
            own = "".join(f"self.{field}, " for field in compared)
            if name == "__eq__":
                theirs = "".join(f"other.{field}, " for field in compared)
                lines = [
                    "def __eq__(self, other):",
                    "    if other.__class__ is not self.__class__:",
                    "        return NotImplemented",
                    f"    return ({own}) == ({theirs})",
                ]
            else:
                lines = ["def __hash__(self):", f"    return hash((CLS, {own}))"]
            method = compile_function(name, lines, namespace_for(cls, CLS=cls))
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            type.__setattr__(cls, name, method)
    return method


def _first_eq(self: Any, other: Any) -> Any:
    return _own_method(self, _first_eq, "__eq__")(self, other)


def _first_hash(self: Any) -> int:
    hashed: int = _own_method(self, _first_hash, "__hash__")(self)
    return hashed


def _model_repr(self: Any) -> str:
    shown = ", ".join(
        f"{plan.name}={getattr(self, plan.name)!r}" for plan in field_plans(type(self)) if plan.attribute.repr
    )
    return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({shown})"


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
        setattr(target, "__attrs_post_init__", _validate_instance)  # noqa: B010 - attrs calls it by this name
        own = target.__dict__
        if "__repr__" not in own:
            setattr(target, "__repr__", _model_repr)  # noqa: B010
        if not {"__eq__", "__hash__"} & own.keys():
            setattr(target, "__eq__", _first_eq)  # noqa: B010
            setattr(target, "__hash__", _first_hash)  # noqa: B010
        return attrs.frozen(target, kw_only=kw_only)

    if cls is None:
        return wrap
    return wrap(cls)
