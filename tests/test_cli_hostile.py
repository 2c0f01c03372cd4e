"""The command line on many errors and unreadable text: every error's line found in one pass,
invalid text is exit 1, and descriptions are never cut mid-sentence."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kampungkb._core import public_types, union_plan
from kampungkb.cli import main


def _bad_array(path: Path, count: int) -> Path:
    """A JSON array of ``count`` invalid groups, one per line after the opening bracket."""
    records = ",\n".join(json.dumps({"role": "Camat", "count": -1}) for _ in range(count))
    path.write_text(f"[\n{records}\n]\n", encoding="utf-8")
    return path


def test_every_error_of_an_array_is_on_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Record i of the array is on line i + 2; each error says so."""
    path = _bad_array(tmp_path / "groups.json", 300)
    assert main(["validate", str(path), "--type", "ParticipantGroup"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:-1] == [
        f"{path}:{index + 2}: $[{index}].count: expected a value >= 0, found -1 [constraint]" for index in range(300)
    ]
    assert lines[-1] == "0 valid, 300 invalid"


def test_lines_of_nested_errors_in_a_pretty_printed_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors deep inside records, in any order and with missing keys, each get the line of their value."""
    records = [
        {"groups": [{"role": "Camat", "count": 4}, {"role": "Lurah", "count": -1}], "total": 3},
        {"groups": [{"role": "PKB", "count": "2"}], "total": 2},
        {"groups": [{"count": 2}], "total": 2},
    ]
    path = tmp_path / "participants.json"
    text = json.dumps(records, indent=2)
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--type", "Participants", "--report", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    found = {item["path"]: item["line"] for item in report["errors"]}
    # json.dumps(indent=2) puts "count": -1 on line 10, "count": "2" on 19, the group without a role opens on 26
    assert found["$[0].groups[1].count"] == 10
    assert found["$[1].groups[0].count"] == 19
    assert found["$[2].groups[0].role"] == 26  # a missing key: the line of the object that lacks it
    assert text.splitlines()[25].strip() == "{"


def test_a_document_with_a_byte_order_mark_has_its_lines_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A UTF-8 BOM before the document does not put every error on line 1."""
    path = tmp_path / "group.json"
    path.write_bytes(b'\xef\xbb\xbf{\n  "role": "Camat",\n  "count": -4\n}\n')
    assert main(["validate", str(path), "--type", "ParticipantGroup"]) == 1
    assert f"{path}:3: $.count:" in capsys.readouterr().out


def test_max_errors_limits_what_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--max-errors shows the first N errors with their lines and still counts every record."""
    path = _bad_array(tmp_path / "groups.json", 50)
    assert main(["validate", str(path), "--type", "ParticipantGroup", "--max-errors", "2"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:2: $[0].count: expected a value >= 0, found -1 [constraint]",
        f"{path}:3: $[1].count: expected a value >= 0, found -1 [constraint]",
        "48 more errors not shown (--max-errors 2)",
        "0 valid, 50 invalid",
    ]


def _seconds(path: Path, capsys: pytest.CaptureFixture[str]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        main(["validate", str(path), "--type", "ParticipantGroup"])
        best = min(best, time.process_time() - start)
        capsys.readouterr()
    return best


def test_locating_errors_grows_linearly_with_their_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Eight times the bad records take about eight times as long, not sixty-four (a ratio, not a time limit)."""
    small = _seconds(_bad_array(tmp_path / "small.json", 500), capsys)
    large = _seconds(_bad_array(tmp_path / "large.json", 4000), capsys)
    assert large / small < 24, f"500 records: {small:.3f} s, 4,000: {large:.3f} s"


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        (["date", "kemarin sore"], "date"),
        (["date", "31 Februari 2021"], "only 28 days"),
        (["cite", "halo"], "no instrument type"),
        (["region", "35.70"], "neither a kabupaten"),
    ],
)
def test_unreadable_text_is_invalid_input_exit_1(
    command: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable date (citation, code) is invalid input, exit 1 as for an invalid record; usage stays 2."""
    assert main(command) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert needle in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_usage_errors_still_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown type is a usage error, not invalid input."""
    assert main(["schema", "Nothing"]) == 2
    assert "unknown type" in capsys.readouterr().err


def test_types_prints_every_description_whole(capsys: pytest.CaptureFixture[str]) -> None:
    """Each description is the docstring's whole first paragraph on one line (a union's, its
    description of its members), ending its sentence."""
    assert main(["types"]) == 0
    printed = dict(line.split(maxsplit=1) for line in capsys.readouterr().out.splitlines())
    types = public_types()
    assert set(printed) == set(types)
    for name, cls in types.items():
        if union_plan(cls) is None:
            paragraph = " ".join((cls.__doc__ or "").strip().split("\n\n", 1)[0].split()).replace("``", "")
            assert printed[name] == paragraph, name
        assert printed[name].endswith((".", ")", "?")), f"{name}: {printed[name]!r} stops mid-sentence"


def test_a_truncated_json_lines_record_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file cut off mid-record reports the record as cut short, at its line."""
    path = tmp_path / "groups.jsonl"
    path.write_bytes(b'{"role":"Camat","count":4}\n{"role":"Lurah","cou')
    assert main(["validate", str(path), "--type", "ParticipantGroup"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: $: invalid JSON: the line ends inside a string; the record is cut short" in out


@pytest.mark.parametrize(("where", "needle"), [("missing/schema.json", "no such directory")])
def test_output_into_a_missing_directory_is_a_usage_error(
    tmp_path: Path, where: str, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output into a directory that does not exist: exit 2, one line naming the file (not a temporary name)."""
    assert main(["schema", "ParticipantGroup", "--output", str(tmp_path / where)]) == 2
    err = capsys.readouterr().err
    assert err == f"kampungkb schema: {tmp_path / where}: {needle}\n"
