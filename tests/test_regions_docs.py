"""The examples on the regions documentation page run and print what the page shows."""

from __future__ import annotations

import doctest
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "regions.md"


def test_the_regions_page_examples_run() -> None:
    """Every >>> example in docs/regions.md passes as a doctest."""
    result = doctest.testfile(
        str(PAGE),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        report=True,
        verbose=False,
    )
    assert result.attempted > 20
    assert result.failed == 0, f"{result.failed} example(s) failed in {PAGE.name}"
