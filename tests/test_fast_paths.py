"""The generated fast paths agree with the reference paths on every input, valid or not."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from hypothesis import given
from hypothesis import strategies as st

from kampungkb import ValidationError
from kampungkb._enum import CodedEnum
from kampungkb._model import _check_fields, _class_checks, field, model
from kampungkb.codec import get_converter


class Level(CodedEnum):
    """A vocabulary for the tests."""

    LOW = "low", "Rendah"
    HIGH = "high", "Tinggi"


@model
class Leaf:
    """A nested model with constraints of every kind."""

    name: str = field(min_length=1, max_length=8, pattern=r"[A-Za-z ]+")
    size: int = field(ge=0, le=100)
    ratio: float | None = None
    day: dt.date | None = field(default=None, ge=dt.date(2016, 1, 1))


@model(kw_only=True)
class Tree:
    """A tagged model holding every field shape the fast paths generate code for."""

    _tag_: ClassVar[tuple[str, str]] = ("kind", "tree")
    title: str
    level: Level
    flag: bool = False
    leaves: tuple[Leaf, ...] = field(default=(), max_items=3)
    words: tuple[str, ...] = ()
    top: Leaf | None = None
    stamp: dt.datetime | None = None


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=120),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "Daun", "daun 2", "low", "high", "HIGH", "2020-12-28", "2015-01-01", "x" * 9]),
)


def near_documents() -> st.SearchStrategy[Any]:
    """Documents close to valid Trees: right keys, values of any JSON type."""
    leaf = st.fixed_dictionaries(
        {"name": json_scalars, "size": json_scalars},
        optional={"ratio": json_scalars, "day": json_scalars, "extra": json_scalars},
    )
    return st.fixed_dictionaries(
        {"kind": st.sampled_from(["tree", "bush", 1]), "title": json_scalars, "level": json_scalars},
        optional={
            "flag": json_scalars,
            "leaves": st.lists(leaf | json_scalars, max_size=4),
            "words": st.lists(json_scalars, max_size=3) | json_scalars,
            "top": leaf | json_scalars,
            "stamp": st.sampled_from(["2020-12-28T08:00:00", "2020-12-28T08:00:00+07:00", "bad", None]),
            "surplus": json_scalars,
        },
    )


def outcome(load: Any, document: Any) -> Any:
    """What a loader gives: the object, or the errors it raised."""
    try:
        return load(document)
    except ValidationError as exc:
        return exc.errors


@given(near_documents())
def test_the_fast_loader_gives_what_the_reference_loader_gives(document: Any) -> None:
    """For any document, the generated loader's result or errors equal the reference's."""
    fast = get_converter().get_structure_hook(Tree).kkb_loader
    assert outcome(fast, document) == outcome(fast.reference, document)


@given(
    name=json_scalars,
    size=json_scalars,
    ratio=json_scalars,
    day=st.none() | st.dates() | json_scalars,
)
def test_the_fast_check_accepts_only_what_the_reference_check_accepts_unchanged(
    name: Any, size: Any, ratio: Any, day: Any
) -> None:
    """If the generated check passes an instance, the reference check passes it without changes."""
    leaf = object.__new__(Leaf)
    for key, value in {"name": name, "size": size, "ratio": ratio, "day": day}.items():
        object.__setattr__(leaf, key, value)
    fast, _ = _class_checks(Leaf)
    if fast(leaf):
        before = (leaf.name, leaf.size, leaf.ratio, leaf.day)
        _check_fields(leaf)
        assert (leaf.name, leaf.size, leaf.ratio, leaf.day) == before
