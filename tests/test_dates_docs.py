"""The guide docs/dates.md shows examples that run and print what it says."""

from __future__ import annotations

import doctest
from pathlib import Path

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "dates.md"


def test_every_example_in_the_dates_guide_runs() -> None:
    """Each '>>>' example of docs/dates.md passes as a doctest."""
    result = doctest.testfile(
        str(GUIDE),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        report=True,
        verbose=False,
    )
    assert result.attempted > 20
    assert result.failed == 0, f"{result.failed} example(s) in {GUIDE.name} failed"
