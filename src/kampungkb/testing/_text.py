"""Shared text strategies: printable Unicode text, as real records hold (requires hypothesis)."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["labels", "lines", "text"]

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


_VISIBLE = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S"))


def labels(*, max_size: int = 60) -> st.SearchStrategy[str]:
    """Names and one-line labels (the LABEL kind): words of visible characters, single spaces between.

    >>> from hypothesis import given
    >>> @given(labels(max_size=8))
    ... def check(label):
    ...     assert label == " ".join(label.split()) and 1 <= len(label) <= 8
    >>> check()
    """
    word = st.text(_VISIBLE, min_size=1, max_size=max(1, min(12, max_size)))
    return st.lists(word, min_size=1, max_size=6).map(" ".join).map(lambda label: _cut(label, max_size))


def lines(*, max_size: int = 60) -> st.SearchStrategy[str]:
    """One line of text, nothing blank at either end (the LINE kind); spacing inside as drawn.

    >>> from hypothesis import given
    >>> @given(lines(max_size=8))
    ... def check(line):
    ...     assert line == line.strip() and "\\n" not in line and 1 <= len(line) <= 8
    >>> check()
    """
    return st.tuples(_VISIBLE, text(max_size=max(0, max_size - 1))).map("".join).map(str.rstrip)


def _cut(label: str, max_size: int) -> str:
    """``label`` cut to ``max_size`` characters, then to its last whole word."""
    if len(label) <= max_size:
        return label
    cut = label[:max_size].rstrip()
    return cut if cut else label.split(" ", 1)[0][:max_size]
