"""Importing kampungkb or any area builds nothing: no data file read, no ``once`` table built,
no pattern compiled that is made with ``lazy_pattern``, no dateutil or html entity table
imported (issue 24). Each check runs in a fresh interpreter; nothing here is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

MODULES = (
    "kampungkb",
    "kampungkb.dates",
    "kampungkb.regions",
    "kampungkb.legal",
    "kampungkb.people",
    "kampungkb.kampung",
    "kampungkb.events",
    "kampungkb.codec",
    "kampungkb.bulk",
)

_PROBE = """
import gc, json, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(".json"):
        opened.append(args[0])
sys.addaudithook(hook)
import {module}
from kampungkb._core import _data, _lazy
from kampungkb._core._lazy import LazyPattern
compiled = [p.pattern[:40] for p in gc.get_objects() if isinstance(p, LazyPattern) and p.compiled is not None]
lazy = sum(isinstance(p, LazyPattern) for p in gc.get_objects())
first_use = ("dateutil", "html.entities", "secrets", "cattrs", "calendar", "decimal")
heavy = [name for name in first_use if name in sys.modules]
print(json.dumps({{"opened": opened, "files": len(_data._files), "built": _lazy.built, "compiled": compiled,
                  "lazy": lazy, "heavy": heavy}}))
"""


def _probe(module: str, extra: str = "") -> dict[str, object]:
    code = _PROBE.format(module=module)
    if extra:
        code = code.replace("from kampungkb._core import _data", extra + "\nfrom kampungkb._core import _data", 1)
    output = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
    )
    found: dict[str, object] = json.loads(output.stdout)
    return found


@pytest.mark.parametrize("module", MODULES)
def test_importing_builds_nothing(module: str) -> None:
    found = _probe(module)
    assert found["opened"] == []
    assert found["files"] == 0
    assert found["built"] == []
    assert found["compiled"] == []
    assert found["heavy"] == []


def test_the_probe_sees_what_first_use_builds() -> None:
    """The same probe after a first use: the checks above can fail."""
    found = _probe(
        "kampungkb.events",
        "import kampungkb.legal as legal\nlegal.parse_citation('Perpres Nomor 9 Tahun 2025')\n"
        "from kampungkb.kampung import html_to_text\nhtml_to_text('a &amp; b')",
    )
    assert found["lazy"] > 0
    assert found["compiled"] != []
    assert found["built"] != []
    assert "html.entities" in found["heavy"]
