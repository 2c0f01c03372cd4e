"""Loading a document with errors leaves no reference cycles (issue 24: the error path's cost).

An error kept for reuse by the reference loader used to hold its traceback, whose frames held
the error: a cycle of frames, tracebacks and errors (about 140 objects per broken workshop)
that only the garbage collector frees, at a cost that grows with everything else the program
holds. The located errors themselves are unchanged (``test_fast_paths``, ``test_codec``).
"""

from __future__ import annotations

import copy
import gc

import pytest

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.events import Workshop
from kampungkb.examples import pasuruan_city_workshop_2020

BREAKS = {
    "a long title": (("title",), "x" * 600),
    "a date in another form": (("dates", "start"), "28 Desember 2020"),
    "a count as text, in a list item": (("participants", "groups", 1, "count"), "4"),
    "an unknown code, two levels down a list item": (("speakers", 0, "organization", "kind"), "bkkbn"),
    "an unexpected key": (("venue", "alamat"), "Jl. Pahlawan"),
}


def _broken(*names: str) -> dict:
    document = copy.deepcopy(to_dict(pasuruan_city_workshop_2020()))
    for name in names:
        path, value = BREAKS[name]
        target = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return document


def _cyclic_garbage(call, times: int = 20) -> int:
    call()  # first use builds the loaders
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(times):
            call()
        return gc.collect()
    finally:
        if enabled:
            gc.enable()


def _load_and_format(document: dict, *, as_json: bool = False):
    text = to_json_text(document) if as_json else None

    def call() -> str:
        try:
            if text is not None:
                from_json(text, Workshop)
            else:
                from_dict(document, Workshop)
        except ValidationError as exc:
            return str(exc)
        raise AssertionError("accepted")

    return call


def to_json_text(document: dict) -> str:
    import json

    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_one_error_leaves_no_cycle(name):
    assert _cyclic_garbage(_load_and_format(_broken(name))) == 0


@pytest.mark.parametrize("as_json", [False, True])
def test_five_errors_leave_no_cycle(as_json):
    document = _broken(*BREAKS)
    call = _load_and_format(document, as_json=as_json)
    assert call().startswith("5 validation errors")
    assert _cyclic_garbage(call) == 0


def test_a_valid_load_leaves_no_cycle():
    value = pasuruan_city_workshop_2020()
    data, text = to_dict(value), to_json(value)
    assert _cyclic_garbage(lambda: from_dict(data, Workshop)) == 0
    assert _cyclic_garbage(lambda: from_json(text, Workshop)) == 0
