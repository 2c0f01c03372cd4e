"""The generated fast paths agree with the reference paths on every input, valid or not."""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb._core import CodedEnum, field, made, model, public_models, slot_setters, unwritable_at, writes_no_float
from kampungkb._core._model import _check_fields, _class_checks
from kampungkb.codec import from_dict, from_json, get_converter, to_dict, to_json
from kampungkb.errors import ErrorCode, ValidationError
from kampungkb.events import ParticipantGroup
from kampungkb.testing.strategies import strategy_for_type


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
    fast = made(get_converter().get_structure_hook(Tree)).loader
    reference = made(fast).reference
    assert fast is not None
    assert reference is not None
    assert outcome(fast, document) == outcome(reference, document)


def plainly_valid(name: Any, size: Any, ratio: Any, day: Any) -> bool:
    """Whether a Leaf's values already are what its fields declare, exactly (no int for a float)."""
    return (
        type(name) is str
        and re.fullmatch(r"[A-Za-z ]{1,8}", name) is not None
        and type(size) is int
        and 0 <= size <= 100
        and (ratio is None or (type(ratio) is float and math.isfinite(ratio)))
        and (day is None or (type(day) is dt.date and day >= dt.date(2016, 1, 1)))
    )


VALID_LEAF_VALUES = st.fixed_dictionaries(
    {
        "name": st.text(st.sampled_from("Daun "), min_size=1, max_size=8),
        "size": st.integers(min_value=0, max_value=100),
        "ratio": st.none() | st.floats(allow_nan=False, allow_infinity=False),
        "day": st.none() | st.dates(min_value=dt.date(2016, 1, 1)),
    }
)


@given(
    VALID_LEAF_VALUES,
    st.sets(st.sampled_from(["name", "size", "ratio", "day"]), max_size=2),
    st.data(),
)
def test_the_fast_check_accepts_only_what_the_reference_check_accepts_unchanged(
    valid: dict[str, Any], broken: set[str], data: st.DataObject
) -> None:
    """The generated check passes exactly the instances whose values are already valid as declared, and the
    reference check passes those without changes; any other it refuses or changes."""
    values = {key: data.draw(st.dates() | json_scalars) if key in broken else value for key, value in valid.items()}
    leaf = object.__new__(Leaf)
    for key, value in values.items():
        object.__setattr__(leaf, key, value)
    fast, _ = _class_checks(Leaf)
    passed = fast(leaf)
    assert passed is plainly_valid(values["name"], values["size"], values["ratio"], values["day"])
    try:
        _check_fields(leaf)
    except ValidationError:
        assert not passed
    else:
        unchanged = all(getattr(leaf, key) is value for key, value in values.items())
        assert unchanged is passed


# -- the generated dumpers -------------------------------------------------------


def reference_dump(value: Any) -> Any:
    """The JSON-ready form, written out plainly: what to_dict must give (tags first, fields in order)."""
    if attrs.has(type(value)):
        tag = getattr(type(value), "_tag_", None)
        head = {tag[0]: tag[1]} if tag is not None else {}
        return head | {a.name: reference_dump(getattr(value, a.name)) for a in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [reference_dump(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "_to_json_value"):
        return value._to_json_value()
    return value


def json_dumps(value: Any) -> str:
    """The compact JSON text the standard library writes."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


PUBLIC_MODELS = public_models()


def same_types(left: Any, right: Any) -> bool:
    """Equal, and of the same types all the way down (1 and 1.0 are equal but not the same)."""
    if type(left) is not type(right):
        return False
    if attrs.has(type(left)):
        return all(same_types(getattr(left, a.name), getattr(right, a.name)) for a in attrs.fields(type(left)))
    if isinstance(left, tuple):
        return len(left) == len(right) and all(same_types(a, b) for a, b in zip(left, right, strict=True))
    return bool(left == right)


@pytest.mark.parametrize("name", sorted(PUBLIC_MODELS))
def test_generated_dumpers_and_loaders_agree_with_plain_code(name: str) -> None:
    """A valid instance dumps as a plain walk and json.dumps write it, and loads back as built, types and all."""
    cls = PUBLIC_MODELS[name]

    @given(strategy_for_type()[cls]())
    def check(value: Any) -> None:
        expected = reference_dump(value)
        assert json_dumps(to_dict(value)) == json_dumps(expected)  # same values, same key order
        assert to_json(value) == json_dumps(expected)
        assert same_types(from_dict(to_dict(value), cls), value)
        assert same_types(from_json(to_json(value).encode(), cls), value)

    check()


_HELD = st.characters(exclude_categories=()).filter(lambda char: unwritable_at(char) is None)


@given(st.lists(st.text(_HELD), max_size=3), st.text(_HELD))
def test_any_text_is_written_as_json_dumps_writes_it(words: list[str], title: str) -> None:
    """Quotes, backslashes, tabs, line breaks, any character a text field holds: the JSON text is json.dumps'."""
    leaf = Leaf("Daun", 1)
    tree = Tree(title=title, level=Level.LOW, words=tuple(words), leaves=(leaf,), top=leaf)
    assert to_json(tree) == json_dumps(to_dict(tree))
    assert from_json(to_json(tree), Tree) == tree


# -- building instances directly, and when not to ---------------------------------


@model
class Converted:
    """A model with an attrs converter: its constructor does more than set the fields."""

    name: str = attrs.field(converter=str.strip)


def test_a_model_with_a_converter_is_built_by_its_constructor() -> None:
    """The loader sets slots directly only for plain models; a converter still runs when loading."""
    assert slot_setters(Converted) is None
    assert slot_setters(Leaf) is not None
    assert from_dict({"name": " Daun "}, Converted).name == "Daun"


# -- the error path: what failed is not loaded again ------------------------------

calls: list[str] = []


class Counted:
    """A value type that counts how often it is loaded."""

    @classmethod
    def _from_json_value(cls, value: Any) -> Counted:
        calls.append(value)
        if value != "ok":
            raise ValidationError.single((), f"expected 'ok', found {value!r}", ErrorCode.INVALID_VALUE)
        return cls()

    def _to_json_value(self) -> str:
        return "ok"


@model(kw_only=True)
class Node:
    """A recursive model: a leaf value, one child and a list of children."""

    leaf: Counted | None = None
    child: Node | None = None
    children: tuple[Node, ...] = ()


def test_a_deep_error_is_loaded_once_whatever_the_depth() -> None:
    """A bad leaf twelve levels down (through objects and arrays) is loaded once and located exactly."""
    document: dict[str, Any] = {"leaf": "bad"}
    for depth in range(12):
        document = {"child": document, "leaf": "ok"} if depth % 2 else {"children": [{"leaf": "ok"}, document]}
    calls.clear()
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Node)
    assert calls.count("bad") == 1
    assert [item.path for item in caught.value.errors] == ["$" + ".child.children[1]" * 6 + ".leaf"]


@model
class Reading:
    """A model that holds a float, down a tuple of a union."""

    label: str
    values: tuple[Leaf | Measure, ...] = ()


@model
class Measure:
    """A model with a float."""

    amount: float


def test_a_model_that_may_hold_a_float_is_written_as_the_standard_library_writes_it() -> None:
    """orjson writes 1e-07 as 1e-7: a model with a float anywhere in it keeps the generated writer."""
    reading = Reading("x", (Leaf("Daun", 1), Measure(1e-07), Measure(1e16)))
    assert not writes_no_float(Reading)
    assert not writes_no_float(Tree)  # its leaves' ratio
    assert writes_no_float(ParticipantGroup)
    assert to_json(reading) == json_dumps(to_dict(reading))
    assert "1e-07" in to_json(reading)
    assert "1e+16" in to_json(reading)
