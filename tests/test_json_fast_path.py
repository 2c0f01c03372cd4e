"""parse_json's fast path (orjson, taken only when the text is exactly orjson's compact form)
gives what the reference path (the standard library, duplicate keys refused) gives, on any
JSON text; duplicate keys stay refused, wherever they are (issue 24).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb._core import _json, dumps, parse_json
from kampungkb.errors import ValidationError

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


def _reference(text: str | bytes) -> Any:
    """The standard library path alone."""
    saved = _json._fast[:]
    _json._fast[:] = [None]
    try:
        return parse_json(text)
    finally:
        _json._fast[:] = saved


def _outcome(call: Any) -> tuple[str, Any]:
    try:
        return ("value", call())
    except ValidationError as exc:
        return ("error", str(exc))


@given(_values, st.sampled_from(["compact", "spaced", "ascii", "pretty"]), st.booleans())
def test_fast_and_reference_paths_agree(value: Any, style: str, as_bytes: bool) -> None:
    text = {
        "compact": dumps(value),
        "spaced": json.dumps(value, ensure_ascii=False),
        "ascii": json.dumps(value, separators=(",", ":")),
        "pretty": json.dumps(value, ensure_ascii=False, indent=1),
    }[style]
    data: str | bytes = text.encode("utf-8", "surrogatepass") if as_bytes else text
    fast, reference = _outcome(lambda: parse_json(data)), _outcome(lambda: _reference(data))
    assert repr(fast) == repr(reference)  # repr: -0.0 and 0.0, 1 and 1.0 differ


@given(st.dictionaries(st.text(max_size=4), _scalars, min_size=1, max_size=4), st.data())
def test_a_duplicate_key_is_refused_anywhere(obj: dict[str, Any], data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(sorted(obj)))
    inner = dumps(obj)[:-1] + "," + dumps(key) + ":" + dumps(obj[key]) + "}"  # the same key twice, same value
    depth = data.draw(st.integers(0, 3))
    text = inner
    for _ in range(depth):
        text = data.draw(st.sampled_from(['{"a":%s}', "[%s]", '[1,{"b":%s}]'])) % text
    with pytest.raises(ValidationError, match="duplicate key"):
        parse_json(text)
    with pytest.raises(ValidationError, match="duplicate key"):
        parse_json(text.encode())


@pytest.mark.parametrize(
    "text", ['{"a":1}', '[1,2.5,"x",null,true,{"é":"\\u0000"}]', '{"a":{"b":[{"c":"Kota Pasuruan"}]}}']
)
def test_compact_text_takes_the_fast_path(text: str) -> None:
    """The fast path is taken for compact text (so the comparisons above test it)."""
    assert _json._parse_fast(text) is not _json._MISSING
    assert _json._parse_fast(text.encode()) is not _json._MISSING


@pytest.mark.parametrize(
    "text", ['{"a":1,"a":2}', '{"a": 1}', '{"a":-0}', '{"a":1e5}', '{"a":"\\u00e9"}', "[18446744073709551616]"]
)
def test_other_texts_take_the_reference_path(text: str) -> None:
    assert _json._parse_fast(text) is _json._MISSING
