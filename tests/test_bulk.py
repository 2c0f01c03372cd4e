"""Bulk data: JSON Lines streaming and CSV for spreadsheets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.bulk import from_csv, iter_csv, iter_jsonl, to_csv, write_jsonl
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup, Participants
from kampungkb.testing.strategies import participants


def test_jsonl_gives_each_line_its_object_or_its_error_and_goes_on() -> None:
    """A bad line in the middle yields its error; the lines after it still load."""
    data = b'{"role":"Camat","count":4}\n{"role":"Lurah","count":"4"}\n\n{"role":"PKB","count":21}\n'
    results = list(iter_jsonl(io.BytesIO(data), ParticipantGroup))
    assert [number for number, _ in results] == [1, 2, 4]
    assert isinstance(results[1][1], ValidationError)
    assert results[1][1].errors[0].path == "$.count"
    assert results[2][1] == ParticipantGroup("PKB", 21)


def test_jsonl_tolerates_a_bom_and_crlf(tmp_path: Path) -> None:
    """A UTF-8 BOM on the first line and CRLF line ends are accepted."""
    path = tmp_path / "groups.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"role":"Camat","count":4}\r\n{"role":"Lurah","count":4}\r\n')
    assert [result for _, result in iter_jsonl(path, ParticipantGroup)] == [
        ParticipantGroup("Camat", 4),
        ParticipantGroup("Lurah", 4),
    ]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff\xfe\x00garbage\n", "json"),
        (b'{"role": "Camat", "count": 4\n', "json"),
        (b"[" * 100_000 + b"\n", "json"),
        (b"null\n", "type"),
    ],
)
def test_jsonl_reports_junk_lines_as_errors(data: bytes, code: str) -> None:
    """Invalid UTF-8, broken JSON, deep nesting and wrong types give a located error, not a crash."""
    ((number, result),) = list(iter_jsonl(io.BytesIO(data), ParticipantGroup))
    assert number == 1
    assert isinstance(result, ValidationError)
    assert result.errors[0].code == code


def test_a_line_over_the_limit_is_skipped_without_holding_it() -> None:
    """A line longer than max_line_bytes is an error; the next line still loads."""
    data = b'"' + b"x" * 5000 + b'"\n{"role":"Camat","count":4}\n'
    results = list(iter_jsonl(io.BytesIO(data), ParticipantGroup, max_line_bytes=1000))
    assert results[0][0] == 1
    assert isinstance(results[0][1], ValidationError)
    assert "longer than 1000 bytes" in results[0][1].errors[0].message
    assert results[1] == (2, ParticipantGroup("Camat", 4))


def test_an_empty_file_has_no_records() -> None:
    """An empty source yields nothing."""
    assert list(iter_jsonl(io.BytesIO(b""), ParticipantGroup)) == []


def test_jsonl_is_lazy() -> None:
    """Reading stops where the consumer stops: the rest of the stream is not read."""
    stream = io.BytesIO(b'{"role":"Camat","count":4}\n' * 1000)
    first = next(iter_jsonl(stream, ParticipantGroup))
    assert first[0] == 1
    assert stream.tell() < 1000 * 27


@given(st.lists(participants(), max_size=5))
def test_jsonl_round_trip(items: list[Participants]) -> None:
    """write_jsonl then iter_jsonl gives back the same objects."""
    buffer = io.StringIO()
    assert write_jsonl(items, buffer) == len(items)
    loaded = [result for _, result in iter_jsonl(io.StringIO(buffer.getvalue()), Participants)]
    assert loaded == items


def test_csv_columns_are_dotted_paths() -> None:
    """Nested fields flatten to parent.field and tuple elements to field.index."""
    out = io.StringIO()
    group = Participants((ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4, "se-kota")), total=8)
    to_csv([group], out, Participants)
    header = out.getvalue().splitlines()[0]
    assert header == (
        "groups.0.role,groups.0.count,groups.0.description,groups.0.position,groups.0.qualifier,"
        "groups.1.role,groups.1.count,groups.1.description,groups.1.position,groups.1.qualifier,total,qualifier"
    )


@given(st.lists(participants(min_groups=1), max_size=5), st.booleans())
def test_csv_round_trip(items: list[Participants], bom: bool) -> None:
    """to_csv then iter_csv gives back the same objects, with or without a BOM."""
    buffer = io.StringIO()
    to_csv(items, buffer, Participants, bom=bom)
    loaded = [result for _, result in iter_csv(io.StringIO(buffer.getvalue()), Participants)]
    assert loaded == items


def test_csv_carries_an_empty_string_as_a_lone_apostrophe() -> None:
    """An empty string in an optional text field is written as "'" (an empty cell is null) and read back."""
    out = io.StringIO()
    to_csv([ParticipantGroup("Camat", 4, ""), ParticipantGroup("Lurah", 4)], out, ParticipantGroup)
    assert out.getvalue().splitlines()[1:] == ["Camat,4,',,exact", "Lurah,4,,,exact"]
    assert from_csv(io.StringIO(out.getvalue()), ParticipantGroup)[0].description == ""


def test_csv_refuses_objects_of_another_type() -> None:
    """to_csv given a different model reports its index."""
    with pytest.raises(ValidationError) as caught:
        to_csv([ParticipantGroup("Camat", 4)], io.StringIO(), Participants)
    assert caught.value.errors[0].path == "$[0]"


def test_csv_errors_name_the_row_and_the_column(tmp_path: Path) -> None:
    """A bad cell is reported with its spreadsheet row number and its column."""
    path = tmp_path / "groups.csv"
    path.write_text("role,count,description\nCamat,4,\n,-1,\nLurah,x,\n", encoding="utf-8")
    results = list(iter_csv(path, ParticipantGroup))
    assert [row for row, _ in results] == [2, 3, 4]
    second = results[1][1]
    assert isinstance(second, ValidationError)
    assert {(item.path, item.code) for item in second.errors} == {("$.role", "missing"), ("$.count", "constraint")}
    third = results[2][1]
    assert isinstance(third, ValidationError)
    assert third.errors[0].message.startswith("column count:")


def test_csv_with_an_unknown_column_is_an_extra_key() -> None:
    """A column the model does not have is rejected, not dropped."""
    ((_, result),) = list(iter_csv(io.StringIO("role,count,colour\nCamat,4,red\n"), ParticipantGroup))
    assert isinstance(result, ValidationError)
    assert [(item.path, item.code) for item in result.errors] == [("$.colour", "extra_key")]


def test_csv_rows_with_too_many_cells_are_errors() -> None:
    """A row longer than the header is reported, not truncated."""
    ((row, result),) = list(iter_csv(io.StringIO("role,count\nCamat,4,extra\n"), ParticipantGroup))
    assert row == 2
    assert isinstance(result, ValidationError)
    assert [(item.path, item.code) for item in result.errors] == [("$", "invalid_value")]
    assert "3 cells but the header names 2 columns" in result.errors[0].message


def test_from_csv_reads_every_row_or_reports_every_bad_row() -> None:
    """from_csv gives the list, or one error listing each bad row with its row and column."""
    good = "role,count,description\nCamat,4,\nLurah,4,\n"
    assert [g.role for g in from_csv(io.StringIO(good), ParticipantGroup)] == ["Camat", "Lurah"]
    bad = "role,count,description\nCamat,-4,\nLurah,4,\n,x,\n"
    with pytest.raises(ValidationError) as caught:
        from_csv(io.StringIO(bad), ParticipantGroup)
    assert [(item.path, item.message.split(":")[0]) for item in caught.value.errors] == [
        ("$[0].count", "row 2, column count"),
        ("$[2].role", "row 4, column role"),
        ("$[2].count", "row 4, column count"),
    ]
