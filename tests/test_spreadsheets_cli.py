"""The command line reads what it is given: CSV, Excel, templates, convert; tables located as FILE:ROW:COLUMN."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest

from kampungkb.bulk import from_csv, iter_jsonl, table_rows, to_csv, write_jsonl
from kampungkb.cli import main
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup
from kampungkb.kampung import CoverageLevel, KampungKB, PortalCriterion, SelectionCriteria
from kampungkb.regions import Location, RegionCode

openpyxl = pytest.importorskip("openpyxl")
from kampungkb.spreadsheets import from_xlsx, to_xlsx  # noqa: E402


def _kampung(number: int) -> KampungKB:
    return KampungKB(
        id=number,
        name=f"Kampung KB Melati {number}",
        location=Location(code=RegionCode("35.75.01.1001"), rw=f"{number % 20:02d}", latitude=-7.6, longitude=112.9),
        launch_date=PartialDate.of(datetime.date(2017, 9, 27) + datetime.timedelta(days=number % 900)),
        coverage=CoverageLevel.VILLAGE,
        criteria=SelectionCriteria(portal=(PortalCriterion.CRITERION_1,)),
    )


# The Done-when workbook: 10,000 kampung rows, a dozen mistakes, each at a known (row, column, path).
MISTAKES: dict[int, tuple[str, Any, str]] = {
    # sheet row: (column, bad cell, the error's path)
    17: ("name", None, "$.name"),
    512: ("location.code", "35.75.01.10O1", "$.location.code"),
    1033: ("location.code", "99.99.99.9999", "$.location.code"),
    2048: ("launch_date", datetime.datetime(2015, 12, 31), "$.launch_date"),
    3001: ("launch_date", "kemarin", "$.launch_date"),
    4096: ("id", 0, "$.id"),
    5000: ("id", "abc", "$.id"),
    6100: ("coverage", "kampung", "$.coverage"),
    7007: ("active", "ya", "$.active"),
    8192: ("criteria.portal.0", "criterion_9", "$.criteria.portal[0]"),
    9000: ("location.rw", "x" * 51, "$.location.rw"),
    10001: ("location.latitude", 95.5, "$.location.latitude"),
}


def _letter(index: int) -> str:
    return str(openpyxl.utils.get_column_letter(index + 1))


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    rows, columns = table_rows([_kampung(1)], KampungKB)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("KampungKB")
    sheet.append(columns)
    base = rows[0]
    for row_number in range(2, 10_002):
        cells = dict(base, id=row_number, name=f"Kampung KB Melati {row_number}")
        cells["launch_date"] = datetime.datetime(2017, 9, 27)
        if row_number in MISTAKES:
            column, bad, _ = MISTAKES[row_number]
            cells[column] = bad
        sheet.append([cells[column] for column in columns])
    path = tmp_path_factory.mktemp("big") / "kampung.xlsx"
    book.save(path)
    return path, columns


def test_done_when_ten_thousand_rows_with_a_dozen_mistakes_each_located(
    big_workbook: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's Done-when: every mistake is reported by sheet, row and column, and nothing else is."""
    path, columns = big_workbook
    assert main(["validate", str(path), "--type", "KampungKB"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "9988 valid, 12 invalid"
    expected = {
        f"{path}[KampungKB]:{row}:{_letter(columns.index(column))}: {where}"
        for row, (column, _, where) in MISTAKES.items()
    }
    found = {line.split(": ", 2)[0] + ": " + line.split(": ", 2)[1] for line in lines[:-1]}
    assert len(lines) == 1 + 13  # row 1033's code has two problems
    assert found == expected
    for line in lines[:-1]:  # each message also names the column by letter and name
        row = int(line.split(":")[1])
        column = MISTAKES[row][0]
        assert f"column {_letter(columns.index(column))} ({column})" in line


def test_the_same_workbook_as_a_json_report_and_with_max_errors(
    big_workbook: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = big_workbook
    assert main(["validate", str(path), "--type", "KampungKB", "--report", "json", "--max-errors", "5"]) == 1
    report = json.loads(capsys.readouterr().out)
    # 13 errors in 12 rows: 99.99.99.9999 has an unknown province and a village number that cannot be
    assert (report["valid"], report["invalid"], len(report["errors"]), report["hidden"]) == (9988, 12, 5, 8)
    assert report["errors"][0]["line"] == 17
    assert report["errors"][0]["column"] == "B"


def test_max_errors_says_how_many_more_were_hidden(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "groups.csv"
    path.write_text("role;count\n" + "Camat;-1\n" * 10, encoding="utf-8")
    assert main(["validate", str(path), "--type", "ParticipantGroup", "--max-errors", "3"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}:2:B: $.count: column count: expected a value >= 0, found -1 [constraint]"
    assert out[-2:] == ["7 more errors not shown (--max-errors 3)", "0 valid, 10 invalid"]


def test_a_semicolon_csv_from_indonesian_excel_validates_without_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kampung.csv"
    to_csv([_kampung(n) for n in range(1, 6)], path, KampungKB, delimiter=";", bom=True)
    assert main(["validate", str(path), "--type", "KampungKB"]) == 0
    assert capsys.readouterr().out.splitlines() == ["5 valid, 0 invalid"]


def test_a_column_the_header_lacks_is_a_dash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "groups.csv"
    path.write_text("count\n4\n", encoding="utf-8")
    assert main(["validate", str(path), "--type", "ParticipantGroup"]) == 1
    assert capsys.readouterr().out.splitlines()[0].startswith(f"{path}:2:-: $.role:")


@pytest.mark.parametrize(("suffix", "given"), [(".txt", "csv"), (".data", "xlsx"), (".csv", None)])
def test_the_reader_follows_the_extension_or_format(
    tmp_path: Path, suffix: str, given: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"groups{suffix}"
    groups = [ParticipantGroup("Camat", 4)]
    if (given or "csv") == "csv":
        to_csv(groups, path, ParticipantGroup)
    else:
        to_xlsx(groups, path, ParticipantGroup)
    args = ["validate", str(path), "--type", "ParticipantGroup"] + (["--format", given] if given else [])
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines() == ["1 valid, 0 invalid"]


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "groups.csv"
    to_csv([ParticipantGroup("Camat", n) for n in range(5000)], path, ParticipantGroup)
    assert main(["validate", str(path), "--type", "ParticipantGroup"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_draws_a_bar_on_a_terminal(tmp_path: Path) -> None:
    from kampungkb.cli import _Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 1000)
    terminal = Terminal()
    with path.open("rb") as source, _Progress(terminal, source) as progress:
        source.read(500)
        progress.shown -= 1  # as if half a second had passed
        progress.started -= 1
        for _ in range(1000):
            progress.tick()
    assert "[###############               ]  50% 1,000 records" in terminal.getvalue()


# --- convert --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [(".jsonl", ".csv"), (".csv", ".xlsx"), (".xlsx", ".jsonl"), (".xlsx", ".json")]
)
def test_convert_between_formats(tmp_path: Path, first: str, second: str) -> None:
    records = [_kampung(n) for n in range(1, 4)]
    source = tmp_path / f"in{first}"
    target = tmp_path / f"out{second}"
    if first == ".jsonl":
        write_jsonl(records, source)
    elif first == ".csv":
        to_csv(records, source, KampungKB)
    else:
        to_xlsx(records, source, KampungKB)
    assert main(["convert", str(source), str(target), "--type", "KampungKB"]) == 0
    if second == ".csv":
        assert from_csv(target, KampungKB) == records
    elif second == ".xlsx":
        assert from_xlsx(target, KampungKB) == records
    elif second == ".jsonl":
        assert [r for _, r in iter_jsonl(target, KampungKB)] == records
    else:
        from kampungkb.codec import from_json

        assert [from_json(json.dumps(item), KampungKB) for item in json.loads(target.read_text())] == records


def test_convert_writes_nothing_when_a_record_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_text("role,count\nCamat,4\nLurah,empat\n", encoding="utf-8")
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    assert main(["convert", str(source), str(target), "--type", "ParticipantGroup"]) == 1
    err = capsys.readouterr().err
    assert f"{source}:3:B: $.count:" in err
    assert target.read_bytes() == b"old"


# --- templates ------------------------------------------------------------------------------


def test_template_command_writes_a_workbook_that_reads_back_filled(tmp_path: Path) -> None:
    path = tmp_path / "kampung.xlsx"
    assert main(["template", "KampungKB", "--xlsx", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    sheet = book["KampungKB"]
    header = [cell.value for cell in sheet[3]]
    assert header[:3] == ["id", "name", "location.code"]
    assert sheet["B1"].value == "Nama\nName"
    assert "wajib diisi / required" in sheet["B2"].value
    assert sheet.protection.sheet
    assert not sheet.column_dimensions["B"].protection.locked
    column = {name: _letter(index) for index, name in enumerate(header)}
    sheet[f"{column['name']}4"] = "Kampung KB Mawar"
    sheet[f"{column['location.code']}4"] = "35.75.01.1001"
    sheet[f"{column['launch_date']}4"] = datetime.date(2018, 3, 1)
    sheet[f"{column['active']}4"] = True
    sheet[f"{column['coverage']}4"] = "village"
    sheet[f"{column['name']}6"] = "Kampung KB Anggrek"
    sheet[f"{column['location.code']}6"] = "35.75.01.1001"
    sheet[f"{column['launch_date']}6"] = "2015-01-01"
    book.save(path)
    with pytest.raises(ValidationError) as caught:
        from_xlsx(path, KampungKB)
    [item] = caught.value.errors
    assert item.path == "$[1].launch_date"
    assert item.message.startswith(f"sheet KampungKB, row 6, column {column['launch_date']} (launch_date):")
    sheet[f"{column['launch_date']}6"] = datetime.date(2019, 5, 2)
    book.save(path)
    kampung = from_xlsx(path, KampungKB)
    assert [k.name for k in kampung] == ["Kampung KB Mawar", "Kampung KB Anggrek"]
    assert kampung[0].coverage is CoverageLevel.VILLAGE
    assert kampung[1].launch_date == PartialDate(2019, 5, 2)


@pytest.mark.parametrize("type_name", ["KampungKB", "Workshop", "Event", "Activity"])
def test_templates_have_drop_downs_from_the_vocabularies(tmp_path: Path, type_name: str) -> None:
    path = tmp_path / "template.xlsx"
    assert main(["template", type_name, "--xlsx", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists
    assert any(v.formula1.startswith("Pilihan!") for v in lists)
    choices = book["Pilihan"]
    assert choices.max_row > 1
    assert from_xlsx(path, __import__("kampungkb._core", fromlist=["resolve_type"]).resolve_type(type_name)) == []


def test_the_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import builtins

    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    assert main(["template", "KampungKB", "--xlsx", "/tmp/never-written.xlsx"]) == 2
    assert "pip install 'kampungkb[excel]'" in capsys.readouterr().err
