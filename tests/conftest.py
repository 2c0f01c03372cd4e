"""Hypothesis profiles: ``dev`` (fast, the default), ``ci`` (twice as many examples, sized
to fit CI's time) and ``long`` (deep runs on demand). Choose with KAMPUNGKB_HYPOTHESIS_PROFILE;
with CI=true and no choice, ``ci`` is used."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

from kampungkb.errors import ValidationError

settings.register_profile("dev", max_examples=30, deadline=None)
# Sized so that CI (the suite twice, on the oldest and newest CPython) stays well under 15 minutes.
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck), print_blob=True
)

_default = "ci" if os.environ.get("CI", "").lower() in {"1", "true", "yes"} else "dev"
settings.load_profile(os.environ.get("KAMPUNGKB_HYPOTHESIS_PROFILE", _default))


def _plugin_installed() -> bool:
    """Whether kampungkb is installed with its Hypothesis entry point (CI installs the wheel)."""
    from importlib.metadata import entry_points

    return any(point.value.startswith("kampungkb.") for point in entry_points(group="hypothesis"))


if not _plugin_installed():
    # Running from a source tree (PYTHONPATH=src): register as the entry point would.
    from kampungkb.testing._plugin import _hypothesis_setup_hook

    _hypothesis_setup_hook()


# -- linear time --------------------------------------------------------------------------------

#: Bigger input, and how much longer a linear reader may take on it (a quadratic path would take
#: 64 times as long; the limit leaves room for the processor's caches and a busy machine).
GROWTH, GROWTH_LIMIT = 8, 32


def _best_seconds(function: Callable[[str], object], text: str) -> float:
    """The best of five runs of ``function(text)``; a ValidationError counts as an answer."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        with contextlib.suppress(ValidationError):
            function(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture
def assert_linear() -> Callable[[Callable[[str], object], Callable[[int], str], int], None]:
    """Check that ``function`` on ``make(GROWTH * count)`` takes at most ``GROWTH_LIMIT`` times
    as long as on ``make(count)``: growth measured as a ratio in one run, never absolute time."""

    def check(function: Callable[[str], object], make: Callable[[int], str], count: int) -> None:
        small = _best_seconds(function, make(count))
        large = _best_seconds(function, make(GROWTH * count))
        assert large / max(small, 1e-5) < GROWTH_LIMIT, f"{small * 1e3:.2f} ms, then {large * 1e3:.2f} ms"

    return check


#: What the examples of a module (by name prefix) or a docs page need beyond the test extra:
#: the optional extras' packages. Without them those examples are skipped, as the README's
#: test command installs only the test extra.
EXAMPLES_NEED: dict[str, tuple[str, ...]] = {
    "kampungkb.spreadsheets": ("openpyxl",),
    "spreadsheets.md": ("openpyxl",),
    "kampungkb.analysis": ("pandas", "pyarrow"),
    "kampungkb.charts": ("matplotlib",),
    "analysis.md": ("pandas", "pyarrow", "matplotlib"),
}


@pytest.fixture
def skip_without_extras() -> Callable[[str], None]:
    """Skip the test when the module or page named needs an optional extra that is not installed."""

    def skip(name: str) -> None:
        for prefix, packages in EXAMPLES_NEED.items():
            if name == prefix or name.startswith(prefix + "."):
                for package in packages:
                    pytest.importorskip(package)

    return skip
