"""Excel workbooks: typed cells, sheets, located errors, and hostile workbooks kept within bounds."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup, Participants
from kampungkb.examples import example_kampung
from kampungkb.kampung import KampungKB, PlkbSupport
from kampungkb.regions import RegionCode

openpyxl = pytest.importorskip("openpyxl")
from kampungkb.spreadsheets import (  # noqa: E402
    MAX_CELL_CHARACTERS,
    from_xlsx,
    iter_xlsx,
    read_header,
    to_xlsx,
    write_workbook,
)


def test_openpyxl_is_imported_only_when_a_workbook_is_used() -> None:
    code = (
        "import sys, kampungkb, kampungkb.bulk, kampungkb.spreadsheets, kampungkb.cli, kampungkb.codec\n"
        "assert 'openpyxl' not in sys.modules, sorted(m for m in sys.modules if 'openpyxl' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cells_are_typed_identifiers_as_text_dates_as_dates(tmp_path: Path) -> None:
    path = tmp_path / "kampung.xlsx"
    kampung = example_kampung()
    to_xlsx([kampung], path, KampungKB)
    sheet = openpyxl.load_workbook(path)["KampungKB"]
    header = [cell.value for cell in sheet[1]]
    row = {name: sheet.cell(row=2, column=index + 1) for index, name in enumerate(header)}
    assert row["location.code"].data_type == "s"
    assert row["location.code"].value == "35.75.01.1001"
    assert row["location.code"].number_format == "@"
    assert row["location.rw"].value == "03"  # the leading zero survives
    assert row["launch_date"].is_date
    assert row["launch_date"].value == datetime.datetime(2017, 9, 27)
    assert row["active"].value is True
    assert sheet.freeze_panes == "A2"


def test_a_nip_and_a_phone_number_stay_text() -> None:
    support = PlkbSupport(accompanied=True, nip="198001012005011001", name="Budi", contact="081234567890")
    book = io.BytesIO()
    to_xlsx([support], book, PlkbSupport)
    sheet = openpyxl.load_workbook(book).active
    cells = {cell.value: cell.data_type for cell in sheet[2]}
    assert cells["198001012005011001"] == "s"
    assert cells["081234567890"] == "s"
    assert from_xlsx(book, PlkbSupport) == [support]


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://x")', "#N/A", "+62 812", "'", "''=", "", "@x"])
def test_text_that_looks_like_a_formula_is_text(text: str) -> None:
    book = io.BytesIO()
    group = ParticipantGroup("Camat", 4, text)
    to_xlsx([group], book, ParticipantGroup)
    sheet = openpyxl.load_workbook(book).active
    assert sheet["C2"].data_type == "s"
    assert from_xlsx(book, ParticipantGroup) == [group]


def test_several_sheets_one_per_type_and_each_read_by_its_name() -> None:
    book = io.BytesIO()
    groups = [ParticipantGroup("Camat", 4)]
    codes = [RegionCode("35"), RegionCode("35.75")]
    assert write_workbook(book, [("ParticipantGroup", ParticipantGroup, groups), ("Wilayah", RegionCode, codes)]) == 3
    assert from_xlsx(book, ParticipantGroup) == groups  # the sheet named after the type
    assert from_xlsx(book, RegionCode, sheet="Wilayah") == codes
    with pytest.raises(ValidationError, match="no sheet 'Peserta'"):
        from_xlsx(book, ParticipantGroup, sheet="Peserta")


@pytest.mark.parametrize("name", ["", "a" * 32, "a/b", "x[1]"])
def test_sheet_names_follow_excels_rules(name: str) -> None:
    with pytest.raises(ValidationError, match="sheet name"):
        to_xlsx([ParticipantGroup("Camat", 4)], io.BytesIO(), ParticipantGroup, sheet=name)


def test_errors_are_located_by_sheet_row_and_column() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Peserta"
    sheet.append(["role", "count", "description"])
    sheet.append(["Camat", 4, None])
    sheet.append([None, "empat", None])
    sheet.append([])
    sheet.append(["Lurah", 4.5, True])
    data = io.BytesIO()
    book.save(data)
    with pytest.raises(ValidationError) as caught:
        from_xlsx(data, ParticipantGroup, sheet="Peserta")
    assert [(item.path, item.message.split(":")[0]) for item in caught.value.errors] == [
        ("$[1].role", "sheet Peserta, row 3, column A (role)"),
        ("$[1].count", "sheet Peserta, row 3, column B (count)"),
        ("$[2].count", "sheet Peserta, row 5, column B (count)"),
        ("$[2].description", "sheet Peserta, row 5, column C (description)"),
    ]


def test_read_header_names_the_sheet_and_its_columns() -> None:
    book = io.BytesIO()
    to_xlsx([Participants((), total=3)], book, Participants)
    assert read_header(book, Participants) == ("Participants", ["total", "qualifier"])
    assert read_header(io.BytesIO(b"not a zip"), Participants) == ("", [])


def test_what_excel_cannot_hold_is_refused_at_its_path() -> None:
    """A text longer than a cell holds is refused (openpyxl would cut it silently)."""
    import attrs

    fits = attrs.evolve(example_kampung(), description="x" * (MAX_CELL_CHARACTERS - 1))
    too_long = attrs.evolve(example_kampung(), description="x" * MAX_CELL_CHARACTERS)
    book = io.BytesIO()
    to_xlsx([fits], book, KampungKB)
    assert from_xlsx(book, KampungKB) == [fits]
    with pytest.raises(ValidationError) as caught:
        to_xlsx([fits, too_long], io.BytesIO(), KampungKB)
    assert [item.path for item in caught.value.errors] == ["$[1].description"]
    assert "more than a cell holds" in caught.value.errors[0].message


def test_a_path_is_replaced_only_once_the_workbook_is_whole(tmp_path: Path) -> None:
    path = tmp_path / "groups.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ValidationError):
        to_xlsx([ParticipantGroup("Camat", 4), "not a group"], path, ParticipantGroup)
    assert path.read_bytes() == b"old"
    to_xlsx([ParticipantGroup("Camat", 4)], path, ParticipantGroup)
    assert from_xlsx(path, ParticipantGroup) == [ParticipantGroup("Camat", 4)]


# --- hostile workbooks -----------------------------------------------------------------------


def _rewrite(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            body = source.read(info.filename)
            archive.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


def _workbook(groups: list[ParticipantGroup]) -> bytes:
    book = io.BytesIO()
    to_xlsx(groups, book, ParticipantGroup)
    return book.getvalue()


def _first_error(data: bytes, **options: int) -> tuple[int, str]:
    results = list(iter_xlsx(io.BytesIO(data), ParticipantGroup, **options))  # type: ignore[arg-type]
    row, result = next((row, result) for row, result in results if isinstance(result, ValidationError))
    return row, result.errors[0].message


def test_a_workbook_that_would_unpack_beyond_the_limit_is_refused_unread() -> None:
    data = _workbook([ParticipantGroup("Camat", 4)])
    assert _first_error(data, max_bytes=1000)[1].startswith("the workbook would unpack to ")


def test_a_zip_bomb_declaring_gigabytes_is_refused_before_inflating() -> None:
    """A part that claims to unpack to 4 GiB (a zip bomb's sign) is refused from the archive's directory alone."""
    data = bytearray(_workbook([ParticipantGroup("Camat", 4)]))
    directory = data.rfind(b"PK\x01\x02")  # the last part's central directory entry
    data[directory + 24 : directory + 28] = (0xFFFFFFF0).to_bytes(4, "little")  # its uncompressed size
    row, message = _first_error(bytes(data))
    assert row == 1
    assert "would unpack to" in message


def test_a_ten_megabyte_cell_is_a_located_error() -> None:
    data = _workbook([ParticipantGroup("Camat", 4, "PLACEHOLDER"), ParticipantGroup("Lurah", 5)])
    data = _rewrite(data, "xl/worksheets/sheet1.xml", lambda body: body.replace(b"PLACEHOLDER", b"x" * 10_000_000))
    results = list(iter_xlsx(io.BytesIO(data), ParticipantGroup))
    assert results[0][0] == 2
    assert isinstance(results[0][1], ValidationError)
    assert results[0][1].errors[0].message == (
        f"the cell in column 3 has 10000000 characters, more than Excel's {MAX_CELL_CHARACTERS}"
    )
    assert results[1] == (3, ParticipantGroup("Lurah", 5))


def test_a_million_empty_rows_and_a_huge_declared_size_are_read_through() -> None:
    """Empty rows are skipped one by one (no padding to the declared A1:XFD1048576), and the data after them is read."""
    data = _workbook([ParticipantGroup("Camat", 4)])
    empty = b"".join(b'<row r="%d"/>' % number for number in range(3, 1_000_003))
    last = b'<row r="1000003"><c r="A1000003" t="inlineStr"><is><t>Lurah</t></is></c><c r="B1000003"><v>5</v></c></row>'

    def change(body: bytes) -> bytes:
        body = body.replace(b"</sheetData>", empty + last + b"</sheetData>")
        return body.replace(b"<sheetPr>", b'<dimension ref="A1:XFD1048576"/><sheetPr>', 1)

    data = _rewrite(data, "xl/worksheets/sheet1.xml", change)
    results = list(iter_xlsx(io.BytesIO(data), ParticipantGroup))
    assert results == [(2, ParticipantGroup("Camat", 4)), (1_000_003, ParticipantGroup("Lurah", 5))]


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04garbage", b"not a workbook at all", b"\x00" * 100])
def test_what_is_not_a_workbook_is_one_error_for_row_1(data: bytes) -> None:
    row, message = _first_error(data)
    assert row == 1
    assert message.startswith("not an Excel workbook (.xlsx)")


def test_a_zip_that_is_not_a_workbook_is_one_error_for_row_1() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    row, message = _first_error(out.getvalue())
    assert (row, message.startswith("not an Excel workbook (.xlsx)")) == (1, True)
