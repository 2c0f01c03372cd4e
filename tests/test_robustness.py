"""Hostile input: whatever reaches from_dict / from_json, the answer is a valid object that
keeps every input value, or a ValidationError whose every error is located in the input.
Models are found by walking the public ``__all__``, so new ones are covered automatically."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kampungkb._core import public_models, public_unions, public_value_types, union_members
from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.testing.strategies import strategy_for_type

PUBLIC = {**public_models(), **public_value_types()}
NAMES = sorted(PUBLIC)

NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "\u202e",
        "\u200b",
        "３５",
        "35.75.01.1001",
        "2020-12-28",
        "28 Desember 2020",
        "UU 52/2009",
        "lokakarya",
        "LOKAKARYA",
        "NaN",
        "1e309",
        "true",
        "null",
        "x" * 300,
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(-0.0),
    st.text(max_size=20),
    NASTY_TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | NASTY_TEXT, inner, max_size=4),
    max_leaves=20,
)


def exists(document: Any, location: tuple[str | int, ...]) -> bool:
    """Whether ``location`` names a value inside ``document``."""
    node = document
    for part in location:
        in_object = isinstance(node, dict) and part in node
        in_array = isinstance(node, list | tuple) and type(part) is int and 0 <= part < len(node)
        if not (in_object or in_array):
            return False
        node = node[part]
    return True


def assert_located(error: ValidationError, document: Any) -> None:
    """Every error points into the document, or at a key missing from an object that is there."""
    assert error.errors, "a ValidationError with no errors"
    for item in error.errors:
        assert item.message
        assert item.code
        if item.code == "json":
            continue
        location = item.location
        assert exists(document, location) or (location and exists(document, location[:-1])), (
            f"{item.path} is not in the input ({item.code}: {item.message})"
        )


def contained(given_value: Any, dumped: Any) -> bool:
    """Every value of the input is in the output at the same place, unchanged."""
    if isinstance(given_value, dict):
        return isinstance(dumped, dict) and all(
            key in dumped and contained(value, dumped[key]) for key, value in given_value.items()
        )
    if isinstance(given_value, list | tuple):
        return (
            isinstance(dumped, list | tuple)
            and len(given_value) == len(dumped)
            and all(contained(a, b) for a, b in zip(given_value, dumped, strict=True))
        )
    if isinstance(given_value, str) and isinstance(dumped, dict):
        return True  # a model's documented short text form (a written name, a citation), parsed
    if type(given_value) is int and type(dumped) is float:
        return float(given_value) == dumped
    if type(given_value) is float and math.isnan(given_value):
        return False
    return type(given_value) is type(dumped) and given_value == dumped


def check_any_outcome(document: Any, cls: type) -> None:
    """The contract of from_dict for any input."""
    try:
        obj = from_dict(document, cls)
    except ValidationError as exc:
        assert_located(exc, document)
        return
    dumped = to_dict(obj)
    if isinstance(document, str) and hasattr(cls, "_load_json_scalar"):
        # The documented short text form (a citation, a written name): it is parsed, not kept.
        assert from_dict(document, cls) == obj
    else:
        assert contained(document, dumped), "the loaded object lost or changed an input value"
    assert from_dict(dumped, cls) == obj


@pytest.mark.parametrize("name", NAMES)
def test_arbitrary_json_values(name: str) -> None:
    """Arbitrary JSON-like values give a valid object or a located ValidationError, nothing else."""
    cls = PUBLIC[name]

    @settings(suppress_health_check=[HealthCheck.too_slow])
    @given(JSON_VALUES)
    def check(document: Any) -> None:
        check_any_outcome(document, cls)

    check()


def near_miss(key: str) -> st.SearchStrategy[str]:
    """Keys users get almost right: another case, trailing space, a synonym."""
    synonyms = {"name": "nama", "date": "tanggal", "title": "judul", "count": "jumlah", "code": "kode"}
    return st.sampled_from([key.upper(), key.title(), key + " ", " " + key, synonyms.get(key, key + "_"), key[:-1]])


def paths_of(document: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every location in a document (containers and leaves)."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found.extend(paths_of(value, (*prefix, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.extend(paths_of(value, (*prefix, index)))
    return found


def replace(document: Any, location: tuple[str | int, ...], value: Any) -> Any:
    """A copy of ``document`` with the value at ``location`` replaced."""
    if not location:
        return value
    head, rest = location[0], location[1:]
    if isinstance(document, dict):
        return {**document, head: replace(document[head], rest, value)}
    copy = list(document)
    copy[head] = replace(copy[head], rest, value)  # type: ignore[index]
    return copy


@st.composite
def mutated(draw: st.DrawFn, cls: type) -> Any:
    """A valid document of ``cls`` with one thing broken on purpose."""
    document = to_dict(draw(strategy_for_type()[cls]()))
    location = draw(st.sampled_from(paths_of(document)))
    target: Any = document
    for part in location:
        target = target[part]
    mutation = draw(st.sampled_from(["type", "drop", "add", "near", "case", "number", "swap", "json"]))
    if mutation == "drop" and isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        return replace(document, location, {k: v for k, v in target.items() if k != key})
    if mutation in ("add", "near") and isinstance(target, dict):
        key = draw(near_miss(draw(st.sampled_from(sorted(target)))) if target and mutation == "near" else st.text())
        return replace(document, location, {**target, key: draw(SCALARS)})
    if mutation == "case" and isinstance(target, str):
        return replace(document, location, draw(st.sampled_from([target.upper(), target.title(), target + " "])))
    if mutation == "number" and type(target) is int:
        return replace(document, location, draw(st.sampled_from([-target - 1, target + 1, target - 1, -1])))
    if mutation == "swap" and isinstance(target, dict) and len(target) >= 2:
        first, second = draw(st.permutations(sorted(target)))[:2]
        return replace(document, location, {**target, first: target[second], second: target[first]})
    if mutation == "json":
        return replace(document, location, draw(JSON_VALUES))
    return replace(document, location, draw(SCALARS))


@pytest.mark.parametrize("name", NAMES)
def test_mutated_valid_documents(name: str) -> None:
    """Valid documents broken in one place: a valid object keeping every value, or located errors."""
    cls = PUBLIC[name]

    @settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(mutated(cls))
    def check(document: Any) -> None:
        check_any_outcome(document, cls)

    check()


@pytest.mark.parametrize("name", NAMES)
def test_json_text_of_anything(name: str) -> None:
    """from_json on arbitrary text or bytes never raises anything but ValidationError."""
    cls = PUBLIC[name]

    @given(st.text(max_size=60) | st.binary(max_size=60) | JSON_VALUES.map(json.dumps))
    def check(text: str | bytes) -> None:
        try:
            loaded = from_json(text, cls)
        except ValidationError as exc:
            assert exc.errors
        else:
            assert from_json(to_json(loaded), cls) == loaded

    check()


@pytest.mark.parametrize(
    "document",
    [
        pytest.param("[" * 100_000 + "]" * 100_000, id="nested 100,000 deep"),
        pytest.param('{"a":' * 100_000 + "1" + "}" * 100_000, id="objects 100,000 deep"),
        pytest.param("[" + ",".join(["0"] * 1_000_000) + "]", id="a million elements"),
        pytest.param('"' + "x" * 100_000_000 + '"', id="a 100 MB string"),
    ],
)
def test_resource_bounds(document: str) -> None:
    """Deep, long and huge documents end in a ValidationError, never RecursionError or MemoryError."""
    for cls in (PUBLIC["Participants"], PUBLIC["RegionCode"]):
        with pytest.raises(ValidationError):
            from_json(document, cls)


@pytest.mark.parametrize("name", NAMES)
def test_loading_and_dumping_from_eight_threads_matches_sequential(name: str) -> None:
    """Eight threads loading and dumping at once give what one thread gives."""
    from concurrent.futures import ThreadPoolExecutor

    cls = PUBLIC[name]

    @settings(max_examples=2, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(strategy_for_type()[cls](), min_size=1, max_size=3))
    def check(values: list[Any]) -> None:
        documents = [to_json(value) for value in values] * 8

        def work(text: str) -> str:
            return to_json(from_json(text, cls))

        sequential = [work(text) for text in documents]
        with ThreadPoolExecutor(max_workers=8) as pool:
            assert list(pool.map(work, documents)) == sequential

    check()


def _container_types(hint: Any) -> set[Any]:
    """Every generic origin inside a resolved type hint (tuple for ``tuple[str, ...]``, and so on)."""
    import typing

    origin = typing.get_origin(hint)
    found = set() if origin is None else {origin}
    for argument in typing.get_args(hint):
        found |= _container_types(argument)
    return found


def test_models_hold_no_mutable_containers() -> None:
    """Every field of every public model is typed without list, dict or set."""
    import typing

    import attrs

    for cls in public_models().values():
        for attribute in attrs.fields(cls):
            text = str(attribute.type)
            for forbidden in ("list[", "dict[", "set[", "List[", "Dict[", "Set["):
                assert forbidden not in text, f"{cls.__name__}.{attribute.name}: {text}"
        hints = typing.get_type_hints(cls)
        for attribute in attrs.fields(cls):
            mutable = _container_types(hints[attribute.name]) & {list, dict, set}
            assert not mutable, f"{cls.__name__}.{attribute.name}: {hints[attribute.name]}"


# -- every string-taking function ----------------------------------------------


def _text_functions() -> dict[str, Any]:
    """The public functions that take text, each called the way users call it."""
    from kampungkb import dates, legal, people, regions
    from kampungkb.kampung import html_to_text, normalize_name, suggest_kegiatan

    return {
        "parse_citation": legal.parse_citation,
        "parse_citation_detailed": legal.parse_citation_detailed,
        "find_citations": legal.find_citations,
        "registry.get": legal.registry.get,
        "parse_date": dates.parse_date,
        "parse_date(check_weekday=False)": lambda text: dates.parse_date(text, check_weekday=False),
        "parse_date_range": dates.parse_date_range,
        "parse_date_detailed": dates.parse_date_detailed,
        "parse_partial_date": dates.parse_partial_date,
        "find_dates": dates.find_dates,
        "PersonName.parse": people.PersonName.parse,
        "Official.parse": people.Official.parse,
        "Organization.from_acronym": people.Organization.from_acronym,
        "RegionCode.parse": regions.RegionCode.parse,
        "regions.validate": regions.validate,
        "regions.compact": regions.compact,
        "regions.format": regions.format,
        "regions.province": regions.province,
        "regency_display_name": regions.regency_display_name,
        "suggest_kegiatan": suggest_kegiatan,
        "normalize_name": normalize_name,
        "html_to_text": html_to_text,
    }


TEXT_FUNCTIONS = _text_functions()
HOSTILE_TEXT = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(codec="utf-8"), max_size=80),
    NASTY_TEXT,
    st.lists(
        NASTY_TEXT | st.sampled_from([" ", ", ", ".", "/", "-", "Nomor", "Tahun", "S.T.", "Bapak"]), max_size=8
    ).map("".join),
)
NOT_TEXT = st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.lists(st.integers(), max_size=2))


@pytest.mark.parametrize("name", sorted(TEXT_FUNCTIONS))
def test_text_functions_on_hostile_text(name: str) -> None:
    """Any text gives a result or a ValidationError, nothing else; anything that is not text is a type error at $."""
    function = TEXT_FUNCTIONS[name]

    @settings(suppress_health_check=[HealthCheck.too_slow])
    @given(HOSTILE_TEXT | NOT_TEXT)
    def check(value: Any) -> None:
        if not isinstance(value, str):
            with pytest.raises(ValidationError) as caught:
                function(value)
            assert [(item.path, item.code) for item in caught.value.errors] == [("$", "type")]
            return
        try:
            function(value)
        except ValidationError as exc:
            assert exc.errors

    check()


@pytest.mark.parametrize("name", sorted(TEXT_FUNCTIONS))
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 1_000_000, id="a million digits"),
        pytest.param("Undang-Undang Nomor " * 50_000, id="a million characters of citation words"),
        pytest.param("Senin, 28 Desember " * 50_000, id="a million characters of date words"),
        pytest.param("S.T., " * 170_000, id="a million characters of degrees"),
        pytest.param("(" * 1_000_000, id="a million parentheses"),
        pytest.param(
            ("<a" * 1000 + "</" * 1000 + "<?" * 1000 + ">") * 166, id="a million characters of '<a', '</', '<?'"
        ),
    ],
)
def test_text_functions_on_a_megabyte(name: str, text: str) -> None:
    """A 1 MB string ends in a result or a ValidationError (its time is measured in benchmarks/)."""
    try:
        TEXT_FUNCTIONS[name](text)
    except ValidationError as exc:
        assert exc.errors


def test_the_cli_on_generated_files_never_shows_a_traceback(tmp_path: Any) -> None:
    """validate on junk and on mutated documents exits 1 or 2 with one line per error, no traceback."""
    import subprocess
    import sys

    @settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(st.binary(max_size=200) | JSON_VALUES.map(lambda value: json.dumps(value).encode()), st.booleans())
    def check(content: bytes, lines: bool) -> None:
        path = tmp_path / ("file.jsonl" if lines else "file.json")
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "kampungkb", "validate", str(path), "--type", "Workshop"],
            capture_output=True,
            check=False,
            timeout=60,
        )
        assert result.returncode in (0, 1, 2)
        assert b"Traceback" not in result.stderr
        assert b"Traceback" not in result.stdout

    check()


# -- the bulk readers on raw bytes ----------------------------------------------

#: What the bulk readers read: every public model and union of models (Event, Report).
READABLE = {**public_models(), **public_unions()}
#: Tokens whose long runs have broken readers: markup, brackets, quotes, escapes, line ends,
#: bytes that are not UTF-8, an encoded surrogate, a byte order mark.
TOKENS = st.sampled_from(
    [
        b"<a",
        b"</",
        b"{",
        b"[",
        b'"',
        b"\\",
        b",",
        b"\n",
        b"\r",
        b".",
        b"0",
        b"\xff",
        b"\xed\xa0\x80",
        b"\xef\xbb\xbf",
        b'{"a":',
    ]
)


def _hostile_bytes(cls: type) -> st.SearchStrategy[bytes]:
    """Raw bytes, long runs of one token, and CSV headers of deep dotted names made of the model's fields."""
    import attrs

    members = union_members(cls) or (cls,)
    names = sorted({a.name for member in members for a in attrs.fields(member)})
    parts = st.sampled_from([*names, "0", "1", "99999999", "\u00b2", "01", "", "x"])
    deep_header = st.tuples(st.lists(parts, min_size=1, max_size=6), st.integers(1, 1500), st.binary(max_size=30)).map(
        lambda drawn: (".".join(drawn[0] * drawn[1]) + ",total\n").encode() + drawn[2]
    )
    runs = st.tuples(TOKENS, st.integers(1, 20_000), st.binary(max_size=40)).map(lambda d: d[0] * d[1] + d[2])
    return st.binary(max_size=300) | runs | deep_header


def _only_objects_or_errors(results: Any, cls: type) -> None:
    for number, result in results:
        assert type(number) is int
        assert number >= 1
        assert isinstance(result, cls | ValidationError), result
        if isinstance(result, ValidationError):
            assert result.errors


@pytest.mark.parametrize("name", sorted(READABLE))
def test_bulk_readers_on_raw_bytes(name: str) -> None:
    """iter_jsonl, iter_csv and from_csv get bytes as they are (a binary stream) and the same bytes
    as a text stream (undecodable bytes as surrogates): objects or located ValidationErrors only."""
    import io

    from kampungkb.bulk import from_csv, iter_csv, iter_jsonl

    cls = READABLE[name]

    @settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(_hostile_bytes(cls))
    def check(data: bytes) -> None:
        text = data.decode("utf-8", "surrogateescape")
        _only_objects_or_errors(iter_jsonl(io.BytesIO(data), cls), cls)
        _only_objects_or_errors(iter_jsonl(io.StringIO(text), cls), cls)
        _only_objects_or_errors(iter_csv(io.BytesIO(data), cls), cls)
        _only_objects_or_errors(iter_csv(io.StringIO(text, newline=""), cls), cls)
        try:
            loaded = from_csv(io.BytesIO(data), cls)
        except ValidationError as exc:
            assert exc.errors
        else:
            assert all(isinstance(item, cls) for item in loaded)

    check()
