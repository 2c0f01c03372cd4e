"""Kampungkb's Hypothesis plugin: registers every public type for ``st.from_type``.

Hypothesis runs :func:`_hypothesis_setup_hook` when it is imported (the
``[project.entry-points.hypothesis]`` entry point), so downstream tests can write
``st.from_type(Workshop)`` without importing our strategies. Hypothesis may be imported
*by* :mod:`kampungkb.testing.strategies` itself, so the hook only registers deferred
strategies: the strategies module is read on the first draw, when it is complete.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def _hypothesis_setup_hook() -> None:
    """Register a deferred strategy of valid instances for each public model and value type."""
    from .._core import public_models, public_value_types

    for cls in {**public_models(), **public_value_types()}.values():
        st.register_type_strategy(cls, _deferred(cls))


def _deferred(cls: type) -> st.SearchStrategy[Any]:
    def strategy() -> st.SearchStrategy[Any]:
        from .strategies import strategy_for_type

        return strategy_for_type()[cls]()

    return st.deferred(strategy)
