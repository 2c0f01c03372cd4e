"""Shared text strategies: printable Unicode text, as real records hold (requires hypothesis)."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["text"]

_ALPHABET = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))


def text(*, min_size: int = 0, max_size: int | None = 50) -> st.SearchStrategy[str]:
    """Printable text (letters, marks, digits, punctuation, symbols, spaces).

    >>> from hypothesis import given
    >>> @given(text(min_size=1, max_size=5))
    ... def check(s):
    ...     assert 1 <= len(s) <= 5
    >>> check()
    """
    return st.text(_ALPHABET, min_size=min_size, max_size=max_size if max_size is not None else 200)
