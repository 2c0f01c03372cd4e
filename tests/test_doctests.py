"""Every docstring example in the installed package runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kampungkb

SKIPPED = {"kampungkb.__main__"}
MODULES = [
    "kampungkb",
    *sorted(
        info.name for info in pkgutil.walk_packages(kampungkb.__path__, prefix="kampungkb.") if info.name not in SKIPPED
    ),
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    """The module's examples pass as doctests."""
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True, verbose=False
    )
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
