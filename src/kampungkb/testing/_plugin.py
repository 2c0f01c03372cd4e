"""Kampungkb's Hypothesis plugin: registers every public type for ``st.from_type``.

Hypothesis runs :func:`_hypothesis_setup_hook` when it is imported (the
``[project.entry-points.hypothesis]`` entry point), so downstream tests can write
``st.from_type(Workshop)`` without importing our strategies.
"""

from __future__ import annotations

from hypothesis import strategies as st


def _hypothesis_setup_hook() -> None:
    """Register a strategy of valid instances for each public model and value type."""
    from .strategies import strategy_for_type

    for cls, make in strategy_for_type().items():
        st.register_type_strategy(cls, st.deferred(make))
