"""Every public model and value type has a strategy, works with st.from_type, has a current
committed JSON Schema that its instances validate against, and round-trips. A model cannot
land without all of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator, Draft202012Validator

from kampungkb._core import public_types
from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.schema import json_schema, schema_text
from kampungkb.testing.strategies import strategy_for_type

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
PUBLIC = public_types()
NAMES = sorted(PUBLIC)


def test_there_are_public_types() -> None:
    """The walk finds the public types (a broken walk would make every test below vacuous)."""
    assert {"Participants", "RegionCode"} <= set(PUBLIC)


@pytest.mark.parametrize("name", NAMES)
def test_each_public_type_has_a_strategy(name: str) -> None:
    """strategy_for_type names a strategy for the type."""
    assert PUBLIC[name] in strategy_for_type()


@pytest.mark.parametrize("name", NAMES)
def test_each_public_type_works_with_from_type(name: str) -> None:
    """st.from_type draws valid instances (through the Hypothesis plugin's registration)."""
    cls = PUBLIC[name]

    @settings(max_examples=5)
    @given(st.from_type(cls))
    def draws(value: Any) -> None:
        assert isinstance(value, cls)

    draws()


@pytest.mark.parametrize("name", NAMES)
def test_each_committed_schema_is_current(name: str) -> None:
    """schemas/<Name>.schema.json equals the generator's output (regenerate: python -m kampungkb.schema schemas)."""
    path = SCHEMAS / f"{name}.schema.json"
    assert path.exists(), f"missing {path.name}: run python -m kampungkb.schema schemas"
    assert path.read_text(encoding="utf-8") == schema_text(PUBLIC[name])


def test_no_stale_schema_files() -> None:
    """Every committed schema file belongs to a public type."""
    assert {path.name.removesuffix(".schema.json") for path in SCHEMAS.glob("*.schema.json")} == set(PUBLIC)


@pytest.mark.parametrize("name", NAMES)
def test_each_schema_is_a_valid_schema_for_both_drafts(name: str) -> None:
    """The schema passes Draft 2020-12's metaschema, and draft-07's (it uses only keywords both know)."""
    schema = json_schema(PUBLIC[name])
    Draft202012Validator.check_schema(schema)
    Draft7Validator.check_schema({key: value for key, value in schema.items() if key != "$schema"})


@pytest.mark.parametrize("name", NAMES)
def test_instances_round_trip_and_validate_against_their_schema(name: str) -> None:
    """For drawn instances: the round trip holds and to_dict(x) validates against the schema."""
    cls = PUBLIC[name]
    validator = Draft202012Validator(json_schema(cls), format_checker=Draft202012Validator.FORMAT_CHECKER)
    strategy = strategy_for_type()[cls]()

    @settings(max_examples=25)
    @given(strategy)
    def check(value: Any) -> None:
        document = to_dict(value)
        assert from_dict(document, cls) == value
        assert from_json(to_json(value), cls) == value
        errors = sorted(validator.iter_errors(json.loads(json.dumps(document))), key=str)
        assert not errors, errors[0].message

    check()


def test_the_strategies_import_first_in_a_fresh_interpreter() -> None:
    """Importing kampungkb.testing.strategies before Hypothesis works (the plugin runs mid-import)."""
    import subprocess
    import sys

    code = (
        "import kampungkb.testing.strategies as s\n"
        "from importlib.metadata import entry_points\n"
        "if not any(p.value.startswith('kampungkb.') for p in entry_points(group='hypothesis')):\n"
        "    from kampungkb.testing._plugin import _hypothesis_setup_hook\n"
        "    _hypothesis_setup_hook()\n"
        "from hypothesis import strategies as st\n"
        "from kampungkb.events import Workshop\n"
        "assert isinstance(st.from_type(Workshop).example(), Workshop)\n"
    )
    result = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
