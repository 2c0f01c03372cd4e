"""Strict serialization of kampungkb models: dict and JSON, with located errors.

One cattrs :class:`~cattrs.Converter`, configured by :func:`configure_converter`
(the ``cattrs.preconf`` pattern), does all the work. The four functions below use
a converter built once per process; :func:`make_converter` gives you your own to
extend with hooks for your types.

    >>> from kampungkb.events import ParticipantGroup, Participants
    >>> lurah = Participants((ParticipantGroup("Lurah", 4),), total=4)
    >>> to_json(lurah)
    '{"groups":[{"role":"Lurah","count":4,"description":null,"position":null}],"total":4}'
    >>> from_json(to_json(lurah), Participants) == lurah
    True
    >>> from_dict({"groups": [{"role": 4, "count": -1}], "total": "4", "note": ""}, Participants)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 4 validation errors
    $.groups[0].role: expected a string, found an integer (4) [type]
    $.groups[0].count: expected a value >= 0, found -1 [constraint]
    $.total: expected an integer, found a string ('4') [type]
    $.note: unexpected key; Participants has no field 'note' [extra_key]

Strictness: a string field takes only a string, an integer field only an
integer (not ``True``, ``12.0`` or ``"12"``), a boolean only ``true``/``false``;
``null`` only where the field is optional; unknown keys are rejected; dates are
ISO 8601 strings; enumerations travel as their codes; tuples as arrays.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import re
import threading
from collections.abc import Callable
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import attrs

from ._core import (
    Kind,
    _dumps,
    check_values,
    checker_for,
    describe,
    field_plans,
    homogeneous_item,
    is_model,
    model_dumper,
    model_json_dumper,
    model_loader,
    optional_inner,
    slot_setters,
    type_error,
    union_members,
)
from .errors import ErrorItem, ValidationError

if TYPE_CHECKING:  # cattrs is imported when the first converter is made, not with kampungkb
    import cattrs

__all__ = [
    "configure_converter",
    "from_dict",
    "from_json",
    "get_converter",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")
Loader = Callable[[Any], Any]
Dumper = Callable[[Any], Any]
#: What a generated loader saw fail: ("value" or "items", the field's name, the error raised).
Failure = tuple[str, str, ValidationError]

#: Types a model checks by itself at construction: the codec passes them through.
_PLAIN = frozenset({str, int, float, bool})

_check_float = checker_for(float)

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)


# ---------------------------------------------------------------------------
# Public API


def to_dict(obj: Any) -> Any:
    """The JSON-ready form of a model: dicts, lists, strings, numbers, booleans and None.

    >>> from kampungkb.errors import ErrorItem
    >>> to_dict(3)
    3
    """
    cls = type(obj)
    dump = _root_dumpers.get(cls) or _root_dumper(cls)
    return dump(obj)


@overload
def from_dict(data: Any, cls: type[T]) -> T: ...


@overload
def from_dict(data: Any, cls: UnionType) -> Any: ...


def from_dict(data: Any, cls: Any) -> Any:
    """Load ``data`` (as made by :func:`to_dict` or :func:`json.loads`) into ``cls``.

    Raises :class:`~kampungkb.errors.ValidationError` listing every problem.

    >>> from_dict("12", int)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected an integer, found a string ('12') [type]
    """
    try:
        load = _root_loaders.get(cls) or _root_loader(cls)
    except TypeError:  # an unhashable "type": let cattrs say what it makes of it
        load = functools.partial(_structure, cls=cls)
    try:
        return load(data)
    except RecursionError:
        raise ValidationError.single("the document is nested too deeply", "constraint") from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialize a model to JSON text (UTF-8 characters kept, no NaN/Infinity).

    >>> to_json([1, 2])
    '[1,2]'
    >>> print(to_json({"a": 1}, indent=2))
    {
      "a": 1
    }
    """
    if indent is None:
        cls = type(obj)
        dump = _root_json_dumpers.get(cls) or _root_json_dumper(cls)
        return dump(obj)
    return json.dumps(to_dict(obj), ensure_ascii=False, allow_nan=False, indent=indent, separators=(",", ": "))


@overload
def from_json(text: str | bytes | bytearray, cls: type[T]) -> T: ...


@overload
def from_json(text: str | bytes | bytearray, cls: UnionType) -> Any: ...


def from_json(text: str | bytes | bytearray, cls: Any) -> Any:
    """Parse JSON text (str or UTF-8 bytes) and load it into ``cls``.

    Malformed JSON raises a ValidationError with code ``json`` giving the line and
    column; so do duplicate keys, ``NaN`` and ``Infinity``.

    >>> from_json('{"a": 1,}', dict)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: invalid JSON at line 1, column ...: ... [json]
    """
    return from_dict(parse_json(text), cls)


def get_converter() -> cattrs.Converter:
    """The process-wide converter the module functions use (built on first call).

    >>> get_converter() is get_converter()
    True
    """
    if not _default:
        with _default_lock:
            if not _default:
                _default.append(make_converter())
    return _default[0]


def make_converter() -> cattrs.Converter:
    """A new converter configured for kampungkb models; extend it with your own hooks.

    >>> converter = make_converter()
    >>> converter.structure("2020-12-28", __import__("datetime").date)
    datetime.date(2020, 12, 28)
    """
    import cattrs

    converter = cattrs.Converter()
    configure_converter(converter)
    return converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Install kampungkb's strict hooks on ``converter`` (the cattrs preconf pattern).

    Hooks are generated once per class and cached; models, enumerations, dates,
    tuples, optionals, tagged unions and value types (classes that define
    ``_from_json_value``/``_to_json_value``) are covered.

    >>> import cattrs
    >>> c = cattrs.Converter()
    >>> configure_converter(c)
    >>> c.structure(True, bool)
    True
    """
    _Hooks(converter).install()


# ---------------------------------------------------------------------------
# The functions the public API calls for a class, looked up once per class: the converter's
# hooks as they are when the class is first loaded or dumped, without cattrs' dispatch or
# the lazy trampolines on every call.

_root_loaders: dict[Any, Loader] = {}
_root_dumpers: dict[Any, Dumper] = {}
_root_json_dumpers: dict[Any, Callable[[Any], str]] = {}


def _structure(data: Any, cls: Any) -> Any:
    return get_converter().structure(data, cls)


def _root_loader(cls: Any) -> Loader:
    own = getattr(get_converter().get_structure_hook(cls), "kkb_loader", None)
    load: Loader = _resolved(own) if own is not None else functools.partial(_structure, cls=cls)
    _root_loaders[cls] = load
    return load


def _root_dumper(cls: type) -> Dumper:
    dump: Dumper = _resolved(get_converter().get_unstructure_hook(cls))
    _root_dumpers[cls] = dump
    return dump


def _root_json_dumper(cls: type) -> Callable[[Any], str]:
    own = getattr(get_converter().get_unstructure_hook(cls), "kkb_json", None)
    dump: Callable[[Any], str] = _resolved(own) if own is not None else _dump_json_generic
    _root_json_dumpers[cls] = dump
    return dump


def _dump_json_generic(obj: Any) -> str:
    return _dumps(to_dict(obj))


# ---------------------------------------------------------------------------
# JSON text


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r} in an object")
            seen.add(key)
    return result


#: One decoder for every call (as ``json.loads`` keeps one): building it costs more than a small document.
_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_reject_constant)


def parse_json(text: str | bytes | bytearray) -> Any:
    """Parse JSON text strictly; errors are ValidationError with code ``json``."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single(f"invalid JSON: not UTF-8 text (byte {exc.start})", "json") from None
    elif type(text) is not str:
        raise ValidationError.single(f"expected JSON text (str or bytes), found {describe(text)}", "json")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", "json"
        ) from None
    except RecursionError:
        raise ValidationError.single("invalid JSON: nested too deeply", "json") from None
    except ValueError as exc:  # duplicate keys, NaN, over-long integers
        raise ValidationError.single(f"invalid JSON: {exc}", "json") from None


# ---------------------------------------------------------------------------
# Hooks

_default: list[cattrs.Converter] = []
_default_lock = threading.Lock()


def _tag_of(cls: type) -> tuple[str, str] | None:
    tag = getattr(cls, "_tag_", None)
    return cast(tuple[str, str], tag) if tag is not None else None


def _is_value_type(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "_from_json_value") and hasattr(tp, "_to_json_value")


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _is_tagged_union(tp: Any) -> bool:
    members = union_members(tp)
    return members is not None and all(is_model(m) and _tag_of(m) is not None for m in members)


def _load_date(value: Any) -> _dt.date:
    if type(value) is not str:
        raise type_error("a date as 'YYYY-MM-DD'", value)
    if _DATE.fullmatch(value) is None:
        raise ValidationError.single(f"expected a date as 'YYYY-MM-DD', found {describe(value)}", "invalid_value")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError.single(f"{value!r} is not a calendar date", "invalid_value") from None


def _load_datetime(value: Any) -> _dt.datetime:
    if type(value) is not str:
        raise type_error("a date-time as 'YYYY-MM-DDTHH:MM:SS'", value)
    if _DATETIME.fullmatch(value) is None:
        raise ValidationError.single(
            f"expected a date-time as 'YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM]', found {describe(value)}",
            "invalid_value",
        )
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError.single(f"{value!r} is not a calendar date-time", "invalid_value") from None


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
        plain_checks = {
            str: _check_plain(str, "a string"),
            int: _check_plain(int, "an integer"),
            bool: _check_plain(bool, "a boolean"),
        }
        for tp, check in plain_checks.items():
            c.register_structure_hook(tp, _as_hook(check))
        c.register_structure_hook(float, _as_hook(_load_float))
        c.register_structure_hook(_dt.date, _as_hook(_load_date))
        c.register_structure_hook(_dt.datetime, _as_hook(_load_datetime))
        c.register_unstructure_hook(_dt.date, _dump_isoformat)
        c.register_unstructure_hook(_dt.datetime, _dump_isoformat)

        def supported(tp: Any) -> bool:
            return (
                is_model(tp)
                or _is_value_type(tp)
                or _is_enum(tp)
                or _is_tagged_union(tp)
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
        found: Loader | None = getattr(hook, "kkb_loader", None)
        if found is None:
            found = _foreign_loader(hook, tp)
        elif getattr(found, "kkb_plain", False):
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
            if getattr(found, "kkb_identity", False):
                found = None
        self.dumpers[tp] = found
        return found

    # -- loaders -----------------------------------------------------------

    def load_kind(self, tp: Any) -> Kind:
        """How the generated code loads ``tp``: specialised where the hook is kampungkb's own."""
        own = getattr(self.converter.get_structure_hook(tp), "kkb_loader", None)
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
        if getattr(own, "kkb_enum", None) is tp:
            return Kind("enum", table=tp._value2member_map_)  # type: ignore[union-attr]
        if getattr(own, "kkb_model", None) is tp:
            return Kind("call", function=_resolved(own))
        members = getattr(own, "kkb_union", None)
        if members is not None:
            key, by_value = members
            loaders = {value: _resolved(cast(Loader, self.loader(m))) for value, m in by_value.items()}
            return Kind("union", key, table=loaders)
        if _is_value_type(tp) and own == tp._from_json_value:
            return Kind("call", function=own, check=tp)
        return generic

    def build_loader(self, tp: Any) -> Loader:
        inner = optional_inner(tp)
        if inner is not None:
            return self._optional_loader(inner)
        item = homogeneous_item(tp)
        if item is not None:
            return self._tuple_loader(item)
        if _is_tagged_union(tp):
            return self._union_loader(union_members(tp) or ())
        if _is_enum(tp):
            return _enum_loader(tp)
        if is_model(tp):
            return self._model_loader(tp)
        return _value_loader(tp)

    def _optional_loader(self, inner: Any) -> Loader:
        load = self.loader(inner)
        if load is None:
            return _plain_marker(lambda value: value)

        def load_optional(value: Any) -> Any:
            return None if value is None else load(value)

        return load_optional

    def _tuple_loader(self, item: Any) -> Loader:
        load = self.loader(item)
        if load is None:
            return _plain_marker(lambda value: value)

        def load_tuple(value: Any, failed: ValidationError | None = None) -> tuple[Any, ...]:
            """The items loaded; ``failed`` is the error an item already raised (it is not loaded again)."""
            if type(value) is not list and type(value) is not tuple:
                raise type_error("an array", value)
            if failed is None:
                try:
                    return tuple([load(element) for element in value])
                except ValidationError as exc:
                    failed = exc
            source = getattr(failed, "kkb_source", _MISSING)
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

        load_tuple.kkb_items = True  # type: ignore[attr-defined]
        return load_tuple

    def _union_loader(self, members: tuple[Any, ...]) -> Loader:
        tags = {cast(tuple[str, str], _tag_of(m)): m for m in members}
        keys = {key for key, _ in tags}
        if len(keys) != 1:
            raise TypeError(f"the members of a tagged union must share one tag key, found {sorted(keys)}")
        key = keys.pop()
        by_value = {value: m for (_, value), m in tags.items()}
        allowed = ", ".join(repr(v) for v in by_value)

        def load_union(value: Any) -> Any:
            if type(value) is not dict:
                raise type_error("an object", value)
            if key not in value:
                raise ValidationError.single(f"missing the tag key {key!r} (one of {allowed})", "missing", key)
            member = by_value.get(value[key]) if type(value[key]) is str else None
            if member is None:
                raise ValidationError.single(
                    f"expected one of {allowed}, found {describe(value[key])}", "invalid_value", key
                )
            load = self.loader(member)
            assert load is not None
            return load(value)

        load_union.kkb_union = (key, by_value)  # type: ignore[attr-defined]
        return load_union

    def _model_loader(self, cls: type) -> Loader:
        state: list[Any] = []
        tag = _tag_of(cls)
        scalar: Callable[[Any], Any] | None = getattr(cls, "_load_json_scalar", None)

        def build() -> list[Any]:
            with self.lock:
                if not state:
                    fields = []
                    for plan in field_plans(cls):
                        required = plan.attribute.default is attrs.NOTHING
                        fields.append((plan.name, self.loader(plan.type), required))
                    known = frozenset(name for name, _, _ in fields) | ({tag[0]} if tag else set())
                    state.extend((tuple(fields), known))
            return state

        def order(item: ErrorItem) -> int:
            # Errors in field order; the tag first; unknown keys last.
            head = item.location[0] if item.location else None
            if tag is not None and head == tag[0]:
                return -1
            names = [name for name, _, _ in state[0]]
            return names.index(head) if head in names else len(names)

        def load_reference(value: Any, failed: Failure | None = None) -> Any:
            """Load ``value`` and report every problem; ``failed`` is a field the fast path saw fail."""
            try:
                return reference(value, failed)
            except ValidationError as exc:
                exc.kkb_source = value  # type: ignore[attr-defined]  # the input these errors are about
                raise

        def reference(value: Any, failed: Failure | None) -> Any:
            if type(value) is not dict:
                if scalar is not None and type(value) is not list:
                    return scalar(value)
                raise type_error(f"an object ({cls.__name__})", value)
            fields, known = state or build()
            kwargs: dict[str, Any] = {}
            errors: list[ErrorItem] | None = None
            seen = 0
            for name, load, required in fields:
                if name in value:
                    seen += 1
                    field_value = value[name]
                    if load is not None:
                        try:
                            if failed is None or failed[1] != name:
                                field_value = load(field_value)
                            elif failed[0] == "items":  # reuse the error of the item that failed
                                field_value = load(field_value, failed[2])
                            else:  # reuse the error the field's value already raised
                                raise failed[2]
                        except ValidationError as exc:
                            errors = errors or []
                            errors.extend(e.prefixed(name) for e in exc.errors)
                            continue
                    kwargs[name] = field_value
                elif required:
                    errors = errors or []
                    errors.append(ErrorItem((name,), f"missing required field {name!r}", "missing"))
            if tag is not None:
                found_tag = value.get(tag[0], _MISSING)
                if found_tag is _MISSING:
                    errors = errors or []
                    errors.append(ErrorItem((tag[0],), f"missing the tag {tag[0]!r} ({tag[1]!r})", "missing"))
                elif found_tag != tag[1] or type(found_tag) is not str:
                    errors = errors or []
                    errors.append(
                        ErrorItem((tag[0],), f"expected {tag[1]!r}, found {describe(found_tag)}", "invalid_value")
                    )
                else:
                    seen += 1
            if len(value) > seen:
                errors = errors or []
                for key in value:
                    if key not in known:
                        errors.append(
                            ErrorItem((key,), f"unexpected key; {cls.__name__} has no field {key!r}", "extra_key")
                        )
            if errors:
                errors.extend(check_values(cls, kwargs))
                raise ValidationError(sorted(errors, key=order))
            return cls(**kwargs)

        def compile_fast() -> Loader:
            return model_loader(
                cls, field_plans(cls), tag, self.load_kind, slow=load_reference, setters=slot_setters(cls)
            )

        fast = _lazily(compile_fast, self.lock)
        fast.reference = load_reference  # type: ignore[attr-defined]
        fast.kkb_model = cls  # type: ignore[attr-defined]
        return fast

    # -- dumpers -----------------------------------------------------------

    def dump_kind(self, tp: Any) -> Kind:
        """How the generated code dumps ``tp``: specialised where the hook is kampungkb's own."""
        dump = self.dumper(tp)
        inner = optional_inner(tp)
        if inner is not None and (dump is None or getattr(dump, "kkb_optional", False)):
            return Kind("optional", inner)
        item = homogeneous_item(tp)
        if item is not None and (dump is list or getattr(dump, "kkb_items", False)):
            return Kind("items", item)
        if dump is None:
            return Kind("identity", tp if tp in _PLAIN else None)
        if dump is _dump_enum:
            try:
                texts = {member: _dumps(member.value) for member in tp}
            except (TypeError, ValueError):
                return Kind("call", function=dump)
            return Kind("enum", table=texts)
        if dump is _dump_isoformat:
            return Kind("date")
        if dump is _dump_value:
            returns = getattr(tp._to_json_value, "__annotations__", {}).get("return")
            return Kind("value", check=str if returns in (str, "str") else None)
        json_dumper = getattr(dump, "kkb_json", None)
        if json_dumper is not None:
            return Kind("model", tp, function=_resolved(dump), table=_resolved(json_dumper))
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

        dump_optional.kkb_optional = True  # type: ignore[attr-defined]
        return dump_optional

    def _tuple_dumper(self, item: Any) -> Dumper:
        dump = self.dumper(item)
        if dump is None:
            return list

        def dump_items(value: Any) -> list[Any]:
            return [dump(element) for element in value]

        dump_items.kkb_items = True  # type: ignore[attr-defined]
        return dump_items

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
        dump.kkb_json = _lazily(compile_json, self.lock)  # type: ignore[attr-defined]
        return dump


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

    forward.resolve = resolve  # type: ignore[attr-defined]
    return forward


def _resolved(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The function behind a lazily built one, building it now if it can."""
    resolve = getattr(function, "resolve", None)
    return resolve() if resolve is not None else function


def _as_hook(load: Loader) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _type: Any) -> Any:
        return load(value)

    hook.kkb_loader = load  # type: ignore[attr-defined]
    return hook


def _plain_marker(load: Loader) -> Loader:
    load.kkb_plain = True  # type: ignore[attr-defined]
    return load


def _identity_marker(dump: Dumper) -> Dumper:
    dump.kkb_identity = True  # type: ignore[attr-defined]
    return dump


def _check_plain(tp: type, expected: str) -> Loader:
    def check(value: Any) -> Any:
        if type(value) is not tp:
            raise type_error(expected, value)
        return value

    return _plain_marker(check)


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
                f"expected one of the {name} codes {allowed}, found {describe(value)}", "invalid_value"
            )
        raise type_error(f"a {name} code (a string)", value)

    load_enum.kkb_enum = enum_type  # type: ignore[attr-defined]
    return load_enum


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
            raise ValidationError.single(f"could not load {describe(value)}: {exc}", "invalid_value") from None

    return load_foreign
