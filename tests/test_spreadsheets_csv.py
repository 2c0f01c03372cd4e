"""CSV as offices write it: delimiters, BOM, encodings, TRUE/FALSE, formula safety, empty groups."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.bulk import (
    FORMULA_STARTS,
    escape_text,
    from_csv,
    iter_csv,
    sniff_delimiter,
    to_csv,
    unescape_text,
)
from kampungkb.codec import from_json
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup, Participants
from kampungkb.examples import example_kampung
from kampungkb.kampung import KampungKB, PoktanPresence
from kampungkb.regions import RegionCode


def _csv(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


# --- delimiters -----------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed_from_the_header(delimiter: str) -> None:
    """A semicolon file from an Indonesian-locale Excel (or a tab file) reads with no flag."""
    text = delimiter.join(["role", "count", "description"]) + "\r\n"
    text += delimiter.join(["Camat", "4", '"Kec. A, B; C"']) + "\r\n"
    [(row, group)] = list(iter_csv(_csv(text), ParticipantGroup))
    assert (row, group) == (2, ParticipantGroup("Camat", 4, "Kec. A, B; C"))


def test_a_given_delimiter_wins_over_sniffing() -> None:
    """delimiter= reads the file as told (here a one-column header, which sniffing calls comma)."""
    rows = list(iter_csv(_csv("role\nCamat;4\n"), ParticipantGroup, delimiter=";"))
    assert rows[0][0] == 2
    assert isinstance(rows[0][1], ValidationError)
    assert "2 cells" in rows[0][1].errors[0].message


def test_semicolon_written_and_read_back(tmp_path: Path) -> None:
    """to_csv(delimiter=';') writes what Indonesian-locale Excel writes; iter_csv sniffs it back."""
    path = tmp_path / "groups.csv"
    groups = [ParticipantGroup("Camat", 4, "a; b"), ParticipantGroup("Lurah", 21)]
    to_csv(groups, path, ParticipantGroup, delimiter=";", bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfrole;count;description;position;qualifier\r\n")
    assert from_csv(path, ParticipantGroup) == groups


def test_an_unknown_delimiter_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="delimiter"):
        to_csv([], io.StringIO(), ParticipantGroup, delimiter="|")
    with pytest.raises(ValidationError, match="delimiter"):
        list(iter_csv(_csv("role\n"), ParticipantGroup, delimiter="|"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [("a;b;c\n", ";"), ("a,b,c\n", ","), ("a\tb\n", "\t"), ("a\n", ","), ("a,b;c;d\n", ";"), ("a,b;c\n", ",")],
)
def test_sniffing_picks_the_most_used_separator(line: str, expected: str) -> None:
    assert sniff_delimiter(line) == expected


# --- encodings ------------------------------------------------------------------------------


def test_utf8_with_and_without_a_bom() -> None:
    for prefix in (b"", b"\xef\xbb\xbf"):
        assert from_csv(io.BytesIO(prefix + b"role;count\nCamat;4\n"), ParticipantGroup) == [
            ParticipantGroup("Camat", 4)
        ]


def test_a_windows_1252_file_names_the_byte_and_the_row() -> None:
    """A file saved as Windows-1252 (é as 0xE9) is not read as something else: the error says where."""
    data = "role;count\nCamat;4\nPetugas Café;4\n".encode("cp1252")
    with pytest.raises(ValidationError) as caught:
        from_csv(io.BytesIO(data), ParticipantGroup)
    [item] = caught.value.errors
    assert item.path == "$[1]"
    assert item.message == f"row 3, not UTF-8 text: byte {data.index(0xE9)} is not valid UTF-8"


# --- booleans -------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "value"), [("TRUE", True), ("False", False), ("true", True), ("fAlSe", False)])
def test_spreadsheet_booleans_are_accepted_in_csv(cell: str, value: bool) -> None:
    [presence] = from_csv(_csv(f"poktan,present\nbkb,{cell}\n"), PoktanPresence)
    assert presence.present is value


@pytest.mark.parametrize("cell", ["yes", "1", "ya", "T"])
def test_other_boolean_spellings_are_refused(cell: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_csv(_csv(f"poktan,present\nbkb,{cell}\n"), PoktanPresence)
    assert caught.value.errors[0].path == "$[0].present"
    assert caught.value.errors[0].code == "type"


def test_json_stays_strict_about_booleans() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json('{"poktan": "bkb", "present": "TRUE"}', PoktanPresence)
    assert caught.value.errors[0].path == "$.present"


# --- formula injection ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+62 812 0000", "-1+2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_written_with_a_leading_apostrophe(text: str) -> None:
    out = io.StringIO()
    to_csv([ParticipantGroup("Camat", 4, text)], out, ParticipantGroup)
    [row] = list(iter_csv(io.StringIO(out.getvalue()), ParticipantGroup))
    description_cell = out.getvalue().split("\r\n", 1)[1]
    assert description_cell.startswith(("Camat,4,'", "Camat,4,\"'"))
    assert row == (2, ParticipantGroup("Camat", 4, text))


def test_no_written_cell_starts_a_formula() -> None:
    hostile = ["=1+1", "+1", "-1", "@A1", "'=1", "''", "'"]
    out = io.StringIO()
    to_csv([ParticipantGroup(text, 4, text) for text in hostile], out, ParticipantGroup)
    import csv

    for cells in list(csv.reader(io.StringIO(out.getvalue())))[1:]:
        assert all(cell[:1] not in FORMULA_STARTS for cell in cells if cell not in ("4",))
    assert [g.role for g in from_csv(io.StringIO(out.getvalue()), ParticipantGroup)] == hostile


def test_negative_numbers_stay_numbers() -> None:
    """Only text is escaped: a number cell is written as it is (and a count below 0 is refused on reading)."""
    rows = list(iter_csv(_csv("role,count\nCamat,-4\n"), ParticipantGroup))
    assert rows[0][1].errors[0].code == "constraint"  # type: ignore[union-attr]


@given(st.text())
def test_escaping_is_lossless(text: str) -> None:
    cell = escape_text(text)
    assert unescape_text(cell) == text
    assert cell[:1] not in FORMULA_STARTS
    assert cell != ""


def test_an_apostrophe_before_other_text_is_the_text_itself() -> None:
    """'s-Hertogenbosch (a real name) is read as written: only the escapes the writer makes are undone."""
    assert from_csv(_csv("role,count\n's-Hertogenbosch,4\n"), ParticipantGroup)[0].role == "'s-Hertogenbosch"


# --- empty groups, value types --------------------------------------------------------------


def test_a_total_only_participants_record_round_trips() -> None:
    """The issue's case: Participants with no groups, only a total, is written and read back."""
    records = [Participants((), total=68), Participants((ParticipantGroup("Camat", 4),), total=4)]
    out = io.StringIO()
    to_csv(records, out, Participants)
    assert from_csv(io.StringIO(out.getvalue()), Participants) == records
    alone = io.StringIO()
    to_csv(records[:1], alone, Participants)
    assert alone.getvalue() == "total,qualifier\r\n68,exact\r\n"
    assert from_csv(io.StringIO(alone.getvalue()), Participants) == records[:1]


def test_a_record_with_no_filled_cell_is_refused_not_lost() -> None:
    from kampungkb.kampung import SelectionCriteria

    with pytest.raises(ValidationError) as caught:
        to_csv([SelectionCriteria()], io.StringIO(), SelectionCriteria)
    assert caught.value.errors[0].path == "$[0]"
    assert "blank row" in caught.value.errors[0].message


def test_value_types_are_one_column_named_value() -> None:
    out = io.StringIO()
    codes = [RegionCode("35.75"), RegionCode("35.75.01.1001")]
    to_csv(codes, out, RegionCode)
    assert out.getvalue() == "value\r\n35.75\r\n35.75.01.1001\r\n"
    assert from_csv(io.StringIO(out.getvalue()), RegionCode) == codes
    with pytest.raises(ValidationError, match="one column, 'value'"):
        from_csv(_csv("code\n35\n"), RegionCode)


def test_the_example_kampung_round_trips() -> None:
    out = io.StringIO()
    to_csv([example_kampung()], out, KampungKB)
    assert from_csv(io.StringIO(out.getvalue()), KampungKB) == [example_kampung()]


# --- what sweep-b did, checked here as the issue states it --------------------------------


def test_a_duplicated_header_column_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        from_csv(_csv("role;count;role\nCamat;4;Lurah\n"), ParticipantGroup)
    assert caught.value.errors[0].message == "row 1, column 'role' is named twice"


def test_rows_after_a_multi_line_cell_keep_their_spreadsheet_numbers() -> None:
    text = 'role;count;description\nCamat;4;"line one\nline two\nline three"\nLurah;x;\n'
    rows = list(iter_csv(_csv(text), ParticipantGroup))
    assert [row for row, _ in rows] == [2, 3]
    assert rows[1][1].errors[0].message.startswith("column count:")  # type: ignore[union-attr]


def test_a_nested_model_null_in_one_row_and_filled_in_another_reads_back() -> None:
    """Regression: the header has both 'organization' (null in one record) and 'organization.name' (another)."""
    from kampungkb.people import Official, Organization, OrganizationKind, PersonName, Position

    position = next(iter(Position))
    officials = [
        Official(name=PersonName("Budi"), position=position),
        Official(
            name=PersonName("Sri"),
            position=position,
            organization=Organization(name="Dinas PPKB", kind=OrganizationKind.REGIONAL_AGENCY),
        ),
    ]
    out = io.StringIO()
    to_csv(officials, out, Official)
    header = out.getvalue().splitlines()[0].split(",")
    assert "organization" in header
    assert "organization.name" in header
    assert from_csv(io.StringIO(out.getvalue()), Official) == officials
