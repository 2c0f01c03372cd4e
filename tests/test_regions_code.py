"""Kemendagri region codes: parsing, the code's parts, ordering, and located errors."""

from __future__ import annotations

import copy
import itertools
import pickle
import re

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from kampungkb.codec import from_json, to_json
from kampungkb.errors import ValidationError
from kampungkb.regions import RegionCode, RegionLevel, VillageKind, compact, format, is_valid, validate
from kampungkb.testing.strategies import region_codes

# -- valid codes -------------------------------------------------------------


@given(region_codes())
def test_parsing_the_dotted_form_gives_the_same_code(code: RegionCode) -> None:
    """parse(str(c)) == c for every valid code."""
    assert RegionCode.parse(str(code)) == code


@given(region_codes())
def test_parsing_the_compact_form_gives_the_same_code(code: RegionCode) -> None:
    """The compact (portal) form parses to the same code, and has the level's number of digits."""
    assert RegionCode.parse(code.compact) == code
    assert len(code.compact) == code.level.digits
    assert code.compact == str(code).replace(".", "")


@given(region_codes(), st.sampled_from(["", " ", "\t", "\n", "\u00a0"]))
def test_surrounding_whitespace_is_tolerated_by_parse(code: RegionCode, space: str) -> None:
    """Whitespace around a code is ignored by parse (but not inside it)."""
    assert RegionCode.parse(f"{space}{code}{space}") == code


@given(region_codes())
def test_the_four_verbs_agree(code: RegionCode) -> None:
    """compact/validate/format/is_valid agree with the RegionCode they describe."""
    assert compact(str(code)) == code.compact
    assert validate(code.compact) == str(code)
    assert format(code.compact) == str(code)
    assert is_valid(str(code))
    assert is_valid(code.compact)


@given(region_codes())
def test_codes_compare_and_hash_by_value(code: RegionCode) -> None:
    """Two codes written differently are equal, hash alike and are one set member."""
    other = RegionCode(code.compact)
    assert code == other
    assert hash(code) == hash(other)
    assert len({code, other}) == 1
    assert code != str(code)


@given(region_codes(level=RegionLevel.VILLAGE))
def test_parents_sort_before_children(village: RegionCode) -> None:
    """Sorting puts every ancestor before the code, province first."""
    chain = [*village.ancestors(), village]
    assert sorted(chain) == chain
    assert all(a < b and b > a and a <= b and b >= a for a, b in itertools.pairwise(chain))


@given(
    st.lists(region_codes(), min_size=1, max_size=4).flatmap(
        lambda codes: st.permutations([*codes, *(ancestor for code in codes for ancestor in code.ancestors())])
    )
)
def test_a_sorted_list_keeps_each_region_before_what_lies_inside_it(codes: list[RegionCode]) -> None:
    """In sorted order nothing appears after a code that lies inside it: each code's ancestors come first."""
    ordered = sorted(codes)
    for i, earlier in enumerate(ordered):
        for later in ordered[i + 1 :]:
            assert not (earlier.is_within(later) and earlier != later)
    for code in codes:
        assert all(ordered.index(ancestor) < ordered.index(code) for ancestor in code.ancestors())


@given(region_codes())
def test_parent_is_one_level_up_and_contains_the_code(code: RegionCode) -> None:
    """The parent is one level up, the code lies within it and within its province."""
    parent = code.parent
    if code.level is RegionLevel.PROVINCE:
        assert parent is None
        assert code.province is code
        return
    assert parent is not None
    levels = list(RegionLevel)
    assert levels.index(parent.level) == levels.index(code.level) - 1
    assert code.is_within(parent)
    assert not parent.is_within(code)
    assert code.is_within(code.province)
    assert code.province.level is RegionLevel.PROVINCE
    assert code.ancestors()[-1] == parent


@given(region_codes(level=RegionLevel.REGENCY), region_codes(level=RegionLevel.VILLAGE))
def test_is_within_is_prefix_containment(regency: RegionCode, village: RegionCode) -> None:
    """A village lies within a regency exactly when its code starts with the regency's."""
    assert village.is_within(regency) == village.compact.startswith(regency.compact)


@given(region_codes(within=RegionCode("35.75")))
def test_codes_generated_within_a_parent_lie_inside_it(code: RegionCode) -> None:
    """region_codes(within=...) only builds codes inside the given code."""
    assert code.is_within(RegionCode("35.75"))
    assert code.is_city is True


@given(region_codes())
def test_is_city_follows_the_regency_digits(code: RegionCode) -> None:
    """Regency digits 71-99 are a kota, 01-69 a kabupaten; a province is neither."""
    if code.level is RegionLevel.PROVINCE:
        assert code.is_city is None
    else:
        assert code.is_city == (int(code.compact[2:4]) >= 71)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("35.75.01.1001", VillageKind.URBAN_VILLAGE),
        ("33.11.02.2007", VillageKind.RURAL_VILLAGE),
        ("51.03.01.3001", VillageKind.CUSTOMARY_VILLAGE),
    ],
)
def test_village_kind_is_read_from_the_first_serial_digit(text: str, kind: VillageKind) -> None:
    """1 is a kelurahan, 2 a desa, 3 a desa adat."""
    assert RegionCode(text).village_kind is kind


@pytest.mark.parametrize(
    ("text", "level", "dotted"),
    [
        ("35", RegionLevel.PROVINCE, "35"),
        ("3575", RegionLevel.REGENCY, "35.75"),
        ("357501", RegionLevel.DISTRICT, "35.75.01"),
        ("3575011001", RegionLevel.VILLAGE, "35.75.01.1001"),
        ("3311022007", RegionLevel.VILLAGE, "33.11.02.2007"),  # the portal's own example
        (" 35.75.04.1013 ", RegionLevel.VILLAGE, "35.75.04.1013"),
    ],
)
def test_real_codes_in_both_forms(text: str, level: RegionLevel, dotted: str) -> None:
    """Codes as the portal and the Kemendagri data write them parse to the right level and dotted form."""
    code = RegionCode.parse(text)
    assert code.level is level
    assert str(code) == dotted
    assert repr(code) == f"RegionCode('{dotted}')"


def test_region_levels_carry_the_issue_codes_and_labels() -> None:
    """The level codes are the stable ones JSON carries."""
    assert [(lv.code, lv.digits) for lv in RegionLevel] == [
        ("provinsi", 2),
        ("kabupaten_kota", 4),
        ("kecamatan", 6),
        ("desa_kelurahan", 10),
    ]
    assert [kind.code for kind in VillageKind] == ["kelurahan", "desa", "desa_adat"]


# -- bad input ---------------------------------------------------------------

BAD_CODES = [
    ("35.75.01.100", "length"),
    ("357501100", "length"),
    ("", "length"),
    ("   ", "length"),
    ("3", "length"),
    ("35.00", "component"),
    ("35.70", "component"),
    ("99", "component"),
    ("00", "component"),
    ("35.75.00", "component"),
    ("35.75.01.4001", "component"),
    ("35.75.01.0001", "component"),
    ("35.75.01.1000", "component"),
    ("35-75", "format"),
    ("35.7501", "format"),
    ("3575.01", "format"),
    ("35..75", "format"),
    ("35.75.", "format"),
    (".35", "format"),
    ("35 75", "format"),
    ("３５", "format"),
    ("٣٥", "format"),
    ("3a", "format"),
    ("😀", "format"),
    (None, "type"),
    (b"35", "type"),
    (35, "type"),
    (35.75, "type"),
    (["35"], "type"),
]


@pytest.mark.parametrize(("value", "code"), BAD_CODES)
def test_bad_codes_are_rejected_with_their_error_code(value: object, code: str) -> None:
    """Each bad code raises one kind of located error at $ with the issue's code."""
    with pytest.raises(ValidationError) as caught:
        RegionCode.parse(value)  # type: ignore[arg-type]
    assert {item.code for item in caught.value.errors} == {code}
    assert all(item.path == "$" for item in caught.value.errors)
    assert not is_valid(value)


def test_every_bad_component_is_reported() -> None:
    """A code with four bad parts lists all four."""
    with pytest.raises(ValidationError) as caught:
        RegionCode("99.70.00.4000")
    messages = [item.message for item in caught.value.errors]
    assert len(messages) == 4
    assert [m.split()[0] for m in messages] == ["province", "regency", "district", "village"]


@pytest.mark.parametrize("text", ["35.75.01.100", "35.00", "35.70", "99", "35-75", "35.7501", "３５", ""])
def test_the_verbs_reject_what_parse_rejects(text: str) -> None:
    """compact, validate and format raise the same errors as parse."""
    with pytest.raises(ValidationError) as expected:
        RegionCode.parse(text)
    for verb in (compact, validate, format):
        with pytest.raises(ValidationError) as caught:
            verb(text)
        assert caught.value.errors == expected.value.errors


@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.binary(),
        st.text(),
        st.text(alphabet="0123456789. ", max_size=14),
        st.lists(st.integers()),
        st.dictionaries(st.text(), st.integers()),
    )
)
def test_is_valid_never_raises_and_agrees_with_parse(value: object) -> None:
    """is_valid answers for any value, True exactly when parse succeeds, else an identifier error."""
    valid = is_valid(value)
    if valid:
        assert str(RegionCode.parse(value)) == validate(value)  # type: ignore[arg-type]
    else:
        with pytest.raises(ValidationError) as caught:
            RegionCode.parse(value)  # type: ignore[arg-type]
        assert {item.code for item in caught.value.errors} <= {"type", "format", "length", "component"}


def test_huge_input_is_rejected_quickly_and_cleanly() -> None:
    """A megabyte of digits is a length error, with a short message."""
    with pytest.raises(ValidationError) as caught:
        RegionCode.parse("3" * 1_000_000)
    assert caught.value.errors[0].code == "length"
    assert len(str(caught.value)) < 300


# -- value behaviour ---------------------------------------------------------


def test_a_code_is_immutable() -> None:
    """Attributes cannot be set or deleted, and there is no __dict__."""
    code = RegionCode("35.75")
    with pytest.raises(AttributeError):
        code._digits = "36"
    with pytest.raises(AttributeError):
        del code._digits
    assert not hasattr(code, "__dict__")


@given(region_codes())
def test_a_code_survives_pickle_and_copy(code: RegionCode) -> None:
    """Pickling and copying give an equal code."""
    assert pickle.loads(pickle.dumps(code)) == code
    assert copy.copy(code) is code
    assert copy.deepcopy(code) is code


def test_is_within_reads_a_code_or_its_text_only() -> None:
    """is_within reads text as a code (the rule for region arguments); anything else is a type error, not a
    silent False."""
    assert RegionCode("35.75").is_within("35")
    with pytest.raises(ValidationError) as caught:
        RegionCode("35.75").is_within(35)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


def test_comparing_with_a_string_is_not_supported() -> None:
    """Codes do not order against strings."""
    with pytest.raises(TypeError):
        _ = RegionCode("35") < "36"


# -- JSON --------------------------------------------------------------------


@given(region_codes())
def test_json_carries_the_dotted_string(code: RegionCode) -> None:
    """In JSON a code is its dotted string, and loads back equal from either form."""
    assert to_json(code) == f'"{code}"'
    assert from_json(to_json(code), RegionCode) == code
    assert from_json(f'"{code.compact}"', RegionCode) == code


@pytest.mark.parametrize(("text", "code"), [('" 35.75"', "format"), ('"35.75\\n"', "format"), ("3575", "type")])
def test_json_takes_the_code_exactly(text: str, code: str) -> None:
    """JSON input is strict: no surrounding whitespace, and never a number."""
    with pytest.raises(ValidationError) as caught:
        from_json(text, RegionCode)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$", code)]


@given(region_codes())
def test_the_schema_accepts_every_valid_code_in_both_forms(code: RegionCode) -> None:
    """The JSON Schema pattern accepts what the loader accepts."""
    schema = RegionCode._json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.validate(str(code), schema)
    jsonschema.validate(code.compact, schema)


@given(st.text(alphabet="0123456789.", max_size=14) | st.text(max_size=12))
def test_the_schema_pattern_and_the_loader_agree(text: str) -> None:
    """A string matches the schema pattern exactly when the JSON loader accepts it."""
    matches = re.fullmatch(RegionCode._json_schema()["pattern"].strip("^$"), text) is not None
    try:
        RegionCode._from_json_value(text)
    except ValidationError:
        assert not matches
    else:
        assert matches


@pytest.mark.parametrize(
    ("level", "within"),
    [(RegionLevel.PROVINCE, RegionCode("35.75")), ("kecamatan", None), (None, "35-75"), (None, 3575)],
)
def test_the_code_strategy_refuses_impossible_requests(level: object, within: object) -> None:
    """Asking for a province inside a city, or passing what is not a code or its text, is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        region_codes(level=level, within=within)  # type: ignore[arg-type]


def test_calling_init_again_does_not_change_a_code() -> None:
    """A code cannot be re-initialised into another code."""
    code = RegionCode("35.75")
    code.__init__("36")  # type: ignore[misc]
    assert code == RegionCode("35.75")
