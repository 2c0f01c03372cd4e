"""Writes that cannot half-happen: given a path, write_jsonl, to_csv and the command line's
--output replace the file only once everything is written; a failure leaves the old file."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kampungkb import bulk
from kampungkb.bulk import to_csv, write_jsonl
from kampungkb.cli import main
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup

OLD = b"the previous file\n"
GROUPS = [ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4)]


def _with_surrogate(group: ParticipantGroup) -> ParticipantGroup:
    """A group holding text UTF-8 cannot encode (set past the checks, as a defect elsewhere might)."""
    object.__setattr__(group, "role", "Cam\ud800at")
    return group


def _failing(after: int) -> Iterator[ParticipantGroup]:
    yield from GROUPS[:after]
    raise RuntimeError("the source of records failed")


def _left_alone(path: Path) -> None:
    """The old content is there, and nothing else was left in the directory."""
    assert path.read_bytes() == OLD
    assert sorted(entry.name for entry in path.parent.iterdir()) == [path.name]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "out.data"
    path.write_bytes(OLD)
    return path


def test_write_jsonl_replaces_the_file_when_complete(target: Path) -> None:
    """The normal case: the new lines replace the old file."""
    assert write_jsonl(GROUPS, target) == 2
    assert target.read_text(encoding="utf-8").count("\n") == 2
    assert sorted(entry.name for entry in target.parent.iterdir()) == [target.name]


def test_write_jsonl_failing_mid_stream_leaves_the_old_file(target: Path) -> None:
    """Records that fail after one was written: the old file is intact, no temporary file is left."""
    with pytest.raises(RuntimeError):
        write_jsonl(_failing(after=1), target)
    _left_alone(target)


def test_write_jsonl_of_text_utf8_cannot_encode_is_a_located_error(target: Path) -> None:
    """An unpaired surrogate: a ValidationError at the record and field, and the old file intact."""
    records = [GROUPS[0], _with_surrogate(ParticipantGroup("x", 1))]
    with pytest.raises(ValidationError) as caught:
        write_jsonl(records, target)
    ((item),) = caught.value.errors
    assert (item.path, item.code) == ("$[1].role", "invalid_value")
    assert "U+D800" in item.message
    _left_alone(target)


def test_write_jsonl_interrupted_leaves_the_old_file(target: Path) -> None:
    """Ctrl-C during the write: the old file is intact."""

    def interrupted() -> Iterator[ParticipantGroup]:
        yield GROUPS[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_jsonl(interrupted(), target)
    _left_alone(target)


def test_to_csv_failing_while_writing_leaves_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills after the header: the old file is intact."""

    class FullDisk:
        def __init__(self, stream: Any, **options: Any) -> None:
            self.stream = stream
            self.rows = 0

        def writerow(self, row: Any) -> None:
            if self.rows:
                raise OSError(28, "No space left on device")
            self.rows += 1
            self.stream.write("role,count\r\n")

    monkeypatch.setattr(bulk.csv, "writer", FullDisk)
    with pytest.raises(OSError, match="No space"):
        to_csv(GROUPS, target, ParticipantGroup)
    _left_alone(target)


def test_to_csv_of_text_utf8_cannot_encode_is_refused_before_writing(target: Path) -> None:
    """to_csv checks every cell before it writes: the error names the record and column."""
    with pytest.raises(ValidationError) as caught:
        to_csv([GROUPS[0], _with_surrogate(ParticipantGroup("x", 1))], target, ParticipantGroup)
    ((item),) = caught.value.errors
    assert (item.path, item.code) == ("$[1].role", "invalid_value")
    _left_alone(target)


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """A file that did not exist is created with the umask's permissions, not a temporary file's 0600."""
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / "new.jsonl"
    write_jsonl(GROUPS, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_an_existing_file_keeps_its_permissions(target: Path) -> None:
    """Replacing a file keeps its permission bits."""
    target.chmod(0o640)
    to_csv(GROUPS, target, ParticipantGroup)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_is_written_through(target: Path) -> None:
    """Writing to a link replaces the file it points to; the link stays a link."""
    link = target.parent / "link.jsonl"
    link.symlink_to(target.name)
    write_jsonl(GROUPS, link)
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith('{"role":"Camat"')


def test_a_stream_the_caller_owns_is_written_as_records_come(tmp_path: Path) -> None:
    """An open stream is not replaced: the lines before a failure are in it (documented)."""
    out = io.StringIO()
    with pytest.raises(RuntimeError):
        write_jsonl(_failing(after=1), out)
    assert out.getvalue() == '{"role":"Camat","count":4,"description":null,"position":null,"qualifier":"exact"}\n'


def test_a_text_stream_still_refuses_text_utf8_cannot_encode() -> None:
    """JSON Lines is UTF-8 whatever the target: a StringIO gets the same located error."""
    out = io.StringIO()
    with pytest.raises(ValidationError) as caught:
        write_jsonl([_with_surrogate(ParticipantGroup("x", 1))], out)
    assert caught.value.errors[0].path == "$[0].role"
    assert out.getvalue() == ""


def test_a_binary_stream_gets_utf8_and_stays_open() -> None:
    """A binary stream receives UTF-8 bytes, a BOM when asked, and is left open for the caller."""
    out = io.BytesIO()
    to_csv([ParticipantGroup("Camé", 4)], out, ParticipantGroup, bom=True)
    assert not out.closed
    assert out.getvalue().startswith("\ufeffrole,count".encode())
    assert "Camé".encode() in out.getvalue()


@pytest.mark.parametrize("command", [["schema", "ParticipantGroup"], ["example"]])
def test_the_cli_output_option_replaces_the_file_when_complete(target: Path, command: list[str]) -> None:
    """--output writes the whole text to the file; standard output stays empty."""
    assert main([*command, "--output", str(target)]) == 0
    assert target.read_bytes() != OLD
    assert target.read_bytes().endswith(b"\n")
    assert sorted(entry.name for entry in target.parent.iterdir()) == [target.name]


def _full_disk(descriptor: int) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("command", [["schema", "ParticipantGroup"], ["example"]])
def test_the_cli_output_option_leaves_the_old_file_on_failure(
    target: Path, command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk that fills before the new file is complete: exit 2, one line, the old file intact."""
    monkeypatch.setattr(os, "fsync", _full_disk)
    assert main([*command, "--output", str(target)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    _left_alone(target)


def test_write_jsonl_on_a_full_disk_leaves_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for the library's writers: the error is the OSError, and the old file is intact."""
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(OSError, match="No space"):
        write_jsonl(GROUPS, target)
    _left_alone(target)


def test_the_cli_output_option_refuses_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory is a usage error, and nothing is written in it."""
    assert main(["example", "--output", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_text_streams_own_encoding_errors_are_its_own() -> None:
    """A stream that cannot hold a character (here ASCII) raises its own error, not a made-up one."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    with pytest.raises(UnicodeEncodeError):
        write_jsonl([ParticipantGroup("Camé", 4)], out)


@pytest.mark.skipif(not os.path.exists(os.devnull) or sys.platform == "win32", reason="a POSIX device file")
def test_a_device_is_written_not_replaced() -> None:
    """/dev/null (or /dev/stdout) cannot be replaced by a file: it is written directly and stays a device."""
    assert write_jsonl(GROUPS, os.devnull) == 2
    assert main(["example", "--output", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not any(name.startswith(".null.") for name in os.listdir(os.path.dirname(os.devnull)))
