"""The codec's machinery: one cattrs converter's hooks, built once per class and cached.

:func:`configure_converter` installs kampungkb's strict hooks on a cattrs converter (the
``cattrs.preconf`` pattern). For each model the hooks are a *reference* loader, which checks
each field, collects every error with its path and builds the instance through the
constructor, and *generated* loaders and dumpers (:mod:`kampungkb._core._codegen`), which do
the same checks in straight-line code for valid documents and build the instance by setting
its slots, then run its invariants; the generated loader hands any doubtful document to the
reference loader, so both always give the same answer.

What kampungkb knows about the functions it made (which loader a cattrs hook wraps, which
dumper writes JSON text directly …) is kept in a registry (:class:`Made`), not in attributes
set on the functions.
"""

from __future__ import annotations

import datetime as _dt
import enum
import threading
import types
import typing
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

import attrs

from ..errors import ErrorCode, ErrorItem, ValidationError
from ._checks import (
    checker_for,
    describe,
    homogeneous_item,
    is_model,
    optional_inner,
    type_error,
    union_members,
    with_article,
)
from ._codegen import Kind, model_dumper, model_json_dumper, model_loader
from ._fields import check_values, field_plans
from ._json import dumps
from ._lazy import lazy_pattern
from ._model import slot_setters
from ._protocol import is_value_type, json_value_is_text, scalar_loader_of, tag_of
from ._unions import UnionPlan, union_plan

if TYPE_CHECKING:  # cattrs is imported when the first converter is made, not with kampungkb
    import cattrs

__all__ = ["Dumper", "Loader", "Made", "configure_converter", "made", "resolved", "writes_no_float"]

Loader = Callable[[Any], Any]
Dumper = Callable[[Any], Any]
#: What a generated loader saw fail: ("value" or "items", the field's name, the error raised).
Failure = tuple[str, str, ValidationError]
#: The fields a generated loader saw fail, each with what it raised when there is an error to reuse.
Failures = dict[str, Failure | None]
F = TypeVar("F", bound=Callable[..., Any])

#: Types a model checks by itself at construction: the codec passes them through.
_PLAIN = frozenset({str, int, float, bool})

_check_float = checker_for(float)

_DATE = lazy_pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = lazy_pattern(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)


def configure_converter(converter: cattrs.Converter) -> None:
    """Install kampungkb's strict hooks on ``converter`` (see :func:`kampungkb.codec.configure_converter`)."""
    _Hooks(converter).install()


# ---------------------------------------------------------------------------
# What kampungkb knows about the functions it made


@attrs.define(repr=False, eq=False)  # an internal record: identity is its equality
class Made:
    """Facts about a loader, dumper or cattrs hook kampungkb made, for the code that composes them."""

    #: For a cattrs structure hook: the 1-argument loader it wraps.
    loader: Loader | None = None
    #: A loader that checks nothing the model's constructor does not check itself.
    plain: bool = False
    #: A loader whose result may not be of its type (it passes some or all of its input on
    #: unchecked); any other loader's result is of its type, and only the field's rules are left.
    unchecked: bool = False
    #: A dumper that returns its input unchanged.
    identity: bool = False
    #: The loader or dumper of a tuple's items (a loader also takes the error an item raised).
    items: bool = False
    #: The dumper of an optional value.
    optional: bool = False
    #: For a union's loader: how it chooses the member.
    union: UnionPlan | None = None
    #: For an enumeration's loader: the enumeration.
    enum: type[enum.Enum] | None = None
    #: For a model's (generated) loader: the model and the reference loader it falls back to.
    model: type | None = None
    reference: Callable[..., Any] | None = None
    #: For a model's dict dumper: the dumper writing its JSON text directly.
    json: Callable[[Any], str] | None = None
    #: For a lazily built function: builds it now and returns it.
    resolve: Callable[[], Callable[[Any], Any]] | None = None


_NOTHING = Made()
_made: weakref.WeakKeyDictionary[Callable[..., Any], Made] = weakref.WeakKeyDictionary()


def made(function: Any) -> Made:
    """What kampungkb recorded about ``function`` (nothing for a function it did not make)."""
    try:
        return _made.get(function, _NOTHING)
    except TypeError:  # not weakly referenceable (a builtin): not one of ours
        return _NOTHING


def _note(function: F, **facts: Any) -> F:
    """Record ``facts`` about ``function`` (which kampungkb made) and return it."""
    record = _made.get(function)
    if record is None:
        _made[function] = Made(**facts)
    else:
        for name, value in facts.items():
            setattr(record, name, value)
    return function


def resolved(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The function behind a lazily built one, building it now if it can."""
    resolve = made(function).resolve
    return resolve() if resolve is not None else function


# ---------------------------------------------------------------------------
# Hooks


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _load_date(value: Any) -> _dt.date:
    if type(value) is not str:
        raise type_error("a date as 'YYYY-MM-DD'", value)
    if _DATE.get().fullmatch(value) is None:
        raise ValidationError.single(
            (), f"expected a date as 'YYYY-MM-DD', found {describe(value)}", ErrorCode.INVALID_VALUE
        )
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError.single((), f"{value!r} is not a calendar date", ErrorCode.INVALID_VALUE) from None


def _load_datetime(value: Any) -> _dt.datetime:
    if type(value) is not str:
        raise type_error("a date-time as 'YYYY-MM-DDTHH:MM:SS'", value)
    if _DATETIME.get().fullmatch(value) is None:
        raise ValidationError.single(
            (),
            f"expected a date-time as 'YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM]', found {describe(value)}",
            ErrorCode.INVALID_VALUE,
        )
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError.single((), f"{value!r} is not a calendar date-time", ErrorCode.INVALID_VALUE) from None


def _dump_isoformat(value: _dt.date) -> str:
    return value.isoformat()


class _Hooks:
    """Builds and caches the 1-argument loaders and dumpers for one converter."""

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.loaders: dict[Any, Loader | None] = {}
        self.dumpers: dict[Any, Dumper | None] = {}
        self.lock = threading.RLock()

    def install(self) -> None:
        c = self.converter
        for tp in (str, int, bool):
            c.register_structure_hook(tp, _as_hook(_plain_loader(tp)))
        c.register_structure_hook(float, _as_hook(_load_float))
        c.register_structure_hook(_dt.date, _as_hook(_load_date))
        c.register_structure_hook(_dt.datetime, _as_hook(_load_datetime))
        c.register_unstructure_hook(_dt.date, _dump_isoformat)
        c.register_unstructure_hook(_dt.datetime, _dump_isoformat)

        def supported(tp: Any) -> bool:
            return (
                is_model(tp)
                or is_value_type(tp)
                or _is_enum(tp)
                or union_plan(tp) is not None
                or optional_inner(tp) is not None
                or homogeneous_item(tp) is not None
            )

        c.register_structure_hook_factory(supported, lambda tp: _as_hook(self.build_loader(tp)))
        c.register_unstructure_hook_factory(supported, self.build_dumper)

    # -- lookup ------------------------------------------------------------

    def loader(self, tp: Any) -> Loader | None:
        """The 1-argument loader for ``tp``; None when the model's own check suffices."""
        try:
            return self.loaders[tp]
        except KeyError:
            pass
        hook = self.converter.get_structure_hook(tp)
        found: Loader | None = made(hook).loader
        if found is None:
            found = _foreign_loader(hook, tp)
        elif made(found).plain:
            found = None
        self.loaders[tp] = found
        return found

    def dumper(self, tp: Any) -> Dumper | None:
        """The dumper for ``tp``; None where the value is already JSON-ready."""
        try:
            return self.dumpers[tp]
        except KeyError:
            pass
        if tp in _PLAIN or tp is Any:
            found: Dumper | None = None
        else:
            found = self.converter.get_unstructure_hook(tp)
            if made(found).identity:
                found = None
        self.dumpers[tp] = found
        return found

    # -- loaders -----------------------------------------------------------

    def load_kind(self, tp: Any) -> Kind:
        """How the generated code loads ``tp``: specialised where the hook is kampungkb's own."""
        own = made(self.converter.get_structure_hook(tp)).loader
        generic = Kind("generic", function=self.loader(tp), check=checker_for(tp))
        if own is None:
            return generic
        if optional_inner(tp) is not None:
            return Kind("optional", optional_inner(tp))
        if homogeneous_item(tp) is not None:
            return Kind("items", homogeneous_item(tp))
        if tp in (str, int, bool):
            return Kind("plain", tp)
        if tp is float:
            return Kind("float")
        if own is _load_date or own is _load_datetime:
            return Kind("call", function=own)
        facts = made(own)
        if facts.enum is tp:
            return Kind("enum", table=facts.enum._value2member_map_)
        if facts.model is tp:
            return Kind("call", function=resolved(own))
        plan = facts.union
        if plan is not None:
            if not plan.tagged:  # chosen by a marker key: the union's own loader
                return Kind("call", function=own)
            loaders = {value: resolved(cast(Loader, self.loader(m))) for value, m in plan.choices.items()}
            return Kind("union", plan.key, table=loaders)
        if is_value_type(tp) and own == tp._from_json_value:
            return Kind("call", function=own, check=tp)
        return generic

    def build_loader(self, tp: Any) -> Loader:
        inner = optional_inner(tp)
        if inner is not None:
            return self._optional_loader(inner)
        item = homogeneous_item(tp)
        if item is not None:
            return self._tuple_loader(item)
        plan = union_plan(tp)
        if plan is not None:
            return self._union_loader(plan)
        if _is_enum(tp):
            return _enum_loader(tp)
        if is_model(tp):
            return self._model_loader(tp)
        return _value_loader(tp)

    def _optional_loader(self, inner: Any) -> Loader:
        load = self.loader(inner)
        if load is None:
            return _unchecked_marker(_plain_marker(lambda value: value))

        def load_optional(value: Any) -> Any:
            return None if value is None else load(value)

        return _unchecked_marker(load_optional) if made(load).unchecked else load_optional

    def _tuple_loader(self, item: Any) -> Loader:
        load = self.loader(item)
        if load is None:
            return _unchecked_marker(_plain_marker(lambda value: value))

        def load_tuple(value: Any, failed: ValidationError | None = None) -> tuple[Any, ...]:
            """The items loaded; ``failed`` is the error an item already raised (it is not loaded again)."""
            if type(value) is not list and type(value) is not tuple:
                raise type_error("an array", value)
            if failed is None:
                try:
                    return tuple([load(element) for element in value])
                except ValidationError as exc:
                    failed = exc.with_traceback(None)  # kept here: no frame-traceback-error cycle for the collector
            source = failed.source
            errors: list[ErrorItem] = []
            for index, element in enumerate(value):
                if element is source:
                    errors.extend(e.prefixed(index) for e in failed.errors)
                    continue
                try:
                    load(element)
                except ValidationError as exc:
                    errors.extend(e.prefixed(index) for e in exc.errors)
            raise ValidationError(errors)

        return _note(load_tuple, items=True, unchecked=made(load).unchecked)

    def _union_loader(self, plan: UnionPlan) -> Loader:
        def load_union(value: Any) -> Any:
            if type(value) is not dict:
                raise type_error("an object", value)
            load = self.loader(plan.choose(value))
            assert load is not None
            return load(value)

        return _note(load_union, union=plan)

    def _model_loader(self, cls: type) -> Loader:
        state: list[Any] = []
        tag = tag_of(cls)
        scalar = scalar_loader_of(cls)

        def build() -> list[Any]:
            with self.lock:
                if not state:
                    fields = []
                    for plan in field_plans(cls):
                        required = plan.attribute.default is attrs.NOTHING
                        load = self.loader(plan.type)
                        typed = load is not None and not made(load).unchecked
                        fields.append((plan.name, load, required, typed, plan))
                    known = frozenset(name for name, *_ in fields) | ({tag[0]} if tag else set())
                    positions = {name: index for index, (name, *_) in enumerate(fields)}
                    state.extend((tuple(fields), known, positions))
            return state

        def order(item: ErrorItem) -> int:
            # Errors in field order; the tag first; unknown keys last.
            head = item.location[0] if item.location else None
            if tag is not None and head == tag[0]:
                return -1
            positions: dict[str, int] = state[2]
            return positions.get(head, len(positions))  # type: ignore[arg-type]

        def load_reference(value: Any, failed: Failures | None = None, loaded: dict[str, Any] | None = None) -> Any:
            """Load ``value`` and report every problem; ``failed`` holds the fields the fast path saw
            fail (with the error to reuse, if any), ``loaded`` those it loaded (not loaded again)."""
            try:
                return reference(value, failed, loaded)
            except ValidationError as exc:
                exc.source = value
                raise

        def reference(value: Any, failed: Failures | None, loaded: dict[str, Any] | None) -> Any:
            if type(value) is not dict:
                if scalar is not None and type(value) is not list:
                    return scalar(value)
                raise type_error(f"an object ({cls.__name__})", value)
            fields, known, _ = state or build()
            kwargs: dict[str, Any] = {} if loaded is None else dict(loaded)  # what the fast path loaded stands
            errors: list[ErrorItem] | None = None
            typed: list[str] = []  # loaded to a value of the field's type: only the field's rules are left
            checked: list[str] = []  # checked whole here
            seen = len(kwargs)
            for name, load, required, gives_type, plan in fields:
                if name in kwargs:
                    continue
                if name in value:
                    seen += 1
                    field_value = value[name]
                    if load is not None:
                        failure = None if failed is None else failed.get(name)
                        if failure is not None and failure[0] != "items":
                            # Reuse the error the field's value already raised (not raised again: raising it
                            # here would tie it to this frame in a cycle only the garbage collector frees).
                            errors = errors or []
                            errors.extend(e.prefixed(name) for e in failure[2].errors)
                            continue
                        try:
                            # (given the error of the item that failed, it is reused)
                            field_value = load(field_value) if failure is None else load(field_value, failure[2])
                        except ValidationError as exc:
                            errors = errors or []
                            errors.extend(e.prefixed(name) for e in exc.errors)
                            continue
                        if gives_type:
                            typed.append(name)
                    else:  # a value the model checks itself: checked here, its problems found without building
                        field_value, broken = plan.checked(field_value)
                        if broken:
                            errors = errors or []
                            errors.extend(broken)
                            continue
                        checked.append(name)
                    kwargs[name] = field_value
                elif required:
                    errors = errors or []
                    errors.append(ErrorItem((name,), f"missing required field {name!r}", ErrorCode.MISSING))
            if tag is not None:
                found_tag = value.get(tag[0], _MISSING)
                if found_tag is _MISSING:
                    errors = errors or []
                    errors.append(ErrorItem((tag[0],), f"missing the tag {tag[0]!r} ({tag[1]!r})", ErrorCode.MISSING))
                elif found_tag != tag[1] or type(found_tag) is not str:
                    errors = errors or []
                    errors.append(
                        ErrorItem(
                            (tag[0],), f"expected {tag[1]!r}, found {describe(found_tag)}", ErrorCode.INVALID_VALUE
                        )
                    )
                else:
                    seen += 1
            if len(value) > seen:
                errors = errors or []
                for key in value:
                    if key not in known:
                        errors.append(
                            ErrorItem(
                                (key,), f"unexpected key; {cls.__name__} has no field {key!r}", ErrorCode.EXTRA_KEY
                            )
                        )
            if errors:
                errors.extend(check_values(cls, kwargs, skip={*(loaded or ()), *checked}, typed=typed))
                raise ValidationError(sorted(errors, key=order))
            return cls(**kwargs)

        def compile_fast() -> Loader:
            return model_loader(
                cls, field_plans(cls), tag, self.load_kind, slow=load_reference, setters=slot_setters(cls)
            )

        fast = _lazily(compile_fast, self.lock)
        return _note(fast, model=cls, reference=load_reference)

    # -- dumpers -----------------------------------------------------------

    def dump_kind(self, tp: Any) -> Kind:
        """How the generated code dumps ``tp``: specialised where the hook is kampungkb's own."""
        dump = self.dumper(tp)
        inner = optional_inner(tp)
        if inner is not None and (dump is None or made(dump).optional):
            return Kind("optional", inner)
        item = homogeneous_item(tp)
        if item is not None and (dump is list or made(dump).items):
            return Kind("items", item)
        if dump is None:
            return Kind("identity", tp if tp in _PLAIN else None)
        if dump is _dump_enum:
            try:
                texts = {member: dumps(member.value) for member in tp}
            except (TypeError, ValueError):
                return Kind("call", function=dump)
            return Kind("enum", table=texts)
        if dump is _dump_isoformat:
            return Kind("date")
        if dump is _dump_value:
            return Kind("value", check=str if json_value_is_text(tp) else None)
        json_dumper = made(dump).json
        if json_dumper is not None:
            return Kind("model", tp, function=resolved(dump), table=resolved(json_dumper))
        return Kind("call", function=dump)

    def build_dumper(self, tp: Any) -> Dumper:
        inner = optional_inner(tp)
        if inner is not None:
            return self._optional_dumper(inner)
        item = homogeneous_item(tp)
        if item is not None:
            return self._tuple_dumper(item)
        members = union_members(tp)
        if members is not None:
            return self._union_dumper(members)
        if _is_enum(tp):
            return _dump_enum
        if is_model(tp):
            return self._model_dumper(tp)
        return _dump_value

    def _optional_dumper(self, inner: Any) -> Dumper:
        dump = self.dumper(inner)
        if dump is None:
            return _identity_marker(lambda value: value)

        def dump_optional(value: Any) -> Any:
            return None if value is None else dump(value)

        return _note(dump_optional, optional=True)

    def _tuple_dumper(self, item: Any) -> Dumper:
        dump = self.dumper(item)
        if dump is None:
            return list

        def dump_items(value: Any) -> list[Any]:
            return [dump(element) for element in value]

        return _note(dump_items, items=True)

    def _union_dumper(self, members: tuple[Any, ...]) -> Dumper:
        def dump_union(value: Any) -> Any:
            dump = self.dumper(type(value))
            return value if dump is None else dump(value)

        return dump_union

    def _model_dumper(self, cls: type) -> Dumper:
        def compile_dict() -> Dumper:
            return model_dumper(cls, self.dump_kind)

        def compile_json() -> Callable[[Any], str]:
            return model_json_dumper(cls, self.dump_kind)

        dump = _lazily(compile_dict, self.lock)
        return _note(dump, json=_lazily(compile_json, self.lock))


_MISSING = object()


def _lazily(make: Callable[[], Callable[[Any], Any]], lock: threading.RLock) -> Callable[[Any], Any]:
    """A function that builds ``make()`` on its first call, then forwards to it."""
    cell: list[Callable[[Any], Any]] = []
    building: list[bool] = []

    def resolve() -> Callable[[Any], Any]:
        """The built function (``forward`` itself while it is being built: recursive models)."""
        if cell:
            return cell[0]
        with lock:
            if not cell:
                if building:
                    return forward
                building.append(True)
                try:
                    cell.append(make())
                finally:
                    building.clear()
        return cell[0]

    def forward(value: Any) -> Any:
        try:
            function = cell[0]
        except IndexError:
            function = resolve()
            if function is forward:
                raise RecursionError("a model's loader was used while it was being built") from None
        return function(value)

    return _note(forward, resolve=resolve)


def _as_hook(load: Loader) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _type: Any) -> Any:
        return load(value)

    return _note(hook, loader=load)


def _unchecked_marker(load: Loader) -> Loader:
    return _note(load, unchecked=True)


def _plain_marker(load: Loader) -> Loader:
    return _note(load, plain=True)


def _identity_marker(dump: Dumper) -> Dumper:
    return _note(dump, identity=True)


def _plain_loader(tp: type) -> Loader:
    """The loader of a str, int or bool: the constructor's own check (which a model runs itself)."""
    check = checker_for(tp)

    def load_plain(value: Any) -> Any:
        return check(value)

    return _plain_marker(load_plain)


def _load_float(value: Any) -> float:
    return cast(float, _check_float(value))


_plain_marker(_load_float)


def _enum_loader(enum_type: type[enum.Enum]) -> Loader:
    members = enum_type._value2member_map_
    allowed = ", ".join(repr(code) for code in members)
    name = enum_type.__name__

    def load_enum(value: Any) -> Any:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
            raise ValidationError.single(
                (), f"expected one of the {name} codes {allowed}, found {describe(value)}", ErrorCode.INVALID_VALUE
            )
        raise type_error(with_article(f"{name} code (a string)"), value)

    return _note(load_enum, enum=enum_type)


def _dump_enum(member: enum.Enum) -> Any:
    return member.value


def _value_loader(tp: Any) -> Loader:
    load: Loader = tp._from_json_value
    return load


def _dump_value(value: Any) -> Any:
    return value._to_json_value()


def _foreign_loader(hook: Callable[[Any, Any], Any], tp: Any) -> Loader:
    """Wrap a hook kampungkb did not make so its failures become located errors."""
    import cattrs

    def load_foreign(value: Any) -> Any:
        try:
            return hook(value, tp)
        except ValidationError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, cattrs.BaseValidationError) as exc:
            raise ValidationError.single(
                (), f"could not load {describe(value)}: {exc}", ErrorCode.INVALID_VALUE
            ) from None

    return load_foreign


def writes_no_float(tp: Any, _seen: set[Any] | None = None) -> bool:
    """Whether no value of type ``tp`` dumps to JSON holding a float: its dict is then written
    by orjson exactly as by the standard library (which writes some floats differently).

    Strings, integers, booleans, None, dates, enumerations of text or integer codes, value
    types written as text, and models, optionals, unions and tuples of these; anything else
    (a float, a free-form JSON value) may hold one.

    >>> from kampungkb.regions import Location
    >>> from kampungkb.events import ParticipantGroup
    >>> writes_no_float(ParticipantGroup), writes_no_float(Location), writes_no_float(dict)
    (True, False, False)
    """
    seen = set() if _seen is None else _seen
    if tp in _NO_FLOAT:
        return True
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (Union, types.UnionType, tuple):
        return all(arg is Ellipsis or writes_no_float(arg, seen) for arg in args)
    if not isinstance(tp, type):
        return False
    if issubclass(tp, enum.Enum):
        return all(type(member.value) in (str, int) for member in tp)
    if is_value_type(tp):
        return json_value_is_text(tp)
    if is_model(tp):
        if tp in seen:
            return True
        seen.add(tp)
        return all(writes_no_float(plan.type, seen) for plan in field_plans(tp))
    return False


_NO_FLOAT = frozenset({str, int, bool, type(None), _dt.date, _dt.datetime})
