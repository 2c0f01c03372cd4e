"""The command line, run as users run it: a subprocess of the installed package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kampungkb.codec import to_json
from kampungkb.schema import json_schema


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kampungkb ARGS`` and capture its output as text."""
    completed = subprocess.run(
        [sys.executable, "-m", "kampungkb", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    """True when neither stream shows a Python traceback."""
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_validate_example_prints_a_summary_and_valid() -> None:
    """The README's main command: the shipped example validates, exit 0."""
    result = run("validate", "--example")
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("valid")


def test_validate_reports_each_error_with_file_line_and_path(tmp_path: Path) -> None:
    """A JSON document's errors print as FILE:LINE: $.path: message [code], then a summary."""
    path = tmp_path / "group.json"
    path.write_text('{\n  "role": "Camat",\n  "count": -4\n}\n', encoding="utf-8")
    result = run("validate", str(path), "--type", "ParticipantGroup")
    assert result.returncode == 1
    assert f"{path}:3: $.count: expected a value >= 0, found -4 [constraint]" in result.stdout
    assert result.stdout.rstrip().endswith("0 valid, 1 invalid")


def test_validate_json_lines_counts_records(tmp_path: Path) -> None:
    """JSON Lines: one record per line, errors with their line numbers."""
    path = tmp_path / "groups.jsonl"
    path.write_text('{"role":"Camat","count":4}\n{"count":4}\n', encoding="utf-8")
    result = run("validate", str(path), "--type", "participantgroup")
    assert result.returncode == 1
    assert f"{path}:2: $.role: missing required field 'role' [missing]" in result.stdout
    assert "1 valid, 1 invalid" in result.stdout


def test_validate_reads_stdin_with_lines() -> None:
    """'-' reads standard input; --lines makes it JSON Lines."""
    result = run("validate", "-", "--lines", "--type", "ParticipantGroup", stdin=b'{"role":"Camat","count":4}\n')
    assert result.returncode == 0
    assert "1 valid, 0 invalid" in result.stdout


def test_validate_an_array_document_validates_each_element(tmp_path: Path) -> None:
    """A JSON array of records is validated element by element, paths indexed."""
    path = tmp_path / "groups.json"
    path.write_text('[{"role":"Camat","count":4},\n {"role":"Lurah","count":true}]', encoding="utf-8")
    result = run("validate", str(path), "--type", "ParticipantGroup")
    assert result.returncode == 1
    assert f"{path}:2: $[1].count: expected an integer, found a boolean (True) [type]" in result.stdout


def test_validate_json_format_and_max_errors(tmp_path: Path) -> None:
    """--format json prints a machine-readable report; --max-errors caps the errors listed."""
    path = tmp_path / "groups.jsonl"
    path.write_text('{"role":1,"count":-1}\n{"role":2,"count":-2}\n', encoding="utf-8")
    result = run("validate", str(path), "--type", "ParticipantGroup", "--report", "json", "--max-errors", "3")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["valid"] == 0
    assert report["invalid"] == 2
    assert len(report["errors"]) == 3
    assert report["errors"][0] == {
        "file": str(path),
        "line": 1,
        "path": "$.role",
        "message": "expected a string, found an integer (1)",
        "code": "type",
    }


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("validate", "nowhere.json", "--type", "ParticipantGroup"), "no such file"),
        (("validate", "{dir}", "--type", "ParticipantGroup"), "is a directory"),
        (("validate", "{dir}/x.json"), "--type"),
        (("validate",), "FILE"),
        (("validate", "{dir}/x.json", "--type", "Nothing"), "unknown type"),
        (("frobnicate",), "invalid choice"),
        (("schema", "Nothing"), "unknown type"),
    ],
)
def test_usage_and_io_errors_exit_2_in_one_line(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    """Missing files, directories, unknown types and bad usage: exit 2, one message, no traceback."""
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    result = run(*(arg.replace("{dir}", str(tmp_path)) for arg in args))
    assert result.returncode == 2
    assert needle in result.stderr
    assert no_traceback(result)


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02\xff binary garbage",
        b"\xff\xfe\xfd",
        b"",
        b"[" * 100_000,
        b'{"role": "Camat", "count": 4',
    ],
)
def test_junk_files_are_invalid_not_crashes(tmp_path: Path, content: bytes) -> None:
    """Binary garbage, invalid UTF-8, an empty file, deep nesting: exit 1 with a located error."""
    path = tmp_path / "junk.json"
    path.write_bytes(content)
    result = run("validate", str(path), "--type", "ParticipantGroup")
    assert result.returncode == 1
    assert "[json]" in result.stdout
    assert no_traceback(result)


def test_a_100_mb_line_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """A single 100 MB JSON Lines record is reported as too long; the next line still counts."""
    path = tmp_path / "big.jsonl"
    with path.open("wb") as stream:
        stream.write(b'{"role": "')
        chunk = b"x" * (1024 * 1024)
        for _ in range(100):
            stream.write(chunk)
        stream.write(b'", "count": 1}\n{"role":"Camat","count":4}\n')
    result = run("validate", str(path), "--type", "ParticipantGroup")
    assert result.returncode == 1
    assert "longer than" in result.stdout
    assert "1 valid, 1 invalid" in result.stdout


def test_schema_prints_the_generated_schema() -> None:
    """'schema TYPE' prints the same schema json_schema gives."""
    from kampungkb.events import Participants

    result = run("schema", "Participants")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema(Participants)


def test_example_prints_the_shipped_example() -> None:
    """'example' prints the example document, which loads back."""
    from kampungkb.examples import example_json

    result = run("example")
    assert result.returncode == 0
    assert result.stdout == example_json()


def test_types_lists_every_public_model() -> None:
    """'types' lists the names --type accepts."""
    from kampungkb._core import public_models

    result = run("types")
    assert result.returncode == 0
    listed = {line.split()[0] for line in result.stdout.splitlines()}
    assert set(public_models()) <= listed


def test_version() -> None:
    """--version names the package version."""
    import kampungkb

    result = run("--version")
    assert result.returncode == 0
    assert kampungkb.__version__ in result.stdout


def test_to_json_output_validates_through_the_cli(tmp_path: Path) -> None:
    """What to_json writes, the CLI accepts."""
    from kampungkb.examples import pasuruan_city_workshop_2020

    path = tmp_path / "example.json"
    path.write_text(to_json(pasuruan_city_workshop_2020()), encoding="utf-8")
    result = run("validate", str(path), "--type", "Workshop")
    assert result.returncode == 0
    assert "1 valid, 0 invalid" in result.stdout


def test_cite_prints_the_canonical_forms() -> None:
    """'cite' prints the short, long and full citation of a known law."""
    result = run("cite", "UU No. 52 Th. 2009")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "short: UU 52/2009"
    assert lines[1].startswith("long: Undang-Undang Nomor 52 Tahun 2009 tentang ")
    assert "Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161" in lines[2]


def test_date_prints_iso_and_the_official_form() -> None:
    """'date' prints the ISO date or range, then the official long form."""
    result = run("date", "Senin sampai dengan Selasa tanggal 28 Desember sampai dengan 29 Desember 2020")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["2020-12-28/2020-12-29", "Senin–Selasa, 28–29 Desember 2020"]
    single = run("date", "28 / 12 / 2020")
    assert single.stdout.splitlines() == ["2020-12-28", "Senin, 28 Desember 2020"]


def test_region_describes_a_code_with_its_parents() -> None:
    """'region' prints the level, kind and the names of the code and its parents."""
    result = run("region", "3575011001")
    assert result.returncode == 0
    assert "village kind: kelurahan (Kelurahan)" in result.stdout
    assert result.stdout.splitlines()[-1] == "  35.75.01.1001: Karangketug"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("cite", "halo"), "no instrument type"),
        (("date", "31 Februari 2021"), "only 28 days"),
        (("region", "35.70"), "neither a kabupaten"),
    ],
)
def test_bad_text_for_cite_date_region_is_one_line_exit_1(args: tuple[str, ...], needle: str) -> None:
    """Text that is not a citation, date or code is invalid input: one line on stderr, exit 1, no traceback."""
    result = run(*args)
    assert result.returncode == 1
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert no_traceback(result)


def test_the_console_script_runs_the_command_line() -> None:
    """The installed `kampungkb` script's entry point is the CLI's main function."""
    from importlib.metadata import entry_points

    from kampungkb.cli import main

    (script,) = entry_points(group="console_scripts", name="kampungkb")
    assert script.load() is main
