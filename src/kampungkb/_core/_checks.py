"""Strict type checks shared by model construction and the codec.

One place decides what a value of each annotated type may be; both a model's
``__init__`` and :mod:`kampungkb.codec` call these checks, so a rule fires the
same way from Python and from JSON.

A *checker* takes a value and returns it (normalised: a list becomes a tuple,
an ``int`` in a ``float`` field becomes a ``float``) or raises
:class:`~kampungkb.errors.ValidationError` located relative to the value.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs

from ..errors import ErrorCode, ErrorItem, ValidationError
from ._text import UNWRITABLE_CHARACTER, unwritable_at

Checker = Callable[[Any], Any]

_JSON_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    tuple: "an array",
    dict: "an object",
}


#: Letters whose English names begin with a vowel sound ("an NIP", "a PLKB").
_AN_LETTERS = frozenset("AEFHILMNORSX")
#: Words beginning with a "u" that sounds like "you" ("a unit").
_YOU_SOUND = ("uni", "use", "usa", "usu", "ura", "ure", "uti", "uto", "euro", "one")


def with_article(noun: str) -> str:
    """``noun`` after the indefinite article English gives it: "an EventLevel", "a Region", "an NIP".

    Every message that names a thing with "a"/"an" builds the phrase here.

    >>> with_article("EventLevel"), with_article("Region"), with_article("NIP number"), with_article("unit")
    ('an EventLevel', 'a Region', 'an NIP number', 'a unit')
    """
    word = noun.split(" ", 1)[0]
    if len(word) > 1 and word[:2].isupper() and word[:2].isalpha():  # an initialism, read letter by letter
        vowel = word[0] in _AN_LETTERS
    else:
        folded = word.casefold()
        vowel = folded[:1] in ("a", "e", "i", "o", "u") and not folded.startswith(_YOU_SOUND)
    return f"{'an' if vowel else 'a'} {noun}"


#: The largest integer a field holds, in magnitude: RFC 8259's range of integers that JSON
#: carries exactly between implementations, [-(2**53 - 1), 2**53 - 1]. One bound, checked by the
#: integer checker, so constructors, the codec and the generated code agree; an integer within it
#: is also exactly a float, so an integer given for a number cannot overflow.
MAX_INTEGER = 2**53 - 1

#: Integers with more digits than this are described by their size, not written out.
_SHOWN_DIGITS = 60


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters; an integer too long to write is described by its size.

    >>> short_repr(10**80)
    'an integer of 81 digits'
    >>> short_repr("x" * 100)[-5:]
    'xx...'
    """
    if type(value) is int and value.bit_length() > _SHOWN_DIGITS * 3:  # roughly 60 digits or more
        return f"an integer of {_digits(value):,} digits"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _digits(value: int) -> int:
    """How many decimal digits ``value`` has, without writing it (Python refuses past 4,300 digits)."""
    size = abs(value)
    digits = int((size.bit_length() - 1) * 0.30102999566398120) + 1  # log10(2)
    if digits < 100_000 and size >= 10**digits:
        digits += 1
    return digits


def describe(value: Any) -> str:
    """A short, safe description of a value for an error message.

    >>> describe(12), describe("12"), describe(None), describe([1]), describe(object())
    ('an integer (12)', "a string ('12')", 'null', 'an array', 'an object')
    >>> describe(10**5000)
    'an integer (an integer of 5,001 digits)'
    """
    kind = _JSON_NAMES.get(type(value))
    if kind is None:
        return with_article(type(value).__name__)
    if type(value) in (str, int, float, bool):
        return f"{kind} ({short_repr(value)})"
    return kind


def type_name(tp: Any) -> str:
    """How an expected type is named in messages ('a string', 'a Region')."""
    if tp in _JSON_NAMES:
        return _JSON_NAMES[tp]
    if tp is _dt.date:
        return "a date"
    if tp is _dt.datetime:
        return "a date-time"
    if isinstance(tp, type):
        return with_article(tp.__name__)
    return str(tp)


def type_error(expected: str, value: Any) -> ValidationError:
    """The located ``type`` error for a value that is not what was expected."""
    return ValidationError([ErrorItem((), f"expected {expected}, found {describe(value)}", ErrorCode.TYPE)])


def optional_inner(tp: Any) -> Any | None:
    """``X`` for ``X | None`` (or ``Optional[X]``), ``X | Y`` for ``X | Y | None``; None for any other type."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        every = typing.get_args(tp)
        args = tuple(a for a in every if a is not type(None))
        if len(args) == len(every) - 1:
            return args[0] if len(args) == 1 else Union[args]  # noqa: UP007 - built from a tuple of types
    return None


def union_members(tp: Any) -> tuple[Any, ...] | None:
    """The members of a union that is not a plain Optional; None otherwise."""
    if typing.get_origin(tp) in (Union, types.UnionType) and optional_inner(tp) is None:
        return typing.get_args(tp)
    return None


def homogeneous_item(tp: Any) -> Any | None:
    """``X`` for ``tuple[X, ...]``; None for any other type."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def checker_for(tp: Any) -> Checker:
    """The strict checker for values of annotated type ``tp``."""
    if tp is Any:
        return _identity
    inner = optional_inner(tp)
    if inner is not None:
        return _optional(checker_for(inner))
    item = homogeneous_item(tp)
    if item is not None:
        return _tuple_of(checker_for(item), type_name(item))
    members = union_members(tp)
    if members is not None:
        return _instance_of(members, " or ".join(type_name(m) for m in members))
    simple = _SIMPLE.get(tp)
    if simple is not None:
        return simple
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return _enum_member(tp)
        return _instance_of((tp,), type_name(tp))
    raise TypeError(f"kampungkb models do not support fields of type {tp!r}")


def _identity(value: Any) -> Any:
    return value


def _check_str(value: Any) -> str:
    if type(value) is not str:
        raise type_error("a string", value)
    if UNWRITABLE_CHARACTER.search(value) is not None:
        raise unwritable(value)
    return value


def unwritable(value: str) -> ValidationError:
    """The error for text holding a character no text field holds (see :data:`~kampungkb._core._text.UNWRITABLE`)."""
    index = unwritable_at(value)
    assert index is not None
    char = value[index]
    if "\ud800" <= char <= "\udfff":
        what = "an unpaired surrogate, which cannot be written as UTF-8"
    elif "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        what = "a bidirectional control, which can make text display as something it is not"
    else:
        what = "a control character"
    return ValidationError.single(
        (),
        f"expected text without control characters, found U+{ord(char):04X} ({what}) at index {index}",
        ErrorCode.INVALID_VALUE,
    )


def _check_int(value: Any) -> int:
    if type(value) is not int:
        raise type_error("an integer", value)
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise out_of_range(value)
    return value


def out_of_range(value: int) -> ValidationError:
    """The error for an integer beyond :data:`MAX_INTEGER` in magnitude."""
    return ValidationError.single(
        (),
        f"expected an integer from -{MAX_INTEGER} to {MAX_INTEGER} (the integers JSON carries exactly), "
        f"found {short_repr(value)}",
        ErrorCode.INVALID_VALUE,
    )


def _check_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise type_error("a boolean", value)
    return value


def _check_float(value: Any) -> float:
    kind = type(value)
    if kind is float:
        if not math.isfinite(value):
            raise ValidationError.single((), f"expected a finite number, found {value!r}", ErrorCode.INVALID_VALUE)
        return float(value)
    if kind is int:
        if not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise out_of_range(value)
        return float(value)
    raise type_error("a number", value)


def _check_date(value: Any) -> _dt.date:
    if type(value) is not _dt.date:
        raise type_error("a date", value)
    return value


def _check_datetime(value: Any) -> _dt.datetime:
    if type(value) is not _dt.datetime:
        raise type_error("a date-time", value)
    zone = value.tzinfo
    if zone is not None and type(zone) is not _dt.timezone:
        raise ValidationError.single(
            (),
            f"expected a naive date-time or one with a fixed offset (datetime.timezone), found the zone {zone!r}: "
            "a zone name cannot travel in JSON",
            ErrorCode.INVALID_VALUE,
        )
    return value


_SIMPLE: dict[Any, Checker] = {
    str: _check_str,
    int: _check_int,
    bool: _check_bool,
    float: _check_float,
    _dt.date: _check_date,
    _dt.datetime: _check_datetime,
}


def _optional(check: Checker) -> Checker:
    def check_optional(value: Any) -> Any:
        if value is None:
            return None
        return check(value)

    return check_optional


def _enum_member(enum_type: type[enum.Enum]) -> Checker:
    def check_member(value: Any) -> Any:
        if type(value) is not enum_type:
            raise type_error(with_article(f"{enum_type.__name__} member"), value)
        return value

    return check_member


def _instance_of(classes: tuple[type, ...], expected: str) -> Checker:
    def check_instance(value: Any) -> Any:
        if not isinstance(value, classes):
            raise type_error(expected, value)
        return value

    return check_instance


def _tuple_of(check: Checker, item_name: str) -> Checker:
    def check_tuple(value: Any) -> tuple[Any, ...]:
        if type(value) is not tuple:
            if type(value) is not list:
                raise type_error(f"a tuple (or list) of {item_name}", value)
            value = tuple(value)
        items = value
        errors: list[ErrorItem] = []
        changed: list[Any] | None = None
        for index, item in enumerate(items):
            try:
                checked = check(item)
            except ValidationError as exc:
                errors.extend(e.prefixed(index) for e in exc.errors)
                continue
            if checked is not item:
                if changed is None:
                    changed = list(items)
                changed[index] = checked
        if errors:
            raise ValidationError(errors)
        return items if changed is None else tuple(changed)

    return check_tuple


def is_model(tp: Any) -> bool:
    """True for a kampungkb model class (an attrs class built by :func:`~kampungkb._core._model.model`)."""
    return isinstance(tp, type) and attrs.has(tp)
