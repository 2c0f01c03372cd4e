"""The documentation: every example on every page runs and prints what the page shows."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(path for path in DOCS.glob("*.md") if ">>>" in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples_run(page: Path) -> None:
    """Every >>> example on the page passes as a doctest (close a fence after a blank line)."""
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        report=True,
        verbose=False,
        encoding="utf-8",
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"
