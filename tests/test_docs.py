"""The documentation: every example on every page runs and prints what the page shows."""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(path for path in DOCS.glob("*.md") if ">>>" in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples_run(page: Path, skip_without_extras: Callable[[str], None]) -> None:
    """Every >>> example on the page passes as a doctest (close a fence after a blank line), with no option flags,
    as plain `python -m doctest docs/<page>.md` runs it: outputs are not line-wrapped, and an example that elides
    part of its output says so with its own `# doctest: +ELLIPSIS`."""
    skip_without_extras(page.name)
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=0,
        report=True,
        verbose=False,
        encoding="utf-8",
    )
    assert result.attempted > 0, f"no example of {page.name} ran"
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"


def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's Python example runs and prints the error its comment shows."""
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "$.participants.total: the stated total is 156 but the groups add up to 155 [invariant]" in printed


PRIVATE_USE = re.compile(r"(?:(?:from|import)\s+|\.\. auto\w+::\s+)kampungkb(?:\.\w+)*\._(?!_)\w+")


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda page: page.name)
def test_pages_use_only_public_names(page: Path) -> None:
    """No page imports or documents a private module: what the docs need is public."""
    assert not PRIVATE_USE.findall(page.read_text(encoding="utf-8"))


def test_the_private_name_check_can_fail() -> None:
    """The check above finds an import of a private module."""
    assert PRIVATE_USE.findall(">>> from kampungkb.testing._dates import x\n.. autofunction:: kampungkb._core.model")
