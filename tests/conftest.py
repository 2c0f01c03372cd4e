"""Hypothesis profiles: ``dev`` (fast, the default), ``ci`` (twice as many examples, sized
to fit CI's time) and ``long`` (deep runs on demand). Choose with KAMPUNGKB_HYPOTHESIS_PROFILE;
with CI=true and no choice, ``ci`` is used."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
