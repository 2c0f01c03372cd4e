"""The strict codec: what it accepts, what it rejects, and where it says the problem is."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kampungkb
from kampungkb._core import MAX_INTEGER, CodedEnum, field, made, model, unwritable_at
from kampungkb.codec import configure_converter, from_dict, from_json, get_converter, make_converter, to_dict, to_json
from kampungkb.errors import ValidationError


class Colour(CodedEnum):
    """A small vocabulary for the tests."""

    RED = "red", "Merah"
    GREEN = "green", "Hijau"


@model
class Inner:
    """A nested model."""

    count: int = field(ge=0)
    label: str | None = None


@model(kw_only=True)
class Sample:
    """One field of every kind the codec supports."""

    text: str = field(min_length=1, max_length=20)
    number: int
    ratio: float
    flag: bool
    day: dt.date
    stamp: dt.datetime
    colour: Colour
    inner: Inner
    maybe: int | None = None
    words: tuple[str, ...] = ()
    inners: tuple[Inner, ...] = ()
    colours: tuple[Colour, ...] = ()


@model
class Cat:
    """A tagged member."""

    _tag_: ClassVar[tuple[str, str]] = ("kind", "cat")
    name: str


@model
class Dog:
    """Another tagged member."""

    _tag_: ClassVar[tuple[str, str]] = ("kind", "dog")
    name: str
    good: bool = True


Pet = Cat | Dog


class Upper(str):
    """A user's own string type."""


@model
class Badge:
    """A model with a field of the user's own type."""

    code: Upper


@model
class Home:
    """Holds a tagged union."""

    pets: tuple[Pet, ...]


VALID: dict[str, Any] = {
    "text": "Kampung KB",
    "number": 12,
    "ratio": 0.5,
    "flag": True,
    "day": "2020-12-28",
    "stamp": "2020-12-28T08:00:00+07:00",
    "colour": "red",
    "inner": {"count": 1, "label": None},
    "maybe": None,
    "words": ["a", "b"],
    "inners": [{"count": 2, "label": "x"}],
    "colours": ["green"],
}


def with_(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A deep copy of VALID with the value at ``path`` replaced."""
    doc = json.loads(json.dumps(VALID))
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


def without(key: str) -> dict[str, Any]:
    """A copy of VALID without ``key``."""
    return {k: v for k, v in VALID.items() if k != key}


def test_the_valid_document_loads_and_dumps_back_unchanged() -> None:
    """A valid document loads, and to_dict gives the same document back."""
    sample = from_dict(VALID, Sample)
    assert sample.day == dt.date(2020, 12, 28)
    assert sample.colour is Colour.RED
    assert sample.words == ("a", "b")
    assert to_dict(sample) == VALID


COERCIONS: list[tuple[dict[str, Any], str, str]] = [
    # str <-> int
    (with_(("text",), 12), "$.text", "type"),
    (with_(("number",), "12"), "$.number", "type"),
    # bool is not an int, float is not an int
    (with_(("number",), True), "$.number", "type"),
    (with_(("number",), 12.0), "$.number", "type"),
    (with_(("number",), 12.5), "$.number", "type"),
    # bool takes only booleans
    (with_(("flag",), 1), "$.flag", "type"),
    (with_(("flag",), "true"), "$.flag", "type"),
    (with_(("flag",), None), "$.flag", "type"),
    # float: no strings, no booleans
    (with_(("ratio",), "0.5"), "$.ratio", "type"),
    (with_(("ratio",), False), "$.ratio", "type"),
    # None only where Optional
    (with_(("text",), None), "$.text", "type"),
    (with_(("inner",), None), "$.inner", "type"),
    (with_(("colour",), None), "$.colour", "type"),
    # list where str, dict where list, str where list
    (with_(("text",), ["Kampung"]), "$.text", "type"),
    (with_(("words",), {"a": 1}), "$.words", "type"),
    (with_(("words",), "a b"), "$.words", "type"),
    (with_(("inners",), {"count": 1}), "$.inners", "type"),
    # nested wrong types
    (with_(("inner", "count"), "1"), "$.inner.count", "type"),
    (with_(("inners",), [{"count": 1}, {"count": 1.0}]), "$.inners[1].count", "type"),
    (with_(("words",), ["a", 2]), "$.words[1]", "type"),
    (with_(("inner",), "count=1"), "$.inner", "type"),
    # enums: wrong code, wrong case, wrong type
    (with_(("colour",), "blue"), "$.colour", "invalid_value"),
    (with_(("colour",), "Red"), "$.colour", "invalid_value"),
    (with_(("colour",), 1), "$.colour", "type"),
    (with_(("colours",), ["green", "GREEN"]), "$.colours[1]", "invalid_value"),
    # dates: wrong format, impossible date, wrong type
    (with_(("day",), "28/12/2020"), "$.day", "invalid_value"),
    (with_(("day",), "28 Desember 2020"), "$.day", "invalid_value"),
    (with_(("day",), "20201228"), "$.day", "invalid_value"),
    (with_(("day",), "2021-02-31"), "$.day", "invalid_value"),
    (with_(("day",), 20201228), "$.day", "type"),
    (with_(("stamp",), "2020-12-28"), "$.stamp", "invalid_value"),
    (with_(("stamp",), "2020-12-28 08:00"), "$.stamp", "invalid_value"),
    # optional still typed
    (with_(("maybe",), "3"), "$.maybe", "type"),
    (with_(("inner", "label"), 5), "$.inner.label", "type"),
    # constraints fire from JSON too
    (with_(("text",), ""), "$.text", "constraint"),
    (with_(("inner", "count"), -1), "$.inner.count", "constraint"),
    # missing and extra keys
    (without("number"), "$.number", "missing"),
    (with_(("extra",), 1), "$.extra", "extra_key"),
    (with_(("inner", "Count"), 1), "$.inner.Count", "extra_key"),
]


@pytest.mark.parametrize(("document", "path", "code"), COERCIONS)
def test_wrong_typed_input_is_rejected_where_it_is(document: dict[str, Any], path: str, code: str) -> None:
    """Each wrong-typed value is rejected, located at its path, with the expected code."""
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Sample)
    assert (path, code) in [(item.path, item.code) for item in caught.value.errors]


@pytest.mark.parametrize(("document", "path", "code"), COERCIONS)
def test_the_same_input_is_rejected_from_json_text(document: dict[str, Any], path: str, code: str) -> None:
    """from_json rejects what from_dict rejects, at the same path."""
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(document), Sample)
    assert (path, code) in [(item.path, item.code) for item in caught.value.errors]


@pytest.mark.parametrize(("document", "path", "code"), COERCIONS)
def test_the_generated_loader_reports_what_the_reference_loader_reports(
    document: dict[str, Any], path: str, code: str
) -> None:
    """For every case of the table the optimised loader refuses, with the reference's errors, paths and order."""
    fast = made(get_converter().get_structure_hook(Sample)).loader
    assert fast is not None
    reference = made(fast).reference
    assert reference is not None
    with pytest.raises(ValidationError) as by_fast:
        fast(document)
    with pytest.raises(ValidationError) as by_reference:
        reference(document)
    assert by_fast.value.errors == by_reference.value.errors
    assert (path, code) in [(item.path, item.code) for item in by_fast.value.errors]


def test_every_error_in_a_document_is_reported_together() -> None:
    """Five problems in five places give five located errors in one exception."""
    document = with_(("text",), 1)
    document["number"] = "2"
    document["inner"]["count"] = -3
    document["colours"] = ["purple"]
    document["surplus"] = True
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Sample)
    assert sorted(item.path for item in caught.value.errors) == [
        "$.colours[0]",
        "$.inner.count",
        "$.number",
        "$.surplus",
        "$.text",
    ]
    assert str(caught.value).splitlines()[0] == "5 validation errors"


def test_a_top_level_non_object_is_a_type_error() -> None:
    """A list where a model is expected is rejected at $."""
    with pytest.raises(ValidationError) as caught:
        from_dict([VALID], Sample)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$", "type")]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('{"text": "a",}', "line 1, column "),
        ('{\n  "text": \n}', "line 3, column 1"),
        ("", "line 1, column 1"),
        ('{"a": NaN}', "NaN"),
        ('{"a": Infinity}', "Infinity"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        (b"\xff\xfe{", "not UTF-8"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_json_is_a_json_error_with_its_position(text: str | bytes, needle: str) -> None:
    """Bad JSON text raises ValidationError code json, saying where or why."""
    with pytest.raises(ValidationError) as caught:
        from_json(text, Sample)
    (item,) = caught.value.errors
    assert item.code == "json"
    assert item.path == "$"
    assert needle in item.message


def test_json_bytes_and_a_byte_order_mark_are_accepted() -> None:
    """UTF-8 bytes, with or without a BOM, load like text."""
    text = json.dumps(VALID)
    assert from_json(text.encode(), Sample) == from_json("\ufeff" + text, Sample) == from_dict(VALID, Sample)


def test_non_text_json_input_is_rejected() -> None:
    """from_json given neither str nor bytes raises ValidationError, not TypeError."""
    with pytest.raises(ValidationError):
        from_json(12, Sample)  # type: ignore[arg-type]


def test_python_construction_applies_the_same_rules() -> None:
    """Building a model in Python runs the same checks as loading it."""
    with pytest.raises(ValidationError) as caught:
        Inner(count=True)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.count", "type")]
    with pytest.raises(ValidationError) as caught:
        Inner(count=-1)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.count", "constraint")]


def test_a_list_becomes_a_tuple_and_an_int_a_float() -> None:
    """The only conversions: list → tuple for tuple fields, int → float for float fields."""
    sample = from_dict(with_(("ratio",), 1), Sample)
    assert sample.ratio == 1.0
    assert type(sample.ratio) is float
    assert type(Home(pets=[Cat("Manis")]).pets) is tuple  # type: ignore[arg-type]


def test_a_date_time_with_a_named_zone_is_rejected_rather_than_losing_the_zone() -> None:
    """Only fixed offsets can travel in JSON, so a ZoneInfo date-time is refused."""
    from zoneinfo import ZoneInfo

    document = from_dict(VALID, Sample)
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(document, stamp=dt.datetime(2020, 12, 28, tzinfo=ZoneInfo("Asia/Jakarta")))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.stamp", "invalid_value")]


def test_models_are_frozen() -> None:
    """Assigning to a field raises attrs' FrozenInstanceError."""
    inner = Inner(1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        inner.count = 2  # type: ignore[misc]


def test_tagged_unions_write_the_tag_first_and_choose_the_class_by_it() -> None:
    """The tag key picks the member class; an unknown tag is an invalid_value."""
    home = Home((Cat("Manis"), Dog("Belang", good=False)))
    assert to_dict(home) == {
        "pets": [{"kind": "cat", "name": "Manis"}, {"kind": "dog", "name": "Belang", "good": False}]
    }
    assert from_json(to_json(home), Home) == home
    with pytest.raises(ValidationError) as caught:
        from_dict({"pets": [{"kind": "bird", "name": "x"}, {"name": "y"}]}, Home)
    assert [(e.path, e.code) for e in caught.value.errors] == [
        ("$.pets[0].kind", "invalid_value"),
        ("$.pets[1].kind", "missing"),
    ]


def test_a_tagged_model_checks_its_own_tag() -> None:
    """Loading a tagged model directly requires its own tag value."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"kind": "dog", "name": "x"}, Cat)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.kind", "invalid_value")]


def test_the_process_converter_is_built_once_and_users_can_build_their_own() -> None:
    """get_converter is a singleton; make_converter and configure_converter give independent ones."""
    assert get_converter() is get_converter()
    assert make_converter() is not get_converter()
    converter = cattrs.Converter()
    configure_converter(converter)
    assert converter.structure({"count": 3, "label": None}, Inner) == Inner(3)
    with pytest.raises(ValidationError):
        converter.structure({"count": "3"}, Inner)


def test_a_users_hook_extends_the_converter_and_its_failures_are_located() -> None:
    """A hook the user registers for their own type is used inside models, its errors located."""
    converter = make_converter()

    def load_upper(value: Any, _: Any) -> Upper:
        if not isinstance(value, str) or not value.isupper():
            raise ValueError("expected upper-case text")
        return Upper(value)

    converter.register_structure_hook(Upper, load_upper)
    assert converter.structure({"code": "ABC"}, Badge) == Badge(Upper("ABC"))
    with pytest.raises(ValidationError) as caught:
        converter.structure({"code": "abc"}, Badge)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.code", "invalid_value")]
    assert "expected upper-case text" in caught.value.errors[0].message


# -- properties ---------------------------------------------------------------

#: Any character a text field holds (no control characters, bidirectional controls or surrogates).
_WRITABLE = st.characters(codec="utf-8").filter(lambda char: unwritable_at(char) is None)
texts = st.text(_WRITABLE, max_size=20)
inners = st.builds(Inner, count=st.integers(min_value=0, max_value=MAX_INTEGER), label=st.none() | texts)
samples = st.builds(
    Sample,
    text=st.text(_WRITABLE, min_size=1, max_size=20),
    number=st.integers(min_value=-MAX_INTEGER, max_value=MAX_INTEGER),
    ratio=st.floats(allow_nan=False, allow_infinity=False),
    flag=st.booleans(),
    day=st.dates(),
    stamp=st.datetimes(timezones=st.none() | st.timezones()).map(
        lambda d: d if d.tzinfo is None else d.replace(tzinfo=dt.timezone(d.utcoffset() or dt.timedelta()))
    ),
    colour=st.sampled_from(Colour),
    inner=inners,
    maybe=st.none() | st.integers(-MAX_INTEGER, MAX_INTEGER),
    words=st.lists(texts, max_size=3).map(tuple),
    inners=st.lists(inners, max_size=3).map(tuple),
    colours=st.lists(st.sampled_from(Colour), max_size=3).map(tuple),
)


@given(samples)
def test_round_trip_through_dict(sample: Sample) -> None:
    """from_dict(to_dict(x)) == x."""
    assert from_dict(to_dict(sample), Sample) == sample


@given(samples)
def test_round_trip_through_json(sample: Sample) -> None:
    """from_json(to_json(x)) == x, compact and indented."""
    assert from_json(to_json(sample), Sample) == sample
    assert from_json(to_json(sample, indent=2), Sample) == sample


@given(st.lists(st.tuples(st.sampled_from(["cat", "dog"]), texts), max_size=4))
def test_round_trip_of_tagged_unions(pets: list[tuple[str, str]]) -> None:
    """Tagged unions survive the round trip, member classes intact."""
    home = Home(tuple(Cat(name) if kind == "cat" else Dog(name) for kind, name in pets))
    assert from_json(to_json(home), Home) == home


def test_top_level_exports() -> None:
    """The package exposes the errors, the four codec functions and its version."""
    assert set(kampungkb.__all__) >= {"ValidationError", "from_dict", "from_json", "to_dict", "to_json"}
    assert kampungkb.__version__
