"""Hostile input to the bulk readers: bytes that are not UTF-8, text that is not text, headers
no file made by to_csv could have, records cut short. Each gives a located ValidationError."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest

from kampungkb.bulk import from_csv, iter_csv, iter_jsonl
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup, Participants
from kampungkb.regions import InMemoryGazetteer

# ---------------------------------------------------------------------------
# CSV bytes that are not UTF-8


@pytest.mark.parametrize("as_path", [False, True], ids=["binary stream", "path"])
def test_csv_bytes_that_are_not_utf8_are_an_error_naming_the_byte_and_row(tmp_path: Path, as_path: bool) -> None:
    """A byte that is not UTF-8 gives its row an error naming the byte's offset; the next row still loads."""
    data = b"role,count\nCamat,4\nLur\xffah,4\nPKB,21\n"
    source: Path | io.BytesIO = io.BytesIO(data)
    if as_path:
        source = tmp_path / "groups.csv"
        source.write_bytes(data)
    results = list(iter_csv(source, ParticipantGroup))
    assert [row for row, _ in results] == [2, 3, 4]
    error = results[1][1]
    assert isinstance(error, ValidationError)
    assert [(item.path, item.code) for item in error.errors] == [("$", "invalid_value")]
    assert f"byte {data.index(0xFF)} " in error.errors[0].message
    assert "UTF-8" in error.errors[0].message
    assert results[2][1] == ParticipantGroup("PKB", 21)


def test_from_csv_reports_a_bad_byte_at_its_row() -> None:
    """from_csv names the row of the bad byte and locates it at that record."""
    with pytest.raises(ValidationError) as caught:
        from_csv(io.BytesIO(b"role,count\nCamat,4\nCam\xc3(at,4\n"), ParticipantGroup)
    (item,) = caught.value.errors
    assert item.path == "$[1]"
    assert item.message.startswith("row 3, not UTF-8 text: byte 22 ")


def test_a_bad_byte_in_the_header_stops_reading() -> None:
    """A header that is not UTF-8 is reported at row 1 (located at $ by from_csv)."""
    with pytest.raises(ValidationError) as caught:
        from_csv(io.BytesIO(b"ro\x80le,count\nCamat,4\n"), ParticipantGroup)
    (item,) = caught.value.errors
    assert (item.path, item.code) == ("$", "invalid_value")
    assert item.message.startswith("row 1, not UTF-8 text: byte 2 ")


def test_a_multibyte_character_split_across_read_pieces_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding goes piece by piece; a character cut at a piece boundary is still read whole."""
    from kampungkb._core import _files

    monkeypatch.setattr(_files, "_CHUNK", 5)
    text = "role,count\nCamé,4\nLurah,4\n"
    assert [result for _, result in iter_csv(io.BytesIO(text.encode()), ParticipantGroup)] == [
        ParticipantGroup("Camé", 4),
        ParticipantGroup("Lurah", 4),
    ]
    results = list(iter_csv(io.BytesIO(b"role,count\nCam\xe9\xff,4\n"), ParticipantGroup))
    assert "byte 14 " in results[0][1].errors[0].message  # type: ignore[union-attr]


def test_the_gazetteer_and_the_csv_reader_share_one_decoder(tmp_path: Path) -> None:
    """The gazetteer's CSV file that is not UTF-8 gets the same message as the bulk reader's."""
    path = tmp_path / "regions.csv"
    path.write_bytes(b"code,name\n3575,Kota Pasuruan\xff\n")
    with pytest.raises(ValidationError) as gazetteer:
        InMemoryGazetteer.from_csv(path)
    bulk = next(iter_csv(path, ParticipantGroup))[1]
    assert isinstance(bulk, ValidationError)
    assert gazetteer.value.errors[0].message == bulk.errors[0].message == "not UTF-8 text: byte 28 is not valid UTF-8"


def test_csv_lines_ending_in_a_lone_carriage_return_are_rows() -> None:
    """Old Mac line ends (CR alone) still separate rows, as they did when read in text mode."""
    data = b"role,count\rCamat,4\rLurah,4\r"
    assert [row for row, _ in iter_csv(io.BytesIO(data), ParticipantGroup)] == [2, 3]


def test_row_numbers_count_spreadsheet_rows_not_lines() -> None:
    """A cell holding a line break does not shift the row numbers of the rows after it."""
    data = 'role,count,description\nCamat,4,"dua\nbaris"\nLurah,x,\n'
    results = list(iter_csv(io.StringIO(data), ParticipantGroup))
    assert [row for row, _ in results] == [2, 3]
    assert results[0][1] == ParticipantGroup("Camat", 4, description="dua\nbaris")


# ---------------------------------------------------------------------------
# JSON Lines text that is not text


def test_jsonl_text_stream_with_a_lone_surrogate_is_an_error_for_that_line() -> None:
    """A text stream holding an unpaired surrogate gives that line a located error; the others load."""
    stream = io.StringIO('{"role":"Camat","count":4}\n{"role":"\ud800","count":4}\n{"role":"PKB","count":21}\n')
    results = list(iter_jsonl(stream, ParticipantGroup))
    assert [row for row, _ in results] == [1, 2, 3]
    error = results[1][1]
    assert isinstance(error, ValidationError)
    assert [(item.path, item.code) for item in error.errors] == [("$", "json")]
    assert "U+D800" in error.errors[0].message
    assert results[2][1] == ParticipantGroup("PKB", 21)


def test_jsonl_text_stream_with_escaped_bytes_reads_them_back_as_bytes() -> None:
    """Text decoded with surrogateescape (as sys.stdin can be) reads as the bytes it came from."""
    stream = io.StringIO(b'{"role":"Lur\xffah","count":4}\n'.decode("utf-8", "surrogateescape"))
    ((number, error),) = list(iter_jsonl(stream, ParticipantGroup))
    assert number == 1
    assert isinstance(error, ValidationError)
    assert "not UTF-8" in error.errors[0].message


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        (b'{"role": "Cam\n', "a string"),
        (b'{"role": "Camat", "count": 4\n', "an object"),
        (b'{"role": "Camat", "count": [4\n', "an array"),
        (b'{"role": "Camat \\"', "a string"),
        (b'{"role": "Camat\\\\", "count": ', "an object"),
    ],
)
def test_a_truncated_line_says_it_is_cut_short(line: bytes, inside: str) -> None:
    """A record cut short says so, not 'Invalid control character' or whatever the parser met at the end."""
    ((number, error),) = list(iter_jsonl(io.BytesIO(line), ParticipantGroup))
    assert number == 1
    assert isinstance(error, ValidationError)
    (item,) = error.errors
    assert item.code == "json"
    assert f"the line ends inside {inside}" in item.message
    assert "cut short" in item.message
    assert "control character" not in item.message


def test_a_record_split_over_two_lines_says_so() -> None:
    """Pretty-printed JSON in a JSON Lines file: the first line says it ends inside the record."""
    data = b'{"role": "Camat",\n "count": 4}\n'
    results = list(iter_jsonl(io.BytesIO(data), ParticipantGroup))
    assert "split over several lines" in results[0][1].errors[0].message  # type: ignore[union-attr]


def test_a_line_both_cut_short_and_not_utf8_says_it_is_not_utf8() -> None:
    """The bytes come first: a line that is not UTF-8 says so even when it also ends inside a string."""
    ((_, error),) = list(iter_jsonl(io.BytesIO(b'{"role": "Cam\xff'), ParticipantGroup))
    assert isinstance(error, ValidationError)
    assert "not UTF-8" in error.errors[0].message


@pytest.mark.parametrize("line", [b'{"role": "Camat", "count": 4}}\n', b"{]\n", b"tru\n"])
def test_other_broken_lines_keep_the_parser_message(line: bytes) -> None:
    """A line that is broken but not cut short keeps the JSON parser's own message."""
    ((_, error),) = list(iter_jsonl(io.BytesIO(line), ParticipantGroup))
    assert isinstance(error, ValidationError)
    assert error.errors[0].message.startswith("invalid JSON at line 1")


# ---------------------------------------------------------------------------
# CSV headers no file made by to_csv could have


def _header_error(text: str, cls: type = Participants) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        from_csv(io.StringIO(text), cls)
    assert all(item.path == "$" and item.message.startswith("row 1, column ") for item in caught.value.errors)
    return caught.value


@pytest.mark.parametrize("index", ["\u00b2", "\u0661", "\uff11", "01", "-1", "+1", " 1", "x"])
def test_a_tuple_index_must_be_written_in_ascii_digits(index: str) -> None:
    """'²' (which str.isdigit accepts and int refuses), other digits, a leading zero: a header error."""
    error = _header_error(f"groups.{index}.role,groups.{index}.count,total\nCamat,4,4\n")
    assert "is not an index" in error.errors[0].message


def test_an_index_beyond_the_header_width_is_refused_without_allocating() -> None:
    """An index far beyond the row: refused at the header, in kilobytes (the reported 48-byte header,
    index 99999999, made a list of 10**8 items; 10**6 here keeps the test quick on the old code)."""
    tracemalloc.start()
    try:
        error = _header_error("groups.1000000.role,groups.1000000.count,total\nCamat,4,4\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [item.message for item in error.errors] == [
        "row 1, column 'groups.1000000.role': index 1000000 is beyond the header's 3 columns",
        "row 1, column 'groups.1000000.count': index 1000000 is beyond the header's 3 columns",
    ]
    assert peak < 2_000_000


@pytest.mark.parametrize("index", ["1" * 5000, "1" + "0" * 4300])
def test_huge_indices_are_beyond_the_width(index: str) -> None:
    """However many digits (past int()'s 4,300-digit limit, which raised ValueError), an index is refused."""
    error = _header_error(f"groups.{index}.role,total\nCamat,4\n")
    assert "is beyond the header's 2 columns" in error.errors[0].message


def test_an_index_beyond_the_fields_max_items_is_refused() -> None:
    """Participants.groups holds at most 100 groups: a column for a 101st is refused, even in a wide header."""
    columns = [f"groups.{index}.role" for index in range(101)] + ["total"]
    error = _header_error(",".join(columns) + "\n" + ",".join(["Camat"] * 101 + ["1"]) + "\n")
    ((item),) = error.errors
    assert "'groups.100.role': index 100 is beyond at most 100 items" in item.message


def test_the_largest_index_allowed_still_reads() -> None:
    """An index just inside both bounds is read (and checked by the model as usual)."""
    rows = list(
        iter_csv(io.StringIO("groups.0.role,groups.0.count,groups.1.role,groups.1.count,total\n"), Participants)
    )
    assert rows == []
    text = "groups.0.role,groups.0.count,groups.1.role,groups.1.count,total\nCamat,4,Lurah,4,8\n"
    ((_, result),) = list(iter_csv(io.StringIO(text), Participants))
    assert result == Participants((ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4)), total=8)


@pytest.mark.parametrize(
    "column",
    [
        ".".join(["groups"] + ["0"] * 1000),
        ".".join(["groups", "0", "role"] + ["x"] * 1000),
        ".".join(["x"] * 1000),
        "groups." + "." * 5000,
    ],
    ids=["a thousand indices", "a thousand parts below a text field", "a thousand unknown parts", "empty parts"],
)
def test_a_header_of_a_thousand_dotted_parts_is_an_error_not_a_recursion(column: str) -> None:
    """Columns nest no deeper than the model: the rest of a deep name is one unexpected key or value."""
    with pytest.raises(ValidationError) as caught:
        from_csv(io.StringIO(f"{column},total\nCamat,4\n"), Participants)
    assert all(item.code in {"invalid_value", "type", "extra_key", "missing"} for item in caught.value.errors)
    assert all(len(item.location) <= 4 for item in caught.value.errors)


def test_a_column_named_twice_is_a_header_error() -> None:
    """Two columns with one name would silently keep the last cell: refused instead."""
    error = _header_error("role,count,role\nCamat,4,Lurah\n", ParticipantGroup)
    assert error.errors[0].message == "row 1, column 'role' is named twice"


def test_a_column_of_an_unknown_index_part_is_no_longer_dropped() -> None:
    """A non-index part under a tuple was silently ignored; now it is reported."""
    error = _header_error("groups.first.role,groups.first.count,total\nCamat,4,4\n")
    assert "'first' is not an index (0, 1, 2 …) of 'groups'" in error.errors[0].message


def test_unknown_columns_are_still_reported_on_each_row() -> None:
    """A column the model does not have is a per-row extra key, as before."""
    ((_, result),) = list(iter_csv(io.StringIO("role,count,nama\nCamat,4,x\n"), ParticipantGroup))
    assert isinstance(result, ValidationError)
    assert [(item.path, item.code) for item in result.errors] == [("$.nama", "extra_key")]
