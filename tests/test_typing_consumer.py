"""``mypy --strict`` accepts tests/typing_consumer.py: from_json/from_dict give the union they are
asked for (not Any) and to_dict gives a JSON value (issue 21)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    importlib.util.find_spec("mypy") is None, reason="mypy is not installed (the lint extra installs it; CI has it)"
)
def test_a_typed_consumer_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import options

    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    # PEP 747 TypeForm is on by default in current mypy; a release that still calls it incomplete needs the flag.
    incomplete = getattr(options, "INCOMPLETE_FEATURES", frozenset())
    flags = ["--enable-incomplete-feature=TypeForm"] if "TypeForm" in incomplete else []
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            *flags,
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(ROOT / "tests" / "typing_consumer.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
