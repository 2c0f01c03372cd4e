"""JSON text: strict parsing with located errors, and compact writing.

Every reader of JSON text in kampungkb — the codec, JSON Lines, the command line, the
gazetteer loader — parses through :func:`parse_json`, and every writer of compact JSON
through :func:`dumps`, so one rule holds everywhere: duplicate keys, ``NaN`` and
``Infinity`` are refused, text that is not UTF-8 is refused, characters are kept.

Parsing has a fast path and a reference path. The reference path is the standard
library's parser with a hook on every object that refuses a duplicate key (and the
located error messages). When orjson is installed (a dependency of kampungkb; the
standard library alone works when its wheel is missing), :func:`parse_json` first parses
with orjson, which keeps the last of duplicate keys silently; the result is taken only
when orjson writes it back as exactly the input — compact JSON, as :func:`dumps` and every
kampungkb writer produce it. A dropped duplicate key cannot survive that check (the
written text would lack it), nor can any value orjson reads differently from the standard
library (a number beyond 64 bits, ``1e5``, ``-0``, an escaped character: each is written
back differently). Anything else — pretty-printed text, other spellings, every error —
goes to the reference path, so results and errors are the standard library's in every case.

    >>> parse_json('{"a": 1}')
    {'a': 1}
    >>> dumps({"nama": "Kota Pasuruan"})
    '{"nama":"Kota Pasuruan"}'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import ErrorCode, ValidationError
from ._checks import describe
from ._lazy import once

if TYPE_CHECKING:
    import json

__all__ = ["dumps", "encode_string", "fast_dumps", "parse_json", "string_encoder"]

# The standard library's json is imported on first use, not at import (a few milliseconds of
# every area's import): orjson reads compact text, and the generated code writes JSON itself.


def dumps(value: Any) -> str:
    """Compact JSON text of ``value``: no spaces, characters kept, no NaN or Infinity."""
    import json

    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@once
def string_encoder() -> Callable[[str], str]:
    """The string encoder ``json.dumps(..., ensure_ascii=False)`` uses (the C one when available)."""
    from json.encoder import encode_basestring

    return encode_basestring


def encode_string(text: str) -> str:
    """``text`` as a JSON string, as ``json.dumps(text, ensure_ascii=False)`` writes it."""
    return string_encoder()(text)


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


@once
def _decoder() -> json.JSONDecoder:
    """One decoder for every call (as ``json.loads`` keeps one): building it costs more than a small document."""
    import json

    return json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_reject_constant)


#: orjson's (loads, dumps) when installed; looked up on the first parse, not at import.
_fast: list[tuple[Callable[[Any], Any], Callable[[Any], bytes]] | None] = []


def _fast_functions() -> tuple[Callable[[Any], Any], Callable[[Any], bytes]] | None:
    if not _fast:
        try:
            import orjson
        except ImportError:  # pragma: no cover - orjson is a dependency; the reference path alone works
            _fast.append(None)
        else:
            _fast.append((orjson.loads, orjson.dumps))
    return _fast[0]


def fast_dumps() -> Callable[[Any], bytes] | None:
    """orjson's ``dumps`` (compact UTF-8 JSON), or None without orjson.

    It writes what :func:`dumps` writes for every JSON value but a float (``1e-07`` is ``1e-7``
    there) and text holding a lone surrogate (which it refuses).
    """
    fast = _fast[0] if _fast else _fast_functions()
    return None if fast is None else fast[1]


def _parse_fast(text: str | bytes) -> Any:
    """orjson's reading of ``text`` when it is exactly its compact form (so no key was dropped), else ``_MISSING``."""
    fast = _fast[0] if _fast else _fast_functions()
    if fast is None or text[1:2] in _PRETTY:
        return _MISSING
    loads, write = fast
    try:
        value = loads(text)
        again = write(value)
    except Exception:
        return _MISSING
    if again == text or (type(text) is str and again == text.encode()):
        return value
    return _MISSING


_MISSING = object()
#: A second character that is white space: pretty-printed text, never compact (go straight to the reference path).
_PRETTY = frozenset(("\n", " ", "\r", "\t", b"\n", b" ", b"\r", b"\t"))


def parse_json(text: str | bytes | bytearray) -> Any:
    """Parse JSON text strictly; errors are ValidationError with code ``json``.

    >>> parse_json('{"a": 1, "a": 2}')
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: invalid JSON: duplicate key 'a' in an object [json]
    """
    kind = type(text)
    if kind is bytes or kind is str:
        value = _parse_fast(text)  # type: ignore[arg-type]
        if value is not _MISSING:
            return value
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single(
                (), f"invalid JSON: not UTF-8 text (byte {exc.start})", ErrorCode.JSON
            ) from None
    elif type(text) is not str:
        raise ValidationError.single((), f"expected JSON text (str or bytes), found {describe(text)}", ErrorCode.JSON)
    if text.startswith("\ufeff"):
        text = text[1:]
    import json

    try:
        return _decoder().decode(text)
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            (), f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", ErrorCode.JSON
        ) from None
    except RecursionError:
        raise ValidationError.single((), "invalid JSON: nested too deeply", ErrorCode.JSON) from None
    except ValueError as exc:  # duplicate keys, NaN, over-long integers
        message = str(exc)
        if "integer string conversion" in message:  # Python's own limit on the digits of an integer
            message = "an integer of more than 4300 digits"
        raise ValidationError.single((), f"invalid JSON: {message}", ErrorCode.JSON) from None
