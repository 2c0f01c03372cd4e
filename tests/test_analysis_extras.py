"""The optional extras: the package imports without pandas, pyarrow and matplotlib, and a feature whose
extra is missing raises an ImportError naming the extra to install."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kampungkb.analysis import MissingExtraError, indicator_table, to_arrow, to_frame, write_parquet
from kampungkb.charts import population_pyramid
from kampungkb.events import ParticipantGroup
from kampungkb.examples import example_history

GROUP = ParticipantGroup("Camat", 4)


def test_importing_every_public_module_loads_no_optional_dependency() -> None:
    """In a fresh interpreter, every public module (analysis and charts included) imports without them."""
    code = (
        "import sys\n"
        "from kampungkb._core import public_modules\n"
        "names = [m.__name__ for m in public_modules()]\n"
        "assert {'kampungkb.analysis', 'kampungkb.charts'} <= set(names), names\n"
        "loaded = sorted({'pandas', 'pyarrow', 'matplotlib', 'numpy'} & set(sys.modules))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


CASES: list[tuple[str, str, Callable[[Path], Any]]] = [
    ("pandas", "pandas", lambda _: to_frame([GROUP], ParticipantGroup)),
    ("pandas", "pandas", lambda _: indicator_table([example_history()])),
    ("pyarrow", "arrow", lambda _: to_arrow([GROUP], ParticipantGroup)),
    ("pyarrow", "arrow", lambda path: write_parquet([GROUP], path / "x.parquet", ParticipantGroup)),
    ("matplotlib", "plot", lambda _: population_pyramid(example_history())),
]


@pytest.mark.parametrize(("module", "extra", "use"), CASES)
def test_a_missing_extra_is_named(
    module: str, extra: str, use: Callable[[Path], Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With the dependency hidden, the call raises MissingExtraError (an ImportError) saying what to install."""
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError) as caught:
        use(tmp_path)
    assert isinstance(caught.value, ImportError)
    assert f"pip install 'kampungkb[{extra}]'" in str(caught.value)
    assert caught.value.extra == extra
