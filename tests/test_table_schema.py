"""Frictionless Table Schemas and data packages describe the CSV files kampungkb writes, checked by frictionless."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from kampungkb._core import public_types
from kampungkb.bulk import to_csv
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup
from kampungkb.examples import example_kampung
from kampungkb.kampung import KampungKB
from kampungkb.spreadsheets import data_package, table_schema

frictionless = pytest.importorskip("frictionless")

_TYPES = sorted(public_types().items())


def _validate(directory: Path, package: dict[str, Any]) -> Any:
    (directory / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    return frictionless.validate(str(directory / "datapackage.json"))


def _resource_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower())


@pytest.mark.parametrize(("name", "cls"), _TYPES, ids=[name for name, _ in _TYPES])
def test_every_types_csv_file_validates_against_its_package(name: str, cls: Any) -> None:
    """For every public type: records written by to_csv pass frictionless against data_package's descriptor."""

    # Few examples, each checked by frictionless (CI runs the suite twice).
    @settings(max_examples=3, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.from_type(cls), min_size=1, max_size=3), st.sampled_from([",", ";"]))
    def check(objects: list[Any], delimiter: str) -> None:
        directory = Path(tempfile.mkdtemp())
        path = f"{_resource_name(name)}.csv"
        try:
            to_csv(objects, directory / path, cls, delimiter=delimiter)
        except ValidationError as exc:  # a record with no filled cell: the layout refuses it (tested elsewhere)
            assert "blank row" in exc.errors[0].message
            reject()
        report = _validate(directory, data_package({path: cls}, name="kampungkb", base=directory))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]

    check()


def test_a_file_with_a_mistake_is_invalid_to_frictionless_too(tmp_path: Path) -> None:
    (tmp_path / "groups.csv").write_text("role,count\nCamat,4\nLurah,empat\n,5\n", encoding="utf-8")
    report = _validate(tmp_path, data_package({"groups.csv": ParticipantGroup}, name="groups", base=tmp_path))
    assert not report.valid
    assert sorted((row, field) for row, field, _ in report.flatten(["rowNumber", "fieldName", "type"])) == [
        (3, "count"),
        (4, "role"),
    ]


@pytest.mark.parametrize(("name", "cls"), _TYPES, ids=[name for name, _ in _TYPES])
def test_each_layout_schema_is_a_valid_table_schema(name: str, cls: Any) -> None:
    descriptor = table_schema(cls)
    report = frictionless.Schema.validate_descriptor(descriptor)
    assert report.valid, report.flatten(["type", "note"])


def test_a_package_for_files_not_yet_written_describes_the_layout(tmp_path: Path) -> None:
    package = data_package({"kampung.csv": KampungKB}, name="kampung-kb")
    assert package["resources"][0]["schema"] == table_schema(KampungKB)
    to_csv([example_kampung()], tmp_path / "kampung.csv", KampungKB)
    described = data_package({"kampung.csv": KampungKB}, name="kampung-kb", base=tmp_path)
    fields = [field["name"] for field in described["resources"][0]["schema"]["fields"]]
    assert fields == (tmp_path / "kampung.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert _validate(tmp_path, described).valid


def test_a_semicolon_file_gets_its_dialect(tmp_path: Path) -> None:
    to_csv([ParticipantGroup("Camat", 4)], tmp_path / "groups.csv", ParticipantGroup, delimiter=";")
    package = data_package({"groups.csv": ParticipantGroup}, name="groups", base=tmp_path)
    assert package["resources"][0]["dialect"] == {"delimiter": ";"}
    assert _validate(tmp_path, package).valid


def test_a_column_the_type_lacks_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        table_schema(ParticipantGroup, header=["role", "colour"])
    assert caught.value.errors[0].path == "$[1]"
