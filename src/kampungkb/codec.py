"""Strict serialization of kampungkb models: dict and JSON, with located errors.

One cattrs :class:`~cattrs.Converter`, configured by :func:`configure_converter`
(the ``cattrs.preconf`` pattern), does all the work. The four functions below use
a converter built once per process; :func:`make_converter` gives you your own to
extend with hooks for your types.

    >>> from kampungkb.events import ParticipantGroup, Participants
    >>> lurah = Participants((ParticipantGroup("Lurah", 4),), total=4)
    >>> to_json(lurah)
    '{"groups":[{"role":"Lurah","count":4,"description":null,"position":null,"qualifier":"exact"}],"total":4,"qualifier":"exact"}'
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

Typing: ``from_dict(data, Workshop)`` is a ``Workshop``; ``from_json(text, Event)`` — a union —
is typed as the union (``Workshop | MiniWorkshop | …``) by a type checker that understands
:pep:`747` ``TypeForm``; :func:`to_dict` returns a :data:`JSONValue`.

Misuse: :func:`to_dict` and :func:`to_json` take a model, a value type (such as a region
code), an enumeration member, a date, or a JSON value (text, an integer within
2**53 - 1 in magnitude, a finite float, a boolean, None, and lists, tuples and
dicts with text keys of these); anything else raises ``TypeError`` naming what is accepted.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import math
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._core import (
    MAX_INTEGER,
    JSONValue,
    describe,
    dumps,
    fast_dumps,
    is_model,
    is_value_type,
    made,
    parse_json,
    resolved,
    with_article,
    writes_no_float,
)
from ._core import configure_converter as _configure
from .errors import ErrorCode, ValidationError

if TYPE_CHECKING:  # cattrs is imported when the first converter is made, not with kampungkb
    import cattrs
    from typing_extensions import TypeForm

__all__ = [
    "JSONValue",
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

_default: list[cattrs.Converter] = []
_default_lock = threading.Lock()


# ---------------------------------------------------------------------------
# Public API


def to_dict(obj: Any) -> JSONValue:
    """The JSON-ready form of a model: dicts, lists, strings, numbers, booleans and None.

    ``obj`` is a model, a value type, an enumeration member, a date or date-time, or a JSON
    value (a list, tuple or text-keyed dict of these is written item by item). Anything else —
    a ``Decimal``, a NaN, an integer beyond 2**53 - 1 in magnitude, an object
    kampungkb does not know — raises ``TypeError`` naming what is accepted.

    >>> to_dict(3)
    3
    >>> from decimal import Decimal
    >>> to_dict(Decimal(1))
    Traceback (most recent call last):
    ...
    TypeError: to_dict takes a kampungkb model, a value type, ... or a JSON value (...); found a Decimal
    """
    return _to_dict(obj, "to_dict")


def _to_dict(obj: Any, caller: str) -> JSONValue:
    cls = type(obj)
    dump = _root_dumpers.get(cls) or _root_dumper(cls)
    try:
        data: JSONValue = dump(obj)
    except _NotAccepted as exc:
        raise TypeError(f"{caller} takes {_ACCEPTED}; found {exc.args[0]}") from None
    return data


@overload
def from_dict(data: Any, cls: type[T]) -> T: ...


@overload
def from_dict(data: Any, cls: TypeForm[T]) -> T: ...


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
        raise ValidationError.single((), "the document is nested too deeply", ErrorCode.CONSTRAINT) from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialize a model to JSON text (UTF-8 characters kept, no NaN/Infinity).

    ``obj`` is what :func:`to_dict` takes; anything else raises ``TypeError`` naming what is
    accepted (a NaN is not a JSON value).

    >>> to_json([1, 2])
    '[1,2]'
    >>> print(to_json({"a": 1}, indent=2))
    {
      "a": 1
    }
    >>> to_json(float("nan"))
    Traceback (most recent call last):
    ...
    TypeError: to_json takes a kampungkb model, ... or a JSON value (...); found a number (nan)
    """
    if indent is None:
        cls = type(obj)
        dump = _root_json_dumpers.get(cls) or _root_json_dumper(cls)
        return dump(obj)
    import json

    return json.dumps(
        _to_dict(obj, "to_json"), ensure_ascii=False, allow_nan=False, indent=indent, separators=(",", ": ")
    )


@overload
def from_json(text: str | bytes | bytearray, cls: type[T]) -> T: ...


@overload
def from_json(text: str | bytes | bytearray, cls: TypeForm[T]) -> T: ...


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
    _configure(converter)


# ---------------------------------------------------------------------------
# The functions the public API calls for a class, looked up once per class: the converter's
# hooks as they are when the class is first loaded or dumped, without cattrs' dispatch or
# the lazy trampolines on every call.

_root_loaders: dict[Any, Loader] = {}
_root_dumpers: dict[Any, Loader] = {}
_root_json_dumpers: dict[Any, Callable[[Any], str]] = {}


def _structure(data: Any, cls: Any) -> Any:
    return get_converter().structure(data, cls)


def _root_loader(cls: Any) -> Loader:
    own = made(get_converter().get_structure_hook(cls)).loader
    load: Loader = resolved(own) if own is not None else functools.partial(_structure, cls=cls)
    _root_loaders[cls] = load
    return load


#: What to_dict and to_json take, as their TypeError says.
_ACCEPTED = (
    "a kampungkb model, a value type, an enumeration member, a date, or a JSON value (a string, "
    f"an integer from -{MAX_INTEGER} to {MAX_INTEGER}, a finite float, a boolean, None, or a list, "
    "tuple or dict with string keys of these)"
)


class _NotAccepted(Exception):
    """Raised inside to_dict for a value it does not take; args[0] describes the value."""


def _root_dumper(cls: type) -> Loader:
    dump: Loader
    if cls is bool or cls is str or cls is type(None):
        dump = _same
    elif cls is int:
        dump = _dump_int
    elif cls is float:
        dump = _dump_float
    elif issubclass(cls, list | tuple):
        dump = _dump_items
    elif issubclass(cls, dict):
        dump = _dump_mapping
    elif is_model(cls) or is_value_type(cls) or issubclass(cls, enum.Enum) or cls in (_dt.date, _dt.datetime):
        dump = resolved(get_converter().get_unstructure_hook(cls))
    else:
        dump = _refuse
    _root_dumpers[cls] = dump
    return dump


def _same(obj: Any) -> Any:
    return obj


def _refuse(obj: Any) -> Any:
    raise _NotAccepted(with_article(type(obj).__name__))


def _dump_int(obj: int) -> int:
    if not -MAX_INTEGER <= obj <= MAX_INTEGER:
        raise _NotAccepted(describe(obj))
    return obj


def _dump_float(obj: float) -> float:
    if not math.isfinite(obj):
        raise _NotAccepted(describe(obj))
    return obj


def _dump_item(obj: Any) -> Any:
    cls = type(obj)
    dump = _root_dumpers.get(cls) or _root_dumper(cls)
    return dump(obj)


def _dump_items(obj: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [_dump_item(item) for item in obj]


def _dump_mapping(obj: dict[Any, Any]) -> dict[str, Any]:
    out = {}
    for key, value in obj.items():
        if type(key) is not str:
            raise _NotAccepted(f"a dict with {with_article(type(key).__name__)} key")
        out[key] = _dump_item(value)
    return out


def _root_json_dumper(cls: type) -> Callable[[Any], str]:
    hook = get_converter().get_unstructure_hook(cls)
    own = made(hook).json
    dump: Callable[[Any], str] = resolved(own) if own is not None else _dump_json_generic
    fast = fast_dumps()
    if own is not None and fast is not None and is_model(cls) and writes_no_float(cls):
        # orjson writing the model's dict is faster than the generated text, and the same text
        # when no float can be in it (tests/test_fast_paths.py compares them on every model).
        to_plain, text = resolved(hook), dump

        def dump(obj: Any) -> str:
            try:
                return fast(to_plain(obj)).decode()
            except TypeError:  # text orjson refuses (a lone surrogate put in by hand): the generated text
                return text(obj)

    _root_json_dumpers[cls] = dump
    return dump


def _dump_json_generic(obj: Any) -> str:
    return dumps(_to_dict(obj, "to_json"))
