"""Every docstring example in the installed package runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest

import kampungkb
from kampungkb._core import public_modules

SKIPPED = {"kampungkb.__main__"}
ALL_MODULES = [
    "kampungkb",
    *sorted(
        info.name for info in pkgutil.walk_packages(kampungkb.__path__, prefix="kampungkb.") if info.name not in SKIPPED
    ),
]
# Only the modules that hold examples: one without any would pass having run nothing.
MODULES = [
    name
    for name in ALL_MODULES
    if any(test.examples for test in doctest.DocTestFinder().find(importlib.import_module(name)))
]


def test_every_module_defining_public_api_has_its_examples_run() -> None:
    """Each module that defines a public class or function (all of which show an example) is among those run."""
    defining = {
        obj.__module__
        for module in public_modules()
        for obj in (getattr(module, name) for name in module.__all__)
        if inspect.isclass(obj) or inspect.isfunction(obj)
    }
    assert defining
    assert defining <= set(MODULES), sorted(defining - set(MODULES))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str, skip_without_extras: Callable[[str], None]) -> None:
    """The module's examples pass as doctests."""
    skip_without_extras(name)
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True, verbose=False)
    assert result.attempted > 0, f"no example of {name} ran"
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
